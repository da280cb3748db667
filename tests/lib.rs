//! Shared helpers for the cross-crate tests: where the staged model mirror is and the
//! reference fixtures.

use std::path::PathBuf;

use candor_core::lockfile::{ModelEntry, ModelLock};

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_owned()
}

/// The site directory holding the staged mirror. `make test` stages the default model before
/// running these tests; a missing mirror is a failure, not a skip.
pub fn site() -> PathBuf {
    let site = workspace_root().join("dist");
    let minilm = minilm_entry();
    let weights = site.join(minilm.mirror_path(minilm.file("model.safetensors").unwrap()));
    assert!(
        weights.is_file(),
        "{} is missing: run `.ci/stage-models.sh` (part of `make test`) first",
        weights.display()
    );
    site
}

pub fn minilm_entry() -> ModelEntry {
    ModelLock::bundled()
        .model("all-minilm-l6-v2")
        .expect("MiniLM is pinned")
        .clone()
}

/// One text and the vector sentence-transformers computed for it.
#[derive(Debug, serde::Deserialize)]
pub struct ReferenceCase {
    pub text: String,
    pub vector: Vec<f32>,
}

#[derive(Debug, serde::Deserialize)]
pub struct Reference {
    pub model: String,
    pub cases: Vec<ReferenceCase>,
}

/// `tests/fixtures/minilm_reference.json`, written by `fixtures/scripts/minilm_reference.py`.
pub fn minilm_reference() -> Reference {
    let path = workspace_root().join("tests/fixtures/minilm_reference.json");
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}
