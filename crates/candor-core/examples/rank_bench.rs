//! Ranking speed for one resume over 10K and 100K jobs with precomputed vectors: dense top-K,
//! BM25, and the full hybrid (skills, parsers, blockers, explanations) on the top candidates.
//! Prints one JSON object. Run: `cargo run --release -p candor-core --example rank_bench`.
//!
//! Jobs and vectors are synthetic but deterministic (a fixed LCG), shaped like real postings.

use std::time::Instant;

use candor_core::bm25::{Bm25Index, Bm25Params};
use candor_core::dense::{Hit, TopK, VectorMatrix};
use candor_core::domain::{Date, JobPosting};
use candor_core::matching::{MatchInputs, Profile, enrich_job, learned_weights, match_jobs};
use candor_core::parse::resume::candidate_from_resume;

const CANDIDATES: usize = 200;
const REPEATS: usize = 7;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn unit(&mut self) -> f32 {
        (self.next() % 1_000_000) as f32 / 1_000_000.0 - 0.5
    }
}

const WORDS: [&str; 24] = [
    "Rust",
    "Python",
    "Kubernetes",
    "PostgreSQL",
    "nurse",
    "ICU",
    "forklift",
    "warehouse",
    "SQL",
    "Excel",
    "customer",
    "support",
    "React",
    "TypeScript",
    "accounting",
    "CPA",
    "welding",
    "HVAC",
    "teacher",
    "curriculum",
    "sales",
    "CRM",
    "Docker",
    "Terraform",
];

fn jobs(n: usize, rng: &mut Lcg) -> Vec<JobPosting> {
    (0..n)
        .map(|i| {
            let words: Vec<&str> = (0..40)
                .map(|_| WORDS[rng.next() as usize % WORDS.len()])
                .collect();
            let mut job = JobPosting {
                id: format!("job-{i}"),
                title: format!("{} specialist", words[0]),
                description: format!(
                    "We need {}. 3+ years. Pay $90K - $120K. Remote (US).",
                    words.join(" ")
                ),
                requirements: vec![words[1].to_owned(), words[2].to_owned()],
                ..JobPosting::default()
            };
            enrich_job(&mut job);
            job
        })
        .collect()
}

fn normalized(dimension: usize, rng: &mut Lcg) -> Vec<f32> {
    let mut v: Vec<f32> = (0..dimension).map(|_| rng.unit()).collect();
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    v.iter_mut().for_each(|x| *x /= norm);
    v
}

fn median_ms(mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..REPEATS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[REPEATS / 2]
}

fn main() {
    let resume = "Senior backend engineer. Rust, Kubernetes, PostgreSQL, Docker, Terraform.\n\
                  Experience\nSenior Engineer, Acme  Jan 2017 - Present";
    let today = Date::new(2026, 11, 25).unwrap();
    let (candidate, _) = candidate_from_resume(resume, today);
    let taxonomy = candor_core::skills::bundled();
    let weights = learned_weights();
    let mut results = Vec::new();
    for n_jobs in [10_000usize, 100_000] {
        let mut rng = Lcg(n_jobs as u64);
        let postings = jobs(n_jobs, &mut rng);
        let texts: Vec<String> = postings.iter().map(JobPosting::embedding_text).collect();
        let bm25 = Bm25Index::for_documents(&texts, Bm25Params::default());
        let mut bm25_scores = Vec::new();
        let bm25_ms = median_ms(|| {
            let query = bm25.query(resume);
            bm25.score_into(&query, &mut bm25_scores);
        });
        for dimension in [384usize, 768] {
            let rows: Vec<Vec<f32>> = (0..n_jobs)
                .map(|_| normalized(dimension, &mut rng))
                .collect();
            let matrix = VectorMatrix::from_rows(dimension, &rows).unwrap();
            let query = normalized(dimension, &mut rng);
            let mut top = TopK::new(CANDIDATES);
            let mut hits: Vec<Hit> = Vec::new();
            let dense_ms = median_ms(|| top.search_into(&matrix, &query, &mut hits));
            let candidates: Vec<JobPosting> = hits
                .iter()
                .map(|hit| postings[hit.row_idx].clone())
                .collect();
            let cosines: Vec<f32> = hits.iter().map(|hit| hit.score).collect();
            let hybrid_ms = median_ms(|| {
                let profile = Profile::new(&candidate, taxonomy);
                let inputs = MatchInputs {
                    today,
                    weights: &weights,
                    dense: Some(&cosines),
                    reranker: None,
                };
                std::hint::black_box(match_jobs(&profile, &candidates, taxonomy, &inputs));
            });
            results.push(serde_json::json!({
                "jobs": n_jobs, "dimension": dimension,
                "dense_top_k_ms": dense_ms, "bm25_ms": bm25_ms,
                "hybrid_on_top_candidates_ms": hybrid_ms, "candidates": CANDIDATES,
                "total_ms": dense_ms + bm25_ms + hybrid_ms,
            }));
        }
    }
    let report = serde_json::json!({ "bench": "rank_bench (native, release, median of 7)", "results": results });
    println!("{}", serde_json::to_string_pretty(&report).unwrap());
}
