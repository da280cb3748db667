//! The page: a model panel, the stored jobs, then either the job seeker's profile, resume form
//! and ranked list or the recruiter's candidates. [`AppState::start`] provides the state's
//! parts as context; each section takes only the parts it reads.

use leptos::prelude::*;

use crate::jobs_panel::{JobsPanel, refresh_jobs};
use crate::matches::MatchList;
use crate::models_panel::ModelPanel;
use crate::profile_panel::{ProfilePanel, load_profile};
use crate::recruiter_panel::RecruiterPanel;
use crate::resume_panel::ResumePanel;
use crate::state::{Alert, AppState};

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    refresh_jobs(state.worker, state.jobs, state.alert, || {});
    load_profile(state.worker, state.profile, state.alert);
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
                fallback=|| view! { <ProfilePanel/> <ResumePanel/> <MatchList/> }
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
