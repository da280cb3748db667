//! The page's state: the handle on the worker and the signals its answers land in.
//!
//! [`AppState`] holds every part and routes each worker message to the part it concerns. It
//! provides each part as its own context, and a component takes only the parts it reads (a
//! [`Worker`] to ask, the [`Alert`] to report to, the [`Jobs`] it lists, ...), never the whole.

use std::collections::HashMap;

use candor_core::matching::ExplainedMatch;
use candor_core::preferences::Preferences;
use candor_core::tracking::StatusRecord;
use candor_worker::protocol::{
    Diagnostics, FileCheckReport, MatchReport, MatchStage, ModelDiagnostics, ModelStatus,
    RequestBody, RequestId, Response, ResponseBody, StoredJob,
};
use leptos::prelude::*;

use crate::jobs_panel::refresh_jobs;
use crate::profile_panel::load_profile;
use crate::worker_client::WorkerClient;

/// The answer handler of a request sent with [`Worker::request`].
type OnReply = Box<dyn FnOnce(ResponseBody)>;
type OnProgress = Box<dyn Fn(ResponseBody)>;

/// What the page says when the browser cleared the site's data while it was open.
const STORAGE_CLEARED: &str = "This browser cleared the data Candor keeps on this device (the \
     model, your imported jobs, profile and statuses), most likely to free disk space. Download \
     the model again to rank with it, and import your jobs again.";

/// The browser's words for a worker's crash, with what they mean where they are cryptic. A
/// failed allocation (a model too large for the tab's memory) comes from `worker.js` as "the
/// worker could not get N MB more memory"; any other trap of the wasm module (a Rust panic)
/// as `RuntimeError: unreachable`, which can still be memory running out outside the
/// allocator's view.
fn crash_in_words(reason: &str) -> String {
    let reason = reason.strip_prefix("Uncaught Error: ").unwrap_or(reason);
    match CrashKind::of(reason) {
        CrashKind::OutOfMemory => format!("it ran out of memory: {reason}"),
        CrashKind::Trap => {
            format!("an internal failure, as running out of memory causes: {reason}")
        }
        CrashKind::Other => reason.to_owned(),
    }
}

/// What stopped the worker, as far as its error message tells.
#[derive(Clone, Copy, PartialEq, Debug)]
enum CrashKind {
    /// The browser or the module said memory ran out.
    OutOfMemory,
    /// The wasm module trapped: a Rust panic or abort, which a failed allocation ends in.
    Trap,
    Other,
}

impl CrashKind {
    fn of(reason: &str) -> CrashKind {
        let lower = reason.to_lowercase();
        if lower.contains("memory") {
            CrashKind::OutOfMemory
        } else if lower.contains("unreachable") {
            CrashKind::Trap
        } else {
            CrashKind::Other
        }
    }
}

/// The page's one way to reach the worker.
#[derive(Clone, Copy)]
pub(crate) struct Worker {
    /// `None` when the worker could not be started.
    client: StoredValue<Option<WorkerClient>, LocalStorage>,
    /// Who waits for the answer to each request sent with [`Worker::request`].
    replies: StoredValue<HashMap<RequestId, OnReply>, LocalStorage>,
    /// Who follows the progress of each request sent with [`Worker::request_with_progress`].
    progress: StoredValue<HashMap<RequestId, OnProgress>, LocalStorage>,
    /// Requests with a lower id were sent before the browser last cleared the site's data.
    cleared_before: StoredValue<RequestId>,
}

impl Worker {
    /// Sends `body`; its answers land in the shared signals. `None` when there is no worker.
    pub(crate) fn send(self, body: RequestBody) -> Option<RequestId> {
        self.client
            .with_value(|client| client.as_ref().map(|client| client.send(body)))
    }

    /// Sends `body`; its answer (one message: these requests report no progress) goes to
    /// `on_reply` instead of the shared signals. `None` when there is no worker.
    pub(crate) fn request(
        self,
        body: RequestBody,
        on_reply: impl FnOnce(ResponseBody) + 'static,
    ) -> Option<RequestId> {
        let id = self.send(body)?;
        self.replies.update_value(|replies| {
            replies.insert(id, Box::new(on_reply));
        });
        Some(id)
    }

    /// [`Worker::request`] for a request that reports progress before its answer: each
    /// progress message goes to `on_progress`.
    pub(crate) fn request_with_progress(
        self,
        body: RequestBody,
        on_progress: impl Fn(ResponseBody) + 'static,
        on_reply: impl FnOnce(ResponseBody) + 'static,
    ) -> Option<RequestId> {
        let id = self.request(body, on_reply)?;
        self.progress.update_value(|progress| {
            progress.insert(id, Box::new(on_progress));
        });
        Some(id)
    }

    /// Hands a progress message of request `id` to whoever follows it, if anyone does.
    fn progressed(self, id: Option<RequestId>, body: ResponseBody) {
        let Some(id) = id else { return };
        self.progress.with_value(|progress| {
            if let Some(on_progress) = progress.get(&id) {
                on_progress(body);
            }
        });
    }

    /// The handler waiting for the answer to request `id`, if one does; it waits no longer
    /// (nor for the request's progress).
    fn take_reply(self, id: Option<RequestId>) -> Option<OnReply> {
        let id = id?;
        self.progress.update_value(|progress| {
            progress.remove(&id);
        });
        self.replies
            .try_update_value(|replies| replies.remove(&id))
            .flatten()
    }
}

/// How many answers a part of the page has shown. The part carries the count as
/// `data-generation`, so a test or benchmark waits for the answer to its own action (a count
/// above the one it read before acting), never for text an earlier action left in the page.
#[derive(Clone, Copy)]
pub(crate) struct Generation(RwSignal<u32>);

impl Generation {
    pub(crate) fn new() -> Generation {
        Generation(RwSignal::new(0))
    }

    pub(crate) fn advance(self) {
        self.0.update(|count| *count += 1);
    }

    /// The count as the attribute's text.
    pub(crate) fn attribute(self) -> String {
        self.0.get().to_string()
    }
}

/// What went wrong last, for the alert banner.
#[derive(Clone, Copy)]
pub(crate) struct Alert {
    pub(crate) message: RwSignal<Option<String>>,
    /// Advanced by every message shown, the same one again included.
    pub(crate) shown: Generation,
}

impl Alert {
    pub(crate) fn show(self, message: String) {
        self.message.set(Some(message));
        self.shown.advance();
    }

    pub(crate) fn clear(self) {
        self.message.set(None);
    }
}

/// The model the page offers (the lock's fallback embedding model).
#[derive(Clone, Copy)]
pub(crate) struct OfferedModel {
    /// Its stored state; `None` until the worker is ready.
    pub(crate) status: RwSignal<Option<ModelStatus>>,
}

/// The jobs stored in this browser.
#[derive(Clone, Copy)]
pub(crate) struct Jobs {
    /// `None` until the worker listed them.
    pub(crate) stored: RwSignal<Option<Vec<StoredJob>>>,
    /// Advanced by every listing the worker sent.
    pub(crate) listed: Generation,
}

impl Jobs {
    /// Shows the worker's listing of the stored jobs.
    pub(crate) fn show(self, stored: Vec<StoredJob>) {
        self.stored.set(Some(stored));
        self.listed.advance();
    }
}

/// Everything stored about the person, as the worker's `UserProfile` answer gives it.
#[derive(Clone, Copy)]
pub(crate) struct UserProfile {
    /// The person's profile and filters.
    pub(crate) preferences: RwSignal<Preferences>,
    /// What the person did with each match.
    pub(crate) statuses: RwSignal<Vec<StatusRecord>>,
    /// Counts the preference edits sent from any part of the page, so only the answer to the
    /// latest one is applied: an earlier answer holds an older profile
    /// (`profile_panel::save_preferences`).
    pub(crate) edits: StoredValue<u32>,
    /// The latest edit answered, and whether it was stored.
    pub(crate) answered: RwSignal<(u32, bool)>,
}

/// The job seeker's match: the request in flight, how far it is, and the ranked list.
#[derive(Clone, Copy)]
pub(crate) struct Matching {
    /// The match request in flight, if any.
    pub(crate) request: RwSignal<Option<RequestId>>,
    /// How far the match in flight is.
    pub(crate) progress: RwSignal<Option<MatchProgress>>,
    pub(crate) report: RwSignal<Option<MatchReport>>,
    /// The request whose report is shown, so a test or benchmark can wait for this ranking's
    /// list, not the one an earlier ranking left (`data-request` on the list).
    pub(crate) report_request: RwSignal<Option<RequestId>>,
    /// The matches of the report on its way, from its [`ResponseBody::MatchPart`]s, and the
    /// request they belong to. Not a signal: nothing shows them until the report is whole.
    parts: StoredValue<(Option<RequestId>, Vec<ExplainedMatch>)>,
    /// Why the models are left out of every ranking until the page is reloaded: a ranking
    /// with a stored model stopped the worker on a memory fault, and loading the model again
    /// would stop it again.
    pub(crate) models_left_out: RwSignal<Option<String>>,
}

impl Matching {
    fn is_running(self, id: Option<RequestId>) -> bool {
        id.is_some() && self.request.get_untracked() == id
    }

    /// Shows `report`, joined with the parts that came ahead of it (see
    /// [`ResponseBody::MatchPreview`]).
    fn show(self, id: Option<RequestId>, mut report: MatchReport) {
        let (parts_of, parts) = self
            .parts
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        if parts_of == id && !parts.is_empty() {
            // Parts that do not fill it leave the report as it came: its first cards, and the
            // count of all.
            report.join_parts(parts);
        }
        self.report.set(Some(report));
        self.report_request.set(id);
    }

    fn add_part(self, id: Option<RequestId>, matches: Vec<ExplainedMatch>) {
        self.parts.update_value(|(parts_of, parts)| {
            if *parts_of != id {
                *parts_of = id;
                parts.clear();
            }
            parts.extend(matches);
        });
    }

    fn finish(self) {
        self.request.set(None);
        self.progress.set(None);
    }
}

/// A running match's progress, from [`ResponseBody::MatchProgress`].
#[derive(Clone, Copy, PartialEq)]
pub(crate) struct MatchProgress {
    pub(crate) stage: MatchStage,
    pub(crate) done: u32,
    pub(crate) total: u32,
    pub(crate) cached: u32,
}

/// The models panel's state between worker messages.
#[derive(Clone, Copy)]
pub(crate) struct ModelsState {
    /// What runs on, or last happened to, each model, by model id.
    pub(crate) activity: RwSignal<HashMap<String, ModelActivity>>,
    /// The worker's last diagnostics; `None` until it answered.
    pub(crate) diagnostics: RwSignal<Option<Diagnostics>>,
    /// The newest diagnostics request. The worker answers requests concurrently, so an older
    /// answer can arrive after a newer one; such an answer is dropped.
    diagnostics_request: StoredValue<RequestId>,
    /// What the browser said to the last `navigator.storage.persist()`.
    pub(crate) persistence: RwSignal<Persistence>,
    /// Whether the person allowed the lock's upstream host when this site's copy fails.
    pub(crate) allow_upstream: RwSignal<bool>,
}

impl ModelsState {
    fn new() -> ModelsState {
        ModelsState {
            activity: RwSignal::new(HashMap::new()),
            diagnostics: RwSignal::new(None),
            diagnostics_request: StoredValue::new(0),
            persistence: RwSignal::new(Persistence::NotAsked),
            allow_upstream: RwSignal::new(false),
        }
    }

    pub(crate) fn update(self, model_id: &str, change: impl FnOnce(&mut ModelActivity)) {
        self.activity
            .update(|all| change(all.entry(model_id.to_owned()).or_default()));
    }

    /// Asks the worker what runs and what is stored; the answer lands in `diagnostics`.
    pub(crate) fn refresh_diagnostics(self, worker: Worker) {
        if let Some(id) = worker.send(RequestBody::Diagnostics) {
            self.diagnostics_request.set_value(id);
        }
    }

    /// The model whose running task is request `id`, and that task.
    fn task_of(self, id: Option<RequestId>) -> Option<(String, Task)> {
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
pub(crate) struct ModelActivity {
    pub(crate) task: Option<Task>,
    /// The running download's last progress report.
    pub(crate) progress: Option<DownloadProgress>,
    /// Why the last download failed, in the worker's words; cleared by the next attempt.
    pub(crate) download_error: Option<String>,
    /// Set when the person stopped the download: the bytes kept for the resume.
    pub(crate) cancelled: Option<u64>,
    /// The last re-check of the stored files.
    pub(crate) integrity: Option<IntegrityResult>,
}

impl ModelActivity {
    pub(crate) fn is_downloading(&self) -> bool {
        matches!(
            self.task,
            Some(Task::Preparing | Task::Downloading(_) | Task::Cancelling(_))
        )
    }
}

/// The request running on a model. One at a time: the buttons that start another are off.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Task {
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

/// A download's progress, from [`ResponseBody::DownloadProgress`].
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DownloadProgress {
    pub(crate) path: String,
    pub(crate) done_bytes: u64,
    pub(crate) total_bytes: u64,
    pub(crate) file_done_bytes: u64,
    pub(crate) file_total_bytes: u64,
    pub(crate) bytes_per_second: Option<f64>,
    pub(crate) eta_seconds: Option<f64>,
}

/// The answer to a re-check of a model's stored files.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct IntegrityResult {
    pub(crate) files: Vec<FileCheckReport>,
    pub(crate) elapsed_ms: f64,
    pub(crate) checked_bytes: u64,
}

/// The browser's answer to `navigator.storage.persist()`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Persistence {
    NotAsked,
    Granted,
    Refused,
    /// No storage manager, or no answer in time.
    NoAnswer,
}

impl Persistence {
    /// What the worker is told in the download's consent; `None` when the browser did not say.
    pub(crate) fn as_consent(self) -> Option<bool> {
        match self {
            Persistence::Granted => Some(true),
            Persistence::Refused => Some(false),
            Persistence::NotAsked | Persistence::NoAnswer => None,
        }
    }
}

/// A model's stored state as `ModelStatus` reports it, from its diagnostics.
pub(crate) fn status_from(model: &ModelDiagnostics) -> ModelStatus {
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

/// Every part of the page's state, and where each worker message goes.
#[derive(Clone, Copy)]
pub(crate) struct AppState {
    pub(crate) worker: Worker,
    pub(crate) alert: Alert,
    model: OfferedModel,
    pub(crate) jobs: Jobs,
    models: ModelsState,
    matching: Matching,
    pub(crate) profile: UserProfile,
}

impl AppState {
    /// Creates the state, starts the worker (or says in the alert why it could not) and
    /// provides each part as context to the components created after it.
    pub(crate) fn start() -> AppState {
        let state = AppState {
            worker: Worker {
                client: StoredValue::new_local(None),
                replies: StoredValue::new_local(HashMap::new()),
                progress: StoredValue::new_local(HashMap::new()),
                cleared_before: StoredValue::new(0),
            },
            alert: Alert {
                message: RwSignal::new(None),
                shown: Generation::new(),
            },
            model: OfferedModel {
                status: RwSignal::new(None),
            },
            jobs: Jobs {
                stored: RwSignal::new(None),
                listed: Generation::new(),
            },
            models: ModelsState::new(),
            matching: Matching {
                request: RwSignal::new(None),
                progress: RwSignal::new(None),
                report: RwSignal::new(None),
                report_request: RwSignal::new(None),
                parts: StoredValue::new((None, Vec::new())),
                models_left_out: RwSignal::new(None),
            },
            profile: UserProfile {
                preferences: RwSignal::new(Preferences::default()),
                statuses: RwSignal::new(Vec::new()),
                edits: StoredValue::new(0),
                answered: RwSignal::new((0, false)),
            },
        };
        match WorkerClient::spawn(
            move |response| state.receive(response),
            move |reason| state.on_worker_crash(reason),
        ) {
            Ok(client) => state.worker.client.set_value(Some(client)),
            Err(message) => state.alert.show(message),
        }
        provide_context(state.worker);
        provide_context(state.alert);
        provide_context(state.model);
        provide_context(state.jobs);
        provide_context(state.models);
        provide_context(state.matching);
        provide_context(state.profile);
        state
    }

    /// Routes a worker message: the answer to a [`Worker::request`] goes to its handler;
    /// everything else to the signals it concerns.
    fn receive(self, mut response: Response) {
        let id = response.id;
        if let ResponseBody::Error { message } = &mut response.body
            && id.is_some_and(|id| id < self.worker.cleared_before.get_value())
        {
            // A request the clearing interrupted: its error is the clearing, already told.
            STORAGE_CLEARED.clone_into(message);
        }
        if matches!(response.body, ResponseBody::JobIndexProgress { .. }) {
            self.worker.progressed(id, response.body);
            return;
        }
        if let Some(on_reply) = self.worker.take_reply(id) {
            return on_reply(response.body);
        }
        match response.body {
            ResponseBody::Ready { model, .. } => self.model.status.set(Some(model)),
            ResponseBody::StorageCleared => self.on_storage_cleared(),
            ResponseBody::ModelStatus(status) => self.on_model_status(id, status),
            body @ ResponseBody::DownloadProgress { .. } => self.on_download_progress(id, body),
            ResponseBody::DownloadCancelled {
                model_id,
                stored_bytes,
                ..
            } => self.on_download_cancelled(&model_id, stored_bytes),
            ResponseBody::IntegrityReport {
                model_id,
                files,
                elapsed_ms,
                checked_bytes,
            } => self.on_integrity_report(
                &model_id,
                IntegrityResult {
                    files,
                    elapsed_ms,
                    checked_bytes,
                },
            ),
            ResponseBody::Diagnostics(diagnostics) => self.on_diagnostics(id, diagnostics),
            ResponseBody::MatchProgress {
                stage,
                done,
                total,
                cached,
            } => {
                if self.matching.is_running(id) {
                    self.matching.progress.set(Some(MatchProgress {
                        stage,
                        done,
                        total,
                        cached,
                    }));
                }
            }
            ResponseBody::MatchPart { matches } => {
                if self.matching.is_running(id) {
                    self.matching.add_part(id, matches);
                }
            }
            // Shown while the model works; the final `Matched` replaces it.
            ResponseBody::MatchPreview(report) => {
                if self.matching.is_running(id) {
                    self.matching.show(id, report);
                }
            }
            ResponseBody::Matched(report) => {
                if self.matching.is_running(id) {
                    self.matching.finish();
                    self.matching.show(id, report);
                }
            }
            ResponseBody::MatchCancelled { .. } => {
                if self.matching.is_running(id) {
                    self.matching.finish();
                }
            }
            // The page needs no acknowledgement of a cancel; file imports and job lists are
            // answered through `request`.
            ResponseBody::CancelAcknowledged { .. }
            | ResponseBody::ResumeImported { .. }
            | ResponseBody::JobsImported { .. }
            | ResponseBody::JobIndexes { .. }
            | ResponseBody::Jobs { .. }
            | ResponseBody::UserProfile { .. }
            | ResponseBody::Candidates { .. }
            | ResponseBody::CandidatesRanked { .. }
            | ResponseBody::Posting { .. }
            | ResponseBody::SearchResults { .. }
            | ResponseBody::JobIndexProgress { .. }
            | ResponseBody::JobIndexCancelled => {}
            ResponseBody::Error { message } => {
                // A download's error is shown in the models panel, beside its Retry button.
                let Some(message) = self.on_download_error(id, message) else {
                    return;
                };
                if self.matching.is_running(id) {
                    self.matching.finish();
                }
                self.alert.show(message);
            }
        }
    }

    /// The worker stopped on an error nothing in it caught. Every request it had not answered
    /// is answered with an error that says so (each part of the page leaves its busy state),
    /// a fresh worker is started, and the lists are read again from what is stored. Nothing is
    /// retried: the request that met the fault would likely meet it again.
    fn on_worker_crash(self, reason: String) {
        let Some(crashed) = self.worker.client.get_value() else {
            return;
        };
        if !crashed.was_ready() {
            crashed.terminate();
            self.worker.client.set_value(None);
            self.alert
                .show(format!("The model worker could not start: {reason}"));
            return;
        }
        let message = format!(
            "The model worker stopped on an error ({}) and was started again. What it was \
             doing did not finish; everything stored before is kept. Please try again.",
            crash_in_words(&reason)
        );
        let restarted = crashed.restart();
        let waiting = self
            .worker
            .replies
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        // No progress comes for requests the crash ended.
        self.worker.progress.update_value(HashMap::clear);
        for on_reply in waiting.into_values() {
            on_reply(ResponseBody::Error {
                message: message.clone(),
            });
        }
        if self.matching.request.get_untracked().is_some() {
            if CrashKind::of(&reason) != CrashKind::Other && self.model_stored() {
                self.matching
                    .models_left_out
                    .set(Some(crash_in_words(&reason)));
            }
            self.matching.finish();
        }
        self.models.activity.update(|all| {
            for activity in all.values_mut() {
                if activity.is_downloading() {
                    activity.download_error = Some(message.clone());
                }
                activity.task = None;
                activity.progress = None;
            }
        });
        match restarted {
            Ok(client) => {
                self.worker.client.set_value(Some(client));
                // The new worker answers these once it is ready.
                self.models.refresh_diagnostics(self.worker);
                refresh_jobs(self.worker, self.jobs, self.alert, || {});
                self.alert.show(message);
            }
            Err(error) => {
                self.worker.client.set_value(None);
                self.alert.show(error);
            }
        }
    }

    /// Whether the offered model is stored whole, so a ranking would load it.
    fn model_stored(self) -> bool {
        self.model.status.with_untracked(|status| {
            status.as_ref().is_some_and(|status| {
                status.total_bytes > 0 && status.stored_bytes == status.total_bytes
            })
        })
    }

    /// The browser cleared this site's data while the page was open: say so, and read again
    /// what is stored (nothing), so the page offers the download and the import again.
    /// Requests in flight then fail on their closed connections; their errors are told as this.
    fn on_storage_cleared(self) {
        let sent_before = self
            .worker
            .client
            .with_value(|client| client.as_ref().map(WorkerClient::next_request_id));
        self.worker
            .cleared_before
            .set_value(sent_before.unwrap_or(0));
        self.alert.show(STORAGE_CLEARED.to_owned());
        let offered = self
            .model
            .status
            .with_untracked(|model| model.as_ref().map(|model| model.model_id.clone()));
        if let Some(model_id) = offered {
            self.worker.send(RequestBody::ModelStatus { model_id });
        }
        self.models.activity.update(|all| {
            for activity in all.values_mut() {
                activity.integrity = None;
            }
        });
        self.models.refresh_diagnostics(self.worker);
        refresh_jobs(self.worker, self.jobs, self.alert, || {});
        load_profile(self.worker, self.profile, self.alert);
    }

    /// A model's stored state: the final answer to a download or a delete, or the answer to a
    /// status request or a cancel.
    fn on_model_status(self, id: Option<RequestId>, status: ModelStatus) {
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
            .status
            .with_untracked(|model| model.as_ref().map(|model| model.model_id.clone()));
        if offered.as_ref() == Some(&status.model_id) {
            self.model.status.set(Some(status));
        }
        if finished.is_some() {
            self.models.refresh_diagnostics(self.worker);
        }
    }

    /// A `ResponseBody::DownloadProgress` of a download this page started.
    fn on_download_progress(self, id: Option<RequestId>, body: ResponseBody) {
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
            activity.progress = Some(DownloadProgress {
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
    fn on_download_error(self, id: Option<RequestId>, message: String) -> Option<String> {
        let Some((model_id, task)) = self.models.task_of(id) else {
            return Some(message);
        };
        let is_download = matches!(task, Task::Downloading(_) | Task::Cancelling(_));
        self.models.update(&model_id, |activity| {
            activity.task = None;
            activity.progress = None;
        });
        // Shards verified before the error are kept; the diagnostics and resume size say so.
        self.models.refresh_diagnostics(self.worker);
        if !is_download {
            return Some(message);
        }
        self.models.update(&model_id, |activity| {
            activity.download_error = Some(message);
        });
        None
    }

    /// The final answer to a download the person cancelled.
    fn on_download_cancelled(self, model_id: &str, stored_bytes: u64) {
        self.models.update(model_id, |activity| {
            activity.task = None;
            activity.progress = None;
            activity.cancelled = Some(stored_bytes);
        });
        self.models.refresh_diagnostics(self.worker);
    }

    /// The answer to a re-check of a model's stored files.
    fn on_integrity_report(self, model_id: &str, integrity: IntegrityResult) {
        self.models.update(model_id, |activity| {
            if matches!(activity.task, Some(Task::Verifying(_))) {
                activity.task = None;
            }
            activity.integrity = Some(integrity);
        });
        // A damaged file was removed: the stored sizes changed.
        self.models.refresh_diagnostics(self.worker);
    }

    fn on_diagnostics(self, id: Option<RequestId>, diagnostics: Diagnostics) {
        let newest = self.models.diagnostics_request.get_value();
        if id.is_some_and(|id| id < newest) {
            return;
        }
        self.sync_offered_model(&diagnostics);
        self.models.diagnostics.set(Some(diagnostics));
    }

    /// Keeps the offered model's status in step with the diagnostics, which are read after
    /// every change (a verify that removed a damaged file answers with no status of its own).
    fn sync_offered_model(self, diagnostics: &Diagnostics) {
        let fresh = self.model.status.with_untracked(|model| {
            let offered = model.as_ref()?;
            let listed = diagnostics
                .models
                .iter()
                .find(|listed| listed.model_id == offered.model_id)?;
            let fresh = status_from(listed);
            (fresh != *offered).then_some(fresh)
        });
        if let Some(fresh) = fresh {
            self.model.status.set(Some(fresh));
        }
    }
}
