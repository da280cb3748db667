//! `candor eval --reranker`: with the tiny random-weight Qwen3 reranker staged in a mirror under a
//! lock that pins its files, the eval adds `hybrid+rerank` (and the sweep) with finite metrics;
//! without the files, the error names each missing one. Random weights say nothing about
//! ranking quality: this proves the plumbing, not the reranker's weight.

use std::path::{Path, PathBuf};

use candor_cli::rerank_eval::{RerankOptions, eval_file_reranked};
use candor_lock::digest::sha256_hex;
use candor_lock::{BUNDLED_LOCK_TOML, ModelLock};
use candor_tests::{site, workspace_root};

const REVISION: &str = "0000000000000000000000000000000000000002";
const FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

/// A fresh site directory for `name`: the tiny reranker's files in the mirror layout, and the
/// staged MiniLM linked in from the real site.
fn fixture_site(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("candor-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let mirror = root.join(format!(
        "models/candor-fixtures/tiny-reranker/resolve/{REVISION}"
    ));
    std::fs::create_dir_all(&mirror).unwrap();
    for file in FILES {
        std::fs::copy(fixture(file), mirror.join(file)).unwrap();
    }
    let minilm = site().join("models/sentence-transformers");
    std::os::unix::fs::symlink(minilm, root.join("models/sentence-transformers")).unwrap();
    root
}

fn fixture(file: &str) -> PathBuf {
    workspace_root()
        .join("tests/fixtures/qwen3/reranker")
        .join(file)
}

/// The bundled MiniLM entry and a reranker entry pinning the fixture's files, with the same
/// `score` shape as the real Qwen3 entry.
fn fixture_lock() -> ModelLock {
    let minilm_start = BUNDLED_LOCK_TOML
        .find("[[models]]\nid = \"all-minilm-l6-v2\"")
        .expect("the bundled lock pins MiniLM");
    let mut toml = String::from(
        "version = 1\n\n[defaults]\nembedding = \"all-minilm-l6-v2\"\n\
         reranker = \"tiny-reranker\"\nfallback = \"all-minilm-l6-v2\"\n\n",
    );
    toml.push_str(&format!(
        "[[models]]\nid = \"tiny-reranker\"\nrepo = \"candor-fixtures/tiny-reranker\"\n\
         revision = \"{REVISION}\"\nlicense = \"Apache-2.0\"\nkind = \"reranker\"\n\
         backend = \"candle-qwen3\"\nnative_dimension = 64\nstored_dimension = 64\n\
         max_tokens = 512\ntokenizer_family = \"qwen2-bpe\"\npooling = \"yes-no-logits\"\n\
         normalization = \"none\"\ninstruction_support = true\n\
         sources = [\"models/{{repo}}/resolve/{{revision}}/{{path}}\"]\n\n"
    ));
    for file in FILES {
        let bytes = std::fs::read(fixture(file)).unwrap();
        toml.push_str(&format!(
            "[[models.files]]\npath = \"{file}\"\nsha256 = \"{}\"\nbytes = {}\nrequired = true\n\n",
            sha256_hex(&bytes),
            bytes.len()
        ));
    }
    toml.push_str(
        "[[models.instruction_profiles]]\nid = \"job-fit\"\n\
         instruction = \"Given a job posting, judge whether the candidate's resume meets its requirements.\"\n\
         query_format = \"<Instruct>: {instruction}\\n<Query>: {query}\\n<Document>: {document}\"\n\
         thresholds = { strong = 0.8, medium = 0.5, weak = 0.2 }\n\n\
         [models.score]\nweight = 0.3\nrerank_top_k = 3\nvalidated = false\n\n",
    );
    toml.push_str(&BUNDLED_LOCK_TOML[minilm_start..]);
    ModelLock::parse(&toml).expect("the fixture lock is valid")
}

/// A small dev set: five postings, two resumes.
fn dev_set(dir: &Path) -> PathBuf {
    let lines = [
        r#"{"type":"doc","doc_id":"rust","title":"Backend Engineer","text":"Rust services on Kubernetes with PostgreSQL."}"#,
        r#"{"type":"doc","doc_id":"go","title":"Platform Engineer","text":"Kubernetes operators and Terraform in Go."}"#,
        r#"{"type":"doc","doc_id":"chef","title":"Pastry Chef","text":"Laminated doughs and plated desserts."}"#,
        r#"{"type":"doc","doc_id":"nurse","title":"ICU Nurse","text":"Critical care nursing; BLS required."}"#,
        r#"{"type":"doc","doc_id":"data","title":"Data Engineer","text":"SQL pipelines and dashboards."}"#,
        r#"{"type":"query","query_id":"eng","text":"Backend engineer: Rust, Kubernetes, PostgreSQL, Terraform.","qrels":{"rust":3,"go":2,"data":1}}"#,
        r#"{"type":"query","query_id":"cook","text":"Pastry cook: croissants, plated desserts, food safety.","qrels":{"chef":3}}"#,
    ];
    let path = dir.join("dev.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

#[test]
fn the_reranker_flag_adds_hybrid_rerank_with_finite_metrics() {
    let site = fixture_site("rerank-eval");
    let lock = fixture_lock();
    let options = RerankOptions {
        reranker_id: "tiny-reranker".into(),
        rerank_top_k: None,
        sweep: true,
    };
    let report = eval_file_reranked(&dev_set(&site), &site, &lock, &options, false).unwrap();
    let json = serde_json::to_value(&report).unwrap();
    let rankers = json["rankers"].as_object().unwrap();
    let names: Vec<&str> = rankers.keys().map(String::as_str).collect();
    for name in [
        "bm25",
        "hybrid",
        "hybrid+rerank",
        "hybrid+rerank@0.0",
        "hybrid+rerank@1.0",
    ] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    assert_eq!(names.len(), 5 + 1 + 11, "{names:?}");
    for (name, metrics) in rankers {
        for (key, value) in metrics.as_object().unwrap() {
            let value = value.as_f64().unwrap();
            assert!(
                value.is_finite() && (0.0..=1.0).contains(&value),
                "{name}.{key} = {value}"
            );
        }
    }
    // At weight 0 the reranker reorders nothing: the top K keep the hybrid order.
    assert_eq!(rankers["hybrid+rerank@0.0"], rankers["hybrid"]);
    std::fs::remove_dir_all(&site).unwrap();
}

#[test]
fn missing_reranker_files_are_named() {
    let site = fixture_site("rerank-eval-missing");
    let lock = fixture_lock();
    let mirror = site.join(format!(
        "models/candor-fixtures/tiny-reranker/resolve/{REVISION}"
    ));
    std::fs::remove_file(mirror.join("model.safetensors")).unwrap();
    std::fs::write(mirror.join("config.json"), b"{}").unwrap();
    let options = RerankOptions {
        reranker_id: "tiny-reranker".into(),
        rerank_top_k: Some(2),
        sweep: false,
    };
    let Err(error) = eval_file_reranked(&dev_set(&site), &site, &lock, &options, false) else {
        panic!("the reranker cannot run");
    };
    let message = format!("{error:#}");
    assert!(message.contains("tiny-reranker cannot run"), "{message}");
    assert!(
        message.contains(&format!(
            "missing: {}",
            mirror.join("model.safetensors").display()
        )),
        "{message}"
    );
    assert!(
        message.contains("rejected") && message.contains("config.json"),
        "{message}"
    );
    assert!(!message.contains("tokenizer.json"), "{message}");
    std::fs::remove_dir_all(&site).unwrap();
}
