//! The Candor pipeline natively, for scripts, benchmarks and tests: the same lockfile, the
//! same verification and the same Candle models as the browser worker, reading model files from
//! a mirror directory instead of IndexedDB.

pub mod dense_chunks;
pub mod eval;
pub mod job_index;
pub mod rerank_eval;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use candor_core::dense::VectorMatrix;
use candor_core::domain::{Date, JobPosting};
use candor_core::matching::{
    DenseQuery, ExplainedMatch, JobIndex, ResumeMatch, ResumeToRank, SearchHit, Shortlist,
    rank_candidates, rank_index_explained, search_jobs,
};
use candor_lock::{Backend, ModelEntry, ModelKind, ModelLock};
use candor_ml::ModelBytes;
use candor_ml::minilm::{self, MiniLm};
use candor_ml::qwen3::QWEN3_MAX_TOKENS;
use candor_ml::qwen3_embedding::{self, Qwen3Embedding};
use candor_ml::text_embedder::{JOB_SEARCH_PROFILE, TextEmbedder};
use candor_store::mirror::{self, FileCheck};
use serde::Serialize;

/// A ranking and which model produced it, as `candor rank` prints it.
#[derive(Debug, Serialize)]
pub struct RankingReport {
    pub model_id: String,
    pub lock_hash: String,
    /// Best first, each with its grade, signals, skills, evidence and blockers.
    pub matches: Vec<ExplainedMatch>,
}

/// Ranks `jobs` for `resume` with `model_id` (MiniLM or a Qwen3 embedding), loading the model
/// from the mirror under `site`: the postings embedded as documents, the resume as the query.
pub fn rank(
    lock: &ModelLock,
    site: &Path,
    model_id: &str,
    resume: &str,
    jobs: &[JobPosting],
) -> Result<RankingReport> {
    let model = find_model(lock, model_id)?;
    let embedder = load_embedder(site, model)?;
    let index = JobIndex::new(jobs.to_vec(), candor_core::skills::bundled());
    let texts: Vec<&str> = index.texts().iter().map(String::as_str).collect();
    let job_vectors = VectorMatrix::from_rows(
        model.stored_dimension as usize,
        &embedder.embed_documents(&texts)?,
    )?;
    // The resume as the query side: under the search instruction when the model takes one.
    let query_vector = embedder.embed_query(resume)?;
    let dense = DenseQuery {
        job_vectors: &job_vectors,
        query_vector: &query_vector,
    };
    let matches = rank_index_explained(resume, &index, Some(dense), Shortlist::All, today_utc());
    Ok(RankingReport {
        model_id: model.id.clone(),
        lock_hash: lock.lock_hash(),
        matches,
    })
}

/// Candidates ranked for one posting, as `candor recruit` prints them.
#[derive(Debug, Serialize)]
pub struct RecruitReport {
    pub model_id: String,
    pub lock_hash: String,
    pub job_id: String,
    pub candidates: Vec<ResumeMatch>,
}

/// A resume read from a file; its id is the file name without the extension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResumeFile {
    pub candidate_id: String,
    pub text: String,
}

/// Ranks the resumes in `resumes` for `job` with `model_id`, loading the model from the mirror
/// under `site`.
pub fn recruit(
    lock: &ModelLock,
    site: &Path,
    model_id: &str,
    job: &JobPosting,
    resumes: &[ResumeFile],
) -> Result<RecruitReport> {
    let model = find_model(lock, model_id)?;
    let embedder = load_embedder(site, model)?;
    let applicants: Vec<ResumeToRank<'_>> = resumes
        .iter()
        .map(|resume| ResumeToRank {
            candidate_id: &resume.candidate_id,
            resume: &resume.text,
        })
        .collect();
    let candidates = rank_candidates(Some(&embedder), job, &applicants, today_utc())?;
    Ok(RecruitReport {
        model_id: model.id.clone(),
        lock_hash: lock.lock_hash(),
        job_id: job.id.clone(),
        candidates,
    })
}

/// Searches `jobs` for `query`: BM25 and skills, plus MiniLM similarity when `models` (a site
/// root with all-MiniLM-L6-v2, as for `candor eval`) is given.
pub fn search(
    lock: &ModelLock,
    models: Option<&Path>,
    query: &str,
    jobs: &[JobPosting],
    limit: usize,
) -> Result<Vec<SearchHit>> {
    let hits = match models {
        Some(site) => {
            let embedder = load_minilm(site, find_model(lock, eval::DENSE_MODEL_ID)?)?;
            search_jobs(Some(&embedder), query, jobs, limit)?
        }
        None => search_jobs(None::<&candor_ml::minilm::MiniLm>, query, jobs, limit)?,
    };
    Ok(hits)
}

/// Reads resumes from `paths`: each file as one resume, and each directory's `.txt` files in
/// name order. Ids (file stems) must be unique, so the report can be keyed by them.
pub fn read_resumes(paths: &[PathBuf]) -> Result<Vec<ResumeFile>> {
    let files = files_in(paths, |file| {
        file.extension().is_some_and(|ext| ext == "txt")
    })?;
    if files.is_empty() {
        bail!("no resumes found (a directory contributes its .txt files)");
    }
    let mut resumes: Vec<ResumeFile> = Vec::with_capacity(files.len());
    for file in &files {
        let candidate_id = file
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .with_context(|| format!("{} has no file name", file.display()))?;
        if resumes.iter().any(|r| r.candidate_id == candidate_id) {
            bail!("two resumes are named {candidate_id:?}; ids come from file names");
        }
        resumes.push(ResumeFile {
            candidate_id,
            text: read_text(file)?,
        });
    }
    Ok(resumes)
}

/// The files in `paths`: each file as given, and each directory's files that `keep` accepts,
/// in name order.
pub fn files_in(paths: &[PathBuf], keep: impl Fn(&Path) -> bool) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut in_dir: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("could not list {}", path.display()))?
                .map(|entry| entry.map(|entry| entry.path()))
                .collect::<std::io::Result<_>>()
                .with_context(|| format!("could not list {}", path.display()))?;
            in_dir.retain(|file| keep(file));
            in_dir.sort();
            files.extend(in_dir);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// Parses one JSON job posting, naming the file in the error.
pub fn read_job(path: &Path) -> Result<JobPosting> {
    let text = read_text(path)?;
    serde_json::from_str(&text)
        .with_context(|| format!("{} is not a JSON job posting", path.display()))
}

/// Loads a MiniLM-family model from the mirror after verifying every required file.
pub fn load_minilm(site: &Path, model: &ModelEntry) -> Result<MiniLm> {
    load_minilm_with(site, model, minilm::Config::default())
}

/// [`load_minilm`] with runtime settings other than the defaults.
pub fn load_minilm_with(site: &Path, model: &ModelEntry, config: minilm::Config) -> Result<MiniLm> {
    if model.backend != Backend::CandleBert {
        bail!(
            "{} runs on {:?}, which the CLI cannot load yet",
            model.id,
            model.backend
        );
    }
    let files = mirror::load_model(site, model)?;
    let bytes = minilm::ModelBytes::from_files(|path| files.get(path))?;
    Ok(MiniLm::load(bytes, config)?)
}

/// Loads the embedding model `model` (MiniLM or Qwen3 embedding) from the mirror after
/// checking every required file against the lock. Qwen3 runs as in the browser: Q8_0 weights,
/// inputs up to [`QWEN3_MAX_TOKENS`], queries under the job-search instruction.
pub fn load_embedder(site: &Path, model: &ModelEntry) -> Result<TextEmbedder> {
    match model.backend {
        Backend::CandleBert => Ok(TextEmbedder::MiniLm(load_minilm(site, model)?)),
        Backend::CandleQwen3 => {
            if model.kind != ModelKind::Embedding {
                bail!(
                    "{} is a {} model, not an embedding model",
                    model.id,
                    model.kind
                );
            }
            require_mirror_files(site, model)?;
            let query_instruction = instruction_of(model, JOB_SEARCH_PROFILE)?;
            let files = mirror::load_model(site, model)?;
            let bytes = ModelBytes::from_files(|path| files.get(path))?;
            let config = qwen3_embedding::Config {
                max_tokens: QWEN3_MAX_TOKENS.min(model.max_tokens as usize),
                dimension: model.stored_dimension as usize,
                ..qwen3_embedding::Config::default()
            };
            let embedding = Qwen3Embedding::load(bytes, config)
                .with_context(|| format!("{} could not be loaded", model.id))?;
            Ok(TextEmbedder::Qwen3 {
                model: embedding,
                query_instruction,
            })
        }
    }
}

/// The instruction of `model`'s instruction profile `profile` in the lock.
pub fn instruction_of(model: &ModelEntry, profile: &str) -> Result<String> {
    Ok(model
        .profile(profile)
        .with_context(|| format!("{} has no {profile:?} profile", model.id))?
        .instruction
        .clone())
}

/// Fails, naming each file and where it was looked for, unless every required file of `model`
/// is in the mirror under `site` as the lock pins it.
pub fn require_mirror_files(site: &Path, model: &ModelEntry) -> Result<()> {
    let problems: Vec<String> = mirror::check_model(site, model)
        .into_iter()
        .filter(|(file, _)| file.required)
        .filter_map(|(file, check)| {
            let path = mirror::file_path(site, model, &file);
            match check {
                FileCheck::Verified => None,
                FileCheck::Missing => Some(format!("missing: {}", path.display())),
                FileCheck::Rejected(error) => Some(format!("rejected: {error}")),
            }
        })
        .collect();
    if !problems.is_empty() {
        bail!(
            "{} cannot run: {} of its required files are not in the mirror as the lock pins \
             them (stage them from https://huggingface.co/{}/tree/{} and check with \
             `candor verify --site {} --model {}`):\n  {}",
            model.id,
            problems.len(),
            model.repo,
            model.revision,
            site.display(),
            model.id,
            problems.join("\n  ")
        );
    }
    Ok(())
}

/// Parses a JSON array of job postings, naming the file in the error.
pub fn read_jobs(path: &Path) -> Result<Vec<JobPosting>> {
    let text = read_text(path)?;
    serde_json::from_str(&text)
        .with_context(|| format!("{} is not a JSON array of job postings", path.display()))
}

/// Reads a UTF-8 text file, naming it in the error.
pub fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("could not read {}", path.display()))
}

/// The outcome of checking a mirror against the lock, one line per file.
#[derive(Debug, Default)]
pub struct VerifyReport {
    pub lines: Vec<String>,
    pub verified: usize,
    pub missing_required: usize,
    pub rejected: usize,
}

/// Checks the files of `models` under `site`, counting verified, rejected and missing required
/// files; the caller decides which counts are fatal.
pub fn verify(site: &Path, models: &[&ModelEntry]) -> VerifyReport {
    let mut report = VerifyReport::default();
    for model in models {
        for (file, check) in mirror::check_model(site, model) {
            let status = match &check {
                FileCheck::Verified => {
                    report.verified += 1;
                    "ok".to_owned()
                }
                FileCheck::Missing if file.required => {
                    report.missing_required += 1;
                    "MISSING".to_owned()
                }
                FileCheck::Missing => "missing (optional)".to_owned(),
                FileCheck::Rejected(error) => {
                    report.rejected += 1;
                    format!("REJECTED: {error}")
                }
            };
            report
                .lines
                .push(format!("{}/{}: {status}", model.id, file.path));
        }
    }
    report
}

/// The model with `id`, or an error listing the ids the lock has.
pub fn find_model<'a>(lock: &'a ModelLock, id: &str) -> Result<&'a ModelEntry> {
    lock.model(id).with_context(|| {
        let known: Vec<&str> = lock.models.iter().map(|m| m.id.as_str()).collect();
        format!(
            "no model {id:?} in models.lock.toml (known: {})",
            known.join(", ")
        )
    })
}

/// Today's date in UTC from the system clock (the core never reads a clock itself).
pub fn today_utc() -> Date {
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |elapsed| elapsed.as_millis() as f64);
    Date::from_unix_millis(millis).expect("the system clock is within the supported date range")
}
