//! The page: for the job seeker the resume, the jobs and the profile, with the search and the
//! ranked list beside them on wide screens; for the recruiter the jobs and the candidates; then the models
//! and diagnostics, a settings view (the first ranking needs no model). A resume or a jobs file
//! dropped anywhere on the page is imported as one. [`AppState::start`] provides the state's
//! parts as context; each section takes only the parts it reads.

use candor_import::dropped::{DroppedFile, MAX_JSON_RESUME_BYTES, dropped_file_kind, is_json};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement};

use crate::files::{allow_file_drop, dropped_file, read_head};
use crate::jobs_panel::{JobsImport, JobsPanel, refresh_jobs};
use crate::matches::MatchList;
use crate::models_panel::ModelPanel;
use crate::profile_panel::{ProfilePanel, load_profile};
use crate::recruiter_panel::RecruiterPanel;
use crate::resume_import::ResumeImport;
use crate::resume_panel::ResumePanel;
use crate::search::PostingSearch;
use crate::state::{Alert, AppState};

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    refresh_jobs(state.worker, state.jobs, state.alert, || {});
    load_profile(state.worker, state.profile, state.alert);
    let recruiting = RwSignal::new(false);
    let resume_import = ResumeImport::new(state.worker, state.alert);
    let jobs_import = JobsImport::new(state.worker, state.alert, state.jobs);
    provide_context(resume_import);
    provide_context(jobs_import);
    // On the window, so that no drop anywhere on the page opens the file in place of the app.
    let dragover = window_event_listener(ev::dragover, allow_file_drop);
    let drop = window_event_listener(ev::drop, move |event: DragEvent| {
        drop_anywhere(
            event,
            recruiting.get_untracked(),
            resume_import,
            jobs_import,
            state.alert,
        );
    });
    on_cleanup(move || {
        dragover.remove();
        drop.remove();
    });

    view! {
        <header>
            <h1>"Candor"</h1>
            <p class="tagline">"Private resume and job matching. Your resume never leaves this page."</p>
            <a id="settings-link" class="settings-link" href="#models-panel">"Models and diagnostics"</a>
        </header>
        <main>
            <ErrorBanner/>
            <ModeSwitch recruiting/>
            <p class="note drop-hint">"Drop a resume or a jobs file anywhere on this page."</p>
            <Show
                when=move || recruiting.get()
                fallback=|| {
                    view! {
                        <div class="workspace">
                            <div class="inputs">
                                <ResumePanel/>
                                <JobsPanel/>
                                <ProfilePanel/>
                            </div>
                            <div class="results">
                                <PostingSearch/>
                                <MatchList/>
                            </div>
                        </div>
                    }
                }
            >
                <JobsPanel/>
                <RecruiterPanel/>
            </Show>
            <ModelPanel/>
        </main>
    }
}

/// A file dropped anywhere on the page, the resume box included: a resume goes to the resume
/// box, postings to the stored jobs ([`dropped_file_kind`]). A file input keeps what is dropped
/// on it, and dropped text is left to the browser.
fn drop_anywhere(
    event: DragEvent,
    recruiting: bool,
    resume: ResumeImport,
    jobs: JobsImport,
    alert: Alert,
) {
    let on_file_input = event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|input| input.type_() == "file");
    if on_file_input {
        return;
    }
    let Some(file) = dropped_file(&event) else {
        return;
    };
    event.prevent_default();
    spawn_local(async move {
        // Only JSON needs reading to tell: a JSON Resume is a few kilobytes.
        let json = if is_json(&file.name()) && file.size() <= MAX_JSON_RESUME_BYTES as f64 {
            read_head(&file, MAX_JSON_RESUME_BYTES).await
        } else {
            None
        };
        match dropped_file_kind(&file.name(), json.as_deref()) {
            DroppedFile::Jobs => jobs.open(file),
            DroppedFile::Resume if recruiting => alert.show(format!(
                "{} looks like a resume: add candidates with \"Add resumes\".",
                file.name()
            )),
            DroppedFile::Resume => resume.open(file),
        }
    });
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
    let alert = expect_context::<Alert>();
    view! {
        <Show when=move || alert.message.with(Option::is_some)>
            <p class="error" role="alert" data-testid="error" data-generation=move || alert.shown.attribute()>
                {move || alert.message.get().unwrap_or_default()}
                " "
                <button on:click=move |_| alert.clear()>"Dismiss"</button>
            </p>
        </Show>
    }
}
