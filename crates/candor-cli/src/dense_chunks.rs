//! `candor eval --dense-chunks`: MiniLM over whole texts against MiniLM over the first window.
//!
//! MiniLM reads 254 content tokens; postings run 500–1,300 and resumes 250–800. Every doc and
//! query is embedded twice, truncated ([`MiniLm::embed`]) and window by window
//! ([`MiniLm::embed_windows`]), each timed, and scored five ways:
//!
//! - `dense_trunc`: the cosine of the truncated vectors (what `dense` does).
//! - `dense_chunk_mean_vec`: the cosine of each text's mean window vector, re-normalized: still
//!   one vector per text.
//! - `dense_chunk_max`: the best cosine of any query window with any doc window.
//! - `dense_chunk_maxsim`: per query window the best doc window's cosine, averaged over query
//!   windows (ColBERT's MaxSim, <https://arxiv.org/abs/2004.12832>, at window granularity).
//! - `dense_chunk_mean_sim`: the mean cosine over all (query window, doc window) pairs.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use candor_core::dense::VectorMatrix;
use candor_core::eval::{DevSet, EvalReport};
use candor_lock::ModelLock;
use candor_ml::chunk::mean_normalized;
use candor_ml::minilm::{self, MiniLm};
use serde::Serialize;

use crate::eval::{DENSE_MODEL_ID, read_dev_set};
use crate::{find_model, load_minilm_with};

/// Adds this module's rankers for the dev set at `input` to `report` (made for the same set),
/// loading MiniLM from the mirror under `site` with `window_overlap` tokens shared by windows.
pub fn add_rankers_for_file(
    report: &mut EvalReport,
    input: &Path,
    site: &Path,
    window_overlap: usize,
    per_query: bool,
) -> Result<ChunkStats> {
    let set = read_dev_set(input)?;
    let lock = ModelLock::bundled();
    let config = minilm::Config {
        window_overlap,
        ..minilm::Config::default()
    };
    let minilm = load_minilm_with(site, find_model(&lock, DENSE_MODEL_ID)?, config)?;
    add_rankers(report, &set, &minilm, per_query)
}

/// What the windowed embedding cost on one set, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct ChunkStats {
    /// Content tokens per window and tokens shared by neighbouring windows.
    pub window_tokens: usize,
    pub window_overlap: usize,
    /// Windows over all docs and over all queries.
    pub doc_windows: usize,
    pub query_windows: usize,
    /// Wall-clock seconds to embed every doc and query truncated, then window by window.
    pub trunc_seconds: f64,
    pub windows_seconds: f64,
}

/// Every window vector of a list of texts in one matrix, with each text's row range.
struct WindowVectors {
    matrix: VectorMatrix,
    /// `offsets[text_idx]..offsets[text_idx + 1]` are that text's rows.
    offsets: Vec<usize>,
}

impl WindowVectors {
    fn from_texts(per_text: &[Vec<Vec<f32>>]) -> Result<Self> {
        let n_rows = per_text.iter().map(Vec::len).sum();
        let mut matrix = VectorMatrix::with_capacity(minilm::DIMENSION, n_rows)?;
        let mut offsets = Vec::with_capacity(per_text.len() + 1);
        offsets.push(0);
        for windows in per_text {
            for window in windows {
                matrix.push(window)?;
            }
            offsets.push(matrix.len());
        }
        Ok(WindowVectors { matrix, offsets })
    }

    fn rows_of(&self, text_idx: usize) -> std::ops::Range<usize> {
        self.offsets[text_idx]..self.offsets[text_idx + 1]
    }

    fn n_texts(&self) -> usize {
        self.offsets.len() - 1
    }
}

/// How one query's window-by-window cosines become one score per doc.
#[derive(Debug, Clone, Copy)]
enum WindowPooling {
    Max,
    MaxSim,
    MeanSim,
}

/// Embeds `set` both ways with `minilm`, scores it with every ranker in the module docs and adds
/// them to `report`, in that order; with `per_query` also each ranker's top documents.
pub fn add_rankers(
    report: &mut EvalReport,
    set: &DevSet,
    minilm: &MiniLm,
    per_query: bool,
) -> Result<ChunkStats> {
    let doc_texts: Vec<&str> = set.docs.iter().map(|doc| doc.text.as_str()).collect();
    let query_texts: Vec<&str> = set.queries.iter().map(|q| q.text.as_str()).collect();

    let started = Instant::now();
    let doc_trunc = minilm.embed(&doc_texts).context("embedding documents")?;
    let query_trunc = minilm.embed(&query_texts).context("embedding queries")?;
    let trunc_seconds = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let doc_windows = minilm
        .embed_windows(&doc_texts)
        .context("embedding document windows")?;
    let query_windows = minilm
        .embed_windows(&query_texts)
        .context("embedding query windows")?;
    let windows_seconds = started.elapsed().as_secs_f64();

    let mean_of = |per_text: &[Vec<Vec<f32>>]| -> Result<VectorMatrix> {
        let means: Vec<Vec<f32>> = per_text
            .iter()
            .map(|windows| mean_normalized(windows, minilm::DIMENSION))
            .collect();
        Ok(VectorMatrix::from_rows(minilm::DIMENSION, &means)?)
    };
    let doc_trunc = VectorMatrix::from_rows(minilm::DIMENSION, &doc_trunc)?;
    let query_trunc = VectorMatrix::from_rows(minilm::DIMENSION, &query_trunc)?;
    let doc_mean = mean_of(&doc_windows)?;
    let query_mean = mean_of(&query_windows)?;
    let doc_window_vectors = WindowVectors::from_texts(&doc_windows)?;
    let query_window_vectors = WindowVectors::from_texts(&query_windows)?;

    let mut add = |name: &str, score_query: &mut dyn FnMut(usize, &mut Vec<f32>)| {
        if per_query {
            report.add_ranker_per_query(name, set, score_query);
        } else {
            report.add_ranker(name, set, score_query);
        }
    };
    add("dense_trunc", &mut |query_idx, scores| {
        doc_trunc.scores_into(query_trunc.row(query_idx), scores);
    });
    add("dense_chunk_mean_vec", &mut |query_idx, scores| {
        doc_mean.scores_into(query_mean.row(query_idx), scores);
    });
    for (name, pooling) in [
        ("dense_chunk_max", WindowPooling::Max),
        ("dense_chunk_maxsim", WindowPooling::MaxSim),
        ("dense_chunk_mean_sim", WindowPooling::MeanSim),
    ] {
        let mut window_scores = Vec::new();
        let mut per_query_window = Vec::new();
        add(name, &mut |query_idx, scores| {
            window_pooled_scores(
                &query_window_vectors,
                query_idx,
                &doc_window_vectors,
                pooling,
                (&mut window_scores, &mut per_query_window),
                scores,
            );
        });
    }

    Ok(ChunkStats {
        window_tokens: minilm.window_tokens(),
        window_overlap: minilm.config().window_overlap,
        doc_windows: doc_window_vectors.matrix.len(),
        query_windows: query_window_vectors.matrix.len(),
        trunc_seconds,
        windows_seconds,
    })
}

/// One score per doc for query `query_idx` from the cosines of its windows with every doc
/// window, pooled by `pooling`. `scratch` holds one query window's cosines with every doc window
/// and that window's best cosine per doc.
fn window_pooled_scores(
    queries: &WindowVectors,
    query_idx: usize,
    docs: &WindowVectors,
    pooling: WindowPooling,
    scratch: (&mut Vec<f32>, &mut Vec<f32>),
    scores: &mut Vec<f32>,
) {
    let (window_scores, best_per_doc) = scratch;
    let n_docs = docs.n_texts();
    let query_rows = queries.rows_of(query_idx);
    let n_query_windows = query_rows.len() as f32;
    scores.clear();
    scores.resize(n_docs, 0.0);
    if matches!(pooling, WindowPooling::Max) {
        scores.fill(f32::NEG_INFINITY);
    }
    for query_row in query_rows {
        docs.matrix
            .scores_into(queries.matrix.row(query_row), window_scores);
        best_per_doc.clear();
        for doc_idx in 0..n_docs {
            let doc_scores = &window_scores[docs.rows_of(doc_idx)];
            match pooling {
                WindowPooling::Max | WindowPooling::MaxSim => {
                    best_per_doc.push(doc_scores.iter().copied().fold(f32::MIN, f32::max));
                }
                WindowPooling::MeanSim => {
                    best_per_doc.push(doc_scores.iter().sum::<f32>() / doc_scores.len() as f32);
                }
            }
        }
        for (score, best) in scores.iter_mut().zip(best_per_doc.iter()) {
            match pooling {
                WindowPooling::Max => *score = score.max(*best),
                WindowPooling::MaxSim | WindowPooling::MeanSim => *score += best / n_query_windows,
            }
        }
    }
}
