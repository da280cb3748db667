//! The worker's event loop: decode a request, do the work, post typed responses.
//!
//! Privacy: request bodies (resume text, jobs) are never logged or stored here; only model
//! files reach IndexedDB, and only after their hashes matched the lock.

use std::cell::RefCell;
use std::rc::Rc;

use candor_core::domain::{JobPosting, RankingReport};
use candor_core::lockfile::{BUNDLED_LOCK_TOML, Backend, ModelEntry, ModelLock};
use candor_core::rank::rank_resume;
use candor_ml::minilm::{self, MiniLm};
use candor_store::fetch::SourcePolicy;
use candor_store::idb::ModelStore;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::protocol::{ModelStatus, Request, RequestBody, RequestId, Response, ResponseBody};

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
    /// Opened on first use and kept for the worker's lifetime.
    store: RefCell<Option<Rc<ModelStore>>>,
    /// The last model loaded, by id, so ranking twice does not re-read 90 MB from IndexedDB.
    loaded: RefCell<Option<(String, Rc<MiniLm>)>>,
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
        let id = Some(request.id);
        let result = match request.body {
            RequestBody::ModelStatus { model_id } => self
                .model_status(&model_id)
                .await
                .map(ResponseBody::ModelStatus),
            RequestBody::DownloadModel { model_id } => self
                .download(request.id, &model_id)
                .await
                .map(ResponseBody::ModelStatus),
            RequestBody::Rank {
                model_id,
                resume,
                jobs,
            } => self
                .rank(&model_id, &resume, &jobs)
                .await
                .map(ResponseBody::Ranked),
        };
        post(
            id,
            result.unwrap_or_else(|message| ResponseBody::Error { message }),
        );
    }

    fn model(&self, model_id: &str) -> Result<&ModelEntry, String> {
        self.lock
            .model(model_id)
            .ok_or_else(|| format!("unknown model \"{model_id}\": it is not in models.lock.toml"))
    }

    async fn store(&self) -> Result<Rc<ModelStore>, String> {
        if let Some(store) = self.store.borrow().as_ref() {
            return Ok(store.clone());
        }
        let store = Rc::new(ModelStore::open().await.map_err(|e| e.to_string())?);
        *self.store.borrow_mut() = Some(store.clone());
        Ok(store)
    }

    async fn model_status(&self, model_id: &str) -> Result<ModelStatus, String> {
        let model = self.model(model_id)?;
        let store = self.store().await?;
        let mut stored_bytes = 0;
        for file in model.required_files() {
            if store
                .contains(model, file)
                .await
                .map_err(|e| e.to_string())?
            {
                stored_bytes += file.bytes;
            }
        }
        Ok(ModelStatus {
            model_id: model.id.clone(),
            total_bytes: model.required_bytes(),
            stored_bytes,
        })
    }

    async fn download(&self, id: RequestId, model_id: &str) -> Result<ModelStatus, String> {
        let model = self.model(model_id)?;
        let store = self.store().await?;
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let base_url = scope.location().href();
        let total_bytes = model.required_bytes();
        let mut done_bytes = 0;
        store
            .download(model, &base_url, SourcePolicy::MirrorOnly, |file| {
                done_bytes += file.bytes;
                let path = file.path.clone();
                post(
                    Some(id),
                    ResponseBody::DownloadProgress {
                        model_id: model.id.clone(),
                        path,
                        done_bytes,
                        total_bytes,
                    },
                );
            })
            .await
            .map_err(|e| e.to_string())?;
        self.model_status(model_id).await
    }

    async fn loaded_model(&self, model: &ModelEntry) -> Result<Rc<MiniLm>, String> {
        if let Some((loaded_id, loaded)) = self.loaded.borrow().as_ref()
            && *loaded_id == model.id
        {
            return Ok(loaded.clone());
        }
        if model.backend != Backend::CandleBert {
            return Err(format!(
                "{} needs the {:?} backend, which this build cannot run yet",
                model.id, model.backend
            ));
        }
        let store = self.store().await?;
        let files = store.load(model).await.map_err(|e| e.to_string())?;
        let bytes =
            minilm::ModelBytes::from_files(|path| files.get(path)).map_err(|e| e.to_string())?;
        let config = minilm::Config {
            max_tokens: model.max_tokens as usize,
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
        let matches = rank_resume(embedder.as_ref(), resume, jobs).map_err(|e| e.to_string())?;
        Ok(RankingReport {
            model_id: model.id.clone(),
            lock_hash: self.lock_hash.clone(),
            matches,
        })
    }
}
