//! `candor eval --reranker`: with the tiny random-weight Qwen3 reranker staged in a mirror under a
//! lock that pins its files, the eval adds `hybrid+rerank` (and the sweep) with finite metrics;
//! without the files, the error names each missing one. Random weights say nothing about
//! ranking quality: this proves the plumbing, not the reranker's weight.

use std::path::{Path, PathBuf};

use candor_cli::rerank_eval::{RerankOptions, eval_file_reranked};
use candor_lock::ModelLock;
use candor_tests::TinyQwen3;

/// The tiny reranker, with the same `score` shape as the real Qwen3 entry.
const TINY_RERANKER: TinyQwen3 = TinyQwen3 {
    fixture: "reranker",
    id: "tiny-reranker",
    kind_lines: "kind = \"reranker\"\npooling = \"yes-no-logits\"\nnormalization = \"none\"",
    after_files: "[[models.instruction_profiles]]\nid = \"job-fit\"\n\
        instruction = \"Given a job posting, judge whether the candidate's resume meets its requirements.\"\n\
        query_format = \"<Instruct>: {instruction}\\n<Query>: {query}\\n<Document>: {document}\"\n\
        thresholds = { strong = 0.8, medium = 0.5, weak = 0.2 }\n\n\
        [models.score]\nweight = 0.3\nrerank_top_k = 3\nvalidated = false",
};

fn fixture_site(name: &str) -> PathBuf {
    TINY_RERANKER.site(name)
}

/// The bundled MiniLM entry and the tiny reranker.
fn fixture_lock() -> ModelLock {
    TINY_RERANKER.lock(
        "embedding = \"all-minilm-l6-v2\"\nreranker = \"tiny-reranker\"\n\
         fallback = \"all-minilm-l6-v2\"",
    )
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
    let mirror = TINY_RERANKER.mirror(&site);
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
