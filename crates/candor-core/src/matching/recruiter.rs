//! The recruiter's direction: one posting, many resumes. Each pair gets the same signals,
//! blockers and explanations as in the candidate's direction ([`super::rank_explained`]), so a
//! recruiter and a candidate looking at the same pair see the same reasons.

use serde::{Deserialize, Serialize};

use crate::bm25::{Bm25Index, Bm25Params, K1};
use crate::domain::{Date, JobPosting};
use crate::parse::resume::candidate_from_resume;
use crate::rank::Embedder;
use crate::skills::SkillMatchMemo;

use super::{
    ExplainedMatch, MatchInputs, PairInputs, PreparedJob, PreparedResume, cosines_to_first,
    enrich_job, explain_pair, learned_weights,
};

/// A resume to rank for a posting, with the recruiter's id for the person (a [`PooledResume`]
/// in the browser, a file in the CLI).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResumeToRank<'a> {
    /// The recruiter's id for the person, echoed in [`ResumeMatch::candidate_id`].
    pub candidate_id: &'a str,
    pub resume: &'a str,
}

/// One resume ranked for a posting, with the pair explained as [`ExplainedMatch`] explains it
/// to the candidate (its `job_id` is the posting's, the same in every entry).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResumeMatch {
    pub candidate_id: String,
    pub explained: ExplainedMatch,
}

/// A resume in a recruiter's pool, kept in the browser. Its id is derived from the text, so
/// importing the same resume again replaces it instead of adding the person twice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PooledResume {
    pub id: String,
    /// The person's name as the resume's first line gives it, else the file's name.
    pub name: String,
    pub file_name: String,
    pub text: String,
    pub imported: Date,
    /// The skills found in the resume, read once when it is added, so listing the pool parses
    /// nothing again.
    #[serde(default)]
    pub skills: Vec<String>,
}

impl PooledResume {
    pub fn new(file_name: &str, text: String, imported: Date) -> PooledResume {
        let id = candor_lock::digest::sha256_hex(text.as_bytes())[..16].to_owned();
        PooledResume {
            id,
            name: name_line(&text).unwrap_or_else(|| file_stem(file_name).to_owned()),
            file_name: file_name.to_owned(),
            text,
            imported,
            skills: Vec::new(),
        }
    }

    pub fn with_skills(self, skills: Vec<String>) -> PooledResume {
        PooledResume { skills, ..self }
    }

    pub fn to_rank(&self) -> ResumeToRank<'_> {
        ResumeToRank {
            candidate_id: &self.id,
            resume: &self.text,
        }
    }
}

/// The first non-empty line when it reads like a name: short, no digits, no '@' or URL.
fn name_line(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|line| !line.is_empty())?;
    let looks_like_a_name = line.chars().count() <= 60
        && line.split_whitespace().count() <= 6
        && !line.contains(['@', '/', ':', '|'])
        && !line.chars().any(|c| c.is_ascii_digit());
    looks_like_a_name.then(|| line.to_owned())
}

fn file_stem(file_name: &str) -> &str {
    file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem)
}

/// BM25 for the job's text over the resumes, with no length normalization (b = 0): a resume
/// grows with details about the person (names, pronouns, family), and with b > 0 those words,
/// which never match a posting, would still push its score down. Term saturation (k1) stays,
/// so repeating a keyword keeps earning less.
const RESUME_BM25: Bm25Params = Bm25Params { k1: K1, b: 0.0 };

/// Ranks `applicants` for `job`, best first (ties keep input order): parses each resume,
/// fills the posting's structured fields from its text, embeds everything with `embedder` when
/// one is given (dense signal), then scores and explains each pair. BM25 runs the posting's text
/// as the query over the resumes, relative to the best resume.
pub fn rank_candidates<E: Embedder>(
    embedder: Option<&E>,
    job: &JobPosting,
    applicants: &[ResumeToRank<'_>],
    today: Date,
) -> Result<Vec<ResumeMatch>, E::Error> {
    let taxonomy = crate::skills::bundled();
    let mut job = job.clone();
    enrich_job(&mut job);
    let job_text = job.embedding_text();
    let prepared = PreparedJob::new(job, taxonomy);
    let resumes: Vec<&str> = applicants.iter().map(|a| a.resume).collect();
    let cosines = match embedder {
        Some(embedder) => Some(cosines_to_first(embedder, &job_text, &resumes)?),
        None => None,
    };
    let bm25 = Bm25Index::for_documents(&resumes, RESUME_BM25);
    let mut bm25_scores = Vec::new();
    bm25.score_into(&bm25.query(&job_text), &mut bm25_scores);
    let bm25_best = bm25_scores.iter().copied().fold(0.0f32, f32::max);

    let weights = learned_weights();
    let inputs = MatchInputs {
        today,
        weights: &weights,
        dense: None,
        reranker: None,
    };
    let mut matches: Vec<ResumeMatch> = applicants
        .iter()
        .enumerate()
        .map(|(applicant_idx, applicant)| {
            let (candidate, _warnings) = candidate_from_resume(applicant.resume, today);
            let profile = PreparedResume::new(&candidate, taxonomy);
            let pair = PairInputs {
                cosine: cosines.as_ref().map(|cosines| cosines[applicant_idx]),
                bm25: bm25_scores[applicant_idx],
                bm25_best,
                reranker: None,
            };
            // One posting per person: a memo would never be read again.
            let mut memo = SkillMatchMemo::default();
            ResumeMatch {
                candidate_id: applicant.candidate_id.to_owned(),
                explained: explain_pair(&profile, &prepared, &pair, taxonomy, &inputs, &mut memo),
            }
        })
        .collect();
    matches.sort_by(|a, b| b.explained.score.total_cmp(&a.explained.score));
    Ok(matches)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hybrid::SignalKind;
    use crate::matching::rank_explained;
    use crate::rank::Embedder;

    fn today() -> Date {
        Date::new(2026, 11, 25).unwrap()
    }

    /// An embedder that cannot be built: ranks without a model name it as their type.
    enum NoModel {}

    impl Embedder for NoModel {
        type Error = std::convert::Infallible;
        fn embed(&self, _texts: &[&str]) -> Result<Vec<Vec<f32>>, Self::Error> {
            match *self {}
        }
    }

    fn icu_nurse_job() -> JobPosting {
        JobPosting {
            id: "icu".into(),
            title: "ICU Registered Nurse".into(),
            company: "Mercy Hospital".into(),
            description: "Critical care nursing in a 20-bed ICU. Ventilator management, \
                          patient assessment, medication administration."
                .into(),
            requirements: vec![
                "Active RN licence".into(),
                "BLS and ACLS certification".into(),
                "2+ years of ICU experience".into(),
            ],
            ..JobPosting::default()
        }
    }

    const NURSE: &str = "Registered Nurse (RN licence), BLS and ACLS certified.\n\
        Experience\nICU Staff Nurse, St. Mary's  Jan 2019 - Present\n\
        Critical care nursing, ventilator management, patient assessment and medication \
        administration in a 24-bed ICU.";
    const DRIVER: &str = "Truck driver with CDL Class A.\nExperience\n\
        Long-haul Driver, Swift  Mar 2015 - Present\nInterstate freight, DOT logs, forklift.";
    const CHEF: &str = "Pastry chef.\nExperience\nPastry Chef, Le Bistro  2016 - 2024\n\
        Laminated doughs, plated desserts, ServSafe certified.";

    fn applicants() -> [ResumeToRank<'static>; 3] {
        [
            ResumeToRank {
                candidate_id: "driver",
                resume: DRIVER,
            },
            ResumeToRank {
                candidate_id: "nurse",
                resume: NURSE,
            },
            ResumeToRank {
                candidate_id: "chef",
                resume: CHEF,
            },
        ]
    }

    fn rank(applicants: &[ResumeToRank<'_>]) -> Vec<ResumeMatch> {
        rank_candidates(None::<&NoModel>, &icu_nurse_job(), applicants, today()).unwrap()
    }

    #[test]
    fn pooled_resumes_are_named_by_their_first_line_and_keyed_by_text() {
        let jose = PooledResume::new(
            "jose.pdf",
            "\n José Núñez \nBackend engineer".into(),
            today(),
        );
        assert_eq!(jose.name, "José Núñez");
        assert_eq!(jose.id.len(), 16);
        let again = PooledResume::new("copy.txt", jose.text.clone(), today());
        assert_eq!(again.id, jose.id);
        let contact = PooledResume::new("zoe.resume.json", "zoe@example.com | 555".into(), today());
        assert_eq!(contact.name, "zoe.resume");
        assert_ne!(contact.id, jose.id);
    }

    #[test]
    fn the_nurse_ranks_first_for_an_icu_posting_and_every_entry_names_the_posting() {
        let ranked = rank(&applicants());
        let ids: Vec<&str> = ranked.iter().map(|m| m.candidate_id.as_str()).collect();
        assert_eq!(ids[0], "nurse", "{ids:?}");
        assert!(ranked.iter().all(|m| m.explained.job_id == "icu"));
        let nurse = &ranked[0].explained;
        assert!(nurse.combined.blockers.is_empty(), "{:?}", nurse.combined);
        assert_eq!(nurse.requirements.len(), 3);
        let driver = ranked.iter().find(|m| m.candidate_id == "driver").unwrap();
        assert!(
            driver.explained.score <= 0.45,
            "the RN licence is a required credential the driver lacks"
        );
    }

    #[test]
    fn a_pair_gets_the_same_skill_evidence_in_both_directions() {
        let ranked = rank(&applicants());
        let nurse = &ranked
            .iter()
            .find(|m| m.candidate_id == "nurse")
            .unwrap()
            .explained;
        let seeker = rank_explained(None::<&NoModel>, NURSE, &[icu_nurse_job()], today()).unwrap();
        let seeker = &seeker[0];
        assert_eq!(nurse.matched_skills, seeker.matched_skills);
        assert_eq!(nurse.missing_skills, seeker.missing_skills);
        assert_eq!(nurse.requirements, seeker.requirements);
        assert_eq!(nurse.combined.blockers, seeker.combined.blockers);
        let skill_value = |m: &ExplainedMatch| {
            m.combined
                .contributions
                .iter()
                .find(|c| c.kind == SignalKind::SkillCoverage)
                .map(|c| c.value)
        };
        assert_eq!(skill_value(nurse), skill_value(seeker));
    }

    #[test]
    fn swapping_names_gender_and_age_markers_in_resumes_changes_no_score() {
        let base = "Experience\nWarehouse Lead, Northwind  Jan 2017 - Present\n\
                    Forklift certification, inventory control, shipping and receiving, OSHA 10.";
        let versions = [
            format!("Maria Garcia\nShe/her. Mother of two, 52 years old.\n{base}"),
            format!("John Smith\nHe/him. Father of two, 24 years old.\n{base}"),
            format!("Alex Jordan Kim-Nguyen\nThey/them. Parent, 38 years old.\n{base}"),
        ];
        let job = JobPosting {
            id: "wh".into(),
            title: "Warehouse Supervisor".into(),
            description: "Lead a shipping and receiving team; forklift certification required. \
                          Inventory control experience."
                .into(),
            requirements: vec!["Forklift certification".into()],
            ..JobPosting::default()
        };
        let other = format!("Sam Lee\n{CHEF}");
        // Each version in a pool with the same other resume, in both pool positions.
        let scores_of = |resume: &str| -> Vec<(String, f32)> {
            let pool = [
                ResumeToRank {
                    candidate_id: "person",
                    resume,
                },
                ResumeToRank {
                    candidate_id: "other",
                    resume: &other,
                },
            ];
            let ranked = rank_candidates(None::<&NoModel>, &job, &pool, today()).unwrap();
            let mut scores: Vec<(String, f32)> = ranked
                .into_iter()
                .map(|m| (m.candidate_id, m.explained.score))
                .collect();
            scores.sort_by(|a, b| a.0.cmp(&b.0));
            scores
        };
        let baseline = scores_of(&versions[0]);
        assert!(baseline[1].1 > 0.5, "{baseline:?}");
        for version in &versions[1..] {
            assert_eq!(scores_of(version), baseline, "{version}");
        }
    }
}
