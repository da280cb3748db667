//! Opening or dropping a resume file: the worker reads it (PDF, DOCX, TXT, JSON Resume), the
//! text fills the editable resume box, and what was detected in it is shown below.

use candor_import::resume::{MAX_RESUME_BYTES, ResumeImportError};
use candor_worker::protocol::{RequestBody, ResponseBody};
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::File;

use crate::files::{picked_file, read_file};
use crate::state::{Alert, Generation, Worker};

/// What the worker detected in an imported resume.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DetectedProfile {
    file_name: String,
    skills: Vec<String>,
    years: Option<f32>,
    titles: Vec<String>,
}

impl DetectedProfile {
    /// "8 years · Senior Backend Engineer · Rust, Go, Kubernetes", leaving out what is unknown.
    fn describe(&self) -> String {
        let years = self.years.map(|years| match years.round() as u32 {
            1 => "1 year".to_owned(),
            n => format!("{n} years"),
        });
        let parts: Vec<String> = years
            .into_iter()
            .chain(self.titles.first().cloned())
            .chain((!self.skills.is_empty()).then(|| self.skills.join(", ")))
            .collect();
        if parts.is_empty() {
            "no years, titles or known skills found; check the text above".to_owned()
        } else {
            parts.join(" · ")
        }
    }
}

/// The resume box's import state: the text it fills, what was detected, and the file being
/// read. Created by the page ([`crate::app::App`]), so that a file dropped anywhere on it
/// reaches the box, and provided as context; copied into handlers.
#[derive(Clone, Copy)]
pub(crate) struct ResumeImport {
    worker: Worker,
    alert: Alert,
    /// The resume's text, as the box shows it.
    pub(crate) resume: RwSignal<String>,
    detected: RwSignal<Option<DetectedProfile>>,
    /// The name of the file being read, while it is.
    reading: RwSignal<Option<String>>,
    /// Advanced by every answer to a resume file, detections or error.
    answered: Generation,
}

impl ResumeImport {
    pub(crate) fn new(worker: Worker, alert: Alert) -> ResumeImport {
        ResumeImport {
            worker,
            alert,
            resume: RwSignal::new(String::new()),
            detected: RwSignal::new(None),
            reading: RwSignal::new(None),
            answered: Generation::new(),
        }
    }

    /// Sends `file` to the worker; its text replaces the resume box's on success.
    pub(crate) fn open(self, file: File) {
        let alert = self.alert;
        if let Some(reading) = self.reading.get_untracked() {
            return alert.show(format!(
                "{reading} is still being read; open {} when it is done.",
                file.name()
            ));
        }
        alert.clear();
        self.reading.set(Some(file.name()));
        spawn_local(async move {
            let too_large = |size, limit| ResumeImportError::TooLarge { size, limit }.to_string();
            let bytes = match read_file(&file, MAX_RESUME_BYTES, too_large).await {
                Ok(bytes) => bytes,
                Err(message) => {
                    self.reading.set(None);
                    return alert.show(message);
                }
            };
            let file_name = file.name();
            let body = RequestBody::ImportResume {
                file_name: file_name.clone(),
                mime: Some(file.type_()).filter(|mime| !mime.is_empty()),
                bytes,
            };
            let sent = self.worker.request(body, move |reply| {
                self.reading.set(None);
                self.answered.advance();
                match reply {
                    ResponseBody::ResumeImported {
                        text,
                        skills,
                        years,
                        titles,
                    } => {
                        self.resume.set(text);
                        self.detected.set(Some(DetectedProfile {
                            file_name,
                            skills,
                            years,
                            titles,
                        }));
                    }
                    ResponseBody::Error { message } => alert.show(message),
                    _ => {}
                }
            });
            if sent.is_none() {
                self.reading.set(None);
            }
        });
    }
}

/// The labelled file picker above the resume box.
#[component]
pub(crate) fn ResumeFileInput(import: ResumeImport) -> impl IntoView {
    view! {
        <label for="resume-file">"Open a resume file (PDF, Word .docx, text or JSON Resume)"</label>
        <input
            id="resume-file"
            type="file"
            accept=".txt,.pdf,.docx,.json"
            disabled=move || import.reading.with(Option::is_some)
            on:change=move |event| {
                if let Some(file) = picked_file(&event) {
                    import.open(file);
                }
            }
        />
    }
}

/// What the worker found in the imported resume, or that it is still reading.
#[component]
pub(crate) fn DetectedSummary(import: ResumeImport) -> impl IntoView {
    let summary = move || match (import.reading.get(), import.detected.get()) {
        (Some(name), _) => Some(format!("Reading {name}…")),
        (None, Some(detected)) => Some(format!(
            "Detected in {}: {}",
            detected.file_name,
            detected.describe()
        )),
        (None, None) => None,
    };
    view! {
        <p
            class="detected"
            data-testid="detected"
            data-generation=move || import.answered.attribute()
            aria-live="polite"
        >
            {summary}
        </p>
    }
}
