//! Stage 1 of a ranking and the synchronous driver of the whole pipeline:
//!
//! - [`JobIndex`]: postings prepared once at import with one BM25 index over all of them;
//!   [`JobIndex::candidates`] is stage 1, the [`Shortlist`] of postings worth full scoring (the
//!   best by BM25, and by dense similarity when a model ran).
//! - [`rank_two_stage`]: drives a [`Ranking`](super::ranking::Ranking) with vectors and a
//!   reranker already at hand, for the CLI, the tests and the benchmarks.
//!
//! Stage 1 is a scan of precomputed numbers (the BM25 index, the job vectors), so a ranking
//! stays fast however many postings are stored; the costly per-pair work of full scoring is
//! bounded by the shortlist, and the far costlier reranker by K.

use crate::bm25::{Bm25Index, Bm25Params};
use crate::dense::{Hit, TopK, VectorMatrix, dot};
use crate::domain::{Date, JobPosting};
use crate::hybrid::Weights;
use crate::rank::Reranker;
use crate::skills::Taxonomy;

use super::ranking::{Need, Ranking, RankingPlan};
use super::{ExplainedMatch, Preparation, PreparedJob, PreparedResume};

/// Postings prepared once at import (see [`PreparedJob`]) with a BM25 index over all of them,
/// so ranking a resume against stored postings does only the work that needs the resume.
/// Postings are identified by their position, which is also their row in the job vectors.
#[derive(Debug, Clone)]
pub struct JobIndex {
    jobs: Vec<PreparedJob>,
    /// Each posting's [`JobPosting::embedding_text`]: what BM25 indexes, the embedder and the
    /// reranker read.
    texts: Vec<String>,
    bm25: Bm25Index,
}

impl JobIndex {
    /// Fills each posting's structured fields from its text ([`enrich_job`]), prepares it and
    /// indexes its [`JobPosting::embedding_text`] for BM25.
    pub fn new(jobs: Vec<JobPosting>, taxonomy: &Taxonomy) -> JobIndex {
        JobIndex::from_preparations(jobs.into_iter().map(|job| {
            let preparation = Preparation::of(&job, taxonomy);
            (job, preparation)
        }))
    }

    /// Indexes postings with their [`Preparation`]s (stored at import, or made now): the index
    /// [`JobIndex::new`] builds, without preparing anything again.
    pub fn from_preparations(
        postings: impl IntoIterator<Item = (JobPosting, Preparation)>,
    ) -> JobIndex {
        JobIndex::from_prepared(
            postings
                .into_iter()
                .map(|(job, preparation)| preparation.into_prepared(job))
                .collect(),
        )
    }

    /// Indexes postings already prepared (such as the [`JobIndex::jobs`] of an index kept as a
    /// snapshot): only the BM25 index is built.
    pub fn from_prepared(jobs: Vec<PreparedJob>) -> JobIndex {
        let texts: Vec<String> = jobs.iter().map(|job| job.job.embedding_text()).collect();
        let bm25 = Bm25Index::for_documents(&texts, Bm25Params::default());
        JobIndex { jobs, texts, bm25 }
    }

    /// [`JobIndex::from_prepared`] with the BM25 index that was built for these postings (kept
    /// with them, as [`Bm25Index::to_bytes`]), so nothing is tokenized again. `None` when it
    /// indexes another number of postings.
    pub fn with_bm25(jobs: Vec<PreparedJob>, bm25: Bm25Index) -> Option<JobIndex> {
        if bm25.n_docs() != jobs.len() {
            return None;
        }
        let texts: Vec<String> = jobs.iter().map(|job| job.job.embedding_text()).collect();
        Some(JobIndex { jobs, texts, bm25 })
    }

    /// The prepared postings, in import order.
    pub fn jobs(&self) -> &[PreparedJob] {
        &self.jobs
    }

    /// The text of posting `job_idx` that BM25, the embedder and the reranker read.
    pub fn text(&self, job_idx: usize) -> &str {
        &self.texts[job_idx]
    }

    /// Every posting's text, in index order.
    pub fn texts(&self) -> &[String] {
        &self.texts
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

    /// Stage 1, in index order. With [`Shortlist::All`], every posting. With
    /// [`Shortlist::Top`]`(n)`, the union of the `n` best postings by BM25 for `query_text`
    /// (those sharing at least one term) and, with `dense`, the `n` most similar by embedding.
    ///
    /// # Panics
    /// When `dense` has a row count other than the index's posting count, or a query vector of
    /// another dimension.
    pub fn candidates(
        &self,
        query_text: &str,
        dense: Option<DenseQuery<'_>>,
        shortlist: Shortlist,
    ) -> Vec<Shortlisted> {
        self.candidates_by_scores(&self.bm25_scores(query_text), dense, shortlist)
    }

    /// Every posting's raw BM25 score for `query_text`, in index order.
    pub fn bm25_scores(&self, query_text: &str) -> Vec<f32> {
        let mut bm25_scores = Vec::new();
        self.bm25
            .score_into(&self.bm25.query(query_text), &mut bm25_scores);
        bm25_scores
    }

    /// [`JobIndex::candidates`] for BM25 scores already computed ([`JobIndex::bm25_scores`]),
    /// so a ranking that adds the dense half later does not score BM25 again.
    ///
    /// # Panics
    /// As [`JobIndex::candidates`], or when `bm25_scores` is not one score per posting.
    pub fn candidates_by_scores(
        &self,
        bm25_scores: &[f32],
        dense: Option<DenseQuery<'_>>,
        shortlist: Shortlist,
    ) -> Vec<Shortlisted> {
        assert_eq!(
            bm25_scores.len(),
            self.jobs.len(),
            "one BM25 score per posting"
        );
        if let Some(dense) = dense {
            assert_eq!(
                dense.job_vectors.len(),
                self.jobs.len(),
                "one job vector per stored posting"
            );
        }
        let job_idxs: Vec<usize> = match shortlist {
            Shortlist::All => (0..self.jobs.len()).collect(),
            Shortlist::Top(n) => {
                let mut top_k = TopK::new(n);
                let mut hits: Vec<Hit> = Vec::new();
                top_k.select_into(bm25_scores, &mut hits);
                let mut job_idxs: Vec<usize> = hits
                    .iter()
                    .filter(|hit| hit.score > 0.0)
                    .map(|hit| hit.row_idx)
                    .collect();
                if let Some(dense) = dense {
                    top_k.search_into(dense.job_vectors, dense.query_vector, &mut hits);
                    job_idxs.extend(hits.iter().map(|hit| hit.row_idx));
                }
                job_idxs.sort_unstable();
                job_idxs.dedup();
                job_idxs
            }
        };
        job_idxs
            .into_iter()
            .map(|job_idx| Shortlisted {
                job_idx,
                bm25: bm25_scores[job_idx],
                cosine: dense.map(|dense| dot(dense.query_vector, dense.job_vectors.row(job_idx))),
            })
            .collect()
    }
}

/// A posting that made it through stage 1, with its first-stage scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shortlisted {
    /// Its position in the [`JobIndex`].
    pub job_idx: usize,
    /// Its raw BM25 score against the whole index.
    pub bm25: f32,
    /// Its dot product with the query vector, when a model ran (the cosine for the
    /// L2-normalized vectors Candor's embedders produce).
    pub cosine: Option<f32>,
}

/// The query's embedding and the stored postings' (row `i` is posting `i` of the index).
#[derive(Debug, Clone, Copy)]
pub struct DenseQuery<'a> {
    pub job_vectors: &'a VectorMatrix,
    pub query_vector: &'a [f32],
}

/// Which postings stage 1 passes on to full scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortlist {
    /// Every posting: the page shows the whole list the person imported.
    All,
    /// The `n` best by BM25 (sharing a term with the resume) and the `n` best by embedding.
    Top(usize),
}

/// How deep each stage goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stages {
    /// Default `Top(100)`, so at most 200 postings are fully scored.
    pub shortlist: Shortlist,
    /// How many of the best fully scored postings the reranker reads; default 20. The reranker
    /// costs one cross-encoder pass per posting, hundreds of times a full scoring.
    pub rerank_top_k: usize,
}

impl Default for Stages {
    fn default() -> Self {
        Stages {
            shortlist: Shortlist::Top(100),
            rerank_top_k: 20,
        }
    }
}

/// A reranker and its P(yes)'s share of a reranked posting's score: the `score.weight` of its
/// lock entry (see [`super::reranker_signal`] for what is and is not validated).
#[derive(Debug)]
pub struct WeightedReranker<'a, R> {
    pub reranker: &'a R,
    pub weight: f32,
}

// By hand: a derive would ask `R: Copy`, but only the reference is copied.
impl<R> Clone for WeightedReranker<'_, R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R> Copy for WeightedReranker<'_, R> {}

/// Everything a two-stage ranking needs besides the resume and the postings.
pub struct TwoStage<'a, R> {
    pub today: Date,
    pub weights: &'a Weights,
    pub dense: Option<DenseQuery<'a>>,
    /// `None::<WeightedReranker<NoReranker>>` (see [`crate::rank::NoReranker`]) skips the
    /// rerank.
    pub reranker: Option<WeightedReranker<'a, R>>,
    pub stages: Stages,
}

/// Ranks the stored postings of `index` for `profile` with the vectors and reranker at hand
/// (see [`Ranking`] for the stages), best first. The reranker reads the resume as its query.
///
/// # Panics
/// As [`JobIndex::candidates`], or when the reranker returns a score count other than the
/// document count it was given.
pub fn rank_two_stage<R: Reranker>(
    profile: &PreparedResume<'_>,
    index: &JobIndex,
    taxonomy: &Taxonomy,
    pipeline: &TwoStage<'_, R>,
) -> Result<Vec<ExplainedMatch>, R::Error> {
    let plan = RankingPlan {
        today: pipeline.today,
        weights: pipeline.weights,
        stages: pipeline.stages,
        dense: pipeline.dense.is_some(),
        reranker_weight: pipeline.reranker.map(|reranker| reranker.weight),
    };
    let mut ranking = Ranking::new(profile, index, taxonomy, plan);
    loop {
        match ranking.need() {
            Need::Vectors => {
                let dense = pipeline.dense.expect("the plan has vectors");
                ranking
                    .add_vectors(dense)
                    .expect("one job vector per stored posting, of the query's dimension");
            }
            Need::Rerank { job_idxs } => {
                let reranker = pipeline.reranker.expect("the plan has a reranker").reranker;
                let docs: Vec<&str> = job_idxs.iter().map(|&idx| index.text(idx)).collect();
                let resume = profile.candidate.resume_text.as_str();
                let probabilities = if docs.is_empty() {
                    Vec::new()
                } else {
                    reranker.score(resume, &docs)?
                };
                ranking.add_rerank(&probabilities);
            }
            Need::Done => return Ok(ranking.into_matches()),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::convert::Infallible;

    use super::*;
    use crate::domain::Candidate as Person;
    use crate::matching::{MatchInputs, learned_weights, match_jobs};
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
            // Weighty enough that the reranker's order shows whatever the learned weights are.
            reranker: reranker.map(|reranker| WeightedReranker {
                reranker,
                weight: 0.6,
            }),
            stages: Stages {
                shortlist: Shortlist::Top(10),
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
        let profile = PreparedResume::new(&candidate, taxonomy);
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
    fn an_index_kept_as_a_snapshot_ranks_as_the_one_it_was_made_from() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        let jobs: Vec<PreparedJob> =
            serde_json::from_slice(&serde_json::to_vec(index.jobs()).unwrap()).unwrap();
        let bm25 = Bm25Index::from_bytes(&index.bm25().to_bytes()).unwrap();
        let read = JobIndex::with_bm25(jobs.clone(), bm25.clone()).expect("one entry per posting");
        assert_eq!(read.texts(), index.texts());
        let candidate = engineer();
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let pipeline = pipeline::<NoReranker>(&weights, None, 0);
        assert_eq!(
            rank_two_stage(&profile, &read, taxonomy, &pipeline).unwrap(),
            rank_two_stage(&profile, &index, taxonomy, &pipeline).unwrap()
        );
        // A keyword index of other postings is refused, not misread.
        assert!(JobIndex::with_bm25(jobs[1..].to_vec(), bm25).is_none());
    }

    #[test]
    fn the_reranker_reads_only_the_top_k_and_reorders_them() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        let candidate = engineer();
        let profile = PreparedResume::new(&candidate, taxonomy);
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
        let found = index.candidates("Rust", Some(dense), Shortlist::Top(1));
        let found: Vec<(usize, Option<f32>)> =
            found.iter().map(|c| (c.job_idx, c.cosine)).collect();
        assert_eq!(found, [(0, Some(1.0)), (1, Some(0.0))]);
    }
}
