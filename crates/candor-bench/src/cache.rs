//! The job-vector cache benchmark in the browser, for `e2e/bench/cache.mjs`: the worker's
//! IndexedDB vector cache read and written one key per transaction ([`ModelStore::get_vector`],
//! [`ModelStore::put_vector`]) against the batched calls a match uses
//! ([`ModelStore::get_vectors`] for every posting, [`ModelStore::put_vectors`] per embedding
//! batch), side by side in one run on the same records.

use candor_lock::ModelLock;
use candor_lock::provenance::{PipelineVersions, VectorProvenance};
use candor_store::idb::ModelStore;
use candor_worker::pipeline::EMBED_BATCH;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::harness_clock;

const DATABASE: &str = "candor-bench-vectors";

/// Milliseconds for `n` vectors of `dimension` floats, the median of the repeats.
#[derive(Serialize)]
struct CacheBenchResult {
    n: usize,
    dimension: usize,
    put_one_per_transaction_ms: f64,
    put_batches_of_8_ms: f64,
    get_one_per_transaction_ms: f64,
    get_one_transaction_ms: f64,
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Times the cache for each count in `counts` (`dimension`-float vectors, median of
/// `repeats`); `now` is the harness's clock in milliseconds.
#[wasm_bindgen]
pub async fn vector_cache_bench(
    counts: Vec<u32>,
    dimension: u32,
    repeats: u32,
    now: js_sys::Function,
) -> Result<JsValue, JsError> {
    console_error_panic_hook::set_once();
    let now_ms = || harness_clock(&now);
    let error = |e: candor_store::StoreError| JsError::new(&e.to_string());
    let lock = ModelLock::bundled();
    let model = lock
        .model(&lock.defaults.fallback)
        .ok_or_else(|| JsError::new("the lock has no fallback model"))?;
    let lock_hash = lock.lock_hash();
    let dimension = dimension as usize;
    let mut results = Vec::new();
    for n in counts.into_iter().map(|n| n as usize) {
        let provenances: Vec<VectorProvenance> = (0..n)
            .map(|i| {
                let text = format!("Posting {i}: Rust engineer, Kubernetes, PostgreSQL.");
                VectorProvenance::for_text(
                    model,
                    &lock_hash,
                    None,
                    PipelineVersions::CURRENT,
                    &text,
                )
                .expect("no instruction profile is asked for")
            })
            .collect();
        let vector: Vec<f32> = (0..dimension)
            .map(|d| d as f32 / dimension as f32)
            .collect();
        let entries: Vec<(&str, &VectorProvenance, &[f32])> = provenances
            .iter()
            .map(|p| (p.text_sha256.as_str(), p, vector.as_slice()))
            .collect();
        let wanted: Vec<(&str, &VectorProvenance)> = provenances
            .iter()
            .map(|p| (p.text_sha256.as_str(), p))
            .collect();
        let mut timings: [Vec<f64>; 4] = Default::default();
        for _ in 0..repeats.max(1) {
            ModelStore::delete_database(DATABASE).await.map_err(error)?;
            let store = ModelStore::open_named(DATABASE).await.map_err(error)?;
            let start = now_ms();
            for &(key, provenance, vector) in &entries {
                store
                    .put_vector(key, provenance, vector)
                    .await
                    .map_err(error)?;
            }
            timings[0].push(now_ms() - start);
            let start = now_ms();
            for batch in entries.chunks(EMBED_BATCH) {
                store.put_vectors(batch).await.map_err(error)?;
            }
            timings[1].push(now_ms() - start);
            let start = now_ms();
            for &(key, provenance) in &wanted {
                store.get_vector(key, provenance).await.map_err(error)?;
            }
            timings[2].push(now_ms() - start);
            let start = now_ms();
            let found = store.get_vectors(&wanted).await.map_err(error)?;
            timings[3].push(now_ms() - start);
            if found.iter().any(Option::is_none) {
                return Err(JsError::new("a cached vector was not found"));
            }
        }
        let [put_one, put_batched, get_one, get_batched] = timings.map(median);
        results.push(CacheBenchResult {
            n,
            dimension,
            put_one_per_transaction_ms: put_one,
            put_batches_of_8_ms: put_batched,
            get_one_per_transaction_ms: get_one,
            get_one_transaction_ms: get_batched,
        });
    }
    ModelStore::delete_database(DATABASE).await.map_err(error)?;
    serde_wasm_bindgen::to_value(&results).map_err(|e| JsError::new(&e.to_string()))
}
