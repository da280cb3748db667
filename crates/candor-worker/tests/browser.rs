//! The worker's pipeline in a real headless Chromium dedicated worker: fetch the staged MiniLM
//! from a mirror over HTTP, verify, store in IndexedDB, load back, embed with Candle, and compare
//! to sentence-transformers. A second mirror serves every model file with one byte flipped.
//!
//! `.ci/wasm-tests.sh` starts both mirrors and passes their URLs at compile time.
#![cfg(target_arch = "wasm32")]

use candor_core::rank::cosine;
use candor_lock::{ModelEntry, ModelLock};
use candor_ml::minilm::{self, MiniLm};
use candor_store::StoreError;
use candor_store::fetch::SourcePolicy;
use candor_store::idb::ModelStore;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

const MIRROR: &str = match option_env!("CANDOR_TEST_MIRROR") {
    Some(url) => url,
    None => "http://127.0.0.1:8091/",
};
const TAMPERED_MIRROR: &str = match option_env!("CANDOR_TEST_TAMPERED_MIRROR") {
    Some(url) => url,
    None => "http://127.0.0.1:8092/",
};

#[derive(serde::Deserialize)]
struct Reference {
    cases: Vec<ReferenceCase>,
}

#[derive(serde::Deserialize)]
struct ReferenceCase {
    text: String,
    vector: Vec<f32>,
}

fn minilm_entry() -> ModelEntry {
    ModelLock::bundled()
        .model("all-minilm-l6-v2")
        .unwrap()
        .clone()
}

#[wasm_bindgen_test]
async fn minilm_from_indexeddb_matches_sentence_transformers() {
    let model = minilm_entry();
    let store = ModelStore::open_named("candor-test-minilm").await.unwrap();
    store.delete_model(&model).await.unwrap();

    let mut stored = Vec::new();
    store
        .download(&model, MIRROR, SourcePolicy::MirrorOnly, |file| {
            stored.push(file.path.clone())
        })
        .await
        .unwrap();
    assert_eq!(
        stored,
        ["config.json", "tokenizer.json", "model.safetensors"]
    );

    // A fresh connection, as after a page reload: the bytes come from IndexedDB only.
    drop(store);
    let store = ModelStore::open_named("candor-test-minilm").await.unwrap();
    let files = store.load(&model).await.unwrap();
    let bytes = minilm::ModelBytes::from_files(|path| files.get(path)).unwrap();
    let embedder = MiniLm::load(bytes, minilm::Config::default()).unwrap();

    let reference: Reference = serde_json::from_str(include_str!(
        "../../../tests/fixtures/minilm_reference.json"
    ))
    .unwrap();
    let texts: Vec<&str> = reference
        .cases
        .iter()
        .map(|case| case.text.as_str())
        .collect();
    let vectors = embedder.embed(&texts).unwrap();
    for (case, vector) in reference.cases.iter().zip(&vectors) {
        let similarity = cosine(vector, &case.vector);
        assert!(
            similarity >= 0.999,
            "{:?}: cosine {similarity} to sentence-transformers",
            case.text
        );
    }

    let pair = embedder
        .embed(&[
            "Senior Rust engineer with Kubernetes",
            "Backend developer, Rust, k8s",
            "Pastry chef",
        ])
        .unwrap();
    assert!((cosine(&pair[0], &pair[1]) - 0.6968).abs() < 1e-3);
    assert!((cosine(&pair[0], &pair[2]) - 0.1315).abs() < 1e-3);
    store.delete_model(&model).await.unwrap();
}

#[wasm_bindgen_test]
async fn tampered_mirror_is_rejected_and_nothing_is_stored() {
    let model = minilm_entry();
    let store = ModelStore::open_named("candor-test-tampered")
        .await
        .unwrap();
    store.delete_model(&model).await.unwrap();

    let error = store
        .download(&model, TAMPERED_MIRROR, SourcePolicy::MirrorOnly, |_| {})
        .await
        .unwrap_err();
    let StoreError::AllSourcesFailed { path, attempts, .. } = &error else {
        panic!("{error}")
    };
    assert_eq!(path, "config.json");
    assert!(
        attempts[0].starts_with("hash mismatch for all-minilm-l6-v2/config.json"),
        "{error}"
    );

    for file in &model.files {
        assert!(
            !store.contains(&model, file).await.unwrap(),
            "{} was stored",
            file.path
        );
    }
    assert!(matches!(
        store.load(&model).await,
        Err(StoreError::NotStored { .. })
    ));
}
