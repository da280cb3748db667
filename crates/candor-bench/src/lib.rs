//! Candor's benchmarks, kept out of the product crates: nothing here ships in the site.
//!
//! [`rank`] is plain Rust, run natively by `examples/rank_bench.rs` and in the browser through
//! the wasm export in `rank_wasm`, so both time the same work. The other modules only exist on
//! wasm32, as the entry points `e2e/bench/*.mjs` load from the wasm-bindgen glue that
//! `e2e/bench/build.sh` writes to `e2e/bench/pkg/{simd,nosimd}/candor_bench.js`:
//! - `rank_wasm`: `rank_bench`, the ranking benchmark (`e2e/bench/rank.mjs`);
//! - `cache`: `vector_cache_bench`, the worker's IndexedDB job-vector cache (`cache.mjs`);
//! - `inference`: MiniLM, Candle's GEMM and Qwen3 prefill and loading (`run.mjs`).

pub mod qwen3_shapes;
pub mod rank;

#[cfg(target_arch = "wasm32")]
mod cache;
#[cfg(target_arch = "wasm32")]
mod inference;
#[cfg(target_arch = "wasm32")]
mod rank_wasm;

/// The 1-minute load average, printed beside every native figure (these machines are shared
/// and noisy); `None` where `/proc/loadavg` cannot be read.
pub fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The benchmark harness's clock (`now`, in milliseconds): the figures are compared with the
/// harness's own `performance.now()` readings. NaN if the call fails.
#[cfg(target_arch = "wasm32")]
fn harness_clock(now: &js_sys::Function) -> f64 {
    now.call0(&wasm_bindgen::JsValue::NULL)
        .ok()
        .and_then(|time| time.as_f64())
        .unwrap_or(f64::NAN)
}
