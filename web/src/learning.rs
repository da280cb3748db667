//! What the person's own choices taught the ranking: how the weights moved, in plain words,
//! with a reset to the shipped weights, and "rate these next" with the postings whose rating
//! would change the ranking most. The learning itself is the worker's (`candor_core::feedback`);
//! the statuses it learns from never leave this browser.

use candor_core::feedback::PersonalSummary;
use candor_core::tracking::MatchStatus;
use candor_worker::protocol::RequestBody;
use leptos::prelude::*;

use crate::matches::set_status;
use crate::profile_panel::apply_profile;
use crate::state::{Alert, Matching, UserProfile, Worker};

/// "raised the weight of skills from 21 % to 27 %, lowered keywords from 49 % to 40 %".
fn changes_in_words(summary: &PersonalSummary) -> String {
    let percent = |share: f32| format!("{:.0} %", share * 100.0);
    let moved: Vec<String> = summary
        .changes
        .iter()
        .map(|change| {
            let verb = if change.to > change.from {
                "raised"
            } else {
                "lowered"
            };
            format!(
                "{verb} the weight of {} from {} to {}",
                change.kind.label(),
                percent(change.from),
                percent(change.to)
            )
        })
        .collect();
    let choices = format!(
        "Your choices ({} liked, {} not)",
        summary.liked, summary.disliked
    );
    match moved.as_slice() {
        [] => format!("{choices} left the weights as they were."),
        [only] => format!("{choices} {only}."),
        [first @ .., last] => format!("{choices} {} and {last}.", first.join(", ")),
    }
}

/// Stores the profile with `shipped_weights_only` set as asked; the next ranking follows it.
fn use_shipped_weights(worker: Worker, profile: UserProfile, alert: Alert, shipped_only: bool) {
    let mut preferences = profile.preferences.get_untracked();
    preferences.shipped_weights_only = shipped_only;
    profile.preferences.set(preferences.clone());
    worker.request(RequestBody::SavePreferences { preferences }, move |reply| {
        apply_profile(profile, alert, reply)
    });
}

#[component]
pub(crate) fn Learning() -> impl IntoView {
    let worker = expect_context::<Worker>();
    let profile = expect_context::<UserProfile>();
    let alert = expect_context::<Alert>();
    let matching = expect_context::<Matching>();
    let shipped_only = move || profile.preferences.with(|p| p.shipped_weights_only);
    let summary = move || {
        matching
            .report
            .with(|report| report.as_ref().and_then(|report| report.personal.clone()))
    };
    let learned = move || {
        if shipped_only() {
            return view! {
                <p class="note" data-testid="learning">
                    "Ranked with the shipped weights: your shortlisted, applied, rejected and hidden matches are not used. "
                    <button id="learn-again" class="secondary" on:click=move |_| use_shipped_weights(worker, profile, alert, false)>
                        "Learn from my choices"
                    </button>
                </p>
            }
            .into_any();
        }
        match summary() {
            Some(summary) => view! {
                <p class="note" data-testid="learning">
                    {changes_in_words(&summary)}
                    " It never leaves this browser. "
                    <button id="reset-learning" class="secondary" on:click=move |_| use_shipped_weights(worker, profile, alert, true)>
                        "Reset to the shipped weights"
                    </button>
                </p>
            }
            .into_any(),
            None => view! {
                <p class="note" data-testid="learning">
                    "Shortlist or apply to matches you like and hide or reject those you do not: after one of each, the next ranking learns from your choices."
                </p>
            }
            .into_any(),
        }
    };
    view! {
        <Show when=move || matching.report.with(|report| report.as_ref().is_some_and(|r| !r.preliminary))>
            {learned}
            <RateNext/>
        </Show>
    }
}

/// The postings whose rating would teach the ranking most, with a like and a not-for-me.
#[component]
fn RateNext() -> impl IntoView {
    let worker = expect_context::<Worker>();
    let profile = expect_context::<UserProfile>();
    let alert = expect_context::<Alert>();
    let matching = expect_context::<Matching>();
    let asked = move || {
        matching.report.with(|report| {
            let report = report.as_ref()?;
            if report.rate_next.is_empty() || report.preliminary {
                return None;
            }
            let titled: Vec<(String, String)> = report
                .rate_next
                .iter()
                .filter_map(|job_id| {
                    let explained = report.matches.iter().find(|m| &m.job_id == job_id)?;
                    Some((
                        job_id.clone(),
                        format!("{} · {}", explained.title, explained.company),
                    ))
                })
                .collect();
            Some(titled)
        })
    };
    let rows = move || {
        asked().map(|titled| {
            titled
                .into_iter()
                .map(|(job_id, heading)| {
                    let rated = {
                        let job_id = job_id.clone();
                        move || profile.statuses.with(|records| {
                            candor_core::tracking::status_of(records, &job_id).map(MatchStatus::label)
                        })
                    };
                    let rate = |status: MatchStatus| {
                        let job_id = job_id.clone();
                        move |_| set_status(worker, profile, alert, job_id.clone(), Some(status))
                    };
                    view! {
                        <li data-job-id=job_id.clone() data-rated=rated>
                            <span class="title">{heading.clone()}</span>
                            " "
                            <span role="group" aria-label=format!("Rate {heading}")>
                                <button class="secondary" data-rate="like" on:click=rate(MatchStatus::Shortlisted)>
                                    "Shortlist"
                                </button>
                                <button class="secondary" data-rate="not" on:click=rate(MatchStatus::Hidden)>
                                    "Not for me"
                                </button>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || asked().is_some_and(|titled| !titled.is_empty())>
            <div class="rate-next" data-testid="rate-next">
                <p>"Rate these next: their answers would change your ranking most."</p>
                <ul>{rows}</ul>
            </div>
        </Show>
    }
}
