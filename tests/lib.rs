//! Shared helpers for the cross-crate tests: where the staged model mirror is and the
//! reference fixtures.

use std::path::PathBuf;

use candor_lock::{ModelEntry, ModelLock};

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

/// One tiny random-weight Qwen3 checkpoint from `tests/fixtures/qwen3/{name}/` (`embedding` or
/// `reranker`), written by `fixtures/scripts/qwen3_fixtures.py`.
pub struct Qwen3Fixture {
    pub config_json: Vec<u8>,
    pub tokenizer_json: Vec<u8>,
    pub safetensors: Vec<u8>,
}

impl Qwen3Fixture {
    pub fn load(name: &str) -> Self {
        let dir = workspace_root().join("tests/fixtures/qwen3").join(name);
        let read = |file: &str| std::fs::read(dir.join(file)).unwrap();
        Qwen3Fixture {
            config_json: read("config.json"),
            tokenizer_json: read("tokenizer.json"),
            safetensors: read("model.safetensors"),
        }
    }

    pub fn bytes(&self) -> candor_ml::qwen3::ModelBytes<'_> {
        candor_ml::qwen3::ModelBytes {
            config_json: &self.config_json,
            tokenizer_json: &self.tokenizer_json,
            safetensors: &self.safetensors,
        }
    }
}

/// `tests/fixtures/qwen3/{file}` parsed as JSON.
pub fn qwen3_expected<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = workspace_root().join("tests/fixtures/qwen3").join(file);
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// The pinned Qwen3-Reranker tokenizer.json from the staged mirror. A missing file is a
/// failure, not a skip: `.ci/stage-tokenizers.sh` stages it without network access to a hub.
pub fn staged_qwen3_tokenizer() -> Vec<u8> {
    let reranker = ModelLock::bundled()
        .model("qwen3-reranker-0.6b")
        .expect("Qwen3-Reranker is pinned")
        .clone();
    let path = workspace_root()
        .join("dist")
        .join(reranker.mirror_path(reranker.file("tokenizer.json").unwrap()));
    assert!(
        path.is_file(),
        "{} is missing: run `.ci/stage-tokenizers.sh` first",
        path.display()
    );
    std::fs::read(path).unwrap()
}
