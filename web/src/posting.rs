//! The posting behind a match, to read in full: asked of the worker when the person opens it
//! (a ranked list carries no posting text), shown as plain text, with a link to the original
//! that gives it no referrer and no hold on this page.

use candor_core::domain::JobPosting;
use candor_worker::protocol::{RequestBody, ResponseBody};
use leptos::prelude::*;

use crate::state::Worker;

/// Whether `url` may be a link: only http and https (the import drops others, this holds even
/// for postings stored before it did).
fn is_web_address(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// "Northwind · Austin, TX · $120k-$140k · posted 2026-11-30"
fn facts(posting: &JobPosting) -> String {
    let mut facts = vec![posting.company.clone(), posting.location.clone()];
    facts.extend(posting.salary.as_ref().map(|salary| salary.raw.clone()));
    facts.extend(posting.posted.map(|posted| format!("posted {posted}")));
    facts.retain(|fact| !fact.trim().is_empty());
    facts.join(" · ")
}

/// A disclosure that reads the posting `job_id` from the worker the first time it is opened.
#[component]
pub(crate) fn PostingDetails(job_id: String, heading: String) -> impl IntoView {
    let worker = expect_context::<Worker>();
    let posting: RwSignal<Option<Result<JobPosting, String>>> = RwSignal::new(None);
    let asked = StoredValue::new(false);
    let open = move |event: leptos::ev::Event| {
        let opened = event_target::<web_sys::HtmlDetailsElement>(&event).open();
        if !opened || asked.get_value() {
            return;
        }
        asked.set_value(true);
        let body = RequestBody::Posting {
            job_id: job_id.clone(),
        };
        worker.request(body, move |reply| {
            posting.set(Some(match reply {
                ResponseBody::Posting { posting } => Ok(posting),
                ResponseBody::Error { message } => Err(message),
                _ => Err("the worker answered something else".to_owned()),
            }));
        });
    };
    let content = move || {
        posting.get().map(|read| match read {
            Ok(posting) => view! { <PostingText posting/> }.into_any(),
            Err(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
        })
    };
    view! {
        <details class="posting" on:toggle=open>
            <summary aria-label=format!("Read the posting: {heading}")>"Read the posting"</summary>
            <div class="posting-body" data-testid="posting" aria-live="polite">
                {move || content().unwrap_or_else(|| view! { <p class="note">"Reading…"</p> }.into_any())}
            </div>
        </details>
    }
}

/// The posting as text: its facts, the description paragraph by paragraph, its requirements,
/// and the link to the original.
#[component]
fn PostingText(posting: JobPosting) -> impl IntoView {
    let paragraphs = posting
        .description
        .split("\n\n")
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .map(|paragraph| view! { <p>{paragraph.to_owned()}</p> })
        .collect_view();
    let requirements = posting
        .requirements
        .iter()
        .map(|requirement| view! { <li>{requirement.clone()}</li> })
        .collect_view();
    let has_requirements = !posting.requirements.is_empty();
    let link = is_web_address(&posting.url).then(|| {
        view! {
            <a
                class="original"
                href=posting.url.clone()
                target="_blank"
                rel="noopener noreferrer"
                referrerpolicy="no-referrer"
            >
                "Open the original posting"
            </a>
        }
    });
    view! {
        <p class="posting-facts">{facts(&posting)}</p>
        {link}
        <div class="posting-text">{paragraphs}</div>
        <Show when=move || has_requirements>
            <h3 class="posting-heading">"Requirements"</h3>
        </Show>
        <ul class="posting-requirements">{requirements}</ul>
    }
}
