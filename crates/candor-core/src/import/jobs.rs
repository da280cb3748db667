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
//!   its link). See [`field_for_name`].
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
use crate::digest::sha256_hex;
use crate::domain::{Date, JobPosting, JobStatus, WorkMode};
use crate::matching::enrich_job;
use crate::parse::date::{is_expired, parse_date, parse_posted_date};
use crate::parse::experience::parse_experience;
use crate::parse::salary::parse_salary;
use crate::parse::work_mode::detect_work_mode;

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

    /// "3 new, 1 updated, 2 duplicates, 1 failed".
    pub fn summary(&self) -> String {
        format!(
            "{} new, {} updated, {} duplicates, {} failed",
            self.n_new(),
            self.n_updated(),
            self.n_duplicates(),
            self.n_failed()
        )
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

/// Open or expired on `today`, by [`crate::parse::date::is_expired`] from the posted date, or
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
        report.outcome = if let Some(&earlier) = first_position_of_key.get(&imported.key) {
            RowOutcome::Duplicate {
                earlier: Some(earlier),
            }
        } else {
            first_position_of_key.insert(imported.key.clone(), position);
            match existing.get(&imported.key) {
                Some(hash) if *hash == imported.content_hash => {
                    RowOutcome::Duplicate { earlier: None }
                }
                Some(_) => RowOutcome::Updated,
                None => RowOutcome::New,
            }
        };
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
        },
    })
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

/// The fields a posting can have, whatever the file calls them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    ExternalId,
    Title,
    Company,
    Location,
    Description,
    Requirements,
    Salary,
    SalaryMin,
    SalaryMax,
    Currency,
    SalaryPeriod,
    Posted,
    ValidThrough,
    Url,
    Platform,
    Skills,
    Experience,
    WorkMode,
}

/// Normalized name → field. Names are lowercased with runs of other characters as `_`.
const FIELD_NAMES: &[(&str, Field)] = &[
    ("job_id", Field::ExternalId),
    ("external_job_id", Field::ExternalId),
    ("external_id", Field::ExternalId),
    ("id", Field::ExternalId),
    ("jobid", Field::ExternalId),
    ("posting_id", Field::ExternalId),
    ("requisition_id", Field::ExternalId),
    ("req_id", Field::ExternalId),
    ("identifier", Field::ExternalId),
    ("title", Field::Title),
    ("job_title", Field::Title),
    ("position", Field::Title),
    ("position_title", Field::Title),
    ("role", Field::Title),
    ("company", Field::Company),
    ("company_name", Field::Company),
    ("employer", Field::Company),
    ("organization", Field::Company),
    ("organisation", Field::Company),
    ("hiring_organization", Field::Company),
    ("location", Field::Location),
    ("job_location", Field::Location),
    ("locations", Field::Location),
    ("city", Field::Location),
    ("description", Field::Description),
    ("job_description", Field::Description),
    ("summary", Field::Description),
    ("details", Field::Description),
    ("body", Field::Description),
    ("requirements", Field::Requirements),
    ("requirement", Field::Requirements),
    ("qualifications", Field::Requirements),
    ("salary", Field::Salary),
    ("salary_range", Field::Salary),
    ("pay", Field::Salary),
    ("compensation", Field::Salary),
    ("wage", Field::Salary),
    ("salary_min", Field::SalaryMin),
    ("min_salary", Field::SalaryMin),
    ("minimum_salary", Field::SalaryMin),
    ("salary_from", Field::SalaryMin),
    ("pay_min", Field::SalaryMin),
    ("min_amount", Field::SalaryMin),
    ("salary_max", Field::SalaryMax),
    ("max_salary", Field::SalaryMax),
    ("maximum_salary", Field::SalaryMax),
    ("salary_to", Field::SalaryMax),
    ("pay_max", Field::SalaryMax),
    ("max_amount", Field::SalaryMax),
    ("currency", Field::Currency),
    ("salary_currency", Field::Currency),
    ("salary_period", Field::SalaryPeriod),
    ("pay_period", Field::SalaryPeriod),
    ("salary_interval", Field::SalaryPeriod),
    ("salary_unit", Field::SalaryPeriod),
    ("interval", Field::SalaryPeriod),
    ("posted_date", Field::Posted),
    ("date_posted", Field::Posted),
    ("posted", Field::Posted),
    ("posted_at", Field::Posted),
    ("posted_on", Field::Posted),
    ("publication_date", Field::Posted),
    ("published", Field::Posted),
    ("created_at", Field::Posted),
    ("date", Field::Posted),
    ("valid_through", Field::ValidThrough),
    ("expires", Field::ValidThrough),
    ("expiry_date", Field::ValidThrough),
    ("closing_date", Field::ValidThrough),
    ("deadline", Field::ValidThrough),
    ("job_url", Field::Url),
    ("url", Field::Url),
    ("link", Field::Url),
    ("job_link", Field::Url),
    ("apply_url", Field::Url),
    ("application_url", Field::Url),
    ("platform", Field::Platform),
    ("source", Field::Platform),
    ("site", Field::Platform),
    ("board", Field::Platform),
    ("skills", Field::Skills),
    ("skill", Field::Skills),
    ("tags", Field::Skills),
    ("keywords", Field::Skills),
    ("experience", Field::Experience),
    ("experience_required", Field::Experience),
    ("experience_requirements", Field::Experience),
    ("years_experience", Field::Experience),
    ("years_of_experience", Field::Experience),
    ("experience_level", Field::Experience),
    ("seniority", Field::Experience),
    ("work_mode", Field::WorkMode),
    ("remote", Field::WorkMode),
    ("is_remote", Field::WorkMode),
    ("workplace_type", Field::WorkMode),
    ("remote_type", Field::WorkMode),
    ("job_location_type", Field::WorkMode),
];

/// The field a CSV column or JSON key names, if any: `Job Title`, `job-title` and `JOB_TITLE`
/// are all [`Field::Title`]; `jobLocationType` is `job_location_type`.
fn field_for_name(name: &str) -> Option<Field> {
    let mut normalized = String::with_capacity(name.len() + 4);
    let mut previous_lower = false;
    for c in name.trim().chars() {
        if c.is_alphanumeric() {
            // camelCase boundaries become underscores, as JSON keys often use them.
            if c.is_uppercase() && previous_lower {
                normalized.push('_');
            }
            normalized.extend(c.to_lowercase());
            previous_lower = c.is_lowercase() || c.is_ascii_digit();
        } else {
            if !normalized.is_empty() && !normalized.ends_with('_') {
                normalized.push('_');
            }
            previous_lower = false;
        }
    }
    let normalized = normalized.trim_matches('_');
    FIELD_NAMES
        .iter()
        .find(|(known, _)| *known == normalized)
        .map(|&(_, field)| field)
}

/// A posting's fields as the file wrote them, before parsing.
#[derive(Debug, Clone, Default, PartialEq)]
struct RawPosting {
    external_id: String,
    title: String,
    company: String,
    location: String,
    description: String,
    requirements: Vec<String>,
    salary: String,
    salary_min: Option<f64>,
    salary_max: Option<f64>,
    currency: String,
    salary_period: String,
    posted: String,
    valid_through: String,
    url: String,
    platform: String,
    skills: Vec<String>,
    experience: String,
    work_mode: String,
}

/// The text of a JSON value: strings as they are, numbers and booleans as written, arrays
/// one item per line, objects by their `name` (or `value`).
fn value_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        Value::Bool(flag) => flag.to_string(),
        Value::Array(items) => items
            .iter()
            .map(value_text)
            .filter(|item| !item.trim().is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Object(object) => ["name", "value", "text", "@value"]
            .iter()
            .find_map(|key| object.get(*key))
            .map(value_text)
            .unwrap_or_default(),
    }
}

/// A list from a JSON array, or from a string split on newlines, or on `;`, `|` or `,` when it
/// is one line. Bullets are dropped.
fn value_list(value: &Value, split_commas: bool) -> Vec<String> {
    let items: Vec<String> = match value {
        Value::Array(items) => items.iter().map(value_text).collect(),
        other => {
            let text = value_text(other);
            let text = if looks_like_html(&text) {
                html_to_text(&text)
            } else {
                text
            };
            if text.contains('\n') {
                text.lines().map(str::to_string).collect()
            } else if split_commas {
                text.split([';', '|', ',']).map(str::to_string).collect()
            } else {
                text.split([';', '|']).map(str::to_string).collect()
            }
        }
    };
    items
        .iter()
        .map(|item| {
            item.trim()
                .trim_start_matches(['•', '-', '*', '·', '▪'])
                .trim()
                .to_string()
        })
        .filter(|item| !item.is_empty())
        .collect()
}

/// A number from a JSON number or a string such as "85,000" or "85000.50".
fn value_number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(number) => number.as_f64(),
        Value::String(text) => text
            .trim()
            .trim_start_matches(['$', '€', '£'])
            .replace([',', '_', ' '], "")
            .parse()
            .ok(),
        _ => None,
    }
    .filter(|number: &f64| number.is_finite() && *number >= 0.0)
}

impl RawPosting {
    /// Sets `field` from a JSON value (CSV cells arrive as strings). Values that cannot mean
    /// anything for the field add a warning.
    fn set(&mut self, field: Field, name: &str, value: &Value, warnings: &mut Vec<String>) {
        let text = || value_text(value).trim().to_string();
        match field {
            Field::ExternalId => self.external_id = text(),
            Field::Title => self.title = text(),
            Field::Company => self.company = text(),
            Field::Location => self.location = value_list(value, false).join("; "),
            Field::Description => self.description = text(),
            Field::Requirements => self.requirements = value_list(value, false),
            Field::Salary => match value {
                Value::Object(object) => self.set_salary_object(object, warnings),
                Value::Number(_) => self.salary_min = value_number(value),
                _ => self.salary = text(),
            },
            Field::SalaryMin | Field::SalaryMax => {
                let number = value_number(value);
                if number.is_none() && !text().is_empty() {
                    warnings.push(format!("{name} {:?} is not a number; left empty", text()));
                }
                if field == Field::SalaryMin {
                    self.salary_min = number;
                } else {
                    self.salary_max = number;
                }
            }
            Field::Currency => self.currency = text(),
            Field::SalaryPeriod => self.salary_period = text(),
            Field::Posted => self.posted = text(),
            Field::ValidThrough => self.valid_through = text(),
            Field::Url => self.url = text(),
            Field::Platform => self.platform = text(),
            Field::Skills => self.skills = value_list(value, true),
            Field::Experience => self.experience = text(),
            Field::WorkMode => self.work_mode = text(),
        }
    }

    /// `{"min": 90000, "max": 120000, "currency": "USD", "period": "year"}` and the like.
    fn set_salary_object(
        &mut self,
        object: &serde_json::Map<String, Value>,
        warnings: &mut Vec<String>,
    ) {
        for (key, value) in object {
            let field = match key.to_ascii_lowercase().as_str() {
                "min" | "minimum" | "from" | "min_value" | "minvalue" => Field::SalaryMin,
                "max" | "maximum" | "to" | "max_value" | "maxvalue" => Field::SalaryMax,
                "period" | "unit" | "unittext" | "per" => Field::SalaryPeriod,
                "raw" | "text" => Field::Salary,
                "value" | "amount" => {
                    self.salary_min = value_number(value);
                    self.salary_max = self.salary_min;
                    continue;
                }
                other => match field_for_name(other) {
                    Some(field) => field,
                    None => continue,
                },
            };
            self.set(field, key, value, warnings);
        }
    }
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

/// Whether a JSON value is a schema.org object of type `JobPosting`.
fn is_job_posting_ld(value: &Value) -> bool {
    let type_is_posting = |value: &Value| {
        value.as_str().is_some_and(|name| {
            name == "JobPosting" || name.ends_with(":JobPosting") || name.ends_with("/JobPosting")
        })
    };
    match value.get("@type") {
        Some(Value::Array(types)) => types.iter().any(type_is_posting),
        Some(other) => type_is_posting(other),
        None => false,
    }
}

/// Keys under which JSON exports wrap their list of postings.
const WRAPPER_KEYS: &[&str] = &[
    "jobs",
    "postings",
    "job_postings",
    "results",
    "items",
    "data",
];

fn json_items(value: &Value) -> Result<Items, JobImportError> {
    let mut items = Items {
        format: JobFormat::Json,
        rows: Vec::new(),
        ignored_fields: Vec::new(),
    };
    let entries: Vec<&Value> = match value {
        Value::Array(entries) => entries.iter().collect(),
        Value::Object(object) => {
            if let Some(Value::Array(graph)) = object.get("@graph") {
                // A graph also holds the organization, the page and so on; only postings count.
                graph
                    .iter()
                    .filter(|entry| is_job_posting_ld(entry))
                    .collect()
            } else if let Some(list) = WRAPPER_KEYS
                .iter()
                .find_map(|key| object.get(*key).and_then(Value::as_array))
            {
                list.iter().collect()
            } else {
                vec![value]
            }
        }
        _ => Vec::new(),
    };
    if entries.is_empty() {
        return Err(JobImportError::NoPostings {
            detail: "expected an array of postings, {\"jobs\": [...]}, one posting, or schema.org JobPosting data"
                .to_string(),
        });
    }
    let mut ignored = Vec::new();
    for (idx, entry) in entries.into_iter().enumerate() {
        let position = SourcePosition::Item(idx + 1);
        let raw = if is_job_posting_ld(entry) {
            items.format = JobFormat::JsonLd;
            Ok((json_ld_posting(entry), Vec::new()))
        } else {
            plain_json_posting(entry, &mut ignored)
        };
        items.rows.push((position, raw));
    }
    ignored.sort_unstable();
    ignored.dedup();
    items.ignored_fields = ignored;
    Ok(items)
}

/// A posting from a plain JSON object; other values fail their item.
fn plain_json_posting(entry: &Value, ignored: &mut Vec<String>) -> RawRow {
    let Value::Object(object) = entry else {
        return Err(format!(
            "expected a posting object, found {}",
            json_kind(entry)
        ));
    };
    if let Some(other_type) = object.get("@type") {
        return Err(format!(
            "a schema.org {}, not a JobPosting",
            value_text(other_type)
        ));
    }
    let mut raw = RawPosting::default();
    let mut warnings = Vec::new();
    for (key, value) in object {
        match field_for_name(key) {
            Some(field) => raw.set(field, key, value, &mut warnings),
            None => ignored.push(key.clone()),
        }
    }
    Ok((raw, warnings))
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A posting from a schema.org `JobPosting` (<https://schema.org/JobPosting>).
fn json_ld_posting(entry: &Value) -> RawPosting {
    let get = |key: &str| entry.get(key).unwrap_or(&Value::Null);
    let mut raw = RawPosting {
        title: value_text(get("title")).trim().to_string(),
        company: value_text(get("hiringOrganization")).trim().to_string(),
        description: value_text(get("description")),
        posted: value_text(get("datePosted")),
        valid_through: value_text(get("validThrough")),
        url: value_text(get("url")),
        skills: value_list(get("skills"), true),
        requirements: value_list(get("qualifications"), false),
        ..RawPosting::default()
    };
    if raw.title.is_empty() {
        raw.title = value_text(get("name")).trim().to_string();
    }
    raw.external_id = match get("identifier") {
        Value::Object(identifier) => identifier.get("value").map(value_text).unwrap_or_default(),
        other => value_text(other),
    };
    let locations: Vec<String> = match get("jobLocation") {
        Value::Array(places) => places.iter().map(place_text).collect(),
        Value::Null => Vec::new(),
        place => vec![place_text(place)],
    };
    raw.location = locations
        .into_iter()
        .filter(|place| !place.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    if value_text(get("jobLocationType")).eq_ignore_ascii_case("TELECOMMUTE") {
        raw.work_mode = "remote".to_string();
        if raw.location.is_empty() {
            let allowed = value_text(get("applicantLocationRequirements"));
            raw.location = if allowed.is_empty() {
                "Remote".to_string()
            } else {
                format!("Remote ({})", allowed.replace('\n', ", "))
            };
        }
    }
    if let Value::Object(salary) = get("baseSalary") {
        raw.currency = salary.get("currency").map(value_text).unwrap_or_default();
        match salary.get("value") {
            Some(Value::Object(quantity)) => {
                let number = |key: &str| quantity.get(key).and_then(value_number);
                raw.salary_min = number("minValue").or_else(|| number("value"));
                raw.salary_max = number("maxValue").or_else(|| number("value"));
                raw.salary_period = quantity.get("unitText").map(value_text).unwrap_or_default();
            }
            Some(value) => {
                raw.salary_min = value_number(value);
                raw.salary_max = raw.salary_min;
            }
            None => {}
        }
    }
    let experience = get("experienceRequirements");
    raw.experience = experience
        .get("monthsOfExperience")
        .and_then(value_number)
        .map(|months| format!("{months} months"))
        .unwrap_or_else(|| value_text(experience));
    raw
}

/// "Portland, OR, US" from a schema.org `Place` with a `PostalAddress` (or address text).
fn place_text(place: &Value) -> String {
    let address = place.get("address").unwrap_or(place);
    match address {
        Value::Object(parts) => ["addressLocality", "addressRegion", "addressCountry"]
            .iter()
            .filter_map(|key| parts.get(*key))
            .map(value_text)
            .map(|part| part.trim().to_string())
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        other => value_text(other).trim().to_string(),
    }
}

/// The JSON-LD postings in an HTML page's `<script type="application/ld+json">` blocks.
fn html_items(html: &str) -> Result<Items, JobImportError> {
    let mut postings = Vec::new();
    let mut scanner = MarkupScanner::new(html);
    while let Some(event) = scanner.next() {
        if let MarkupEvent::Start {
            name,
            attributes,
            self_closing: false,
        } = event
            && name.eq_ignore_ascii_case("script")
        {
            let json = scanner.raw_text_until_end_of("script");
            let is_json_ld = attribute(attributes, "type")
                .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/ld+json"));
            // A block that is not valid JSON is the page's problem, not a posting.
            if is_json_ld && let Ok(value) = serde_json::from_str::<Value>(json.trim()) {
                collect_ld_postings(&value, &mut postings);
            }
        }
    }
    if postings.is_empty() {
        return Err(JobImportError::NoPostings {
            detail: "this HTML page has no schema.org JobPosting data".to_string(),
        });
    }
    Ok(Items {
        format: JobFormat::JsonLd,
        rows: postings
            .iter()
            .enumerate()
            .map(|(idx, posting)| {
                let raw = json_ld_posting(posting);
                (SourcePosition::Item(idx + 1), Ok((raw, Vec::new())))
            })
            .collect(),
        ignored_fields: Vec::new(),
    })
}

/// Every `JobPosting` in `value`, looking through arrays and `@graph`.
fn collect_ld_postings(value: &Value, postings: &mut Vec<Value>) {
    match value {
        Value::Array(entries) => entries
            .iter()
            .for_each(|entry| collect_ld_postings(entry, postings)),
        Value::Object(object) if is_job_posting_ld(value) => {
            postings.push(Value::Object(object.clone()))
        }
        Value::Object(object) => {
            if let Some(graph) = object.get("@graph") {
                collect_ld_postings(graph, postings);
            }
        }
        _ => {}
    }
}

/// Rows of a CSV file with a header row. RFC 4180 with the usual extensions: the delimiter is
/// whichever of `,`, `;` and tab the header uses most; a quoted field may hold delimiters,
/// newlines and doubled quotes; lines may end in `\r\n`.
fn csv_items(text: &str) -> Result<Items, JobImportError> {
    let delimiter = detect_delimiter(text);
    let records = csv_records(text, delimiter);
    let Some((header, rest)) = records.split_first() else {
        return Err(JobImportError::Empty);
    };
    let header = header
        .fields
        .as_ref()
        .map_err(|_| JobImportError::NoTitleColumn {
            columns: "a quoted header that never ends".to_string(),
        })?;
    let columns: Vec<Option<Field>> = header.iter().map(|name| field_for_name(name)).collect();
    if !columns.contains(&Some(Field::Title)) {
        return Err(JobImportError::NoTitleColumn {
            columns: header
                .iter()
                .map(|name| format!("{:?}", name.trim()))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let ignored_fields = header
        .iter()
        .zip(&columns)
        .filter(|(name, field)| field.is_none() && !name.trim().is_empty())
        .map(|(name, _)| name.trim().to_string())
        .collect();
    let rows = rest
        .iter()
        .filter(|record| {
            !record
                .fields
                .as_ref()
                .is_ok_and(|fields| fields.iter().all(|field| field.trim().is_empty()))
        })
        .map(|record| {
            let position = SourcePosition::Row(record.row);
            let raw = match &record.fields {
                Err(reason) => Err(reason.clone()),
                Ok(fields) if fields.len() > header.len() => Err(format!(
                    "{} fields but the header has {}; a comma in a value needs quotes around the value",
                    fields.len(),
                    header.len()
                )),
                Ok(fields) => {
                    let mut raw = RawPosting::default();
                    let mut warnings = Vec::new();
                    for ((field, name), cell) in columns.iter().zip(header).zip(fields) {
                        if let Some(field) = field {
                            raw.set(*field, name.trim(), &Value::String(cell.clone()), &mut warnings);
                        }
                    }
                    Ok((raw, warnings))
                }
            };
            (position, raw)
        })
        .collect();
    Ok(Items {
        format: JobFormat::Csv,
        rows,
        ignored_fields,
    })
}

/// The delimiter the first line uses most, outside quotes; `,` when it uses none.
fn detect_delimiter(text: &str) -> char {
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0)];
    let mut in_quotes = false;
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => break,
            _ if !in_quotes => {
                if let Some(count) = counts.iter_mut().find(|(delimiter, _)| *delimiter == c) {
                    count.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(delimiter, count)| (*count, *delimiter == ','))
        .map_or(',', |(delimiter, _)| *delimiter)
}

/// One CSV record and the spreadsheet row it is (the first record is row 1).
struct CsvRecord {
    row: usize,
    fields: Result<Vec<String>, String>,
}

fn csv_records(text: &str, delimiter: char) -> Vec<CsvRecord> {
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    let push_record = |fields: &mut Vec<String>, records: &mut Vec<CsvRecord>| {
        let row = records.len() + 1;
        records.push(CsvRecord {
            row,
            fields: Ok(std::mem::take(fields)),
        });
    };
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                in_quotes = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                fields.push(std::mem::take(&mut field));
                push_record(&mut fields, &mut records);
            }
            _ if c == delimiter => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    if in_quotes {
        let row = records.len() + 1;
        records.push(CsvRecord {
            row,
            fields: Err(
                "a quoted field starts here and never ends (a missing closing \")".to_string(),
            ),
        });
    } else if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        push_record(&mut fields, &mut records);
    }
    records
}

/// Builds a posting from its raw fields, or says why it cannot be one. Unreadable optional
/// fields are left empty with a warning. Also returns the posting's own closing date.
fn build_posting(
    raw: RawPosting,
    today: Date,
    warnings: &mut Vec<String>,
) -> Result<(JobPosting, Option<Date>), String> {
    let title = plain_text(&raw.title).replace('\n', " ");
    if title.trim().is_empty() {
        return Err("no title".to_string());
    }
    let mut job = JobPosting {
        title: title.trim().to_string(),
        company: plain_text(&raw.company),
        location: plain_text(&raw.location),
        description: plain_text(&raw.description),
        requirements: raw
            .requirements
            .iter()
            .map(|requirement| plain_text(requirement))
            .filter(|requirement| !requirement.is_empty())
            .collect(),
        skills: dedup_ignoring_case(raw.skills.iter().map(|skill| plain_text(skill))),
        platform: raw.platform.trim().to_lowercase(),
        external_id: raw.external_id.trim().to_string(),
        ..JobPosting::default()
    };
    if job.description.is_empty() && job.requirements.is_empty() {
        warnings.push("no description or requirements, so only the title can match".to_string());
    }
    job.url = web_link(&raw.url, warnings);
    if job.platform.is_empty() && !job.external_id.is_empty() {
        job.platform = link_host(&job.url).unwrap_or_default();
    }
    job.salary = salary(&raw, warnings);
    if !raw.experience.trim().is_empty() {
        job.experience = parse_experience(&raw.experience);
    }
    job.work_mode = work_mode(&raw.work_mode);
    if !raw.posted.trim().is_empty() {
        job.posted = parse_posted_date(&raw.posted, today);
        if job.posted.is_none() {
            warnings.push(format!(
                "posted date {:?} is not a date up to today; left empty",
                raw.posted.trim()
            ));
        }
    }
    let valid_through = if raw.valid_through.trim().is_empty() {
        None
    } else {
        let date = parse_date(&raw.valid_through);
        if date.is_none() {
            warnings.push(format!(
                "closing date {:?} is not a date; left empty",
                raw.valid_through.trim()
            ));
        }
        date
    };
    enrich_job(&mut job);
    Ok((job, valid_through))
}

/// Text with any HTML converted, line endings normalized and ends trimmed.
fn plain_text(text: &str) -> String {
    let text = if looks_like_html(text) {
        html_to_text(text)
    } else {
        text.replace("\r\n", "\n").replace('\r', "\n")
    };
    text.trim().to_string()
}

fn dedup_ignoring_case(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut unique: Vec<String> = Vec::new();
    for item in items {
        if !item.is_empty() && !unique.iter().any(|known| known.eq_ignore_ascii_case(&item)) {
            unique.push(item);
        }
    }
    unique
}

/// The link if it is an `http`/`https` address; anything else (`javascript:`, `data:`) is
/// dropped with a warning, since the page renders links.
fn web_link(url: &str, warnings: &mut Vec<String>) -> String {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if url.is_empty() || lower.starts_with("https://") || lower.starts_with("http://") {
        return url.to_string();
    }
    warnings.push(format!("link {url:?} is not a web address; left empty"));
    String::new()
}

/// "boards.example.com" from "https://boards.example.com/jobs/1".
fn link_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_lowercase())
}

/// The salary from its text, or from separate figures, currency and period.
fn salary(raw: &RawPosting, warnings: &mut Vec<String>) -> Option<crate::domain::Salary> {
    if !raw.salary.trim().is_empty() {
        // "Competitive" or "DOE" name no pay; that is what they mean, not an error.
        if let Some(salary) = parse_salary(&raw.salary) {
            return Some(salary);
        }
    }
    let (min, max) = match (raw.salary_min, raw.salary_max) {
        (None, None) => return None,
        (Some(min), None) => (min, min),
        (None, Some(max)) => (max, max),
        (Some(min), Some(max)) => (min.min(max), min.max(max)),
    };
    // Written out as a pay text so the salary parser's currency, period and annualizing rules
    // apply unchanged.
    let period = match raw.salary_period.trim().to_ascii_lowercase().as_str() {
        "" => String::new(),
        period => format!(
            " per {}",
            period.trim_end_matches("ly").trim_start_matches("per ")
        ),
    };
    let currency = raw.currency.trim();
    let text = if min == max {
        format!("{currency} {min}{period}")
    } else {
        format!("{currency} {min} - {max}{period}")
    };
    let salary = parse_salary(text.trim());
    if salary.is_none() {
        warnings.push(format!(
            "salary {:?} could not be read; left empty",
            text.trim()
        ));
    }
    salary
}

/// The work mode a field states: schema.org's `TELECOMMUTE`, a boolean "remote" column, or
/// words such as "Hybrid".
fn work_mode(text: &str) -> WorkMode {
    match text.trim().to_ascii_lowercase().as_str() {
        "telecommute" | "true" | "yes" | "1" => WorkMode::Remote,
        "false" | "no" | "0" | "" => WorkMode::Unknown,
        "onsite" | "on_site" | "office" | "in_office" => WorkMode::Onsite,
        other => detect_work_mode(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PayPeriod;

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
