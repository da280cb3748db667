//! `candor eval`: rank every document of a JSONL dev set for every query with each ranker and
//! report nDCG@10, MRR and Recall@10 (see `candor_core::eval`).
//!
//! Rankers are closures from a query index to one score per document, so a new ranker is one
//! more entry in [`rankers`]. Inputs are embedded and indexed once up front; each ranker then
//! only scores.

use std::path::Path;

use anyhow::{Context, Result};
use candor_core::bm25::{Bm25Index, Bm25Params, Bm25Query};
use candor_core::dense::VectorMatrix;
use candor_core::domain::{Date, JobPosting};
use candor_core::eval::{DevDoc, DevSet, EvalReport, RRF_K, reciprocal_rank_fusion_into};
use candor_core::hybrid::{Blocker, Signal, SignalKind, Weights, combine};
use candor_core::matching::{MatchInputs, PreparedResume, enrich_job, learned_weights, match_jobs};
use candor_core::parse::resume::candidate_from_resume;
use candor_core::parse::salary::parse_salary;
use candor_lock::ModelLock;
use candor_ml::minilm::{self, MiniLm};

use crate::{find_model, load_minilm, read_text};

/// The model the `dense` ranker embeds with.
pub const DENSE_MODEL_ID: &str = "all-minilm-l6-v2";

/// Reads and parses a dev set, naming the file in the error.
pub fn read_dev_set(path: &Path) -> Result<DevSet> {
    let text = read_text(path)?;
    DevSet::parse_jsonl(&text).with_context(|| format!("{} is not a valid dev set", path.display()))
}

/// Evaluates the dev set at `input`. With `models` (a site root holding the verified mirror),
/// the `dense`, `hybrid` and `rrf` rankers run too; without it only `bm25` does. With
/// `per_query`, the report also lists each ranker's top documents for every query.
pub fn eval_file(input: &Path, models: Option<&Path>, per_query: bool) -> Result<EvalReport> {
    let set = read_dev_set(input)?;
    let minilm = match models {
        Some(site) => {
            let lock = ModelLock::bundled();
            Some(load_minilm(site, find_model(&lock, DENSE_MODEL_ID)?)?)
        }
        None => None,
    };
    evaluate(&set, minilm.as_ref(), per_query)
}

/// Evaluates every ranker [`rankers`] builds on `set`, in order; with `per_query`, keeping
/// each query's ranking too.
pub fn evaluate(set: &DevSet, minilm: Option<&MiniLm>, per_query: bool) -> Result<EvalReport> {
    let inputs = RankerInputs::prepare(set, minilm)?;
    let mut report = EvalReport::for_set(set);
    for (name, score_query) in rankers(&inputs) {
        if per_query {
            report.add_ranker_per_query(name, set, score_query);
        } else {
            report.add_ranker(name, set, score_query);
        }
    }
    Ok(report)
}

/// What the rankers share, computed once per set: the BM25 index and prepared queries, and the
/// embeddings when a model is loaded.
pub struct RankerInputs {
    bm25_index: Bm25Index,
    bm25_queries: Vec<Bm25Query>,
    dense: Option<DenseInputs>,
}

struct DenseInputs {
    doc_vectors: VectorMatrix,
    query_vectors: VectorMatrix,
    hybrid: HybridSignals,
}

impl RankerInputs {
    /// Indexes the documents' texts and, with `minilm`, embeds documents and queries.
    pub fn prepare(set: &DevSet, minilm: Option<&MiniLm>) -> Result<Self> {
        let doc_texts: Vec<&str> = set.docs.iter().map(|doc| doc.text.as_str()).collect();
        let query_texts: Vec<&str> = set.queries.iter().map(|q| q.text.as_str()).collect();
        let bm25_index = Bm25Index::for_documents(&doc_texts, Bm25Params::default());
        let bm25_queries = query_texts.iter().map(|q| bm25_index.query(q)).collect();
        let dense = match minilm {
            Some(minilm) => {
                let doc_vectors = embed(minilm, &doc_texts).context("embedding documents")?;
                let query_vectors = embed(minilm, &query_texts).context("embedding queries")?;
                let hybrid = HybridSignals::compute(set, &doc_vectors, &query_vectors);
                Some(DenseInputs {
                    doc_vectors,
                    query_vectors,
                    hybrid,
                })
            }
            None => None,
        };
        Ok(RankerInputs {
            bm25_index,
            bm25_queries,
            dense,
        })
    }
}

fn embed(minilm: &MiniLm, texts: &[&str]) -> Result<VectorMatrix> {
    let vectors = minilm.embed(texts)?;
    Ok(VectorMatrix::from_rows(minilm::DIMENSION, &vectors)?)
}

/// A ranker: fills the scores of every document for query `query_idx`.
pub type ScoreQuery<'a> = Box<dyn FnMut(usize, &mut Vec<f32>) + 'a>;

/// The rankers to evaluate, by report name: `bm25` always; `dense` (MiniLM cosine), `hybrid`
/// (every signal under the learned weights) and `rrf` (reciprocal rank fusion of bm25 and
/// dense, k = 60) when embeddings were prepared.
pub fn rankers(inputs: &RankerInputs) -> Vec<(&'static str, ScoreQuery<'_>)> {
    let bm25 = move |query_idx: usize, scores: &mut Vec<f32>| {
        inputs
            .bm25_index
            .score_into(&inputs.bm25_queries[query_idx], scores);
    };
    let mut rankers: Vec<(&'static str, ScoreQuery<'_>)> = vec![("bm25", Box::new(bm25))];
    if let Some(dense_inputs) = &inputs.dense {
        let dense = move |query_idx: usize, scores: &mut Vec<f32>| {
            let query_vector = dense_inputs.query_vectors.row(query_idx);
            dense_inputs.doc_vectors.scores_into(query_vector, scores);
        };
        let hybrid_signals = &dense_inputs.hybrid;
        let weights = learned_weights();
        let hybrid = move |query_idx: usize, scores: &mut Vec<f32>| {
            hybrid_signals.scores_into(query_idx, &weights, scores);
        };
        let mut bm25_scores = Vec::new();
        let mut dense_scores = Vec::new();
        let rrf = move |query_idx: usize, scores: &mut Vec<f32>| {
            inputs
                .bm25_index
                .score_into(&inputs.bm25_queries[query_idx], &mut bm25_scores);
            let query_vector = dense_inputs.query_vectors.row(query_idx);
            dense_inputs
                .doc_vectors
                .scores_into(query_vector, &mut dense_scores);
            reciprocal_rank_fusion_into(&[&bm25_scores, &dense_scores], RRF_K, scores);
        };
        rankers.push(("dense", Box::new(dense)));
        rankers.push(("hybrid", Box::new(hybrid)));
        rankers.push(("rrf", Box::new(rrf)));
    }
    rankers
}

/// Every explainable signal and blocker of every (query, doc) pair, computed once by the same
/// matching pipeline the app runs, so weights can be rescored (and learned) cheaply.
pub struct HybridSignals {
    /// `pairs[query_idx][doc_idx]`.
    pairs: Vec<Vec<(Vec<Signal>, Vec<Blocker>)>>,
}

impl HybridSignals {
    fn compute(set: &DevSet, doc_vectors: &VectorMatrix, query_vectors: &VectorMatrix) -> Self {
        // A fixed day keeps the eval reproducible; dev-set postings carry no dates anyway.
        let today = Date::new(2026, 11, 1).expect("a valid date");
        let jobs: Vec<JobPosting> = set.docs.iter().map(job_for_doc).collect();
        let taxonomy = candor_core::skills::bundled();
        // Every weight 1: the stored contributions then carry each signal's raw value.
        let unit = Weights {
            weights: SignalKind::ALL.iter().map(|kind| (*kind, 1.0)).collect(),
        };
        let mut dense = Vec::new();
        let pairs = set
            .queries
            .iter()
            .enumerate()
            .map(|(query_idx, query)| {
                doc_vectors.scores_into(query_vectors.row(query_idx), &mut dense);
                let (candidate, _) = candidate_from_resume(&query.text, today);
                let profile = PreparedResume::new(&candidate, taxonomy);
                let inputs = MatchInputs {
                    today,
                    weights: &unit,
                    dense: Some(&dense),
                    reranker: None,
                };
                let mut by_doc = vec![(Vec::new(), Vec::new()); jobs.len()];
                for explained in match_jobs(&profile, &jobs, taxonomy, &inputs) {
                    let doc_idx = set
                        .doc_idx(&explained.job_id)
                        .expect("jobs come from the set");
                    let signals = explained
                        .combined
                        .contributions
                        .iter()
                        .map(|c| Signal::new(c.kind, c.value, String::new()))
                        .collect();
                    by_doc[doc_idx] = (signals, explained.combined.blockers);
                }
                by_doc
            })
            .collect();
        HybridSignals { pairs }
    }

    /// The hybrid score of every doc for one query under `weights`.
    pub fn scores_into(&self, query_idx: usize, weights: &Weights, scores: &mut Vec<f32>) {
        scores.clear();
        scores.extend(
            self.pairs[query_idx]
                .iter()
                .map(|(signals, blockers)| combine(signals, blockers.clone(), weights).score),
        );
    }
}

/// A dev-set doc as a posting: its whole text is the description, structured fields fill the
/// rest (the company is already part of the text).
pub(crate) fn job_for_doc(doc: &DevDoc) -> JobPosting {
    let mut job = JobPosting {
        id: doc.doc_id.clone(),
        title: doc.title.clone().unwrap_or_default(),
        location: doc.location.clone().unwrap_or_default(),
        description: doc.text.clone(),
        requirements: doc.requirements.clone(),
        skills: doc.skills.clone(),
        salary: doc.salary.as_deref().and_then(parse_salary),
        ..JobPosting::default()
    };
    enrich_job(&mut job);
    job
}

/// Learns the hybrid weights on `set` by coordinate ascent on mean nDCG@10: each signal's
/// weight in turn is multiplied by each of a few factors (0 included, so a signal that does not
/// help drops out) and the best is kept, for a few passes. Starts from the committed weights
/// and from each single signal alone, so the result is never worse on `set` than any of them.
pub fn learn_weights(set: &DevSet, minilm: &MiniLm) -> Result<(Weights, f64)> {
    let inputs = RankerInputs::prepare(set, Some(minilm))?;
    let signals = &inputs
        .dense
        .as_ref()
        .expect("dense inputs with a model")
        .hybrid;
    let ndcg = |weights: &Weights| {
        evaluate_scores(set, |query_idx, scores| {
            signals.scores_into(query_idx, weights, scores)
        })
        .ndcg_at_10
    };
    // The dev sets carry no posting dates, and no reranker runs here.
    let learnable = SignalKind::ALL
        .into_iter()
        .filter(|kind| !matches!(kind, SignalKind::Recency | SignalKind::Reranker))
        .collect::<Vec<_>>();
    let prior = learned_weights();
    let mut starts = vec![prior.clone()];
    for &kind in &learnable {
        let mut alone: Vec<(SignalKind, f32)> =
            prior.weights.iter().map(|(k, _)| (*k, 0.0)).collect();
        alone
            .iter_mut()
            .filter(|(k, _)| *k == kind)
            .for_each(|(_, w)| *w = 1.0);
        starts.push(Weights { weights: alone });
    }
    let (mut best, mut best_ndcg) = starts
        .into_iter()
        .map(|weights| {
            let score = ndcg(&weights);
            (weights, score)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .expect("at least the prior");
    for _pass in 0..3 {
        for &kind in &learnable {
            for factor in [0.0f32, 0.25, 0.5, 2.0, 4.0] {
                let mut trial = best.clone();
                for (k, w) in &mut trial.weights {
                    if *k == kind {
                        *w = if *w == 0.0 && factor > 0.0 {
                            0.05 * factor
                        } else {
                            *w * factor
                        };
                    }
                }
                let score = ndcg(&trial);
                if score > best_ndcg + 1e-9 {
                    best = trial;
                    best_ndcg = score;
                }
            }
        }
    }
    // Report weights that sum to 1 over the learnable signals. The reranker's share is not
    // learned here: it is the `score` of its lock entry (`candor eval --reranker`).
    let total: f32 = learnable.iter().map(|k| best.of(*k)).sum();
    for (_, weight) in &mut best.weights {
        if total > 0.0 {
            *weight = (*weight / total * 1000.0).round() / 1000.0;
        }
    }
    Ok((best, best_ndcg))
}

fn evaluate_scores(
    set: &DevSet,
    score_query: impl FnMut(usize, &mut Vec<f32>),
) -> candor_core::eval::Metrics {
    candor_core::eval::evaluate(set, score_query)
}
