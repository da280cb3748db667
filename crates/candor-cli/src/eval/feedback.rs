//! `candor feedback`: what learning from a person's own choices
//! ([`candor_core::feedback::personalize`]) does to the ranking of the postings they have not
//! rated, simulated on the evaluation sets.
//!
//! For each query (a person's resume): the app ranks every document with the shipped weights;
//! the person rates [`N_RATED`] matches, liking those graded 2 or 3 (they would shortlist or
//! apply) and not the others (they would hide or reject them); the weights are fitted to those
//! choices and the documents they did not rate are ranked again. nDCG@10 over the unrated
//! documents, before and after, is the figure (the residual collection), averaged over the
//! queries with a relevant document (grade 1 or more) among them: for the others nDCG is 0/0,
//! and counting them as 0 before and after would only shrink the mean by how many there are (on
//! the long set, where the first 10 hold nearly every relevant posting, most queries). Two ways
//! to choose what is rated:
//! - `top`: the first [`N_RATED`] of the shipped ranking, as a person reading the list would;
//! - `asked`: the first [`FIRST_READ`], then "rate these 3 next" ([`rate_next`]) until
//!   [`N_RATED`] are rated.
//!
//! Each with and without the model's dense signal (`minilm`, `no_model`). With the model, the
//! resume's vector also moves toward the liked postings ([`query_toward_choices`]), as in the
//! app. Without it, a query whose rated matches are all liked or all not learns nothing and keeps
//! its ranking (it still counts).

use candor_core::dense::VectorMatrix;
use candor_core::eval::ndcg_at_k;
use candor_core::feedback::{
    FeedbackConfig, Rated, Ratings, Unrated, personalize, query_toward_choices, rate_next,
    unrated_sample, weights_after,
};
use candor_core::hybrid::{Blocker, SignalKind, Weights, combined_score, signal_value};
use serde::Serialize;

use super::learn::PreparedSet;

/// How many matches the simulated person rates.
pub const N_RATED: usize = 10;

/// How many of the first matches the `asked` person rates before being asked.
pub const FIRST_READ: usize = 4;

/// A grade the simulated person likes: a good or strong fit.
const LIKED_GRADE: u8 = 2;

/// The figures of one way of rating, on one set, with or without the model.
#[derive(Debug, Clone, Serialize)]
pub struct Simulated {
    /// Mean nDCG@10 over the unrated documents of the measured queries.
    pub before: f64,
    pub after: f64,
    pub gain: f64,
    /// Queries with a relevant document among their unrated ones, which the means are over.
    pub queries_measured: usize,
    /// Queries whose ratings changed the ranking's inputs: with the model, every one (the
    /// resume's vector moves toward what was rated); without, those whose ratings held a liked
    /// and a disliked match.
    pub queries_learning: usize,
    pub queries: usize,
}

/// One set's figures.
#[derive(Debug, Clone, Serialize)]
pub struct SetFeedback {
    pub set: String,
    pub minilm_top: Simulated,
    pub minilm_asked: Simulated,
    pub no_model_top: Simulated,
    pub no_model_asked: Simulated,
}

/// One query's documents as the app scores them.
struct QueryPairs<'a> {
    /// Every signal but the dense one, per document.
    values: Vec<Vec<(SignalKind, f32)>>,
    blockers: Vec<Vec<Blocker>>,
    grades: Vec<u8>,
    /// With the model: the query's vector and the documents'.
    vectors: Option<(&'a [f32], &'a VectorMatrix)>,
}

impl<'a> QueryPairs<'a> {
    fn of(prepared: &'a PreparedSet, query_idx: usize, model_ran: bool) -> Self {
        let table = &prepared.table;
        let query = &prepared.set.queries[query_idx];
        let mut pairs = QueryPairs {
            values: Vec::new(),
            blockers: Vec::new(),
            grades: Vec::new(),
            vectors: model_ran.then(|| {
                let query_vector = prepared.query_vectors.row(query_idx);
                (query_vector, &prepared.doc_vectors)
            }),
        };
        for doc_idx in 0..prepared.set.docs.len() {
            let (signals, blockers) = table.pair(query_idx, doc_idx);
            let values = signals
                .iter()
                .filter(|signal| signal.kind != SignalKind::Dense)
                .map(|signal| (signal.kind, signal.value))
                .collect();
            pairs.values.push(values);
            pairs.blockers.push(blockers);
            pairs.grades.push(query.grade(doc_idx));
        }
        pairs
    }

    /// Each document's signals as the app combines them, the dense one first (mapped from the
    /// cosine with `query_vector` as the app maps it under `weights`).
    fn with_dense(
        &self,
        weights: &Weights,
        query_vector: Option<&[f32]>,
    ) -> Vec<Vec<(SignalKind, f32)>> {
        self.values
            .iter()
            .enumerate()
            .map(|(doc, values)| {
                let dense = self.vectors.map(|(resume_vector, docs)| {
                    let query_vector = query_vector.unwrap_or(resume_vector);
                    let cosine = dot(query_vector, docs.row(doc));
                    (
                        SignalKind::Dense,
                        signal_value(weights.dense_map.value(cosine)),
                    )
                });
                dense.into_iter().chain(values.iter().copied()).collect()
            })
            .collect()
    }

    /// Document indexes of `among`, best first under `weights`; ties by index.
    fn ranked(
        &self,
        values: &[Vec<(SignalKind, f32)>],
        weights: &Weights,
        among: &[usize],
    ) -> Vec<usize> {
        let mut scored: Vec<(usize, f32)> = among
            .iter()
            .map(|&doc| {
                let score = combined_score(&values[doc], &self.blockers[doc], weights, 0.0);
                (doc, score)
            })
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().map(|(doc, _)| doc).collect()
    }

    fn rated<'v>(&self, values: &'v [Vec<(SignalKind, f32)>], docs: &[usize]) -> Vec<Rated<'v>> {
        docs.iter()
            .map(|&doc| Rated {
                values: &values[doc],
                liked: self.grades[doc] >= LIKED_GRADE,
            })
            .collect()
    }

    /// The resume's vector moved toward the liked rated documents (as [`Ranking`] moves it).
    ///
    /// [`Ranking`]: candor_core::matching::Ranking
    fn moved_query(&self, rated_docs: &[usize], config: &FeedbackConfig) -> Option<Vec<f32>> {
        let (query_vector, docs) = self.vectors?;
        let rows = |liked: bool| -> Vec<&[f32]> {
            rated_docs
                .iter()
                .filter(|&&doc| (self.grades[doc] >= LIKED_GRADE) == liked)
                .map(|&doc| docs.row(doc))
                .collect()
        };
        query_toward_choices(query_vector, &rows(true), &rows(false), config)
    }

    fn ndcg(&self, ranked: &[usize]) -> f64 {
        let ranked_grades: Vec<u8> = ranked.iter().map(|&doc| self.grades[doc]).collect();
        ndcg_at_k(&ranked_grades, &ranked_grades, 10)
    }
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(a, b)| a * b).sum()
}

/// Which documents a simulated person rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    Top,
    Asked,
}

/// What one query's simulation found.
struct QueryOutcome {
    /// nDCG@10 over the unrated documents, before and after; `None` when none is relevant.
    ndcg: Option<(f64, f64)>,
    learned: bool,
}

/// One query's nDCG@10 over its unrated documents, before and after, and whether it learned.
/// The person rates as they read: what the ranking shows them at each step, the resume's
/// vector and the weights moved by what they rated so far, as the app would.
fn simulate_query(
    pairs: &QueryPairs<'_>,
    shipped: &Weights,
    model_ran: bool,
    rating: Rating,
    config: &FeedbackConfig,
) -> QueryOutcome {
    let all: Vec<usize> = (0..pairs.values.len()).collect();
    let shipped_values = pairs.with_dense(shipped, None);
    let shipped_order = pairs.ranked(&shipped_values, shipped, &all);
    let first = match rating {
        Rating::Top => N_RATED,
        Rating::Asked => FIRST_READ,
    };
    let mut rated_docs: Vec<usize> = shipped_order.iter().copied().take(first).collect();
    // The unrated sample of the fit, from the documents not in `rated_docs`, in index order
    // as the app takes it.
    let sample_of = |rated_docs: &[usize]| -> Vec<&[(SignalKind, f32)]> {
        let unrated: Vec<usize> = all
            .iter()
            .copied()
            .filter(|doc| !rated_docs.contains(doc))
            .collect();
        let sample = unrated_sample(&unrated);
        sample
            .iter()
            .map(|&doc| shipped_values[doc].as_slice())
            .collect()
    };
    // The values and weights a ranking uses after the choices in `rated_docs`: the weights
    // fitted to the rated documents' values with the resume's own vector, as the app fits them.
    let learn = |rated_docs: &[usize]| {
        let moved = pairs.moved_query(rated_docs, config);
        let values = pairs.with_dense(shipped, moved.as_deref());
        let rated = pairs.rated(&shipped_values, rated_docs);
        let sample = sample_of(rated_docs);
        let ratings = Ratings {
            rated: &rated,
            unrated_sample: &sample,
        };
        let learned = personalize(shipped, model_ran, ratings, config).is_some() || moved.is_some();
        let weights = weights_after(shipped, model_ran, ratings, config);
        (values, weights, learned)
    };
    while rated_docs.len() < N_RATED.min(all.len()) {
        let (values, current, _) = learn(&rated_docs);
        let unrated: Vec<usize> = all
            .iter()
            .copied()
            .filter(|doc| !rated_docs.contains(doc))
            .collect();
        let order = pairs.ranked(&values, &current, &unrated);
        let asked: Vec<Unrated<'_>> = order
            .iter()
            .map(|&doc| Unrated {
                values: &values[doc],
                blockers: &pairs.blockers[doc],
            })
            .collect();
        let wanted = (N_RATED - rated_docs.len()).min(3);
        let rated = pairs.rated(&shipped_values, &rated_docs);
        let sample = sample_of(&rated_docs);
        let ratings = Ratings {
            rated: &rated,
            unrated_sample: &sample,
        };
        let picked = rate_next(
            shipped, &current, model_ran, ratings, &asked, wanted, config,
        );
        rated_docs.extend(picked.into_iter().map(|i| order[i]));
    }
    let unrated: Vec<usize> = shipped_order
        .iter()
        .copied()
        .filter(|doc| !rated_docs.contains(doc))
        .collect();
    let (values, weights, learned) = learn(&rated_docs);
    let any_relevant = unrated.iter().any(|&doc| pairs.grades[doc] > 0);
    let ndcg = any_relevant.then(|| {
        let after = pairs.ranked(&values, &weights, &unrated);
        (pairs.ndcg(&unrated), pairs.ndcg(&after))
    });
    QueryOutcome { ndcg, learned }
}

/// The simulation of one way of rating over every query of `prepared`.
pub fn simulate(
    prepared: &PreparedSet,
    shipped: &Weights,
    model_ran: bool,
    rating: Rating,
    config: &FeedbackConfig,
) -> Simulated {
    let n_queries = prepared.set.queries.len();
    let (mut before, mut after, mut learning, mut measured) = (0.0, 0.0, 0, 0);
    for query_idx in 0..n_queries {
        let pairs = QueryPairs::of(prepared, query_idx, model_ran);
        let outcome = simulate_query(&pairs, shipped, model_ran, rating, config);
        if let Some((query_before, query_after)) = outcome.ndcg {
            before += query_before;
            after += query_after;
            measured += 1;
        }
        learning += usize::from(outcome.learned);
    }
    let mean = |sum: f64| round4(sum / measured.max(1) as f64);
    Simulated {
        before: mean(before),
        after: mean(after),
        gain: round4(mean(after) - mean(before)),
        queries_measured: measured,
        queries_learning: learning,
        queries: n_queries,
    }
}

/// Every way of rating on one set.
pub fn simulate_set(
    prepared: &PreparedSet,
    shipped: &Weights,
    config: &FeedbackConfig,
) -> SetFeedback {
    let run = |model_ran, rating| simulate(prepared, shipped, model_ran, rating, config);
    SetFeedback {
        set: prepared.name.clone(),
        minilm_top: run(true, Rating::Top),
        minilm_asked: run(true, Rating::Asked),
        no_model_top: run(false, Rating::Top),
        no_model_asked: run(false, Rating::Asked),
    }
}

fn round4(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}
