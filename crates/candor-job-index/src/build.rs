//! Writing an index: postings and their vectors in, the manifest and the shard files out.
//!
//! The same input gives byte-identical files: postings keep their order, JSON is written by
//! serde from plain structs (no hash maps), and numbers in little-endian bytes.

use std::collections::BTreeSet;

use candor_core::bm25::{Bm25Index, Bm25Params, INDEX_VERSION};
use candor_core::dense::VectorMatrix;
use candor_core::domain::{Date, JobPosting};
use candor_core::matching::{Preparation, preparation_stamp};
use candor_core::skills::Taxonomy;
use candor_lock::digest::sha256_hex;
use serde::{Deserialize, Serialize};

use crate::manifest::{FORMAT, FORMAT_VERSION, Manifest, ModelStamp, ShardEntry, ShardKind};
use crate::quantize::Int8Matrix;

/// Postings per shard unless the publisher says otherwise: about 5 MB of real-length postings,
/// 7.7 MB of f32 vectors at 384 dimensions, small enough to verify and store one at a time.
pub const DEFAULT_POSTINGS_PER_SHARD: usize = 5_000;

/// One line of a postings shard.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct PostingRecord {
    /// The posting with what its text says filled in ([`candor_core::matching::enrich_job`]).
    pub job: JobPosting,
    pub preparation: Preparation,
}

/// What an index is built from.
pub struct BuildInput<'a> {
    /// What the publisher calls the index.
    pub name: &'a str,
    /// Higher than any version of this index published before.
    pub version: u64,
    pub created: Date,
    /// The model that made `vectors`.
    pub model: ModelStamp,
    pub postings: &'a [JobPosting],
    /// Row `i` is the model's document vector of `postings[i].embedding_text()`.
    pub vectors: &'a VectorMatrix,
    pub postings_per_shard: usize,
}

/// An index ready to be written: `manifest_bytes` as `manifest.json`, each file beside it.
pub struct BuiltIndex {
    pub manifest: Manifest,
    pub manifest_bytes: Vec<u8>,
    /// `(file name, bytes)` for every shard, in the manifest's order.
    pub files: Vec<(String, Vec<u8>)>,
}

impl BuiltIndex {
    /// What a user pins: the SHA-256 of the manifest's bytes.
    pub fn manifest_sha256(&self) -> String {
        sha256_hex(&self.manifest_bytes)
    }
}

/// Why an index cannot be built from an input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    #[error("{vectors} vectors were given for {postings} postings")]
    VectorCount { postings: usize, vectors: usize },
    #[error("the vectors have {found} dimensions; the model stamp says {stamped}")]
    Dimension { found: usize, stamped: u32 },
    #[error("two postings have the id {0:?}; every posting of an index needs its own id")]
    DuplicateId(String),
    #[error("an index needs at least one posting per shard")]
    NoShardSize,
}

/// Prepares every posting (as an import does) and writes the index of `input`.
pub fn build(input: &BuildInput<'_>, taxonomy: &Taxonomy) -> Result<BuiltIndex, BuildError> {
    let postings = input.postings;
    if input.vectors.len() != postings.len() {
        return Err(BuildError::VectorCount {
            postings: postings.len(),
            vectors: input.vectors.len(),
        });
    }
    if input.vectors.dimension() != input.model.dimension as usize {
        return Err(BuildError::Dimension {
            found: input.vectors.dimension(),
            stamped: input.model.dimension,
        });
    }
    if input.postings_per_shard == 0 {
        return Err(BuildError::NoShardSize);
    }
    let mut ids = BTreeSet::new();
    if let Some(duplicate) = postings.iter().find(|job| !ids.insert(job.id.as_str())) {
        return Err(BuildError::DuplicateId(duplicate.id.clone()));
    }

    let quantized = Int8Matrix::quantize(input.vectors);
    let mut shards = Vec::new();
    let mut files = Vec::new();
    let mut add = |kind, path: String, first: usize, count: usize, bytes: Vec<u8>| {
        shards.push(ShardEntry::describe(
            kind,
            path.clone(),
            first as u64,
            count as u64,
            &bytes,
        ));
        files.push((path, bytes));
    };
    let per_shard = input.postings_per_shard;
    for (shard_idx, first) in (0..postings.len()).step_by(per_shard).enumerate() {
        let rows = first..(first + per_shard).min(postings.len());
        let count = rows.len();
        add(
            ShardKind::Postings,
            format!("postings-{shard_idx:05}.jsonl"),
            first,
            count,
            postings_shard(&postings[rows.clone()], taxonomy),
        );
        let f32_bytes = input.vectors.as_flat()
            [rows.start * input.vectors.dimension()..rows.end * input.vectors.dimension()]
            .iter()
            .flat_map(|value| value.to_le_bytes())
            .collect();
        add(
            ShardKind::VectorsF32,
            format!("vectors-f32-{shard_idx:05}.bin"),
            first,
            count,
            f32_bytes,
        );
        add(
            ShardKind::VectorsInt8,
            format!("vectors-i8-{shard_idx:05}.bin"),
            first,
            count,
            quantized.rows_to_bytes(rows),
        );
    }
    let texts: Vec<String> = postings.iter().map(JobPosting::embedding_text).collect();
    let bm25 = Bm25Index::for_documents(&texts, Bm25Params::default());
    add(
        ShardKind::Bm25,
        "bm25.bin".to_owned(),
        0,
        postings.len(),
        bm25.to_bytes(),
    );

    let manifest = Manifest {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        name: input.name.to_owned(),
        version: input.version,
        created: input.created,
        model: input.model.clone(),
        text_version: INDEX_VERSION,
        preparation_stamp: preparation_stamp(taxonomy),
        postings: postings.len() as u64,
        shards,
    };
    Ok(BuiltIndex {
        manifest_bytes: manifest.to_bytes(),
        manifest,
        files,
    })
}

/// One JSON line per posting, each enriched and prepared.
fn postings_shard(postings: &[JobPosting], taxonomy: &Taxonomy) -> Vec<u8> {
    let mut bytes = Vec::new();
    for job in postings {
        let mut job = job.clone();
        candor_core::matching::enrich_job(&mut job);
        let record = PostingRecord {
            preparation: Preparation::of_enriched(&job, taxonomy),
            job,
        };
        serde_json::to_writer(&mut bytes, &record).expect("a posting always serializes");
        bytes.push(b'\n');
    }
    bytes
}
