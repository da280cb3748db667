//! JSON files (an array, one object, `{"jobs": [...]}`) and schema.org `JobPosting` JSON-LD,
//! alone or in the `<script type="application/ld+json">` blocks of a saved HTML page.

use super::*;

/// Whether a JSON value is a schema.org object of type `JobPosting`.
pub(super) fn is_job_posting_ld(value: &Value) -> bool {
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
pub(super) const WRAPPER_KEYS: &[&str] = &[
    "jobs",
    "postings",
    "job_postings",
    "results",
    "items",
    "data",
];

pub(super) fn json_items(value: &Value) -> Result<Items, JobImportError> {
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
pub(super) fn plain_json_posting(entry: &Value, ignored: &mut Vec<String>) -> RawRow {
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

pub(super) fn json_kind(value: &Value) -> &'static str {
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
pub(super) fn json_ld_posting(entry: &Value) -> RawPosting {
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
pub(super) fn place_text(place: &Value) -> String {
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
pub(super) fn html_items(html: &str) -> Result<Items, JobImportError> {
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
pub(super) fn collect_ld_postings(value: &Value, postings: &mut Vec<Value>) {
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
