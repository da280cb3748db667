//! The stored jobs: import a file (JSON, CSV, schema.org JSON-LD) or the bundled samples, see
//! the batch report and what is stored (expired postings marked), or delete them all. The jobs
//! live in this browser's IndexedDB, kept by the worker.

use candor_core::samples::{SAMPLE_JOBS_JSON, sample_jobs};
use candor_import::jobs::{ImportReport, JobImportError, MAX_JOB_IMPORT_BYTES, RowOutcome};
use candor_worker::protocol::{RequestBody, RequestId, ResponseBody, StoredJob};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashSet;
use web_sys::File;

use crate::files::{picked_file, read_file};
use crate::job_indexes::JobIndexes;
use crate::state::{Alert, Generation, Jobs, UserProfile, Worker};

/// The most stored postings listed by name; the count covers all of them.
const MAX_LISTED_JOBS: usize = 200;

/// The last import's report, and the file it came from.
#[derive(Clone, PartialEq)]
struct FileReport {
    file_name: String,
    report: ImportReport,
}

/// Asks the worker for the stored jobs and puts them in `jobs`, then calls `then`.
pub(crate) fn refresh_jobs(
    worker: Worker,
    jobs: Jobs,
    alert: Alert,
    then: impl FnOnce() + 'static,
) {
    worker.request(RequestBody::ListJobs, move |reply| {
        match reply {
            ResponseBody::Jobs { jobs: stored } => jobs.show(stored),
            ResponseBody::Error { message } => alert.show(message),
            _ => {}
        }
        then();
    });
}

/// The jobs Rank ranks, as `(id, "title · company")`: the stored ones that have not expired,
/// or the bundled samples when none are stored. Expired postings stay listed (marked) but are
/// not ranked.
pub(crate) fn jobs_to_rank(stored: &Option<Vec<StoredJob>>) -> Vec<(String, String)> {
    let label = |title: &str, company: &str| format!("{title} · {company}");
    match stored {
        Some(stored) if !stored.is_empty() => stored
            .iter()
            .filter(|job| !job.expired)
            .map(|job| (job.id.clone(), label(&job.title, &job.company)))
            .collect(),
        _ => sample_jobs()
            .into_iter()
            .map(|job| (job.id.clone(), label(&job.title, &job.company)))
            .collect(),
    }
}

/// Importing a jobs file: picked in the jobs panel or dropped anywhere on the page. Created
/// by the page ([`crate::app::App`]) and provided as context; copied into handlers.
#[derive(Clone, Copy)]
pub(crate) struct JobsImport {
    worker: Worker,
    alert: Alert,
    jobs: Jobs,
    /// The last import's report.
    report: RwSignal<Option<FileReport>>,
    /// Advanced by every import's answer: its report with the stored jobs listed again, or its
    /// error.
    imported: Generation,
    importing: RwSignal<bool>,
    /// Whether the last answer was an index's add cancelled before anything was stored.
    cancelled: RwSignal<bool>,
}

impl JobsImport {
    pub(crate) fn new(worker: Worker, alert: Alert, jobs: Jobs) -> JobsImport {
        JobsImport {
            worker,
            alert,
            jobs,
            report: RwSignal::new(None),
            imported: Generation::new(),
            importing: RwSignal::new(false),
            cancelled: RwSignal::new(false),
        }
    }

    /// Sends the postings in `bytes` (the file `file_name`) to the worker to store.
    fn import(self, file_name: String, bytes: Vec<u8>) {
        let body = RequestBody::ImportJobs {
            file_name: file_name.clone(),
            bytes,
        };
        self.send(file_name, body, |_| {});
    }

    /// Sends `body`, a request the worker answers with [`ResponseBody::JobsImported`] (or, for
    /// an index, [`ResponseBody::JobIndexCancelled`]), and shows its report under `source`
    /// ("jobs.csv", "job index Sample postings"); its progress messages go to `on_progress`.
    /// `None` when there is no worker.
    pub(crate) fn send(
        self,
        source: String,
        body: RequestBody,
        on_progress: impl Fn(ResponseBody) + 'static,
    ) -> Option<RequestId> {
        let JobsImport {
            worker,
            alert,
            jobs,
            report,
            imported,
            importing,
            cancelled,
        } = self;
        importing.set(true);
        // The last file's report (or cancel) would read as this one's while it is imported.
        report.set(None);
        cancelled.set(false);
        let sent = worker.request_with_progress(body, on_progress, move |reply| {
            importing.set(false);
            cancelled.set(matches!(reply, ResponseBody::JobIndexCancelled));
            match reply {
                ResponseBody::JobsImported { report: batch, .. } => {
                    report.set(Some(FileReport {
                        file_name: source,
                        report: batch,
                    }));
                    refresh_jobs(worker, jobs, alert, move || imported.advance());
                }
                ResponseBody::Error { message } => {
                    alert.show(message);
                    imported.advance();
                }
                _ => imported.advance(),
            }
        });
        if sent.is_none() {
            importing.set(false);
        }
        sent
    }

    /// True while an import (or an index being added) runs.
    pub(crate) fn busy(self) -> bool {
        self.importing.get()
    }

    /// Whether the last answer was an index's add cancelled before anything was stored.
    pub(crate) fn was_cancelled(self) -> bool {
        self.cancelled.get()
    }

    /// Advanced by every import's answer.
    pub(crate) fn imported(self) -> Generation {
        self.imported
    }

    /// The postings the last import added (not those it updated), by job id.
    pub(crate) fn new_job_ids(self) -> HashSet<String> {
        self.report.with(|report| {
            report
                .iter()
                .flat_map(|file| &file.report.rows)
                .filter(|row| row.outcome == RowOutcome::New)
                .filter_map(|row| row.key.clone())
                .collect()
        })
    }

    /// Reads `file` and imports it.
    pub(crate) fn open(self, file: File) {
        if self.importing.get_untracked() {
            return self.alert.show(format!(
                "Another import is running; import {} when it is done.",
                file.name()
            ));
        }
        self.alert.clear();
        // Busy from the start: a second file dropped while this one is read waits its turn.
        self.importing.set(true);
        spawn_local(async move {
            let too_large = |size, limit| JobImportError::TooLarge { size, limit }.to_string();
            match read_file(&file, MAX_JOB_IMPORT_BYTES, too_large).await {
                Ok(bytes) => self.import(file.name(), bytes),
                Err(message) => {
                    self.importing.set(false);
                    self.alert.show(message);
                }
            }
        });
    }
}

#[component]
pub(crate) fn JobsPanel() -> impl IntoView {
    let worker = expect_context::<Worker>();
    let alert = expect_context::<Alert>();
    let jobs = expect_context::<Jobs>();
    let profile = expect_context::<UserProfile>();
    let import = expect_context::<JobsImport>();
    let JobsImport {
        report,
        imported,
        importing,
        ..
    } = import;
    let import_file = move |event| {
        if let Some(file) = picked_file(&event) {
            import.open(file);
        }
    };
    let use_samples = move |_| {
        alert.clear();
        import.import(
            "sample jobs".to_owned(),
            SAMPLE_JOBS_JSON.as_bytes().to_vec(),
        );
    };
    let delete_all = move |_| {
        alert.clear();
        report.set(None);
        worker.request(RequestBody::DeleteJobs, move |reply| match reply {
            ResponseBody::Jobs { jobs: stored } => {
                jobs.show(stored);
                // The statuses went with the jobs.
                profile.statuses.set(Vec::new());
            }
            ResponseBody::Error { message } => alert.show(message),
            _ => {}
        });
    };
    let has_jobs = move || {
        jobs.stored
            .with(|jobs| jobs.as_ref().is_some_and(|jobs| !jobs.is_empty()))
    };
    let busy = move || importing.get();
    view! {
        <section aria-labelledby="jobs-heading">
            <h2 id="jobs-heading">"Jobs"</h2>
            <label for="import-jobs">"Import jobs (JSON, CSV, JSON-LD)"</label>
            <input
                id="import-jobs"
                type="file"
                accept=".json,.jsonld,.csv,.tsv,.txt,.html,.htm"
                disabled=busy
                on:change=import_file
            />
            <div class="actions">
                <button id="use-sample-jobs" on:click=use_samples disabled=busy>
                    "Use sample jobs"
                </button>
                <Show when=has_jobs>
                    <button id="delete-jobs" class="secondary" on:click=delete_all disabled=busy>
                        "Delete all jobs"
                    </button>
                </Show>
            </div>
            <Show when=move || importing.get()>
                <p aria-live="polite">"Importing…"</p>
            </Show>
            <JobIndexes/>
            <ImportReportView report imported/>
            <StoredJobs/>
        </section>
    }
}

/// Counts, then one line per row that was not stored (failed, with its reason, or duplicate).
#[component]
fn ImportReportView(report: RwSignal<Option<FileReport>>, imported: Generation) -> impl IntoView {
    move || {
        report.get().map(|FileReport { file_name, report }| {
            let problems = report
                .rows
                .iter()
                .filter(|row| !matches!(row.outcome, RowOutcome::New | RowOutcome::Updated))
                .map(|row| view! { <li>{row.message()}</li> })
                .collect_view();
            let ignored = (!report.ignored_fields.is_empty())
                .then(|| format!("Columns not used: {}.", report.ignored_fields.join(", ")));
            view! {
                <div
                    class="import-report"
                    data-testid="import-report"
                    data-generation=move || imported.attribute()
                    role="status"
                >
                    <p>{format!("Imported {file_name}: {}.", report.summary())}</p>
                    <ul aria-label="Rows not imported">{problems}</ul>
                    <p class="note">{ignored}</p>
                </div>
            }
        })
    }
}

/// How many jobs are stored and which, expired ones marked.
#[component]
fn StoredJobs() -> impl IntoView {
    let jobs = expect_context::<Jobs>();
    let summary = move || {
        jobs.stored.with(|jobs| match jobs {
            None => "Reading the stored jobs…".to_owned(),
            Some(jobs) if jobs.is_empty() => {
                "No jobs stored yet. Import a file or use the sample jobs; until then, Rank uses the sample jobs.".to_owned()
            }
            Some(jobs) => {
                let n_expired = jobs.iter().filter(|job| job.expired).count();
                format!(
                    "{} stored in this browser ({n_expired} expired).",
                    plural(jobs.len(), "job", "jobs")
                )
            }
        })
    };
    let listed = move || {
        jobs.stored.with(|jobs| {
            let jobs = jobs.as_deref().unwrap_or_default();
            let rows = jobs
                .iter()
                .take(MAX_LISTED_JOBS)
                .map(|stored| view! { <StoredJobRow stored=stored.clone()/> })
                .collect_view();
            let more = (jobs.len() > MAX_LISTED_JOBS)
                .then(|| format!("and {} more", jobs.len() - MAX_LISTED_JOBS));
            (!jobs.is_empty()).then(|| {
                view! {
                    <details>
                        <summary>"Show stored jobs"</summary>
                        <ul class="stored-jobs" id="stored-jobs">{rows}</ul>
                        <p class="note">{more}</p>
                    </details>
                }
            })
        })
    };
    view! {
        <p data-testid="stored-jobs" data-generation=move || jobs.listed.attribute() aria-live="polite">
            {summary}
        </p>
        {listed}
    }
}

#[component]
fn StoredJobRow(stored: StoredJob) -> impl IntoView {
    let StoredJob {
        id,
        title,
        company,
        expired,
        ..
    } = stored;
    view! {
        <li data-job-id=id class:expired=expired>
            <span class="title">{title}</span>
            " · "
            <span class="company">{company}</span>
            {expired.then(|| view! { " " <span class="badge">"expired"</span> })}
        </li>
    }
}

/// "1 job", "3 jobs".
fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}
