//! `candor index`: build a published job index from postings files (embedding every posting
//! once, natively), check one, and rank a resume against one, as the browser will.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use candor_core::dense::VectorMatrix;
use candor_core::domain::{Date, JobPosting};
use candor_core::matching::{DenseQuery, Shortlist, rank_index_explained};
use candor_import::jobs::import_jobs;
use candor_job_index::build::{BuildInput, DEFAULT_POSTINGS_PER_SHARD};
use candor_job_index::{Expected, ModelStamp, PublishedIndex, VectorKind};
use candor_lock::ModelLock;
use serde::Serialize;

use crate::{RankingReport, files_in, find_model, load_embedder};

/// The file a published index's manifest is written to, next to its shards.
pub const MANIFEST_FILE: &str = "manifest.json";

/// Postings embedded per call while building: enough to keep the matrix multiplies large.
const EMBED_BATCH: usize = 32;

/// What `candor index build` was asked for.
pub struct BuildRequest<'a> {
    pub site: &'a Path,
    pub model_id: &'a str,
    /// Postings files (JSON, JSON Lines, CSV, JSON-LD, as the page imports) or directories of
    /// them, read in name order.
    pub jobs: &'a [PathBuf],
    pub name: &'a str,
    pub version: u64,
    /// The build day, also "today" for relative posted dates ("3 days ago").
    pub created: Date,
    pub postings_per_shard: Option<usize>,
    pub out: &'a Path,
}

/// What `candor index build` prints.
#[derive(Debug, Serialize)]
pub struct BuildReport {
    /// The pin a user gives with the manifest's URL.
    pub manifest_sha256: String,
    pub manifest: PathBuf,
    pub postings: usize,
    pub shards: usize,
    pub bytes: u64,
    /// Lines of the import report that were not new postings (failed rows, duplicates).
    pub import_notes: Vec<String>,
}

/// Reads the postings, embeds each posting's text with the verified model and writes the index
/// under `out`: every shard first, each through a temporary name, and the manifest last, so a
/// reader of a new directory never finds a manifest whose files are not all in place. Shards
/// are named by position, so build into an empty directory: rebuilt in place, an old manifest
/// may meet new shards (and be refused by their hashes) and shards of a larger build linger.
pub fn build(lock: &ModelLock, request: &BuildRequest<'_>) -> Result<BuildReport> {
    let (postings, import_notes) = read_postings(request.jobs, request.created)?;
    if postings.is_empty() {
        bail!("no postings were read from the given files");
    }
    let model = find_model(lock, request.model_id)?;
    let embedder = load_embedder(request.site, model)?;
    let texts: Vec<String> = postings.iter().map(JobPosting::embedding_text).collect();
    // Each distinct text is embedded once: a board lists the same posting in many places.
    let mut distinct: Vec<&str> = Vec::new();
    let mut distinct_row: HashMap<&str, usize> = HashMap::new();
    let rows: Vec<usize> = texts
        .iter()
        .map(|text| {
            *distinct_row.entry(text.as_str()).or_insert_with(|| {
                distinct.push(text);
                distinct.len() - 1
            })
        })
        .collect();
    let mut distinct_vectors = VectorMatrix::new(model.stored_dimension as usize)?;
    for batch in distinct.chunks(EMBED_BATCH) {
        for vector in embedder.embed_documents(batch)? {
            distinct_vectors.push(&vector)?;
        }
    }
    let mut vectors = VectorMatrix::with_capacity(model.stored_dimension as usize, rows.len())?;
    for row in rows {
        vectors.push(distinct_vectors.row(row))?;
    }
    let input = BuildInput {
        name: request.name,
        version: request.version,
        created: request.created,
        model: ModelStamp::for_documents(model, &lock.lock_hash()),
        postings: &postings,
        vectors: &vectors,
        postings_per_shard: request
            .postings_per_shard
            .unwrap_or(DEFAULT_POSTINGS_PER_SHARD),
    };
    let built = candor_job_index::build(&input, candor_core::skills::bundled())?;

    std::fs::create_dir_all(request.out)
        .with_context(|| format!("could not create {}", request.out.display()))?;
    let mut bytes = built.manifest_bytes.len() as u64;
    for (name, contents) in &built.files {
        write_whole(&request.out.join(name), contents)?;
        bytes += contents.len() as u64;
    }
    let manifest = request.out.join(MANIFEST_FILE);
    write_whole(&manifest, &built.manifest_bytes)?;
    Ok(BuildReport {
        manifest_sha256: built.manifest_sha256(),
        manifest,
        postings: postings.len(),
        shards: built.files.len(),
        bytes,
        import_notes,
    })
}

/// Opens the index in `dir` as the browser will: the manifest against `pin`, the model against
/// `model_id` in the lock, every shard against the manifest.
pub fn open(
    lock: &ModelLock,
    model_id: &str,
    dir: &Path,
    pin: &str,
    vectors: VectorKind,
) -> Result<PublishedIndex> {
    let model = find_model(lock, model_id)?;
    let manifest_path = dir.join(MANIFEST_FILE);
    let manifest_bytes = std::fs::read(&manifest_path)
        .with_context(|| format!("could not read {}", manifest_path.display()))?;
    let stamp = ModelStamp::for_documents(model, &lock.lock_hash());
    let expected = Expected {
        pin,
        model: &stamp,
        newest_seen: None,
        vectors,
    };
    let index = candor_job_index::open(
        &manifest_bytes,
        &expected,
        candor_core::skills::bundled(),
        |shard| std::fs::read(dir.join(&shard.path)),
    )?;
    Ok(index)
}

/// Ranks the index in `dir` for `resume`: the resume embedded locally, the index's vectors and
/// BM25 statistics as published, the best `shortlist` by each scored in full.
pub fn rank(
    lock: &ModelLock,
    site: &Path,
    model_id: &str,
    index: &PublishedIndex,
    resume: &str,
    shortlist: usize,
    today: Date,
) -> Result<RankingReport> {
    let model = find_model(lock, model_id)?;
    let embedder = load_embedder(site, model)?;
    let resume_vector = embedder.embed_query(resume)?;
    let dense = DenseQuery {
        job_vectors: &index.vectors,
        query_vector: &resume_vector,
    };
    let matches = rank_index_explained(
        resume,
        &index.jobs,
        Some(dense),
        Shortlist::Top(shortlist),
        today,
    );
    Ok(RankingReport {
        model_id: model.id.clone(),
        lock_hash: lock.lock_hash(),
        matches,
    })
}

/// Every posting in `paths`, read as the page imports a jobs file (a later posting with the
/// same key replaces an earlier one), and the report lines that were not new postings.
fn read_postings(paths: &[PathBuf], today: Date) -> Result<(Vec<JobPosting>, Vec<String>)> {
    let mut postings: Vec<JobPosting> = Vec::new();
    let mut position_of_key: HashMap<String, usize> = HashMap::new();
    let mut notes = Vec::new();
    for path in files_in(paths, Path::is_file)? {
        let bytes =
            std::fs::read(&path).with_context(|| format!("could not read {}", path.display()))?;
        let name = path.file_name().and_then(|name| name.to_str());
        let batch = import_jobs(&bytes, name, &HashMap::new(), today)
            .with_context(|| format!("{} was not imported", path.display()))?;
        notes.extend(
            batch
                .report
                .rows
                .iter()
                .filter(|row| row.key.is_none())
                .map(|row| format!("{}: {}", path.display(), row.message())),
        );
        for imported in batch.jobs {
            match position_of_key.get(&imported.key) {
                Some(&position) => postings[position] = imported.job,
                None => {
                    position_of_key.insert(imported.key, postings.len());
                    postings.push(imported.job);
                }
            }
        }
    }
    Ok((postings, notes))
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    std::fs::write(&partial, bytes)
        .with_context(|| format!("could not write {}", partial.display()))?;
    std::fs::rename(&partial, path)
        .with_context(|| format!("could not move {} into place", path.display()))
}
