//! The kinds of work whose postings are stuffed with other trades' keywords: a sales or a
//! recruiting role. "Account Executive – Data Platform (Spark, Airflow, dbt, Databricks)" or
//! "CDL Driver Recruiter – Class A / HAZMAT / Tanker" names a data engineer's or a driver's
//! skills, and BM25 and the skill signals rank it high for them, but the work is selling or
//! hiring. A posting's title says which it is; a resume that shows no such work is then capped
//! by a blocker ([`crate::hybrid::Blocker::DifferentWork`]).

use serde::{Deserialize, Serialize};

/// A kind of work a posting's title can name and a resume can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkFamily {
    /// Selling to businesses or consumers on a target: account executives, sales and
    /// business-development representatives.
    Sales,
    /// Finding and hiring people for others: recruiters, talent acquisition.
    Recruiting,
}

impl WorkFamily {
    pub const ALL: [WorkFamily; 2] = [WorkFamily::Sales, WorkFamily::Recruiting];

    /// The family a posting's title names, if any. A store's "Sales Associate" or "Sales
    /// Advisor" serves customers on a shop floor: no family, so retail resumes are not held to
    /// a sales record.
    pub fn of_title(title: &str) -> Option<WorkFamily> {
        let title = title.to_lowercase();
        WorkFamily::ALL.into_iter().find(|family| {
            family
                .title_phrases()
                .iter()
                .any(|phrase| has_phrase(&title, phrase))
        })
    }

    /// Whether `lowercase_resume` shows this kind of work: a title or phrase of it anywhere.
    pub fn shown_in(self, lowercase_resume: &str) -> bool {
        self.title_phrases()
            .iter()
            .chain(self.evidence_phrases())
            .any(|phrase| has_phrase(lowercase_resume, phrase))
    }

    /// The family in words, for the blocker: "a sales role".
    pub fn label(self) -> &'static str {
        match self {
            WorkFamily::Sales => "sales",
            WorkFamily::Recruiting => "recruiting",
        }
    }

    /// Titles of this work.
    fn title_phrases(self) -> &'static [&'static str] {
        match self {
            WorkFamily::Sales => &[
                "account executive",
                "sales executive",
                "sales representative",
                "sales rep",
                "sales development",
                "business development",
                "inside sales",
                "outside sales",
                "sales manager",
                "sales consultant",
            ],
            WorkFamily::Recruiting => &[
                "recruiter",
                "talent acquisition",
                "recruitment consultant",
                "sourcer",
                "headhunter",
            ],
        }
    }

    /// Other signs in a resume of having done this work (a store's sales floor counts as
    /// selling).
    fn evidence_phrases(self) -> &'static [&'static str] {
        match self {
            WorkFamily::Sales => &[
                "account manager",
                "sales associate",
                "sales advisor",
                "sales floor",
                "selling",
                "quota",
            ],
            WorkFamily::Recruiting => &["full-cycle recruiting", "full cycle recruiting"],
        }
    }
}

/// Whether `phrase` occurs in `text` between word boundaries ("sales rep" is not in "sales
/// reporting").
fn has_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(start, _)| {
        let end = start + phrase.len();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        boundary(text[..start].chars().next_back()) && boundary(text[end..].chars().next())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_name_sales_and_recruiting_work_but_not_store_roles() {
        for (title, family) in [
            (
                "Account Executive – Data Platform (Spark, Airflow, dbt)",
                Some(WorkFamily::Sales),
            ),
            (
                "Outside Sales Representative – Electrical Supply",
                Some(WorkFamily::Sales),
            ),
            (
                "Territory Sales Executive — Restaurant Technology",
                Some(WorkFamily::Sales),
            ),
            (
                "CDL Driver Recruiter – Class A / HAZMAT",
                Some(WorkFamily::Recruiting),
            ),
            (
                "Nurse Recruiter / Talent Acquisition Partner",
                Some(WorkFamily::Recruiting),
            ),
            ("Part-Time Sales Associate", None),
            ("Senior Rust Engineer", None),
            ("Sales Reporting Analyst", None),
        ] {
            assert_eq!(WorkFamily::of_title(title), family, "{title}");
        }
    }

    #[test]
    fn a_resume_shows_the_work_by_its_titles_or_phrases() {
        let seller = "account manager, inside sales, tafelwerk office solutions";
        let store = "sales associate — northbay denim, toronto";
        let analyst = "built dashboards on sales vs target for store managers";
        assert!(WorkFamily::Sales.shown_in(seller));
        assert!(WorkFamily::Sales.shown_in(store));
        assert!(
            !WorkFamily::Sales.shown_in(analyst),
            "sales figures are not selling"
        );
        assert!(WorkFamily::Recruiting.shown_in("technical recruiter, 2019 - 2024"));
        assert!(!WorkFamily::Recruiting.shown_in("helped with the recruitment of new nurses"));
    }
}
