//! Job import: JSON (an array of postings, one posting, or `{"jobs": [...]}`), CSV with a header
//! row, and schema.org `JobPosting` JSON-LD (one object, an array, `@graph`, or the
//! `<script type="application/ld+json">` blocks of a saved HTML page), with a batch report that
//! says for every row whether it is new, an update, a duplicate, or why it failed.
//!
//! [`import_jobs`] is a pure function: the caller passes what it already stores (each job's
//! [`ImportedJob::key`] and [`ImportedJob::content_hash`]) and `today`, and gets back the
//! postings to store and the report.
//!
//! Conventions:
//! - Field names match case-insensitively, with spaces, dashes and dots read as `_`, and common
//!   synonyms (`job_id`, `external_job_id` and `id` are the posting's id; `job_url` and `url`
//!   its link, `apply_url` where to apply). See [`field_for_name`].
//! - The de-duplication key is `platform:external id` when a posting has both (the platform
//!   defaults to the link's host), else a hash of its title, company and location.
//! - Row numbers in CSV messages are spreadsheet rows, the header being row 1; JSON items count
//!   from 1.
//! - Descriptions in HTML become plain text; no markup is ever kept. Links other than `http`
//!   and `https` are dropped, so a `javascript:` link cannot reach the page.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::markup::{MarkupEvent, MarkupScanner, attribute, html_to_text, looks_like_html};
use super::text::decode_text;
use super::{MIB, megabytes};
use candor_core::domain::{Date, JobPosting, JobStatus, WorkMode};
use candor_core::matching::{PREPARATION_VERSION, enrich_job};
use candor_core::parse::date::{is_expired, parse_date, parse_posted_date};
use candor_core::parse::experience::parse_experience;
use candor_core::parse::salary::parse_salary;
use candor_core::parse::work_mode::detect_work_mode;
use candor_lock::digest::sha256_hex;

mod csv;
mod fields;
mod json;
mod posting;

use csv::*;
use fields::*;
use json::*;
use posting::*;

/// Job files larger than this are refused before parsing.
pub const MAX_JOB_IMPORT_BYTES: usize = 20 * MIB;
/// Files with more postings than this are refused, so one import cannot freeze the page.
pub const MAX_JOB_ROWS: usize = 10_000;

/// The format a job file was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobFormat {
    Json,
    /// schema.org `JobPosting`, bare or in an HTML page.
    JsonLd,
    Csv,
    /// A published job index (`candor-job-index`), verified before it was read.
    JobIndex,
}

/// Where a posting sits in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "number")]
pub enum SourcePosition {
    /// A CSV row as a spreadsheet numbers it: the header is row 1.
    Row(usize),
    /// A JSON item, counting from 1.
    Item(usize),
}

impl fmt::Display for SourcePosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourcePosition::Row(number) => write!(f, "row {number}"),
            SourcePosition::Item(number) => write!(f, "item {number}"),
        }
    }
}

/// What became of one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum RowOutcome {
    /// Not stored before.
    New,
    /// Stored before under the same key, with different content.
    Updated,
    /// Identical to a stored posting (`earlier: None`) or repeating an earlier row.
    Duplicate { earlier: Option<SourcePosition> },
    /// Not imported, for the reason given ("no title").
    Failed { reason: String },
}

/// The report line for one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowReport {
    pub position: SourcePosition,
    /// The posting's title, empty when it has none.
    pub title: String,
    /// The de-duplication key; `None` when the row failed.
    pub key: Option<String>,
    pub outcome: RowOutcome,
    /// Fields that were present but unreadable and left empty.
    pub warnings: Vec<String>,
}

impl RowReport {
    /// The line a person reads: "row 7: no title", "item 2: new: Pastry Chef".
    pub fn message(&self) -> String {
        let outcome = match &self.outcome {
            RowOutcome::New => format!("new: {}", self.title),
            RowOutcome::Updated => format!("updated: {}", self.title),
            RowOutcome::Duplicate { earlier: None } => {
                format!("duplicate of a stored job: {}", self.title)
            }
            RowOutcome::Duplicate {
                earlier: Some(earlier),
            } => format!("duplicate of {earlier}: {}", self.title),
            RowOutcome::Failed { reason } => reason.clone(),
        };
        let mut message = format!("{}: {outcome}", self.position);
        for warning in &self.warnings {
            message.push_str("; ");
            message.push_str(warning);
        }
        message
    }
}

/// The report for a whole file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub format: JobFormat,
    /// One line per row or item, in file order.
    pub rows: Vec<RowReport>,
    /// CSV columns or JSON keys no field uses, so a person can rename them.
    pub ignored_fields: Vec<String>,
    /// For a new version of a published job index: the postings its earlier version brought
    /// that it no longer lists, deleted (the publisher withdrew them). Zero for a file.
    #[serde(default)]
    pub withdrawn: usize,
}

impl ImportReport {
    fn count(&self, is: impl Fn(&RowOutcome) -> bool) -> usize {
        self.rows.iter().filter(|row| is(&row.outcome)).count()
    }

    pub fn n_new(&self) -> usize {
        self.count(|outcome| matches!(outcome, RowOutcome::New))
    }

    pub fn n_updated(&self) -> usize {
        self.count(|outcome| matches!(outcome, RowOutcome::Updated))
    }

    pub fn n_duplicates(&self) -> usize {
        self.count(|outcome| matches!(outcome, RowOutcome::Duplicate { .. }))
    }

    pub fn n_failed(&self) -> usize {
        self.count(|outcome| matches!(outcome, RowOutcome::Failed { .. }))
    }

    /// "3 new, 1 updated, 2 duplicates, 1 failed" (and ", 4 withdrawn" when some were).
    pub fn summary(&self) -> String {
        let mut summary = format!(
            "{} new, {} updated, {} duplicates, {} failed",
            self.n_new(),
            self.n_updated(),
            self.n_duplicates(),
            self.n_failed()
        );
        if self.withdrawn > 0 {
            summary.push_str(&format!(", {} withdrawn", self.withdrawn));
        }
        summary
    }
}

/// A posting ready to store, with what re-imports and expiry need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportedJob {
    /// `job.id` equals `key`.
    pub job: JobPosting,
    /// The de-duplication key (see the module docs).
    pub key: String,
    /// SHA-256 of the posting's content, to tell an update from a duplicate on re-import.
    pub content_hash: String,
    /// The day it was imported, which stands in for the posted date when it has none.
    pub imported: Date,
    /// The posting's own closing date (schema.org `validThrough`), when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_through: Option<Date>,
    /// The [`PREPARATION_VERSION`] whose parsers filled the posting's pay, experience and
    /// work mode from its text at import; while it is current, preparing the posting need
    /// not read them again ([`candor_core::matching::Preparation::of_enriched`]). 0 for a
    /// posting stored before this was recorded.
    #[serde(default)]
    pub enriched_by: u32,
}

impl ImportedJob {
    /// Re-evaluates `job.status` on `today`: expired 30 days after the posted date (or the
    /// import date without one) or after `valid_through`. A closed posting stays closed.
    pub fn refresh_status(&mut self, today: Date) {
        if self.job.status != JobStatus::Closed {
            self.job.status =
                expiry_status(self.job.posted, self.imported, self.valid_through, today);
        }
    }
}

/// Open or expired on `today`, by [`candor_core::parse::date::is_expired`] from the posted date, or
/// the import date when there is none, or by a passed `valid_through`.
pub fn expiry_status(
    posted: Option<Date>,
    imported: Date,
    valid_through: Option<Date>,
    today: Date,
) -> JobStatus {
    let past_closing = valid_through.is_some_and(|closing| closing < today);
    if past_closing || is_expired(posted.unwrap_or(imported), today) {
        JobStatus::Expired
    } else {
        JobStatus::Open
    }
}

/// The new and updated postings of a file, and the report on every row.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportBatch {
    pub jobs: Vec<ImportedJob>,
    pub report: ImportReport,
}

/// Why a whole file could not be imported. Problems with single rows go in the report instead.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum JobImportError {
    #[error(
        "This file is {size}; job files over {limit} are not imported. Split it into smaller files."
    )]
    TooLarge { size: String, limit: String },
    #[error(
        "This file has {n_rows} postings; at most {limit} are imported at once. Split it into smaller files."
    )]
    TooManyRows { n_rows: usize, limit: usize },
    #[error("This file is empty.")]
    Empty,
    #[error("This JSON is not valid at line {line}, column {column}: {detail}.")]
    InvalidJson {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("No job postings found: {detail}.")]
    NoPostings { detail: String },
    #[error(
        "The CSV header row has no title column (it has: {columns}). Name the column with job titles \"title\"."
    )]
    NoTitleColumn { columns: String },
}

/// Imports a job file. `existing` maps the key of every stored job to its content hash;
/// `today` is the import date and the reference for relative dates ("3 days ago").
pub fn import_jobs(
    bytes: &[u8],
    file_name: Option<&str>,
    existing: &HashMap<String, String>,
    today: Date,
) -> Result<ImportBatch, JobImportError> {
    if bytes.len() > MAX_JOB_IMPORT_BYTES {
        return Err(JobImportError::TooLarge {
            size: megabytes(bytes.len()),
            limit: megabytes(MAX_JOB_IMPORT_BYTES),
        });
    }
    let (text, _) = decode_text(bytes);
    let text = text.trim();
    if text.is_empty() {
        return Err(JobImportError::Empty);
    }
    let items = read_items(text, file_name)?;
    if items.rows.len() > MAX_JOB_ROWS {
        return Err(JobImportError::TooManyRows {
            n_rows: items.rows.len(),
            limit: MAX_JOB_ROWS,
        });
    }
    let mut jobs = Vec::new();
    let mut reports = Vec::with_capacity(items.rows.len());
    let mut first_position_of_key: HashMap<String, SourcePosition> = HashMap::new();
    for (position, raw) in items.rows {
        let mut report = RowReport {
            position,
            title: String::new(),
            key: None,
            outcome: RowOutcome::New,
            warnings: Vec::new(),
        };
        let posting = raw.and_then(|(raw, read_warnings)| {
            report.title = raw.title.trim().to_string();
            report.warnings = read_warnings;
            build_posting(raw, today, &mut report.warnings)
        });
        let (job, valid_through) = match posting {
            Ok(posting) => posting,
            Err(reason) => {
                report.outcome = RowOutcome::Failed { reason };
                reports.push(report);
                continue;
            }
        };
        let imported = stamp(job, valid_through, today);
        report.key = Some(imported.key.clone());
        report.outcome = outcome(&imported, position, &mut first_position_of_key, existing);
        if matches!(report.outcome, RowOutcome::New | RowOutcome::Updated) {
            jobs.push(imported);
        }
        reports.push(report);
    }
    Ok(ImportBatch {
        jobs,
        report: ImportReport {
            format: items.format,
            rows: reports,
            ignored_fields: items.ignored_fields,
            withdrawn: 0,
        },
    })
}

/// Imports postings that were already read and checked elsewhere (a published job index's),
/// as [`import_jobs`] imports a file's: keyed, stamped and reported new, updated or duplicate
/// against `existing`, each at its position in `postings` counted from 1.
pub fn import_postings(
    postings: Vec<JobPosting>,
    existing: &HashMap<String, String>,
    today: Date,
) -> ImportBatch {
    let mut jobs = Vec::new();
    let mut reports = Vec::with_capacity(postings.len());
    let mut first_position_of_key = HashMap::new();
    for (idx, job) in postings.into_iter().enumerate() {
        let position = SourcePosition::Item(idx + 1);
        let imported = stamp(job, None, today);
        let outcome = outcome(&imported, position, &mut first_position_of_key, existing);
        reports.push(RowReport {
            position,
            title: imported.job.title.trim().to_string(),
            key: Some(imported.key.clone()),
            outcome: outcome.clone(),
            warnings: Vec::new(),
        });
        if matches!(outcome, RowOutcome::New | RowOutcome::Updated) {
            jobs.push(imported);
        }
    }
    ImportBatch {
        jobs,
        report: ImportReport {
            format: JobFormat::JobIndex,
            rows: reports,
            ignored_fields: Vec::new(),
            withdrawn: 0,
        },
    }
}

/// Whether `imported`, at `position`, repeats an earlier row of its file, a stored posting
/// (`existing`: content hash by key), or is new or an update; records its key's first position.
fn outcome(
    imported: &ImportedJob,
    position: SourcePosition,
    first_position_of_key: &mut HashMap<String, SourcePosition>,
    existing: &HashMap<String, String>,
) -> RowOutcome {
    if let Some(&earlier) = first_position_of_key.get(&imported.key) {
        return RowOutcome::Duplicate {
            earlier: Some(earlier),
        };
    }
    first_position_of_key.insert(imported.key.clone(), position);
    match existing.get(&imported.key) {
        Some(hash) if *hash == imported.content_hash => RowOutcome::Duplicate { earlier: None },
        Some(_) => RowOutcome::Updated,
        None => RowOutcome::New,
    }
}

/// Gives a built posting its key, id, content hash and status.
fn stamp(mut job: JobPosting, valid_through: Option<Date>, today: Date) -> ImportedJob {
    let key = job_key(&job);
    job.id = key.clone();
    job.status = JobStatus::Open;
    let content_hash = content_hash(&job);
    let mut imported = ImportedJob {
        job,
        key,
        content_hash,
        imported: today,
        valid_through,
        enriched_by: PREPARATION_VERSION,
    };
    imported.refresh_status(today);
    imported
}

/// The de-duplication key of `job`: `platform:external_id` when both are set, else
/// `content:` and 16 hex digits of a hash of its title, company and location (lowercased,
/// whitespace collapsed).
pub fn job_key(job: &JobPosting) -> String {
    let platform = job.platform.trim().to_lowercase();
    let external_id = job.external_id.trim();
    if !platform.is_empty() && !external_id.is_empty() {
        return format!("{}:{external_id}", platform.replace(':', "%3A"));
    }
    let normalized: Vec<String> = [&job.title, &job.company, &job.location]
        .iter()
        .map(|field| {
            field
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .collect();
    let digest = sha256_hex(normalized.join("\u{1F}").as_bytes());
    format!("content:{}", &digest[..16])
}

/// SHA-256 of the posting's JSON with its status left out, since the status changes with the
/// date rather than the content.
pub fn content_hash(job: &JobPosting) -> String {
    let mut content = job.clone();
    content.status = JobStatus::Open;
    // Serializing plain data to a Vec cannot fail; an empty hash would only mark it updated.
    sha256_hex(&serde_json::to_vec(&content).unwrap_or_default())
}

/// A row's raw posting with the warnings from reading its fields, or why it has none.
type RawRow = Result<(RawPosting, Vec<String>), String>;

/// The rows of a file before building postings.
struct Items {
    format: JobFormat,
    rows: Vec<(SourcePosition, RawRow)>,
    ignored_fields: Vec<String>,
}

/// Reads a file's items, choosing the format from its content: `[` or `{` is JSON, `<` is an
/// HTML page with JSON-LD, anything else CSV. The file name only rescues a `.json` file whose
/// content does not start like JSON, so the error names the JSON problem.
fn read_items(text: &str, file_name: Option<&str>) -> Result<Items, JobImportError> {
    let is_json_name = file_name.is_some_and(|name| {
        let name = name.to_ascii_lowercase();
        name.ends_with(".json") || name.ends_with(".jsonld")
    });
    if text.starts_with(['[', '{']) || is_json_name {
        let value: Value =
            serde_json::from_str(text).map_err(|error| JobImportError::InvalidJson {
                line: error.line(),
                column: error.column(),
                detail: error.to_string(),
            })?;
        return json_items(&value);
    }
    if text.starts_with('<') {
        return html_items(text);
    }
    csv_items(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use candor_core::domain::PayPeriod;

    fn today() -> Date {
        Date::new(2026, 11, 25).unwrap()
    }

    fn import(text: &str, file_name: Option<&str>) -> ImportBatch {
        import_jobs(text.as_bytes(), file_name, &HashMap::new(), today())
            .unwrap_or_else(|error| panic!("{error}"))
    }

    fn messages(batch: &ImportBatch) -> Vec<String> {
        batch.report.rows.iter().map(RowReport::message).collect()
    }

    #[test]
    fn field_names_match_with_synonyms_and_any_case() {
        assert_eq!(field_for_name("Job Title"), Some(Field::Title));
        assert_eq!(field_for_name("external_job_id"), Some(Field::ExternalId));
        assert_eq!(field_for_name("jobUrl"), Some(Field::Url));
        assert_eq!(field_for_name("DATE-POSTED"), Some(Field::Posted));
        assert_eq!(field_for_name("jobLocationType"), Some(Field::WorkMode));
        assert_eq!(field_for_name("favorite colour"), None);
    }

    #[test]
    fn json_arrays_objects_and_wrappers_import() {
        let array = import(
            r#"[{"job_id": "42", "platform": "LinkedIn", "title": "Pastry Chef", "company": "Maison Beurre",
                 "location": "Lyon, France", "salary": "€32k–€38k", "description": "Laminate doughs.",
                 "requirements": "3 years in a pastry kitchen\nFood safety", "posted_date": "3 days ago",
                 "job_url": "https://example.com/42", "skills": ["Lamination", "Tempering"]},
                {"id": 7, "title": "Baker", "description": "Bake.", "salary": {"min": 15, "max": 18, "currency": "EUR", "period": "hour"}}]"#,
            None,
        );
        assert_eq!(array.report.format, JobFormat::Json);
        assert_eq!(
            messages(&array),
            ["item 1: new: Pastry Chef", "item 2: new: Baker"]
        );
        let chef = &array.jobs[0];
        assert_eq!(chef.key, "linkedin:42");
        assert_eq!(chef.job.id, "linkedin:42");
        assert_eq!(
            chef.job.requirements,
            ["3 years in a pastry kitchen", "Food safety"]
        );
        assert_eq!(chef.job.posted, Date::new(2026, 11, 22));
        assert_eq!(
            chef.job.salary.as_ref().unwrap().currency.as_deref(),
            Some("EUR")
        );
        assert_eq!(chef.job.status, JobStatus::Open);
        let baker = &array.jobs[1].job;
        let pay = baker.salary.as_ref().unwrap();
        assert_eq!(
            (pay.min, pay.max, pay.period),
            (Some(15.0), Some(18.0), PayPeriod::Hour)
        );
        assert!(
            array.jobs[1].key.starts_with("content:"),
            "no platform: keyed by content"
        );

        let single = import(r#"{"title": "Nurse", "description": "Care."}"#, None);
        assert_eq!(messages(&single), ["item 1: new: Nurse"]);
        let wrapped = import(
            r#"{"jobs": [{"title": "Nurse", "description": "Care.", "colour": "red"}]}"#,
            None,
        );
        assert_eq!(wrapped.jobs.len(), 1);
        assert_eq!(wrapped.report.ignored_fields, ["colour"]);
    }

    #[test]
    fn the_posting_and_where_to_apply_are_two_links() {
        let batch = import(
            "title,description,url,apply_url\n\
             Nurse,Care.,https://jobs.example.com/nurse,https://apply.example.com/nurse\n\
             Chef,Cook.,https://jobs.example.com/chef,javascript:alert(1)\n",
            Some("jobs.csv"),
        );
        let links: Vec<(&str, &str)> = batch
            .jobs
            .iter()
            .map(|imported| (imported.job.url.as_str(), imported.job.apply_url.as_str()))
            .collect();
        assert_eq!(
            links,
            [
                (
                    "https://jobs.example.com/nurse",
                    "https://apply.example.com/nurse"
                ),
                ("https://jobs.example.com/chef", ""),
            ]
        );
        assert!(
            messages(&batch)[1]
                .ends_with("link \"javascript:alert(1)\" is not a web address; left empty")
        );
        // With no link of its own, the board is the apply link's host, as before `apply_url`.
        let apply_only = import(
            "title,description,id,apply_url\nNurse,Care.,77,https://boards.example.com/a/77\n",
            Some("jobs.csv"),
        );
        assert_eq!(apply_only.jobs[0].job.platform, "boards.example.com");
    }

    #[test]
    fn rows_fail_with_their_number_and_reason() {
        let batch = import(
            r#"[{"title": "Chef", "description": "Cook."}, {"company": "Acme"}, "Baker",
                {"title": "Dev", "description": "Code.", "salary_min": "lots", "job_url": "javascript:alert(1)",
                 "posted_date": "someday"}]"#,
            None,
        );
        assert_eq!(
            messages(&batch),
            [
                "item 1: new: Chef",
                "item 2: no title",
                "item 3: expected a posting object, found a string",
                "item 4: new: Dev; salary_min \"lots\" is not a number; left empty; link \"javascript:alert(1)\" is not a web address; left empty; \
                 posted date \"someday\" is not a date up to today; left empty",
            ]
        );
        assert_eq!(batch.jobs[1].job.url, "");
        assert_eq!(
            batch.report.summary(),
            "2 new, 0 updated, 0 duplicates, 2 failed"
        );
        // Only a job index's new version withdraws postings; the summary then says how many.
        let mut report = batch.report;
        report.withdrawn = 3;
        assert_eq!(
            report.summary(),
            "2 new, 0 updated, 0 duplicates, 2 failed, 3 withdrawn"
        );
    }

    #[test]
    fn reimports_are_updates_or_duplicates() {
        let text = r#"[{"platform": "greenhouse", "external_job_id": "1", "title": "Chef", "description": "Cook."},
                       {"platform": "greenhouse", "external_job_id": "1", "title": "Chef", "description": "Cook!"},
                       {"title": "Baker", "company": "Pain", "location": "Paris", "description": "Bake."}]"#;
        let first = import(text, None);
        assert_eq!(
            messages(&first),
            [
                "item 1: new: Chef",
                "item 2: duplicate of item 1: Chef",
                "item 3: new: Baker"
            ]
        );
        let mut existing: HashMap<String, String> = first
            .jobs
            .iter()
            .map(|job| (job.key.clone(), job.content_hash.clone()))
            .collect();
        existing.insert("greenhouse:1".to_string(), "an older hash".to_string());
        let again = import_jobs(text.as_bytes(), None, &existing, today()).unwrap();
        assert_eq!(
            messages(&again),
            [
                "item 1: updated: Chef",
                "item 2: duplicate of item 1: Chef",
                "item 3: duplicate of a stored job: Baker"
            ]
        );
        assert_eq!(again.jobs.len(), 1);
    }

    #[test]
    fn csv_quotes_newlines_bom_crlf_and_synonyms() {
        let csv = "\u{FEFF}Job Title,Company,Location,Description,Salary Min,Salary Max,Currency,Date Posted,Skills\r\n\
                   \"Engineer, Backend\",\"Acme \"\"Rockets\"\"\",Remote (US),\"Line one\r\nLine two\",120000,150000,USD,2026-11-20,\"Rust; Go\"\r\n\
                   \r\n\
                   ,NoTitle Inc,Berlin,desc,,,,,\r\n\
                   Chef,A,B,C,1,2,USD,2026-11-20,x,extra\r\n";
        let batch = import(csv, Some("jobs.csv"));
        assert_eq!(batch.report.format, JobFormat::Csv);
        assert_eq!(
            messages(&batch),
            [
                "row 2: new: Engineer, Backend",
                "row 4: no title",
                "row 5: 10 fields but the header has 9; a comma in a value needs quotes around the value",
            ]
        );
        let job = &batch.jobs[0].job;
        assert_eq!(job.company, "Acme \"Rockets\"");
        assert_eq!(job.description, "Line one\nLine two");
        assert_eq!(job.skills, ["Rust", "Go"]);
        assert_eq!(job.work_mode, WorkMode::Remote);
        let pay = job.salary.as_ref().unwrap();
        assert_eq!(
            (pay.annual_min, pay.annual_max),
            (Some(120_000.0), Some(150_000.0))
        );
        assert_eq!(pay.currency.as_deref(), Some("USD"));
    }

    #[test]
    fn csv_semicolons_and_missing_title_columns() {
        let batch = import(
            "titel;title;company;description\nx;Nurse;Riverside;Care\n",
            None,
        );
        assert_eq!(messages(&batch), ["row 2: new: Nurse"]);
        assert_eq!(batch.report.ignored_fields, ["titel"]);
        let error =
            import_jobs(b"name,company\nx,y\n", None, &HashMap::new(), today()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "The CSV header row has no title column (it has: \"name\", \"company\"). Name the column with job titles \"title\"."
        );
        let unterminated = import("title,description\nChef,\"never closed\n", None);
        assert_eq!(
            messages(&unterminated),
            ["row 2: a quoted field starts here and never ends (a missing closing \")"]
        );
    }

    const JSON_LD_POSTING: &str = r#"{
        "@context": "https://schema.org/", "@type": "JobPosting",
        "title": "Registered Nurse",
        "description": "<p>Provide <b>direct</b> patient care &amp; education.</p><ul><li>BLS</li></ul><script>alert(1)</script>",
        "identifier": {"@type": "PropertyValue", "name": "Riverside", "value": "RN-77"},
        "datePosted": "2026-10-01", "validThrough": "2027-01-01T00:00",
        "hiringOrganization": {"@type": "Organization", "name": "Riverside General"},
        "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
            "addressLocality": "Portland", "addressRegion": "OR", "addressCountry": "US"}},
        "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
            "value": {"@type": "QuantitativeValue", "minValue": 45, "maxValue": 60, "unitText": "HOUR"}},
        "url": "https://jobs.example.org/rn-77",
        "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 24}
    }"#;

    #[test]
    fn json_ld_postings_read_schema_org_fields() {
        let batch = import(JSON_LD_POSTING, None);
        assert_eq!(batch.report.format, JobFormat::JsonLd);
        let imported = &batch.jobs[0];
        let job = &imported.job;
        assert_eq!(job.title, "Registered Nurse");
        assert_eq!(job.company, "Riverside General");
        assert_eq!(job.location, "Portland, OR, US");
        assert_eq!(
            job.description,
            "Provide direct patient care & education.\n\n• BLS"
        );
        assert_eq!(job.external_id, "RN-77");
        assert_eq!(imported.key, "jobs.example.org:RN-77");
        let pay = job.salary.as_ref().unwrap();
        assert_eq!(
            (pay.min, pay.max, pay.period),
            (Some(45.0), Some(60.0), PayPeriod::Hour)
        );
        assert_eq!(job.experience.as_ref().unwrap().min_years, Some(2.0));
        // Posted 55 days ago: expired although it is valid through January.
        assert_eq!(job.status, JobStatus::Expired);
        assert_eq!(imported.valid_through, Date::new(2027, 1, 1));
    }

    #[test]
    fn json_ld_arrays_graphs_pages_and_telecommute() {
        let remote = r#"{"@type": "JobPosting", "title": "Rust Engineer", "description": "Remote work.",
                         "jobLocationType": "TELECOMMUTE",
                         "applicantLocationRequirements": {"@type": "Country", "name": "Germany"}}"#;
        let array = import(&format!("[{JSON_LD_POSTING}, {remote}]"), None);
        assert_eq!(array.jobs.len(), 2);
        assert_eq!(array.jobs[1].job.location, "Remote (Germany)");
        assert_eq!(array.jobs[1].job.work_mode, WorkMode::Remote);
        let graph = import(
            &format!(
                r#"{{"@context": "https://schema.org", "@graph": [{{"@type": "WebPage"}}, {remote}]}}"#
            ),
            None,
        );
        assert_eq!(messages(&graph), ["item 1: new: Rust Engineer"]);
        let page = format!(
            "<!DOCTYPE html><html><head><script type=\"application/ld+json\">{remote}</script></head><body>x</body></html>"
        );
        let from_page = import(&page, Some("job.html"));
        assert_eq!(from_page.report.format, JobFormat::JsonLd);
        assert_eq!(from_page.jobs[0].job.title, "Rust Engineer");
    }

    #[test]
    fn expiry_follows_posted_or_imported_dates() {
        let imported = today();
        assert_eq!(
            expiry_status(today().add_days(-29), imported, None, today()),
            JobStatus::Open
        );
        assert_eq!(
            expiry_status(today().add_days(-30), imported, None, today()),
            JobStatus::Expired
        );
        assert_eq!(
            expiry_status(None, imported, None, today().add_days(30).unwrap()),
            JobStatus::Expired
        );
        assert_eq!(
            expiry_status(None, imported, today().add_days(-1), today()),
            JobStatus::Expired
        );
        let mut batch = import(r#"[{"title": "Chef", "description": "Cook."}]"#, None);
        let job = &mut batch.jobs[0];
        assert_eq!(job.job.status, JobStatus::Open);
        job.refresh_status(today().add_days(31).unwrap());
        assert_eq!(job.job.status, JobStatus::Expired);
    }

    #[test]
    fn whole_file_errors_explain_themselves() {
        let empty = HashMap::new();
        let too_large = vec![b' '; MAX_JOB_IMPORT_BYTES + 1];
        assert!(matches!(
            import_jobs(&too_large, None, &empty, today()),
            Err(JobImportError::TooLarge { .. })
        ));
        let many = format!("title\n{}", "Chef\n".repeat(MAX_JOB_ROWS + 1));
        assert_eq!(
            import_jobs(many.as_bytes(), None, &empty, today())
                .unwrap_err()
                .to_string(),
            "This file has 10001 postings; at most 10000 are imported at once. Split it into smaller files."
        );
        let broken = import_jobs(b"[{\"title\": }]", None, &empty, today()).unwrap_err();
        assert!(
            broken
                .to_string()
                .starts_with("This JSON is not valid at line 1, column 12")
        );
        assert!(matches!(
            import_jobs(b"{\"foo\": 1}", None, &empty, today()),
            Ok(ImportBatch { ref jobs, .. }) if jobs.is_empty()
        ));
        assert_eq!(
            import_jobs(b" \n", None, &empty, today()),
            Err(JobImportError::Empty)
        );
    }

    #[test]
    fn damaged_input_never_panics() {
        let samples = [
            JSON_LD_POSTING.to_string(),
            "title,salary\n\"a\",\"$5\"\"\n".to_string(),
            r#"[{"title": "x", "salary": {"min": -1, "max": 1e308}, "skills": [[1], {"a": null}]}]"#.to_string(),
        ];
        for sample in samples {
            let bytes = sample.as_bytes();
            for len in 0..bytes.len() {
                let _ = import_jobs(&bytes[..len], None, &HashMap::new(), today());
            }
        }
    }
}
