//! Searching every stored posting for what the person types, by keywords, skills and (with
//! the stored model) meaning: a worker `Search`, beside the ranked list's own filter. Each hit
//! opens to its posting like a match does.

use candor_core::matching::SearchHit;
use candor_worker::protocol::{RequestBody, ResponseBody};
use leptos::prelude::*;

use crate::matches::mark_viewed_on_open;
use crate::posting::PostingDetails;
use crate::state::{Alert, Generation, Jobs, Matching, UserProfile, Worker};

/// A search's answer, as shown.
#[derive(Clone)]
struct Found {
    query: String,
    hits: Vec<SearchHit>,
    by_meaning: Option<String>,
    note: Option<String>,
}

impl Found {
    /// "3 postings for “icu nurse”, by meaning (all-minilm-l6-v2), keywords and skills."
    fn summary(&self) -> String {
        let count = match self.hits.len() {
            0 => "No postings".to_owned(),
            1 => "1 posting".to_owned(),
            n => format!("{n} postings"),
        };
        let by = match &self.by_meaning {
            Some(model_id) => format!("by meaning ({model_id}), keywords and skills"),
            None => "by keywords and skills".to_owned(),
        };
        format!("{count} for “{}”, {by}.", self.query)
    }
}

#[component]
pub(crate) fn PostingSearch() -> impl IntoView {
    let worker = expect_context::<Worker>();
    let alert = expect_context::<Alert>();
    let matching = expect_context::<Matching>();
    let jobs = expect_context::<Jobs>();
    let query = RwSignal::new(String::new());
    let found: RwSignal<Option<Found>> = RwSignal::new(None);
    let searching = RwSignal::new(false);
    // Advanced by every answer, found or failed.
    let answered = Generation::new();
    // Hits of postings since deleted or replaced would open to nothing.
    Effect::new(move |_| {
        jobs.stored.track();
        found.set(None);
    });
    let search = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if searching.get_untracked() {
            return;
        }
        alert.clear();
        searching.set(true);
        let body = RequestBody::Search {
            query: query.get_untracked(),
            without_models: matching.models_left_out.get_untracked(),
        };
        let sent = worker.request(body, move |reply| {
            searching.set(false);
            match reply {
                ResponseBody::SearchResults {
                    query,
                    hits,
                    by_meaning,
                    note,
                } => found.set(Some(Found {
                    query,
                    hits,
                    by_meaning,
                    note,
                })),
                ResponseBody::Error { message } => {
                    found.set(None);
                    alert.show(message);
                }
                _ => {}
            }
            answered.advance();
        });
        if sent.is_none() {
            searching.set(false);
        }
    };
    let hits = move || {
        found.get().map(|found| {
            found
                .hits
                .into_iter()
                .enumerate()
                .map(|(idx, hit)| view! { <SearchHitCard rank=idx + 1 hit/> })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="search-heading">
            <h2 id="search-heading">"Search postings"</h2>
            <form class="posting-search" role="search" on:submit=search>
                <label for="search-postings">"Find postings by what they are about"</label>
                <input
                    id="search-postings"
                    type="search"
                    placeholder="e.g. night shift ICU nurse"
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input=move |event| query.set(event_target_value(&event))
                />
                <button id="search-button" type="submit" aria-disabled=move || searching.get().to_string()>
                    {move || if searching.get() { "Searching…" } else { "Search" }}
                </button>
            </form>
            <div data-testid="search-results" data-generation=move || answered.attribute()>
                <p class="note" role="status">{move || found.with(|found| found.as_ref().map(Found::summary))}</p>
                <p class="note">{move || found.with(|found| found.as_ref().and_then(|found| found.note.clone()))}</p>
                <ol id="search-hits">{hits}</ol>
            </div>
        </section>
    }
}

/// One posting found: where it ranks, what it is, the query's skills it names, and the
/// posting itself on request.
#[component]
fn SearchHitCard(rank: usize, hit: SearchHit) -> impl IntoView {
    let worker = expect_context::<Worker>();
    let alert = expect_context::<Alert>();
    let profile = expect_context::<UserProfile>();
    let SearchHit {
        job_id,
        title,
        company,
        location,
        score,
        matched_skills,
        ..
    } = hit;
    let heading = format!("{title} · {company}");
    let opened = mark_viewed_on_open(worker, profile, alert, job_id.clone());
    let skills = matched_skills
        .into_iter()
        .map(|skill| view! { <li class="chip matched">{skill}</li> })
        .collect_view();
    view! {
        <li class="match hit" data-job-id=job_id.clone()>
            <div class="match-head">
                <span class="rank">{format!("{rank}.")}</span>
                <span class="title">{title}</span>
                " · "
                <span class="company">{company}</span>
                <span class="location">{location}</span>
                <span class="score">{format!("{score:.3}")}</span>
            </div>
            <ul class="chips" aria-label="Skills of the search it names">{skills}</ul>
            <PostingDetails job_id=job_id.clone() heading opened/>
        </li>
    }
}
