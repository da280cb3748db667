//! What preparing a posting costs, natively, per posting: [`Preparation::of`] (done once, at
//! import) and [`Preparation::of_enriched`] (the same for a posting the import enriched, which
//! is what the worker runs), the stored form's size and its JSON round trip (what a reload
//! reads instead), and building the index from preparations (BM25 included). The postings
//! are the 202 real-length ones of `tests/eval/long/long_dev.jsonl`, repeated. Prints one
//! JSON object.
//! Run: `cargo run --release -p candor-bench --example prepare_bench [repeats]`.

use std::time::Instant;

use candor_core::domain::JobPosting;
use candor_core::matching::{JobIndex, Preparation, PreparedJob, enrich_job};
use candor_core::skills;

fn main() {
    let repeats: usize = std::env::args()
        .nth(1)
        .map_or(10, |arg| arg.parse().expect("repeats is a number"));
    let postings = long_postings();
    let taxonomy = skills::bundled();

    let start = Instant::now();
    let prepared: Vec<(JobPosting, Preparation)> = (0..repeats)
        .flat_map(|_| postings.iter())
        .map(|job| (job.clone(), Preparation::of(job, taxonomy)))
        .collect();
    let per_posting_us =
        |start: Instant| start.elapsed().as_secs_f64() * 1e6 / prepared.len() as f64;
    let prepare_us = per_posting_us(start);

    // What the worker runs for an imported posting, which the import already enriched.
    let enriched: Vec<JobPosting> = prepared
        .iter()
        .map(|(job, _)| {
            let mut job = job.clone();
            enrich_job(&mut job);
            job
        })
        .collect();
    let start = Instant::now();
    for job in &enriched {
        std::hint::black_box(Preparation::of_enriched(job, taxonomy));
    }
    let prepare_imported_us = per_posting_us(start);

    let start = Instant::now();
    let stored: Vec<String> = prepared
        .iter()
        .map(|(_, preparation)| serde_json::to_string(preparation).expect("serializable"))
        .collect();
    let to_json_us = per_posting_us(start);
    let start = Instant::now();
    for json in &stored {
        let read: Preparation = serde_json::from_str(json).expect("what was written reads back");
        std::hint::black_box(read);
    }
    let from_json_us = per_posting_us(start);
    let stored_bytes = stored.iter().map(String::len).sum::<usize>() / stored.len();
    let posting_bytes = postings
        .iter()
        .map(|job| job.description.len())
        .sum::<usize>()
        / postings.len();

    let count = prepared.len();
    let start = Instant::now();
    let index = JobIndex::from_preparations(prepared);
    let index_us = start.elapsed().as_secs_f64() * 1e6 / count as f64;

    // The worker's snapshot of an index: its prepared postings as JSON, read back at once.
    let start = Instant::now();
    let snapshot = serde_json::to_vec(index.jobs()).expect("serializable");
    let snapshot_to_json_us = start.elapsed().as_secs_f64() * 1e6 / count as f64;
    let start = Instant::now();
    let read: Vec<PreparedJob> =
        serde_json::from_slice(&snapshot).expect("what was written reads back");
    let snapshot_from_json_us = start.elapsed().as_secs_f64() * 1e6 / count as f64;
    let start = Instant::now();
    std::hint::black_box(JobIndex::from_prepared(read));
    let index_from_prepared_us = start.elapsed().as_secs_f64() * 1e6 / count as f64;

    println!(
        "{}",
        serde_json::json!({
            "bench": "posting preparation (native)",
            "postings": count,
            "prepare_us_per_posting": prepare_us,
            "prepare_imported_us_per_posting": prepare_imported_us,
            "stored_preparation_bytes": stored_bytes,
            "posting_description_bytes": posting_bytes,
            "to_json_us_per_posting": to_json_us,
            "from_json_us_per_posting": from_json_us,
            "index_from_preparations_us_per_posting": index_us,
            "snapshot_bytes_per_posting": snapshot.len() / count,
            "snapshot_to_json_us_per_posting": snapshot_to_json_us,
            "snapshot_from_json_us_per_posting": snapshot_from_json_us,
            "index_from_prepared_us_per_posting": index_from_prepared_us,
        })
    );
}

/// The postings of the real-length dev set.
fn long_postings() -> Vec<JobPosting> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/eval/long/long_dev.jsonl"
    );
    let text = std::fs::read_to_string(path).expect("the long dev set is in the repository");
    text.lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("one JSON per line"))
        .filter(|line| line["type"] == "doc")
        .map(|doc| {
            let field = |name: &str| doc[name].as_str().unwrap_or_default().to_owned();
            JobPosting {
                id: field("id"),
                title: field("title"),
                company: field("company"),
                location: field("location"),
                description: field("text"),
                ..JobPosting::default()
            }
        })
        .collect()
}
