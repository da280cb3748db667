//! `candor learn`: learns how the explainable signals combine, on the train splits of the
//! evaluation sets together, compares the ways of learning on their dev splits, and keeps the
//! best. The test splits are never read here.
//!
//! The ways compared, all fitted to the same objective (the mean over sets of each set's mean
//! nDCG@10, so a set with more queries does not outweigh another):
//! - `coordinate_ascent`: each signal's weight and each blocker kind's cap in turn is tried at a
//!   few values and the best is kept, for a few passes;
//! - `grid_dense_bm25`: dense and BM25 alone, BM25's share on a grid, caps by coordinate ascent;
//! - `pairwise_logistic`: weights from a logistic regression on document pairs of a query with
//!   different grades (RankNet's loss, non-negative weights), then the caps by coordinate ascent;
//! - `rrf`: reciprocal rank fusion of BM25 and dense, with `k` chosen on train (no weights and
//!   no caps: it orders but cannot explain a score, so it is a reference, not a candidate);
//!
//! each under every map of the cosine to the dense signal in [`DENSE_MAPS`]: the map is learned
//! with the weights, since a share of the score means nothing without the scale of what it
//! weighs. (A per-query min-max of the cosines was compared in an earlier round; the app cannot
//! apply it, since its rankings are of any size, and fixed maps did as well on dev.)

use candor_core::dense::VectorMatrix;
use candor_core::eval::{DevSet, evaluate, reciprocal_rank_fusion_into};
use candor_core::hybrid::{DenseMap, GradeFloors, SignalKind, Weights};
use serde::Serialize;

use super::signals::{FastFusion, N_BLOCKER_KINDS, N_KINDS, SignalTable, kind_idx};

/// A set with its signals and BM25 scores computed, ready to be rescored.
pub struct PreparedSet {
    /// The file's stem, such as `long_train`.
    pub name: String,
    pub set: DevSet,
    pub table: SignalTable,
    /// Raw BM25 of each pair, `[query][doc]` flat.
    pub bm25: Vec<f32>,
    /// MiniLM's vectors of the documents and the queries, row per item.
    pub doc_vectors: VectorMatrix,
    pub query_vectors: VectorMatrix,
}

impl PreparedSet {
    fn bm25(&self, query_idx: usize) -> &[f32] {
        let n_docs = self.set.docs.len();
        &self.bm25[query_idx * n_docs..(query_idx + 1) * n_docs]
    }

    fn ndcg(&self, fusion: &FastFusion) -> f64 {
        evaluate(&self.set, |query_idx, scores| {
            self.table.fast_scores_into(query_idx, fusion, scores);
        })
        .ndcg_at_10
    }

    fn rrf_ndcg(&self, k: f32) -> f64 {
        evaluate(&self.set, |query_idx, scores| {
            reciprocal_rank_fusion_into(
                &[self.bm25(query_idx), self.table.cosines(query_idx)],
                k,
                scores,
            );
        })
        .ndcg_at_10
    }
}

/// The signals learning may weigh: the evaluation postings carry no dates, and no reranker runs
/// here (its weight is the reranker's own, in `models.lock.toml`).
const LEARNABLE: [SignalKind; 7] = [
    SignalKind::Dense,
    SignalKind::Bm25,
    SignalKind::SkillCoverage,
    SignalKind::RequiredCoverage,
    SignalKind::Experience,
    SignalKind::Location,
    SignalKind::Salary,
];

/// The signals a ranking without a model may weigh: [`LEARNABLE`] but dense, which comes first.
const KEYWORD_SIGNALS: &[SignalKind] = LEARNABLE.split_at(1).1;

/// The caps a blocker kind may take; 1 is no cap at all.
const CAP_GRID: [f32; 8] = [0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 1.0];

/// The maps of the cosine to the dense signal tried: floors where unrelated pairs sit, ceilings
/// from where MiniLM's same-role pairs start to where none reaches.
const DENSE_MAPS: [(f32, f32); 6] = [
    (0.1, 0.75),
    (0.1, 0.9),
    (0.1, 1.0),
    (0.2, 0.9),
    (0.2, 1.0),
    (0.0, 1.0),
];

/// The `k`s of reciprocal rank fusion tried.
const RRF_KS: [f32; 6] = [5.0, 10.0, 20.0, 30.0, 60.0, 100.0];

/// One way of combining, as learned on train, with its figures.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    /// Such as `coordinate_ascent/fixed`.
    pub method: String,
    /// The objective on the train splits.
    pub train: f64,
    /// nDCG@10 on each dev split, by name.
    pub dev: Vec<(String, f64)>,
    /// The mean of `dev`.
    pub dev_mean: f64,
    #[serde(skip)]
    pub fusion: Option<FastFusion>,
}

/// What `candor learn` found: every candidate, best on dev first among those the app can run.
pub struct Learned {
    pub candidates: Vec<Candidate>,
    /// The index in `candidates` of the one kept.
    pub best: usize,
    /// The weights for a ranking without a model (no dense signal), learned the kept way with
    /// the kept caps: see [`learn_without_model`].
    pub without_model: Candidate,
    /// Where each grade starts under the kept weights: see [`learn_grade_floors`].
    pub grades: GradeFloors,
}

/// Learns on `train`, compares on `dev`; the grades' floors come from the train sets at
/// `grade_sets`.
pub fn learn(train: &[PreparedSet], dev: &[PreparedSet], grade_sets: &[usize]) -> Learned {
    let mut candidates = Vec::new();
    let objective = |fusion: &FastFusion| mean(train.iter().map(|s| s.ndcg(fusion)));
    for (floor, ceiling) in DENSE_MAPS {
        let dense_map = DenseMap { floor, ceiling };
        let name = format!("map({floor},{ceiling})");
        let (fusion, train_score) =
            coordinate_ascent(&objective, &starts(dense_map), &LEARNABLE, true);
        candidates.push(candidate(
            format!("coordinate_ascent/{name}"),
            train_score,
            dev,
            fusion,
        ));
        let (fusion, train_score) = dense_bm25_grid(&objective, dense_map);
        candidates.push(candidate(
            format!("grid_dense_bm25/{name}"),
            train_score,
            dev,
            fusion,
        ));
        let weights = pairwise_logistic(train, dense_map);
        let (fusion, train_score) = coordinate_ascent(&objective, &[weights], &[], true);
        candidates.push(candidate(
            format!("pairwise_logistic/{name}"),
            train_score,
            dev,
            fusion,
        ));
    }
    let (k, train_score) = RRF_KS
        .iter()
        .map(|&k| (k, mean(train.iter().map(|s| s.rrf_ndcg(k)))))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .expect("a k");
    let dev_scores: Vec<(String, f64)> = dev
        .iter()
        .map(|s| (s.name.clone(), s.rrf_ndcg(k)))
        .collect();
    candidates.push(Candidate {
        method: format!("rrf/k={k}"),
        train: train_score,
        dev_mean: mean(dev_scores.iter().map(|(_, score)| *score)),
        dev: dev_scores,
        fusion: None,
    });
    let best = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.fusion.is_some())
        .max_by(|a, b| a.1.dev_mean.total_cmp(&b.1.dev_mean))
        .map(|(idx, _)| idx)
        .expect("a candidate the app can run");
    let kept = candidates[best]
        .fusion
        .expect("the kept candidate runs in the app");
    let without_model = learn_without_model(train, dev, kept);
    let graded: Vec<&PreparedSet> = grade_sets.iter().map(|&idx| &train[idx]).collect();
    let grades = learn_grade_floors(&graded, &kept);
    Learned {
        candidates,
        best,
        without_model,
        grades,
    }
}

/// The grades' floors under `kept`, from the scores it gives the pairs of train splits graded
/// by fit (3 fits well, 2 fits, 1 is related, 0 is not; the ESCO set grades occupations, so it
/// is not one of them): A from the lower quartile of the grade-3 pairs and A+ from their upper
/// one, B from the lower quartile of the grade-2 pairs, C from that of the grade-1 pairs, and D from the 95th percentile of the grade-0 ones, each at
/// most the floor above it. So a well-fitting posting reads A or better three times in four,
/// and an unrelated one reaches D one time in twenty, whatever scale the learned weights give.
fn learn_grade_floors(graded: &[&PreparedSet], kept: &FastFusion) -> GradeFloors {
    let mut by_grade: [Vec<f32>; 4] = Default::default();
    let mut scores = Vec::new();
    for prepared in graded {
        for (query_idx, query) in prepared.set.queries.iter().enumerate() {
            prepared
                .table
                .fast_scores_into(query_idx, kept, &mut scores);
            for (doc_idx, score) in scores.iter().enumerate() {
                by_grade[usize::from(query.grade(doc_idx).min(3))].push(*score);
            }
        }
    }
    let quantile = |grade: usize, q: f32| -> f32 {
        let values = &mut by_grade[grade].clone();
        values.sort_by(f32::total_cmp);
        if values.is_empty() {
            return 0.0;
        }
        let idx = ((values.len() - 1) as f32 * q).round() as usize;
        (values[idx] * 100.0).round() / 100.0
    };
    let a_plus = quantile(3, 0.75);
    let a = quantile(3, 0.25).min(a_plus);
    let b = quantile(2, 0.25).min(a);
    let c = quantile(1, 0.25).min(b);
    let d = quantile(0, 0.95).min(c);
    GradeFloors { a_plus, a, b, c, d }
}

/// The weights of the first ranking, before (or without) a model: coordinate ascent over every
/// learnable signal but dense, from each alone and all equal, with the caps of `kept` fixed
/// (one set of caps serves both rankings). Fitted and reported like the candidates.
fn learn_without_model(train: &[PreparedSet], dev: &[PreparedSet], kept: FastFusion) -> Candidate {
    let objective = |fusion: &FastFusion| mean(train.iter().map(|s| s.ndcg(fusion)));
    let dense_idx = kind_idx(SignalKind::Dense);
    let starts: Vec<FastFusion> = starts(kept.dense_map)
        .into_iter()
        .map(|mut start| {
            start.weights[dense_idx] = 0.0;
            start.caps = kept.caps;
            start
        })
        .filter(|start| start.weights.iter().any(|w| *w > 0.0))
        .collect();
    let (fusion, train_score) = coordinate_ascent(&objective, &starts, KEYWORD_SIGNALS, false);
    candidate(
        "coordinate_ascent/without_model".into(),
        train_score,
        dev,
        fusion,
    )
}

fn candidate(method: String, train: f64, dev: &[PreparedSet], fusion: FastFusion) -> Candidate {
    let dev_scores: Vec<(String, f64)> = dev
        .iter()
        .map(|s| (s.name.clone(), s.ndcg(&fusion)))
        .collect();
    Candidate {
        method,
        train,
        dev_mean: mean(dev_scores.iter().map(|(_, score)| *score)),
        dev: dev_scores,
        fusion: Some(normalized(fusion)),
    }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(sum, n), v| (sum + v, n + 1));
    sum / n.max(1) as f64
}

/// Starting points: each learnable signal alone and all of them equal, with the default caps
/// and `dense_map`.
fn starts(dense_map: DenseMap) -> Vec<FastFusion> {
    let start = |weights: [f32; N_KINDS]| {
        FastFusion::from_weights(&Weights {
            weights: Vec::new(),
            caps: Default::default(),
            without_model: Vec::new(),
            dense_map,
            grades: GradeFloors::default(),
        })
        .with_weights(weights)
    };
    let mut starts: Vec<FastFusion> = LEARNABLE
        .iter()
        .map(|&kind| {
            let mut weights = [0.0; N_KINDS];
            weights[kind_idx(kind)] = 1.0;
            start(weights)
        })
        .collect();
    let mut equal = [0.0; N_KINDS];
    for kind in LEARNABLE {
        equal[kind_idx(kind)] = 1.0;
    }
    starts.push(start(equal));
    starts
}

/// The small grid: dense and BM25 only, BM25's share from 0 to 0.5 in steps of 0.05, each with
/// its caps by coordinate ascent; the best on train.
fn dense_bm25_grid(
    objective: &impl Fn(&FastFusion) -> f64,
    dense_map: DenseMap,
) -> (FastFusion, f64) {
    let start = starts(dense_map)[0];
    (0..=10)
        .map(|step| {
            let bm25_share = step as f32 * 0.05;
            let mut weights = [0.0; N_KINDS];
            weights[kind_idx(SignalKind::Dense)] = 1.0 - bm25_share;
            weights[kind_idx(SignalKind::Bm25)] = bm25_share;
            coordinate_ascent(objective, &[start.with_weights(weights)], &[], true)
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .expect("a grid point")
}

/// Coordinate ascent from the best of `starts`: each weight of `weighted` is multiplied by a
/// few factors (0 included, so a signal that does not help drops out) and, with `move_caps`,
/// each cap tried at every [`CAP_GRID`] value; an improvement is kept. Stops after a pass with
/// no improvement, or five passes.
fn coordinate_ascent(
    objective: &impl Fn(&FastFusion) -> f64,
    starts: &[FastFusion],
    weighted: &[SignalKind],
    move_caps: bool,
) -> (FastFusion, f64) {
    let (mut best, mut best_score) = starts
        .iter()
        .map(|start| (*start, objective(start)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .expect("a start");
    let mut moves: Vec<Move> = Vec::new();
    for &kind in weighted {
        for factor in [0.0f32, 0.25, 0.5, 0.75, 1.5, 2.0, 4.0] {
            moves.push(Move::Weight(kind_idx(kind), factor));
        }
    }
    for blocker_idx in (0..N_BLOCKER_KINDS).filter(|_| move_caps) {
        for cap in CAP_GRID {
            moves.push(Move::Cap(blocker_idx, cap));
        }
    }
    for _pass in 0..5 {
        let before = best_score;
        for step in &moves {
            let trial = step.apply(best);
            if trial.weights.iter().all(|w| *w == 0.0) {
                continue;
            }
            let score = objective(&trial);
            if score > best_score + 1e-9 {
                best = trial;
                best_score = score;
            }
        }
        if best_score <= before + 1e-9 {
            break;
        }
    }
    (best, best_score)
}

/// One coordinate change of coordinate ascent.
enum Move {
    /// Multiply the weight of signal `.0` by `.1` (a weight of 0 becomes `0.05 × .1`).
    Weight(usize, f32),
    /// Set the cap of blocker kind `.0` to `.1`.
    Cap(usize, f32),
}

impl Move {
    fn apply(&self, mut fusion: FastFusion) -> FastFusion {
        match *self {
            Move::Weight(idx, factor) => {
                let weight = &mut fusion.weights[idx];
                *weight = if *weight == 0.0 {
                    0.05 * factor
                } else {
                    *weight * factor
                };
            }
            Move::Cap(idx, cap) => fusion.caps[idx] = cap,
        }
        fusion
    }
}

/// Weights that sum to 1, rounded to 3 decimals.
fn normalized(mut fusion: FastFusion) -> FastFusion {
    let total: f32 = fusion.weights.iter().sum();
    for weight in &mut fusion.weights {
        *weight = (*weight / total * 1000.0).round() / 1000.0;
    }
    fusion
}

/// Non-negative weights from a pairwise logistic regression (RankNet's loss) over pairs of
/// one query's documents with different grades: each relevant document against every other
/// relevant one of a lower grade, against its query's 30 best-scoring zero-grade documents by
/// BM25 and by dense (the ones a ranking must get right), and against 20 more at random.
/// Every set's pairs weigh the same in all; L2 regularization 1e-3; projected gradient
/// descent from equal weights. Absent signals count as 0.
fn pairwise_logistic(train: &[PreparedSet], dense_map: DenseMap) -> FastFusion {
    let learnable_idxs: Vec<usize> = LEARNABLE.iter().map(|kind| kind_idx(*kind)).collect();
    // Per set: the feature differences (better minus worse) of its pairs.
    let mut sets_pairs: Vec<Vec<[f32; N_KINDS]>> = Vec::new();
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    for prepared in train {
        let mut pairs = Vec::new();
        for (query_idx, query) in prepared.set.queries.iter().enumerate() {
            let features = |doc_idx: usize| -> [f32; N_KINDS] {
                let mut x = [0.0; N_KINDS];
                for &idx in &learnable_idxs {
                    let value = prepared
                        .table
                        .value(query_idx, doc_idx, SignalKind::ALL[idx]);
                    x[idx] = if value.is_nan() { 0.0 } else { value };
                }
                x
            };
            let dense = dense_feature(prepared, query_idx, dense_map);
            let with_dense = |doc_idx: usize| {
                let mut x = features(doc_idx);
                x[kind_idx(SignalKind::Dense)] = dense[doc_idx];
                x
            };
            let n_docs = prepared.set.docs.len();
            let mut negatives: Vec<usize> = Vec::new();
            for scores in [prepared.bm25(query_idx), prepared.table.cosines(query_idx)] {
                let mut order: Vec<usize> = (0..n_docs).filter(|&d| query.grade(d) == 0).collect();
                order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
                negatives.extend(order.into_iter().take(30));
            }
            for _ in 0..20 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let doc_idx = (state % n_docs as u64) as usize;
                if query.grade(doc_idx) == 0 {
                    negatives.push(doc_idx);
                }
            }
            for qrel in query.qrels.iter().filter(|qrel| qrel.grade > 0) {
                let better = with_dense(qrel.doc_idx);
                let worse_docs = query
                    .qrels
                    .iter()
                    .filter(|other| other.grade > 0 && other.grade < qrel.grade)
                    .map(|other| other.doc_idx)
                    .chain(negatives.iter().copied());
                for worse_idx in worse_docs {
                    let worse = with_dense(worse_idx);
                    pairs.push(std::array::from_fn(|k| better[k] - worse[k]));
                }
            }
        }
        sets_pairs.push(pairs);
    }
    let mut weights = [0.0f32; N_KINDS];
    for &idx in &learnable_idxs {
        weights[idx] = 1.0;
    }
    let (rate, l2) = (0.5f32, 1e-3f32);
    for _step in 0..400 {
        let mut gradient = [0.0f32; N_KINDS];
        for pairs in &sets_pairs {
            let share = 1.0 / (pairs.len().max(1) as f32 * sets_pairs.len() as f32);
            for diff in pairs {
                let margin: f32 = diff.iter().zip(&weights).map(|(d, w)| d * w).sum();
                // d/dw of ln(1 + e^-margin) = -diff · σ(-margin).
                let pull = 1.0 / (1.0 + margin.exp());
                for k in 0..N_KINDS {
                    gradient[k] -= share * pull * diff[k];
                }
            }
        }
        for &idx in &learnable_idxs {
            weights[idx] = (weights[idx] - rate * (gradient[idx] + l2 * weights[idx])).max(0.0);
        }
    }
    starts(dense_map)[0].with_weights(weights)
}

/// The dense feature of each document of one query under `dense_map`, as the table scores it.
fn dense_feature(prepared: &PreparedSet, query_idx: usize, dense_map: DenseMap) -> Vec<f32> {
    let mut scores = Vec::new();
    let mut dense_only = [0.0f32; N_KINDS];
    dense_only[kind_idx(SignalKind::Dense)] = 1.0;
    let fusion = FastFusion {
        weights: dense_only,
        caps: [1.0; N_BLOCKER_KINDS],
        dense_map,
    };
    prepared
        .table
        .fast_scores_into(query_idx, &fusion, &mut scores);
    scores
}

/// The weights file `candor learn` writes (the app's is
/// `crates/candor-core/data/hybrid_weights.json`): the kept candidate's weights and caps, and
/// how they were learned: the command, the splits, and every candidate's train and dev figures.
pub fn weights_file(
    learned: &Learned,
    command: &str,
    train: &[String],
    dev: &[String],
) -> serde_json::Value {
    let best = &learned.candidates[learned.best];
    let fusion = best.fusion.expect("the kept candidate runs in the app");
    let weights = fusion.to_weights();
    let rounded = |value: f64| (value * 10_000.0).round() / 10_000.0;
    // f32 values printed as f64 would carry float noise (0.498 as 0.49799999594688416).
    let short = |value: f32| (f64::from(value) * 1000.0).round() / 1000.0;
    let mut caps = serde_json::Map::new();
    for (name, cap) in [
        ("missing_credential", weights.caps.missing_credential),
        (
            "missing_required_skill",
            weights.caps.missing_required_skill,
        ),
        ("location_mismatch", weights.caps.location_mismatch),
        ("salary_below_floor", weights.caps.salary_below_floor),
        ("seniority_mismatch", weights.caps.seniority_mismatch),
        ("not_eligible", weights.caps.not_eligible),
        ("suspicious_posting", weights.caps.suspicious_posting),
        ("temporary_role", weights.caps.temporary_role),
        ("different_work", weights.caps.different_work),
    ] {
        caps.insert(name.to_owned(), short(cap).into());
    }
    serde_json::json!({
        "note": "Written by `candor learn`; do not edit by hand. Learned on the train splits, chosen on the dev splits; the test splits are never read (their figures: tests/eval/RESULTS.json).",
        "method": best.method,
        "dense_map": { "floor": short(fusion.dense_map.floor), "ceiling": short(fusion.dense_map.ceiling) },
        "grades": {
            "a_plus": short(learned.grades.a_plus),
            "a": short(learned.grades.a),
            "b": short(learned.grades.b),
            "c": short(learned.grades.c),
            "d": short(learned.grades.d),
        },
        "weights": weights
            .weights
            .iter()
            .filter(|(kind, _)| LEARNABLE.contains(kind))
            .map(|(kind, weight)| (kind, short(*weight)))
            .collect::<Vec<_>>(),
        "caps": caps,
        "without_model": learned
            .without_model
            .fusion
            .expect("learned without a model")
            .to_weights()
            .weights
            .iter()
            .filter(|(kind, _)| KEYWORD_SIGNALS.contains(kind))
            .map(|(kind, weight)| (kind, short(*weight)))
            .collect::<Vec<_>>(),
        "learned": {
            "command": command,
            "train": train,
            "dev": dev,
            "objective": "mean over the train splits of each split's mean nDCG@10",
            "candidates": learned.candidates.iter().chain([&learned.without_model]).map(|c| serde_json::json!({
                "method": c.method,
                "train": rounded(c.train),
                "dev": c.dev.iter().map(|(name, score)| (name.clone(), serde_json::json!(rounded(*score)))).collect::<serde_json::Map<_, _>>(),
                "dev_mean": rounded(c.dev_mean),
            })).collect::<Vec<_>>(),
        },
    })
}
