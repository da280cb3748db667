//! The worker's event loop: decode a request, do the work, post typed responses.
//!
//! Privacy: request bodies (resume text, jobs) are never logged or stored here; only model
//! files reach IndexedDB, and only after their hashes matched the lock.
//!
//! Requests run concurrently (each in its own task), so a `CancelDownload` reaches a running
//! download: it sets the download's cancel flag and aborts its request in flight.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use candor_core::domain::{Date, JobPosting, RankingReport};
use candor_core::lockfile::{
    BUNDLED_LOCK_TOML, Backend, ModelEntry, ModelLock, Normalization, Pooling,
};
use candor_core::matching::rank_explained;
use candor_core::provenance::{
    CheckpointFacts, PipelineVersions, RuntimeSpec, VectorCounts, VectorProvenance, check_runtime,
};
use candor_ml::minilm::{self, MiniLm};
use candor_store::StoreError;
use candor_store::download::{self, DownloadEvent, DownloadOptions};
use candor_store::fetch::{CancelToken, SourcePolicy};
use candor_store::idb::{ModelStore, SCHEMA_VERSION};
use candor_store::storage;
use candor_store::transfer::RateMeter;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::protocol::{
    ControlBody, ControlResponse, Diagnostics, DownloadConsent, FileCheckReport, FileStatus,
    ModelDiagnostics, ModelStatus, PrivacyMode, RejectedSource, Request, RequestBody, RequestId,
    Response, ResponseBody, RuntimeMode, StorageDiagnostics,
};

/// The backends this build can run.
const RUNNABLE_BACKENDS: &[Backend] = &[Backend::CandleBert];
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
        loaded: RefCell::new(None),
        downloads: RefCell::new(HashMap::new()),
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
    /// The last model loaded, by id, so ranking twice does not re-read 90 MB from IndexedDB.
    loaded: RefCell<Option<(String, Rc<MiniLm>)>>,
    /// The cancel token of each running download, by model id.
    downloads: RefCell<HashMap<String, CancelToken>>,
    /// True once the user allowed upstream hosts in this session.
    upstream_allowed: Cell<bool>,
    /// What the page's `navigator.storage.persist()` returned, if it said.
    persisted: Cell<Option<bool>>,
}

/// An answer in either envelope.
enum Reply {
    Response(ResponseBody),
    Control(ControlBody),
}

fn post_value(message: Result<JsValue, serde_wasm_bindgen::Error>) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    match message {
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

fn post(id: Option<RequestId>, body: ResponseBody) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    post_value(serde::Serialize::serialize(
        &Response { id, body },
        &serializer,
    ));
}

fn post_control(id: Option<RequestId>, body: ControlBody) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    post_value(serde::Serialize::serialize(
        &ControlResponse { id, body },
        &serializer,
    ));
}

fn now_ms() -> f64 {
    js_sys::Date::now()
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
        let status = |status: Result<ModelStatus, String>| {
            status.map(|s| Reply::Response(ResponseBody::ModelStatus(s)))
        };
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
            RequestBody::Diagnostics => self
                .diagnostics()
                .await
                .map(|diagnostics| Reply::Control(ControlBody::Diagnostics(diagnostics))),
            RequestBody::Rank {
                model_id,
                resume,
                jobs,
            } => self
                .rank(&model_id, &resume, &jobs)
                .await
                .map(|report| Reply::Response(ResponseBody::Ranked(report))),
        };
        match result {
            Ok(Reply::Response(body)) => post(Some(id), body),
            Ok(Reply::Control(body)) => post_control(Some(id), body),
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
    ) -> Result<Reply, String> {
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
            Ok(()) => Ok(Reply::Response(ResponseBody::ModelStatus(
                self.model_status(model_id).await?,
            ))),
            Err(StoreError::Cancelled {
                stored_bytes,
                total_bytes,
                ..
            }) => Ok(Reply::Control(ControlBody::DownloadCancelled {
                model_id: model.id.clone(),
                stored_bytes,
                total_bytes,
            })),
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
        if self
            .loaded
            .borrow()
            .as_ref()
            .is_some_and(|(loaded, _)| *loaded == model.id)
        {
            *self.loaded.borrow_mut() = None;
        }
        let store = self.store().await?;
        store.delete_model(model).await.map_err(|e| e.to_string())?;
        self.model_status(model_id).await
    }

    async fn verify(&self, model_id: &str) -> Result<Reply, String> {
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
            // the next rank loads and re-checks again.
            *self.loaded.borrow_mut() = None;
        }
        Ok(Reply::Control(ControlBody::IntegrityReport {
            model_id: model.id.clone(),
            files,
            elapsed_ms,
            checked_bytes,
        }))
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
        let usable = |id: &str| {
            models
                .iter()
                .any(|model| model.model_id == id && model.complete && model.runnable)
        };
        let defaults = &self.lock.defaults;
        let mode = if usable(&defaults.embedding) && usable(&defaults.reranker) {
            RuntimeMode::Qwen3Pair
        } else if usable(&defaults.fallback) {
            RuntimeMode::MiniLm
        } else {
            RuntimeMode::Deterministic
        };
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

    async fn loaded_model(&self, model: &ModelEntry) -> Result<Rc<MiniLm>, String> {
        if let Some((loaded_id, loaded)) = self.loaded.borrow().as_ref()
            && *loaded_id == model.id
        {
            return Ok(loaded.clone());
        }
        if !RUNNABLE_BACKENDS.contains(&model.backend) {
            return Err(format!(
                "{} needs the {:?} backend, which this build cannot run yet",
                model.id, model.backend
            ));
        }
        let store = self.store().await?;
        let files = store.load(model).await.map_err(|e| e.to_string())?;
        let (Some(config_json), Some(tokenizer_json)) =
            (files.get("config.json"), files.get("tokenizer.json"))
        else {
            return Err(format!("{} has no config.json or tokenizer.json", model.id));
        };
        let facts = CheckpointFacts::read(config_json, tokenizer_json)
            .map_err(|error| format!("{}: {error}", model.id))?;
        let Some(tokenizer_family) = facts.tokenizer_family else {
            return Err(format!("{}: the tokenizer type is not supported", model.id));
        };
        // What the MiniLM runtime implements: BERT, mean pooling over the mask, L2.
        let runtime = RuntimeSpec {
            model_id: model.id.clone(),
            backend: Backend::CandleBert,
            native_dimension: facts.hidden_size,
            tokenizer_family,
            pooling: Pooling::Mean,
            normalization: Normalization::L2,
            max_tokens: model.max_tokens.min(facts.max_position_embeddings),
            instruction_support: false,
        };
        check_runtime(model, &runtime).map_err(|error| error.to_string())?;
        let bytes =
            minilm::ModelBytes::from_files(|path| files.get(path)).map_err(|e| e.to_string())?;
        let config = minilm::Config {
            max_tokens: runtime.max_tokens as usize,
            ..minilm::Config::default()
        };
        let loaded = Rc::new(MiniLm::load(bytes, config).map_err(|e| e.to_string())?);
        *self.loaded.borrow_mut() = Some((model.id.clone(), loaded.clone()));
        Ok(loaded)
    }

    async fn rank(
        &self,
        model_id: &str,
        resume: &str,
        jobs: &[JobPosting],
    ) -> Result<RankingReport, String> {
        let model = self.model(model_id)?;
        let embedder = self.loaded_model(model).await?;
        let today = Date::from_unix_millis(js_sys::Date::now())
            .ok_or("the system clock is out of range")?;
        let matches = rank_explained(Some(embedder.as_ref()), resume, jobs, today)
            .map_err(|e| e.to_string())?;
        Ok(RankingReport {
            model_id: model.id.clone(),
            lock_hash: self.lock_hash.clone(),
            matches,
        })
    }
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let _ = scope.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _: Result<JsValue, JsValue> = wasm_bindgen_futures::JsFuture::from(promise).await;
}
