//! `candor recruit` and `candor search` over the staged MiniLM: the recruiter's direction ranks
//! resumes for one posting (not postings for a resume), and free-text search finds postings.

use std::path::PathBuf;

use candor_cli::{ResumeFile, read_resumes};
use candor_core::domain::JobPosting;
use candor_core::samples::sample_jobs;
use candor_lock::ModelLock;
use candor_tests::site;

const NURSE: &str = "Registered Nurse (RN licence), BLS certified.\nExperience\n\
    Staff Nurse, Providence Medical-Surgical Unit  Jan 2019 - Present\n\
    Direct patient care on a 32-bed med-surg unit: assessments, medication administration, \
    wound care, discharge teaching with patients and families. Epic charting.";
const BACKEND: &str = "Senior backend engineer: Rust, Tokio, PostgreSQL, Kubernetes, Terraform.\n\
    Experience\nSenior Engineer, Acme  Jan 2017 - Present\nBuilt gRPC services in Rust.";
const BAKER: &str = "Pastry chef: croissants, viennoiserie, tarts, plated desserts.\n\
    Experience\nPastry Chef, Boulangerie Paul  2015 - Present";

fn nurse_job() -> JobPosting {
    sample_jobs()
        .into_iter()
        .find(|job| job.id == "sample-registered-nurse")
        .expect("the samples include a nurse posting")
}

fn resumes() -> Vec<ResumeFile> {
    [("baker", BAKER), ("backend", BACKEND), ("nurse", NURSE)]
        .into_iter()
        .map(|(candidate_id, text)| ResumeFile {
            candidate_id: candidate_id.into(),
            text: text.into(),
        })
        .collect()
}

#[test]
fn recruit_ranks_the_nurse_first_for_the_nurse_posting_keyed_by_candidate() {
    let lock = ModelLock::bundled();
    let job = nurse_job();
    let report = candor_cli::recruit(&lock, &site(), "all-minilm-l6-v2", &job, &resumes()).unwrap();
    assert_eq!(report.job_id, "sample-registered-nurse");
    let ids: Vec<&str> = report
        .candidates
        .iter()
        .map(|c| c.candidate_id.as_str())
        .collect();
    assert_eq!(ids.len(), 3);
    assert_eq!(ids[0], "nurse", "{ids:?}");
    // Reversed (postings ranked for a resume), every entry would name a different posting.
    assert!(
        report
            .candidates
            .iter()
            .all(|c| c.explained.job_id == job.id)
    );
    assert!(
        report
            .candidates
            .windows(2)
            .all(|w| w[0].explained.score >= w[1].explained.score),
        "sorted best first"
    );
    let nurse = &report.candidates[0].explained;
    assert!(
        nurse
            .combined
            .contributions
            .iter()
            .any(|c| c.kind == candor_core::hybrid::SignalKind::Dense),
        "the model ran: {:?}",
        nurse.combined.contributions
    );
}

#[test]
fn resumes_are_read_from_files_and_directories_with_ids_from_file_names() {
    let dir = std::env::temp_dir().join(format!("candor-recruit-{}", std::process::id()));
    let pool = dir.join("pool");
    std::fs::create_dir_all(&pool).unwrap();
    std::fs::write(pool.join("b-nurse.txt"), NURSE).unwrap();
    std::fs::write(pool.join("a-baker.txt"), BAKER).unwrap();
    std::fs::write(pool.join("notes.md"), "not a resume").unwrap();
    std::fs::write(dir.join("backend.txt"), BACKEND).unwrap();
    let read = read_resumes(&[pool.clone(), dir.join("backend.txt")]).unwrap();
    let ids: Vec<&str> = read.iter().map(|r| r.candidate_id.as_str()).collect();
    assert_eq!(ids, ["a-baker", "b-nurse", "backend"]);
    assert_eq!(read[1].text, NURSE);
    let twice = read_resumes(&[dir.join("backend.txt"), dir.join("backend.txt")]);
    assert!(twice.unwrap_err().to_string().contains("backend"));
    let empty: Vec<PathBuf> = vec![dir.join("pool-missing-dir-is-a-file-path")];
    assert!(read_resumes(&empty).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn search_finds_the_posting_a_query_describes_with_and_without_the_model() {
    let lock = ModelLock::bundled();
    let jobs = sample_jobs();
    let query = "registered nurse med-surg patient care";
    for models in [None, Some(site())] {
        let hits = candor_cli::search(&lock, models.as_deref(), query, &jobs, 3).unwrap();
        assert!(hits.len() <= 3);
        assert_eq!(hits[0].job_id, "sample-registered-nurse", "{hits:?}");
        let has_dense = hits[0]
            .combined
            .contributions
            .iter()
            .any(|c| c.kind == candor_core::hybrid::SignalKind::Dense);
        assert_eq!(has_dense, models.is_some());
    }
    let hits = candor_cli::search(&lock, None, "React TypeScript", &jobs, 10).unwrap();
    assert_eq!(hits[0].job_id, "sample-frontend");
    assert_eq!(hits[0].matched_skills, ["React", "TypeScript"]);
}
