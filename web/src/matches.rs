//! The ranked list: what ranked it, a search box, the application track (each card's status
//! and its dated history, and how many postings are at each stage) kept in this browser, the
//! postings the filters left out, and CSV/JSON export.
//!
//! The card's parts ([`ScoreBreakdown`]) are shared with the recruiter's list of candidates,
//! which explains each pair the same way.

use candor_core::hybrid::Grade;
use candor_core::matching::{ExplainedMatch, SkillEvidence};
use candor_core::preferences::LeftOutJob;
use candor_core::summary::{
    TOP_MATCHES, TopTaken, at_least, missing_skills_in_top, new_matches_at_least, taken_in_top,
};
use candor_core::tracking::{
    MatchStatus, Stage, export_csv, export_json, record_of, stage_counts, status_of,
};
use candor_worker::protocol::{MatchReport, RequestBody, RuntimeMode};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

use crate::files::save_text_file;
use crate::jobs_panel::JobsImport;
use crate::learning::{Learning, RateNext};
use crate::posting::PostingDetails;
use crate::profile_panel::apply_profile;
use crate::state::{Alert, Matching, UserProfile, Worker};

/// How many match cards are rendered at first, and added by each "Show more": a few
/// screenfuls, so that ten thousand postings do not become ten thousand cards.
const PAGE_SIZE: usize = 50;

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
        // A stored model that was skipped or left out says why in the notes.
        RuntimeMode::Deterministic if !report.notes.is_empty() => {
            format!("Ranked by {SIGNALS} only.")
        }
        RuntimeMode::Deterministic => format!(
            "Ranked by {SIGNALS} only: no model is stored. Download the model to add semantic matching."
        ),
    }
}

/// Moves `job_id` to `status`; the answer is the whole stored profile, so the page shows only
/// what was stored.
pub(crate) fn set_status(
    worker: Worker,
    profile: UserProfile,
    alert: Alert,
    job_id: String,
    status: MatchStatus,
) {
    worker.request(RequestBody::SetStatus { job_id, status }, move |reply| {
        apply_profile(profile, alert, reply)
    });
}

/// Takes back the latest change of `job_id`'s status, if it is still `shown`.
fn take_back_status(
    worker: Worker,
    profile: UserProfile,
    alert: Alert,
    job_id: String,
    shown: MatchStatus,
) {
    worker.request(
        RequestBody::TakeBackStatus { job_id, shown },
        move |reply| apply_profile(profile, alert, reply),
    );
}

/// What opening the posting `job_id` does: a posting the person has not acted on is marked
/// viewed.
pub(crate) fn mark_viewed_on_open(
    worker: Worker,
    profile: UserProfile,
    alert: Alert,
    job_id: String,
) -> Callback<()> {
    Callback::new(move |()| {
        let untracked = profile
            .statuses
            .with_untracked(|records| status_of(records, &job_id).is_none());
        if untracked {
            set_status(worker, profile, alert, job_id.clone(), MatchStatus::Viewed);
        }
    })
}

/// Each posting's status by job id, made once per change of the stored statuses and read by
/// the list, its counts, the pipeline and every card.
#[derive(Clone, Copy)]
struct StatusesByJob(Memo<HashMap<String, MatchStatus>>);

/// A stage the list is narrowed to, with the postings that were at it when it was chosen: a
/// posting that moves on (opened, so viewed) stays in view until the stage is chosen again.
#[derive(Clone, PartialEq)]
struct StageFilter {
    stage: Stage,
    job_ids: HashSet<String>,
}

#[component]
pub(crate) fn MatchList() -> impl IntoView {
    let matching = expect_context::<Matching>();
    let profile = expect_context::<UserProfile>();
    let alert = expect_context::<Alert>();
    let query = RwSignal::new(String::new());
    let show_hidden = RwSignal::new(false);
    // A stage of the track the list is narrowed to, chosen in the pipeline view.
    let stage: RwSignal<Option<StageFilter>> = RwSignal::new(None);
    // The worst grade shown (none: every grade).
    let min_grade: RwSignal<Option<Grade>> = RwSignal::new(None);
    // Each posting's status by job id, made once per change: the list, its counts and the
    // pipeline look up thousands of postings.
    let statuses: Memo<HashMap<String, MatchStatus>> = Memo::new(move |_| {
        profile.statuses.with(|records| {
            records
                .iter()
                .map(|record| (record.job_id.clone(), record.status))
                .collect()
        })
    });
    provide_context(StatusesByJob(statuses));
    let n_hidden = move || {
        statuses.with(|statuses| {
            matching.report.with(|report| {
                report.as_ref().map_or(0, |report| {
                    report
                        .matches
                        .iter()
                        .filter(|explained| {
                            statuses.get(&explained.job_id) == Some(&MatchStatus::Hidden)
                        })
                        .count()
                })
            })
        })
    };
    // Where in the full list are the matches the search, the stage, the grade and the hidden
    // toggle let through. One pass, shared by the rows and the count.
    let visible = Memo::new(move |_| {
        let query = query.get();
        let show_hidden = show_hidden.get();
        let min_grade = min_grade.get();
        stage.with(|stage| {
            statuses.with(|statuses| {
                matching.report.with(|report| {
                    report.as_ref().map(|report| {
                        report
                            .matches
                            .iter()
                            .enumerate()
                            .filter(|(_, explained)| {
                                let hidden =
                                    statuses.get(&explained.job_id) == Some(&MatchStatus::Hidden);
                                (show_hidden || !hidden)
                                    && stage.as_ref().is_none_or(|stage| {
                                        stage.job_ids.contains(&explained.job_id)
                                    })
                                    && at_least(explained.grade, min_grade)
                            })
                            .filter(|(_, explained)| explained.mentions_all(&query))
                            .map(|(idx, _)| idx)
                            .collect::<Vec<_>>()
                    })
                })
            })
        })
    });
    // How many of the visible matches are rendered: a screenful or so, more on request. A new
    // ranking starts again from the first page.
    let limit = RwSignal::new(PAGE_SIZE);
    Effect::new(move |_| {
        matching.report_request.track();
        limit.set(PAGE_SIZE);
        stage.set(None);
    });
    let n_visible = move || visible.with(|visible| visible.as_ref().map_or(0, Vec::len));
    // Each card keyed by the report it belongs to and its place in it: hiding a match, a search
    // or "Show more" leaves the other cards (and a posting opened in one) as they are, and the
    // final list's first cards, sent ahead of it, stay when the rest arrives.
    let shown = move || {
        let Some(visible) = visible.get() else {
            return Vec::new();
        };
        let limit = limit.get();
        let request = matching.report_request.get();
        matching.report.with(|report| {
            let Some(report) = report.as_ref() else {
                return Vec::new();
            };
            visible
                .into_iter()
                .take(limit)
                .map(|idx| {
                    let explained = report.matches[idx].clone();
                    let reranked = report.reranked_job_ids.contains(&explained.job_id);
                    let key = (request, report.preliminary, idx, explained.job_id.clone());
                    (key, idx, explained, reranked)
                })
                .collect::<Vec<_>>()
        })
    };
    let count_line = move || {
        let (total, more) = matching.report.with(|report| {
            report
                .as_ref()
                .map(|r| (r.matches.len() + r.more as usize, r.more))
        })?;
        let visible = n_visible();
        let rendered = visible.min(limit.get());
        if more > 0 {
            // The best cards came ahead of the rest, which is on its way.
            return Some(format!("Showing the best {rendered} of {total} matches."));
        }
        Some(match (visible == total, rendered == visible) {
            (true, true) => format!("{total} matches."),
            (true, false) => format!("Showing the best {rendered} of {total} matches."),
            (false, true) => format!("Showing {visible} of {total} matches."),
            (false, false) => {
                format!(
                    "Showing the best {rendered} of the {visible} (of {total}) that match the search."
                )
            }
        })
    };
    let n_more = move || n_visible().saturating_sub(limit.get()).min(PAGE_SIZE);
    let show_more = move |_| limit.update(|limit| *limit += PAGE_SIZE);
    let notes = move || {
        matching.report.with(|report| {
            report
                .iter()
                .flat_map(|report| report.notes.clone())
                .map(|note| view! { <li>{note}</li> })
                .collect_view()
        })
    };
    let export = move |format: ExportFormat| {
        let Some(report) = matching.report.get_untracked() else {
            return;
        };
        let statuses = profile.statuses.get_untracked();
        let (name, mime, text) = match format {
            ExportFormat::Csv => (
                "candor-matches.csv",
                "text/csv",
                export_csv(&report.matches, &statuses),
            ),
            ExportFormat::Json => (
                "candor-matches.json",
                "application/json",
                export_json(&report.matches, &statuses),
            ),
        };
        if let Err(message) = save_text_file(name, mime, &text) {
            alert.show(message);
        }
    };
    let has_report = move || matching.report.with(Option::is_some);
    view! {
        <section aria-labelledby="matches-heading">
            <h2 id="matches-heading">"Matches"</h2>
            // How many posting vectors the last ranking computed and reused, for tests and
            // benchmarks (a published index's postings are never embedded here).
            <p
                class="note"
                data-testid="ranked-by"
                data-vectors-computed=move || {
                    matching.report.with(|report| report.as_ref().map(|r| r.vectors_computed))
                }
                data-vectors-cached=move || {
                    matching.report.with(|report| report.as_ref().map(|r| r.vectors_cached))
                }
            >
                {move || {
                    matching
                        .report
                        .with(|report| report.as_ref().map(|report| {
                            format!(
                                "{} Grades describe fit with the posting, not hiring odds.",
                                ranked_by(report),
                            )
                        }))
                }}
            </p>
            <ul class="notes">{notes}</ul>
            <Learning/>
            <Show when=has_report>
                <div class="match-tools">
                    <label for="match-search">"Search the matches"</label>
                    <input
                        id="match-search"
                        type="search"
                        placeholder="e.g. rust remote"
                        prop:value=move || query.get()
                        on:input=move |event| query.set(event_target_value(&event))
                    />
                    <MinGradeSelect min_grade/>
                    <label class="inline">
                        <input
                            id="show-hidden"
                            type="checkbox"
                            prop:checked=move || show_hidden.get()
                            on:change=move |event| show_hidden.set(event_target_checked(&event))
                        />
                        {move || format!("Show hidden ({})", n_hidden())}
                    </label>
                    <div class="actions">
                        <button id="export-csv" class="secondary" on:click=move |_| export(ExportFormat::Csv)>
                            "Export CSV"
                        </button>
                        <button id="export-json" class="secondary" on:click=move |_| export(ExportFormat::Json)>
                            "Export JSON"
                        </button>
                    </div>
                </div>
                <Pipeline stage statuses/>
                <Summaries/>
                <p class="note" data-testid="match-count" aria-live="polite">{count_line}</p>
            </Show>
            <RateNext/>
            <ol
                id="matches"
                data-request=move || matching.report_request.get().map(|id| id.to_string())
                data-state=move || {
                    matching.report.with(|report| {
                        report.as_ref().map(|report| if report.preliminary { "preview" } else { "final" })
                    })
                }
                data-worker-ms=move || matching.report.with(|report| report.as_ref().map(|r| r.elapsed_ms.to_string()))
            >
                <For
                    each=shown
                    key=|(key, ..)| key.clone()
                    children=|(_, idx, explained, reranked)| view! { <MatchCard rank=idx + 1 explained reranked/> }
                />
            </ol>
            <Show when=move || { n_more() > 0 }>
                <button id="show-more" class="secondary" on:click=show_more>
                    {move || format!("Show {} more", n_more())}
                </button>
            </Show>
            <LeftOut/>
        </section>
    }
}

#[derive(Clone, Copy)]
enum ExportFormat {
    Csv,
    Json,
}

/// Shows only the matches graded this or better.
#[component]
fn MinGradeSelect(min_grade: RwSignal<Option<Grade>>) -> impl IntoView {
    let options = Grade::ALL
        .into_iter()
        .filter(|grade| *grade != Grade::F)
        .map(|grade| {
            let text = match grade {
                Grade::APlus => "A+".to_owned(),
                grade => format!("{} or better", grade.as_str()),
            };
            view! { <option value=grade.as_str()>{text}</option> }
        })
        .collect_view();
    view! {
        <label for="min-grade">"Grades shown"</label>
        <select
            id="min-grade"
            prop:value=move || min_grade.get().map_or("", Grade::as_str)
            on:change=move |event| min_grade.set(Grade::from_str_name(&event_target_value(&event)))
        >
            <option value="">"Every grade"</option>
            {options}
        </select>
    }
}

/// The list at a glance: how the postings the last import added graded, how many of the best
/// matches the person has taken forward, and the skills most of them ask for that the resume
/// does not show.
#[component]
fn Summaries() -> impl IntoView {
    let matching = expect_context::<Matching>();
    let profile = expect_context::<UserProfile>();
    let jobs_import = expect_context::<JobsImport>();
    // Over every match, so apart from the statuses: a status changes far more often.
    let new_line = Memo::new(move |_| {
        let new_job_ids = jobs_import.new_job_ids();
        matching.report.with(|report| {
            let report = report.as_ref().filter(|report| !report.preliminary)?;
            let (new, good) = new_matches_at_least(&report.matches, &new_job_ids, Grade::B);
            let added = match new {
                0 => return None,
                1 => "Of the 1 ranked posting your last import added".to_owned(),
                n => format!("Of the {n} ranked postings your last import added"),
            };
            let verb = if good == 1 { "is" } else { "are" };
            Some(format!("{added}, {good} {verb} graded B or better."))
        })
    });
    let lines = move || {
        profile.statuses.with(|records| {
            matching.report.with(|report| {
                let report = report.as_ref()?;
                let matches = &report.matches;
                let mut lines: Vec<(&str, String)> =
                    new_line.get().map(|line| ("new", line)).into_iter().collect();
                let TopTaken {
                    considered: top,
                    taken_forward,
                } = taken_in_top(matches, records, TOP_MATCHES);
                if top > 0 {
                    lines.push((
                        "top",
                        format!("Of your top {top} matches, {taken_forward} shortlisted or further along."),
                    ));
                }
                let missing = missing_skills_in_top(matches, TOP_MATCHES, 5);
                if !missing.is_empty() {
                    let skills = missing
                        .iter()
                        .map(|(skill, count)| format!("{skill} ({count})"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    lines.push(("missing", format!(
                        "Skills your top {top} matches ask for that your resume does not show: {skills}."
                    )));
                }
                Some(lines)
            })
        })
    };
    view! {
        <ul class="summaries note" data-testid="summaries">
            {move || {
                lines()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(kind, line)| view! { <li data-summary=kind>{line}</li> })
                    .collect_view()
            }}
        </ul>
    }
}

/// How many of the ranked postings are at each stage of the application track; pressing a
/// stage shows only those (pressing it again, all of them).
#[component]
fn Pipeline(
    stage: RwSignal<Option<StageFilter>>,
    statuses: Memo<HashMap<String, MatchStatus>>,
) -> impl IntoView {
    let matching = expect_context::<Matching>();
    // The ranked postings at `at`, now.
    let at_stage = move |at: Stage| -> HashSet<String> {
        statuses.with_untracked(|statuses| {
            matching.report.with_untracked(|report| {
                report
                    .iter()
                    .flat_map(|report| &report.matches)
                    .filter(|explained| Stage::of(statuses.get(&explained.job_id).copied()) == at)
                    .map(|explained| explained.job_id.clone())
                    .collect()
            })
        })
    };
    let counts = move || {
        statuses.with(|statuses| {
            matching.report.with(|report| {
                let ranked = report.iter().flat_map(|report| &report.matches);
                stage_counts(
                    ranked.map(|explained| explained.job_id.as_str()),
                    |job_id| statuses.get(job_id).copied(),
                )
            })
        })
    };
    let stages = move || {
        counts()
            .into_iter()
            .map(|(at, count)| {
                let pressed =
                    move || stage.with(|stage| stage.as_ref().is_some_and(|s| s.stage == at));
                let toggle = move |_| {
                    let next = (!pressed()).then(|| StageFilter {
                        stage: at,
                        job_ids: at_stage(at),
                    });
                    stage.set(next);
                };
                view! {
                    <li>
                        <button
                            class="stage secondary"
                            data-stage=at.label()
                            data-count=count
                            aria-pressed=move || pressed().to_string()
                            on:click=toggle
                        >
                            <span class="stage-count">{count}</span>
                            " "
                            {at.label()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="pipeline-view" aria-label="Your applications">
            <ol class="pipeline" data-testid="pipeline">{stages}</ol>
        </nav>
    }
}

/// The postings the person's filters kept out of the ranking, and why.
#[component]
fn LeftOut() -> impl IntoView {
    let matching = expect_context::<Matching>();
    let left_out = move || {
        matching
            .report
            .with(|report| report.as_ref().map(|report| report.left_out.clone()))
            .filter(|left_out| !left_out.is_empty())
    };
    move || {
        left_out().map(|left_out| {
            let summary = match left_out.len() {
                1 => "1 posting left out by your filters".to_owned(),
                n => format!("{n} postings left out by your filters"),
            };
            let rows = left_out
                .into_iter()
                .map(
                    |LeftOutJob {
                         job_id,
                         title,
                         company,
                         reason,
                     }| {
                        view! {
                            <li data-job-id=job_id>
                                <span class="title">{title}</span>
                                " · "
                                <span class="company">{company}</span>
                                ": "
                                {reason.describe()}
                            </li>
                        }
                    },
                )
                .collect_view();
            view! {
                <details class="left-out" data-testid="left-out">
                    <summary>{summary}</summary>
                    <ul>{rows}</ul>
                </details>
            }
        })
    }
}

/// One ranked posting: grade, score, status actions, and why it ranked there.
#[component]
fn MatchCard(rank: usize, explained: ExplainedMatch, reranked: bool) -> impl IntoView {
    let worker = expect_context::<Worker>();
    let profile = expect_context::<UserProfile>();
    let alert = expect_context::<Alert>();
    let job_id = explained.job_id.clone();
    let StatusesByJob(statuses) = expect_context::<StatusesByJob>();
    let status = Signal::derive({
        let job_id = job_id.clone();
        move || statuses.with(|statuses| statuses.get(&job_id).copied())
    });
    let set = Callback::new({
        let job_id = job_id.clone();
        move |status| set_status(worker, profile, alert, job_id.clone(), status)
    });
    let take_back = Callback::new({
        let job_id = job_id.clone();
        move |shown| take_back_status(worker, profile, alert, job_id.clone(), shown)
    });
    let actions = MatchStatus::QUICK
        .into_iter()
        .map(|action| {
            // Pressing the status the match has takes it back.
            let toggle = move |_| match status.get_untracked() {
                Some(shown) if shown == action => take_back.run(shown),
                _ => set.run(action),
            };
            view! {
                <button
                    class="status-action secondary"
                    data-status=action.label()
                    aria-pressed=move || (status.get() == Some(action)).to_string()
                    on:click=toggle
                >
                    {action.action()}
                </button>
            }
        })
        .collect_view();
    let heading = format!("{} · {}", explained.title, explained.company);
    let status_badge = move || {
        status
            .get()
            .map(|status| view! { <span class="badge status">{status.label()}</span> })
    };
    let history = {
        let job_id = job_id.clone();
        move || {
            profile.statuses.with(|records| {
                record_of(records, &job_id)
                    .map(|record| format!("History: {}.", record.describe_history()))
            })
        }
    };
    let opened = mark_viewed_on_open(worker, profile, alert, job_id.clone());
    view! {
        <li data-job-id=job_id class="match" data-status=move || status.get().map(MatchStatus::label)>
            <div class="match-head">
                <span class="rank">{format!("{rank}.")}</span>
                <span class="grade" data-grade=explained.grade.as_str()>{explained.grade.as_str()}</span>
                <span class="title">{explained.title.clone()}</span>
                " · "
                <span class="company">{explained.company.clone()}</span>
                <span class="score">{format!("{:.3}", explained.score)}</span>
                <Show when=move || reranked>
                    <span class="badge" title="The reranker model read this posting and the resume together">"reranked"</span>
                </Show>
                {status_badge}
            </div>
            <div class="status-actions" role="group" aria-label=format!("Status of {heading}")>
                {actions}
                <StageSelect heading=heading.clone() status set/>
            </div>
            <p class="history">
                <span data-testid="history">{history}</span>
                " "
                // One button for the card's life, hidden while there is nothing to undo, so the
                // keyboard focus stays on it from one press to the next.
                <button
                    class="take-back secondary"
                    aria-label=format!("Undo the last change of {heading}")
                    hidden=move || status.get().is_none()
                    on:click=move |_| {
                        if let Some(shown) = status.get_untracked() {
                            take_back.run(shown);
                        }
                    }
                >
                    "Undo"
                </button>
            </p>
            <PostingDetails job_id=explained.job_id.clone() heading=heading.clone() opened/>
            <ScoreBreakdown explained/>
        </li>
    }
}

/// Where a match is on the application track, to move it to any stage.
#[component]
fn StageSelect(
    heading: String,
    status: Signal<Option<MatchStatus>>,
    set: Callback<MatchStatus>,
) -> impl IntoView {
    // Opening a posting marks it viewed; once it is further along, viewed is behind it.
    let options = MatchStatus::ALL
        .into_iter()
        .map(|option| {
            let behind = move || {
                option == MatchStatus::Viewed
                    && status
                        .get()
                        .is_some_and(|status| status != MatchStatus::Viewed)
            };
            view! { <option value=option.label() disabled=behind>{option.label()}</option> }
        })
        .collect_view();
    let change = move |event: leptos::ev::Event| {
        if let Some(status) = MatchStatus::from_label(&event_target_value(&event)) {
            set.run(status);
        }
    };
    view! {
        <select
            class="stage-select"
            aria-label=format!("Application stage of {heading}")
            prop:value=move || status.get().map_or("", MatchStatus::label)
            on:change=change
        >
            <option value="" disabled>"suggested"</option>
            {options}
        </select>
    }
}

/// Why a pair scored as it did: scam warning, signal bars, skill chips, blockers, and the
/// resume passage behind each requirement.
#[component]
pub(crate) fn ScoreBreakdown(explained: ExplainedMatch) -> impl IntoView {
    let ExplainedMatch {
        combined,
        matched_skills,
        related_skills,
        missing_skills,
        requirements,
        suspicious,
        evidence: overall,
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
    // The score a blocker capped, and what it was before.
    let capped = (combined.score < combined.uncapped).then(|| {
        format!(
            "Capped at {:.3} from {:.3} by:",
            combined.score, combined.uncapped
        )
    });
    let evidence = requirements
        .into_iter()
        .map(|item| {
            view! {
                <li>
                    <span class="requirement">{item.requirement}</span>
                    ": "
                    <q>{item.passage.unwrap_or_else(|| "no supporting passage found".into())}</q>
                    " "
                    <span class="evidence-label">{format!("({})", item.label.describe())}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <Show when=move || suspicious>
            <p class="warning">"This posting has common scam markers (fees, guaranteed earnings)."</p>
        </Show>
        <ul class="signals" aria-label="Score breakdown">{bars}</ul>
        <ul class="chips" aria-label="Skills">
            {chips(matched_skills, "matched")}
            {chips(related_skills, "related")}
            {chips(missing_skills, "missing")}
        </ul>
        <p class="capped" data-testid="capped">{capped}</p>
        <ul class="blockers" aria-label="Blockers">{blockers}</ul>
        <p class="note">{format!("Evidence for the whole match: {}.", overall.describe())}</p>
        <ul class="evidence" aria-label="Evidence for each requirement">{evidence}</ul>
    }
}
