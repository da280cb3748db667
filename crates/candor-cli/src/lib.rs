//! The Candor pipeline natively, for scripts, benchmarks and tests: the same lockfile, the
//! same verification and the same Candle models as the browser worker, reading model files from
//! a mirror directory instead of IndexedDB.

pub mod eval;

use std::path::Path;

use anyhow::{Context, Result, bail};
use candor_core::domain::{Date, JobPosting, RankingReport};
use candor_core::lockfile::{Backend, ModelEntry, ModelLock};
use candor_core::matching::rank_explained;
use candor_ml::minilm::{self, MiniLm};
use candor_store::mirror::{self, FileCheck};

/// Ranks `jobs` for `resume` with `model_id`, loading the model from the mirror under `site`.
pub fn rank(
    lock: &ModelLock,
    site: &Path,
    model_id: &str,
    resume: &str,
    jobs: &[JobPosting],
) -> Result<RankingReport> {
    let model = find_model(lock, model_id)?;
    let embedder = load_minilm(site, model)?;
    let matches = rank_explained(Some(&embedder), resume, jobs, today_utc())?;
    Ok(RankingReport {
        model_id: model.id.clone(),
        lock_hash: lock.lock_hash(),
        matches,
    })
}

/// Loads a MiniLM-family model from the mirror after verifying every required file.
pub fn load_minilm(site: &Path, model: &ModelEntry) -> Result<MiniLm> {
    if model.backend != Backend::CandleBert {
        bail!(
            "{} runs on {:?}, which the CLI cannot load yet",
            model.id,
            model.backend
        );
    }
    let files = mirror::load_model(site, model)?;
    let bytes = minilm::ModelBytes::from_files(|path| files.get(path))?;
    Ok(MiniLm::load(bytes, minilm::Config::default())?)
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
