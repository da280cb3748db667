//! What the person did with each match (the application track from viewed to an offer, and
//! rejected, withdrawn or hidden, each change dated), the page's free-text search over a
//! ranked list, and exporting that list as CSV or JSON.
//!
//! Statuses are keyed by job id and kept only in this browser; an export is built in the page
//! and saved as a local file, never sent anywhere.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::domain::Date;
use crate::matching::ExplainedMatch;

/// Where the person is with one posting. A ranked posting without one is *suggested*.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchStatus {
    /// They opened the posting.
    Viewed,
    Shortlisted,
    Applied,
    /// The employer is screening the application (a call, a test).
    Screening,
    Interviewing,
    Offer,
    Accepted,
    /// Turned down, by the person or by the employer.
    Rejected,
    /// The person left the process.
    Withdrawn,
    /// Left out of the list unless the person asks to see hidden matches.
    Hidden,
}

impl MatchStatus {
    /// The application track, in the order a posting moves along it (the last three end it).
    pub const TRACK: [MatchStatus; 9] = [
        MatchStatus::Viewed,
        MatchStatus::Shortlisted,
        MatchStatus::Applied,
        MatchStatus::Screening,
        MatchStatus::Interviewing,
        MatchStatus::Offer,
        MatchStatus::Accepted,
        MatchStatus::Rejected,
        MatchStatus::Withdrawn,
    ];

    /// Every status: the track, then hidden.
    pub const ALL: [MatchStatus; 10] = {
        let mut all = [MatchStatus::Hidden; 10];
        let mut idx = 0;
        while idx < MatchStatus::TRACK.len() {
            all[idx] = MatchStatus::TRACK[idx];
            idx += 1;
        }
        all
    };

    /// The statuses a match card sets with one press.
    pub const QUICK: [MatchStatus; 4] = [
        MatchStatus::Shortlisted,
        MatchStatus::Applied,
        MatchStatus::Rejected,
        MatchStatus::Hidden,
    ];

    /// The status as the page and exports show it.
    pub fn label(self) -> &'static str {
        match self {
            MatchStatus::Viewed => "viewed",
            MatchStatus::Shortlisted => "shortlisted",
            MatchStatus::Applied => "applied",
            MatchStatus::Screening => "screening",
            MatchStatus::Interviewing => "interviewing",
            MatchStatus::Offer => "offer",
            MatchStatus::Accepted => "accepted",
            MatchStatus::Rejected => "rejected",
            MatchStatus::Withdrawn => "withdrawn",
            MatchStatus::Hidden => "hidden",
        }
    }

    /// The status whose [`MatchStatus::label`] is `label`.
    pub fn from_label(label: &str) -> Option<MatchStatus> {
        MatchStatus::ALL
            .into_iter()
            .find(|status| status.label() == label)
    }

    /// What it says about the person's taste, for learning from their choices
    /// ([`crate::feedback`]): a posting they shortlisted, applied to or went further with they
    /// like, one they rejected or hid they do not; opening a posting, or leaving a process,
    /// says neither.
    pub fn liked(self) -> Option<bool> {
        match self {
            MatchStatus::Shortlisted
            | MatchStatus::Applied
            | MatchStatus::Screening
            | MatchStatus::Interviewing
            | MatchStatus::Offer
            | MatchStatus::Accepted => Some(true),
            MatchStatus::Rejected | MatchStatus::Hidden => Some(false),
            MatchStatus::Viewed | MatchStatus::Withdrawn => None,
        }
    }

    /// The words on the button that sets it.
    pub fn action(self) -> &'static str {
        match self {
            MatchStatus::Viewed => "Viewed",
            MatchStatus::Shortlisted => "Shortlist",
            MatchStatus::Applied => "Applied",
            MatchStatus::Screening => "Screening",
            MatchStatus::Interviewing => "Interviewing",
            MatchStatus::Offer => "Offer",
            MatchStatus::Accepted => "Accepted",
            MatchStatus::Rejected => "Reject",
            MatchStatus::Withdrawn => "Withdrawn",
            MatchStatus::Hidden => "Hide",
        }
    }
}

/// One change of a posting's status: to what, and on which day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    pub status: MatchStatus,
    pub changed: Date,
}

/// A stored status: which posting, what, since when, and what it was before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusRecord {
    pub job_id: String,
    pub status: MatchStatus,
    pub changed: Date,
    /// The statuses it had before, oldest first (records stored before the track kept none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<StatusChange>,
}

impl StatusRecord {
    /// The record after the person set `status` on `today` (`previous` is what was stored).
    /// Setting the status it already has changes nothing, and neither does `Viewed` once it
    /// has one: opening a posting again does not move it back along the track.
    pub fn set(
        previous: Option<StatusRecord>,
        job_id: &str,
        status: MatchStatus,
        today: Date,
    ) -> StatusRecord {
        match previous {
            Some(record) if record.status == status || status == MatchStatus::Viewed => record,
            Some(mut record) => {
                record.earlier.push(record.current());
                record.status = status;
                record.changed = today;
                record
            }
            None => StatusRecord {
                job_id: job_id.to_owned(),
                status,
                changed: today,
                earlier: Vec::new(),
            },
        }
    }

    /// What is left of `stored` when the person takes back its latest change while the page
    /// showed `shown`: taken back when it still has that status; otherwise it changed since
    /// (a second press sent before the first was answered) and is left as it is.
    pub fn take_back(stored: Option<StatusRecord>, shown: MatchStatus) -> Option<StatusRecord> {
        match stored {
            Some(record) if record.status == shown => record.taken_back(),
            other => other,
        }
    }

    /// The record with its latest change taken back: the status before it, or none at all
    /// when it had no other.
    pub fn taken_back(mut self) -> Option<StatusRecord> {
        let before = self.earlier.pop()?;
        self.status = before.status;
        self.changed = before.changed;
        Some(self)
    }

    pub fn current(&self) -> StatusChange {
        StatusChange {
            status: self.status,
            changed: self.changed,
        }
    }

    /// Every change, oldest first, ending with the current status.
    pub fn history(&self) -> impl Iterator<Item = StatusChange> + '_ {
        self.earlier
            .iter()
            .copied()
            .chain(std::iter::once(self.current()))
    }

    /// The history in words, e.g. `viewed 2026-12-01; applied 2026-12-03`.
    pub fn describe_history(&self) -> String {
        self.history()
            .map(|change| format!("{} {}", change.status.label(), change.changed))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The record of `job_id` in `records`, if any.
pub fn record_of<'a>(records: &'a [StatusRecord], job_id: &str) -> Option<&'a StatusRecord> {
    records.iter().find(|record| record.job_id == job_id)
}

/// The status of `job_id` in `records`, if any.
pub fn status_of(records: &[StatusRecord], job_id: &str) -> Option<MatchStatus> {
    record_of(records, job_id).map(|record| record.status)
}

/// Where a ranked posting is on the track: not acted on yet, or at a status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    Suggested,
    At(MatchStatus),
}

impl Stage {
    /// The stage of a posting with `status`.
    pub fn of(status: Option<MatchStatus>) -> Stage {
        status.map_or(Stage::Suggested, Stage::At)
    }

    pub fn label(self) -> &'static str {
        match self {
            Stage::Suggested => "suggested",
            Stage::At(status) => status.label(),
        }
    }
}

/// How many of the ranked postings (`ranked_job_ids`) are at each stage of the track, in track
/// order: suggested (no status), then each status of [`MatchStatus::TRACK`]. Hidden postings
/// are left out: they are off the track. The counts are of the list, so that pressing a stage
/// shows as many postings as it counts.
pub fn stage_counts<'a>(
    ranked_job_ids: impl IntoIterator<Item = &'a str>,
    status_of: impl Fn(&str) -> Option<MatchStatus>,
) -> Vec<(Stage, usize)> {
    let mut counts: Vec<(Stage, usize)> = std::iter::once(Stage::Suggested)
        .chain(MatchStatus::TRACK.map(Stage::At))
        .map(|stage| (stage, 0))
        .collect();
    for job_id in ranked_job_ids {
        let stage = Stage::of(status_of(job_id));
        if let Some((_, count)) = counts.iter_mut().find(|(at, _)| *at == stage) {
            *count += 1;
        }
    }
    counts
}

/// Each posting's record, by job id, for looking up many postings at once.
fn records_by_job(records: &[StatusRecord]) -> HashMap<&str, &StatusRecord> {
    records
        .iter()
        .map(|record| (record.job_id.as_str(), record))
        .collect()
}

impl ExplainedMatch {
    /// True when every word of `query` appears (ignoring case) in the posting's title, company,
    /// location, or any of its skills. An empty query matches everything.
    pub fn mentions_all(&self, query: &str) -> bool {
        if query.trim().is_empty() {
            return true;
        }
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
    /// Every change of the status, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_history: Vec<StatusChange>,
    #[serde(flatten)]
    pub explained: ExplainedMatch,
}

/// The list as pretty JSON: every field of every match, with rank and status.
pub fn export_json(matches: &[ExplainedMatch], statuses: &[StatusRecord]) -> String {
    let by_job = records_by_job(statuses);
    let rows: Vec<ExportedMatch> = matches
        .iter()
        .enumerate()
        .map(|(idx, explained)| {
            let record = by_job.get(explained.job_id.as_str()).copied();
            ExportedMatch {
                rank: idx + 1,
                status: record.map(|record| record.status),
                status_history: record.map_or_else(Vec::new, |record| record.history().collect()),
                explained: explained.clone(),
            }
        })
        .collect();
    serde_json::to_string_pretty(&rows).expect("matches always serialize")
}

/// The list as CSV (RFC 4180, CRLF line ends) with one row per match: rank, grade, score,
/// status and its dated history, title, company, location, skills, blockers, job id and the posting's address.
pub fn export_csv(matches: &[ExplainedMatch], statuses: &[StatusRecord]) -> String {
    const HEADER: [&str; 13] = [
        "rank",
        "grade",
        "score",
        "status",
        "status_history",
        "title",
        "company",
        "location",
        "matched_skills",
        "missing_skills",
        "blockers",
        "job_id",
        "url",
    ];
    let by_job = records_by_job(statuses);
    let mut csv = csv_row(HEADER.map(str::to_owned));
    for (idx, explained) in matches.iter().enumerate() {
        let record = by_job.get(explained.job_id.as_str()).copied();
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
            record
                .map(|record| record.status.label())
                .unwrap_or_default()
                .to_owned(),
            record
                .map(StatusRecord::describe_history)
                .unwrap_or_default(),
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

    fn day(day: u32) -> Date {
        Date::new(2026, 11, day).unwrap()
    }

    /// Viewed on the 24th, shortlisted on the 25th.
    fn shortlisted(job_id: &str) -> StatusRecord {
        let viewed = StatusRecord::set(None, job_id, MatchStatus::Viewed, day(24));
        StatusRecord::set(Some(viewed), job_id, MatchStatus::Shortlisted, day(25))
    }

    #[test]
    fn a_record_keeps_every_dated_change_and_takes_back_the_latest() {
        let record = shortlisted("rust");
        let applied =
            StatusRecord::set(Some(record.clone()), "rust", MatchStatus::Applied, day(27));
        assert_eq!(
            applied.describe_history(),
            "viewed 2026-11-24; shortlisted 2026-11-25; applied 2026-11-27"
        );
        // Setting the status it has again is not a change.
        let again = StatusRecord::set(Some(applied.clone()), "rust", MatchStatus::Applied, day(28));
        assert_eq!(again, applied);
        let opened = StatusRecord::set(Some(applied.clone()), "rust", MatchStatus::Viewed, day(28));
        assert_eq!(opened, applied, "opening it again keeps it applied");
        assert_eq!(applied.taken_back(), Some(record.clone()));
        let viewed = record.taken_back().unwrap();
        assert_eq!(viewed.status, MatchStatus::Viewed);
        assert_eq!(viewed.taken_back(), None);
    }

    #[test]
    fn records_stored_before_the_track_still_read() {
        let record: StatusRecord =
            serde_json::from_str(r#"{"job_id":"a","status":"applied","changed":"2026-11-20"}"#)
                .unwrap();
        assert_eq!(record.describe_history(), "applied 2026-11-20");
        assert!(!serde_json::to_string(&record).unwrap().contains("earlier"));
    }

    #[test]
    fn the_stages_count_the_ranked_postings_only() {
        let records = [
            shortlisted("a"),
            StatusRecord::set(None, "b", MatchStatus::Interviewing, day(25)),
            StatusRecord::set(None, "c", MatchStatus::Hidden, day(25)),
            StatusRecord::set(None, "not-ranked", MatchStatus::Shortlisted, day(25)),
        ];
        let counts = stage_counts(["a", "b", "c", "d", "e"], |job_id| {
            status_of(&records, job_id)
        });
        let count = |stage| counts.iter().find(|(at, _)| *at == stage).unwrap().1;
        assert_eq!(count(Stage::Suggested), 2);
        assert_eq!(count(Stage::At(MatchStatus::Shortlisted)), 1);
        assert_eq!(count(Stage::At(MatchStatus::Interviewing)), 1);
        assert_eq!(count(Stage::At(MatchStatus::Offer)), 0);
        assert_eq!(
            counts.len(),
            1 + MatchStatus::TRACK.len(),
            "hidden is off the track"
        );
        assert_eq!(counts[0].0, Stage::Suggested);
    }

    #[test]
    fn a_take_back_applies_only_to_the_status_the_page_showed() {
        let applied = StatusRecord::set(Some(shortlisted("a")), "a", MatchStatus::Applied, day(26));
        let once = StatusRecord::take_back(Some(applied), MatchStatus::Applied);
        assert_eq!(once, Some(shortlisted("a")));
        // The same press again, sent before the first was answered: nothing more is undone.
        let twice = StatusRecord::take_back(once.clone(), MatchStatus::Applied);
        assert_eq!(twice, once);
        assert_eq!(StatusRecord::take_back(None, MatchStatus::Applied), None);
    }

    #[test]
    fn every_status_reads_back_from_its_label() {
        for status in MatchStatus::ALL {
            assert_eq!(MatchStatus::from_label(status.label()), Some(status));
        }
        assert_eq!(MatchStatus::from_label("suggested"), None);
        assert!(
            MatchStatus::TRACK
                .iter()
                .all(|status| MatchStatus::ALL.contains(status))
        );
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
        assert!(lines[0].starts_with("rank,grade,score,status,status_history,title"));
        assert!(lines[0].ends_with(",job_id,url"));
        let rust = lines
            .iter()
            .find(|line| line.ends_with(",rust,https://jobs.example.com/rust-42"))
            .unwrap();
        assert!(rust.contains(
            ",shortlisted,viewed 2026-11-24; shortlisted 2026-11-25,Rust Backend Engineer,\"Ferris, Inc.\","
        ));
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
            let n_changes = if expected.is_some() { 2 } else { 0 };
            assert_eq!(row.status_history.len(), n_changes);
        }
    }
}
