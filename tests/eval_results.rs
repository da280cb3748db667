//! `tests/eval/RESULTS.json` is what `candor results` writes: regenerated here from the test
//! splits, the staged MiniLM and the committed weights, and compared figure by figure.

use candor_tests::{site, workspace_root};

/// Figures may move this much between machines (float sums in another order can swap two
/// documents of nearly equal score); anything more means the file is stale.
const TOLERANCE: f64 = 2e-3;

#[test]
fn committed_results_are_what_the_test_splits_give_under_the_committed_weights() {
    let root = workspace_root();
    let committed: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("tests/eval/RESULTS.json")).unwrap(),
    )
    .unwrap();
    let splits = [
        "tests/eval/long/long_test.jsonl",
        "tests/eval/esco/esco_test.jsonl",
    ]
    .map(|split| root.join(split));
    let fresh = candor_cli::eval::results(&site(), &splits).unwrap();
    assert_eq!(
        committed["weights"], fresh["weights"],
        "RESULTS.json was written under other weights: rerun `make results`"
    );
    let mut differences = Vec::new();
    compare("", &committed["splits"], &fresh["splits"], &mut differences);
    assert!(
        differences.is_empty(),
        "RESULTS.json is stale (rerun `make results`):\n{}",
        differences.join("\n")
    );
}

fn compare(
    at: &str,
    committed: &serde_json::Value,
    fresh: &serde_json::Value,
    differences: &mut Vec<String>,
) {
    use serde_json::Value;
    match (committed, fresh) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for key in keys {
                compare(
                    &format!("{at}/{key}"),
                    a.get(key).unwrap_or(&Value::Null),
                    b.get(key).unwrap_or(&Value::Null),
                    differences,
                );
            }
        }
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            if (a - b).abs() > TOLERANCE {
                differences.push(format!("{at}: committed {a}, now {b}"));
            }
        }
        (a, b) if a != b => differences.push(format!("{at}: committed {a}, now {b}")),
        _ => {}
    }
}
