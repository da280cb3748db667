//! Ranking a resume against stored postings in two stages, plus an optional third:
//!
//! 1. **Candidates:** the `n_candidates` best postings by BM25 over every stored posting, and as
//!    many by dense similarity when a model ran; their union goes on.
//! 2. **Full scoring:** every signal, blocker and explanation for each candidate
//!    ([`super::match_prepared`]'s work, on postings prepared at import).
//! 3. **Rerank:** the reranker reads the resume with each of the `rerank_top_k` best postings;
//!    its probability joins their signals and they are re-ordered among themselves.
//!
//! Stage 1 is a scan of precomputed numbers (the BM25 index, the job vectors), so a ranking
//! stays fast however many postings are stored; the costly per-pair work of stage 2 is bounded
//! by the candidate count, and the far costlier reranker by K.

use crate::bm25::{Bm25Index, Bm25Params};
use crate::dense::{Hit, TopK, VectorMatrix, dot};
use crate::domain::{Date, JobPosting};
use crate::hybrid::Weights;
use crate::rank::Reranker;
use crate::skills::{SkillMatchMemo, Taxonomy};

use super::{
    ExplainedMatch, MatchInputs, PairInputs, PreparedJob, Profile, enrich_job, explain_pair,
};

/// Postings prepared once at import (see [`PreparedJob`]) with a BM25 index over all of them,
/// so ranking a resume against stored postings does only the work that needs the resume.
/// Postings are identified by their position, which is also their row in the job vectors.
#[derive(Debug, Clone)]
pub struct JobIndex {
    jobs: Vec<PreparedJob>,
    bm25: Bm25Index,
}

impl JobIndex {
    /// Fills each posting's structured fields from its text ([`enrich_job`]), prepares it and
    /// indexes its [`JobPosting::embedding_text`] for BM25.
    pub fn new(jobs: Vec<JobPosting>, taxonomy: &Taxonomy) -> JobIndex {
        let jobs: Vec<PreparedJob> = jobs
            .into_iter()
            .map(|mut job| {
                enrich_job(&mut job);
                PreparedJob::new(job, taxonomy)
            })
            .collect();
        let texts: Vec<String> = jobs.iter().map(|job| job.job.embedding_text()).collect();
        let bm25 = Bm25Index::for_documents(&texts, Bm25Params::default());
        JobIndex { jobs, bm25 }
    }

    /// The prepared postings, in import order.
    pub fn jobs(&self) -> &[PreparedJob] {
        &self.jobs
    }

    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }

    /// The BM25 index over every posting's [`JobPosting::embedding_text`].
    pub fn bm25(&self) -> &Bm25Index {
        &self.bm25
    }

    /// Stage 1: the union of the `n` best postings by BM25 for `query_text` (those sharing at
    /// least one term) and, with `dense`, the `n` most similar by embedding; in index order.
    ///
    /// # Panics
    /// When `dense` has a row count other than the index's posting count, or a query vector of
    /// another dimension.
    pub fn candidates(
        &self,
        query_text: &str,
        dense: Option<DenseQuery<'_>>,
        n: usize,
    ) -> Vec<Candidate> {
        let mut bm25_scores = Vec::new();
        self.bm25
            .score_into(&self.bm25.query(query_text), &mut bm25_scores);
        let mut top_k = TopK::new(n);
        let mut hits: Vec<Hit> = Vec::new();
        top_k.select_into(&bm25_scores, &mut hits);
        let mut job_idxs: Vec<usize> = hits
            .iter()
            .filter(|hit| hit.score > 0.0)
            .map(|hit| hit.row_idx)
            .collect();
        if let Some(dense) = dense {
            assert_eq!(
                dense.job_vectors.len(),
                self.jobs.len(),
                "one job vector per stored posting"
            );
            top_k.search_into(dense.job_vectors, dense.query_vector, &mut hits);
            job_idxs.extend(hits.iter().map(|hit| hit.row_idx));
        }
        job_idxs.sort_unstable();
        job_idxs.dedup();
        job_idxs
            .into_iter()
            .map(|job_idx| Candidate {
                job_idx,
                bm25: bm25_scores[job_idx],
                cosine: dense.map(|dense| dot(dense.query_vector, dense.job_vectors.row(job_idx))),
            })
            .collect()
    }
}

/// A posting that made it through stage 1, with its first-stage scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// Its position in the [`JobIndex`].
    pub job_idx: usize,
    /// Its raw BM25 score against the whole index.
    pub bm25: f32,
    /// Its cosine with the query, when a model ran (vectors are L2-normalized).
    pub cosine: Option<f32>,
}

/// The query's embedding and the stored postings' (row `i` is posting `i` of the index).
#[derive(Debug, Clone, Copy)]
pub struct DenseQuery<'a> {
    pub job_vectors: &'a VectorMatrix,
    pub query_vector: &'a [f32],
}

/// How deep each stage goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stages {
    /// How many postings each first-stage ranker (BM25, dense) passes on; default 100, so at
    /// most 200 are fully scored.
    pub n_candidates: usize,
    /// How many of the best fully scored postings the reranker reads; default 20. The reranker
    /// costs one cross-encoder pass per posting, hundreds of times a full scoring.
    pub rerank_top_k: usize,
}

impl Default for Stages {
    fn default() -> Self {
        Stages {
            n_candidates: 100,
            rerank_top_k: 20,
        }
    }
}

/// Everything a two-stage ranking needs besides the resume and the postings.
pub struct TwoStage<'a, R> {
    pub today: Date,
    pub weights: &'a Weights,
    pub dense: Option<DenseQuery<'a>>,
    /// `None::<&NoReranker>` (see [`crate::rank::NoReranker`]) skips stage 3.
    pub reranker: Option<&'a R>,
    pub stages: Stages,
}

/// Ranks the stored postings of `index` for `profile` in two stages plus the optional rerank
/// (see the module docs), best first. The reranked postings come first, ordered by their new
/// scores: a posting the reranker did not read cannot be compared with one it did, so it keeps
/// its place after them. BM25 scores are relative to the best candidate.
///
/// # Panics
/// As [`JobIndex::candidates`], or when the reranker returns a score count other than the
/// document count it was given.
pub fn rank_two_stage<R: Reranker>(
    profile: &Profile<'_>,
    index: &JobIndex,
    taxonomy: &Taxonomy,
    pipeline: &TwoStage<'_, R>,
) -> Result<Vec<ExplainedMatch>, R::Error> {
    let resume = profile.candidate.resume_text.as_str();
    let candidates = index.candidates(resume, pipeline.dense, pipeline.stages.n_candidates);
    let bm25_best = candidates
        .iter()
        .map(|candidate| candidate.bm25)
        .fold(0.0f32, f32::max);
    let inputs = MatchInputs {
        today: pipeline.today,
        weights: pipeline.weights,
        dense: None,
        reranker: None,
    };
    let mut memo = SkillMatchMemo::default();
    let mut explain = |candidate: &Candidate, reranker: Option<f32>| {
        let pair = PairInputs {
            cosine: candidate.cosine,
            bm25: candidate.bm25,
            bm25_best,
            reranker,
        };
        let prepared = &index.jobs[candidate.job_idx];
        explain_pair(profile, prepared, &pair, taxonomy, &inputs, &mut memo)
    };

    let mut scored: Vec<(&Candidate, ExplainedMatch)> = candidates
        .iter()
        .map(|candidate| (candidate, explain(candidate, None)))
        .collect();
    scored.sort_by(|a, b| b.1.score.total_cmp(&a.1.score));

    if let Some(reranker) = pipeline.reranker {
        let top_k = pipeline.stages.rerank_top_k.min(scored.len());
        let top = &mut scored[..top_k];
        if !top.is_empty() {
            let texts: Vec<String> = top
                .iter()
                .map(|(candidate, _)| index.jobs[candidate.job_idx].job.embedding_text())
                .collect();
            let docs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let probabilities = reranker.score(resume, &docs)?;
            assert_eq!(
                probabilities.len(),
                docs.len(),
                "a reranker returns one score per document"
            );
            for ((candidate, explained), probability) in top.iter_mut().zip(probabilities) {
                *explained = explain(candidate, Some(probability));
            }
            top.sort_by(|a, b| b.1.score.total_cmp(&a.1.score));
        }
    }
    Ok(scored.into_iter().map(|(_, explained)| explained).collect())
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::convert::Infallible;

    use super::*;
    use crate::domain::Candidate as Person;
    use crate::matching::{learned_weights, match_jobs};
    use crate::rank::NoReranker;
    use crate::skills;

    fn today() -> Date {
        Date::new(2026, 11, 25).unwrap()
    }

    fn posting(id: &str, title: &str, description: &str) -> JobPosting {
        JobPosting {
            id: id.into(),
            title: title.into(),
            description: description.into(),
            ..JobPosting::default()
        }
    }

    fn postings() -> Vec<JobPosting> {
        vec![
            posting(
                "chef",
                "Pastry Chef",
                "Laminated doughs and plated desserts.",
            ),
            posting(
                "rust",
                "Backend Engineer",
                "Rust services on Kubernetes with PostgreSQL.",
            ),
            posting("nurse", "ICU Nurse", "Critical care nursing; BLS required."),
            posting(
                "go",
                "Platform Engineer",
                "Kubernetes operators and Terraform.",
            ),
            posting("data", "Data Engineer", "SQL pipelines and dashboards."),
        ]
    }

    fn engineer() -> Person {
        Person {
            resume_text: "Backend engineer: Rust, Kubernetes, PostgreSQL, Terraform.".into(),
            ..Person::default()
        }
    }

    /// Gives platform postings probability 1 and others 0, and counts its calls.
    struct TitleReranker {
        calls: Cell<usize>,
    }

    impl Reranker for TitleReranker {
        type Error = Infallible;
        fn score(&self, _query: &str, docs: &[&str]) -> Result<Vec<f32>, Infallible> {
            self.calls.set(self.calls.get() + 1);
            Ok(docs
                .iter()
                .map(|doc| {
                    if doc.starts_with("Platform") {
                        1.0
                    } else {
                        0.0
                    }
                })
                .collect())
        }
    }

    fn pipeline<'a, R>(weights: &'a Weights, reranker: Option<&'a R>, k: usize) -> TwoStage<'a, R> {
        TwoStage {
            today: today(),
            weights,
            dense: None,
            reranker,
            stages: Stages {
                n_candidates: 10,
                rerank_top_k: k,
            },
        }
    }

    fn ids(matches: &[ExplainedMatch]) -> Vec<&str> {
        matches.iter().map(|m| m.job_id.as_str()).collect()
    }

    #[test]
    fn with_every_posting_a_candidate_the_two_stages_equal_match_jobs() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        let candidate = engineer();
        let profile = Profile::new(&candidate, taxonomy);
        let weights = learned_weights();
        let inputs = MatchInputs {
            today: today(),
            weights: &weights,
            dense: None,
            reranker: None,
        };
        let enriched: Vec<JobPosting> = index.jobs().iter().map(|j| j.job.clone()).collect();
        let one_stage = match_jobs(&profile, &enriched, taxonomy, &inputs);
        let pipeline = pipeline::<NoReranker>(&weights, None, 0);
        let two_stage = rank_two_stage(&profile, &index, taxonomy, &pipeline).unwrap();
        // The chef and nurse postings share no term with the resume: BM25 does not pass them on.
        let shared_a_term: Vec<_> = one_stage
            .into_iter()
            .filter(|m| m.job_id != "chef" && m.job_id != "nurse")
            .collect();
        assert_eq!(ids(&two_stage), ["rust", "go", "data"]);
        assert_eq!(two_stage, shared_a_term);
    }

    #[test]
    fn the_reranker_reads_only_the_top_k_and_reorders_them() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        let candidate = engineer();
        let profile = Profile::new(&candidate, taxonomy);
        let weights = learned_weights();
        let plain = rank_two_stage(
            &profile,
            &index,
            taxonomy,
            &pipeline::<NoReranker>(&weights, None, 2),
        )
        .unwrap();
        assert_eq!(ids(&plain)[..2], ["rust", "go"]);
        assert!(plain.iter().all(|m| !m.reranked));

        let reranker = TitleReranker {
            calls: Cell::new(0),
        };
        let reranked = rank_two_stage(
            &profile,
            &index,
            taxonomy,
            &pipeline(&weights, Some(&reranker), 2),
        )
        .unwrap();
        assert_eq!(reranker.calls.get(), 1);
        assert_eq!(ids(&reranked), ["go", "rust", "data"]);
        let flags: Vec<bool> = reranked.iter().map(|m| m.reranked).collect();
        assert_eq!(flags, [true, true, false]);
        assert!(
            reranked[0]
                .combined
                .contributions
                .iter()
                .any(|c| c.kind == crate::hybrid::SignalKind::Reranker && c.value == 1.0)
        );
        assert_eq!(reranked[2], plain[2], "postings past K are untouched");
    }

    #[test]
    fn dense_candidates_join_bm25_ones() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        // The query vector points at the chef posting only, which shares no word with it.
        let rows: Vec<Vec<f32>> = (0..5)
            .map(|i| {
                if i == 0 {
                    vec![1.0, 0.0]
                } else {
                    vec![0.0, 1.0]
                }
            })
            .collect();
        let job_vectors = VectorMatrix::from_rows(2, &rows).unwrap();
        let dense = DenseQuery {
            job_vectors: &job_vectors,
            query_vector: &[1.0, 0.0],
        };
        let found = index.candidates("Rust", Some(dense), 1);
        let found: Vec<(usize, Option<f32>)> =
            found.iter().map(|c| (c.job_idx, c.cosine)).collect();
        assert_eq!(found, [(0, Some(1.0)), (1, Some(0.0))]);
    }
}
