//! The worker's event loop: decode a request, do the work, post typed responses.
//!
//! Privacy: request bodies (resume text, jobs) are never logged or stored here; only model
//! files reach IndexedDB, and only after their hashes matched the lock.
//!
//! Requests run concurrently (each in its own task), so a `CancelDownload` reaches a running
//! download: it sets the download's cancel flag and aborts its request in flight.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use candor_core::domain::{Date, JobPosting, RankingReport};
use candor_core::lockfile::{BUNDLED_LOCK_TOML, ModelEntry, ModelLock};
use candor_core::preferences::Preferences;
use candor_core::provenance::{PipelineVersions, VectorCounts, VectorProvenance};
use candor_store::StoreError;
use candor_store::download::{self, DownloadEvent, DownloadOptions};
use candor_store::fetch::{CancelToken, SourcePolicy};
use candor_store::idb::{ModelStore, SCHEMA_VERSION};
use candor_store::storage;
use candor_store::transfer::RateMeter;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::imports;
use crate::pipeline::{
    self, DEFAULT_RERANK_TOP_K, LoadedEmbedder, LoadedReranker, MatchError, Matcher,
    RUNNABLE_BACKENDS, choose_mode, sleep_ms,
};
use crate::protocol::{
    Diagnostics, DownloadConsent, FileCheckReport, FileStatus, MatchReport, ModelDiagnostics,
    ModelStatus, PrivacyMode, RejectedSource, Request, RequestBody, RequestId, Response,
    ResponseBody, RuntimeMode, StorageDiagnostics,
};
use crate::{profile, recruiter};

/// How often download progress is posted, at most.
const PROGRESS_INTERVAL_MS: f64 = 250.0;
/// The window the download rate is averaged over.
const RATE_WINDOW_MS: f64 = 5_000.0;

/// Starts the worker: installs the message handler, then announces itself with
/// [`ResponseBody::Ready`]. `worker.js` calls this right after the wasm module is initialized.
#[wasm_bindgen]
pub fn run_worker() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let lock = match ModelLock::parse(BUNDLED_LOCK_TOML) {
        Ok(lock) => lock,
        Err(error) => {
            return post(
                None,
                ResponseBody::Error {
                    message: format!("the bundled model lockfile is invalid: {error}"),
                },
            );
        }
    };
    let worker = Rc::new(Worker {
        lock_hash: lock.lock_hash(),
        lock,
        store: RefCell::new(None),
        embedder: RefCell::new(None),
        reranker: RefCell::new(None),
        downloads: RefCell::new(HashMap::new()),
        matches: RefCell::new(HashMap::new()),
        upstream_allowed: Cell::new(false),
        persisted: Cell::new(None),
    });

    let handler_worker = worker.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let worker = handler_worker.clone();
        spawn_local(async move { worker.handle(event.data()).await });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();

    spawn_local(async move {
        let model_id = worker.lock.defaults.fallback.clone();
        let body = match worker.model_status(&model_id).await {
            Ok(model) => ResponseBody::Ready {
                lock_hash: worker.lock_hash.clone(),
                model,
            },
            Err(message) => ResponseBody::Error { message },
        };
        post(None, body);
    });
}

struct Worker {
    lock: ModelLock,
    lock_hash: String,
    /// Opened on first use and kept for the worker's lifetime (reopened if another tab's
    /// upgrade closed it).
    store: RefCell<Option<Rc<ModelStore>>>,
    /// The last embedding model loaded, so matching twice does not re-read it from IndexedDB.
    embedder: RefCell<Option<Rc<LoadedEmbedder>>>,
    /// The reranker, once loaded.
    reranker: RefCell<Option<Rc<LoadedReranker>>>,
    /// The cancel token of each running download, by model id.
    downloads: RefCell<HashMap<String, CancelToken>>,
    /// The cancel flag of each running match, by request id.
    matches: RefCell<HashMap<RequestId, Rc<Cell<bool>>>>,
    /// True once the user allowed upstream hosts in this session.
    upstream_allowed: Cell<bool>,
    /// What the page's `navigator.storage.persist()` returned, if it said.
    persisted: Cell<Option<bool>>,
}

fn post(id: Option<RequestId>, body: ResponseBody) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    match serde::Serialize::serialize(&Response { id, body }, &serializer) {
        Ok(message) => {
            let _ = scope.post_message(&message);
        }
        Err(error) => {
            let _ = scope.post_message(&JsValue::from_str(&format!(
                "unserializable response: {error}"
            )));
        }
    }
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The models one match runs with.
struct LoadedModels<'a> {
    mode: RuntimeMode,
    embedder: Option<&'a LoadedEmbedder>,
    reranker: Option<&'a LoadedReranker>,
}

impl Worker {
    async fn handle(&self, message: JsValue) {
        let request: Request = match serde_wasm_bindgen::from_value(message) {
            Ok(request) => request,
            Err(error) => {
                return post(
                    None,
                    ResponseBody::Error {
                        message: format!("malformed request: {error}"),
                    },
                );
            }
        };
        let id = request.id;
        let status = |status: Result<ModelStatus, String>| status.map(ResponseBody::ModelStatus);
        let result = match request.body {
            RequestBody::ModelStatus { model_id } => status(self.model_status(&model_id).await),
            RequestBody::DownloadModel { model_id } => match self.model(&model_id) {
                Ok(model) => {
                    let consent = DownloadConsent::mirror_only(model.required_bytes());
                    self.download(id, &model_id, consent).await
                }
                Err(message) => Err(message),
            },
            RequestBody::StartDownload { model_id, consent } => {
                self.download(id, &model_id, consent).await
            }
            RequestBody::CancelDownload { model_id } => status(self.cancel(&model_id).await),
            RequestBody::DeleteModel { model_id } => status(self.delete(&model_id).await),
            RequestBody::VerifyModel { model_id } => self.verify(&model_id).await,
            RequestBody::Diagnostics => self.diagnostics().await.map(ResponseBody::Diagnostics),
            RequestBody::Rank {
                model_id,
                resume,
                jobs,
            } => self
                .rank(id, &model_id, &resume, &jobs)
                .await
                .map(ResponseBody::Ranked),
            RequestBody::Match {
                resume,
                jobs,
                rerank_top_k,
                preferences,
            } => {
                let top_k = rerank_top_k.map_or(DEFAULT_RERANK_TOP_K, |k| k as usize);
                self.match_resume(id, &resume, &jobs, &preferences, top_k)
                    .await
            }
            RequestBody::CancelMatch { request_id } => {
                let flag = self.matches.borrow().get(&request_id).cloned();
                if let Some(flag) = &flag {
                    flag.set(true);
                }
                Ok(ResponseBody::CancelAcknowledged {
                    request_id,
                    running: flag.is_some(),
                })
            }
            RequestBody::ImportResume {
                file_name,
                mime,
                bytes,
            } => imports::resume(&bytes, &file_name, mime.as_deref()),
            RequestBody::ImportJobs { file_name, bytes } => imports::jobs(&bytes, &file_name).await,
            RequestBody::ListJobs => imports::list().await,
            RequestBody::DeleteJobs => imports::delete_all().await,
            RequestBody::LoadProfile => profile::load().await,
            RequestBody::SavePreferences { preferences } => profile::save(&preferences).await,
            RequestBody::SetStatus { job_id, status } => profile::set_status(&job_id, status).await,
            RequestBody::ImportCandidate {
                file_name,
                mime,
                bytes,
            } => recruiter::import(&bytes, &file_name, mime.as_deref()).await,
            RequestBody::ListCandidates => recruiter::list().await,
            RequestBody::DeleteCandidates { candidate_id } => {
                recruiter::delete(candidate_id.as_deref()).await
            }
            RequestBody::RankCandidates { job } => self.rank_candidates(&job).await,
        };
        match result {
            Ok(body) => post(Some(id), body),
            Err(message) => post(Some(id), ResponseBody::Error { message }),
        }
    }

    fn model(&self, model_id: &str) -> Result<&ModelEntry, String> {
        self.lock
            .model(model_id)
            .ok_or_else(|| format!("unknown model \"{model_id}\": it is not in models.lock.toml"))
    }

    async fn store(&self) -> Result<Rc<ModelStore>, String> {
        let cached = self.store.borrow().clone();
        if let Some(store) = cached
            && !store.is_closed()
        {
            return Ok(store);
        }
        let store = Rc::new(ModelStore::open().await.map_err(|e| e.to_string())?);
        *self.store.borrow_mut() = Some(store.clone());
        Ok(store)
    }

    async fn file_statuses(&self, model: &ModelEntry) -> Result<Vec<FileStatus>, String> {
        let store = self.store().await?;
        let states = store.file_states(model).await.map_err(|e| e.to_string())?;
        Ok(states
            .into_iter()
            .zip(&model.files)
            .map(|(state, file)| FileStatus {
                path: state.path,
                required: file.required,
                bytes: state.bytes,
                stored_bytes: state.stored_bytes,
                present: state.stored_bytes > 0,
                verified: state.verified,
                shards_stored: state.shards_stored,
                shards_total: state.shards_total,
                rejected: state
                    .rejections
                    .into_iter()
                    .map(|rejection| RejectedSource {
                        source: rejection.source,
                        reason: rejection.reason,
                    })
                    .collect(),
            })
            .collect())
    }

    async fn model_status(&self, model_id: &str) -> Result<ModelStatus, String> {
        let model = self.model(model_id)?;
        let files = self.file_statuses(model).await?;
        let required = files.iter().filter(|file| file.required);
        let (stored_bytes, partial_bytes) =
            required.fold((0, 0), |(stored, partial), file| match file.verified {
                true => (stored + file.bytes, partial),
                false => (stored, partial + file.stored_bytes),
            });
        Ok(ModelStatus {
            model_id: model.id.clone(),
            total_bytes: model.required_bytes(),
            stored_bytes,
            partial_bytes,
            files,
        })
    }

    async fn download(
        &self,
        id: RequestId,
        model_id: &str,
        consent: DownloadConsent,
    ) -> Result<ResponseBody, String> {
        let model = self.model(model_id)?;
        if self.downloads.borrow().contains_key(&model.id) {
            return Err(format!("{model_id} is already being downloaded"));
        }
        let status = self.model_status(model_id).await?;
        let needed = status.total_bytes - status.stored_bytes - status.partial_bytes;
        if needed > consent.accepted_bytes {
            return Err(format!(
                "{model_id} still needs {needed} bytes, more than the {} agreed to; ask again \
                 with the new size",
                consent.accepted_bytes
            ));
        }
        if consent.allow_upstream {
            self.upstream_allowed.set(true);
        }
        if consent.persisted.is_some() {
            self.persisted.set(consent.persisted);
        }
        let store = self.store().await?;
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let policy = if consent.allow_upstream {
            SourcePolicy::AllSources
        } else {
            SourcePolicy::MirrorOnly
        };
        let mut options = DownloadOptions::new(&scope.location().href(), policy);
        options.lock_hash = Some(self.lock_hash.clone());

        let token = CancelToken::new();
        self.downloads
            .borrow_mut()
            .insert(model.id.clone(), token.clone());
        let mut meter = RateMeter::new(now_ms(), RATE_WINDOW_MS);
        let mut last_post = f64::NEG_INFINITY;
        let mut progress = |path: &str, file_done, file_total, done, total, fetched| {
            let now = now_ms();
            meter.add(now, fetched - meter.transferred());
            if now - last_post < PROGRESS_INTERVAL_MS && file_done != file_total {
                return;
            }
            last_post = now;
            post(
                Some(id),
                ResponseBody::DownloadProgress {
                    model_id: model.id.clone(),
                    path: path.to_owned(),
                    done_bytes: done,
                    total_bytes: total,
                    file_done_bytes: file_done,
                    file_total_bytes: file_total,
                    bytes_per_second: meter.bytes_per_second(now),
                    eta_seconds: meter.eta_seconds(now, total.saturating_sub(done)),
                },
            );
        };
        let mut done_so_far = 0;
        let mut fetched_so_far = 0;
        let result =
            download::download(&store, model, &options, &token, &mut |event| match event {
                DownloadEvent::Progress {
                    path,
                    file_done,
                    file_total,
                    done,
                    total,
                    fetched,
                } => {
                    done_so_far = done;
                    fetched_so_far = fetched;
                    progress(path, file_done, file_total, done, total, fetched);
                }
                DownloadEvent::FileVerified { file } => {
                    let total = model.required_bytes();
                    progress(
                        &file.path,
                        file.bytes,
                        file.bytes,
                        done_so_far,
                        total,
                        fetched_so_far,
                    );
                }
                DownloadEvent::ShardStored { .. }
                | DownloadEvent::SourceRejected { .. }
                | DownloadEvent::Retrying { .. } => {}
            })
            .await;
        self.downloads.borrow_mut().remove(&model.id);
        match result {
            Ok(()) => Ok(ResponseBody::ModelStatus(
                self.model_status(model_id).await?,
            )),
            Err(StoreError::Cancelled {
                stored_bytes,
                total_bytes,
                ..
            }) => Ok(ResponseBody::DownloadCancelled {
                model_id: model.id.clone(),
                stored_bytes,
                total_bytes,
            }),
            Err(error) => Err(error.to_string()),
        }
    }

    async fn cancel(&self, model_id: &str) -> Result<ModelStatus, String> {
        let model = self.model(model_id)?;
        let token = self.downloads.borrow().get(&model.id).cloned();
        if let Some(token) = token {
            token.cancel();
        }
        self.model_status(model_id).await
    }

    async fn delete(&self, model_id: &str) -> Result<ModelStatus, String> {
        let model = self.model(model_id)?;
        // A running download is stopped first and allowed to finish its last write, so no
        // shard lands after the delete.
        let token = self.downloads.borrow().get(&model.id).cloned();
        if let Some(token) = token {
            token.cancel();
            for _ in 0..100 {
                if !self.downloads.borrow().contains_key(&model.id) {
                    break;
                }
                sleep_ms(50).await;
            }
        }
        self.forget_loaded(&model.id);
        let store = self.store().await?;
        store.delete_model(model).await.map_err(|e| e.to_string())?;
        self.model_status(model_id).await
    }

    async fn verify(&self, model_id: &str) -> Result<ResponseBody, String> {
        let model = self.model(model_id)?;
        let store = self.store().await?;
        let started = now_ms();
        let checks = store.check(model).await.map_err(|e| e.to_string())?;
        let elapsed_ms = now_ms() - started;
        let mut checked_bytes = 0;
        let files = checks
            .into_iter()
            .map(|check| {
                if check.result.is_ok() {
                    checked_bytes += model.file(&check.path).map_or(0, |file| file.bytes);
                }
                FileCheckReport {
                    path: check.path,
                    ok: check.result.is_ok(),
                    problem: check.result.err().map(|error| error.to_string()),
                }
            })
            .collect::<Vec<_>>();
        if files.iter().any(|file| !file.ok) {
            // A damaged file may be what the loaded model was built from on an earlier read;
            // the next match loads and re-checks again.
            self.forget_loaded(&model.id);
        }
        Ok(ResponseBody::IntegrityReport {
            model_id: model.id.clone(),
            files,
            elapsed_ms,
            checked_bytes,
        })
    }

    async fn diagnostics(&self) -> Result<Diagnostics, String> {
        let mut models = Vec::new();
        let mut model_bytes = 0;
        for model in &self.lock.models {
            let files = self.file_statuses(model).await?;
            model_bytes += files.iter().map(|file| file.stored_bytes).sum::<u64>();
            models.push(ModelDiagnostics {
                model_id: model.id.clone(),
                repo: model.repo.clone(),
                revision: model.revision.clone(),
                license: model.license.clone(),
                kind: model.kind,
                backend: model.backend,
                native_dimension: model.native_dimension,
                stored_dimension: model.stored_dimension,
                max_tokens: model.max_tokens,
                runnable: RUNNABLE_BACKENDS.contains(&model.backend),
                complete: files
                    .iter()
                    .filter(|file| file.required)
                    .all(|file| file.verified),
                files,
            });
        }
        let mode = choose_mode(&self.lock, |id| {
            models
                .iter()
                .any(|model| model.model_id == id && model.complete && model.runnable)
        });
        let estimate = storage::estimate().await.ok().flatten();
        let persisted = match storage::persisted().await.ok().flatten() {
            Some(persisted) => Some(persisted),
            None => self.persisted.get(),
        };
        Ok(Diagnostics {
            mode,
            lock_hash: self.lock_hash.clone(),
            schema_version: SCHEMA_VERSION,
            models,
            storage: StorageDiagnostics {
                usage_bytes: estimate.map(|estimate| estimate.usage),
                quota_bytes: estimate.map(|estimate| estimate.quota),
                persisted,
                model_bytes,
            },
            vectors: self.vector_counts().await?,
            privacy: if self.upstream_allowed.get() {
                PrivacyMode::UpstreamAllowed
            } else {
                PrivacyMode::SameOriginOnly
            },
            downloading: self.downloads.borrow().keys().cloned().collect(),
        })
    }

    /// Cached vectors judged against what the current lock and pipeline would record for the
    /// same text.
    async fn vector_counts(&self) -> Result<VectorCounts, String> {
        let store = self.store().await?;
        let provenances = store
            .vector_provenances()
            .await
            .map_err(|e| e.to_string())?;
        let mut counts = VectorCounts::default();
        for provenance in provenances {
            let valid = provenance.is_some_and(|stored| {
                self.lock.model(&stored.model_id).is_some_and(|model| {
                    VectorProvenance::for_text(
                        model,
                        &self.lock_hash,
                        stored.instruction_profile.as_deref(),
                        PipelineVersions::CURRENT,
                        "",
                    )
                    .is_ok_and(|current| {
                        let current = current.with_text_sha256(&stored.text_sha256);
                        stored.stale_fields(&current).is_empty()
                    })
                })
            });
            if valid {
                counts.valid += 1;
            } else {
                counts.stale += 1;
            }
        }
        Ok(counts)
    }

    /// Ids of the models whose required files are all verified and whose backend runs here.
    async fn ready_models(&self) -> Result<HashSet<String>, String> {
        let mut ready = HashSet::new();
        for model in &self.lock.models {
            if !RUNNABLE_BACKENDS.contains(&model.backend) {
                continue;
            }
            let files = self.file_statuses(model).await?;
            if files
                .iter()
                .filter(|file| file.required)
                .all(|file| file.verified)
            {
                ready.insert(model.id.clone());
            }
        }
        Ok(ready)
    }

    /// Drops loaded weights of `model_id`, so the next use reads (and re-checks) them again.
    fn forget_loaded(&self, model_id: &str) {
        if self
            .embedder
            .borrow()
            .as_ref()
            .is_some_and(|loaded| loaded.model.id == model_id)
        {
            *self.embedder.borrow_mut() = None;
        }
        if self
            .reranker
            .borrow()
            .as_ref()
            .is_some_and(|loaded| loaded.model.id == model_id)
        {
            *self.reranker.borrow_mut() = None;
        }
    }

    async fn embedder(&self, model: &ModelEntry) -> Result<Rc<LoadedEmbedder>, String> {
        if let Some(loaded) = self.embedder.borrow().as_ref()
            && loaded.model.id == model.id
        {
            return Ok(loaded.clone());
        }
        // Free the previous model's memory before the next one is read.
        *self.embedder.borrow_mut() = None;
        let store = self.store().await?;
        let loaded = Rc::new(pipeline::load_embedder(&store, model).await?);
        *self.embedder.borrow_mut() = Some(loaded.clone());
        Ok(loaded)
    }

    async fn reranker(&self, model: &ModelEntry) -> Result<Rc<LoadedReranker>, String> {
        if let Some(loaded) = self.reranker.borrow().as_ref()
            && loaded.model.id == model.id
        {
            return Ok(loaded.clone());
        }
        let store = self.store().await?;
        let loaded = Rc::new(pipeline::load_reranker(&store, model).await?);
        *self.reranker.borrow_mut() = Some(loaded.clone());
        Ok(loaded)
    }

    /// Loads the models of the best mode that loads: a model that fails (too little memory,
    /// say) is reported in `notes` and the next mode down is tried.
    async fn load_mode(
        &self,
        ready: &HashSet<String>,
        notes: &mut Vec<String>,
    ) -> (
        RuntimeMode,
        Option<Rc<LoadedEmbedder>>,
        Option<Rc<LoadedReranker>>,
    ) {
        let defaults = &self.lock.defaults;
        let mut mode = choose_mode(&self.lock, |id| ready.contains(id));
        if mode == RuntimeMode::Qwen3Pair {
            let pair = async {
                let embedder = self.embedder(self.model(&defaults.embedding)?).await?;
                let reranker = self.reranker(self.model(&defaults.reranker)?).await?;
                Ok::<_, String>((embedder, reranker))
            };
            match pair.await {
                Ok((embedder, reranker)) => return (mode, Some(embedder), Some(reranker)),
                Err(message) => {
                    *self.reranker.borrow_mut() = None;
                    notes.push(format!("The Qwen3 models were skipped: {message}"));
                    mode = choose_mode(&self.lock, |id| {
                        id != defaults.embedding && id != defaults.reranker && ready.contains(id)
                    });
                }
            }
        }
        if mode == RuntimeMode::MiniLm {
            let fallback = async { self.embedder(self.model(&defaults.fallback)?).await };
            match fallback.await {
                Ok(embedder) => return (mode, Some(embedder), None),
                Err(message) => notes.push(format!("The MiniLM model was skipped: {message}")),
            }
        }
        (RuntimeMode::Deterministic, None, None)
    }

    async fn match_resume(
        &self,
        id: RequestId,
        resume: &str,
        jobs: &[JobPosting],
        preferences: &Preferences,
        rerank_top_k: usize,
    ) -> Result<ResponseBody, String> {
        let ready = self.ready_models().await?;
        let mut notes = Vec::new();
        let (mode, embedder, reranker) = self.load_mode(&ready, &mut notes).await;
        let models = LoadedModels {
            mode,
            embedder: embedder.as_deref(),
            reranker: reranker.as_deref(),
        };
        let result = self
            .run_matcher(id, models, rerank_top_k, resume, jobs, preferences)
            .await;
        match result {
            Ok(mut report) => {
                notes.append(&mut report.notes);
                report.notes = notes;
                Ok(ResponseBody::Matched(report))
            }
            Err(MatchError::Cancelled { vectors_computed }) => {
                Ok(ResponseBody::MatchCancelled { vectors_computed })
            }
            Err(MatchError::Failed(message)) => Err(message),
        }
    }

    /// Runs one match with a cancel flag registered under `id` and progress posted to it.
    async fn run_matcher(
        &self,
        id: RequestId,
        models: LoadedModels<'_>,
        rerank_top_k: usize,
        resume: &str,
        jobs: &[JobPosting],
        preferences: &Preferences,
    ) -> Result<MatchReport, MatchError> {
        let today = Date::from_unix_millis(js_sys::Date::now())
            .ok_or_else(|| MatchError::Failed("the system clock is out of range".into()))?;
        let store = self.store().await.map_err(MatchError::Failed)?;
        let cancel = Rc::new(Cell::new(false));
        self.matches.borrow_mut().insert(id, cancel.clone());
        let cancelled = || cancel.get();
        let mut progress = |progress: pipeline::Progress| {
            post(
                Some(id),
                ResponseBody::MatchProgress {
                    stage: progress.stage,
                    done: progress.done,
                    total: progress.total,
                    cached: progress.cached,
                },
            )
        };
        let mut preview = |report: MatchReport| post(Some(id), ResponseBody::MatchPreview(report));
        let mut matcher = Matcher {
            store: &store,
            lock_hash: &self.lock_hash,
            mode: models.mode,
            embedder: models.embedder,
            reranker: models.reranker,
            rerank_top_k,
            cancelled: &cancelled,
            progress: &mut progress,
            preview: &mut preview,
        };
        let result = matcher.run(resume, jobs, preferences, today).await;
        self.matches.borrow_mut().remove(&id);
        result
    }

    /// Recruiter mode: ranks the stored candidates for `job` with the best stored embedding
    /// model (or the deterministic signals when none is stored).
    async fn rank_candidates(&self, job: &JobPosting) -> Result<ResponseBody, String> {
        let ready = self.ready_models().await?;
        let mut notes = Vec::new();
        let (_mode, embedder, _reranker) = self.load_mode(&ready, &mut notes).await;
        recruiter::rank(job, embedder.as_deref()).await
    }

    /// Ranks with one named embedding model (no reranker), through the same pipeline.
    async fn rank(
        &self,
        id: RequestId,
        model_id: &str,
        resume: &str,
        jobs: &[JobPosting],
    ) -> Result<RankingReport, String> {
        let model = self.model(model_id)?;
        let embedder = self.embedder(model).await?;
        let report = self
            .run_matcher(
                id,
                LoadedModels {
                    mode: RuntimeMode::MiniLm,
                    embedder: Some(&embedder),
                    reranker: None,
                },
                0,
                resume,
                jobs,
                &Preferences::default(),
            )
            .await
            .map_err(|error| match error {
                MatchError::Cancelled { .. } => "ranking was cancelled".to_owned(),
                MatchError::Failed(message) => message,
            })?;
        Ok(RankingReport {
            model_id: model.id.clone(),
            lock_hash: self.lock_hash.clone(),
            matches: report.matches,
        })
    }
}
