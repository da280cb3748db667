//! The ranking benchmark, shared by `examples/rank_bench.rs` (native) and the wasm export
//! `rank_bench` (headless Chromium, `e2e/bench/rank.mjs`) so both time exactly the same work: one
//! resume against 10K or 100K postings with precomputed 384-d or 768-d vectors.
//!
//! Postings and vectors are synthetic but deterministic (a fixed LCG), shaped like real
//! postings: a title, 40 words drawn from skills of several fields, a salary, years and a remote
//! marker, and two requirements. This module reads no clock (the browser has no `Instant`), so
//! the caller passes one in.
//!
//! Timed per size and dimension (median of `repeats` runs, milliseconds):
//! - `dense_top_k_ms`: flat top-[`N_CANDIDATES`] by dot product over every job vector;
//! - `bm25_ms`: BM25 of the resume over every posting;
//! - `hybrid_match_jobs_ms`: [`match_jobs`] on the dense top candidates, which prepares each
//!   posting (skills, places) and indexes the candidates for BM25 on every call;
//! - `hybrid_prepared_ms`: [`match_prepared`] on the same candidates, prepared at import;
//! - `two_stage_ms`: the whole [`rank_two_stage`] (BM25 and dense candidates, full scoring
//!   of their union, no reranker): a ranking's latency once the resume is embedded.

use candor_core::bm25::Bm25Query;
use candor_core::dense::{Hit, TopK, VectorMatrix};
use candor_core::domain::{Candidate, Date, JobPosting};
use candor_core::hybrid::Weights;
use candor_core::matching::{
    DenseQuery, JobIndex, MatchInputs, PreparedJob, PreparedResume, Shortlist, Stages, TwoStage,
    WeightedReranker, learned_weights, match_jobs, match_prepared, rank_two_stage,
};
use candor_core::parse::resume::candidate_from_resume;
use candor_core::rank::NoReranker;
use candor_core::skills::Taxonomy;
use serde::Serialize;

/// How many postings dense retrieval passes to the full hybrid scoring.
pub const N_CANDIDATES: usize = 200;

/// The posting counts the goals name.
pub const JOB_COUNTS: [usize; 2] = [10_000, 100_000];

/// MiniLM's and Qwen3-Embedding's (Matryoshka-truncated) vector sizes.
pub const DIMENSIONS: [usize; 2] = [384, 768];

/// The benchmark's resume.
pub const RESUME: &str = "Senior backend engineer. Rust, Kubernetes, PostgreSQL, Docker, \
    Terraform.\nExperience\nSenior Engineer, Acme  Jan 2017 - Present";

/// Skills of several fields, the vocabulary of the synthetic postings.
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

/// Knuth's MMIX linear congruential generator: deterministic on every platform.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// Uniform in [-0.5, 0.5).
    pub fn unit(&mut self) -> f32 {
        (self.next_u64() % 1_000_000) as f32 / 1_000_000.0 - 0.5
    }
}

/// `n` synthetic postings, as imported (not yet enriched).
pub fn synthetic_jobs(n: usize, rng: &mut Lcg) -> Vec<JobPosting> {
    (0..n)
        .map(|i| {
            let words: Vec<&str> = (0..40)
                .map(|_| WORDS[rng.next_u64() as usize % WORDS.len()])
                .collect();
            JobPosting {
                id: format!("job-{i}"),
                title: format!("{} specialist", words[0]),
                description: format!(
                    "We need {}. 3+ years. Pay $90K - $120K. Remote (US).",
                    words.join(" ")
                ),
                requirements: vec![words[1].to_owned(), words[2].to_owned()],
                ..JobPosting::default()
            }
        })
        .collect()
}

/// A random L2-normalized vector.
pub fn unit_vector(dimension: usize, rng: &mut Lcg) -> Vec<f32> {
    let mut vector: Vec<f32> = (0..dimension).map(|_| rng.unit()).collect();
    let norm = vector.iter().map(|x| x * x).sum::<f32>().sqrt();
    vector.iter_mut().for_each(|x| *x /= norm);
    vector
}

/// The median of `repeats` timings of `run`, in the unit of `now` (milliseconds), after one
/// untimed warm-up run.
pub fn median_of(repeats: usize, now: &dyn Fn() -> f64, mut run: impl FnMut()) -> f64 {
    run();
    let mut times: Vec<f64> = (0..repeats.max(1))
        .map(|_| {
            let start = now();
            run();
            now() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// One row of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankBenchResult {
    pub jobs: usize,
    pub dimension: usize,
    pub candidates: usize,
    pub dense_top_k_ms: f64,
    pub bm25_ms: f64,
    pub hybrid_match_jobs_ms: f64,
    pub hybrid_prepared_ms: f64,
    pub two_stage_ms: f64,
    /// `dense_top_k_ms + bm25_ms + hybrid_prepared_ms`: the three stages timed apart.
    pub total_ms: f64,
}

/// Times every stage for each posting count in `job_counts` and each dimension in
/// `dimensions`, `repeats` times each, reading milliseconds from `now`. `progress` hears what
/// is being built or timed, since building 100K postings takes seconds.
pub fn run(
    job_counts: &[usize],
    dimensions: &[usize],
    repeats: usize,
    now: &dyn Fn() -> f64,
    progress: &dyn Fn(&str),
) -> Vec<RankBenchResult> {
    let today = Date::new(2026, 11, 25).expect("a valid date");
    let (candidate, _) = candidate_from_resume(RESUME, today);
    let taxonomy = candor_core::skills::bundled();
    let weights = learned_weights();
    let mut results = Vec::new();
    for &n_jobs in job_counts {
        progress(&format!("preparing {n_jobs} postings"));
        let mut rng = Lcg(n_jobs as u64);
        let index = JobIndex::new(synthetic_jobs(n_jobs, &mut rng), taxonomy);
        let mut bm25_scores = Vec::new();
        let bm25_ms = median_of(repeats, now, || {
            let query: Bm25Query = index.bm25().query(RESUME);
            index.bm25().score_into(&query, &mut bm25_scores);
        });
        for &dimension in dimensions {
            progress(&format!("{n_jobs} postings × {dimension}-d"));
            let rows: Vec<Vec<f32>> = (0..n_jobs)
                .map(|_| unit_vector(dimension, &mut rng))
                .collect();
            let job_vectors =
                VectorMatrix::from_rows(dimension, &rows).expect("rows of one dimension");
            drop(rows);
            let query_vector = unit_vector(dimension, &mut rng);
            let fixture = Fixture {
                index: &index,
                job_vectors: &job_vectors,
                query_vector: &query_vector,
                candidate: &candidate,
                taxonomy,
                weights: &weights,
                today,
            };
            results.push(fixture.time(n_jobs, bm25_ms, repeats, now));
        }
    }
    results
}

/// What one (posting count, dimension) cell times against.
struct Fixture<'a> {
    index: &'a JobIndex,
    job_vectors: &'a VectorMatrix,
    query_vector: &'a [f32],
    candidate: &'a Candidate,
    taxonomy: &'a Taxonomy,
    weights: &'a Weights,
    today: Date,
}

impl Fixture<'_> {
    fn time(
        &self,
        n_jobs: usize,
        bm25_ms: f64,
        repeats: usize,
        now: &dyn Fn() -> f64,
    ) -> RankBenchResult {
        let mut top_k = TopK::new(N_CANDIDATES);
        let mut hits: Vec<Hit> = Vec::new();
        let dense_top_k_ms = median_of(repeats, now, || {
            top_k.search_into(self.job_vectors, self.query_vector, &mut hits)
        });
        let prepared: Vec<&PreparedJob> = hits
            .iter()
            .map(|hit| &self.index.jobs()[hit.row_idx])
            .collect();
        let postings: Vec<JobPosting> = prepared.iter().map(|p| p.job.clone()).collect();
        let cosines: Vec<f32> = hits.iter().map(|hit| hit.score).collect();
        let inputs = MatchInputs {
            today: self.today,
            weights: self.weights,
            dense: Some(&cosines),
            reranker: None,
        };
        let hybrid_match_jobs_ms = median_of(repeats, now, || {
            let profile = PreparedResume::new(self.candidate, self.taxonomy);
            std::hint::black_box(match_jobs(&profile, &postings, self.taxonomy, &inputs));
        });
        let hybrid_prepared_ms = median_of(repeats, now, || {
            let profile = PreparedResume::new(self.candidate, self.taxonomy);
            std::hint::black_box(match_prepared(&profile, &prepared, self.taxonomy, &inputs));
        });
        let pipeline = TwoStage {
            today: self.today,
            weights: self.weights,
            dense: Some(DenseQuery {
                job_vectors: self.job_vectors,
                query_vector: self.query_vector,
            }),
            reranker: None::<WeightedReranker<NoReranker>>,
            stages: Stages {
                shortlist: Shortlist::Top(N_CANDIDATES / 2),
                rerank_top_k: 0,
            },
        };
        let two_stage_ms = median_of(repeats, now, || {
            let profile = PreparedResume::new(self.candidate, self.taxonomy);
            let ranked = rank_two_stage(&profile, self.index, self.taxonomy, &pipeline);
            std::hint::black_box(ranked.expect("no reranker, no error"));
        });
        RankBenchResult {
            jobs: n_jobs,
            dimension: self.job_vectors.dimension(),
            candidates: N_CANDIDATES,
            dense_top_k_ms,
            bm25_ms,
            hybrid_match_jobs_ms,
            hybrid_prepared_ms,
            two_stage_ms,
            total_ms: dense_top_k_ms + bm25_ms + hybrid_prepared_ms,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tiny_run_times_every_stage_and_both_hybrid_paths_agree() {
        let ticks = std::cell::Cell::new(0.0);
        let now = || {
            ticks.set(ticks.get() + 1.0);
            ticks.get()
        };
        let results = run(&[300], &[8], 1, &now, &|_| {});
        assert_eq!(results.len(), 1);
        assert_eq!((results[0].jobs, results[0].dimension), (300, 8));
        assert_eq!(results[0].bm25_ms, 1.0, "one tick per timed run");

        let today = Date::new(2026, 11, 25).unwrap();
        let taxonomy = candor_core::skills::bundled();
        let index = JobIndex::new(synthetic_jobs(50, &mut Lcg(7)), taxonomy);
        let (candidate, _) = candidate_from_resume(RESUME, today);
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let inputs = MatchInputs {
            today,
            weights: &weights,
            dense: None,
            reranker: None,
        };
        let prepared: Vec<&PreparedJob> = index.jobs().iter().collect();
        let postings: Vec<JobPosting> = prepared.iter().map(|p| p.job.clone()).collect();
        assert_eq!(
            match_prepared(&profile, &prepared, taxonomy, &inputs),
            match_jobs(&profile, &postings, taxonomy, &inputs)
        );
    }
}
