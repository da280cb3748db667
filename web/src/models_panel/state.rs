//! The models panel's state: what runs on each model, the last diagnostics, the browser's
//! answers about storage, and the hooks through which `AppState` hands it the worker's
//! download, model-status, integrity and diagnostics answers.

use std::collections::HashMap;

use candor_worker::protocol::{
    Diagnostics, DownloadConsent, FileCheckReport, ModelDiagnostics, ModelStatus, RequestBody,
    RequestId, ResponseBody,
};
use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::size_text;
use crate::app::AppState;

/// How long a download waits for `navigator.storage.persist()`. Chromium answers at once, but
/// Firefox asks the person, who may ignore the prompt; the download must not hang on that.
const PERSIST_WAIT_MS: i32 = 3_000;

/// The panel's state between worker messages. Copy: it is signals only.
#[derive(Clone, Copy)]
pub(crate) struct ModelsState {
    /// What runs on, or last happened to, each model, by model id.
    pub(super) activity: RwSignal<HashMap<String, ModelActivity>>,
    /// The worker's last diagnostics; `None` until it answered.
    pub(super) diagnostics: RwSignal<Option<Diagnostics>>,
    /// The newest diagnostics request. The worker answers requests concurrently, so an older
    /// answer can arrive after a newer one; such an answer is dropped.
    diagnostics_request: StoredValue<RequestId>,
    /// What the browser said to the last `navigator.storage.persist()`.
    pub(super) persistence: RwSignal<Persistence>,
    /// Whether the person allowed the lock's upstream host when this site's copy fails.
    pub(super) allow_upstream: RwSignal<bool>,
}

impl ModelsState {
    pub(crate) fn new() -> ModelsState {
        ModelsState {
            activity: RwSignal::new(HashMap::new()),
            diagnostics: RwSignal::new(None),
            diagnostics_request: StoredValue::new(0),
            persistence: RwSignal::new(Persistence::NotAsked),
            allow_upstream: RwSignal::new(false),
        }
    }

    pub(super) fn update(&self, model_id: &str, change: impl FnOnce(&mut ModelActivity)) {
        self.activity
            .update(|all| change(all.entry(model_id.to_owned()).or_default()));
    }

    /// The model whose running task is request `id`, and that task.
    fn task_of(&self, id: Option<RequestId>) -> Option<(String, Task)> {
        let id = id?;
        self.activity.with_untracked(|all| {
            all.iter().find_map(|(model_id, activity)| {
                let task = activity.task?;
                (task.request() == Some(id)).then(|| (model_id.clone(), task))
            })
        })
    }
}

/// What runs on, or last happened to, one model.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct ModelActivity {
    pub(super) task: Option<Task>,
    /// The running download's last progress report.
    pub(super) progress: Option<Progress>,
    /// Why the last download failed, in the worker's words; cleared by the next attempt.
    pub(super) download_error: Option<String>,
    /// Set when the person stopped the download: the bytes kept for the resume.
    pub(super) cancelled: Option<u64>,
    /// The last re-check of the stored files.
    pub(super) integrity: Option<IntegrityResult>,
}

impl ModelActivity {
    pub(super) fn is_downloading(&self) -> bool {
        matches!(
            self.task,
            Some(Task::Preparing | Task::Downloading(_) | Task::Cancelling(_))
        )
    }
}

/// The request running on a model. One at a time: the buttons that start another are off.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Task {
    /// Asking the browser for persistent storage and room; the download request follows.
    Preparing,
    Downloading(RequestId),
    /// The person pressed Cancel; the download's final answer has not come yet.
    Cancelling(RequestId),
    Verifying(RequestId),
    Deleting(RequestId),
}

impl Task {
    fn request(self) -> Option<RequestId> {
        match self {
            Task::Preparing => None,
            Task::Downloading(id)
            | Task::Cancelling(id)
            | Task::Verifying(id)
            | Task::Deleting(id) => Some(id),
        }
    }
}

/// A download's progress, from `ResponseBody::DownloadProgress`.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Progress {
    pub(super) path: String,
    pub(super) done_bytes: u64,
    pub(super) total_bytes: u64,
    pub(super) file_done_bytes: u64,
    pub(super) file_total_bytes: u64,
    pub(super) bytes_per_second: Option<f64>,
    pub(super) eta_seconds: Option<f64>,
}

/// The answer to a re-check of a model's stored files.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct IntegrityResult {
    pub(super) files: Vec<FileCheckReport>,
    pub(super) elapsed_ms: f64,
    pub(super) checked_bytes: u64,
}

/// The browser's answer to `navigator.storage.persist()`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Persistence {
    NotAsked,
    Granted,
    Refused,
    /// No storage manager, or no answer within [`PERSIST_WAIT_MS`].
    NoAnswer,
}

impl Persistence {
    fn as_consent(self) -> Option<bool> {
        match self {
            Persistence::Granted => Some(true),
            Persistence::Refused => Some(false),
            Persistence::NotAsked | Persistence::NoAnswer => None,
        }
    }
}

/// A model's stored state as `ModelStatus` reports it, from its diagnostics.
pub(super) fn status_from(model: &ModelDiagnostics) -> ModelStatus {
    let required = model.files.iter().filter(|file| file.required);
    let (mut total_bytes, mut stored_bytes, mut partial_bytes) = (0, 0, 0);
    for file in required {
        total_bytes += file.bytes;
        match file.verified {
            true => stored_bytes += file.bytes,
            false => partial_bytes += file.stored_bytes,
        }
    }
    ModelStatus {
        model_id: model.model_id.clone(),
        total_bytes,
        stored_bytes,
        partial_bytes,
        files: model.files.clone(),
    }
}

/// Asks the worker what runs and what is stored; the answer lands in `ModelsState`.
pub(super) fn refresh_diagnostics(state: AppState) {
    if let Some(id) = state.send(RequestBody::Diagnostics) {
        state.models.diagnostics_request.set_value(id);
    }
}

// The hooks `AppState` calls for the messages this panel owns.
impl AppState {
    /// A model's stored state: the final answer to a download or a delete, or the answer to a
    /// status request or a cancel.
    pub(crate) fn on_model_status(&self, id: Option<RequestId>, status: ModelStatus) {
        let finished = self
            .models
            .task_of(id)
            .filter(|(model_id, _)| *model_id == status.model_id);
        if let Some((model_id, task)) = &finished {
            self.models.update(model_id, |activity| {
                activity.task = None;
                activity.progress = None;
                activity.download_error = None;
                activity.cancelled = None;
                // A deleted model's last check describes files that are gone.
                if matches!(task, Task::Deleting(_)) {
                    activity.integrity = None;
                }
            });
        }
        let offered = self
            .model
            .with_untracked(|model| model.as_ref().map(|model| model.model_id.clone()));
        if offered.as_ref() == Some(&status.model_id) {
            self.model.set(Some(status));
        }
        if finished.is_some() {
            refresh_diagnostics(*self);
        }
    }

    /// A `ResponseBody::DownloadProgress` of a download this page started.
    pub(crate) fn on_download_progress(&self, id: Option<RequestId>, body: ResponseBody) {
        let ResponseBody::DownloadProgress {
            model_id,
            path,
            done_bytes,
            total_bytes,
            file_done_bytes,
            file_total_bytes,
            bytes_per_second,
            eta_seconds,
        } = body
        else {
            return;
        };
        let Some((running_model, _)) = self.models.task_of(id) else {
            return;
        };
        if running_model != model_id {
            return;
        }
        self.models.update(&model_id, |activity| {
            activity.progress = Some(Progress {
                path,
                done_bytes,
                total_bytes,
                file_done_bytes,
                file_total_bytes,
                bytes_per_second,
                eta_seconds,
            });
        });
    }

    /// An error answer. A download's error is kept beside its Retry button and `None` is
    /// returned; any other error is returned for the page's alert banner.
    pub(crate) fn on_download_error(
        &self,
        id: Option<RequestId>,
        message: String,
    ) -> Option<String> {
        let Some((model_id, task)) = self.models.task_of(id) else {
            return Some(message);
        };
        let is_download = matches!(task, Task::Downloading(_) | Task::Cancelling(_));
        self.models.update(&model_id, |activity| {
            activity.task = None;
            activity.progress = None;
        });
        // Shards verified before the error are kept; the diagnostics and resume size say so.
        refresh_diagnostics(*self);
        if !is_download {
            return Some(message);
        }
        self.models.update(&model_id, |activity| {
            activity.download_error = Some(message);
        });
        None
    }

    /// A cancelled download, an integrity report or diagnostics.
    pub(crate) fn on_models_answer(&self, id: Option<RequestId>, body: ResponseBody) {
        match body {
            ResponseBody::DownloadCancelled {
                model_id,
                stored_bytes,
                ..
            } => {
                self.models.update(&model_id, |activity| {
                    activity.task = None;
                    activity.progress = None;
                    activity.cancelled = Some(stored_bytes);
                });
                refresh_diagnostics(*self);
            }
            ResponseBody::IntegrityReport {
                model_id,
                files,
                elapsed_ms,
                checked_bytes,
            } => {
                self.models.update(&model_id, |activity| {
                    if matches!(activity.task, Some(Task::Verifying(_))) {
                        activity.task = None;
                    }
                    activity.integrity = Some(IntegrityResult {
                        files,
                        elapsed_ms,
                        checked_bytes,
                    });
                });
                // A damaged file was removed: the stored sizes changed.
                refresh_diagnostics(*self);
            }
            ResponseBody::Diagnostics(diagnostics) => {
                let newest = self.models.diagnostics_request.get_value();
                if id.is_some_and(|id| id < newest) {
                    return;
                }
                self.sync_offered_model(&diagnostics);
                self.models.diagnostics.set(Some(diagnostics));
            }
            _ => {}
        }
    }

    /// Keeps the offered model's status in step with the diagnostics, which are read after
    /// every change (a verify that removed a damaged file answers with no status of its own).
    fn sync_offered_model(&self, diagnostics: &Diagnostics) {
        let fresh = self.model.with_untracked(|model| {
            let offered = model.as_ref()?;
            let listed = diagnostics
                .models
                .iter()
                .find(|listed| listed.model_id == offered.model_id)?;
            let fresh = status_from(listed);
            (fresh != *offered).then_some(fresh)
        });
        if let Some(fresh) = fresh {
            self.model.set(Some(fresh));
        }
    }
}

/// Asks the browser to keep this site's storage under pressure (only a page may ask).
async fn ask_persistent_storage() -> Persistence {
    let Some(window) = web_sys::window() else {
        return Persistence::NoAnswer;
    };
    let Ok(persist) = window.navigator().storage().persist() else {
        return Persistence::NoAnswer;
    };
    // Resolves with `undefined` when the browser has not answered in time.
    let deadline = Promise::new(&mut |resolve: Function, _reject: Function| {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, PERSIST_WAIT_MS);
    });
    let first = Promise::race(&Array::of2(&persist, &deadline));
    let answer: Result<JsValue, JsValue> = JsFuture::from(first).await;
    match answer.ok().and_then(|answer| answer.as_bool()) {
        Some(true) => Persistence::Granted,
        Some(false) => Persistence::Refused,
        None => Persistence::NoAnswer,
    }
}

/// Bytes this site may still store, by the browser's estimate; `None` when it gives none.
async fn storage_room() -> Option<u64> {
    let estimate = web_sys::window()?.navigator().storage().estimate().ok()?;
    let estimate: JsValue = JsFuture::from(estimate).await.ok()?;
    let field = |name: &str| Reflect::get(&estimate, &name.into()).ok()?.as_f64();
    let (usage, quota) = (field("usage")?, field("quota")?);
    Some((quota - usage).max(0.0) as u64)
}

pub(super) fn not_enough_room(model_id: &str, needed: u64, room: u64) -> String {
    format!(
        "Not enough room: {model_id} needs {} more, but this browser lets this site store only \
         {} more. Free some disk space or delete another model, then retry.",
        size_text(needed),
        size_text(room)
    )
}

/// Starts (or resumes) the download of `model_id`, agreeing to `accepted_bytes`, the size the
/// person saw on the button. Asks for persistent storage first and checks the room the browser
/// gives (the worker checks again, but the page can word the refusal in megabytes).
pub(super) fn start_download(state: AppState, model_id: String, accepted_bytes: u64) {
    state.error.set(None);
    state.models.update(&model_id, |activity| {
        activity.task = Some(Task::Preparing);
        activity.progress = None;
        activity.download_error = None;
        activity.cancelled = None;
    });
    spawn_local(async move {
        let persistence = ask_persistent_storage().await;
        state.models.persistence.set(persistence);
        if let Some(room) = storage_room().await
            && room < accepted_bytes
        {
            state.models.update(&model_id, |activity| {
                activity.task = None;
                activity.download_error = Some(not_enough_room(&model_id, accepted_bytes, room));
            });
            return;
        }
        let consent = DownloadConsent {
            accepted_bytes,
            allow_upstream: state.models.allow_upstream.get_untracked(),
            persisted: persistence.as_consent(),
        };
        let body = RequestBody::StartDownload {
            model_id: model_id.clone(),
            consent,
        };
        let sent = state.send(body);
        state.models.update(&model_id, |activity| {
            activity.task = sent.map(Task::Downloading);
            if sent.is_none() {
                activity.download_error =
                    Some("the model worker is not running; reload the page and retry".to_owned());
            }
        });
    });
}
