//! Building a [`JobPosting`] from a row's raw fields: plain text from HTML, web links only,
//! pay, work mode and dates.

use super::*;

/// Builds a posting from its raw fields, or says why it cannot be one. Unreadable optional
/// fields are left empty with a warning. Also returns the posting's own closing date.
pub(super) fn build_posting(
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
    job.apply_url = web_link(&raw.apply_url, warnings);
    if job.platform.is_empty() && !job.external_id.is_empty() {
        // A file with only where to apply names the board by that link, as it did when the
        // apply link was read as the posting's own.
        let link = if job.url.is_empty() {
            &job.apply_url
        } else {
            &job.url
        };
        job.platform = link_host(link).unwrap_or_default();
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
pub(super) fn plain_text(text: &str) -> String {
    let text = if looks_like_html(text) {
        html_to_text(text)
    } else {
        text.replace("\r\n", "\n").replace('\r', "\n")
    };
    text.trim().to_string()
}

pub(super) fn dedup_ignoring_case(items: impl Iterator<Item = String>) -> Vec<String> {
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
pub(super) fn web_link(url: &str, warnings: &mut Vec<String>) -> String {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if url.is_empty() || lower.starts_with("https://") || lower.starts_with("http://") {
        return url.to_string();
    }
    warnings.push(format!("link {url:?} is not a web address; left empty"));
    String::new()
}

/// "boards.example.com" from "https://boards.example.com/jobs/1".
pub(super) fn link_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_lowercase())
}

/// The salary from its text, or from separate figures, currency and period.
pub(super) fn salary(
    raw: &RawPosting,
    warnings: &mut Vec<String>,
) -> Option<candor_core::domain::Salary> {
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
pub(super) fn work_mode(text: &str) -> WorkMode {
    match text.trim().to_ascii_lowercase().as_str() {
        "telecommute" | "true" | "yes" | "1" => WorkMode::Remote,
        "false" | "no" | "0" | "" => WorkMode::Unknown,
        "onsite" | "on_site" | "office" | "in_office" => WorkMode::Onsite,
        other => detect_work_mode(other),
    }
}
