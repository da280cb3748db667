//! A posting's [`Preparation`]: everything ranking derives from a posting alone (the pay,
//! experience and work mode read from its text, its skills per requirement, place, whom it
//! lets apply and the scam flag), as a value that can be stored with the posting, so that it is
//! computed once, at import, and never again while it stays current.
//!
//! Its BM25 term counts are not part of it: stored, they made the record 2.6 times larger
//! (5.2 KB against 2.0 KB per real-length posting) and reading them back cost about as much as
//! counting them again (`cargo run --release -p candor-bench --example prepare_bench`).
//!
//! A stored preparation is current while its [`preparation_stamp`] equals the running
//! build's: the stamp names [`PREPARATION_VERSION`] and the skills taxonomy it was made with.

use serde::{Deserialize, Serialize};

use crate::domain::{ExperienceRequirement, JobPosting, Salary, WorkMode};
use crate::parse::location::Location;
use crate::parse::stance::PostingRestriction;
use crate::parse::work_family::WorkFamily;
use crate::skills::{JobSkill, SkillId, Taxonomy};

use super::{PreparedJob, enrich_job};

/// Bumped whenever a change to the parsers or rules that feed a [`Preparation`] (pay,
/// experience, work mode, skill reading, place, eligibility, scam flags) changes
/// what they compute, so that stored preparations are made again once. The test
/// `version_is_bumped_when_preparations_change` fails until it is.
pub const PREPARATION_VERSION: u32 = 3;

/// What a stored [`Preparation`] must carry to be used with this build and `taxonomy`.
pub fn preparation_stamp(taxonomy: &Taxonomy) -> String {
    format!("{PREPARATION_VERSION}-{:016x}", taxonomy.fingerprint())
}

/// Everything [`PreparedJob`] and the BM25 index derive from one posting, without the posting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Preparation {
    /// The posting's pay, experience and work mode, as given or else read from its text.
    salary: Option<Salary>,
    experience: Option<ExperienceRequirement>,
    work_mode: WorkMode,
    required_skills: Vec<JobSkill>,
    preferred_skills: Vec<JobSkill>,
    requirement_skills: Vec<Vec<SkillId>>,
    places: Vec<Location>,
    restriction: PostingRestriction,
    for_students: bool,
    suspicious: bool,
    #[serde(default)]
    temporary: Option<String>,
    #[serde(default)]
    work_family: Option<WorkFamily>,
}

impl Preparation {
    /// Prepares `job`: the costly part of ranking that needs no resume.
    pub fn of(job: &JobPosting, taxonomy: &Taxonomy) -> Preparation {
        let mut job = job.clone();
        enrich_job(&mut job);
        Preparation::of_filled(job, taxonomy)
    }

    /// [`Preparation::of`] for a posting [`enrich_job`] of this build (this
    /// [`PREPARATION_VERSION`]) already filled, as an import does: the same preparation,
    /// without reading its pay, experience and work mode from its text a second time.
    pub fn of_enriched(job: &JobPosting, taxonomy: &Taxonomy) -> Preparation {
        Preparation::of_filled(job.clone(), taxonomy)
    }

    fn of_filled(job: JobPosting, taxonomy: &Taxonomy) -> Preparation {
        Preparation::split(PreparedJob::new(job, taxonomy)).1
    }

    /// A prepared posting taken apart: the posting (with the fields [`enrich_job`] filled) and
    /// its preparation, which [`Preparation::into_prepared`] puts back together.
    pub fn split(prepared: PreparedJob) -> (JobPosting, Preparation) {
        let PreparedJob {
            job,
            required_skills,
            preferred_skills,
            requirement_skills,
            places,
            restriction,
            for_students,
            suspicious,
            temporary,
            work_family,
        } = prepared;
        let preparation = Preparation {
            salary: job.salary.clone(),
            experience: job.experience.clone(),
            work_mode: job.work_mode,
            required_skills,
            preferred_skills,
            requirement_skills,
            places,
            restriction,
            for_students,
            suspicious,
            temporary,
            work_family,
        };
        (job, preparation)
    }

    /// `job` prepared as [`Preparation::of`] would prepare it, provided this preparation was
    /// made from it (same text, same stamp).
    pub fn into_prepared(self, mut job: JobPosting) -> PreparedJob {
        job.salary = self.salary;
        job.experience = self.experience;
        job.work_mode = self.work_mode;
        PreparedJob {
            job,
            required_skills: self.required_skills,
            preferred_skills: self.preferred_skills,
            requirement_skills: self.requirement_skills,
            places: self.places,
            restriction: self.restriction,
            for_students: self.for_students,
            suspicious: self.suspicious,
            temporary: self.temporary,
            work_family: self.work_family,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::hash::Hasher;

    use super::*;
    use crate::matching::JobIndex;
    use crate::samples::sample_jobs;
    use crate::skills::bundled;
    use crate::skills::hash::FxHasher;

    /// A hash of the bundled samples' preparations under each [`PREPARATION_VERSION`] and the
    /// bundled taxonomy. A new version appends its own.
    const PREPARED_SAMPLES: &[(u32, u64)] = &[
        (1, 9338184849606374231),
        (2, 16728290315258170243),
        (3, 11486174096288446395),
    ];

    #[test]
    fn version_is_bumped_when_preparations_change() {
        let taxonomy = bundled();
        let preparations: Vec<Preparation> = sample_jobs()
            .iter()
            .map(|job| Preparation::of(job, taxonomy))
            .collect();
        let mut hasher = FxHasher::default();
        hasher.write(serde_json::to_string(&preparations).unwrap().as_bytes());
        hasher.write(preparation_stamp(taxonomy).as_bytes());
        let digest = hasher.finish();
        let expected = PREPARED_SAMPLES
            .iter()
            .find(|(version, _)| *version == PREPARATION_VERSION)
            .map(|(_, digest)| *digest);
        assert!(
            expected.is_some(),
            "add ({PREPARATION_VERSION}, {digest}) to PREPARED_SAMPLES"
        );
        assert_eq!(
            expected,
            Some(digest),
            "what a posting's preparation holds changed: bump PREPARATION_VERSION (stored \
             preparations are then made again) and add ({}, {digest}) to PREPARED_SAMPLES",
            PREPARATION_VERSION + 1
        );
    }

    #[test]
    fn an_enriched_posting_prepares_as_the_posting_does() {
        let taxonomy = bundled();
        for job in sample_jobs() {
            let mut enriched = job.clone();
            enrich_job(&mut enriched);
            assert_eq!(
                Preparation::of_enriched(&enriched, taxonomy),
                Preparation::of(&job, taxonomy),
                "{}",
                job.title
            );
        }
    }

    #[test]
    fn a_stored_preparation_ranks_like_a_fresh_one() {
        let taxonomy = bundled();
        let jobs = sample_jobs();
        let stored: Vec<(JobPosting, Preparation)> = jobs
            .iter()
            .map(|job| {
                let json = serde_json::to_string(&Preparation::of(job, taxonomy)).unwrap();
                (job.clone(), serde_json::from_str(&json).unwrap())
            })
            .collect();
        let fresh = JobIndex::new(jobs, taxonomy);
        let restored = JobIndex::from_preparations(stored);
        let query = "Senior Rust engineer, Kubernetes and PostgreSQL, remote in the EU";
        assert_eq!(fresh.bm25_scores(query), restored.bm25_scores(query));
        assert_eq!(fresh.texts(), restored.texts());
        for (fresh, restored) in fresh.jobs().iter().zip(restored.jobs()) {
            assert_eq!(format!("{fresh:?}"), format!("{restored:?}"));
        }
    }
}
