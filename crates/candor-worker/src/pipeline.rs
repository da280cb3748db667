//! Matching in the worker: picks the models from what is verified (the Qwen3 pair, else MiniLM,
//! else none), embeds job texts through the IndexedDB vector cache, reranks the best few, and
//! leaves every score and explanation to `candor_core::matching`.
//!
//! Privacy: only job vectors are cached, keyed by the SHA-256 of the embedded job text and the
//! vector's provenance. The resume is embedded afresh for every match and never stored.

use std::collections::HashMap;

use candor_core::dense::VectorMatrix;
use candor_core::domain::{Candidate, Date, JobPosting};
use candor_core::hybrid::Weights;
use candor_core::matching::{
    Choice, DenseQuery, JobIndex, Need, PreparedResume, Ranking, RankingPlan, Shortlist, Stages,
    learned_weights,
};
use candor_core::parse::resume::candidate_from_resume;
use candor_core::preferences::{LeftOutJob, Preferences};
use candor_core::skills;
use candor_core::tracking::StatusRecord;
use candor_lock::provenance::{
    CheckpointFacts, PipelineVersions, RuntimeSpec, VectorProvenance, check_runtime,
};
use candor_lock::{Backend, ModelEntry, ModelLock, Normalization, Pooling, ScoreRule};
use candor_ml::MlError;
use candor_ml::minilm::{self, MiniLm};
use candor_ml::qwen3::{self, Precision, QWEN3_MAX_TOKENS, StreamedWeights};
use candor_ml::qwen3_embedding::{self, Qwen3Embedding};
use candor_ml::qwen3_reranker::{self, PromptEncoder, Qwen3Reranker};
pub use candor_ml::text_embedder::{JOB_SEARCH_PROFILE, TextEmbedder};
use candor_store::idb::ModelStore;
use wasm_bindgen::JsCast;
use web_sys::WorkerGlobalScope;

use crate::protocol::{FIRST_CARDS, MatchReport, MatchStage, RuntimeMode};

/// The backends this build can run.
pub const RUNNABLE_BACKENDS: &[Backend] = &[Backend::CandleBert, Backend::CandleQwen3];
/// Job texts embedded per forward call; between calls the worker reads its messages, so a
/// cancel lands within one batch.
pub const EMBED_BATCH: usize = 8;
/// The lock's instruction profile for judging a resume against one posting (Qwen3 reranker).
pub const JOB_FIT_PROFILE: &str = "job-fit";

/// Which of the lock's default models rank, given which models are ready (every required file
/// verified, backend runnable).
pub fn choose_mode(lock: &ModelLock, ready: impl Fn(&str) -> bool) -> RuntimeMode {
    let defaults = &lock.defaults;
    if ready(&defaults.embedding) && ready(&defaults.reranker) {
        RuntimeMode::Qwen3Pair
    } else if ready(&defaults.fallback) {
        RuntimeMode::MiniLm
    } else {
        RuntimeMode::Deterministic
    }
}

/// An embedder and the lock entry its vectors are attributed to.
pub struct LoadedEmbedder {
    pub model: ModelEntry,
    pub embedder: TextEmbedder,
}

/// A reranker, its lock entry, and the instruction its scores are comparable under.
pub struct LoadedReranker {
    pub model: ModelEntry,
    pub reranker: Qwen3Reranker,
    pub instruction: String,
    /// How its P(yes) enters a score: its lock entry's `score` (for Qwen3, unvalidated
    /// defaults; see `candor_core::matching::reranker_signal`).
    pub score: ScoreRule,
}

/// A model's small files, verified, and the token limit its runtime may use.
struct CheckedConfig {
    config_json: Vec<u8>,
    tokenizer_json: Vec<u8>,
    max_tokens: usize,
}

/// One verified file of `model`, re-checked as it is read back.
async fn read_file(store: &ModelStore, model: &ModelEntry, path: &str) -> Result<Vec<u8>, String> {
    let file = model
        .file(path)
        .ok_or_else(|| format!("{} has no {path} in models.lock.toml", model.id))?;
    store
        .read_verified(model, file)
        .await
        .map_err(|error| error.to_string())
}

/// Reads `model`'s config and tokenizer and checks that the checkpoint is what the lock says,
/// for a runtime with the given pooling and normalization.
async fn checked_config(
    store: &ModelStore,
    model: &ModelEntry,
    pooling: Pooling,
    normalization: Normalization,
) -> Result<CheckedConfig, String> {
    if !RUNNABLE_BACKENDS.contains(&model.backend) {
        return Err(format!(
            "{} needs the {:?} backend, which this build cannot run",
            model.id, model.backend
        ));
    }
    let config_json = read_file(store, model, "config.json").await?;
    let tokenizer_json = read_file(store, model, "tokenizer.json").await?;
    let facts = CheckpointFacts::read(&config_json, &tokenizer_json)
        .map_err(|error| format!("{}: {error}", model.id))?;
    let Some(tokenizer_family) = facts.tokenizer_family else {
        return Err(format!("{}: the tokenizer type is not supported", model.id));
    };
    let runtime = RuntimeSpec {
        model_id: model.id.clone(),
        backend: model.backend,
        native_dimension: facts.hidden_size,
        tokenizer_family,
        pooling,
        normalization,
        max_tokens: model.max_tokens.min(facts.max_position_embeddings),
        instruction_support: model.backend == Backend::CandleQwen3,
    };
    check_runtime(model, &runtime).map_err(|error| error.to_string())?;
    Ok(CheckedConfig {
        config_json,
        tokenizer_json,
        max_tokens: runtime.max_tokens as usize,
    })
}

/// Largest safetensors header accepted (the real ones are a few tens of KB).
const MAX_SAFETENSORS_HEADER: u64 = 16 << 20;

/// Converts `model`'s `model.safetensors` tensor by tensor as it is read from the store, so
/// the file is never whole in wasm memory (peak: the converted weights plus one tensor). The
/// weights are returned only after the whole file's hash matched its pin.
async fn stream_qwen3_weights(
    store: &ModelStore,
    model: &ModelEntry,
    config_json: &[u8],
    output_token_ids: &[u32],
) -> Result<StreamedWeights, String> {
    let failed = |error: MlError| format!("{} could not be loaded: {error}", model.id);
    let path = "model.safetensors";
    let file = model
        .file(path)
        .ok_or_else(|| format!("{} has no {path} in models.lock.toml", model.id))?;
    let config = qwen3::Config::from_json(config_json).map_err(failed)?;
    let mut weights = StreamedWeights::new(&config, Precision::Q8_0, output_token_ids);
    let mut reader = store
        .reader(model, file)
        .await
        .map_err(|error| error.to_string())?;
    let store_error = |error: candor_store::StoreError| error.to_string();
    let length = reader.read(8).await.map_err(store_error)?;
    let header_len = u64::from_le_bytes(length.try_into().unwrap_or_default());
    if header_len > MAX_SAFETENSORS_HEADER {
        return Err(format!(
            "{}/{path}: a {header_len}-byte safetensors header is not plausible",
            model.id
        ));
    }
    let header = reader
        .read(header_len as usize)
        .await
        .map_err(store_error)?;
    for entry in qwen3::safetensors_layout(&header).map_err(failed)? {
        let data = reader
            .read((entry.end - entry.start) as usize)
            .await
            .map_err(store_error)?;
        weights.add(&entry, &data).map_err(failed)?;
    }
    reader.finish().await.map_err(store_error)?;
    Ok(weights)
}

fn instruction(model: &ModelEntry, profile: &str) -> Result<String, String> {
    model
        .profile(profile)
        .map(|profile| profile.instruction.clone())
        .ok_or_else(|| format!("{} has no \"{profile}\" instruction profile", model.id))
}

/// Loads an embedding model (MiniLM or Qwen3 embedding) from the store.
pub async fn load_embedder(
    store: &ModelStore,
    model: &ModelEntry,
) -> Result<LoadedEmbedder, String> {
    let failed = |error: MlError| format!("{} could not be loaded: {error}", model.id);
    let embedder = match model.backend {
        Backend::CandleBert => {
            let checked = checked_config(store, model, Pooling::Mean, Normalization::L2).await?;
            let safetensors = read_file(store, model, "model.safetensors").await?;
            let bytes = minilm::ModelBytes {
                config_json: &checked.config_json,
                tokenizer_json: &checked.tokenizer_json,
                safetensors: &safetensors,
            };
            let config = minilm::Config {
                max_tokens: checked.max_tokens,
                ..minilm::Config::default()
            };
            TextEmbedder::MiniLm(MiniLm::load(bytes, config).map_err(failed)?)
        }
        Backend::CandleQwen3 => {
            let checked =
                checked_config(store, model, Pooling::LastToken, Normalization::L2).await?;
            let weights = stream_qwen3_weights(store, model, &checked.config_json, &[]).await?;
            let config = qwen3_embedding::Config {
                max_tokens: QWEN3_MAX_TOKENS.min(checked.max_tokens),
                dimension: model.stored_dimension as usize,
                precision: Precision::Q8_0,
                ..qwen3_embedding::Config::default()
            };
            let model_instance = Qwen3Embedding::load_from(
                &checked.config_json,
                &checked.tokenizer_json,
                &weights,
                config,
            )
            .map_err(failed)?;
            TextEmbedder::Qwen3 {
                model: model_instance,
                query_instruction: instruction(model, JOB_SEARCH_PROFILE)?,
            }
        }
    };
    Ok(LoadedEmbedder {
        model: model.clone(),
        embedder,
    })
}

/// Loads the Qwen3 reranker from the store, streaming its weights.
pub async fn load_reranker(
    store: &ModelStore,
    model: &ModelEntry,
) -> Result<LoadedReranker, String> {
    let failed = |error: MlError| format!("{} could not be loaded: {error}", model.id);
    // A parsed lock gives every reranker a score rule; this only guards a hand-built entry.
    let score = model
        .score
        .ok_or_else(|| format!("{} has no [models.score] in models.lock.toml", model.id))?;
    let checked = checked_config(store, model, Pooling::YesNoLogits, Normalization::None).await?;
    let max_tokens = QWEN3_MAX_TOKENS.min(checked.max_tokens);
    let encoder = PromptEncoder::new(&checked.tokenizer_json, max_tokens).map_err(failed)?;
    let config = qwen3_reranker::Config {
        max_tokens,
        ..qwen3_reranker::Config::default()
    }
    .with_answers_of(&encoder)
    .map_err(failed)?;
    let answers = [config.yes_token_id, config.no_token_id];
    let weights = stream_qwen3_weights(store, model, &checked.config_json, &answers).await?;
    Ok(LoadedReranker {
        reranker: Qwen3Reranker::load_from(&checked.config_json, encoder, &weights, config)
            .map_err(failed)?,
        instruction: instruction(model, JOB_FIT_PROFILE)?,
        score,
        model: model.clone(),
    })
}

/// What the person told Candor besides the resume: their profile and filters, and the
/// postings they rated (match statuses), which the ranking learns from unless
/// [`Preferences::shipped_weights_only`].
#[derive(Debug, Clone, Copy)]
pub struct Person<'a> {
    pub preferences: &'a Preferences,
    pub statuses: &'a [StatusRecord],
}

impl Person<'_> {
    /// The postings of `index` the person rated, as the ranking learns from them; none when
    /// they asked for the shipped weights.
    fn choices(&self, index: &JobIndex) -> Vec<Choice> {
        if self.preferences.shipped_weights_only || self.statuses.is_empty() {
            return Vec::new();
        }
        let liked: HashMap<&str, bool> = self
            .statuses
            .iter()
            .filter_map(|record| Some((record.job_id.as_str(), record.status.liked()?)))
            .collect();
        index
            .jobs()
            .iter()
            .enumerate()
            .filter_map(|(job_idx, prepared)| {
                let liked = *liked.get(prepared.job.id.as_str())?;
                Some(Choice { job_idx, liked })
            })
            .collect()
    }
}

/// How many postings a report asks the person to rate next ([`Ranking::rate_next`]).
pub const POSTINGS_TO_RATE: usize = 3;

/// Which postings the person should rate next ([`Ranking::rate_next`]), into `report`; none
/// when they asked for the shipped weights, which no rating changes.
fn ask_what_to_rate(report: &mut MatchReport, ranking: &Ranking<'_>, index: &JobIndex) {
    if report.shipped_weights_only {
        return;
    }
    report.rate_next = ranking
        .rate_next(POSTINGS_TO_RATE)
        .into_iter()
        .map(|job_idx| index.jobs()[job_idx].job.id.clone())
        .collect();
}

/// The candidate `resume` describes, read with the person's `preferences`, and which postings
/// of `index` their filters keep (one flag per posting) and leave out.
fn read_resume(
    resume: &str,
    index: &JobIndex,
    preferences: &Preferences,
    today: Date,
) -> (Candidate, Vec<bool>, Vec<LeftOutJob>) {
    let (mut candidate, _warnings) = candidate_from_resume(resume, today);
    preferences.apply_to(&mut candidate);
    let (kept, left_out) = preferences
        .filters
        .sort_out(index.jobs().iter().map(|prepared| &prepared.job));
    (candidate, kept, left_out)
}

/// A ranking of every posting the filters kept, by the signals no model gives.
fn cheap_plan<'a>(today: Date, weights: &'a Weights, rerank_top_k: usize) -> RankingPlan<'a> {
    RankingPlan {
        today,
        weights,
        // The page lists every posting the filters kept.
        stages: Stages {
            shortlist: Shortlist::All,
            rerank_top_k,
        },
        dense: false,
        reranker_weight: None,
    }
}

/// The best [`FIRST_CARDS`] by the cheap signals, as the preview [`Matcher::run_on_index`]
/// sends before it reads vectors, for a ranking whose models must first be read from storage
/// (most of a second after a reload): the person sees them while the models load. `report`
/// gives the models it will run with.
pub fn preview_before_loading(
    resume: &str,
    index: &JobIndex,
    person: Person<'_>,
    today: Date,
    report: MatchReport,
) -> MatchReport {
    let started = js_sys::Date::now();
    let (candidate, kept, left_out) = read_resume(resume, index, person.preferences, today);
    let taxonomy = skills::bundled();
    let profile = PreparedResume::new(&candidate, taxonomy);
    let weights = learned_weights();
    let mut ranking = Ranking::among(
        &profile,
        index,
        taxonomy,
        cheap_plan(today, &weights, 0),
        Some(kept),
    );
    ranking.learn_from(person.choices(index));
    let matches = ranking.best(FIRST_CARDS);
    MatchReport {
        more: (ranking.len() - matches.len()) as u32,
        matches,
        preliminary: true,
        left_out,
        personal: ranking.personal(),
        shipped_weights_only: person.preferences.shipped_weights_only,
        elapsed_ms: (js_sys::Date::now() - started).max(0.0) as u32,
        ..report
    }
}

/// Why a match did not finish.
#[derive(Debug, Clone, PartialEq)]
pub enum MatchError {
    /// The page cancelled it; the vectors computed so far are cached.
    Cancelled { vectors_computed: u32 },
    /// Written for a person.
    Failed(String),
}

impl From<MlError> for MatchError {
    fn from(error: MlError) -> Self {
        MatchError::Failed(format!("the model failed: {error}"))
    }
}

/// Progress of a match, as the worker reports it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    pub stage: MatchStage,
    pub done: u32,
    pub total: u32,
    /// Of `done`, how many came from the vector cache.
    pub cached: u32,
}

/// One match run: the models it may use and where it reports.
pub struct Matcher<'a> {
    pub store: &'a ModelStore,
    pub lock_hash: &'a str,
    pub mode: RuntimeMode,
    pub embedder: Option<&'a LoadedEmbedder>,
    pub reranker: Option<&'a LoadedReranker>,
    /// How many of the best postings the reranker reads; `None`: the `score.rerank_top_k` of
    /// the reranker's lock entry.
    pub rerank_top_k: Option<usize>,
    /// Asked between batches; true stops the run with [`MatchError::Cancelled`].
    pub cancelled: &'a dyn Fn() -> bool,
    pub progress: &'a mut dyn FnMut(Progress),
    /// Called once with the cheap signals' ranking before a model reads the postings.
    pub preview: &'a mut dyn FnMut(MatchReport),
    /// Called with the best [`FIRST_CARDS`] of the final report, when it holds more, before
    /// the rest are explained: the cards a person reads first do not wait for thousands.
    pub first_cards: &'a mut dyn FnMut(MatchReport),
}

impl Matcher<'_> {
    /// Ranks `jobs` for `resume`: prepares them ([`JobIndex::new`]), then
    /// [`Matcher::run_on_index`].
    pub async fn run(
        &mut self,
        resume: &str,
        jobs: &[JobPosting],
        person: Person<'_>,
        today: Date,
    ) -> Result<MatchReport, MatchError> {
        let index = JobIndex::new(jobs.to_vec(), skills::bundled());
        self.run_on_index(resume, &index, person, today).await
    }

    /// Ranks the prepared postings of `index` for `resume` (read with the `person`'s
    /// preferences over it, learning from their rated postings): the filters first, so postings they leave out are never scored
    /// or embedded, then [`Ranking`] asks for what it needs: job vectors (cached, or embedded in
    /// batches) and the reranker over the best `rerank_top_k`, its P(yes) weighed by its lock
    /// entry's `score.weight`. Every ranking rule is core's.
    pub async fn run_on_index(
        &mut self,
        resume: &str,
        index: &JobIndex,
        person: Person<'_>,
        today: Date,
    ) -> Result<MatchReport, MatchError> {
        let started = js_sys::Date::now();
        let elapsed_ms = || (js_sys::Date::now() - started).max(0.0) as u32;
        let (candidate, kept, left_out) = read_resume(resume, index, person.preferences, today);
        let mut report = MatchReport {
            shipped_weights_only: person.preferences.shipped_weights_only,
            mode: self.mode,
            embedding_model: self.embedder.map(|loaded| loaded.model.id.clone()),
            reranker_model: self.reranker.map(|loaded| loaded.model.id.clone()),
            left_out,
            ..MatchReport::empty(self.lock_hash)
        };
        let taxonomy = skills::bundled();
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let rerank_top_k = self.rerank_top_k.unwrap_or_else(|| {
            self.reranker
                .map_or(0, |loaded| loaded.score.rerank_top_k as usize)
        });
        let plan = RankingPlan {
            dense: self.embedder.is_some(),
            reranker_weight: self.reranker.map(|loaded| loaded.score.weight),
            ..cheap_plan(today, &weights, rerank_top_k)
        };
        let mut ranking = Ranking::among(&profile, index, taxonomy, plan, Some(kept.clone()));
        ranking.learn_from(person.choices(index));
        report.personal = ranking.personal();
        loop {
            match ranking.need() {
                Need::Vectors => {
                    let loaded = self.embedder.expect("the plan has an embedder");
                    // The cheap signals' best cards are shown at once: reading thousands of
                    // cached vectors takes a while too. Their whole list follows only when some
                    // posting has to be embedded (seconds each on a slow machine); with every
                    // vector cached, the final list comes about as soon as it would.
                    let best = ranking.best(FIRST_CARDS);
                    let more = ranking.len() - best.len();
                    (self.preview)(MatchReport {
                        matches: best,
                        more: more as u32,
                        preliminary: true,
                        elapsed_ms: elapsed_ms(),
                        ..report.clone()
                    });
                    let whole_preliminary = |report: &MatchReport| {
                        (more > 0).then(|| MatchReport {
                            matches: ranking.matches(),
                            preliminary: true,
                            elapsed_ms: elapsed_ms(),
                            ..report.clone()
                        })
                    };
                    let job_vectors = self
                        .job_vectors(loaded, index, &kept, &mut report, whole_preliminary)
                        .await?;
                    let resume_vector = loaded.embedder.embed_query(resume)?;
                    let dense = DenseQuery {
                        job_vectors: &job_vectors,
                        query_vector: &resume_vector,
                    };
                    ranking.add_vectors(dense).map_err(|error| {
                        MatchError::Failed(format!("the model failed: {error}"))
                    })?;
                }
                Need::Rerank { job_idxs } => {
                    let loaded = self.reranker.expect("the plan has a reranker");
                    let probabilities = self.rerank(loaded, resume, index, &job_idxs).await?;
                    ranking.add_rerank(&probabilities);
                    report.reranked_job_ids = job_idxs
                        .iter()
                        .map(|&idx| index.jobs()[idx].job.id.clone())
                        .collect();
                }
                Need::Done => break,
            }
        }
        report.personal = ranking.personal();
        if ranking.len() > FIRST_CARDS {
            // As `MatchReport::first_cards` makes them: the left-out list comes with the report.
            (self.first_cards)(MatchReport {
                matches: ranking.best(FIRST_CARDS),
                more: (ranking.len() - FIRST_CARDS) as u32,
                left_out: Vec::new(),
                elapsed_ms: elapsed_ms(),
                ..report.clone()
            });
        }
        // After the first cards: it weighs the ranking's possible changes, which takes a while.
        ask_what_to_rate(&mut report, &ranking, index);
        report.matches = ranking.into_matches();
        report.elapsed_ms = elapsed_ms();
        Ok(report)
    }

    /// Every posting's vector, row `i` for posting `i`: from the cache when its provenance
    /// matches exactly, else embedded (in batches, each distinct text once) and cached. Rows
    /// of postings not `kept` are zeros: the ranking never reads them. Before the first
    /// embedding, the report `whole_preliminary` makes (if any) is shown.
    async fn job_vectors(
        &mut self,
        loaded: &LoadedEmbedder,
        index: &JobIndex,
        kept: &[bool],
        report: &mut MatchReport,
        whole_preliminary: impl FnOnce(&MatchReport) -> Option<MatchReport>,
    ) -> Result<VectorMatrix, MatchError> {
        let texts = index.texts();
        let kept_idxs: Vec<usize> = (0..texts.len()).filter(|&i| kept[i]).collect();
        let total = kept_idxs.len() as u32;
        let kept_texts = kept_idxs.iter().map(|&i| texts[i].as_str());
        let provenances =
            provenances(&loaded.model, self.lock_hash, kept_texts).map_err(MatchError::Failed)?;
        // A cache that cannot be read is only slower: every vector is computed again.
        let mut vectors = cached_vectors(self.store, &provenances)
            .await
            .unwrap_or_else(|_| vec![None; kept_idxs.len()]);
        report.vectors_cached = vectors.iter().filter(|v| v.is_some()).count() as u32;
        let mut progress = Progress {
            stage: MatchStage::Embedding,
            done: report.vectors_cached,
            total,
            cached: report.vectors_cached,
        };
        (self.progress)(progress);

        // Postings with the same text (a posting re-listed under another id) share one vector.
        let mut missing_by_text: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut missing: Vec<usize> = Vec::new();
        for (k, provenance) in provenances.iter().enumerate() {
            if vectors[k].is_none() {
                let same = missing_by_text
                    .entry(provenance.text_sha256.as_str())
                    .or_default();
                if same.is_empty() {
                    missing.push(k);
                }
                same.push(k);
            }
        }
        if !missing.is_empty()
            && let Some(preliminary) = whole_preliminary(report)
        {
            (self.preview)(preliminary);
        }
        let mut cache_failed = false;
        for batch in missing.chunks(EMBED_BATCH) {
            if (self.cancelled)() {
                return Err(MatchError::Cancelled {
                    vectors_computed: report.vectors_computed,
                });
            }
            let batch_texts: Vec<&str> = batch
                .iter()
                .map(|&k| texts[kept_idxs[k]].as_str())
                .collect();
            let batch_vectors = loaded.embedder.embed_documents(&batch_texts)?;
            let entries: Vec<(&str, &VectorProvenance, &[f32])> = batch
                .iter()
                .zip(&batch_vectors)
                .map(|(&k, vector)| {
                    let provenance = &provenances[k];
                    (
                        provenance.text_sha256.as_str(),
                        provenance,
                        vector.as_slice(),
                    )
                })
                .collect();
            if !cache_failed && self.store.put_vectors(&entries).await.is_err() {
                // Full storage must not stop matching; say so once and keep going.
                cache_failed = true;
                report.notes.push(
                    "Some job vectors could not be cached (browser storage is full); they \
                     will be computed again next time."
                        .to_owned(),
                );
            }
            let mut filled = 0;
            for (&k, vector) in batch.iter().zip(batch_vectors) {
                for &same in &missing_by_text[provenances[k].text_sha256.as_str()] {
                    vectors[same] = Some(vector.clone());
                    filled += 1;
                }
            }
            report.vectors_computed += batch.len() as u32;
            progress.done += filled;
            (self.progress)(progress);
            // Let the worker read its messages (a cancel) before the next batch.
            yield_to_event_loop().await;
        }

        let dimension = loaded.model.stored_dimension as usize;
        let mut rows = vec![vec![0.0; dimension]; texts.len()];
        for (&i, vector) in kept_idxs.iter().zip(vectors) {
            rows[i] = vector.unwrap_or_default();
        }
        VectorMatrix::from_rows(dimension, &rows)
            .map_err(|error| MatchError::Failed(format!("the model failed: {error}")))
    }

    /// P(yes) for the postings at `job_idxs`, in order, one reranker pass at a time. The lock's
    /// job-fit profile reads the posting as the query and the resume as the document.
    async fn rerank(
        &mut self,
        loaded: &LoadedReranker,
        resume: &str,
        index: &JobIndex,
        job_idxs: &[usize],
    ) -> Result<Vec<f32>, MatchError> {
        let mut probabilities = Vec::with_capacity(job_idxs.len());
        let mut progress = Progress {
            stage: MatchStage::Reranking,
            done: 0,
            total: job_idxs.len() as u32,
            cached: 0,
        };
        (self.progress)(progress);
        let encoder = loaded.reranker.encoder();
        for &idx in job_idxs {
            if (self.cancelled)() {
                return Err(MatchError::Cancelled {
                    vectors_computed: 0,
                });
            }
            let prompts = encoder.encode(index.text(idx), &loaded.instruction, &[resume])?;
            let logits = loaded.reranker.score_token_ids(&prompts)?;
            let probability = logits.first().map(|logits| logits.p_yes()).ok_or_else(|| {
                MatchError::Failed("the reranker returned no score for a posting".to_owned())
            })?;
            probabilities.push(probability);
            progress.done += 1;
            (self.progress)(progress);
            yield_to_event_loop().await;
        }
        Ok(probabilities)
    }
}

/// What each of `texts` embedded by `model` would be cached under.
pub(crate) fn provenances<'t>(
    model: &ModelEntry,
    lock_hash: &str,
    texts: impl Iterator<Item = &'t str>,
) -> Result<Vec<VectorProvenance>, String> {
    texts
        .map(|text| {
            VectorProvenance::for_text(model, lock_hash, None, PipelineVersions::CURRENT, text)
                .map_err(|error| error.to_string())
        })
        .collect()
}

/// The cached vector of each of `provenances`, in order (`None` where none is cached).
async fn cached_vectors(
    store: &ModelStore,
    provenances: &[VectorProvenance],
) -> Result<Vec<Option<Vec<f32>>>, String> {
    let wanted: Vec<(&str, &VectorProvenance)> = provenances
        .iter()
        .map(|provenance| (provenance.text_sha256.as_str(), provenance))
        .collect();
    store.get_vectors(&wanted).await.map_err(|e| e.to_string())
}

/// The vectors of `index`'s postings as `model` embedded them, from the cache alone.
pub struct CachedJobVectors {
    /// Row `i` for posting `i`; zeros for a posting with no cached vector.
    pub vectors: VectorMatrix,
    /// How many postings have their vector.
    pub cached: usize,
}

impl CachedJobVectors {
    pub fn complete(&self) -> bool {
        self.cached == self.vectors.len()
    }
}

/// What the cache holds of `index`'s vectors by `model` (rankings embed only the postings the
/// filters keep, and a cancelled ranking some of them); `None` when it holds none. Embeds
/// nothing and needs no weights loaded: a search must answer at once.
pub async fn cached_job_vectors(
    store: &ModelStore,
    model: &ModelEntry,
    lock_hash: &str,
    index: &JobIndex,
) -> Result<Option<CachedJobVectors>, String> {
    let texts = index.texts();
    let provenances = provenances(model, lock_hash, texts.iter().map(String::as_str))?;
    let found = cached_vectors(store, &provenances).await?;
    let cached = found.iter().filter(|vector| vector.is_some()).count();
    if cached == 0 {
        return Ok(None);
    }
    let dimension = model.stored_dimension as usize;
    let rows: Vec<Vec<f32>> = found
        .into_iter()
        .map(|vector| vector.unwrap_or_else(|| vec![0.0; dimension]))
        .collect();
    let vectors = VectorMatrix::from_rows(dimension, &rows)
        .map_err(|error| format!("the stored vectors do not fit the model: {error}"))?;
    Ok(Some(CachedJobVectors { vectors, cached }))
}

/// Waits for one turn of the worker's event loop (a zero-delay timer), so queued messages run.
pub async fn yield_to_event_loop() {
    sleep_ms(0).await;
}

/// Resolves after `ms` milliseconds.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
        let _ = scope.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> =
        wasm_bindgen_futures::JsFuture::from(promise).await;
}
