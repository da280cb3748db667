//! The job, candidate and match types every layer shares: the worker ranks them, the page shows
//! them and the CLI prints them.
//!
//! These are plain data with serde. Turning free text into them (salary strings, "5+ years",
//! "Remote (US)", resumes) lives in [`crate::parse`].

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One job posting as imported or bundled. Only `id`, `title` and `description` are required;
/// every other field defaults (empty, `None` or `Unknown`), so older JSON keeps parsing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct JobPosting {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub company: String,
    /// The location as the source wrote it, such as `Portland, OR` or `Remote (EU)`; see
    /// [`crate::parse::location`] for its structured form.
    #[serde(default)]
    pub location: String,
    pub description: String,
    /// Requirement bullet points, one per entry, as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<String>,
    /// The advertised pay, when the posting names any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary: Option<Salary>,
    /// The experience the posting asks for, when it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experience: Option<ExperienceRequirement>,
    /// Skills the posting names, as written (not normalized).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<String>,
    #[serde(default)]
    pub work_mode: WorkMode,
    /// The day the posting went up, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posted: Option<Date>,
    /// Where the posting came from, such as `linkedin` or `greenhouse`; empty for bundled jobs.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub platform: String,
    /// The posting's id on `platform`, for de-duplicating re-imports.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub external_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Where to apply, when the posting names a page of its own for it (http or https only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub apply_url: String,
    #[serde(default)]
    pub status: JobStatus,
}

impl JobPosting {
    /// The text a model embeds for this job: title, company and description, one per line.
    pub fn embedding_text(&self) -> String {
        let mut text = String::with_capacity(
            self.title.len() + self.company.len() + self.description.len() + 2,
        );
        text.push_str(&self.title);
        if !self.company.is_empty() {
            text.push('\n');
            text.push_str(&self.company);
        }
        text.push('\n');
        text.push_str(&self.description);
        text
    }
}

/// A pay range as advertised and annualized.
///
/// `min` and `max` are in `currency` per `period`; an open end ("up to 120k", "from $90,000") is
/// `None`, a single figure sets both. `annual_min`/`annual_max` are the same figures times
/// [`PayPeriod::per_year`]. Invariant: `min <= max` when both are present.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Salary {
    /// The text the figures were read from, as written.
    pub raw: String,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// ISO 4217 code such as `USD`; `None` when the text names no currency.
    pub currency: Option<String>,
    pub period: PayPeriod,
    pub annual_min: Option<f64>,
    pub annual_max: Option<f64>,
}

/// The unit of time a pay figure is quoted per.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PayPeriod {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl PayPeriod {
    /// How many of this period make a working year: 2080 hours (40 h × 52 weeks), 260 days
    /// (5 × 52), 52 weeks, 12 months, 1 year. Unpaid leave and overtime are ignored.
    pub fn per_year(self) -> f64 {
        match self {
            PayPeriod::Hour => 2080.0,
            PayPeriod::Day => 260.0,
            PayPeriod::Week => 52.0,
            PayPeriod::Month => 12.0,
            PayPeriod::Year => 1.0,
        }
    }
}

/// Career level, ordered from least to most senior.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Seniority {
    Intern,
    Entry,
    Junior,
    Mid,
    Senior,
    Lead,
    Staff,
    Principal,
    Director,
    Executive,
}

impl Seniority {
    /// The career stage a level belongs to: 0 starting out (intern, entry), 1 early career
    /// (junior, mid), 2 experienced (senior and the individual-contributor ladder above it),
    /// 3 leading an organisation (director, executive). Titles within a stage are used loosely
    /// ("Senior Analyst" after three years, "Associate" for a junior role), so only stages are
    /// compared.
    pub fn stage(self) -> u8 {
        match self {
            Seniority::Intern | Seniority::Entry => 0,
            Seniority::Junior | Seniority::Mid => 1,
            Seniority::Senior | Seniority::Lead | Seniority::Staff | Seniority::Principal => 2,
            Seniority::Director | Seniority::Executive => 3,
        }
    }
}

/// The experience a posting asks for. Years are minimums unless a range is given: "3 years"
/// is `min_years: Some(3.0), max_years: None`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExperienceRequirement {
    /// The phrase the requirement was read from, such as `5+ yrs` or `Senior`.
    pub raw: String,
    pub min_years: Option<f32>,
    pub max_years: Option<f32>,
    /// The level the text names, if any ("senior", "entry level").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seniority: Option<Seniority>,
}

/// Where the work happens. `Unknown` when the posting does not say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkMode {
    Remote,
    Hybrid,
    Onsite,
    #[default]
    Unknown,
}

/// A posting's lifecycle. Postings are `Open` until they expire (see
/// [`crate::parse::date::is_expired`]) or the source closes them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    #[default]
    Open,
    Expired,
    Closed,
}

/// Which work modes a candidate will take.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemotePreference {
    /// Any mode, including postings that do not say.
    #[default]
    Any,
    RemoteOnly,
    RemoteOrHybrid,
    OnsiteOrHybrid,
    OnsiteOnly,
}

impl RemotePreference {
    /// Whether a posting with `work_mode` fits this preference. A posting that does not say
    /// (`Unknown`) fits every preference, since ruling it out would hide most imported jobs.
    pub fn accepts(self, work_mode: WorkMode) -> bool {
        use WorkMode::{Onsite, Remote, Unknown};
        match (self, work_mode) {
            (_, Unknown) | (RemotePreference::Any, _) => true,
            (RemotePreference::RemoteOnly, mode) => mode == Remote,
            (RemotePreference::RemoteOrHybrid, mode) => mode != Onsite,
            (RemotePreference::OnsiteOrHybrid, mode) => mode != Remote,
            (RemotePreference::OnsiteOnly, mode) => mode == Onsite,
        }
    }
}

/// The person being matched: their resume and what they want. Every field defaults, so a page
/// can start from the resume alone.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Candidate {
    pub resume_text: String,
    pub skills: Vec<String>,
    /// Years of work experience with overlapping jobs counted once.
    pub total_years: Option<f32>,
    pub current_title: Option<String>,
    pub expected_salary: Option<Salary>,
    /// Where the candidate lives, as written (`Austin, TX`).
    pub location: String,
    /// Places the candidate would work, as written; empty means only `location`.
    pub preferred_locations: Vec<String>,
    /// Job titles the candidate wants, as written.
    pub preferred_roles: Vec<String>,
    pub remote_preference: RemotePreference,
    /// Whether the person will move for a job.
    pub relocation: Relocation,
    /// Countries the person may work in, as ISO 3166-1 alpha-2 codes, plus `EU` for the whole
    /// union; empty when the resume does not say.
    pub work_authorization: Vec<String>,
    /// True when the person needs visa sponsorship to take a job abroad.
    pub needs_sponsorship: bool,
    /// True when the resume asks for a permanent role only ("permanent positions only",
    /// "not available for contract work").
    #[serde(default)]
    pub permanent_only: bool,
}

/// Whether a candidate will move for a job.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relocation {
    /// The resume does not say.
    #[default]
    Unstated,
    /// "Open to relocation", "willing to relocate to …".
    Open,
    /// "Will not relocate", "not relocating".
    Closed,
}

/// A calendar day in the proleptic Gregorian calendar, serialized as `YYYY-MM-DD`.
///
/// Invariant: always a real day (no February 30), with a year in 1..=9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Parses a strict `YYYY-MM-DD` date, the serialized form of this type; `None` for anything
    /// else, including impossible days such as `2026-02-30`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        let well_formed = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(idx, byte)| idx == 4 || idx == 7 || byte.is_ascii_digit());
        if !well_formed {
            return None;
        }
        Date::new(
            text[0..4].parse().ok()?,
            text[5..7].parse().ok()?,
            text[8..10].parse().ok()?,
        )
    }

    /// The day `year-month-day`, or `None` when no such day exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 for January.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before it).
    ///
    /// Howard Hinnant's `days_from_civil`,
    /// <https://howardhinnant.github.io/date_algorithms.html#days_from_civil>.
    /// The UTC day of a Unix timestamp in milliseconds (as `Date.now()` gives in a browser).
    pub fn from_unix_millis(millis: f64) -> Option<Date> {
        Date::from_days_since_epoch((millis / 86_400_000.0).floor() as i64)
    }

    pub fn days_since_epoch(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The day `days` after 1970-01-01, or `None` outside years 1..=9999.
    ///
    /// Howard Hinnant's `civil_from_days`, the inverse of [`Date::days_since_epoch`].
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let days = days + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month as u32, day as u32)
    }

    /// This day moved by `days` (negative moves back); `None` outside years 1..=9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// This day moved by `months`, with the day clamped to the target month's length
    /// (March 31 minus one month is February 28 or 29).
    pub fn add_months(self, months: i64) -> Option<Date> {
        let month_index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        let year = i32::try_from(month_index.div_euclid(12)).ok()?;
        let month = month_index.rem_euclid(12) as u32 + 1;
        if !(1..=9999).contains(&year) {
            return None;
        }
        Date::new(year, month, self.day().min(days_in_month(year, month)))
    }

    /// Whole days from `earlier` to `self`; negative when `earlier` is later.
    pub fn days_since(self, earlier: Date) -> i64 {
        self.days_since_epoch() - earlier.days_since_epoch()
    }
}

/// Whether `year` has a February 29.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` (1-12) of `year`; 0 for a month outside 1-12.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse_iso(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a YYYY-MM-DD date, got {text:?}"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> Date {
        Date::new(year, month, day).unwrap()
    }

    #[test]
    fn dates_exist_only_when_the_calendar_has_them() {
        assert!(Date::new(2028, 2, 29).is_some(), "2028 is a leap year");
        assert!(Date::new(2026, 2, 29).is_none());
        assert!(
            Date::new(1900, 2, 29).is_none(),
            "centuries are not leap years"
        );
        assert!(Date::new(2000, 2, 29).is_some(), "unless divisible by 400");
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 0, 1).is_none());
        assert!(Date::new(0, 1, 1).is_none());
        assert_eq!(days_in_month(2026, 13), 0);
    }

    #[test]
    fn day_numbers_match_hand_counts() {
        assert_eq!(date(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(date(1969, 12, 31).days_since_epoch(), -1);
        // 30 years of 365 days plus the 7 leap days 1972..=1996, plus January and February
        // 2000 (31 + 29).
        assert_eq!(date(2000, 3, 1).days_since_epoch(), 30 * 365 + 7 + 60);
        assert_eq!(Date::from_days_since_epoch(0), Some(date(1970, 1, 1)));
        for days in (-700_000..800_000).step_by(997) {
            let day = Date::from_days_since_epoch(days).unwrap();
            assert_eq!(day.days_since_epoch(), days);
        }
    }

    #[test]
    fn date_arithmetic() {
        assert_eq!(date(2026, 12, 30).add_days(3), Some(date(2027, 1, 2)));
        assert_eq!(date(2028, 3, 1).add_days(-1), Some(date(2028, 2, 29)));
        assert_eq!(date(2026, 3, 31).add_months(-1), Some(date(2026, 2, 28)));
        assert_eq!(date(2026, 1, 15).add_months(-2), Some(date(2025, 11, 15)));
        assert_eq!(date(2026, 11, 15).add_months(12), Some(date(2027, 11, 15)));
        assert_eq!(date(2026, 12, 1).days_since(date(2026, 11, 1)), 30);
        assert_eq!(date(1, 1, 1).add_days(-1), None);
        assert_eq!(date(2026, 11, 5).to_string(), "2026-11-05");
    }

    #[test]
    fn dates_serialize_as_iso_strings() {
        let json = serde_json::to_string(&date(2026, 11, 5)).unwrap();
        assert_eq!(json, "\"2026-11-05\"");
        assert_eq!(
            serde_json::from_str::<Date>(&json).unwrap(),
            date(2026, 11, 5)
        );
        let error = serde_json::from_str::<Date>("\"Nov 5, 2026\"").unwrap_err();
        assert!(
            error
                .to_string()
                .contains("expected a YYYY-MM-DD date, got \"Nov 5, 2026\"")
        );
    }

    #[test]
    fn old_job_json_parses_with_defaults() {
        let job: JobPosting = serde_json::from_str(
            r#"{"id": "a", "title": "Pastry Chef", "location": "Lyon, France", "description": "Bake."}"#,
        )
        .unwrap();
        assert_eq!(job.company, "");
        assert_eq!(job.salary, None);
        assert_eq!(job.work_mode, WorkMode::Unknown);
        assert_eq!(job.status, JobStatus::Open);
        assert!(job.requirements.is_empty() && job.skills.is_empty());
        // Empty optional fields stay out of the JSON, so old readers see what they wrote.
        let json = serde_json::to_value(&job).unwrap();
        let mut keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "company",
                "description",
                "id",
                "location",
                "status",
                "title",
                "work_mode"
            ]
        );
        assert_eq!(
            crate::samples::sample_jobs()[0].work_mode,
            WorkMode::Unknown
        );
    }

    #[test]
    fn full_job_json_round_trips() {
        let json = r#"{
            "id": "gh-123", "title": "Senior Backend Engineer", "company": "Ferrous",
            "location": "Remote (EU)", "description": "Rust services.",
            "requirements": ["5+ years of backend development"],
            "salary": {"raw": "€80k-€95k", "min": 80000.0, "max": 95000.0, "currency": "EUR",
                       "period": "year", "annual_min": 80000.0, "annual_max": 95000.0},
            "experience": {"raw": "5+ years", "min_years": 5.0, "max_years": null,
                           "seniority": "senior"},
            "skills": ["Rust", "PostgreSQL"], "work_mode": "remote", "posted": "2026-11-01",
            "platform": "greenhouse", "external_id": "123", "url": "https://example.com/123",
            "status": "expired"
        }"#;
        let job: JobPosting = serde_json::from_str(json).unwrap();
        assert_eq!(job.salary.as_ref().unwrap().period, PayPeriod::Year);
        assert_eq!(
            job.experience.as_ref().unwrap().seniority,
            Some(Seniority::Senior)
        );
        assert_eq!(job.work_mode, WorkMode::Remote);
        assert_eq!(job.posted, Some(date(2026, 11, 1)));
        assert_eq!(job.status, JobStatus::Expired);
        let round_trip: JobPosting =
            serde_json::from_str(&serde_json::to_string(&job).unwrap()).unwrap();
        assert_eq!(round_trip, job);
    }

    #[test]
    fn candidates_parse_from_partial_json() {
        let candidate: Candidate = serde_json::from_str(
            r#"{"resume_text": "Rust dev", "remote_preference": "remote_only"}"#,
        )
        .unwrap();
        assert_eq!(candidate.remote_preference, RemotePreference::RemoteOnly);
        assert_eq!(candidate.total_years, None);
        assert_eq!(
            serde_json::from_str::<Candidate>("{}").unwrap(),
            Candidate::default()
        );
    }

    #[test]
    fn pay_periods_per_year() {
        assert_eq!(PayPeriod::Hour.per_year(), 2080.0);
        assert_eq!(PayPeriod::Day.per_year(), 260.0);
        assert_eq!(PayPeriod::Week.per_year(), 52.0);
        assert_eq!(PayPeriod::Month.per_year(), 12.0);
        assert_eq!(PayPeriod::Year.per_year(), 1.0);
    }

    #[test]
    fn remote_preferences_accept_work_modes() {
        use RemotePreference::*;
        use WorkMode::{Hybrid, Onsite, Remote, Unknown};
        let cases = [
            (Any, [true, true, true, true]),
            (RemoteOnly, [true, false, false, true]),
            (RemoteOrHybrid, [true, true, false, true]),
            (OnsiteOrHybrid, [false, true, true, true]),
            (OnsiteOnly, [false, false, true, true]),
        ];
        for (preference, expected) in cases {
            let accepted = [Remote, Hybrid, Onsite, Unknown].map(|mode| preference.accepts(mode));
            assert_eq!(accepted, expected, "{preference:?}");
        }
    }
}
