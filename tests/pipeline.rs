//! The native pipeline end to end: CLI ranking over the staged mirror, and verification that
//! refuses a tampered copy.

use std::path::Path;

use candor_core::domain::JobPosting;
use candor_core::samples::SAMPLE_JOBS_JSON;
use candor_lock::ModelLock;
use candor_store::StoreError;
use candor_store::mirror::{self, FileCheck};
use candor_tests::{minilm_entry, site};

#[test]
fn rust_resume_ranks_rust_job_first_and_pastry_chef_low() {
    let jobs: Vec<JobPosting> = serde_json::from_str(SAMPLE_JOBS_JSON).unwrap();
    let resume = "Senior backend engineer: Rust, Tokio, PostgreSQL, Kubernetes, Terraform.";
    let lock = ModelLock::bundled();
    let report = candor_cli::rank(&lock, &site(), "all-minilm-l6-v2", resume, &jobs).unwrap();
    let ids: Vec<&str> = report.matches.iter().map(|m| m.job_id.as_str()).collect();
    assert_eq!(ids.len(), jobs.len());
    assert_eq!(ids[0], "sample-rust-backend", "{ids:?}");
    let position = |id| ids.iter().position(|x| *x == id).unwrap();
    assert!(position("sample-rust-backend") < position("sample-pastry-chef"));
    assert_eq!(report.lock_hash, lock.lock_hash());
    assert!(
        report.matches.windows(2).all(|w| w[0].score >= w[1].score),
        "sorted best first"
    );
}

/// Copies the staged MiniLM into a temporary site, flipping one byte of `damaged`.
fn tampered_site(damaged: &str) -> std::path::PathBuf {
    let model = minilm_entry();
    let root = std::env::temp_dir().join(format!(
        "candor-tampered-{}-{}",
        std::process::id(),
        damaged.replace('/', "_")
    ));
    for file in &model.files {
        let from = mirror::file_path(&site(), &model, file);
        let to = mirror::file_path(&root, &model, file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        let mut bytes = std::fs::read(&from).unwrap();
        if file.path == damaged {
            let middle = bytes.len() / 2;
            bytes[middle] ^= 1;
        }
        std::fs::write(&to, bytes).unwrap();
    }
    root
}

#[test]
fn one_flipped_weight_byte_is_refused_before_loading() {
    let root = tampered_site("model.safetensors");
    let error = candor_cli::load_minilm(&root, &minilm_entry())
        .err()
        .expect("tampered weights must not load");
    let message = format!("{error:#}");
    assert!(
        message.contains("hash mismatch for all-minilm-l6-v2/model.safetensors"),
        "{message}"
    );

    let checks = mirror::check_model(&root, &minilm_entry());
    let rejected: Vec<&str> = checks
        .iter()
        .filter(|(_, check)| matches!(check, FileCheck::Rejected(StoreError::HashMismatch { .. })))
        .map(|(file, _)| file.path.as_str())
        .collect();
    assert_eq!(rejected, ["model.safetensors"]);
    std::fs::remove_dir_all(root).unwrap();
}

#[test]
fn a_missing_required_file_says_download_first() {
    let root = tampered_site("none");
    let model = minilm_entry();
    std::fs::remove_file(mirror::file_path(
        &root,
        &model,
        model.file("tokenizer.json").unwrap(),
    ))
    .unwrap();
    let error = candor_store::mirror::load_model(&root, &model).unwrap_err();
    assert_eq!(
        error,
        StoreError::NotStored {
            model_id: model.id.clone(),
            path: "tokenizer.json".into()
        }
    );
    assert!(Path::new(&root).exists());
    std::fs::remove_dir_all(root).unwrap();
}
