//! The ESCO occupation-retrieval set (`tests/eval/esco/`, written by `make_esco_set.py`): each
//! split parses, names its source and licence, ranks the same documents, and no query is in two
//! splits or lacks its own occupation's grade-3 posting.

use std::collections::HashSet;
use std::path::Path;

use candor_core::eval::{DevSet, MAX_GRADE};

const SPLITS: [&str; 3] = ["train", "dev", "test"];

fn read_split(split: &str) -> (serde_json::Value, DevSet) {
    // This crate's own directory, not `candor_tests::workspace_root`: the shared library may
    // have been built from another checkout sharing the target directory.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("eval/esco/esco_{split}.jsonl"));
    let text = std::fs::read_to_string(&path).unwrap();
    let meta = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    let set = DevSet::parse_jsonl(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (meta, set)
}

#[test]
fn esco_splits_share_docs_not_queries_and_every_query_has_its_own_posting() {
    let mut doc_ids: Option<Vec<String>> = None;
    let mut seen_queries = HashSet::new();
    for split in SPLITS {
        let (meta, set) = read_split(split);
        assert_eq!(meta["type"], "meta", "{split}");
        assert_eq!(meta["split"], split);
        assert_eq!(meta["generator"], "tests/eval/esco/make_esco_set.py");
        assert!(meta["licence"].as_str().unwrap().starts_with("CC BY 4.0"));
        assert!(meta["source"].as_str().unwrap().contains("ESCO"));
        assert_eq!(meta["queries"], set.queries.len(), "{split}");

        assert!(set.docs.len() >= 1000, "{split}: {} docs", set.docs.len());
        assert!(
            set.queries.len() >= 50,
            "{split}: {} queries",
            set.queries.len()
        );
        let ids: Vec<String> = set.docs.iter().map(|doc| doc.doc_id.clone()).collect();
        match &doc_ids {
            Some(first) => assert_eq!(&ids, first, "{split} ranks other docs"),
            None => doc_ids = Some(ids),
        }
        for query in &set.queries {
            assert!(
                seen_queries.insert(query.query_id.clone()),
                "{} is in two splits",
                query.query_id
            );
            let own: Vec<_> = query
                .qrels
                .iter()
                .filter(|qrel| qrel.grade == MAX_GRADE)
                .collect();
            assert_eq!(own.len(), 1, "{}: one grade-3 doc", query.query_id);
            // The query and its posting come from the same ESCO occupation.
            let own_doc = &set.docs[own[0].doc_idx].doc_id;
            assert_eq!(
                query.query_id.strip_prefix("q-"),
                Some(own_doc.as_str()),
                "{split}"
            );
        }
    }
}
