//! Recruiter mode: keep candidates' resumes in this browser and rank them for one posting.
//! The worker reads each resume file and keeps its text; the page lists names and skills and
//! shows each ranked candidate with the same score breakdown a job seeker sees.

use candor_import::resume::{MAX_RESUME_BYTES, ResumeImportError};
use candor_worker::protocol::{PooledResumeSummary, RankedPooledResume, RequestBody, ResponseBody};
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::File;

use crate::files::{picked_files, read_file};
use crate::jobs_panel::jobs_to_rank;
use crate::matches::ScoreBreakdown;
use crate::state::{Alert, Generation, Jobs, Worker};

/// The candidate pool's signals: who is stored, files being read, the last ranking.
#[derive(Clone, Copy)]
struct Pool {
    worker: Worker,
    alert: Alert,
    candidates: RwSignal<Option<Vec<PooledResumeSummary>>>,
    reading: RwSignal<usize>,
    ranked: RwSignal<Option<PoolRanking>>,
    /// Advanced by every listing of the stored candidates while no file is being read.
    listed: Generation,
    /// Advanced by every answer to Rank, ranking or error.
    rankings: Generation,
}

/// The pool ranked for one posting.
#[derive(Clone)]
struct PoolRanking {
    /// "Title · Company" of the posting.
    job: String,
    matches: Vec<RankedPooledResume>,
    embedding_model: Option<String>,
}

impl Pool {
    /// Handles an answer that lists the stored candidates.
    fn apply(self, reply: ResponseBody) {
        match reply {
            ResponseBody::Candidates { candidates } => self.candidates.set(Some(candidates)),
            ResponseBody::Error { message } => self.alert.show(message),
            _ => {}
        }
        // Files added together are answered together: by the listing after the last one.
        if self.reading.get_untracked() == 0 {
            self.listed.advance();
        }
    }

    fn send(self, body: RequestBody) {
        self.worker.request(body, move |reply| self.apply(reply));
    }

    /// Reads `file` and adds it to the pool.
    fn import(self, file: File) {
        self.reading.update(|n| *n += 1);
        spawn_local(async move {
            let too_large = |size, limit| ResumeImportError::TooLarge { size, limit }.to_string();
            let body = match read_file(&file, MAX_RESUME_BYTES, too_large).await {
                Ok(bytes) => RequestBody::ImportCandidate {
                    file_name: file.name(),
                    mime: Some(file.type_()).filter(|mime| !mime.is_empty()),
                    bytes,
                },
                Err(message) => {
                    self.reading.update(|n| *n -= 1);
                    return self.alert.show(message);
                }
            };
            let name = file.name();
            let sent = self.worker.request(body, move |reply| {
                self.reading.update(|n| *n -= 1);
                self.apply(match reply {
                    // Say which of several files failed.
                    ResponseBody::Error { message } => ResponseBody::Error {
                        message: format!("{name}: {message}"),
                    },
                    reply => reply,
                });
            });
            if sent.is_none() {
                self.reading.update(|n| *n -= 1);
            }
        });
    }

    /// Ranks the pool for the posting `job_id`, labelled `title` ("title · company").
    fn rank(self, job_id: String, title: String) {
        self.alert.clear();
        self.worker
            .request(RequestBody::RankCandidates { job_id }, move |reply| {
                self.rankings.advance();
                match reply {
                    ResponseBody::CandidatesRanked {
                        embedding_model,
                        matches,
                    } => self.ranked.set(Some(PoolRanking {
                        job: title,
                        matches,
                        embedding_model,
                    })),
                    ResponseBody::Error { message } => self.alert.show(message),
                    _ => {}
                }
            });
    }
}

#[component]
pub(crate) fn RecruiterPanel() -> impl IntoView {
    let alert = expect_context::<Alert>();
    let stored_jobs = expect_context::<Jobs>();
    let pool = Pool {
        worker: expect_context::<Worker>(),
        alert,
        candidates: RwSignal::new(None),
        reading: RwSignal::new(0),
        ranked: RwSignal::new(None),
        listed: Generation::new(),
        rankings: Generation::new(),
    };
    pool.send(RequestBody::ListCandidates);
    let jobs = move || stored_jobs.stored.with(jobs_to_rank);
    let chosen_job = RwSignal::new(0usize);
    let job_options = move || {
        jobs()
            .into_iter()
            .enumerate()
            .map(|(idx, (_id, label))| {
                view! {
                    <option value=idx.to_string() selected=move || chosen_job.get() == idx>
                        {label}
                    </option>
                }
            })
            .collect_view()
    };
    let n_candidates = move || pool.candidates.with(|c| c.as_ref().map_or(0, Vec::len));
    let can_rank = move || n_candidates() > 0 && pool.reading.get() == 0;
    let rank = move |_| {
        if let Some((id, label)) = jobs().into_iter().nth(chosen_job.get_untracked()) {
            pool.rank(id, label);
        }
    };
    view! {
        <section aria-labelledby="candidates-heading">
            <h2 id="candidates-heading">"Candidates"</h2>
            <p class="note">
                "Add your candidates' resumes (PDF, Word .docx, text or JSON Resume). "
                "They are read and kept in this browser only."
            </p>
            <label for="candidate-files">"Add resumes"</label>
            <input
                id="candidate-files"
                type="file"
                multiple
                accept=".txt,.pdf,.docx,.json"
                on:change=move |event| {
                    alert.clear();
                    picked_files(&event).into_iter().for_each(|file| pool.import(file));
                }
            />
            <Show when=move || { pool.reading.get() > 0 }>
                <p aria-live="polite">{move || format!("Reading {} file(s)…", pool.reading.get())}</p>
            </Show>
            <CandidateList pool/>
            <div class="field">
                <label for="recruit-job">"Rank them for"</label>
                <select
                    id="recruit-job"
                    on:change=move |event| {
                        chosen_job.set(event_target_value(&event).parse().unwrap_or(0));
                    }
                >
                    {job_options}
                </select>
            </div>
            <button id="rank-candidates" on:click=rank disabled=move || !can_rank()>
                {move || format!("Rank {} candidate(s)", n_candidates())}
            </button>
        </section>
        <RankedCandidates pool/>
    }
}

/// The stored candidates, each removable, and a button that removes them all.
#[component]
fn CandidateList(pool: Pool) -> impl IntoView {
    let rows = move || {
        pool.candidates.get().map(|candidates| {
            if candidates.is_empty() {
                return view! { <p data-testid="candidate-count" data-generation=move || pool.listed.attribute()>
                        "No candidates stored yet."
                    </p> }
                    .into_any();
            }
            let count = match candidates.len() {
                1 => "1 candidate stored in this browser.".to_owned(),
                n => format!("{n} candidates stored in this browser."),
            };
            let items = candidates
                .into_iter()
                .map(|candidate| {
                    let PooledResumeSummary { candidate_id, name, file_name, skills, .. } = candidate;
                    let remove_label = format!("Remove {name}");
                    let id = candidate_id.clone();
                    let remove = move |_| {
                        pool.send(RequestBody::DeleteCandidates { candidate_id: Some(id.clone()) })
                    };
                    view! {
                        <li data-candidate-id=candidate_id>
                            <span class="title">{name}</span>
                            <span class="note">{format!(" ({file_name}) ")}</span>
                            <span class="note">{skills.join(", ")}</span>
                            " "
                            <button class="secondary" aria-label=remove_label on:click=remove>"Remove"</button>
                        </li>
                    }
                })
                .collect_view();
            let remove_all = move |_| pool.send(RequestBody::DeleteCandidates { candidate_id: None });
            view! {
                <p data-testid="candidate-count" data-generation=move || pool.listed.attribute() aria-live="polite">
                    {count}
                </p>
                <ul class="stored-candidates" id="stored-candidates">{items}</ul>
                <button id="delete-candidates" class="secondary" on:click=remove_all>
                    "Delete all candidates"
                </button>
            }
            .into_any()
        })
    };
    view! { <div>{rows}</div> }
}

/// The last ranking of the pool, best first.
#[component]
fn RankedCandidates(pool: Pool) -> impl IntoView {
    move || {
        pool.ranked.get().map(|PoolRanking { job, matches, embedding_model }| {
            let by = match embedding_model {
                Some(model) => format!("Ranked by {model} with the keyword, skill, experience, location and salary signals."),
                None => "Ranked by the keyword, skill, experience, location and salary signals only: no model is stored.".to_owned(),
            };
            let rows = matches
                .into_iter()
                .map(|RankedPooledResume { candidate_id, name, explained }| {
                    view! {
                        <li class="match" data-candidate-id=candidate_id>
                            <div class="match-head">
                                <span class="grade" data-grade=explained.grade.as_str()>{explained.grade.as_str()}</span>
                                <span class="title">{name}</span>
                                <span class="score">{format!("{:.3}", explained.score)}</span>
                            </div>
                            <ScoreBreakdown explained/>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby="ranked-candidates-heading">
                    <h2 id="ranked-candidates-heading">{format!("Candidates for {job}")}</h2>
                    <p class="note" data-testid="candidates-ranked-by" data-generation=move || pool.rankings.attribute()>
                        {by}
                    </p>
                    <ol id="ranked-candidates">{rows}</ol>
                </section>
            }
        })
    }
}
