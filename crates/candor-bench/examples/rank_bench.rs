//! Ranking speed for one resume over 10K and 100K jobs with precomputed vectors: dense top-K,
//! BM25, and the full hybrid (skills, parsers, blockers, explanations) on the top candidates,
//! both through `match_jobs` (postings prepared on every call) and on postings prepared at
//! import, plus the whole two-stage ranking. Prints one JSON object.
//! Run: `cargo run --release -p candor-bench --example rank_bench`.
//!
//! The work timed is `candor_bench::rank`, which the browser benchmark (`e2e/bench/rank.mjs`)
//! runs too.

use std::time::Instant;

use candor_bench::rank::{self, DIMENSIONS, JOB_COUNTS};

const REPEATS: usize = 7;

fn main() {
    let start = Instant::now();
    let now = || start.elapsed().as_secs_f64() * 1000.0;
    let progress = |step: &str| eprintln!("[rank_bench {:>6.1} s] {step}", now() / 1000.0);
    let results = rank::run(&JOB_COUNTS, &DIMENSIONS, REPEATS, &now, &progress);
    let report = serde_json::json!({
        "bench": format!("rank_bench (native, release, median of {REPEATS})"),
        "results": results,
    });
    println!(
        "{}",
        serde_json::to_string_pretty(&report).expect("plain numbers serialize")
    );
}
