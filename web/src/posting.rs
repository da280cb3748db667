//! The posting behind a match, to read in full: asked of the worker when the person opens it
//! (a ranked list carries no posting text), shown as plain text, with a link to the original
//! that gives it no referrer and no hold on this page.

use candor_core::domain::JobPosting;
use candor_worker::protocol::{RequestBody, ResponseBody};
use leptos::prelude::*;

use crate::state::Worker;

/// `url` as the browser reads it, when it is an http or https address: the only ones linked
/// (the import drops others; this holds for postings stored before it did, and for whatever the
/// browser's own parser makes of odd spaces or case).
fn web_address(url: &str) -> Option<String> {
    let parsed = web_sys::Url::new(url).ok()?;
    matches!(parsed.protocol().as_str(), "http:" | "https:").then(|| parsed.href())
}

/// "Northwind · Austin, TX · $120k-$140k · posted 2026-11-30"
fn facts(posting: &JobPosting) -> String {
    let mut facts = vec![posting.company.clone(), posting.location.clone()];
    facts.extend(posting.salary.as_ref().map(|salary| salary.raw.clone()));
    facts.extend(posting.posted.map(|posted| format!("posted {posted}")));
    facts.retain(|fact| !fact.trim().is_empty());
    facts.join(" · ")
}

/// A disclosure that reads the posting `job_id` from the worker the first time it is opened,
/// and tells `opened` each time it is.
#[component]
pub(crate) fn PostingDetails(
    job_id: String,
    heading: String,
    opened: Callback<()>,
) -> impl IntoView {
    let worker = expect_context::<Worker>();
    let posting: RwSignal<Option<Result<JobPosting, String>>> = RwSignal::new(None);
    // Asked once; asked again when opened after a failed answer.
    let asked = StoredValue::new(false);
    let open = move |event: leptos::ev::Event| {
        if !event_target::<web_sys::HtmlDetailsElement>(&event).open() {
            return;
        }
        opened.run(());
        if asked.get_value() {
            return;
        }
        asked.set_value(true);
        posting.set(None);
        let body = RequestBody::Posting {
            job_id: job_id.clone(),
        };
        let sent = worker.request(body, move |reply| {
            let read = match reply {
                ResponseBody::Posting { posting } => Ok(posting),
                ResponseBody::Error { message } => Err(message),
                _ => Err("the worker answered something else".to_owned()),
            };
            asked.set_value(read.is_ok());
            posting.set(Some(read));
        });
        if sent.is_none() {
            asked.set_value(false);
            posting.set(Some(Err(
                "the model worker is not running; reload the page".to_owned(),
            )));
        }
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
            <div class="posting-body" data-testid="posting" aria-busy=move || posting.with(Option::is_none).to_string()>
                {move || content().unwrap_or_else(|| view! { <p class="note">"Reading…"</p> }.into_any())}
            </div>
        </details>
    }
}

/// The posting as text: its facts, the links to the original and to where to apply, the
/// description paragraph by paragraph, and its requirements.
#[component]
fn PostingText(posting: JobPosting) -> impl IntoView {
    let paragraphs = posting
        .description
        .split("\n\n")
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .map(|paragraph| view! { <p>{paragraph.to_owned()}</p> })
        .collect_view();
    let requirements = posting.requirements.clone();
    let has_requirements = !requirements.is_empty();
    let links = [
        (&posting.url, "original", "Open the original posting"),
        (&posting.apply_url, "apply", "Apply on the employer's site"),
    ]
    .into_iter()
    .filter_map(|(url, class, text)| Some((web_address(url)?, class, text)))
    .map(|(href, class, text)| view! { <OutsideLink href class text/> })
    .collect_view();
    view! {
        <p class="posting-facts">{facts(&posting)}</p>
        <p class="posting-links">{links}</p>
        <div class="posting-text">{paragraphs}</div>
        <Show when=move || has_requirements>
            <h3 class="posting-heading">"Requirements"</h3>
            <ul class="posting-requirements">
                {requirements.iter().map(|requirement| view! { <li>{requirement.clone()}</li> }).collect_view()}
            </ul>
        </Show>
    }
}

/// A link off the page: a new tab that gets no referrer and no hold on this page.
#[component]
fn OutsideLink(href: String, class: &'static str, text: &'static str) -> impl IntoView {
    view! {
        <a class=class href=href target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">
            {text}
        </a>
    }
}
