//! Reading a posting's fields by name: the header-synonym table and the raw values of one
//! row, whatever the source format.

use super::*;

/// The fields a posting can have, whatever the file calls them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
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
    /// Where to apply, when it is not the posting's own page.
    ApplyUrl,
    Platform,
    Skills,
    Experience,
    WorkMode,
}

/// Normalized name → field. Names are lowercased with runs of other characters as `_`.
pub(super) const FIELD_NAMES: &[(&str, Field)] = &[
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
    ("apply_url", Field::ApplyUrl),
    ("application_url", Field::ApplyUrl),
    ("apply_link", Field::ApplyUrl),
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
pub(super) fn field_for_name(name: &str) -> Option<Field> {
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
pub(super) struct RawPosting {
    pub(super) external_id: String,
    pub(super) title: String,
    pub(super) company: String,
    pub(super) location: String,
    pub(super) description: String,
    pub(super) requirements: Vec<String>,
    pub(super) salary: String,
    pub(super) salary_min: Option<f64>,
    pub(super) salary_max: Option<f64>,
    pub(super) currency: String,
    pub(super) salary_period: String,
    pub(super) posted: String,
    pub(super) valid_through: String,
    pub(super) url: String,
    pub(super) apply_url: String,
    pub(super) platform: String,
    pub(super) skills: Vec<String>,
    pub(super) experience: String,
    pub(super) work_mode: String,
}

/// The text of a JSON value: strings as they are, numbers and booleans as written, arrays
/// one item per line, objects by their `name` (or `value`).
pub(super) fn value_text(value: &Value) -> String {
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
pub(super) fn value_list(value: &Value, split_commas: bool) -> Vec<String> {
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
pub(super) fn value_number(value: &Value) -> Option<f64> {
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
    pub(super) fn set(
        &mut self,
        field: Field,
        name: &str,
        value: &Value,
        warnings: &mut Vec<String>,
    ) {
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
            Field::ApplyUrl => self.apply_url = text(),
            Field::Platform => self.platform = text(),
            Field::Skills => self.skills = value_list(value, true),
            Field::Experience => self.experience = text(),
            Field::WorkMode => self.work_mode = text(),
        }
    }

    /// `{"min": 90000, "max": 120000, "currency": "USD", "period": "year"}` and the like.
    pub(super) fn set_salary_object(
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
