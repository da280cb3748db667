//! The models panel: every model in the lock and what this browser stores of it, downloads the
//! person agrees to (the size is on the button), their progress, cancel and resume, re-checking
//! and deleting stored files, and the worker's diagnostics.
//!
//! Matching never needs a model (the keyword, skill, experience, location and salary signals run
//! without one); this panel is where a person chooses to add semantic matching. Its state lives
//! in [`ModelsState`], part of `AppState`, and is fed by the `on_*` hooks below, which
//! `AppState` calls for the download, model-status and control messages of the worker.

use std::collections::HashMap;

use candor_core::lockfile::ModelKind;
use candor_worker::protocol::{
    ControlBody, ControlResponse, Diagnostics, DownloadConsent, FileCheckReport, ModelDiagnostics,
    ModelStatus, PrivacyMode, RequestBody, RequestId, ResponseBody, RuntimeMode,
};
use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::app::AppState;

/// How long a download waits for `navigator.storage.persist()`. Chromium answers at once, but
/// Firefox asks the person, who may ignore the prompt; the download must not hang on that.
const PERSIST_WAIT_MS: i32 = 3_000;

/// A size as the panel words it: "91.3 MB", "1.19 GB" (SI units, as browsers show downloads).
fn size_text(bytes: u64) -> String {
    let bytes = bytes as f64;
    if bytes >= 1e9 {
        format!("{:.2} GB", bytes / 1e9)
    } else {
        format!("{:.1} MB", bytes / 1e6)
    }
}

/// "about 40 s left", "about 3 min left".
fn time_left_text(seconds: f64) -> String {
    match seconds.round() as u64 {
        0..=59 => format!("about {} s left", seconds.round().max(1.0)),
        n => format!("about {} min left", n.div_ceil(60)),
    }
}

/// The panel's state between worker messages. Copy: it is signals only.
#[derive(Clone, Copy)]
pub(crate) struct ModelsState {
    /// What runs on, or last happened to, each model, by model id.
    activity: RwSignal<HashMap<String, ModelActivity>>,
    /// The worker's last diagnostics; `None` until it answered.
    diagnostics: RwSignal<Option<Diagnostics>>,
    /// The newest diagnostics request. The worker answers requests concurrently, so an older
    /// answer can arrive after a newer one; such an answer is dropped.
    diagnostics_request: StoredValue<RequestId>,
    /// What the browser said to the last `navigator.storage.persist()`.
    persistence: RwSignal<Persistence>,
    /// Whether the person allowed the lock's upstream host when this site's copy fails.
    allow_upstream: RwSignal<bool>,
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

    fn update(&self, model_id: &str, change: impl FnOnce(&mut ModelActivity)) {
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
struct ModelActivity {
    task: Option<Task>,
    /// The running download's last progress report.
    progress: Option<Progress>,
    /// Why the last download failed, in the worker's words; cleared by the next attempt.
    download_error: Option<String>,
    /// Set when the person stopped the download: the bytes kept for the resume.
    cancelled: Option<u64>,
    /// The last re-check of the stored files.
    integrity: Option<IntegrityResult>,
}

impl ModelActivity {
    fn is_downloading(&self) -> bool {
        matches!(
            self.task,
            Some(Task::Preparing | Task::Downloading(_) | Task::Cancelling(_))
        )
    }
}

/// The request running on a model. One at a time: the buttons that start another are off.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Task {
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
struct Progress {
    path: String,
    done_bytes: u64,
    total_bytes: u64,
    file_done_bytes: u64,
    file_total_bytes: u64,
    bytes_per_second: Option<f64>,
    eta_seconds: Option<f64>,
}

/// The answer to a re-check of a model's stored files.
#[derive(Clone, Debug, PartialEq)]
struct IntegrityResult {
    files: Vec<FileCheckReport>,
    elapsed_ms: f64,
    checked_bytes: u64,
}

/// The browser's answer to `navigator.storage.persist()`.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Persistence {
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
fn status_from(model: &ModelDiagnostics) -> ModelStatus {
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
fn refresh_diagnostics(state: AppState) {
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

    /// A control answer: a cancelled download, an integrity report or diagnostics.
    pub(crate) fn on_control(&self, control: ControlResponse) {
        match control.body {
            ControlBody::DownloadCancelled {
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
            ControlBody::IntegrityReport {
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
            ControlBody::Diagnostics(diagnostics) => {
                let newest = self.models.diagnostics_request.get_value();
                if control.id.is_some_and(|id| id < newest) {
                    return;
                }
                self.sync_offered_model(&diagnostics);
                self.models.diagnostics.set(Some(diagnostics));
            }
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

fn not_enough_room(model_id: &str, needed: u64, room: u64) -> String {
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
fn start_download(state: AppState, model_id: String, accepted_bytes: u64) {
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

#[component]
pub(crate) fn ModelPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    refresh_diagnostics(state);
    let offered_id = Memo::new(move |_| {
        state
            .model
            .with(|model| model.as_ref().map(|model| model.model_id.clone()))
    });
    // The offered model comes first (it is known from the worker's first message, before the
    // diagnostics), then the rest of the lock in its order.
    let other_ids = move || {
        let offered = offered_id.get();
        state.models.diagnostics.with(|diagnostics| {
            diagnostics
                .iter()
                .flat_map(|diagnostics| &diagnostics.models)
                .map(|model| model.model_id.clone())
                .filter(|id| Some(id) != offered.as_ref())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section id="models-panel" aria-labelledby="model-heading">
            <h2 id="model-heading">"Models"</h2>
            <p class="note">
                "Matching works without any model: keyword, skill, experience, location and salary "
                "signals rank every job. A model adds semantic matching, so a resume and a posting "
                "that say the same thing in different words still match. Model files are checked "
                "against pinned SHA-256 hashes and kept only in this browser."
            </p>
            <OfferedModelStatus/>
            <ul class="model-list" aria-label="Models in the lock">
                {move || {
                    offered_id.get().map(|model_id| view! { <ModelCard model_id offered=true/> })
                }}
                <For each=other_ids key=|id| id.clone() let:model_id>
                    <ModelCard model_id offered=false/>
                </For>
            </ul>
            <DownloadOptions/>
            <DiagnosticsView/>
        </section>
    }
}

/// One line on the offered model (the lock's fallback), for everyone who never opens the list.
#[component]
fn OfferedModelStatus() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || {
        let Some(model) = state.model.get() else {
            return "Starting the model worker…".to_owned();
        };
        let id = &model.model_id;
        let size = size_text(model.total_bytes);
        let kept = model.stored_bytes + model.partial_bytes;
        let downloading = state.models.activity.with(|all| {
            all.get(id)
                .is_some_and(|activity| activity.is_downloading())
        });
        if downloading {
            format!("Downloading {id} ({size}). Matching works meanwhile, without the model.")
        } else if model.is_complete() {
            format!("{id} is stored in this browser and verified ({size}).")
        } else if kept > 0 {
            format!(
                "{id} is partly downloaded: {} of {size} stored. Resume to finish it; until then \
                 matching works without the model.",
                size_text(kept)
            )
        } else {
            format!(
                "{id} is not downloaded yet ({size}). It is fetched once from this site, checked \
                 against its pinned SHA-256 and kept in this browser."
            )
        }
    };
    view! { <p data-testid="model-status" aria-live="polite">{text}</p> }
}

/// What the lock says about a model, from the diagnostics.
#[derive(Clone, Debug, PartialEq)]
struct ModelFacts {
    kind: ModelKind,
    license: String,
    runnable: bool,
}

fn kind_text(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::Embedding => "embedding model",
        ModelKind::Reranker => "reranker",
    }
}

/// One model of the lock: what it is, what is stored, and its actions. `offered` marks the
/// model the page offers by default; its download button is `#download-model`.
#[component]
fn ModelCard(model_id: String, offered: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let model_id = StoredValue::new(model_id);
    let status = Memo::new(move |_| {
        if offered {
            return state.model.get();
        }
        state.models.diagnostics.with(|diagnostics| {
            let diagnostics = diagnostics.as_ref()?;
            model_id.with_value(|id| {
                diagnostics
                    .models
                    .iter()
                    .find(|model| model.model_id == *id)
                    .map(status_from)
            })
        })
    });
    let facts = Memo::new(move |_| {
        state.models.diagnostics.with(|diagnostics| {
            let diagnostics = diagnostics.as_ref()?;
            model_id.with_value(|id| {
                diagnostics
                    .models
                    .iter()
                    .find(|model| model.model_id == *id)
                    .map(|model| ModelFacts {
                        kind: model.kind,
                        license: model.license.clone(),
                        runnable: model.runnable,
                    })
            })
        })
    });
    let activity = Memo::new(move |_| {
        state
            .models
            .activity
            .with(|all| model_id.with_value(|id| all.get(id).cloned().unwrap_or_default()))
    });
    let meta = move || {
        let size = status.with(|status| status.as_ref().map(|s| size_text(s.total_bytes)));
        let mut parts: Vec<String> = size.into_iter().collect();
        if let Some(facts) = facts.get() {
            parts.insert(0, kind_text(facts.kind).to_owned());
            parts.push(format!("license {}", facts.license));
            parts.push(
                match facts.runnable {
                    true => "runs in this build",
                    false => "this build cannot run it",
                }
                .to_owned(),
            );
        }
        parts.join(" · ")
    };
    let stored_text = move || {
        let Some(status) = status.get() else {
            return String::new();
        };
        let kept = status.stored_bytes + status.partial_bytes;
        if status.is_complete() {
            "Stored in this browser and verified.".to_owned()
        } else if activity.with(ModelActivity::is_downloading) {
            "Downloading…".to_owned()
        } else if kept > 0 {
            format!(
                "{} of {} stored; a download resumes from there.",
                size_text(kept),
                size_text(status.total_bytes)
            )
        } else {
            "Not stored.".to_owned()
        }
    };
    let heading_id = model_id.with_value(|id| format!("model-{id}"));
    view! {
        <li class="model-card" data-model-id=model_id.get_value() aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{model_id.get_value()}</h3>
            <p class="note">{meta}</p>
            <p data-testid="model-stored">{stored_text}</p>
            <ModelActions model_id=model_id.get_value() offered status activity facts/>
            <DownloadProgressView model_id=model_id.get_value() activity/>
            <DownloadErrorView activity/>
            <IntegrityView activity/>
            <StorageWarning model_id=model_id.get_value() status/>
        </li>
    }
}

/// The download / resume / retry, cancel, verify and delete buttons of one model.
#[component]
fn ModelActions(
    model_id: String,
    offered: bool,
    status: Memo<Option<ModelStatus>>,
    activity: Memo<ModelActivity>,
    facts: Memo<Option<ModelFacts>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let model_id = StoredValue::new(model_id);
    let confirming_delete = RwSignal::new(false);
    // Bytes stored so far, verified or kept from a stopped download.
    let kept = move || {
        status.with(|status| {
            status
                .as_ref()
                .map_or(0, |status| status.stored_bytes + status.partial_bytes)
        })
    };
    let needed = move || {
        status.with(|status| {
            status.as_ref().map_or(0, |status| {
                status
                    .total_bytes
                    .saturating_sub(status.stored_bytes + status.partial_bytes)
            })
        })
    };
    let incomplete =
        move || status.with(|status| status.as_ref().is_some_and(|s| !s.is_complete()));
    let idle = move || activity.with(|activity| activity.task.is_none());
    let downloading = move || {
        activity.with(|activity| {
            matches!(
                activity.task,
                Some(Task::Downloading(_) | Task::Cancelling(_))
            )
        })
    };
    let runnable = move || facts.with(|facts| facts.as_ref().is_none_or(|facts| facts.runnable));
    let download_label = move || {
        let Some(status) = status.get() else {
            return String::new();
        };
        let failed = activity.with(|activity| activity.download_error.is_some());
        let id = model_id.get_value();
        match (kept(), failed) {
            (0, false) => format!("Download {id} ({})", size_text(status.total_bytes)),
            (0, true) => format!("Retry download of {id} ({})", size_text(status.total_bytes)),
            (kept, false) => format!(
                "Resume download ({} of {} stored)",
                size_text(kept),
                size_text(status.total_bytes)
            ),
            (kept, true) => format!(
                "Retry: resume download ({} of {} stored)",
                size_text(kept),
                size_text(status.total_bytes)
            ),
        }
    };
    let download = move |_| start_download(state, model_id.get_value(), needed());
    let cancel = move |_| {
        let Some(Task::Downloading(request)) = activity.with_untracked(|a| a.task) else {
            return;
        };
        state.models.update(&model_id.get_value(), |activity| {
            activity.task = Some(Task::Cancelling(request));
        });
        state.send(RequestBody::CancelDownload {
            model_id: model_id.get_value(),
        });
    };
    let verify = move |_| {
        let sent = state.send(RequestBody::VerifyModel {
            model_id: model_id.get_value(),
        });
        state.models.update(&model_id.get_value(), |activity| {
            activity.task = sent.map(Task::Verifying);
            activity.integrity = None;
        });
    };
    let can_delete = move || idle() && kept() > 0 && !confirming_delete.get();
    let can_verify =
        move || idle() && status.with(|s| s.as_ref().is_some_and(|s| s.stored_bytes > 0));
    let (download_id, download_class) = match offered {
        true => ("download-model".to_owned(), ""),
        // The offered model is the one most people want; the others are quieter.
        false => (format!("download-{}", model_id.get_value()), "secondary"),
    };
    let controls = NodeRef::<leptos::html::Div>::new();
    let had_focus = StoredValue::new(false);
    // These buttons come and go as a download starts, stops or ends. When the one that had
    // focus goes, focus moves to the first button left here instead of the top of the page.
    Effect::new(move |_| {
        activity.track();
        status.track();
        confirming_delete.track();
        if had_focus.get_value() {
            request_animation_frame(move || refocus_if_lost(controls));
        }
    });
    view! {
        <div
            class="model-controls"
            node_ref=controls
            on:focusin=move |_| had_focus.set_value(true)
            on:focusout=move |event| had_focus.set_value(focus_stays_in(&event))
        >
            <div class="actions">
                <Show when=move || incomplete() && !activity.with(ModelActivity::is_downloading)>
                    <button
                        id=download_id.clone()
                        class=download_class
                        on:click=download
                        disabled=move || !idle() || !runnable()
                    >
                        {download_label}
                    </button>
                </Show>
                <Show when=move || activity.with(ModelActivity::is_downloading)>
                    <button class="secondary" on:click=cancel disabled=move || !downloading()>
                        "Cancel download"
                    </button>
                </Show>
                <Show when=can_verify>
                    <button class="secondary" on:click=verify>"Verify stored files"</button>
                </Show>
                <Show when=can_delete>
                    <button class="secondary" on:click=move |_| confirming_delete.set(true)>
                        "Delete"
                    </button>
                </Show>
                <Show when=move || activity.with(|a| matches!(a.task, Some(Task::Verifying(_))))>
                    <span class="note" role="status">"Checking every stored byte…"</span>
                </Show>
                <Show when=move || activity.with(|a| matches!(a.task, Some(Task::Deleting(_))))>
                    <span class="note" role="status">"Deleting…"</span>
                </Show>
            </div>
            <Show when=move || confirming_delete.get() && idle()>
                <DeleteConfirm model_id=model_id.get_value() kept=kept() confirming=confirming_delete/>
            </Show>
        </div>
    }
}

/// False when `event` (a `focusout`) takes focus outside the element it fired on. A focused
/// button that is removed or disabled fires no `focusout` in Chromium, so the flag stays set
/// for [`refocus_if_lost`].
fn focus_stays_in(event: &web_sys::FocusEvent) -> bool {
    let Some(container) = event
        .current_target()
        .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
    else {
        return false;
    };
    event
        .related_target()
        .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|next| container.contains(Some(&next)))
}

/// Focuses the first enabled button in `controls` when nothing has focus (the focused button
/// was removed or disabled).
fn refocus_if_lost(controls: NodeRef<leptos::html::Div>) {
    let Some(controls) = controls.get_untracked() else {
        return;
    };
    let lost = document()
        .active_element()
        .is_none_or(|active| active.tag_name() == "BODY");
    if !lost {
        return;
    }
    if let Ok(Some(button)) = controls.query_selector("button:not([disabled])")
        && let Ok(button) = button.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = button.focus();
    }
}

/// The in-page confirmation of a delete (not `window.confirm`, which blocks the page and
/// cannot be styled or read by the page's own tests).
#[component]
fn DeleteConfirm(model_id: String, kept: u64, confirming: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let model_id = StoredValue::new(model_id);
    let confirm_button = NodeRef::<leptos::html::Button>::new();
    // Keyboard users land on the choice they just asked for.
    Effect::new(move |_| {
        if let Some(button) = confirm_button.get() {
            let _ = button.focus();
        }
    });
    let delete = move |_| {
        confirming.set(false);
        let sent = state.send(RequestBody::DeleteModel {
            model_id: model_id.get_value(),
        });
        state.models.update(&model_id.get_value(), |activity| {
            activity.task = sent.map(Task::Deleting);
        });
    };
    let question_id = model_id.with_value(|id| format!("delete-question-{id}"));
    view! {
        <div class="confirm" role="group" aria-labelledby=question_id.clone() data-testid="delete-confirm">
            <p id=question_id.clone()>
                {format!(
                    "Delete {} from this browser? Its {} of files and the job vectors computed \
                     with it are removed; matching keeps working without it.",
                    model_id.get_value(),
                    size_text(kept)
                )}
            </p>
            <div class="actions">
                <button node_ref=confirm_button class="danger" on:click=delete>
                    {format!("Delete {}", model_id.get_value())}
                </button>
                <button class="secondary" on:click=move |_| confirming.set(false)>
                    "Keep it"
                </button>
            </div>
        </div>
    }
}

/// The running download: a bar, bytes, the current file, rate and time left.
#[component]
fn DownloadProgressView(model_id: String, activity: Memo<ModelActivity>) -> impl IntoView {
    let label = format!("{model_id} download progress");
    let running = move || activity.with(ModelActivity::is_downloading);
    view! {
        <Show when=running>
            <div class="download-progress" data-testid="download-progress">
                {
                    let label = label.clone();
                    move || {
                        let progress = activity.with(|a| a.progress.clone());
                        let (done, total) = progress
                            .as_ref()
                            .map_or((0, 1), |p| (p.done_bytes, p.total_bytes.max(1)));
                        view! {
                            <progress
                                max=total.to_string()
                                value=done.to_string()
                                aria-label=label.clone()
                            ></progress>
                        }
                    }
                }
                <p aria-live="polite" data-testid="download-progress-text">
                    {move || activity.with(|a| progress_text(a.progress.as_ref(), a.task))}
                </p>
                <p class="note" data-testid="download-rate">
                    {move || activity.with(|a| a.progress.as_ref().map(rate_text))}
                </p>
            </div>
        </Show>
    }
}

fn progress_text(progress: Option<&Progress>, task: Option<Task>) -> String {
    if matches!(task, Some(Task::Cancelling(_))) {
        return "Stopping the download; what is verified so far is kept…".to_owned();
    }
    let Some(progress) = progress else {
        return "Starting the download…".to_owned();
    };
    let percent = progress.done_bytes as f64 * 100.0 / progress.total_bytes.max(1) as f64;
    format!(
        "{} of {} ({percent:.0}%) · {} ({} of {})",
        size_text(progress.done_bytes),
        size_text(progress.total_bytes),
        progress.path,
        size_text(progress.file_done_bytes),
        size_text(progress.file_total_bytes),
    )
}

fn rate_text(progress: &Progress) -> String {
    match (progress.bytes_per_second, progress.eta_seconds) {
        (Some(rate), Some(eta)) => {
            format!("{:.1} MB/s · {}", rate / 1e6, time_left_text(eta))
        }
        (Some(rate), None) => format!("{:.1} MB/s", rate / 1e6),
        _ => "Measuring the speed…".to_owned(),
    }
}

/// Why the last download stopped, in words; the download button reads "Retry" meanwhile.
#[component]
fn DownloadErrorView(activity: Memo<ModelActivity>) -> impl IntoView {
    let explained = move || {
        activity.with(|a| {
            a.download_error.as_ref().map(|message| {
                // The worker's message names the file and the source; the first sentence says
                // what it means for the person.
                let meaning = if message.contains("hash mismatch") {
                    "A downloaded file did not match its pinned SHA-256, so it was rejected and \
                     none of its bytes were kept."
                } else if message.starts_with("Not enough room") {
                    ""
                } else {
                    "The download stopped. Files verified before the error are kept."
                };
                (meaning, message.clone())
            })
        })
    };
    view! {
        {move || {
            explained()
                .map(|(meaning, message)| {
                    view! {
                        <div class="download-error" role="alert" data-testid="download-error">
                            <p>{meaning}</p>
                            <p class="detail">{message}</p>
                        </div>
                    }
                })
        }}
    }
}

/// The last re-check of a model's stored files.
#[component]
fn IntegrityView(activity: Memo<ModelActivity>) -> impl IntoView {
    view! {
        {move || {
            activity
                .with(|a| a.integrity.clone())
                .map(|result| {
                    let seconds = result.elapsed_ms / 1000.0;
                    let failed: Vec<FileCheckReport> = result
                        .files
                        .iter()
                        .filter(|file| !file.ok)
                        .cloned()
                        .collect();
                    let summary = if failed.is_empty() {
                        format!(
                            "Checked {} files ({}) in {seconds:.1} s: every stored byte matches \
                             its pinned SHA-256.",
                            result.files.len(),
                            size_text(result.checked_bytes)
                        )
                    } else {
                        format!(
                            "Checked in {seconds:.1} s: {} of {} files failed. Damaged files were \
                             removed; download the model again to replace them.",
                            failed.len(),
                            result.files.len()
                        )
                    };
                    let problems = failed
                        .into_iter()
                        .map(|file| {
                            let problem = file.problem.unwrap_or_default();
                            view! { <li>{format!("{}: {problem}", file.path)}</li> }
                        })
                        .collect_view();
                    view! {
                        <div class="integrity" role="status" data-testid="integrity-report">
                            <p>{summary}</p>
                            <ul>{problems}</ul>
                        </div>
                    }
                })
        }}
    }
}

/// Says so before a download that the browser's storage estimate has no room for.
#[component]
fn StorageWarning(model_id: String, status: Memo<Option<ModelStatus>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let warning = move || {
        let needed = status.with(|status| {
            status.as_ref().map(|status| {
                status
                    .total_bytes
                    .saturating_sub(status.stored_bytes + status.partial_bytes)
            })
        })?;
        let room = state.models.diagnostics.with(|diagnostics| {
            let storage = &diagnostics.as_ref()?.storage;
            Some(storage.quota_bytes?.saturating_sub(storage.usage_bytes?))
        })?;
        (needed > room).then(|| not_enough_room(&model_id, needed, room))
    };
    view! {
        {move || {
            warning().map(|text| view! { <p class="warning" data-testid="storage-warning">{text}</p> })
        }}
    }
}

/// Choices that apply to every download: the upstream fallback, and what the browser said
/// about keeping the files.
#[component]
fn DownloadOptions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let allow_upstream = state.models.allow_upstream;
    let persistence_text = move || match state.models.persistence.get() {
        Persistence::NotAsked => {
            "Persistent storage is requested from the browser when a download starts.".to_owned()
        }
        Persistence::Granted => "This browser granted persistent storage: it keeps the model \
                                 files even when disk space runs low."
            .to_owned(),
        Persistence::Refused => "This browser did not grant persistent storage: it may clear the \
                                 model files when disk space runs low, and they would be \
                                 downloaded again."
            .to_owned(),
        Persistence::NoAnswer => "This browser did not answer the request for persistent \
                                  storage; it may clear the model files when disk space runs low."
            .to_owned(),
    };
    view! {
        <div class="download-options">
            <label class="checkbox">
                <input
                    type="checkbox"
                    id="allow-upstream"
                    prop:checked=move || allow_upstream.get()
                    on:change=move |event| allow_upstream.set(event_target_checked(&event))
                />
                "Also allow the model's upstream host (huggingface.co) if this site's copy fails"
            </label>
            <p class="note">
                "Unticked, model files come from this site only and no third party is contacted. "
                "Either way your resume and jobs never leave this browser."
            </p>
            <p class="note" data-testid="persist-status" aria-live="polite">{persistence_text}</p>
        </div>
    }
}

fn mode_text(mode: RuntimeMode) -> &'static str {
    match mode {
        RuntimeMode::Qwen3Pair => "Qwen3 pair: the Qwen3 embedding model and reranker",
        RuntimeMode::MiniLm => "MiniLM: all-minilm-l6-v2 embeddings",
        RuntimeMode::Deterministic => {
            "Deterministic signals only: keyword, skill, experience, location and salary"
        }
    }
}

fn privacy_text(privacy: PrivacyMode) -> &'static str {
    match privacy {
        PrivacyMode::SameOriginOnly => "Same-origin only: model files come from this site",
        PrivacyMode::UpstreamAllowed => {
            "Upstream allowed: the model's upstream host may serve model files when this site's \
             copy fails"
        }
    }
}

fn optional_size(bytes: Option<u64>) -> String {
    bytes.map_or_else(|| "unknown".to_owned(), size_text)
}

/// What runs and what is stored, as the worker reports it.
#[component]
fn DiagnosticsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        state.models.diagnostics.get().map(|diagnostics| {
            let files = diagnostics
                .models
                .iter()
                .map(|model| {
                    let required: Vec<_> = model.files.iter().filter(|f| f.required).collect();
                    let verified = required.iter().filter(|f| f.verified).count();
                    let stored: u64 = required.iter().map(|f| f.stored_bytes).sum();
                    let total: u64 = required.iter().map(|f| f.bytes).sum();
                    let rejected: usize = model.files.iter().map(|f| f.rejected.len()).sum();
                    let rejected = match rejected {
                        0 => String::new(),
                        1 => "; 1 source rejected".to_owned(),
                        n => format!("; {n} sources rejected"),
                    };
                    view! {
                        <li data-model-id=model.model_id.clone()>
                            {format!(
                                "{}: {verified} of {} files verified ({} of {}){rejected}",
                                model.model_id,
                                required.len(),
                                size_text(stored),
                                size_text(total)
                            )}
                        </li>
                    }
                })
                .collect_view();
            let storage = &diagnostics.storage;
            let persisted = match storage.persisted {
                Some(true) => "persistent",
                Some(false) => "not persistent (the browser may clear it under pressure)",
                None => "persistence unknown",
            };
            let storage_text = format!(
                "{} used of {} allowed for this site; model files {}; {persisted}",
                optional_size(storage.usage_bytes),
                optional_size(storage.quota_bytes),
                size_text(storage.model_bytes)
            );
            let downloading = match diagnostics.downloading.is_empty() {
                true => "none".to_owned(),
                false => diagnostics.downloading.join(", "),
            };
            view! {
                <dl>
                    <dt>"Matching mode"</dt>
                    <dd data-testid="diagnostics-mode">{mode_text(diagnostics.mode)}</dd>
                    <dt>"Lock hash"</dt>
                    <dd><code data-testid="diagnostics-lock-hash">{diagnostics.lock_hash.clone()}</code></dd>
                    <dt>"Model files"</dt>
                    <dd><ul data-testid="diagnostics-files">{files}</ul></dd>
                    <dt>"Browser storage"</dt>
                    <dd data-testid="diagnostics-storage">{storage_text}</dd>
                    <dt>"Cached job vectors"</dt>
                    <dd data-testid="diagnostics-vectors">
                        {format!("{} valid, {} stale", diagnostics.vectors.valid, diagnostics.vectors.stale)}
                    </dd>
                    <dt>"Privacy"</dt>
                    <dd data-testid="diagnostics-privacy">{privacy_text(diagnostics.privacy)}</dd>
                    <dt>"IndexedDB schema"</dt>
                    <dd data-testid="diagnostics-schema">{format!("version {}", diagnostics.schema_version)}</dd>
                    <dt>"Downloading now"</dt>
                    <dd>{downloading}</dd>
                </dl>
            }
        })
    };
    view! {
        <details class="diagnostics" data-testid="diagnostics">
            <summary>"Diagnostics"</summary>
            {rows}
            <button class="secondary" on:click=move |_| refresh_diagnostics(state)>
                "Refresh diagnostics"
            </button>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_times_read_as_a_person_expects() {
        assert_eq!(size_text(91_335_235), "91.3 MB");
        assert_eq!(size_text(1_191_586_416), "1.19 GB");
        assert_eq!(time_left_text(0.2), "about 1 s left");
        assert_eq!(time_left_text(42.4), "about 42 s left");
        assert_eq!(time_left_text(61.0), "about 2 min left");
    }
}
