//! The ranking benchmark in the browser, for `e2e/bench/rank.mjs`: the same code as the native
//! `cargo run --release -p candor-bench --example rank_bench` ([`crate::rank`]), so the two sets
//! of figures compare like for like.

use wasm_bindgen::prelude::*;

use crate::harness_clock;
use crate::rank;

/// Times dense top-K, BM25 and the hybrid for every posting count in `job_counts` and vector
/// size in `dimensions` (median of `repeats`), returning one object per (count, size) as
/// [`rank::RankBenchResult`] serializes it. `now` is the harness's clock
/// (`() => performance.now()`, in milliseconds); `progress` is called with a line of text before
/// each step, as building 100K postings takes seconds.
#[wasm_bindgen]
pub fn rank_bench(
    job_counts: Vec<u32>,
    dimensions: Vec<u32>,
    repeats: u32,
    now: &js_sys::Function,
    progress: &js_sys::Function,
) -> Result<JsValue, JsError> {
    console_error_panic_hook::set_once();
    let now_ms = || harness_clock(now);
    let report_progress = |step: &str| {
        // A failing progress callback must not abort the measurement.
        let _ = progress.call1(&JsValue::NULL, &JsValue::from_str(step));
    };
    let to_usizes =
        |values: Vec<u32>| -> Vec<usize> { values.into_iter().map(|v| v as usize).collect() };
    let results = rank::run(
        &to_usizes(job_counts),
        &to_usizes(dimensions),
        repeats as usize,
        &now_ms,
        &report_progress,
    );
    serde_wasm_bindgen::to_value(&results).map_err(|e| JsError::new(&e.to_string()))
}
