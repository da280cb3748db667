//! The manifest of a published job index: what it holds, which model embedded it, and the size
//! and SHA-256 of every shard. The SHA-256 of the manifest's own bytes is what a user pins, so
//! one pin covers every byte of the index.

use candor_core::domain::Date;
use candor_lock::digest::{is_sha256_hex, sha256_hex};
use candor_lock::provenance::{PipelineVersions, ProvenanceField, VectorProvenance};
use candor_lock::{Backend, ModelEntry, Normalization, Pooling};
use serde::{Deserialize, Serialize};

use crate::open::IndexError;

/// The `format` every manifest names.
pub const FORMAT: &str = "candor-job-index";

/// The most postings a manifest may list: far above any real index, low enough that no count
/// or size computed from it overflows.
pub const MAX_POSTINGS: u64 = 1 << 32;

/// The widest vectors a manifest may describe.
pub const MAX_DIMENSION: u32 = 1 << 16;

/// The layout this build writes and reads; another one is refused with a clear message.
pub const FORMAT_VERSION: u32 = 1;

/// A published index's manifest, serialized as pretty JSON with a final newline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`FORMAT_VERSION`] of the writer.
    pub format_version: u32,
    /// What the publisher calls the index ("Sample postings").
    pub name: String,
    /// Grows with every publication of the index; a reader holding version `n` refuses any
    /// manifest below `n`, so an old (or replayed) index cannot replace a newer one.
    pub version: u64,
    /// The day the index was built.
    pub created: Date,
    /// The model that embedded the postings, as every vector's provenance names it.
    pub model: ModelStamp,
    /// [`candor_core::bm25::INDEX_VERSION`] of the writer: which text of a posting
    /// ([`candor_core::domain::JobPosting::embedding_text`]) was embedded and BM25-indexed.
    pub text_version: u32,
    /// [`candor_core::matching::preparation::preparation_stamp`] of the writer. A reader with
    /// another stamp prepares the postings again (a few milliseconds each) instead of trusting
    /// the stored preparations.
    pub preparation_stamp: String,
    /// How many postings the index holds.
    pub postings: u64,
    /// Every file of the index but the manifest.
    pub shards: Vec<ShardEntry>,
}

/// What determines a document vector's values, as [`VectorProvenance`] records it for each
/// cached vector, less the text hash (each posting's text is in the index itself).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelStamp {
    pub model_id: String,
    pub repo: String,
    pub revision: String,
    pub backend: Backend,
    /// The width of every vector.
    pub dimension: u32,
    pub pooling: Pooling,
    pub normalization: Normalization,
    /// The instruction profile postings were embedded under; `None` (documents take none).
    pub instruction_profile: Option<String>,
    pub chunker_version: u32,
    pub normalizer_version: u32,
    /// [`candor_lock::ModelLock::lock_hash`] of the publisher's lock.
    pub lock_hash: String,
}

impl ModelStamp {
    /// The stamp of postings that `model` embeds now as documents, under the lock with
    /// `lock_hash`: what a reader with that model verified expects.
    pub fn for_documents(model: &ModelEntry, lock_hash: &str) -> ModelStamp {
        let provenance =
            VectorProvenance::for_text(model, lock_hash, None, PipelineVersions::CURRENT, "")
                .expect("documents take no instruction profile");
        ModelStamp {
            model_id: provenance.model_id,
            repo: provenance.repo,
            revision: provenance.revision,
            backend: provenance.backend,
            dimension: provenance.dimension,
            pooling: provenance.pooling,
            normalization: provenance.normalization,
            instruction_profile: provenance.instruction_profile,
            chunker_version: provenance.chunker_version,
            normalizer_version: provenance.normalizer_version,
            lock_hash: provenance.lock_hash,
        }
    }

    /// The fields in which this stamp differs from `expected`; empty when vectors with this
    /// stamp can be compared with a resume vector made under `expected`.
    pub fn differences(&self, expected: &ModelStamp) -> Vec<ProvenanceField> {
        self.as_provenance().stale_fields(&expected.as_provenance())
    }

    fn as_provenance(&self) -> VectorProvenance {
        VectorProvenance {
            model_id: self.model_id.clone(),
            repo: self.repo.clone(),
            revision: self.revision.clone(),
            backend: self.backend,
            dimension: self.dimension,
            instruction_profile: self.instruction_profile.clone(),
            chunker_version: self.chunker_version,
            normalizer_version: self.normalizer_version,
            pooling: self.pooling,
            normalization: self.normalization,
            lock_hash: self.lock_hash.clone(),
            text_sha256: String::new(),
        }
    }
}

/// What a shard holds. Rows are postings, in the index's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShardKind {
    /// JSON Lines, one posting per line: `{"job": JobPosting, "preparation": Preparation}`.
    Postings,
    /// Little-endian `f32`s, `dimension` per posting.
    VectorsF32,
    /// Per posting a little-endian `f32` scale, then `dimension` `i8`s; a value is `i8 × scale`.
    VectorsInt8,
    /// [`candor_core::bm25::Bm25Index::to_bytes`] over every posting's text.
    Bm25,
}

impl ShardKind {
    /// What the shards of this kind hold, in words.
    pub fn describe(self) -> &'static str {
        match self {
            ShardKind::Postings => "postings",
            ShardKind::VectorsF32 => "f32 vectors",
            ShardKind::VectorsInt8 => "int8 vectors",
            ShardKind::Bm25 => "keyword (BM25) index",
        }
    }

    /// The kinds whose shards together cover every posting, each in order.
    pub const PER_POSTING: [ShardKind; 3] = [
        ShardKind::Postings,
        ShardKind::VectorsF32,
        ShardKind::VectorsInt8,
    ];
}

/// One file of the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShardEntry {
    pub kind: ShardKind,
    /// A file name next to the manifest (letters, digits, `.`, `_`, `-`).
    pub path: String,
    /// The index of the shard's first posting (0 for [`ShardKind::Bm25`]).
    pub first: u64,
    /// How many postings the shard holds (every posting for [`ShardKind::Bm25`]).
    pub count: u64,
    /// The file's exact size.
    pub bytes: u64,
    /// The lowercase hex SHA-256 of the file.
    pub sha256: String,
}

impl ShardEntry {
    /// The entry describing `bytes` stored as `path`.
    pub fn describe(kind: ShardKind, path: String, first: u64, count: u64, bytes: &[u8]) -> Self {
        ShardEntry {
            kind,
            path,
            first,
            count,
            bytes: bytes.len() as u64,
            sha256: sha256_hex(bytes),
        }
    }
}

impl Manifest {
    /// The manifest as published: pretty JSON and a final newline.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).expect("a manifest always serializes");
        bytes.push(b'\n');
        bytes
    }

    /// Reads a manifest whose bytes must hash to `pin`, then checks that it describes a whole
    /// index this build can read.
    pub fn parse_pinned(bytes: &[u8], pin: &str) -> Result<Manifest, IndexError> {
        let pin = pin.trim().to_ascii_lowercase();
        if !is_sha256_hex(&pin) {
            return Err(IndexError::BadPin);
        }
        let actual = sha256_hex(bytes);
        if actual != pin {
            return Err(IndexError::ManifestPinMismatch { actual });
        }
        let manifest: Manifest = serde_json::from_slice(bytes)
            .map_err(|error| IndexError::BadManifest(error.to_string()))?;
        manifest.check()?;
        Ok(manifest)
    }

    /// The manifest's shards of `kind`, in order.
    pub fn shards_of(&self, kind: ShardKind) -> impl Iterator<Item = &ShardEntry> {
        self.shards.iter().filter(move |shard| shard.kind == kind)
    }

    /// Everything a reader relies on before fetching a shard.
    fn check(&self) -> Result<(), IndexError> {
        let bad = |what: String| Err(IndexError::BadManifest(what));
        if self.format != FORMAT {
            return bad(format!(
                "it is not a Candor job index (format {:?})",
                self.format
            ));
        }
        if self.format_version != FORMAT_VERSION {
            return Err(IndexError::FormatVersion(self.format_version));
        }
        if self.model.dimension == 0 || self.model.dimension > MAX_DIMENSION {
            return bad(format!(
                "its vectors have {} dimensions",
                self.model.dimension
            ));
        }
        if self.postings > MAX_POSTINGS {
            return bad(format!(
                "it lists {} postings, more than any reader takes",
                self.postings
            ));
        }
        let mut paths = std::collections::BTreeSet::new();
        for shard in &self.shards {
            if !is_plain_file_name(&shard.path) {
                return bad(format!(
                    "shard path {:?} is not a plain file name",
                    shard.path
                ));
            }
            if !paths.insert(shard.path.as_str()) {
                return bad(format!("shard path {:?} is listed twice", shard.path));
            }
            if !is_sha256_hex(&shard.sha256) {
                return bad(format!("shard {:?} has no SHA-256", shard.path));
            }
            if shard.count > self.postings {
                return bad(format!(
                    "shard {:?} holds more postings than the index",
                    shard.path
                ));
            }
        }
        for kind in ShardKind::PER_POSTING {
            let mut next = 0;
            for shard in self.shards_of(kind) {
                if shard.first != next || shard.count == 0 {
                    return bad(format!(
                        "shard {:?} does not follow the one before",
                        shard.path
                    ));
                }
                next += shard.count;
            }
            let required = kind == ShardKind::Postings;
            if (next != 0 || required) && next != self.postings {
                return bad(format!(
                    "its {} cover {next} of {} postings",
                    kind.describe(),
                    self.postings
                ));
            }
        }
        if self.shards_of(ShardKind::VectorsF32).next().is_none()
            && self.shards_of(ShardKind::VectorsInt8).next().is_none()
            && self.postings > 0
        {
            return bad("it has no vectors".to_owned());
        }
        let mut bm25 = self.shards_of(ShardKind::Bm25);
        match (bm25.next(), bm25.next()) {
            (Some(shard), None) if shard.first == 0 && shard.count == self.postings => Ok(()),
            _ => bad("it needs exactly one keyword (BM25) shard over every posting".to_owned()),
        }
    }
}

/// True for a name a manifest may give a shard: no directories, nothing hidden.
fn is_plain_file_name(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('.')
        && path.len() <= 128
        && path
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'-'))
}
