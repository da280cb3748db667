//! JSON Resume (<https://jsonresume.org/schema>) laid out as a plain-text resume that
//! [`candor_core::parse::resume`] reads: known section headings, one "Title | Organization | Mon YYYY
//! – Mon YYYY" line per job, bullet highlights, and "Category: skill, skill" skill lines.

use serde::Deserialize;

/// The parts of the schema a match uses. Unknown fields are ignored and every field defaults,
/// so partial documents still read.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct JsonResume {
    basics: Basics,
    work: Vec<Entry>,
    volunteer: Vec<Entry>,
    education: Vec<Education>,
    projects: Vec<Entry>,
    skills: Vec<Skill>,
    certificates: Vec<Certificate>,
    languages: Vec<Language>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Basics {
    name: String,
    label: String,
    email: String,
    phone: String,
    url: String,
    summary: String,
    location: Location,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Location {
    city: String,
    region: String,
    #[serde(rename = "countryCode")]
    country_code: String,
}

/// A job, volunteer role or project: the schema names the same ideas differently in each.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Entry {
    #[serde(alias = "organization")]
    name: String,
    #[serde(alias = "roles")]
    position: StringOrList,
    #[serde(rename = "startDate")]
    start_date: String,
    #[serde(rename = "endDate")]
    end_date: String,
    #[serde(alias = "description")]
    summary: String,
    highlights: Vec<String>,
    keywords: Vec<String>,
}

/// `position` is a string for jobs; `roles` is a list for projects.
#[derive(Debug, Default, Deserialize)]
#[serde(untagged)]
enum StringOrList {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl StringOrList {
    fn joined(&self) -> String {
        match self {
            StringOrList::None => String::new(),
            StringOrList::One(text) => text.clone(),
            StringOrList::Many(items) => items.join(", "),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Education {
    institution: String,
    area: String,
    #[serde(rename = "studyType")]
    study_type: String,
    #[serde(rename = "startDate")]
    start_date: String,
    #[serde(rename = "endDate")]
    end_date: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Skill {
    name: String,
    keywords: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Certificate {
    name: String,
    issuer: String,
    date: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Language {
    language: String,
    fluency: String,
}

/// Whether a parsed JSON value is shaped like a JSON Resume rather than some other JSON.
pub(crate) fn is_json_resume(value: &serde_json::Value) -> bool {
    value.as_object().is_some_and(|object| {
        object
            .get("basics")
            .is_some_and(serde_json::Value::is_object)
            || object.get("work").is_some_and(serde_json::Value::is_array)
    })
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "2019-03-01" or "2019-03" as "Mar 2019", "2019" as is; anything else as written, since the
/// schema says ISO 8601 but people write what they like.
fn display_date(date: &str) -> String {
    let date = date.trim();
    let mut parts = date.split('-');
    let year = parts
        .next()
        .filter(|year| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()));
    let month = parts
        .next()
        .and_then(|month| month.parse::<usize>().ok())
        .filter(|month| (1..=12).contains(month));
    match (year, month) {
        (Some(year), Some(month)) => format!("{} {year}", MONTHS[month - 1]),
        _ => date.to_string(),
    }
}

/// "Mar 2019 – Present", "2016 – 2019", or empty without a start.
fn date_range(start: &str, end: &str) -> String {
    if start.trim().is_empty() {
        return display_date(end);
    }
    let end = if end.trim().is_empty() {
        "Present".to_string()
    } else {
        display_date(end)
    };
    format!("{} – {end}", display_date(start))
}

/// Joins the non-empty parts with `separator`.
fn join_present(parts: &[&str], separator: &str) -> String {
    parts
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

/// Appends a heading and its lines, unless there are none.
fn push_section(text: &mut String, heading: &str, lines: &[String]) {
    if lines.iter().all(|line| line.trim().is_empty()) {
        return;
    }
    text.push_str("\n\n");
    text.push_str(heading);
    text.push('\n');
    text.push_str(lines.join("\n").trim_matches('\n'));
}

/// Lines for jobs, volunteering or projects: a label line with dates, the summary, then one
/// bullet per highlight; a blank line between entries.
fn entry_lines(entries: &[Entry]) -> Vec<String> {
    let mut lines = Vec::new();
    for entry in entries {
        let position = entry.position.joined();
        lines.push(join_present(
            &[
                &position,
                &entry.name,
                &date_range(&entry.start_date, &entry.end_date),
            ],
            " | ",
        ));
        if !entry.summary.trim().is_empty() {
            lines.push(entry.summary.trim().to_string());
        }
        lines.extend(
            entry
                .highlights
                .iter()
                .map(|highlight| format!("• {}", highlight.trim())),
        );
        if !entry.keywords.is_empty() {
            lines.push(format!("Technologies: {}", entry.keywords.join(", ")));
        }
        lines.push(String::new());
    }
    lines
}

/// Lays out `resume` as plain text for the resume parser.
pub(crate) fn json_resume_text(resume: &JsonResume) -> String {
    let basics = &resume.basics;
    let location = join_present(
        &[
            &basics.location.city,
            &basics.location.region,
            &basics.location.country_code,
        ],
        ", ",
    );
    let mut text = join_present(&[&basics.name, &basics.label], "\n");
    let contact = join_present(
        &[&location, &basics.email, &basics.phone, &basics.url],
        " · ",
    );
    if !contact.is_empty() {
        text.push('\n');
        text.push_str(&contact);
    }
    push_section(&mut text, "Summary", &[basics.summary.trim().to_string()]);
    push_section(&mut text, "Experience", &entry_lines(&resume.work));
    push_section(&mut text, "Projects", &entry_lines(&resume.projects));
    push_section(&mut text, "Volunteering", &entry_lines(&resume.volunteer));
    let education: Vec<String> = resume
        .education
        .iter()
        .map(|school| {
            let degree = join_present(&[&school.study_type, &school.area], " ");
            join_present(
                &[
                    &degree,
                    &school.institution,
                    &date_range(&school.start_date, &school.end_date),
                ],
                " | ",
            )
        })
        .collect();
    push_section(&mut text, "Education", &education);
    let skills: Vec<String> = resume
        .skills
        .iter()
        .map(|skill| match skill.keywords.as_slice() {
            [] => skill.name.trim().to_string(),
            keywords if skill.name.trim().is_empty() => keywords.join(", "),
            keywords => format!("{}: {}", skill.name.trim(), keywords.join(", ")),
        })
        .collect();
    push_section(&mut text, "Skills", &skills);
    let certificates: Vec<String> = resume
        .certificates
        .iter()
        .map(|certificate| {
            join_present(
                &[
                    &certificate.name,
                    &certificate.issuer,
                    &display_date(&certificate.date),
                ],
                " | ",
            )
        })
        .collect();
    push_section(&mut text, "Certifications", &certificates);
    let languages: Vec<String> = resume
        .languages
        .iter()
        .map(|language| join_present(&[&language.language, &language.fluency], " – "))
        .collect();
    push_section(&mut text, "Languages", &languages);
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_display_as_month_and_year() {
        assert_eq!(display_date("2019-03-01"), "Mar 2019");
        assert_eq!(display_date("2019-11"), "Nov 2019");
        assert_eq!(display_date("2019"), "2019");
        assert_eq!(display_date("summer 2019"), "summer 2019");
        assert_eq!(date_range("2019-03", ""), "Mar 2019 – Present");
        assert_eq!(date_range("", ""), "");
    }

    #[test]
    fn a_minimal_resume_lays_out_as_sections() {
        let resume: JsonResume = serde_json::from_str(
            r#"{"basics": {"name": "Zoë Brontë", "label": "Data Scientist",
                "location": {"city": "Lyon", "countryCode": "FR"}},
                "work": [{"name": "Maison Étoile", "position": "Lead Data Scientist",
                          "startDate": "2022-09-01", "highlights": ["Led forecasting"]}],
                "skills": [{"name": "Machine learning", "keywords": ["PyTorch", "Spark"]},
                           {"name": "SQL"}]}"#,
        )
        .unwrap();
        assert_eq!(
            json_resume_text(&resume),
            "Zoë Brontë\nData Scientist\nLyon, FR\n\nExperience\n\
             Lead Data Scientist | Maison Étoile | Sep 2022 – Present\n• Led forecasting\n\n\
             Skills\nMachine learning: PyTorch, Spark\nSQL"
        );
    }
}
