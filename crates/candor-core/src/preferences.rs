//! What the person tells Candor beyond the resume: a profile that overrides what the parser
//! read (years, expected salary, locations, remote preference, roles) and hard filters that
//! leave postings out of the ranking altogether (blocked companies, platforms, a salary floor,
//! remote only).
//!
//! The profile changes scores (through [`Candidate`]); the filters never do. A posting a filter
//! leaves out is not ranked at all, and [`JobFilters::split`] says why, so the page can list it
//! instead of making it silently disappear.

use serde::{Deserialize, Serialize};

use crate::domain::{Candidate, JobPosting, RemotePreference, WorkMode};
use crate::parse::salary::parse_salary;

/// The person's profile and filters. Every field defaults to "read it from the resume" or "no
/// preference", so an empty `Preferences` changes nothing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Years of experience; `None` keeps the years counted from the resume's dates.
    pub total_years: Option<f32>,
    /// Expected pay as written ("$140k", "95,000 EUR a year"); empty keeps none.
    pub expected_salary: String,
    /// Where the person lives, as written; empty keeps what the resume says.
    pub location: String,
    /// Other places the person would work.
    pub preferred_locations: Vec<String>,
    pub remote_preference: RemotePreference,
    /// Titles the person wants ("Backend Engineer").
    pub preferred_roles: Vec<String>,
    pub filters: JobFilters,
    /// Rank with the shipped weights only, not those fitted to the person's choices
    /// ([`crate::feedback`]): their "reset".
    pub shipped_weights_only: bool,
}

impl Preferences {
    /// Puts what the person said over what the parser read from the resume.
    pub fn apply_to(&self, candidate: &mut Candidate) {
        if let Some(years) = self
            .total_years
            .filter(|years| years.is_finite() && *years >= 0.0)
        {
            candidate.total_years = Some(years);
        }
        if let Some(salary) = parse_salary(&self.expected_salary) {
            candidate.expected_salary = Some(salary);
        }
        if !self.location.trim().is_empty() {
            candidate.location = self.location.trim().to_owned();
        }
        let non_empty = |items: &[String]| -> Vec<String> {
            items
                .iter()
                .map(|item| item.trim().to_owned())
                .filter(|item| !item.is_empty())
                .collect()
        };
        let locations = non_empty(&self.preferred_locations);
        if !locations.is_empty() {
            candidate.preferred_locations = locations;
        }
        let roles = non_empty(&self.preferred_roles);
        if !roles.is_empty() {
            candidate.preferred_roles = roles;
        }
        if self.remote_preference != RemotePreference::Any {
            candidate.remote_preference = self.remote_preference;
        }
    }
}

/// Hard filters: a posting that fails one is not ranked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct JobFilters {
    /// Companies never to show, as written; compared without case and legal suffixes, so
    /// "Acme" blocks "ACME Inc." too.
    pub blocked_companies: Vec<String>,
    /// Only postings from these platforms (the import's `platform` field); empty means all.
    pub platforms: Vec<String>,
    /// The lowest pay worth seeing, as written ("$120k"). A posting whose best advertised
    /// annual pay is below it is left out; postings that name no pay, or pay in another
    /// currency, stay (there is nothing to compare).
    pub salary_floor: String,
    /// Only postings that say they are remote. Postings that do not say are left out too:
    /// the person asked to see remote work only.
    pub remote_only: bool,
}

/// Why a filter left a posting out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "filter", rename_all = "snake_case")]
pub enum LeftOutReason {
    BlockedCompany { company: String },
    Platform { platform: String },
    BelowSalaryFloor { best_annual: f64, floor_annual: f64 },
    NotRemote { work_mode: WorkMode },
}

impl LeftOutReason {
    /// The reason in words, for the page.
    pub fn describe(&self) -> String {
        match self {
            LeftOutReason::BlockedCompany { company } => format!("{company} is blocked"),
            LeftOutReason::Platform { platform } if platform.is_empty() => {
                "its platform is not known, and you chose platforms".to_owned()
            }
            LeftOutReason::Platform { platform } => {
                format!("{platform} is not one of the platforms you chose")
            }
            LeftOutReason::BelowSalaryFloor {
                best_annual,
                floor_annual,
            } => format!(
                "pays at most {} a year, below your floor of {}",
                thousands(*best_annual),
                thousands(*floor_annual)
            ),
            LeftOutReason::NotRemote { work_mode } => match work_mode {
                WorkMode::Unknown => "it does not say it is remote".to_owned(),
                WorkMode::Hybrid => "it is hybrid, not remote".to_owned(),
                WorkMode::Onsite => "it is on-site, not remote".to_owned(),
                WorkMode::Remote => "it is remote".to_owned(),
            },
        }
    }
}

/// A posting a filter left out, named so the page can list it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeftOutJob {
    pub job_id: String,
    pub title: String,
    pub company: String,
    pub reason: LeftOutReason,
}

impl LeftOutJob {
    /// `job`, left out for `reason`.
    pub fn new(job: &JobPosting, reason: LeftOutReason) -> LeftOutJob {
        LeftOutJob {
            job_id: job.id.clone(),
            title: job.title.clone(),
            company: job.company.clone(),
            reason,
        }
    }
}

/// "140k" style figures: whole thousands, no currency (the floor's own currency is implied).
fn thousands(amount: f64) -> String {
    format!("{:.0}k", amount / 1000.0)
}

/// A company name reduced to what identifies it: lower case, punctuation dropped, and common
/// legal suffixes removed ("ACME, Inc." → "acme").
fn company_key(name: &str) -> String {
    const LEGAL_SUFFIXES: [&str; 10] = [
        "inc",
        "llc",
        "ltd",
        "limited",
        "gmbh",
        "corp",
        "corporation",
        "co",
        "plc",
        "sa",
    ];
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let keep = words
        .iter()
        .rposition(|word| !LEGAL_SUFFIXES.contains(&word.as_str()))
        .map_or(0, |last| last + 1);
    words[..keep].join(" ")
}

impl JobFilters {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        self == &JobFilters::default()
    }

    /// Why the first failing filter leaves `job` out, or `None` when it passes them all.
    /// `job` should be enriched (work mode and salary read from its text) first.
    pub fn reason_to_leave_out(&self, job: &JobPosting) -> Option<LeftOutReason> {
        let company = company_key(&job.company);
        if !company.is_empty()
            && self
                .blocked_companies
                .iter()
                .any(|blocked| company_key(blocked) == company)
        {
            return Some(LeftOutReason::BlockedCompany {
                company: job.company.clone(),
            });
        }
        let platforms: Vec<&str> = self
            .platforms
            .iter()
            .map(|platform| platform.trim())
            .filter(|platform| !platform.is_empty())
            .collect();
        if !platforms.is_empty()
            && !platforms
                .iter()
                .any(|platform| platform.eq_ignore_ascii_case(job.platform.trim()))
        {
            return Some(LeftOutReason::Platform {
                platform: job.platform.clone(),
            });
        }
        if let Some(reason) = self.salary_reason(job) {
            return Some(reason);
        }
        if self.remote_only && job.work_mode != WorkMode::Remote {
            return Some(LeftOutReason::NotRemote {
                work_mode: job.work_mode,
            });
        }
        None
    }

    fn salary_reason(&self, job: &JobPosting) -> Option<LeftOutReason> {
        let floor = parse_salary(&self.salary_floor)?;
        let floor_annual = floor.annual_min.or(floor.annual_max)?;
        let pay = job.salary.as_ref()?;
        let comparable = match (&floor.currency, &pay.currency) {
            (Some(wanted), Some(offered)) => wanted == offered,
            // One side names no currency: assume the person means the posting's.
            _ => true,
        };
        let best_annual = pay.annual_max.or(pay.annual_min)?;
        (comparable && best_annual < floor_annual).then_some(LeftOutReason::BelowSalaryFloor {
            best_annual,
            floor_annual,
        })
    }

    /// Splits `jobs` into those the filters keep (in order) and those they leave out.
    pub fn split(&self, jobs: Vec<JobPosting>) -> (Vec<JobPosting>, Vec<LeftOutJob>) {
        let (keep, left_out) = self.sort_out(&jobs);
        let kept = jobs
            .into_iter()
            .zip(keep)
            .filter_map(|(job, keep)| keep.then_some(job))
            .collect();
        (kept, left_out)
    }

    /// Whether the filters keep each of `jobs` (one flag per posting, in order), and why they
    /// leave out the others: [`JobFilters::split`] without moving the postings.
    pub fn sort_out<'a>(
        &self,
        jobs: impl IntoIterator<Item = &'a JobPosting>,
    ) -> (Vec<bool>, Vec<LeftOutJob>) {
        let mut left_out = Vec::new();
        let keep = jobs
            .into_iter()
            .map(|job| match self.reason_to_leave_out(job) {
                None => true,
                Some(reason) => {
                    left_out.push(LeftOutJob::new(job, reason));
                    false
                }
            })
            .collect();
        (keep, left_out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Salary;

    fn job(id: &str, company: &str) -> JobPosting {
        JobPosting {
            id: id.into(),
            title: "Backend Engineer".into(),
            company: company.into(),
            ..JobPosting::default()
        }
    }

    fn paying(mut job: JobPosting, text: &str) -> JobPosting {
        job.salary = parse_salary(text);
        job
    }

    #[test]
    fn empty_preferences_change_nothing() {
        let mut candidate = Candidate {
            total_years: Some(4.0),
            location: "Austin, TX".into(),
            ..Candidate::default()
        };
        let before = candidate.clone();
        Preferences::default().apply_to(&mut candidate);
        assert_eq!(candidate, before);
        assert!(JobFilters::default().is_empty());
    }

    #[test]
    fn the_profile_overrides_what_the_resume_said() {
        let mut candidate = Candidate {
            total_years: Some(4.0),
            location: "Austin, TX".into(),
            ..Candidate::default()
        };
        let preferences = Preferences {
            total_years: Some(7.5),
            expected_salary: "$140k".into(),
            location: " Berlin ".into(),
            preferred_locations: vec!["Lisbon".into(), " ".into()],
            remote_preference: RemotePreference::RemoteOnly,
            preferred_roles: vec!["Staff Engineer".into()],
            filters: JobFilters::default(),
            shipped_weights_only: false,
        };
        preferences.apply_to(&mut candidate);
        assert_eq!(candidate.total_years, Some(7.5));
        let salary: &Salary = candidate.expected_salary.as_ref().unwrap();
        assert_eq!(salary.annual_min, Some(140_000.0));
        assert_eq!(candidate.location, "Berlin");
        assert_eq!(candidate.preferred_locations, ["Lisbon"]);
        assert_eq!(candidate.preferred_roles, ["Staff Engineer"]);
        assert_eq!(candidate.remote_preference, RemotePreference::RemoteOnly);
    }

    #[test]
    fn nonsense_years_are_ignored() {
        let mut candidate = Candidate {
            total_years: Some(4.0),
            ..Candidate::default()
        };
        for years in [f32::NAN, -1.0] {
            Preferences {
                total_years: Some(years),
                ..Preferences::default()
            }
            .apply_to(&mut candidate);
        }
        assert_eq!(candidate.total_years, Some(4.0));
    }

    #[test]
    fn blocked_companies_match_without_case_or_legal_suffix() {
        let filters = JobFilters {
            blocked_companies: vec!["acme".into()],
            ..JobFilters::default()
        };
        for name in ["ACME, Inc.", "Acme LLC", "acme"] {
            assert_eq!(
                filters.reason_to_leave_out(&job("1", name)),
                Some(LeftOutReason::BlockedCompany {
                    company: name.into()
                }),
                "{name}"
            );
        }
        assert_eq!(
            filters.reason_to_leave_out(&job("2", "Acme Robotics")),
            None
        );
        assert_eq!(filters.reason_to_leave_out(&job("3", "")), None);
    }

    #[test]
    fn platforms_keep_only_the_chosen_ones() {
        let filters = JobFilters {
            platforms: vec!["LinkedIn".into(), " ".into()],
            ..JobFilters::default()
        };
        let mut linkedin = job("1", "A");
        linkedin.platform = "linkedin".into();
        let mut indeed = job("2", "B");
        indeed.platform = "Indeed".into();
        let unknown = job("3", "C");
        assert_eq!(filters.reason_to_leave_out(&linkedin), None);
        assert!(matches!(
            filters.reason_to_leave_out(&indeed),
            Some(LeftOutReason::Platform { .. })
        ));
        let reason = filters.reason_to_leave_out(&unknown).unwrap();
        assert_eq!(
            reason.describe(),
            "its platform is not known, and you chose platforms"
        );
    }

    #[test]
    fn the_salary_floor_compares_the_best_advertised_annual_pay() {
        let filters = JobFilters {
            salary_floor: "$120k".into(),
            ..JobFilters::default()
        };
        let low = paying(job("1", "A"), "$90,000 - $110,000");
        let reaching = paying(job("2", "B"), "$100,000 - $130,000");
        let hourly_low = paying(job("3", "C"), "$40/hour");
        let unstated = job("4", "D");
        let euros = paying(job("5", "E"), "€80,000");
        let reason = filters.reason_to_leave_out(&low).unwrap();
        assert_eq!(
            reason,
            LeftOutReason::BelowSalaryFloor {
                best_annual: 110_000.0,
                floor_annual: 120_000.0
            }
        );
        assert_eq!(
            reason.describe(),
            "pays at most 110k a year, below your floor of 120k"
        );
        assert_eq!(filters.reason_to_leave_out(&reaching), None);
        assert!(filters.reason_to_leave_out(&hourly_low).is_some());
        assert_eq!(filters.reason_to_leave_out(&unstated), None);
        assert_eq!(filters.reason_to_leave_out(&euros), None, "other currency");
        let unreadable = JobFilters {
            salary_floor: "lots".into(),
            ..JobFilters::default()
        };
        assert_eq!(unreadable.reason_to_leave_out(&low), None);
    }

    #[test]
    fn remote_only_leaves_out_everything_not_remote() {
        let filters = JobFilters {
            remote_only: true,
            ..JobFilters::default()
        };
        let mut remote = job("1", "A");
        remote.work_mode = WorkMode::Remote;
        assert_eq!(filters.reason_to_leave_out(&remote), None);
        for mode in [WorkMode::Hybrid, WorkMode::Onsite, WorkMode::Unknown] {
            let mut other = job("2", "B");
            other.work_mode = mode;
            assert_eq!(
                filters.reason_to_leave_out(&other),
                Some(LeftOutReason::NotRemote { work_mode: mode })
            );
        }
    }

    #[test]
    fn split_keeps_order_and_names_what_it_left_out() {
        let filters = JobFilters {
            blocked_companies: vec!["B".into()],
            ..JobFilters::default()
        };
        let (kept, left_out) = filters.split(vec![job("1", "A"), job("2", "B"), job("3", "C")]);
        let kept: Vec<&str> = kept.iter().map(|job| job.id.as_str()).collect();
        assert_eq!(kept, ["1", "3"]);
        assert_eq!(left_out.len(), 1);
        assert_eq!(left_out[0].job_id, "2");
        assert_eq!(left_out[0].reason.describe(), "B is blocked");
    }

    #[test]
    fn preferences_read_from_partial_json() {
        let preferences: Preferences =
            serde_json::from_str(r#"{"filters":{"remote_only":true}}"#).unwrap();
        assert!(preferences.filters.remote_only);
        assert_eq!(preferences.remote_preference, RemotePreference::Any);
    }
}
