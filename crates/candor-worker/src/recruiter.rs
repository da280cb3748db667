//! Recruiter mode: a pool of candidates' resumes kept in this browser's IndexedDB, ranked for
//! one posting with the same signals and explanations as the candidate's direction
//! (`candor_core::matching::recruiter`).
//!
//! Privacy: the resumes' text stays in the worker and IndexedDB; the page gets names, file
//! names and detected skills, and the explained matches.

use candor_core::domain::JobPosting;
use candor_core::matching::recruiter::{PooledResume, ResumeToRank, rank_candidates};

use crate::imports::{open_user_data, read_resume, today};
use crate::pipeline::LoadedEmbedder;
use crate::protocol::{PooledResumeSummary, RankedPooledResume, ResponseBody};

fn listed(resume: PooledResume) -> PooledResumeSummary {
    PooledResumeSummary {
        candidate_id: resume.id,
        name: resume.name,
        file_name: resume.file_name,
        imported: resume.imported,
        skills: resume.skills,
    }
}

/// Who is stored, by name.
pub(crate) async fn list() -> Result<ResponseBody, String> {
    let mut pool = open_user_data()
        .await?
        .candidates()
        .await
        .map_err(|e| e.to_string())?;
    pool.sort_by_key(|resume| resume.name.to_lowercase());
    let candidates = pool.into_iter().map(listed).collect();
    Ok(ResponseBody::Candidates { candidates })
}

/// Reads a resume file and stores it in the pool (replacing the same resume imported before).
pub(crate) async fn import(
    bytes: &[u8],
    file_name: &str,
    mime: Option<&str>,
) -> Result<ResponseBody, String> {
    let read = read_resume(bytes, file_name, mime)?;
    let resume = PooledResume::new(file_name, read.text, read.today).with_skills(read.skills);
    open_user_data()
        .await?
        .put_candidate(&resume)
        .await
        .map_err(|e| e.to_string())?;
    list().await
}

/// Deletes one candidate, or every one with `None`.
pub(crate) async fn delete(candidate_id: Option<&str>) -> Result<ResponseBody, String> {
    open_user_data()
        .await?
        .delete_candidates(candidate_id)
        .await
        .map_err(|e| e.to_string())?;
    list().await
}

/// Ranks every stored candidate for `job`.
pub(crate) async fn rank(
    job: &JobPosting,
    embedder: Option<&LoadedEmbedder>,
) -> Result<ResponseBody, String> {
    let pool = open_user_data()
        .await?
        .candidates()
        .await
        .map_err(|e| e.to_string())?;
    if pool.is_empty() {
        return Err("no candidates are stored yet: add their resumes first".to_owned());
    }
    let applicants: Vec<ResumeToRank<'_>> = pool.iter().map(PooledResume::to_rank).collect();
    let ranked = rank_candidates(
        embedder.map(|loaded| &loaded.embedder),
        job,
        &applicants,
        today()?,
    )
    .map_err(|e| format!("the model could not read the resumes: {e}"))?;
    let name_of = |id: &str| {
        pool.iter()
            .find(|resume| resume.id == id)
            .map(|resume| resume.name.clone())
            .unwrap_or_default()
    };
    Ok(ResponseBody::CandidatesRanked {
        embedding_model: embedder.map(|loaded| loaded.model.id.clone()),
        matches: ranked
            .into_iter()
            .map(|ranked| RankedPooledResume {
                name: name_of(&ranked.candidate_id),
                candidate_id: ranked.candidate_id,
                explained: ranked.explained,
            })
            .collect(),
    })
}
