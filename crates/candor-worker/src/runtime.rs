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

use candor_core::domain::JobPosting;
use candor_lock::provenance::{PipelineVersions, VectorCounts, VectorProvenance};
use candor_lock::{BUNDLED_LOCK_TOML, ModelEntry, ModelLock};
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
    self, LoadedEmbedder, LoadedReranker, MatchError, Matcher, Person, RUNNABLE_BACKENDS,
    choose_mode, sleep_ms,
};
use crate::protocol::{
    Diagnostics, DownloadConsent, FileCheckReport, FileStatus, MatchReport, ModelDiagnostics,
    ModelStatus, PrivacyMode, RejectedSource, Request, RequestBody, RequestId, Response,
    ResponseBody, RuntimeMode, StorageDiagnostics,
};
use crate::{profile, recruiter};

mod catalog;
mod job_indexes;
mod matches;
mod models;
mod search;
mod snapshot;
mod stored_jobs;

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
        index_adds: RefCell::new(HashMap::new()),
        stored_index: RefCell::new(None),
        search_vectors: RefCell::new(None),
        listed_jobs: RefCell::new(None),
        catalog: RefCell::new(None),
        preparing_jobs: Cell::new(false),
        snapshot_due: RefCell::new(None),
        jobs_epoch: Cell::new(0),
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
    /// The cancel token of each job index being added, by request id.
    index_adds: RefCell<HashMap<RequestId, CancelToken>>,
    /// The stored postings, prepared for ranking, until they change.
    stored_index: RefCell<Option<Rc<stored_jobs::StoredIndex>>>,
    /// The vectors the last search read, while they are current.
    search_vectors: RefCell<Option<search::SearchVectors>>,
    /// The stored postings the last listing read, until the preparation that follows it.
    listed_jobs: RefCell<Option<stored_jobs::ReadJobs>>,
    /// Every stored posting in brief, as last read or written: what listing them and telling an
    /// import's new postings from updates need.
    catalog: RefCell<Option<catalog::Catalog>>,
    /// True while the stored postings are being prepared.
    preparing_jobs: Cell<bool>,
    /// The stored index when it was built from the stored postings and not yet written as a
    /// snapshot for the next visit.
    snapshot_due: RefCell<Option<stored_jobs::DueSnapshot>>,
    /// Counts the imports and deletes of jobs begun, so a preparation can tell it is stale.
    jobs_epoch: Cell<u64>,
    /// True once the user allowed upstream hosts in this session.
    upstream_allowed: Cell<bool>,
    /// What the page's `navigator.storage.persist()` returned, if it said.
    persisted: Cell<Option<bool>>,
}

/// How long after the browser closed the model database for clearing the page is told.
const STORAGE_CLEARED_SETTLE_MS: i32 = 500;

/// How often download progress (a model's, a job index's) is posted, at most.
const PROGRESS_INTERVAL_MS: f64 = 250.0;

fn post(id: Option<RequestId>, body: ResponseBody) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    match (Response { id, body }).to_json() {
        Ok(message) => {
            let _ = scope.post_message(&JsValue::from_str(&message));
        }
        Err(error) => {
            let message = format!("the worker could not encode its answer: {error}");
            let fallback = Response {
                id,
                body: ResponseBody::Error { message },
            };
            if let Ok(text) = fallback.to_json() {
                let _ = scope.post_message(&JsValue::from_str(&text));
            }
        }
    }
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
        if matches!(
            request.body,
            RequestBody::ImportJobs { .. }
                | RequestBody::DeleteJobs
                | RequestBody::AddJobIndex { .. }
        ) {
            self.jobs_changing();
        }
        let status = |status: Result<ModelStatus, String>| status.map(ResponseBody::ModelStatus);
        let result = match request.body {
            RequestBody::ModelStatus { model_id } => status(self.model_status(&model_id).await),
            RequestBody::StartDownload { model_id, consent } => {
                self.download(id, &model_id, consent).await
            }
            RequestBody::CancelDownload { model_id } => status(self.cancel(&model_id).await),
            RequestBody::DeleteModel { model_id } => status(self.delete(&model_id).await),
            RequestBody::VerifyModel { model_id } => self.verify(&model_id).await,
            RequestBody::Diagnostics => self.diagnostics().await.map(ResponseBody::Diagnostics),
            RequestBody::Match {
                resume,
                jobs,
                rerank_top_k,
                preferences,
                statuses,
                without_models,
            } => {
                let top_k = rerank_top_k.map(|k| k as usize);
                let person = Person {
                    preferences: &preferences,
                    statuses: &statuses,
                };
                self.match_resume(id, &resume, jobs, person, top_k, without_models)
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
            RequestBody::ImportJobs { file_name, bytes } => {
                self.import_jobs(&bytes, &file_name).await
            }
            RequestBody::AddJobIndex { manifest_url, pin } => {
                self.add_job_index(id, &manifest_url, &pin).await
            }
            RequestBody::CancelJobIndex { request_id } => {
                let token = self.index_adds.borrow().get(&request_id).cloned();
                if let Some(token) = &token {
                    token.cancel();
                }
                Ok(ResponseBody::CancelAcknowledged {
                    request_id,
                    running: token.is_some(),
                })
            }
            RequestBody::ListJobIndexes => self.list_job_indexes().await,
            RequestBody::ListJobs => self.list_jobs().await,
            RequestBody::DeleteJobs => self.delete_jobs().await,
            RequestBody::LoadProfile => profile::load().await,
            RequestBody::SavePreferences { preferences } => profile::save(&preferences).await,
            RequestBody::SetStatus { job_id, status } => profile::set_status(&job_id, status).await,
            RequestBody::TakeBackStatus { job_id, shown } => {
                profile::take_back_status(&job_id, shown).await
            }
            RequestBody::ImportCandidate {
                file_name,
                mime,
                bytes,
            } => recruiter::import(&bytes, &file_name, mime.as_deref()).await,
            RequestBody::ListCandidates => recruiter::list().await,
            RequestBody::DeleteCandidates { candidate_id } => {
                recruiter::delete(candidate_id.as_deref()).await
            }
            RequestBody::RankCandidates { job_id } => self.rank_candidates(&job_id).await,
            RequestBody::Posting { job_id } => self.posting(&job_id).await,
            RequestBody::Search {
                query,
                without_models,
            } => self.search(&query, without_models).await,
        };
        let listed_jobs = matches!(result, Ok(ResponseBody::Jobs { .. }));
        match result {
            Ok(body) => post(Some(id), body),
            Err(message) => post(Some(id), ResponseBody::Error { message }),
        }
        // The page lists the jobs when it opens and after each import or delete: prepare them
        // for ranking now rather than when Rank is pressed.
        if listed_jobs {
            self.warm_stored_index().await;
        }
        // After the answer, so writing it delays no one waiting for this request.
        self.write_snapshot_if_due().await;
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
        let told = Cell::new(false);
        store.on_cleared_by_browser(move || {
            if told.replace(true) {
                return;
            }
            // The browser closes the connections before it deletes the files: a read the page
            // sends at once could still be served the old records. Deleting takes milliseconds.
            spawn_local(async {
                crate::pipeline::sleep_ms(STORAGE_CLEARED_SETTLE_MS).await;
                post(None, ResponseBody::StorageCleared);
            });
        });
        *self.store.borrow_mut() = Some(store.clone());
        Ok(store)
    }
}
