//! The page: a model panel, the stored jobs, a resume form and the ranked list. Each section
//! is a component reading the shared [`AppState`] from context; they reach the worker through
//! [`AppState::send`] (answers land in the shared signals) or [`AppState::request`] (the
//! answer goes to the asking component).

use std::collections::HashMap;

use candor_core::domain::JobPosting;
use candor_core::matching::{ExplainedMatch, SkillEvidence};
use candor_core::samples::sample_jobs;
use candor_worker::protocol::{
    MatchReport, MatchStage, ModelStatus, RequestBody, RequestId, Response, ResponseBody,
    RuntimeMode, StoredJob,
};
use leptos::prelude::*;

use crate::files::allow_file_drop;
use crate::jobs_panel::{JobsPanel, refresh_jobs};
use crate::models_panel::ModelPanel;
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
    /// Bytes stored so far by the running download, if one runs.
    pub(crate) download: RwSignal<Option<(RequestId, u64)>>,
    /// The match request in flight, if any.
    matching: RwSignal<Option<RequestId>>,
    /// How far the match in flight is.
    progress: RwSignal<Option<MatchProgress>>,
    report: RwSignal<Option<MatchReport>>,
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
            ResponseBody::ModelStatus(status) => {
                if id.is_some() && self.download.get_untracked().map(|(d, _)| d) == id {
                    self.download.set(None);
                }
                self.model.set(Some(status));
            }
            ResponseBody::DownloadProgress { done_bytes, .. } => {
                if let Some(id) = id {
                    self.download.set(Some((id, done_bytes)));
                }
            }
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
            // The page sends neither `Rank` nor needs the acknowledgement of a cancel; file
            // imports and job lists are answered through `request`.
            ResponseBody::Ranked(_)
            | ResponseBody::CancelAcknowledged { .. }
            | ResponseBody::ResumeImported { .. }
            | ResponseBody::JobsImported { .. }
            | ResponseBody::Jobs { .. } => {}
            ResponseBody::Error { message } => {
                if id.is_some() && self.download.get_untracked().map(|(d, _)| d) == id {
                    self.download.set(None);
                }
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
        download: RwSignal::new(None),
        matching: RwSignal::new(None),
        progress: RwSignal::new(None),
        report: RwSignal::new(None),
        error: RwSignal::new(None),
    };
    match WorkerClient::spawn(move |response| state.apply(response)) {
        Ok(client) => state.client.set_value(Some(client)),
        Err(message) => state.error.set(Some(message)),
    }
    provide_context(state);
    refresh_jobs(state);

    view! {
        <header>
            <h1>"Candor"</h1>
            <p class="tagline">"Private resume and job matching. Your resume never leaves this page."</p>
        </header>
        <main>
            <ErrorBanner/>
            <ModelPanel/>
            <JobsPanel/>
            <ResumeForm/>
            <MatchList/>
        </main>
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
fn jobs_to_rank(stored: &Option<Vec<StoredJob>>) -> Vec<JobPosting> {
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
    let can_rank = move || {
        state.matching.with(Option::is_none)
            && !resume.with(|text| text.trim().is_empty())
            && state.model.with(Option::is_some)
    };
    let rank = move |_| {
        state.error.set(None);
        let body = RequestBody::Match {
            resume: resume.get_untracked(),
            jobs: state.jobs.with_untracked(jobs_to_rank),
            rerank_top_k: None,
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
            <button id="rank" on:click=rank disabled=move || !can_rank()>
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

/// What ranked the list, in plain words.
fn ranked_by(report: &MatchReport) -> String {
    const SIGNALS: &str = "keyword, skill, experience, location and salary signals";
    let model = |id: &Option<String>| id.clone().unwrap_or_default();
    if report.preliminary {
        return format!(
            "A first ranking by {SIGNALS}; {} is reading the postings to refine it.",
            model(&report.embedding_model)
        );
    }
    match report.mode {
        RuntimeMode::Qwen3Pair => format!(
            "Ranked by {} with {SIGNALS}; the best {} were re-read by {}.",
            model(&report.embedding_model),
            report.reranked_job_ids.len(),
            model(&report.reranker_model),
        ),
        RuntimeMode::MiniLm => format!(
            "Ranked by {} with {SIGNALS}.",
            model(&report.embedding_model)
        ),
        RuntimeMode::Deterministic => format!(
            "Ranked by {SIGNALS} only: no model is stored. Download the model to add semantic matching."
        ),
    }
}

#[component]
fn MatchList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        state.report.get().map(|report| {
            let reranked = report.reranked_job_ids;
            report
                .matches
                .into_iter()
                .map(|explained| {
                    let reranked = reranked.contains(&explained.job_id);
                    view! { <MatchCard explained reranked/> }
                })
                .collect_view()
        })
    };
    let notes = move || {
        state.report.with(|report| {
            report
                .iter()
                .flat_map(|report| report.notes.clone())
                .map(|note| view! { <li>{note}</li> })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="matches-heading">
            <h2 id="matches-heading">"Matches"</h2>
            <p class="note" data-testid="ranked-by">
                {move || {
                    state
                        .report
                        .with(|report| report.as_ref().map(|report| {
                            format!("{} Grades describe fit with the posting, not hiring odds.", ranked_by(report))
                        }))
                }}
            </p>
            <ul class="notes">{notes}</ul>
            <ol id="matches">{rows}</ol>
        </section>
    }
}

/// One ranked posting: grade, score, why (signal bars), skills and blockers.
#[component]
fn MatchCard(explained: ExplainedMatch, reranked: bool) -> impl IntoView {
    let ExplainedMatch {
        job_id,
        title,
        company,
        score,
        grade,
        combined,
        matched_skills,
        related_skills,
        missing_skills,
        requirements,
        suspicious,
        ..
    } = explained;
    let bars = combined
        .contributions
        .into_iter()
        .map(|contribution| {
            let percent = format!("{:.0}", contribution.value * 100.0);
            view! {
                <li class="signal" title=contribution.detail.clone()>
                    <span class="signal-name">{contribution.kind.label()}</span>
                    <meter min="0" max="100" value=percent.clone() aria-label=contribution.kind.label()></meter>
                    <span class="signal-value">{format!("{percent}%")}</span>
                </li>
            }
        })
        .collect_view();
    let chips = |skills: Vec<SkillEvidence>, class: &'static str| {
        skills
            .into_iter()
            .map(|skill| view! { <li class=format!("chip {class}") title=skill.how>{skill.skill}</li> })
            .collect_view()
    };
    let blockers = combined
        .blockers
        .iter()
        .map(|blocker| view! { <li>{blocker.describe()}</li> })
        .collect_view();
    let evidence = requirements
        .into_iter()
        .map(|item| {
            view! {
                <li>
                    <span class="requirement">{item.requirement}</span>
                    ": "
                    <q>{item.passage.unwrap_or_else(|| "no supporting passage found".into())}</q>
                </li>
            }
        })
        .collect_view();
    view! {
        <li data-job-id=job_id class="match">
            <div class="match-head">
                <span class="grade" data-grade=grade.as_str()>{grade.as_str()}</span>
                <span class="title">{title}</span>
                " · "
                <span class="company">{company}</span>
                <span class="score">{format!("{:.3}", score)}</span>
                <Show when=move || reranked>
                    <span class="badge" title="The reranker model read this posting and the resume together">"reranked"</span>
                </Show>
            </div>
            <Show when=move || suspicious>
                <p class="warning">"This posting has common scam markers (fees, guaranteed earnings)."</p>
            </Show>
            <ul class="signals" aria-label="Score breakdown">{bars}</ul>
            <ul class="chips" aria-label="Skills">
                {chips(matched_skills, "matched")}
                {chips(related_skills, "related")}
                {chips(missing_skills, "missing")}
            </ul>
            <ul class="blockers" aria-label="Blockers">{blockers}</ul>
            <ul class="evidence" aria-label="Evidence for each requirement">{evidence}</ul>
        </li>
    }
}
