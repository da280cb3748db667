//! The page: a model panel, the stored jobs, a resume form and the ranked list. Each section
//! is a component reading the shared [`AppState`] from context; they reach the worker through
//! [`AppState::send`] (answers land in the shared signals) or [`AppState::request`] (the
//! answer goes to the asking component).

use std::collections::HashMap;

use candor_core::domain::JobPosting;
use candor_core::preferences::Preferences;
use candor_core::samples::sample_jobs;
use candor_core::tracking::StatusRecord;
use candor_worker::protocol::{
    MatchReport, MatchStage, ModelStatus, RequestBody, RequestId, Response, ResponseBody, StoredJob,
};
use leptos::prelude::*;

use crate::files::allow_file_drop;
use crate::jobs_panel::{JobsPanel, refresh_jobs};
use crate::matches::MatchList;
use crate::models_panel::{ModelPanel, ModelsState};
use crate::profile_panel::{ProfilePanel, load_profile};
use crate::recruiter_panel::RecruiterPanel;
use crate::resume_import::{DetectedSummary, ResumeFileInput, ResumeImport};
use crate::worker_client::WorkerClient;

/// The answer handler of a request sent with [`AppState::request`].
type OnReply = Box<dyn FnOnce(ResponseBody)>;

/// Signals shared by the sections, plus the one way to reach the worker.
#[derive(Clone, Copy)]
pub(crate) struct AppState {
    client: StoredValue<Option<WorkerClient>, LocalStorage>,
    /// Who waits for the answer to each request sent with [`AppState::request`].
    replies: StoredValue<HashMap<RequestId, OnReply>, LocalStorage>,
    /// The offered model's stored state; `None` until the worker is ready.
    pub(crate) model: RwSignal<Option<ModelStatus>>,
    /// The jobs stored in this browser; `None` until the worker listed them.
    pub(crate) jobs: RwSignal<Option<Vec<StoredJob>>>,
    /// Downloads, checks and diagnostics of the models panel.
    pub(crate) models: ModelsState,
    /// The match request in flight, if any.
    matching: RwSignal<Option<RequestId>>,
    /// How far the match in flight is.
    progress: RwSignal<Option<MatchProgress>>,
    pub(crate) report: RwSignal<Option<MatchReport>>,
    /// The person's profile and filters, as stored.
    pub(crate) preferences: RwSignal<Preferences>,
    /// What the person did with each match, as stored.
    pub(crate) statuses: RwSignal<Vec<StatusRecord>>,
    /// What went wrong last, for the alert banner.
    pub(crate) error: RwSignal<Option<String>>,
}

impl AppState {
    pub(crate) fn send(&self, body: RequestBody) -> Option<RequestId> {
        self.client
            .with_value(|client| client.as_ref().map(|client| client.send(body)))
    }

    /// Sends `body`; its answer (one message: these requests report no progress) goes to
    /// `on_reply` instead of the shared signals. `None` when there is no worker.
    pub(crate) fn request(
        &self,
        body: RequestBody,
        on_reply: impl FnOnce(ResponseBody) + 'static,
    ) -> Option<RequestId> {
        let id = self.send(body)?;
        self.replies.update_value(|replies| {
            replies.insert(id, Box::new(on_reply));
        });
        Some(id)
    }

    fn apply(&self, response: Response) {
        let id = response.id;
        let on_reply = id.and_then(|id| {
            self.replies
                .try_update_value(|replies| replies.remove(&id))
                .flatten()
        });
        if let Some(on_reply) = on_reply {
            return on_reply(response.body);
        }
        match response.body {
            ResponseBody::Ready { model, .. } => self.model.set(Some(model)),
            ResponseBody::ModelStatus(status) => self.on_model_status(id, status),
            body @ ResponseBody::DownloadProgress { .. } => self.on_download_progress(id, body),
            body @ (ResponseBody::DownloadCancelled { .. }
            | ResponseBody::IntegrityReport { .. }
            | ResponseBody::Diagnostics(_)) => self.on_models_answer(id, body),
            ResponseBody::MatchProgress {
                stage,
                done,
                total,
                cached,
            } => {
                if self.is_matching(id) {
                    self.progress.set(Some(MatchProgress {
                        stage,
                        done,
                        total,
                        cached,
                    }));
                }
            }
            // Shown while the model works; the final `Matched` replaces it.
            ResponseBody::MatchPreview(report) => {
                if self.is_matching(id) {
                    self.report.set(Some(report));
                }
            }
            ResponseBody::Matched(report) => {
                if self.is_matching(id) {
                    self.finish_matching();
                    self.report.set(Some(report));
                }
            }
            ResponseBody::MatchCancelled { .. } => {
                if self.is_matching(id) {
                    self.finish_matching();
                }
            }
            // The page needs no acknowledgement of a cancel; file imports and job lists are
            // answered through `request`.
            ResponseBody::CancelAcknowledged { .. }
            | ResponseBody::ResumeImported { .. }
            | ResponseBody::JobsImported { .. }
            | ResponseBody::Jobs { .. }
            | ResponseBody::UserProfile { .. }
            | ResponseBody::Candidates { .. }
            | ResponseBody::CandidatesRanked { .. } => {}
            ResponseBody::Error { message } => {
                // A download's error is shown in the models panel, beside its Retry button.
                let Some(message) = self.on_download_error(id, message) else {
                    return;
                };
                if self.is_matching(id) {
                    self.finish_matching();
                }
                self.error.set(Some(message));
            }
        }
    }

    fn is_matching(&self, id: Option<RequestId>) -> bool {
        id.is_some() && self.matching.get_untracked() == id
    }

    fn finish_matching(&self) {
        self.matching.set(None);
        self.progress.set(None);
    }
}

/// A running match's progress, from [`ResponseBody::MatchProgress`].
#[derive(Clone, Copy, PartialEq)]
struct MatchProgress {
    stage: MatchStage,
    done: u32,
    total: u32,
    cached: u32,
}

impl MatchProgress {
    fn describe(self) -> String {
        match self.stage {
            MatchStage::Embedding => format!(
                "Reading job postings with the model: {} of {} ({} remembered from earlier)",
                self.done, self.total, self.cached
            ),
            MatchStage::Reranking => format!(
                "Re-reading the best postings closely: {} of {}",
                self.done, self.total
            ),
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState {
        client: StoredValue::new_local(None),
        replies: StoredValue::new_local(HashMap::new()),
        model: RwSignal::new(None),
        jobs: RwSignal::new(None),
        models: ModelsState::new(),
        matching: RwSignal::new(None),
        progress: RwSignal::new(None),
        report: RwSignal::new(None),
        preferences: RwSignal::new(Preferences::default()),
        statuses: RwSignal::new(Vec::new()),
        error: RwSignal::new(None),
    };
    match WorkerClient::spawn(move |response| state.apply(response)) {
        Ok(client) => state.client.set_value(Some(client)),
        Err(message) => state.error.set(Some(message)),
    }
    provide_context(state);
    refresh_jobs(state);
    load_profile(state);
    let recruiting = RwSignal::new(false);

    view! {
        <header>
            <h1>"Candor"</h1>
            <p class="tagline">"Private resume and job matching. Your resume never leaves this page."</p>
        </header>
        <main>
            <ErrorBanner/>
            <ModeSwitch recruiting/>
            <ModelPanel/>
            <JobsPanel/>
            <Show
                when=move || recruiting.get()
                fallback=|| view! { <ProfilePanel/> <ResumeForm/> <MatchList/> }
            >
                <RecruiterPanel/>
            </Show>
        </main>
    }
}

/// Job seeker (rank jobs for my resume) or recruiter (rank candidates for a job).
#[component]
fn ModeSwitch(recruiting: RwSignal<bool>) -> impl IntoView {
    let choice = move |value: bool, id: &'static str, label: &'static str| {
        view! {
            <button
                id=id
                class="mode"
                aria-pressed=move || (recruiting.get() == value).to_string()
                on:click=move |_| recruiting.set(value)
            >
                {label}
            </button>
        }
    };
    view! {
        <nav class="mode-switch" aria-label="What you are doing">
            {choice(false, "mode-seeker", "Find jobs for my resume")}
            {choice(true, "mode-recruiter", "Rank candidates for a job")}
        </nav>
    }
}

#[component]
fn ErrorBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.error.with(Option::is_some)>
            <p class="error" role="alert" data-testid="error">
                {move || state.error.get().unwrap_or_default()}
                " "
                <button on:click=move |_| state.error.set(None)>"Dismiss"</button>
            </p>
        </Show>
    }
}

/// The jobs Rank ranks: the stored ones that have not expired, or the bundled samples when
/// none are stored. Expired postings stay listed (marked) but are not ranked.
pub(crate) fn jobs_to_rank(stored: &Option<Vec<StoredJob>>) -> Vec<JobPosting> {
    match stored {
        Some(stored) if !stored.is_empty() => stored
            .iter()
            .filter(|job| !job.expired)
            .map(|job| job.job.clone())
            .collect(),
        _ => sample_jobs(),
    }
}

#[component]
fn ResumeForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let resume = RwSignal::new(String::new());
    let import = ResumeImport::new(state, resume);
    let n_stored = move || state.jobs.with(|jobs| jobs.as_ref().map_or(0, Vec::len));
    let n_expired = move || {
        state.jobs.with(|jobs| {
            jobs.as_ref()
                .map_or(0, |jobs| jobs.iter().filter(|job| job.expired).count())
        })
    };
    // Matching needs no model (the keyword and skill signals run without one), only the worker.
    let can_rank =
        move || !resume.with(|text| text.trim().is_empty()) && state.model.with(Option::is_some);
    // While a match runs the button is only marked unavailable (`aria-disabled`): a disabled
    // button would drop the keyboard focus of the person who just pressed it.
    let running = move || state.matching.with(Option::is_some);
    let rank = move |_| {
        if running() {
            return;
        }
        state.error.set(None);
        let body = RequestBody::Match {
            resume: resume.get_untracked(),
            jobs: state.jobs.with_untracked(jobs_to_rank),
            rerank_top_k: None,
            preferences: state.preferences.get_untracked(),
        };
        state.matching.set(state.send(body));
    };
    let cancel = move |_| {
        if let Some(request_id) = state.matching.get_untracked() {
            state.send(RequestBody::CancelMatch { request_id });
        }
    };
    let rank_label = move || {
        let current = n_stored() - n_expired();
        let left_out = match n_expired() {
            0 => String::new(),
            n => format!(" ({n} expired left out)"),
        };
        match (state.matching.with(Option::is_some), n_stored(), current) {
            (true, _, _) => "Ranking…".to_owned(),
            (false, 0, _) => "Rank sample jobs".to_owned(),
            (false, _, 1) => format!("Rank 1 current job{left_out}"),
            (false, _, n) => format!("Rank {n} current jobs{left_out}"),
        }
    };
    view! {
        <section aria-labelledby="resume-heading">
            <h2 id="resume-heading">"Resume"</h2>
            <ResumeFileInput import/>
            <div
                class="drop-zone"
                on:dragover=allow_file_drop
                on:drop=move |event| import.drop(event)
            >
                <label for="resume">"Paste your resume, or drop a file here"</label>
                <textarea
                    id="resume"
                    rows="10"
                    prop:value=move || resume.get()
                    on:input=move |event| resume.set(event_target_value(&event))
                ></textarea>
            </div>
            <DetectedSummary import/>
            <button
                id="rank"
                on:click=rank
                disabled=move || !can_rank()
                aria-disabled=move || running().to_string()
            >
                {rank_label}
            </button>
            <Show when=move || state.matching.with(Option::is_some)>
                <button id="cancel-match" on:click=cancel>"Cancel"</button>
            </Show>
            <Show when=move || state.jobs.with(|jobs| jobs.as_ref().is_some_and(Vec::is_empty))>
                <p class="note" data-testid="rank-source">
                    "No jobs are stored, so Rank uses the bundled sample jobs."
                </p>
            </Show>
            <MatchProgressBar/>
        </section>
    }
}

#[component]
fn MatchProgressBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        {move || {
            state
                .progress
                .get()
                .map(|progress| {
                    view! {
                        <div class="match-progress" data-testid="match-progress">
                            <progress
                                max=progress.total.max(1)
                                value=progress.done
                                aria-label="Matching progress"
                            ></progress>
                            <span aria-live="polite">{progress.describe()}</span>
                        </div>
                    }
                })
        }}
    }
}
