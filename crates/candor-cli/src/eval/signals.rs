//! Every explainable signal and blocker of every (query, document) pair of a set, computed once by
//! the matching pipeline the app runs, so a fusion can be rescored (and learned) cheaply.

use candor_core::dense::VectorMatrix;
use candor_core::domain::{Date, JobPosting};
use candor_core::eval::{DevDoc, DevSet};
use candor_core::hybrid::{
    Blocker, BlockerCaps, DenseMap, GradeFloors, Signal, SignalKind, Weights, combine,
};
use candor_core::matching::{MatchInputs, PreparedResume, enrich_job, match_jobs};
use candor_core::parse::resume::candidate_from_resume;
use candor_core::parse::salary::parse_salary;

/// The number of signal kinds, in [`SignalKind::ALL`] order.
pub const N_KINDS: usize = SignalKind::ALL.len();

/// The number of blocker kinds, in [`BlockerCaps::as_mut_array`] order.
pub const N_BLOCKER_KINDS: usize = Blocker::N_KINDS;

/// One bit per blocker kind.
type BlockerBits = u16;
const _: () = assert!(N_BLOCKER_KINDS <= BlockerBits::BITS as usize);

/// Signal values and blocker kinds of every pair, `[query][doc]`, flat.
pub struct SignalTable {
    n_docs: usize,
    /// `N_KINDS` values per pair in [`SignalKind::ALL`] order; NaN where the signal is absent.
    values: Vec<f32>,
    /// One bit per blocker kind ([`Blocker::kind_idx`]) per pair.
    blockers: Vec<BlockerBits>,
    /// The raw cosine of each pair.
    cosines: Vec<f32>,
}

impl SignalTable {
    /// Runs the matching pipeline for every query of `set` against all its documents, with the
    /// cosines of the given embeddings as the dense signal.
    pub fn compute(set: &DevSet, doc_vectors: &VectorMatrix, query_vectors: &VectorMatrix) -> Self {
        let today = eval_day();
        let jobs: Vec<JobPosting> = set.docs.iter().map(job_for_doc).collect();
        let taxonomy = candor_core::skills::bundled();
        // Every weight 1: the contributions then carry each signal's raw value.
        let unit = Weights {
            dense_map: DenseMap::default(),
            grades: GradeFloors::default(),
            weights: SignalKind::ALL.iter().map(|kind| (*kind, 1.0)).collect(),
            caps: BlockerCaps::default(),
            without_model: Vec::new(),
        };
        let n_pairs = set.queries.len() * jobs.len();
        let mut table = SignalTable {
            n_docs: jobs.len(),
            values: vec![f32::NAN; n_pairs * N_KINDS],
            blockers: vec![0; n_pairs],
            cosines: Vec::with_capacity(n_pairs),
        };
        let mut cosines = Vec::new();
        for (query_idx, query) in set.queries.iter().enumerate() {
            doc_vectors.scores_into(query_vectors.row(query_idx), &mut cosines);
            table.cosines.extend_from_slice(&cosines);
            let (candidate, _) = candidate_from_resume(&query.text, today);
            let profile = PreparedResume::new(&candidate, taxonomy);
            let inputs = MatchInputs {
                today,
                weights: &unit,
                dense: Some(&cosines),
                reranker: None,
            };
            for explained in match_jobs(&profile, &jobs, taxonomy, &inputs) {
                let doc_idx = set
                    .doc_idx(&explained.job_id)
                    .expect("jobs come from the set");
                let pair = query_idx * table.n_docs + doc_idx;
                for contribution in &explained.combined.contributions {
                    table.values[pair * N_KINDS + kind_idx(contribution.kind)] = contribution.value;
                }
                for blocker in &explained.combined.blockers {
                    table.blockers[pair] |= 1 << blocker.kind_idx();
                }
            }
        }
        table
    }

    /// The signals and blockers of one pair as [`combine`] takes them (blockers without their
    /// details, which do not change a score).
    pub fn pair(&self, query_idx: usize, doc_idx: usize) -> (Vec<Signal>, Vec<Blocker>) {
        let pair = query_idx * self.n_docs + doc_idx;
        let signals = SignalKind::ALL
            .iter()
            .zip(&self.values[pair * N_KINDS..(pair + 1) * N_KINDS])
            .filter(|(_, value)| !value.is_nan())
            .map(|(kind, value)| Signal::new(*kind, *value, String::new()))
            .collect();
        let blockers = Blocker::one_of_each()
            .into_iter()
            .filter(|blocker| self.blockers[pair] & (1 << blocker.kind_idx()) != 0)
            .collect();
        (signals, blockers)
    }

    /// The app's score of every document for one query: [`combine`] under `weights` (the
    /// dense signal from the cosine by their [`DenseMap`]), or without the dense signal as when
    /// no model ran (`model_ran` false).
    pub fn combined_scores_into(
        &self,
        query_idx: usize,
        weights: &Weights,
        model_ran: bool,
        scores: &mut Vec<f32>,
    ) {
        scores.clear();
        for (doc_idx, cosine) in self.cosines(query_idx).iter().enumerate() {
            let (mut signals, blockers) = self.pair(query_idx, doc_idx);
            let had_dense = signals
                .iter()
                .any(|signal| signal.kind == SignalKind::Dense);
            signals.retain(|signal| signal.kind != SignalKind::Dense);
            if model_ran && had_dense {
                let dense = weights.dense_map.value(*cosine);
                signals.insert(0, Signal::new(SignalKind::Dense, dense, String::new()));
            }
            scores.push(combine(&signals, blockers, weights).score);
        }
    }

    /// [`SignalTable::combined_scores_into`] without building signals: the same weighted mean
    /// of the present signals and the same caps, for learning. Agrees with it to rounding.
    pub fn fast_scores_into(&self, query_idx: usize, fusion: &FastFusion, scores: &mut Vec<f32>) {
        scores.clear();
        let dense_idx = kind_idx(SignalKind::Dense);
        for (doc_idx, cosine) in self.cosines(query_idx).iter().enumerate() {
            let pair = query_idx * self.n_docs + doc_idx;
            let values = &self.values[pair * N_KINDS..(pair + 1) * N_KINDS];
            let (mut sum, mut total) = (0.0f32, 0.0f32);
            for (kind_idx, (&value, &weight)) in values.iter().zip(&fusion.weights).enumerate() {
                let value = if kind_idx == dense_idx && !value.is_nan() {
                    fusion.dense_map.value(*cosine).clamp(0.0, 1.0)
                } else {
                    value
                };
                if weight > 0.0 && !value.is_nan() {
                    sum += value * weight;
                    total += weight;
                }
            }
            let uncapped = if total > 0.0 {
                (sum / total).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let cap = (0..N_BLOCKER_KINDS)
                .filter(|bit| self.blockers[pair] & (1 << bit) != 0)
                .map(|bit| fusion.caps[bit])
                .fold(1.0f32, f32::min);
            scores.push(uncapped.min(cap));
        }
    }

    /// The raw cosines of one query's documents.
    pub fn cosines(&self, query_idx: usize) -> &[f32] {
        &self.cosines[query_idx * self.n_docs..(query_idx + 1) * self.n_docs]
    }

    /// The signal `kind` of a pair; NaN when absent.
    pub fn value(&self, query_idx: usize, doc_idx: usize, kind: SignalKind) -> f32 {
        self.values[(query_idx * self.n_docs + doc_idx) * N_KINDS + kind_idx(kind)]
    }
}

/// Weights and caps as plain arrays, for [`SignalTable::fast_scores_into`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FastFusion {
    pub weights: [f32; N_KINDS],
    pub caps: [f32; N_BLOCKER_KINDS],
    pub dense_map: DenseMap,
}

impl FastFusion {
    pub fn from_weights(weights: &Weights) -> Self {
        let mut caps = weights.caps;
        FastFusion {
            weights: SignalKind::ALL.map(|kind| weights.of(kind)),
            caps: caps.as_mut_array().map(|cap| *cap),
            dense_map: weights.dense_map,
        }
    }

    /// These caps and map with other weights.
    pub fn with_weights(self, weights: [f32; N_KINDS]) -> Self {
        FastFusion { weights, ..self }
    }

    pub fn to_weights(&self) -> Weights {
        let mut caps = BlockerCaps::default();
        for (cap, value) in caps.as_mut_array().into_iter().zip(self.caps) {
            *cap = value;
        }
        Weights {
            weights: SignalKind::ALL
                .iter()
                .zip(self.weights)
                .map(|(kind, weight)| (*kind, weight))
                .collect(),
            caps,
            without_model: Vec::new(),
            dense_map: self.dense_map,
            grades: GradeFloors::default(),
        }
    }
}

/// The day every evaluation ranks on: a fixed one keeps the figures reproducible, and the
/// evaluation postings carry no dates anyway.
pub(crate) fn eval_day() -> Date {
    Date::new(2026, 11, 1).expect("a valid date")
}

/// The index of `kind` in [`SignalKind::ALL`].
pub fn kind_idx(kind: SignalKind) -> usize {
    SignalKind::ALL
        .iter()
        .position(|k| *k == kind)
        .expect("every kind is in ALL")
}

/// An evaluation doc as a posting: its whole text is the description, structured fields fill
/// the rest (the company is already part of the text).
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A table of made-up signals: every pattern of absent values and blockers.
    fn table(n_queries: usize, n_docs: usize) -> SignalTable {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 40) as f32 / (1u64 << 24) as f32
        };
        let n_pairs = n_queries * n_docs;
        let values = (0..n_pairs * N_KINDS)
            .map(|_| {
                let value = next();
                if value < 0.2 { f32::NAN } else { value }
            })
            .collect();
        let blockers = (0..n_pairs)
            .map(|_| {
                if next() < 0.5 {
                    (next() * (1 << N_BLOCKER_KINDS) as f32) as BlockerBits
                } else {
                    0
                }
            })
            .collect();
        let cosines = (0..n_pairs).map(|_| next() * 0.9).collect();
        SignalTable {
            n_docs,
            values,
            blockers,
            cosines,
        }
    }

    #[test]
    fn the_fast_scores_are_the_apps_combine() {
        let table = table(3, 40);
        let weights = Weights {
            weights: vec![
                (SignalKind::Dense, 0.4),
                (SignalKind::Bm25, 0.2),
                (SignalKind::SkillCoverage, 0.1),
                (SignalKind::Experience, 0.0),
                (SignalKind::Location, 0.3),
            ],
            caps: BlockerCaps {
                missing_credential: 0.3,
                missing_required_skill: 1.0,
                location_mismatch: 0.5,
                salary_below_floor: 0.7,
                seniority_mismatch: 0.9,
                not_eligible: 0.4,
                suspicious_posting: 0.2,
                temporary_role: 0.6,
                different_work: 0.5,
            },
            without_model: Vec::new(),
            dense_map: DenseMap::default(),
            grades: GradeFloors::default(),
        };
        for dense_map in [
            DenseMap::default(),
            DenseMap {
                floor: 0.2,
                ceiling: 0.9,
            },
        ] {
            let weights = Weights {
                dense_map,
                ..weights.clone()
            };
            let fast = FastFusion::from_weights(&weights);
            assert_eq!(FastFusion::from_weights(&fast.to_weights()), fast);
            let (mut slow_scores, mut fast_scores) = (Vec::new(), Vec::new());
            for query_idx in 0..3 {
                table.combined_scores_into(query_idx, &weights, true, &mut slow_scores);
                table.fast_scores_into(query_idx, &fast, &mut fast_scores);
                for (slow, fast) in slow_scores.iter().zip(&fast_scores) {
                    assert!(
                        (slow - fast).abs() < 1e-5,
                        "{slow} != {fast} ({dense_map:?})"
                    );
                }
            }
        }
    }
}
