//! The ranking benchmark in the browser, for `e2e/bench/rank.mjs` (feature `bench`): the same
//! code as the native `cargo run --release -p candor-core --example rank_bench`
//! ([`candor_core::rank_bench`]), so the two sets of figures compare like for like.

use candor_core::rank_bench;
use wasm_bindgen::prelude::*;

/// The benchmark harness's clock (`now`, in milliseconds): the core reads no clock, and the
/// harness's `performance.now()` is the one its figures are compared with. NaN if it fails.
pub(crate) fn harness_clock(now: &js_sys::Function) -> f64 {
    now.call0(&JsValue::NULL)
        .ok()
        .and_then(|time| time.as_f64())
        .unwrap_or(f64::NAN)
}

/// Times dense top-K, BM25 and the hybrid for every posting count in `job_counts` and vector
/// size in `dimensions` (median of `repeats`), returning one object per (count, size) as
/// [`rank_bench::RankBenchResult`] serializes it. The core reads no clock, so `now` is the
/// harness's (`() => performance.now()`, in milliseconds); `progress` is called with a line of
/// text before each step, as building 100K postings takes seconds.
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
    let results = rank_bench::run(
        &to_usizes(job_counts),
        &to_usizes(dimensions),
        repeats as usize,
        &now_ms,
        &report_progress,
    );
    serde_wasm_bindgen::to_value(&results).map_err(|e| JsError::new(&e.to_string()))
}
