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

/// The revision a tiny Qwen3 fixture is pinned at in a test lock.
pub const TINY_QWEN3_REVISION: &str = "0000000000000000000000000000000000000002";

/// A tiny Qwen3 model as a test lock has it: which fixture, its id, and the lock lines that
/// differ between an embedding model and a reranker.
pub struct TinyQwen3 {
    /// `embedding` or `reranker`, under `tests/fixtures/qwen3/`.
    pub fixture: &'static str,
    pub id: &'static str,
    /// `kind`, `pooling` and `normalization` lines of its `[[models]]` entry.
    pub kind_lines: &'static str,
    /// What follows its files: instruction profiles, and a reranker's `[models.score]`.
    pub after_files: &'static str,
}

impl TinyQwen3 {
    /// The model's files in the mirror layout under `site`.
    pub fn mirror(&self, site: &std::path::Path) -> PathBuf {
        site.join(format!(
            "models/candor-fixtures/{}/resolve/{TINY_QWEN3_REVISION}",
            self.id
        ))
    }

    /// A fresh site directory for test `name`: this model's files in the mirror layout, and
    /// the staged MiniLM linked in from the real site.
    pub fn site(&self, name: &str) -> PathBuf {
        let root = std::env::temp_dir().join(format!("candor-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let mirror = self.mirror(&root);
        std::fs::create_dir_all(&mirror).unwrap();
        for file in QWEN3_FIXTURE_FILES {
            std::fs::copy(self.fixture_dir().join(file), mirror.join(file)).unwrap();
        }
        let minilm = site().join("models/sentence-transformers");
        std::os::unix::fs::symlink(minilm, root.join("models/sentence-transformers")).unwrap();
        root
    }

    /// A lock with this model (pinning the fixture's files) and the bundled Qwen3 reranker and
    /// MiniLM entries; `defaults` is its `[defaults]` table's body.
    pub fn lock(&self, defaults: &str) -> ModelLock {
        let bundled_start = candor_lock::BUNDLED_LOCK_TOML
            .find("[[models]]\nid = \"qwen3-reranker-0.6b\"")
            .expect("the bundled lock pins the reranker, then MiniLM");
        let mut toml = format!(
            "version = 1\n\n[defaults]\n{defaults}\n\n\
             [[models]]\nid = \"{id}\"\nrepo = \"candor-fixtures/{id}\"\n\
             revision = \"{TINY_QWEN3_REVISION}\"\nlicense = \"Apache-2.0\"\n{kind_lines}\n\
             backend = \"candle-qwen3\"\nnative_dimension = 64\nstored_dimension = 64\n\
             max_tokens = 512\ntokenizer_family = \"qwen2-bpe\"\ninstruction_support = true\n\
             sources = [\"models/{{repo}}/resolve/{{revision}}/{{path}}\"]\n\n",
            id = self.id,
            kind_lines = self.kind_lines.trim(),
        );
        for file in QWEN3_FIXTURE_FILES {
            let bytes = std::fs::read(self.fixture_dir().join(file)).unwrap();
            toml.push_str(&format!(
                "[[models.files]]\npath = \"{file}\"\nsha256 = \"{}\"\nbytes = {}\n\
                 required = true\n\n",
                candor_lock::digest::sha256_hex(&bytes),
                bytes.len()
            ));
        }
        toml.push_str(self.after_files.trim());
        toml.push_str("\n\n");
        toml.push_str(&candor_lock::BUNDLED_LOCK_TOML[bundled_start..]);
        ModelLock::parse(&toml).expect("the fixture lock is valid")
    }

    fn fixture_dir(&self) -> PathBuf {
        workspace_root()
            .join("tests/fixtures/qwen3")
            .join(self.fixture)
    }
}

/// The files of every tiny Qwen3 fixture.
const QWEN3_FIXTURE_FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];
