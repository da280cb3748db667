//! The page: a model panel, a resume form and the ranked list. Each section is a component
//! reading the shared [`AppState`] from context; only `App` talks to the worker client.

use candor_core::domain::RankingReport;
use candor_core::matching::{ExplainedMatch, SkillEvidence};
use candor_core::samples::sample_jobs;
use candor_worker::protocol::{ModelStatus, RequestBody, RequestId, Response, ResponseBody};
use leptos::prelude::*;

use crate::worker_client::WorkerClient;

/// Signals shared by the sections, plus the one way to reach the worker.
#[derive(Clone, Copy)]
struct AppState {
    client: StoredValue<Option<WorkerClient>, LocalStorage>,
    /// The offered model's stored state; `None` until the worker is ready.
    model: RwSignal<Option<ModelStatus>>,
    /// Bytes stored so far by the running download, if one runs.
    download: RwSignal<Option<(RequestId, u64)>>,
    /// The rank request in flight, if any.
    ranking: RwSignal<Option<RequestId>>,
    report: RwSignal<Option<RankingReport>>,
    error: RwSignal<Option<String>>,
}

impl AppState {
    fn send(&self, body: RequestBody) -> Option<RequestId> {
        self.client
            .with_value(|client| client.as_ref().map(|client| client.send(body)))
    }

    fn apply(&self, response: Response) {
        let id = response.id;
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
            ResponseBody::Ranked(report) => {
                if id.is_some() && self.ranking.get_untracked() == id {
                    self.ranking.set(None);
                    self.report.set(Some(report));
                }
            }
            ResponseBody::Error { message } => {
                if id.is_some() && self.download.get_untracked().map(|(d, _)| d) == id {
                    self.download.set(None);
                }
                if id.is_some() && self.ranking.get_untracked() == id {
                    self.ranking.set(None);
                }
                self.error.set(Some(message));
            }
        }
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState {
        client: StoredValue::new_local(None),
        model: RwSignal::new(None),
        download: RwSignal::new(None),
        ranking: RwSignal::new(None),
        report: RwSignal::new(None),
        error: RwSignal::new(None),
    };
    match WorkerClient::spawn(move |response| state.apply(response)) {
        Ok(client) => state.client.set_value(Some(client)),
        Err(message) => state.error.set(Some(message)),
    }
    provide_context(state);

    view! {
        <header>
            <h1>"Candor"</h1>
            <p class="tagline">"Private resume and job matching. Your resume never leaves this page."</p>
        </header>
        <main>
            <ErrorBanner/>
            <ModelPanel/>
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

#[component]
fn ModelPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let status_text = move || match (state.model.get(), state.download.get()) {
        (None, _) => "Starting the model worker…".to_owned(),
        (Some(model), Some((_, done))) => {
            format!(
                "Downloading {}: {} of {}",
                model.model_id,
                megabytes(done),
                megabytes(model.total_bytes)
            )
        }
        (Some(model), None) if model.is_complete() => {
            format!(
                "{} is stored in this browser and verified ({}).",
                model.model_id,
                megabytes(model.total_bytes)
            )
        }
        (Some(model), None) => format!(
            "{} is not downloaded yet ({}). It is fetched once from this site, checked against its pinned SHA-256 and kept in this browser.",
            model.model_id,
            megabytes(model.total_bytes)
        ),
    };
    let can_download = move || {
        state.download.with(Option::is_none)
            && state.model.get().is_some_and(|model| !model.is_complete())
    };
    let download = move |_| {
        let Some(model) = state.model.get_untracked() else {
            return;
        };
        state.error.set(None);
        if let Some(id) = state.send(RequestBody::DownloadModel {
            model_id: model.model_id,
        }) {
            state.download.set(Some((id, 0)));
        }
    };
    view! {
        <section aria-labelledby="model-heading">
            <h2 id="model-heading">"Model"</h2>
            <p data-testid="model-status" aria-live="polite">{status_text}</p>
            <button id="download-model" on:click=download disabled=move || !can_download()>
                "Download model"
            </button>
        </section>
    }
}

#[component]
fn ResumeForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let resume = RwSignal::new(String::new());
    let can_rank = move || {
        state.ranking.with(Option::is_none)
            && !resume.with(|text| text.trim().is_empty())
            && state.model.get().is_some_and(|model| model.is_complete())
    };
    let rank = move |_| {
        let Some(model) = state.model.get_untracked() else {
            return;
        };
        state.error.set(None);
        let body = RequestBody::Rank {
            model_id: model.model_id,
            resume: resume.get_untracked(),
            jobs: sample_jobs(),
        };
        state.ranking.set(state.send(body));
    };
    view! {
        <section aria-labelledby="resume-heading">
            <h2 id="resume-heading">"Resume"</h2>
            <label for="resume">"Paste your resume"</label>
            <textarea
                id="resume"
                rows="10"
                prop:value=move || resume.get()
                on:input=move |event| resume.set(event_target_value(&event))
            ></textarea>
            <button id="rank" on:click=rank disabled=move || !can_rank()>
                {move || if state.ranking.with(Option::is_some) { "Ranking…" } else { "Rank sample jobs" }}
            </button>
        </section>
    }
}

#[component]
fn MatchList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = move || {
        state.report.get().map(|report| {
            report
                .matches
                .into_iter()
                .map(|explained| view! { <MatchCard explained/> })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="matches-heading">
            <h2 id="matches-heading">"Matches"</h2>
            <p class="note">
                {move || {
                    state
                        .report
                        .get()
                        .map(|report| {
                            format!(
                                "Ranked by {} with keyword, skill, experience, location and salary signals. Grades describe fit with the posting, not hiring odds.",
                                report.model_id,
                            )
                        })
                }}
            </p>
            <ol id="matches">{rows}</ol>
        </section>
    }
}

/// One ranked posting: grade, score, why (signal bars), skills and blockers.
#[component]
fn MatchCard(explained: ExplainedMatch) -> impl IntoView {
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
