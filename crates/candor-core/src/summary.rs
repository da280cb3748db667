//! What a ranked list says at a glance: the skills the best matches ask for that the resume
//! does not show, and how many of the best matches the person has already acted on.
//!
//! Plain counts over the explained matches, never advice: which skills to learn, or whether to
//! apply, is the person's call.

use std::collections::{HashMap, HashSet};

use crate::hybrid::Grade;
use crate::matching::ExplainedMatch;
use crate::tracking::{StatusRecord, status_of};

/// How many of the best matches the summaries read.
pub const TOP_MATCHES: usize = 10;

/// The skills missing from the resume that the most of the first `top` matches ask for, most
/// asked for first (ties by name), at most `max`: `(skill, how many of those matches ask for
/// it)`. Skills only one match asks for are left out: they unlock no more than that one.
pub fn missing_skills_in_top(
    matches: &[ExplainedMatch],
    top: usize,
    max: usize,
) -> Vec<(String, usize)> {
    let mut asked: HashMap<&str, usize> = HashMap::new();
    for explained in matches.iter().take(top) {
        for skill in &explained.missing_skills {
            *asked.entry(skill.skill.as_str()).or_default() += 1;
        }
    }
    let mut asked: Vec<(String, usize)> = asked
        .into_iter()
        .filter(|&(_, count)| count > 1)
        .map(|(skill, count)| (skill.to_owned(), count))
        .collect();
    asked.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
    asked.truncate(max);
    asked
}

/// Of the best matches: how many were read, and how many of them the person took forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TopTaken {
    pub considered: usize,
    /// Shortlisted or further along ([`crate::tracking::MatchStatus::liked`]).
    pub taken_forward: usize,
}

/// Of the first `top` matches (or fewer, when the list is shorter), how many the person
/// shortlisted or took further.
pub fn taken_in_top(matches: &[ExplainedMatch], records: &[StatusRecord], top: usize) -> TopTaken {
    let taken_forward = matches
        .iter()
        .take(top)
        .filter(|explained| {
            status_of(records, &explained.job_id).and_then(|status| status.liked()) == Some(true)
        })
        .count();
    TopTaken {
        considered: matches.len().min(top),
        taken_forward,
    }
}

/// Of the postings `new_job_ids` (those an import just added): how many this ranking holds,
/// and how many of those have a grade of `minimum` or better.
pub fn new_matches_at_least(
    matches: &[ExplainedMatch],
    new_job_ids: &HashSet<String>,
    minimum: Grade,
) -> (usize, usize) {
    let new: Vec<&ExplainedMatch> = matches
        .iter()
        .filter(|explained| new_job_ids.contains(&explained.job_id))
        .collect();
    let good = new
        .iter()
        .filter(|explained| at_least(explained.grade, Some(minimum)))
        .count();
    (new.len(), good)
}

/// Whether a match graded `grade` passes a minimum grade filter of `minimum` (A+ is the best).
pub fn at_least(grade: Grade, minimum: Option<Grade>) -> bool {
    minimum.is_none_or(|minimum| grade <= minimum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Date;
    use crate::matching::SkillEvidence;
    use crate::tracking::MatchStatus;

    fn explained(job_id: &str, missing: &[&str]) -> ExplainedMatch {
        let mut explained: ExplainedMatch =
            serde_json::from_value(serde_json::json!({
                "job_id": job_id, "title": job_id, "company": "", "location": "",
                "score": 0.5, "grade": "C",
                "combined": { "score": 0.5, "grade": "C", "uncapped": 0.5, "contributions": [], "blockers": [] },
                "matched_skills": [], "related_skills": [], "missing_skills": [],
                "requirements": [], "suspicious": false, "evidence": "keyword_only"
            }))
            .expect("a minimal match");
        explained.missing_skills = missing
            .iter()
            .map(|skill| SkillEvidence {
                skill: (*skill).into(),
                required: true,
                how: String::new(),
            })
            .collect();
        explained
    }

    #[test]
    fn missing_skills_are_counted_over_the_top_matches_only() {
        let matches = [
            explained("a", &["Terraform", "Go"]),
            explained("b", &["Terraform", "Go", "Kafka"]),
            explained("c", &["Terraform"]),
            explained("d", &["Kafka", "Kafka-only-below"]),
        ];
        assert_eq!(
            missing_skills_in_top(&matches, 3, 5),
            [("Terraform".to_owned(), 3), ("Go".to_owned(), 2)],
            "Kafka is asked for by one of the top 3 only"
        );
        assert_eq!(missing_skills_in_top(&matches, 3, 1).len(), 1);
    }

    #[test]
    fn taken_forward_counts_shortlisted_and_further_not_viewed_or_hidden() {
        let matches: Vec<_> = ["a", "b", "c", "d"]
            .iter()
            .map(|id| explained(id, &[]))
            .collect();
        let today = Date::new(2026, 12, 7).unwrap();
        let records = [
            StatusRecord::set(None, "a", MatchStatus::Interviewing, today),
            StatusRecord::set(None, "b", MatchStatus::Viewed, today),
            StatusRecord::set(None, "c", MatchStatus::Hidden, today),
            StatusRecord::set(None, "d", MatchStatus::Shortlisted, today),
        ];
        let taken = |considered, taken_forward| TopTaken {
            considered,
            taken_forward,
        };
        assert_eq!(taken_in_top(&matches, &records, 3), taken(3, 1));
        assert_eq!(taken_in_top(&matches, &records, 10), taken(4, 2));
    }

    #[test]
    fn new_matches_are_counted_at_their_grade() {
        let mut matches: Vec<_> = ["old", "new-b", "new-d"]
            .iter()
            .map(|id| explained(id, &[]))
            .collect();
        matches[0].grade = Grade::A;
        matches[1].grade = Grade::B;
        matches[2].grade = Grade::D;
        let new = HashSet::from(["new-b".into(), "new-d".into(), "left-out".into()]);
        assert_eq!(new_matches_at_least(&matches, &new, Grade::B), (2, 1));
        assert_eq!(new_matches_at_least(&matches, &new, Grade::F), (2, 2));
    }

    #[test]
    fn a_minimum_grade_lets_through_that_grade_and_better() {
        assert!(at_least(Grade::F, None));
        assert!(at_least(Grade::APlus, Some(Grade::B)));
        assert!(at_least(Grade::B, Some(Grade::B)));
        assert!(!at_least(Grade::C, Some(Grade::B)));
    }
}
