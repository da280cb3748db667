//! Opening an index: check the manifest against its pin, the model against the reader's, the
//! version against the newest one the reader has seen, and every shard against the manifest,
//! then build the ranking's [`JobIndex`] and the vectors. Any failure is an [`IndexError`] a
//! person can act on, and nothing is returned half-checked, so a caller that stores only what
//! [`open`] returns never keeps a tampered or partial index.

use std::fmt::Display;

use candor_core::bm25::{Bm25Index, INDEX_VERSION};
use candor_core::dense::VectorMatrix;
use candor_core::matching::{JobIndex, Preparation, preparation_stamp};
use candor_core::skills::Taxonomy;
use candor_lock::digest::sha256_hex;
use candor_lock::provenance::ProvenanceField;

use crate::build::PostingRecord;
use crate::manifest::{FORMAT_VERSION, Manifest, ModelStamp, ShardEntry, ShardKind};
use crate::quantize::Int8Matrix;

/// Which of an index's vectors to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VectorKind {
    /// Exact vectors, four bytes per value.
    F32,
    /// A quarter of the bytes; cosines within 0.01 of the exact ones.
    Int8,
}

/// What the reader requires of an index.
pub struct Expected<'a> {
    /// The SHA-256 of the manifest the user pinned.
    pub pin: &'a str,
    /// The stamp of the verified local model that will embed the resume
    /// ([`ModelStamp::for_documents`]).
    pub model: &'a ModelStamp,
    /// The highest version of this index the reader has accepted before, if any.
    pub newest_seen: Option<u64>,
    pub vectors: VectorKind,
}

/// A verified index, ready to rank.
pub struct PublishedIndex {
    pub manifest: Manifest,
    /// The SHA-256 of the manifest (the pin it was opened with).
    pub manifest_sha256: String,
    /// The postings, prepared, with their BM25 index.
    pub jobs: JobIndex,
    /// Row `i` is posting `i`'s vector (dequantized when int8 was read).
    pub vectors: VectorMatrix,
}

/// Why an index was refused. Each message says what happened and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IndexError {
    #[error("the pin is not a SHA-256 (64 hexadecimal characters)")]
    BadPin,
    #[error(
        "the index's manifest does not match its pin (its SHA-256 is {actual}): it was changed, \
         or it is not the index that was pinned; nothing was kept"
    )]
    ManifestPinMismatch { actual: String },
    #[error("the index's manifest is not valid: {0}")]
    BadManifest(String),
    #[error(
        "the index is in format version {0}, and this Candor reads version {FORMAT_VERSION}: \
         update Candor, or ask the publisher for a version {FORMAT_VERSION} index"
    )]
    FormatVersion(u32),
    #[error(
        "the index was built with {model_id} at revision {revision} (it differs from your \
         verified model in: {fields}); download and verify that model under Models and \
         diagnostics, or use an index built with yours"
    )]
    WrongModel {
        model_id: String,
        revision: String,
        fields: String,
    },
    #[error(
        "the index was built for another release of Candor (its model lock differs from this \
         one's); the publisher needs to build it again with this release"
    )]
    OtherLock,
    #[error(
        "the index was built by another version of Candor (posting text version {0}, this one \
         reads {INDEX_VERSION}); the publisher needs to build it again"
    )]
    TextVersion(u32),
    #[error(
        "this is version {offered} of the index, older than version {newest_seen} you already \
         have; it was not applied"
    )]
    Rollback { offered: u64, newest_seen: u64 },
    #[error("the index has no {0}, which this reader needs")]
    NoVectors(&'static str),
    #[error("the index's file {path} {problem}; nothing was kept")]
    Shard { path: String, problem: String },
}

impl IndexError {
    fn shard(shard: &ShardEntry, problem: impl Into<String>) -> IndexError {
        IndexError::Shard {
            path: shard.path.clone(),
            problem: problem.into(),
        }
    }
}

/// Everything that can be checked from the manifest alone, before a shard is fetched: its pin
/// and rules, its model, text version and version against what the reader has, and that it
/// has the vectors the reader reads. [`open`] starts with it; a reader that fetches shards calls
/// it first so that a refused index costs one small request.
pub fn accept(manifest_bytes: &[u8], expected: &Expected<'_>) -> Result<Manifest, IndexError> {
    let manifest = Manifest::parse_pinned(manifest_bytes, expected.pin)?;
    let differences = manifest.model.differences(expected.model);
    if differences == [ProvenanceField::LockHash] {
        return Err(IndexError::OtherLock);
    }
    if !differences.is_empty() {
        return Err(IndexError::WrongModel {
            model_id: manifest.model.model_id.clone(),
            revision: manifest.model.revision.clone(),
            fields: describe_fields(&differences),
        });
    }
    if manifest.text_version != INDEX_VERSION {
        return Err(IndexError::TextVersion(manifest.text_version));
    }
    if let Some(newest_seen) = expected.newest_seen
        && manifest.version < newest_seen
    {
        return Err(IndexError::Rollback {
            offered: manifest.version,
            newest_seen,
        });
    }
    let kind = match expected.vectors {
        VectorKind::F32 => ShardKind::VectorsF32,
        VectorKind::Int8 => ShardKind::VectorsInt8,
    };
    if manifest.postings > 0 && manifest.shards_of(kind).next().is_none() {
        return Err(IndexError::NoVectors(kind.describe()));
    }
    Ok(manifest)
}

/// Opens the index whose manifest is `manifest_bytes`, reading each shard it lists with
/// `read_shard` (which may fetch, or read a file) and checking its size and SHA-256 before
/// anything in it is parsed.
pub fn open<E: Display>(
    manifest_bytes: &[u8],
    expected: &Expected<'_>,
    taxonomy: &Taxonomy,
    mut read_shard: impl FnMut(&ShardEntry) -> Result<Vec<u8>, E>,
) -> Result<PublishedIndex, IndexError> {
    let manifest = accept(manifest_bytes, expected)?;
    let mut verified = |shard: &ShardEntry| -> Result<Vec<u8>, IndexError> {
        let bytes = read_shard(shard)
            .map_err(|error| IndexError::shard(shard, format!("could not be read ({error})")))?;
        if bytes.len() as u64 != shard.bytes {
            return Err(IndexError::shard(
                shard,
                format!(
                    "has {} bytes, not the {} its manifest lists",
                    bytes.len(),
                    shard.bytes
                ),
            ));
        }
        if sha256_hex(&bytes) != shard.sha256 {
            return Err(IndexError::shard(
                shard,
                "does not match its SHA-256 in the manifest (it was changed or damaged)",
            ));
        }
        Ok(bytes)
    };

    let same_preparation = manifest.preparation_stamp == preparation_stamp(taxonomy);
    // Room is made shard by shard, once each is verified: a manifest's counts alone never
    // decide an allocation.
    let mut postings = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for shard in manifest.shards_of(ShardKind::Postings) {
        let bytes = verified(shard)?;
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| IndexError::shard(shard, "is not UTF-8 text"))?;
        let before = postings.len();
        for (line_idx, line) in text.lines().enumerate() {
            let record: PostingRecord = serde_json::from_str(line).map_err(|error| {
                IndexError::shard(
                    shard,
                    format!("line {} is not a posting: {error}", line_idx + 1),
                )
            })?;
            if !ids.insert(record.job.id.clone()) {
                return Err(IndexError::shard(
                    shard,
                    format!("has a second posting with the id {:?}", record.job.id),
                ));
            }
            let preparation = if same_preparation {
                record.preparation
            } else {
                Preparation::of(&record.job, taxonomy)
            };
            postings.push((record.job, preparation));
        }
        if (postings.len() - before) as u64 != shard.count {
            return Err(IndexError::shard(
                shard,
                format!(
                    "holds {} postings, not {}",
                    postings.len() - before,
                    shard.count
                ),
            ));
        }
    }
    let dimension = manifest.model.dimension as usize;
    let vectors = match expected.vectors {
        VectorKind::F32 => {
            let mut data = Vec::new();
            for shard in manifest.shards_of(ShardKind::VectorsF32) {
                let bytes = verified(shard)?;
                if bytes.len() as u64 != shard.count * dimension as u64 * 4 {
                    return Err(IndexError::shard(
                        shard,
                        "does not hold one vector per posting",
                    ));
                }
                data.extend(
                    bytes
                        .chunks_exact(4)
                        .map(|value| f32::from_le_bytes(value.try_into().expect("four bytes"))),
                );
            }
            VectorMatrix::from_flat(dimension, data).expect("whole rows")
        }
        VectorKind::Int8 => {
            let mut quantized = Int8Matrix::new(dimension);
            for shard in manifest.shards_of(ShardKind::VectorsInt8) {
                let bytes = verified(shard)?;
                if bytes.len() as u64 != shard.count * (dimension as u64 + 4) {
                    return Err(IndexError::shard(
                        shard,
                        "does not hold one vector per posting",
                    ));
                }
                quantized
                    .extend_from_bytes(&bytes)
                    .map_err(|error| IndexError::shard(shard, error.to_string()))?;
            }
            quantized.dequantize()
        }
    };
    if vectors.len() != postings.len() {
        return Err(IndexError::BadManifest(
            "its vectors do not cover every posting".to_owned(),
        ));
    }

    let bm25_shard = manifest
        .shards_of(ShardKind::Bm25)
        .next()
        .expect("a checked manifest has a BM25 shard");
    let bm25 = Bm25Index::from_bytes(&verified(bm25_shard)?)
        .map_err(|_| IndexError::shard(bm25_shard, "is not a keyword index (it is damaged)"))?;
    let prepared = postings
        .into_iter()
        .map(|(job, preparation)| preparation.into_prepared(job))
        .collect();
    let jobs = JobIndex::with_bm25(prepared, bm25)
        .ok_or_else(|| IndexError::shard(bm25_shard, "indexes another number of postings"))?;
    Ok(PublishedIndex {
        manifest_sha256: sha256_hex(manifest_bytes),
        manifest,
        jobs,
        vectors,
    })
}

/// "revision, lock hash": the differing fields in words.
fn describe_fields(fields: &[ProvenanceField]) -> String {
    fields
        .iter()
        .map(|field| match field {
            ProvenanceField::ModelId => "model",
            ProvenanceField::Repo => "repository",
            ProvenanceField::Revision => "revision",
            ProvenanceField::Backend => "runtime",
            ProvenanceField::Dimension => "dimension",
            ProvenanceField::InstructionProfile => "instruction",
            ProvenanceField::ChunkerVersion => "chunker version",
            ProvenanceField::NormalizerVersion => "text normalizer version",
            ProvenanceField::Pooling => "pooling",
            ProvenanceField::Normalization => "normalization",
            ProvenanceField::LockHash => "model lock",
            ProvenanceField::TextHash => "text",
        })
        .collect::<Vec<_>>()
        .join(", ")
}
