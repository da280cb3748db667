//! What the person did with each match (shortlisted, applied, rejected, hidden), the page's
//! free-text search over a ranked list, and exporting that list as CSV or JSON.
//!
//! Statuses are keyed by job id and kept only in this browser; an export is built in the page
//! and saved as a local file, never sent anywhere.

use serde::{Deserialize, Serialize};

use crate::domain::Date;
use crate::matching::ExplainedMatch;

/// A person's decision about one posting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchStatus {
    Shortlisted,
    Applied,
    Rejected,
    /// Left out of the list unless the person asks to see hidden matches.
    Hidden,
}

impl MatchStatus {
    pub const ALL: [MatchStatus; 4] = [
        MatchStatus::Shortlisted,
        MatchStatus::Applied,
        MatchStatus::Rejected,
        MatchStatus::Hidden,
    ];

    /// The status as the page and exports show it.
    pub fn label(self) -> &'static str {
        match self {
            MatchStatus::Shortlisted => "shortlisted",
            MatchStatus::Applied => "applied",
            MatchStatus::Rejected => "rejected",
            MatchStatus::Hidden => "hidden",
        }
    }

    /// What it says about the person's taste, for learning from their choices
    /// ([`crate::feedback`]): a posting they shortlisted or applied to they like, one they
    /// rejected or hid they do not.
    pub fn liked(self) -> bool {
        match self {
            MatchStatus::Shortlisted | MatchStatus::Applied => true,
            MatchStatus::Rejected | MatchStatus::Hidden => false,
        }
    }

    /// The verb on the button that sets it.
    pub fn action(self) -> &'static str {
        match self {
            MatchStatus::Shortlisted => "Shortlist",
            MatchStatus::Applied => "Applied",
            MatchStatus::Rejected => "Reject",
            MatchStatus::Hidden => "Hide",
        }
    }
}

/// A stored status: which posting, what, and since when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusRecord {
    pub job_id: String,
    pub status: MatchStatus,
    pub changed: Date,
}

/// The status of `job_id` in `records`, if any.
pub fn status_of(records: &[StatusRecord], job_id: &str) -> Option<MatchStatus> {
    records
        .iter()
        .find(|record| record.job_id == job_id)
        .map(|record| record.status)
}

impl ExplainedMatch {
    /// True when every word of `query` appears (ignoring case) in the posting's title, company,
    /// location, or any of its skills. An empty query matches everything.
    pub fn mentions_all(&self, query: &str) -> bool {
        let haystack = [&self.title, &self.company, &self.location]
            .into_iter()
            .map(String::as_str)
            .chain(
                self.matched_skills
                    .iter()
                    .chain(&self.related_skills)
                    .chain(&self.missing_skills)
                    .map(|skill| skill.skill.as_str()),
            )
            .collect::<Vec<_>>()
            .join("\n")
            .to_lowercase();
        query
            .split_whitespace()
            .all(|word| haystack.contains(&word.to_lowercase()))
    }
}

/// One exported row: the match, with the person's status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportedMatch {
    pub rank: usize,
    pub status: Option<MatchStatus>,
    #[serde(flatten)]
    pub explained: ExplainedMatch,
}

/// The list as pretty JSON: every field of every match, with rank and status.
pub fn export_json(matches: &[ExplainedMatch], statuses: &[StatusRecord]) -> String {
    let rows: Vec<ExportedMatch> = matches
        .iter()
        .enumerate()
        .map(|(idx, explained)| ExportedMatch {
            rank: idx + 1,
            status: status_of(statuses, &explained.job_id),
            explained: explained.clone(),
        })
        .collect();
    serde_json::to_string_pretty(&rows).expect("matches always serialize")
}

/// The list as CSV (RFC 4180, CRLF line ends) with one row per match: rank, grade, score,
/// status, title, company, location, skills, blockers, job id and the posting's address.
pub fn export_csv(matches: &[ExplainedMatch], statuses: &[StatusRecord]) -> String {
    const HEADER: [&str; 12] = [
        "rank",
        "grade",
        "score",
        "status",
        "title",
        "company",
        "location",
        "matched_skills",
        "missing_skills",
        "blockers",
        "job_id",
        "url",
    ];
    let mut csv = csv_row(HEADER.map(str::to_owned));
    for (idx, explained) in matches.iter().enumerate() {
        let skills = |skills: &[crate::matching::SkillEvidence]| {
            skills
                .iter()
                .map(|skill| skill.skill.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let blockers = explained
            .combined
            .blockers
            .iter()
            .map(|blocker| blocker.describe())
            .collect::<Vec<_>>()
            .join("; ");
        csv.push_str(&csv_row([
            (idx + 1).to_string(),
            explained.grade.as_str().to_owned(),
            format!("{:.3}", explained.score),
            status_of(statuses, &explained.job_id)
                .map(MatchStatus::label)
                .unwrap_or_default()
                .to_owned(),
            explained.title.clone(),
            explained.company.clone(),
            explained.location.clone(),
            skills(&explained.matched_skills),
            skills(&explained.missing_skills),
            blockers,
            explained.job_id.clone(),
            explained.url.clone(),
        ]));
    }
    csv
}

fn csv_row<const N: usize>(cells: [String; N]) -> String {
    let mut row = cells.map(|cell| csv_cell(&cell)).join(",");
    row.push_str("\r\n");
    row
}

/// Quotes a cell when it needs it, and defuses text a spreadsheet would run as a formula
/// (a posting titled `=HYPERLINK(...)` stays text).
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Candidate, JobPosting};
    use crate::matching::{MatchInputs, PreparedResume, learned_weights, match_jobs};
    use crate::skills;

    fn ranked() -> Vec<ExplainedMatch> {
        let candidate = Candidate {
            resume_text: "Rust engineer, 6 years. Kubernetes, PostgreSQL.".into(),
            skills: vec!["Rust".into(), "Kubernetes".into(), "PostgreSQL".into()],
            total_years: Some(6.0),
            ..Candidate::default()
        };
        let jobs = vec![
            JobPosting {
                id: "rust".into(),
                title: "Rust Backend Engineer".into(),
                company: "Ferris, Inc.".into(),
                location: "Remote".into(),
                description: "Rust, Kubernetes and Go services.".into(),
                url: "https://jobs.example.com/rust-42".into(),
                ..JobPosting::default()
            },
            JobPosting {
                id: "formula".into(),
                title: "=HYPERLINK(\"http://x\")".into(),
                company: "Quote \"Co\"".into(),
                description: "Pastry and bread.".into(),
                ..JobPosting::default()
            },
        ];
        let taxonomy = skills::bundled();
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let inputs = MatchInputs {
            today: Date::new(2026, 11, 25).unwrap(),
            weights: &weights,
            dense: None,
            reranker: None,
        };
        match_jobs(&profile, &jobs, taxonomy, &inputs)
    }

    fn shortlisted(job_id: &str) -> StatusRecord {
        StatusRecord {
            job_id: job_id.into(),
            status: MatchStatus::Shortlisted,
            changed: Date::new(2026, 11, 25).unwrap(),
        }
    }

    #[test]
    fn search_needs_every_word_somewhere() {
        let matches = ranked();
        let rust = matches.iter().find(|m| m.job_id == "rust").unwrap();
        assert!(rust.mentions_all(""));
        assert!(rust.mentions_all("rust FERRIS"));
        assert!(rust.mentions_all("kubernetes remote"));
        assert!(!rust.mentions_all("rust pastry"));
    }

    #[test]
    fn csv_has_a_row_per_match_with_status_and_safe_cells() {
        let matches = ranked();
        let csv = export_csv(&matches, &[shortlisted("rust")]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.len(), 4, "header, two rows, final CRLF: {csv}");
        assert!(lines[0].starts_with("rank,grade,score,status,title"));
        assert!(lines[0].ends_with(",job_id,url"));
        let rust = lines
            .iter()
            .find(|line| line.ends_with(",rust,https://jobs.example.com/rust-42"))
            .unwrap();
        assert!(rust.contains(",shortlisted,Rust Backend Engineer,\"Ferris, Inc.\","));
        assert!(rust.contains("Rust; Kubernetes"), "{rust}");
        let formula = lines
            .iter()
            .find(|line| line.ends_with(",formula,"))
            .unwrap();
        assert!(
            formula.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",\"Quote \"\"Co\"\"\","),
            "{formula}"
        );
    }

    #[test]
    fn json_round_trips_with_rank_and_status() {
        let matches = ranked();
        let json = export_json(&matches, &[shortlisted("rust")]);
        let rows: Vec<ExportedMatch> = serde_json::from_str(&json).unwrap();
        assert_eq!(rows.len(), matches.len());
        for (idx, row) in rows.iter().enumerate() {
            assert_eq!(row.rank, idx + 1);
            assert_eq!(row.explained, matches[idx]);
            let expected = (row.explained.job_id == "rust").then_some(MatchStatus::Shortlisted);
            assert_eq!(row.status, expected);
        }
    }
}
