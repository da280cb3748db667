//! The job seeker's resume: pasted, opened or dropped, then ranked against the jobs (Rank,
//! its progress, Cancel).

use candor_worker::protocol::{MatchStage, RequestBody};
use leptos::prelude::*;

use crate::resume_import::{DetectedSummary, ResumeFileInput, ResumeImport};
use crate::state::{Alert, Jobs, MatchProgress, Matching, OfferedModel, UserProfile, Worker};

#[component]
pub(crate) fn ResumePanel() -> impl IntoView {
    let worker = expect_context::<Worker>();
    let alert = expect_context::<Alert>();
    let jobs = expect_context::<Jobs>();
    let model = expect_context::<OfferedModel>();
    let matching = expect_context::<Matching>();
    let profile = expect_context::<UserProfile>();
    let import = expect_context::<ResumeImport>();
    let resume = import.resume;
    let n_stored = move || jobs.stored.with(|jobs| jobs.as_ref().map_or(0, Vec::len));
    let n_expired = move || {
        jobs.stored.with(|jobs| {
            jobs.as_ref()
                .map_or(0, |jobs| jobs.iter().filter(|job| job.expired).count())
        })
    };
    // Matching needs no model (the keyword and skill signals run without one), only the worker.
    let can_rank =
        move || !resume.with(|text| text.trim().is_empty()) && model.status.with(Option::is_some);
    // While a match runs the button is only marked unavailable (`aria-disabled`): a disabled
    // button would drop the keyboard focus of the person who just pressed it.
    let running = move || matching.request.with(Option::is_some);
    let rank = move |_| {
        if running() {
            return;
        }
        alert.clear();
        let body = RequestBody::Match {
            resume: resume.get_untracked(),
            // The worker ranks the stored postings it keeps prepared (or the samples).
            jobs: None,
            rerank_top_k: None,
            preferences: profile.preferences.get_untracked(),
            statuses: profile.statuses.get_untracked(),
            without_models: matching.models_left_out.get_untracked().map(|reason| {
                format!("the last ranking with them stopped the model worker ({reason})")
            }),
        };
        matching.request.set(worker.send(body));
    };
    let cancel = move |_| {
        if let Some(request_id) = matching.request.get_untracked() {
            worker.send(RequestBody::CancelMatch { request_id });
        }
    };
    let rank_label = move || {
        let current = n_stored() - n_expired();
        let left_out = match n_expired() {
            0 => String::new(),
            n => format!(" ({n} expired left out)"),
        };
        match (running(), n_stored(), current) {
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
            // A file dropped here is read by the page's drop handler (`app.rs`), which tells a
            // resume from postings.
            <div class="drop-zone">
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
            <Show when=running>
                <button id="cancel-match" on:click=cancel>"Cancel"</button>
            </Show>
            <Show when=move || jobs.stored.with(|jobs| jobs.as_ref().is_some_and(Vec::is_empty))>
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
    let matching = expect_context::<Matching>();
    view! {
        {move || {
            matching
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
                            <span aria-live="polite">{describe(progress)}</span>
                        </div>
                    }
                })
        }}
    }
}

fn describe(progress: MatchProgress) -> String {
    match progress.stage {
        MatchStage::Embedding => format!(
            "Reading job postings with the model: {} of {} ({} remembered from earlier)",
            progress.done, progress.total, progress.cached
        ),
        MatchStage::Reranking => format!(
            "Re-reading the best postings closely: {} of {}",
            progress.done, progress.total
        ),
    }
}
