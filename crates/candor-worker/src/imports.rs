//! Files the person opens or drops on the page: resumes read to text (with what was detected in
//! them), job files imported into the stored jobs (`candor_store::user_data`).
//!
//! Parsing runs here, off the page's thread, and the parsers (PDF, DOCX, CSV, JSON-LD) stay out
//! of the page's wasm. Privacy: the resume's bytes and text are only returned to the page, never
//! logged or stored; jobs are stored in this browser only.

use std::collections::HashMap;

use candor_core::domain::{Candidate, Date};
use candor_core::parse::resume::{candidate_from_resume, parse_resume};
use candor_core::skills;
use candor_import::jobs::{ImportBatch, import_jobs};
use candor_import::resume::import_resume;
use candor_store::user_data::UserData;

use crate::protocol::ResponseBody;

/// Today in the browser's own time zone, by its clock.
pub(crate) fn today() -> Result<Date, String> {
    // The person's own calendar day: a change made on a Tuesday evening west of Greenwich is
    // dated Tuesday, as they would say it.
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .ok_or_else(|| "the system clock is out of range".to_owned())
}

/// A resume file read to text, parsed as of `today`, with the skills it names.
pub(crate) struct ReadResume {
    pub text: String,
    pub today: Date,
    pub candidate: Candidate,
    pub skills: Vec<String>,
}

/// Reads a resume file (TXT, PDF, DOCX, JSON Resume), parses it and detects its skills; the
/// error says what to do next.
pub(crate) fn read_resume(
    bytes: &[u8],
    file_name: &str,
    mime: Option<&str>,
) -> Result<ReadResume, String> {
    let imported = import_resume(bytes, Some(file_name), mime).map_err(|e| e.to_string())?;
    let today = today()?;
    let (candidate, _) = candidate_from_resume(&imported.text, today);
    let skills = detected_skills(&candidate.skills, &imported.text);
    Ok(ReadResume {
        text: imported.text,
        today,
        candidate,
        skills,
    })
}

/// Reads a resume file and detects its skills, years of experience and job titles.
pub(crate) fn resume(
    bytes: &[u8],
    file_name: &str,
    mime: Option<&str>,
) -> Result<ResponseBody, String> {
    let ReadResume {
        text,
        today,
        candidate,
        skills,
    } = read_resume(bytes, file_name, mime)?;
    let (document, _) = parse_resume(&text, today);
    let titles = candidate
        .current_title
        .into_iter()
        .chain(document.experience.into_iter().map(|entry| entry.title))
        .filter(|title| !title.is_empty());
    Ok(ResponseBody::ResumeImported {
        skills,
        years: candidate.total_years,
        titles: unique_ignoring_case(titles),
        text,
    })
}

/// The skills sections' entries (canonical names where the taxonomy knows them), then every
/// taxonomy skill mentioned anywhere in the text.
fn detected_skills(listed: &[String], text: &str) -> Vec<String> {
    let taxonomy = skills::bundled();
    let listed = listed.iter().map(|written| {
        taxonomy
            .lookup(written)
            .map_or_else(|| written.clone(), |id| taxonomy.skill(id).name.clone())
    });
    let mentioned = taxonomy.extract(text).into_iter().map(|found| found.name);
    unique_ignoring_case(listed.chain(mentioned))
}

/// `items` in order without repeats (ignoring case).
fn unique_ignoring_case(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    items
        .filter(|item| seen.insert(item.to_lowercase()))
        .collect()
}

pub(crate) async fn open_user_data() -> Result<UserData, String> {
    UserData::open().await.map_err(|e| e.to_string())
}

/// Imports a job file against the stored jobs (`existing`: each stored posting's content hash
/// by key) and stores its new and updated postings. Returns them with the report, and the new
/// jobs generation.
pub(crate) async fn jobs(
    store: &UserData,
    existing: &HashMap<String, String>,
    bytes: &[u8],
    file_name: &str,
) -> Result<(ImportBatch, String), String> {
    let batch =
        import_jobs(bytes, Some(file_name), existing, today()?).map_err(|e| e.to_string())?;
    let generation = store
        .put_jobs(&batch.jobs)
        .await
        .map_err(|e| e.to_string())?;
    Ok((batch, generation))
}

/// Deletes every stored job, and what the person did with each (their statuses would only
/// outlive the jobs as application history nobody can see or delete).
pub(crate) async fn delete_all() -> Result<ResponseBody, String> {
    let store = open_user_data().await?;
    store.clear_jobs().await.map_err(|e| e.to_string())?;
    store.clear_statuses().await.map_err(|e| e.to_string())?;
    Ok(ResponseBody::Jobs { jobs: Vec::new() })
}
