//! `candor eval`: the JSON contract on the dev set with the staged MiniLM, every ranker against a
//! random baseline, and a tiny set whose metrics are computed by hand.

use std::path::PathBuf;

use candor_cli::eval::eval_file;
use candor_core::eval::{self, DevSet, Metrics};
use candor_tests::{site, workspace_root};

fn dev_set_path() -> PathBuf {
    workspace_root().join("tests/eval/jobs_dev.jsonl")
}

/// Mean metrics of uniformly random rankings, averaged over `n_rounds` seeded shuffles.
fn random_baseline(set: &DevSet, n_rounds: usize) -> Metrics {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut sum = Metrics::default();
    for _ in 0..n_rounds {
        let metrics = eval::evaluate(set, |_, scores| {
            scores.extend((0..set.docs.len()).map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 40) as f32
            }));
        });
        sum.ndcg_at_10 += metrics.ndcg_at_10;
        sum.mrr += metrics.mrr;
        sum.recall_at_10 += metrics.recall_at_10;
    }
    let n_rounds = n_rounds as f64;
    Metrics {
        ndcg_at_10: sum.ndcg_at_10 / n_rounds,
        mrr: sum.mrr / n_rounds,
        recall_at_10: sum.recall_at_10 / n_rounds,
    }
}

#[test]
fn dev_set_report_keeps_the_json_contract_and_rankers_beat_random() {
    let set = candor_cli::eval::read_dev_set(&dev_set_path()).unwrap();
    assert!(set.docs.len() >= 60, "{} docs", set.docs.len());
    assert!(set.queries.len() >= 25, "{} queries", set.queries.len());

    let report = eval_file(&dev_set_path(), Some(&site()), false).unwrap();
    let printed = serde_json::to_string(&report).unwrap();
    let json: serde_json::Value = serde_json::from_str(&printed).unwrap();
    let top: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(top, ["docs", "queries", "rankers"], "{printed}");
    assert_eq!(json["queries"], set.queries.len());
    assert_eq!(json["docs"], set.docs.len());

    let rankers = json["rankers"].as_object().unwrap();
    let mut names: Vec<&str> = rankers.keys().map(String::as_str).collect();
    names.sort_by_key(|name| printed.find(&format!("\"{name}\":{{")).unwrap());
    assert_eq!(
        names,
        ["bm25", "dense", "hybrid", "hybrid_no_model", "rrf"],
        "printed in evaluation order"
    );
    for (name, metrics) in rankers {
        let keys: Vec<&str> = metrics
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["mrr", "ndcg@10", "recall@10"], "{name}");
        for (key, value) in metrics.as_object().unwrap() {
            let value = value.as_f64().unwrap();
            assert!((0.0..=1.0).contains(&value), "{name}.{key} = {value}");
        }
    }

    let random = random_baseline(&set, 50);
    eprintln!("random baseline: {random:?}\nreport: {printed}");
    for name in ["bm25", "dense", "hybrid", "hybrid_no_model", "rrf"] {
        let metrics = report.metrics(name).unwrap();
        assert!(
            metrics.ndcg_at_10 > random.ndcg_at_10 + 0.2,
            "{name} nDCG@10 {} vs random {}",
            metrics.ndcg_at_10,
            random.ndcg_at_10
        );
        assert!(
            metrics.mrr > random.mrr + 0.2,
            "{name} MRR {} vs random {}",
            metrics.mrr,
            random.mrr
        );
        assert!(
            metrics.recall_at_10 > random.recall_at_10 + 0.2,
            "{name} Recall@10 {} vs random {}",
            metrics.recall_at_10,
            random.recall_at_10
        );
    }
}

/// Four plain and structured docs and two queries. BM25 ranks query 1 as rust-ops, rust-lang,
/// nurse, truck (the two Rust docs tie at equal length and keep file order; the others score 0)
/// and query 2 as nurse, rust-ops, truck, rust-lang.
const TINY: &str = r#"{"type":"meta","note":"ignored"}
{"type":"doc","doc_id":"rust-ops","text":"Rust backend engineer"}
{"type":"doc","doc_id":"nurse","text":"ICU registered nurse"}

{"type":"doc","doc_id":"truck","title":"CDL Truck Driver","company":"Haul Co","description":"Regional routes","salary":"$30/hour"}
{"type":"doc","doc_id":"rust-lang","text":"Rust compiler engineer"}
{"type":"query","query_id":"q1","text":"Rust engineer","qrels":{"rust-lang":3,"rust-ops":1,"nurse":0}}
{"type":"query","query_id":"q2","text":"registered nurse","qrels":{"nurse":3,"truck":1}}
"#;

#[test]
fn tiny_set_metrics_match_hand_computation() {
    let path = std::env::temp_dir().join(format!("candor-eval-tiny-{}.jsonl", std::process::id()));
    std::fs::write(&path, TINY).unwrap();
    let report = eval_file(&path, None, false).unwrap();
    std::fs::remove_file(&path).unwrap();

    assert_eq!((report.queries, report.docs), (2, 4));
    let names: Vec<&str> = report.rankers.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["bm25"], "no --models, no dense or hybrid");

    let log2_3 = 3f64.log2();
    // q1: ranked grades 1, 3, 0, 0. DCG = 1 / log2 2 + 7 / log2 3; ideal 3, 1, 0: 7 + 1 / log2 3.
    let q1_ndcg = (1.0 + 7.0 / log2_3) / (7.0 + 1.0 / log2_3);
    // q2: ranked grades 3, 0, 1, 0. DCG = 7 + 1 / log2 4; ideal 3, 1: 7 + 1 / log2 3.
    let q2_ndcg = 7.5 / (7.0 + 1.0 / log2_3);
    let expected = Metrics {
        ndcg_at_10: (q1_ndcg + q2_ndcg) / 2.0,
        // The grade-3 doc is second for q1 and first for q2.
        mrr: (0.5 + 1.0) / 2.0,
        // Four docs: every relevant doc is in the top 10.
        recall_at_10: 1.0,
    };
    let bm25 = report.metrics("bm25").unwrap();
    assert!(
        (bm25.ndcg_at_10 - expected.ndcg_at_10).abs() < 1e-9,
        "{bm25:?}"
    );
    assert!((bm25.mrr - expected.mrr).abs() < 1e-12, "{bm25:?}");
    assert!(
        (bm25.recall_at_10 - expected.recall_at_10).abs() < 1e-12,
        "{bm25:?}"
    );

    let printed = serde_json::to_string(&report).unwrap();
    assert!(
        printed.starts_with(r#"{"queries":2,"docs":4,"rankers":{"bm25":{"ndcg@10":"#),
        "{printed}"
    );
}

#[test]
fn a_malformed_dev_set_names_the_file_and_line() {
    let path = std::env::temp_dir().join(format!("candor-eval-bad-{}.jsonl", std::process::id()));
    std::fs::write(
        &path,
        "{\"type\":\"doc\",\"doc_id\":\"a\",\"text\":\"x\"}\n{oops\n",
    )
    .unwrap();
    let error = eval_file(&path, None, false).unwrap_err();
    std::fs::remove_file(&path).unwrap();
    let message = format!("{error:#}");
    assert!(
        message.contains("is not a valid dev set: line 2: "),
        "{message}"
    );
    assert!(message.contains(&path.display().to_string()), "{message}");
}

#[test]
fn held_out_set_parses_and_is_disjoint_from_the_dev_set() {
    let dev = DevSet::parse_jsonl(&std::fs::read_to_string(dev_set_path()).unwrap()).unwrap();
    let heldout_path = workspace_root().join("tests/eval/jobs_heldout.jsonl");
    let heldout = DevSet::parse_jsonl(&std::fs::read_to_string(heldout_path).unwrap()).unwrap();
    assert!(heldout.docs.len() >= 30 && heldout.queries.len() >= 12);
    for doc in &heldout.docs {
        assert_eq!(dev.doc_idx(&doc.doc_id), None, "{} is in both", doc.doc_id);
    }
    for query in &heldout.queries {
        assert!(dev.queries.iter().all(|q| q.query_id != query.query_id));
        assert_eq!(query.top_grade(), 3, "{}", query.query_id);
    }
}
