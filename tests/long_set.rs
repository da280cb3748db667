//! The real-length evaluation set in `tests/eval/long/`: its three splits parse as `candor eval`
//! dev sets, split the resumes without overlap, mark their designed cases consistently and are
//! what `make_long_set.py` writes from the committed sources. No model is loaded.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

use candor_core::eval::DevSet;
use candor_tests::workspace_root;

const SPLITS: [&str; 3] = ["train", "dev", "test"];

fn long_dir() -> PathBuf {
    workspace_root().join("tests/eval/long")
}

fn split_text(split: &str) -> String {
    std::fs::read_to_string(long_dir().join(format!("long_{split}.jsonl"))).unwrap()
}

/// The field key of a resume id `r-<field>-<n>`.
fn field_of(resume_id: &str) -> &str {
    let field_and_n = resume_id
        .strip_prefix("r-")
        .expect("resume ids start with r-");
    field_and_n.rsplit_once('-').expect("r-<field>-<n>").0
}

#[test]
fn splits_parse_share_no_resume_and_cover_every_resume_by_field() {
    let resume_ids: BTreeSet<String> = std::fs::read_dir(long_dir().join("resumes"))
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            path.file_stem().unwrap().to_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(resume_ids.len(), 65);

    let sets: Vec<DevSet> = SPLITS
        .iter()
        .map(|split| DevSet::parse_jsonl(&split_text(split)).unwrap())
        .collect();
    let doc_ids =
        |set: &DevSet| -> Vec<String> { set.docs.iter().map(|doc| doc.doc_id.clone()).collect() };
    assert_eq!(sets[0].docs.len(), 202);
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    let mut per_field: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    for (split_idx, (split, set)) in SPLITS.iter().zip(&sets).enumerate() {
        assert_eq!(
            doc_ids(set),
            doc_ids(&sets[0]),
            "{split}: every posting, same order"
        );
        for query in &set.queries {
            if let Some(other) = seen.insert(query.query_id.clone(), split) {
                panic!("{} is in {other} and {split}", query.query_id);
            }
            assert!(resume_ids.contains(&query.query_id), "{}", query.query_id);
            assert_eq!(query.top_grade(), 3, "{split}: {}", query.query_id);
            per_field.entry(field_of(&query.query_id)).or_default()[split_idx] += 1;
        }
    }
    assert_eq!(seen.len(), resume_ids.len(), "every resume is in a split");
    assert_eq!(per_field.len(), 13);
    for (field, counts) in per_field {
        assert_eq!(counts, [3, 1, 1], "{field}: train, dev, test");
    }
}

/// Each query line lists its designed hard negatives and quiet positives beside the qrels
/// (fields `DevSet` ignores); they must be judged 0 and at least 2.
#[test]
fn designed_cases_are_judged_with_their_grades() {
    let (mut n_hard, mut n_quiet) = (0, 0);
    for split in SPLITS {
        for line in split_text(split).lines() {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            if value["type"] != "query" {
                continue;
            }
            let query_id = value["query_id"].as_str().unwrap();
            let grade = |doc_id: &serde_json::Value| {
                value["qrels"][doc_id.as_str().unwrap()]
                    .as_u64()
                    .unwrap_or_else(|| panic!("{query_id}: {doc_id} is not judged"))
            };
            for doc_id in value["hard_negatives"].as_array().unwrap() {
                assert_eq!(grade(doc_id), 0, "{query_id}: hard negative {doc_id}");
                n_hard += 1;
            }
            for doc_id in value["quiet_positives"].as_array().unwrap() {
                assert!(grade(doc_id) >= 2, "{query_id}: quiet positive {doc_id}");
                n_quiet += 1;
            }
        }
    }
    assert!(
        n_hard >= 40 && n_quiet >= 20,
        "{n_hard} hard, {n_quiet} quiet"
    );
}

#[test]
fn committed_files_are_what_make_long_set_writes() {
    let output = Command::new("python3")
        .arg(long_dir().join("make_long_set.py"))
        .arg("--check")
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
