//! `candor eval --reranker ID`: the app's ranking with the Qwen3 reranker on a dev set, so the
//! reranker's `score` in models.lock.toml can be measured instead of assumed.
//!
//! The reranker's share (`score.weight`) and depth (`score.rerank_top_k`) are unvalidated
//! defaults: the Qwen3 code is proven by parity with HF transformers on tiny random-weight
//! fixtures (tests/fixtures/qwen3), never on a ranking with the real weights. This module runs
//! the real weights, when their files are in the site's mirror and match the lock's pins, through
//! the same [`Ranking`] the worker drives: every posting scored with the learned weights and the
//! MiniLM cosine (the `hybrid` ranker), then the best K reranked and reordered among themselves.
//!
//! The reranker's probabilities depend only on which postings it reads, not on its weight, so
//! they are computed once; `--rerank-sweep` then re-weighs them at 0, 0.1, …, 1 for free.

use std::path::Path;

use anyhow::{Context, Result, bail};
use candor_core::dense::VectorMatrix;
use candor_core::eval::{DevSet, EvalReport};
use candor_core::matching::{
    DenseQuery, JobIndex, Need, PreparedResume, Ranking, RankingPlan, Shortlist, Stages,
    learned_weights,
};
use candor_core::parse::resume::candidate_from_resume;
use candor_lock::{Backend, ModelEntry, ModelKind, ModelLock};
use candor_ml::ModelBytes;
use candor_ml::minilm::MiniLm;
use candor_ml::qwen3::QWEN3_MAX_TOKENS;
use candor_ml::qwen3_reranker::{self, Qwen3Reranker};
use candor_store::mirror;

use crate::eval::signals::{eval_day, job_for_doc};
use crate::eval::{DENSE_MODEL_ID, embed, evaluate, read_dev_set};
use crate::{find_model, instruction_of, load_minilm, require_mirror_files};

/// The lock's instruction profile the worker reranks under: the posting is the query, the
/// resume the document.
pub const JOB_FIT_PROFILE: &str = "job-fit";

/// What `--reranker` adds to `candor eval`.
#[derive(Debug, Clone, PartialEq)]
pub struct RerankOptions {
    /// A model of kind `reranker` in the lock.
    pub reranker_id: String,
    /// How many of the hybrid ranking's best postings the reranker reads; default the lock
    /// entry's `score.rerank_top_k`.
    pub rerank_top_k: Option<usize>,
    /// Also report the ranking at every weight 0, 0.1, …, 1 (`hybrid+rerank@0.3`, …).
    pub sweep: bool,
}

/// A Qwen3 reranker loaded from verified mirror files, and its instruction.
pub struct LoadedReranker {
    pub model: ModelEntry,
    pub reranker: Qwen3Reranker,
    pub instruction: String,
}

/// Loads the reranker `model` from the mirror under `site` after checking every required file
/// against the lock's pins. When files are missing or do not match, the error names each one
/// and where it was looked for.
pub fn load_qwen3_reranker(site: &Path, model: &ModelEntry) -> Result<LoadedReranker> {
    if model.kind != ModelKind::Reranker || model.backend != Backend::CandleQwen3 {
        bail!(
            "{} is a {} model on {:?}; --reranker needs a candle-qwen3 reranker",
            model.id,
            model.kind,
            model.backend
        );
    }
    require_mirror_files(site, model)?;
    let instruction = instruction_of(model, JOB_FIT_PROFILE)?;
    let files = mirror::load_model(site, model)?;
    let bytes = ModelBytes::from_files(|path| files.get(path))?;
    let config = qwen3_reranker::Config {
        max_tokens: QWEN3_MAX_TOKENS.min(model.max_tokens as usize),
        ..qwen3_reranker::Config::default()
    };
    let reranker = Qwen3Reranker::load_with_tokenizer_answers(bytes, config)
        .with_context(|| format!("{} could not be loaded", model.id))?;
    Ok(LoadedReranker {
        model: model.clone(),
        reranker,
        instruction,
    })
}

/// `candor eval --input F --models SITE --reranker ID`: every ranker of [`evaluate`], then
/// `hybrid+rerank` at the lock's weight (and the sweep, when asked), with models read from
/// `site` and checked against `lock`.
pub fn eval_file_reranked(
    input: &Path,
    site: &Path,
    lock: &ModelLock,
    options: &RerankOptions,
    per_query: bool,
) -> Result<EvalReport> {
    let set = read_dev_set(input)?;
    let reranker_model = find_model(lock, &options.reranker_id)?;
    let score = reranker_model
        .score
        .with_context(|| format!("{} has no [models.score] in the lock", options.reranker_id))?;
    let reranker = load_qwen3_reranker(site, reranker_model)?;
    let minilm = load_minilm(site, find_model(lock, DENSE_MODEL_ID)?)?;
    let top_k = options.rerank_top_k.unwrap_or(score.rerank_top_k as usize);
    let mut report = evaluate(&set, Some(&minilm), per_query)?;
    let reranked = RerankedSet::compute(&set, &minilm, &reranker, top_k)?;
    let mut weights = vec![("hybrid+rerank".to_owned(), score.weight)];
    if options.sweep {
        weights.extend((0..=10).map(|tenth| {
            let weight = tenth as f32 / 10.0;
            (format!("hybrid+rerank@{weight:.1}"), weight)
        }));
    }
    for (name, weight) in weights {
        let score_query = |query_idx: usize, scores: &mut Vec<f32>| {
            reranked.scores_into(query_idx, weight, scores);
        };
        if per_query {
            report.add_ranker_per_query(&name, &set, score_query);
        } else {
            report.add_ranker(&name, &set, score_query);
        }
    }
    Ok(report)
}

/// The dev set indexed as the app indexes postings, the MiniLM vectors, and the reranker's
/// probability for each query's best `top_k` postings (computed once).
struct RerankedSet<'a> {
    set: &'a DevSet,
    index: JobIndex,
    doc_vectors: VectorMatrix,
    query_vectors: VectorMatrix,
    top_k: usize,
    /// Per query: the postings the reranker read (best first) and its P(yes) for each.
    reranked: Vec<(Vec<usize>, Vec<f32>)>,
}

impl<'a> RerankedSet<'a> {
    fn compute(
        set: &'a DevSet,
        minilm: &MiniLm,
        reranker: &LoadedReranker,
        top_k: usize,
    ) -> Result<Self> {
        let taxonomy = candor_core::skills::bundled();
        let index = JobIndex::new(set.docs.iter().map(job_for_doc).collect(), taxonomy);
        let doc_texts: Vec<&str> = index.texts().iter().map(String::as_str).collect();
        let query_texts: Vec<&str> = set.queries.iter().map(|q| q.text.as_str()).collect();
        let doc_vectors = embed(minilm, &doc_texts).context("embedding documents")?;
        let query_vectors = embed(minilm, &query_texts).context("embedding queries")?;
        let mut this = RerankedSet {
            set,
            index,
            doc_vectors,
            query_vectors,
            top_k,
            reranked: Vec::with_capacity(set.queries.len()),
        };
        let encoder = reranker.reranker.encoder();
        for (query_idx, &resume) in query_texts.iter().enumerate() {
            // Any weight: which postings the reranker reads does not depend on it.
            let job_idxs = this.with_ranking(query_idx, 0.0, |ranking| match ranking.need() {
                Need::Rerank { job_idxs } => job_idxs,
                need => unreachable!("the plan has a reranker, not {need:?}"),
            });
            let mut prompts = Vec::with_capacity(job_idxs.len());
            for &job_idx in &job_idxs {
                prompts.extend(encoder.encode(
                    this.index.text(job_idx),
                    &reranker.instruction,
                    &[resume],
                )?);
            }
            let probabilities: Vec<f32> = reranker
                .reranker
                .score_token_ids(&prompts)
                .with_context(|| format!("{} failed", reranker.model.id))?
                .iter()
                .map(|logits| logits.p_yes())
                .collect();
            this.reranked.push((job_idxs, probabilities));
        }
        Ok(this)
    }

    /// Ranks query `query_idx` up to its rerank (vectors added) with the reranker's share
    /// `weight`, and hands the ranking to `f`.
    fn with_ranking<T>(
        &self,
        query_idx: usize,
        weight: f32,
        f: impl FnOnce(Ranking<'_>) -> T,
    ) -> T {
        let taxonomy = candor_core::skills::bundled();
        let today = eval_day();
        let (candidate, _) = candidate_from_resume(&self.set.queries[query_idx].text, today);
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let plan = RankingPlan {
            today,
            weights: &weights,
            stages: Stages {
                shortlist: Shortlist::All,
                rerank_top_k: self.top_k,
            },
            dense: true,
            reranker_weight: Some(weight),
        };
        let mut ranking = Ranking::new(&profile, &self.index, taxonomy, plan);
        ranking
            .add_vectors(DenseQuery {
                job_vectors: &self.doc_vectors,
                query_vector: self.query_vectors.row(query_idx),
            })
            .expect("one MiniLM vector per posting");
        f(ranking)
    }

    /// Scores every doc for `query_idx` by its place in the reranked ranking at `weight`: the
    /// first gets the doc count, the last 1.
    fn scores_into(&self, query_idx: usize, weight: f32, scores: &mut Vec<f32>) {
        let (job_idxs, probabilities) = &self.reranked[query_idx];
        let matches = self.with_ranking(query_idx, weight, |mut ranking| {
            match ranking.need() {
                Need::Rerank { job_idxs: asked } => {
                    debug_assert_eq!(&asked, job_idxs);
                    ranking.add_rerank(probabilities);
                }
                need => unreachable!("the plan has a reranker, not {need:?}"),
            }
            ranking.into_matches()
        });
        scores.clear();
        scores.resize(self.set.docs.len(), 0.0);
        let n_matches = matches.len();
        for (position, explained) in matches.iter().enumerate() {
            let doc_idx = self
                .set
                .doc_idx(&explained.job_id)
                .expect("postings come from the set");
            scores[doc_idx] = (n_matches - position) as f32;
        }
    }
}
