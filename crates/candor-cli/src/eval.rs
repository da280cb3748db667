//! `candor eval`: rank every document of a JSONL dev set for every query with each ranker and
//! report nDCG@10, MRR and Recall@10 (see `candor_core::eval`).
//!
//! Rankers are closures from a query index to one score per document, so a new ranker is one
//! more entry in [`rankers`]. Inputs are embedded and indexed once up front; each ranker then
//! only scores.

pub mod feedback;
pub mod learn;
pub mod signals;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use candor_core::bm25::{Bm25Index, Bm25Params, Bm25Query};
use candor_core::dense::VectorMatrix;
use candor_core::eval::{DevSet, EvalReport, RRF_K, reciprocal_rank_fusion_into};
use candor_core::feedback::{FEEDBACK, FeedbackConfig};
use candor_core::matching::learned_weights;
use candor_lock::ModelLock;
use candor_ml::minilm::{self, MiniLm};

use crate::{find_model, load_minilm, read_text};
use signals::SignalTable;

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
    table: SignalTable,
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
                let table = SignalTable::compute(set, &doc_vectors, &query_vectors);
                Some(DenseInputs {
                    doc_vectors,
                    query_vectors,
                    table,
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

/// Embeds `texts` with MiniLM as the app does: each whole text, window by window
/// ([`MiniLm::embed_long`]). With `CANDOR_EMBED_CACHE` set to a directory, vectors are kept
/// there by the SHA-256 of the model and texts, so learning can be rerun without re-embedding
/// (a developer's shortcut: tests and CI never set it).
pub(crate) fn embed(minilm: &MiniLm, texts: &[&str]) -> Result<VectorMatrix> {
    let cache = std::env::var_os("CANDOR_EMBED_CACHE").map(PathBuf::from);
    let cached_path = cache.map(|dir| {
        let mut key = format!("{DENSE_MODEL_ID} embed_long");
        for text in texts {
            key.push('\0');
            key.push_str(text);
        }
        dir.join(format!(
            "{}.f32",
            candor_lock::digest::sha256_hex(key.as_bytes())
        ))
    });
    if let Some(bytes) = cached_path
        .as_ref()
        .and_then(|path| std::fs::read(path).ok())
    {
        let values: Vec<f32> = bytes
            .chunks_exact(4)
            .map(|chunk| f32::from_le_bytes(chunk.try_into().expect("4 bytes")))
            .collect();
        let rows: Vec<Vec<f32>> = values
            .chunks(minilm::DIMENSION)
            .map(<[f32]>::to_vec)
            .collect();
        return Ok(VectorMatrix::from_rows(minilm::DIMENSION, &rows)?);
    }
    let vectors = minilm.embed_long(texts)?;
    if let Some(path) = cached_path {
        let bytes: Vec<u8> = vectors
            .iter()
            .flatten()
            .flat_map(|v| v.to_le_bytes())
            .collect();
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, bytes)?;
    }
    Ok(VectorMatrix::from_rows(minilm::DIMENSION, &vectors)?)
}

/// A ranker: fills the scores of every document for query `query_idx`.
pub type ScoreQuery<'a> = Box<dyn FnMut(usize, &mut Vec<f32>) + 'a>;

/// The rankers to evaluate, by report name: `bm25` always; `dense` (MiniLM cosine), `hybrid`
/// (every signal under the learned weights), `hybrid_no_model` (the app's ranking before or
/// without a model: every signal but dense, under the learned `without_model` weights) and
/// `rrf` (reciprocal rank fusion of bm25 and dense, k = 60) when embeddings were prepared.
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
        let table = &dense_inputs.table;
        let weights = learned_weights();
        let no_model_weights = weights.clone();
        let hybrid = move |query_idx: usize, scores: &mut Vec<f32>| {
            table.combined_scores_into(query_idx, &weights, true, scores);
        };
        let hybrid_no_model = move |query_idx: usize, scores: &mut Vec<f32>| {
            table.combined_scores_into(query_idx, &no_model_weights, false, scores);
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
        rankers.push(("hybrid_no_model", Box::new(hybrid_no_model)));
        rankers.push(("rrf", Box::new(rrf)));
    }
    rankers
}

/// A set read from `path`, embedded with `minilm`, its signals computed, for `candor learn`.
pub fn prepare_set(path: &Path, minilm: &MiniLm) -> Result<learn::PreparedSet> {
    let set = read_dev_set(path)?;
    let inputs = RankerInputs::prepare(&set, Some(minilm))?;
    let mut bm25 = Vec::with_capacity(set.queries.len() * set.docs.len());
    let mut scores = Vec::new();
    for query in &inputs.bm25_queries {
        inputs.bm25_index.score_into(query, &mut scores);
        bm25.extend_from_slice(&scores);
    }
    let dense = inputs.dense.expect("a model was given");
    Ok(learn::PreparedSet {
        name: split_name(path),
        set,
        table: dense.table,
        bm25,
        doc_vectors: dense.doc_vectors,
        query_vectors: dense.query_vectors,
    })
}

/// Loads MiniLM from `site`, prepares every split and runs [`learn::learn`]. Refuses a test
/// split (a file name containing `test`): learning never reads one.
pub fn learn_files(
    site: &Path,
    train: &[PathBuf],
    dev: &[PathBuf],
    grades_from: &[PathBuf],
) -> Result<learn::Learned> {
    if let Some(path) = grades_from.iter().find(|path| !train.contains(path)) {
        anyhow::bail!("{} sets grades but is not a --train split", path.display());
    }
    if let Some(path) = train.iter().chain(dev).find(|path| is_test_split(path)) {
        anyhow::bail!(
            "{} is a test split; learning reads only train and dev splits",
            path.display()
        );
    }
    let lock = ModelLock::bundled();
    let minilm = load_minilm(site, find_model(&lock, DENSE_MODEL_ID)?)?;
    let prepare = |paths: &[PathBuf]| -> Result<Vec<learn::PreparedSet>> {
        paths
            .iter()
            .map(|path| prepare_set(path, &minilm))
            .collect()
    };
    let grade_sets: Vec<usize> = grades_from
        .iter()
        .filter_map(|path| train.iter().position(|train_path| train_path == path))
        .collect();
    Ok(learn::learn(&prepare(train)?, &prepare(dev)?, &grade_sets))
}

/// A split's name: its file stem, such as `long_test`.
fn split_name(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |stem| stem.to_string_lossy().into_owned(),
    )
}

fn is_test_split(path: &Path) -> bool {
    path.file_stem()
        .is_some_and(|stem| stem.to_string_lossy().contains("test"))
}

/// What `candor feedback` reports: the feedback simulation on each split under the committed
/// weights and the app's [`FEEDBACK`] setting, or with `sweep` (train and dev splits only) each
/// split's gains, with MiniLM (`top`, `asked`) and without (`top`), of each setting on a small
/// grid.
pub fn feedback_files(site: &Path, paths: &[PathBuf], sweep: bool) -> Result<serde_json::Value> {
    if sweep && let Some(path) = paths.iter().find(|path| is_test_split(path)) {
        anyhow::bail!(
            "{} is a test split; the setting is chosen on train and dev splits",
            path.display()
        );
    }
    let lock = ModelLock::bundled();
    let minilm = load_minilm(site, find_model(&lock, DENSE_MODEL_ID)?)?;
    let prepared: Vec<learn::PreparedSet> = paths
        .iter()
        .map(|path| prepare_set(path, &minilm))
        .collect::<Result<_>>()?;
    let shipped = learned_weights();
    if !sweep {
        let sets: Vec<feedback::SetFeedback> = prepared
            .iter()
            .map(|set| feedback::simulate_set(set, &shipped, &FEEDBACK))
            .collect();
        return Ok(serde_json::json!({
            "note": "Written by `candor feedback` (make feedback); do not edit by hand. Each query's person rates 10 matches (grade >= 2 liked, else not): `top` the first 10 of the shipped ranking, `asked` the first 4 then \"rate these 3 next\"; nDCG@10 of the postings they did not rate, before and after the app learns from their ratings, averaged over the `queries_measured` whose unrated postings hold a relevant one (for the others nDCG is undefined). The setting was chosen on the train and dev splits (`candor feedback --sweep`).",
            "setting": {
                "strength": round4(FEEDBACK.strength.into()),
                "max_shift": round4(FEEDBACK.max_shift.into()),
                "toward_liked": round4(FEEDBACK.toward_liked.into()),
                "away_from_disliked": round4(FEEDBACK.away_from_disliked.into()),
                "above_unrated": round4(FEEDBACK.above_unrated.into()),
                "temperature": round4(FEEDBACK.temperature.into()),
                "steps": FEEDBACK.steps,
            },
            "sets": sets,
        }));
    }
    let mut grid = Vec::new();
    for above_unrated in [0.0f32, 3.0, 10.0] {
        for (toward_liked, away_from_disliked) in [
            (0.5f32, 0.15f32),
            (0.75, 0.0),
            (0.75, 0.15),
            (1.5, 0.15),
            (1.5, 0.5),
        ] {
            let config = FeedbackConfig {
                toward_liked,
                away_from_disliked,
                above_unrated,
                ..FEEDBACK
            };
            let gains = |model_ran, rating| -> Vec<f64> {
                prepared
                    .iter()
                    .map(|set| feedback::simulate(set, &shipped, model_ran, rating, &config).gain)
                    .collect()
            };
            let (top, asked) = (feedback::Rating::Top, feedback::Rating::Asked);
            let (minilm_top, minilm_asked) = (gains(true, top), gains(true, asked));
            let no_model_top = gains(false, top);
            eprintln!(
                "above_unrated {above_unrated} toward {toward_liked} away {away_from_disliked}: \
                 minilm top {minilm_top:?} asked {minilm_asked:?} no_model top {no_model_top:?}"
            );
            grid.push(serde_json::json!({
                "above_unrated": above_unrated,
                "toward_liked": toward_liked, "away_from_disliked": away_from_disliked,
                "minilm_top_gain": minilm_top, "minilm_asked_gain": minilm_asked,
                "no_model_top_gain": no_model_top,
            }));
        }
    }
    Ok(serde_json::Value::Array(grid))
}

/// What `candor results` writes to `tests/eval/RESULTS.json`: every ranker's figures on each
/// test split under the committed weights (named by the SHA-256 of their file), and per split
/// the goal of issue #12: hybrid nDCG@10 at least the best single ranker's + 0.02.
pub fn results(site: &Path, test: &[PathBuf]) -> Result<serde_json::Value> {
    let lock = ModelLock::bundled();
    let minilm = load_minilm(site, find_model(&lock, DENSE_MODEL_ID)?)?;
    let mut splits = serde_json::Map::new();
    for path in test {
        let set = read_dev_set(path)?;
        let report = evaluate(&set, Some(&minilm), false)?;
        let ndcg = |name: &str| report.metrics(name).map_or(0.0, |m| m.ndcg_at_10);
        let best_single = ndcg("bm25").max(ndcg("dense"));
        let mut figures = serde_json::to_value(&report)?;
        figures["hybrid_minus_best_single"] = round4(ndcg("hybrid") - best_single).into();
        splits.insert(split_name(path), figures);
    }
    let weights = candor_core::matching::LEARNED_WEIGHTS_JSON;
    let method: serde_json::Value = serde_json::from_str(weights)?;
    Ok(serde_json::json!({
        "note": "Written by `candor results` (see tests/eval/README.md); do not edit by hand. Test splits are reported here once per change and never used to learn or tune.",
        "weights": {
            "file": "crates/candor-core/data/hybrid_weights.json",
            "sha256": candor_lock::digest::sha256_hex(weights.as_bytes()),
            "method": method["method"],
        },
        "model": DENSE_MODEL_ID,
        "splits": splits,
    }))
}

fn round4(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}
