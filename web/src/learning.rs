//! What the person's own choices taught the ranking: how the weights moved, in plain words,
//! with a reset to the shipped weights, and "rate these next" with the postings whose rating
//! would change the ranking most. The learning itself is the worker's (`candor_core::feedback`);
//! the statuses it learns from never leave this browser.

use candor_core::feedback::PersonalSummary;
use candor_core::preferences::Preferences;
use candor_core::tracking::MatchStatus;
use leptos::prelude::*;

use crate::matches::set_status;
use crate::profile_panel::save_preferences;
use crate::state::{Alert, Matching, UserProfile, Worker};

/// What the person's choices did to the ranking shown, in plain words: "Your choices (2 liked,
/// 1 not) moved the meaning signal toward postings like those you liked, raised the weight of
/// skills from 21 % to 27 % and lowered keywords from 49 % to 40 %."
fn changes_in_words(summary: &PersonalSummary) -> String {
    let percent = |share: f32| format!("{:.0} %", share * 100.0);
    let mut moved: Vec<String> = Vec::new();
    if summary.resume_moved {
        moved.push("moved the meaning signal toward postings like those you liked".to_owned());
    }
    moved.extend(summary.changes.iter().map(|change| {
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
    }));
    let choices = format!(
        "Your choices ({} liked, {} not)",
        summary.liked, summary.disliked
    );
    match moved.as_slice() {
        [] => format!("{choices} left the ranking as it was."),
        [only] => format!("{choices} {only}."),
        [first, last] => format!("{choices} {first} and {last}."),
        [first @ .., last] => format!("{choices} {}, and {last}.", first.join(", ")),
    }
}

/// Stores the profile with `shipped_weights_only` as asked; the next ranking follows it.
fn use_shipped_weights(worker: Worker, profile: UserProfile, alert: Alert, shipped_only: bool) {
    let edit = move |preferences: &mut Preferences| preferences.shipped_weights_only = shipped_only;
    save_preferences(worker, profile, alert, edit);
}

/// What the ranking shown learned from the person's choices, with the reset (or the way back),
/// and what the next ranking will do when the person changed that since.
#[component]
pub(crate) fn Learning() -> impl IntoView {
    let worker = expect_context::<Worker>();
    let profile = expect_context::<UserProfile>();
    let alert = expect_context::<Alert>();
    let matching = expect_context::<Matching>();
    // How the list shown was ranked: (shipped weights only, what the choices changed).
    let shown = move || {
        matching.report.with(|report| {
            report
                .as_ref()
                .filter(|report| !report.preliminary)
                .map(|report| (report.shipped_weights_only, report.personal.clone()))
        })
    };
    let asked_shipped = move || profile.preferences.with(|p| p.shipped_weights_only);
    let note = move || {
        let (shipped_only, personal) = shown()?;
        let view = match (shipped_only, personal) {
            (true, _) => view! {
                "Ranked with the shipped weights: your shortlisted, applied, rejected and hidden matches were not used. "
                <button id="learn-again" class="secondary" on:click=move |_| use_shipped_weights(worker, profile, alert, false)>
                    "Learn from my choices"
                </button>
            }
            .into_any(),
            (false, Some(summary)) => view! {
                {changes_in_words(&summary)}
                " It never leaves this browser. "
                <button id="reset-learning" class="secondary" on:click=move |_| use_shipped_weights(worker, profile, alert, true)>
                    "Reset to the shipped weights"
                </button>
            }
            .into_any(),
            (false, None) => view! {
                "Shortlist or apply to matches you like and hide or reject those you do not: the next ranking learns from your choices."
            }
            .into_any(),
        };
        Some(view)
    };
    // Said until the next ranking, when the person changed their mind since this one.
    let next = move || {
        let (shipped_only, _) = shown()?;
        (asked_shipped() != shipped_only).then(|| {
            if asked_shipped() {
                "Your next ranking will use the shipped weights."
            } else {
                "Your next ranking will learn from your choices."
            }
        })
    };
    view! {
        <Show when=move || shown().is_some()>
            <p class="note" data-testid="learning">{note}</p>
            <p class="note" data-testid="learning-next" aria-live="polite">{next}</p>
        </Show>
    }
}

/// The postings whose rating would teach the ranking most, with a like and a not-for-me.
#[component]
pub(crate) fn RateNext() -> impl IntoView {
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
                        // Only a status that says whether they like it rates it.
                        move || profile.statuses.with(|records| {
                            candor_core::tracking::status_of(records, &job_id)
                                .filter(|status| status.liked().is_some())
                                .map(MatchStatus::label)
                        })
                    };
                    let rate = |status: MatchStatus| {
                        let job_id = job_id.clone();
                        move |_| set_status(worker, profile, alert, job_id.clone(), status)
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
