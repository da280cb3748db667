//! Published job indexes in the jobs panel: the ones this site offers (one click each), any
//! other by its manifest's address and SHA-256 pin, and the ones added, with their versions.
//! The worker fetches and verifies them (`runtime/job_indexes.rs`); adding one answers like an
//! import, so its report and the stored jobs show the same way.

use candor_worker::protocol::{JobIndexSummary, RequestBody, RequestId, ResponseBody};
use leptos::prelude::*;

use crate::jobs_panel::JobsImport;
use crate::models_panel::units::part_of_total_text;
use crate::state::{Alert, Generation, Worker};

/// The offered and added indexes, as last listed.
#[derive(Clone, Default, PartialEq)]
struct Listed {
    offered: Vec<JobIndexSummary>,
    added: Vec<JobIndexSummary>,
}

#[component]
pub(crate) fn JobIndexes() -> impl IntoView {
    let worker = expect_context::<Worker>();
    let alert = expect_context::<Alert>();
    let import = expect_context::<JobsImport>();
    let listed = RwSignal::new(Listed::default());
    let listing = Generation::new();
    // Listed when the panel opens and again after every import's answer (an index's included).
    Effect::new(move |_| {
        import.imported().attribute();
        worker.request(RequestBody::ListJobIndexes, move |reply| {
            if let ResponseBody::JobIndexes { offered, added } = reply {
                listed.set(Listed { offered, added });
            }
            listing.advance();
        });
    });
    let download = RwSignal::new(None::<Download>);
    let add = move |name: String, manifest_url: String, pin: String| {
        alert.clear();
        let body = RequestBody::AddJobIndex { manifest_url, pin };
        let on_progress = move |progress| {
            if let ResponseBody::JobIndexProgress {
                fetched_bytes,
                total_bytes,
            } = progress
            {
                download.update(|download| {
                    if let Some(download) = download {
                        download.fetched_bytes = fetched_bytes;
                        download.total_bytes = total_bytes;
                    }
                });
            }
        };
        let request = import.send(format!("job index {name}"), body, on_progress);
        download.set(request.map(|request| Download {
            request,
            name,
            fetched_bytes: 0,
            total_bytes: 0,
        }));
    };
    // An answer ends the download shown, whatever it was.
    Effect::new(move |_| {
        if !import.busy() {
            download.set(None);
        }
    });
    let cancel = move |_| {
        if let Some(download) = download.get_untracked() {
            worker.send(RequestBody::CancelJobIndex {
                request_id: download.request,
            });
        }
    };
    let url = RwSignal::new(String::new());
    let pin = RwSignal::new(String::new());
    let add_typed = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = url.get_untracked();
        let base = web_sys::window()
            .and_then(|window| window.location().href().ok())
            .unwrap_or_default();
        match web_sys::Url::new_with_base(typed.trim(), &base) {
            Ok(resolved) => add(
                typed.trim().to_owned(),
                resolved.href(),
                pin.get_untracked(),
            ),
            Err(_) => alert.show(format!("{typed:?} is not a web address.")),
        }
    };
    let offered = move || {
        listed.with(|listed| {
            listed
                .offered
                .iter()
                .enumerate()
                .map(|(idx, index)| {
                    let JobIndexSummary {
                        name,
                        manifest_url,
                        pin,
                        ..
                    } = index.clone();
                    let label = format!("Add the index \u{201c}{name}\u{201d}");
                    view! {
                        <button
                            id=format!("add-offered-index-{idx}")
                            class="add-offered-index"
                            data-index-url=manifest_url.clone()
                            disabled=move || import.busy()
                            on:click=move |_| add(name.clone(), manifest_url.clone(), pin.clone())
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()
        })
    };
    let added = move || {
        listed.with(|listed| {
            listed
                .added
                .iter()
                .map(|index| {
                    let line = format!(
                        "{}: version {}, {} postings",
                        index.name,
                        index.version.unwrap_or_default(),
                        index.postings.unwrap_or_default()
                    );
                    view! { <li data-index-url=index.manifest_url.clone()>{line}</li> }
                })
                .collect_view()
        })
    };
    view! {
        // `data-generation`: the answers to imports (an index's included, and its refusal).
        <div
            class="job-indexes"
            data-testid="job-index-answers"
            data-generation=move || import.imported().attribute()
        >
            <h3>"Job indexes"</h3>
            <p class="note">
                "A job index is a list of postings someone published with their meaning already \
                 computed. Each file is checked against the index's SHA-256 pin; only your resume \
                 is read here."
            </p>
            <div class="actions">{offered}</div>
            {move || download.get().map(|download| view! { <DownloadShown download cancel/> })}
            <Show when=move || import.was_cancelled()>
                <p class="note" data-testid="index-cancelled">
                    "Adding the index was cancelled; nothing of it was stored."
                </p>
            </Show>
            <details>
                <summary>"Add a job index by its address"</summary>
                <form on:submit=add_typed>
                    <label for="index-url">"Address of its manifest.json"</label>
                    <input id="index-url" type="url" required bind:value=url/>
                    <label for="index-pin">"Its SHA-256 pin"</label>
                    <input id="index-pin" required pattern="[0-9a-fA-F]{64}" bind:value=pin/>
                    <button id="add-index" type="submit" disabled=move || import.busy()>
                        "Add index"
                    </button>
                </form>
            </details>
            <ul
                aria-label="Job indexes added"
                data-testid="added-indexes"
                data-generation=move || listing.attribute()
            >
                {added}
            </ul>
        </div>
    }
}

/// An index being added: its request, and how much of its files arrived.
#[derive(Clone, PartialEq)]
struct Download {
    request: RequestId,
    name: String,
    fetched_bytes: u64,
    /// Zero until the worker has read the manifest.
    total_bytes: u64,
}

/// The download of an index being added, with its cancel button.
#[component]
fn DownloadShown(
    download: Download,
    cancel: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let Download {
        name,
        fetched_bytes,
        total_bytes,
        ..
    } = download;
    let line = if total_bytes == 0 {
        format!("Reading the manifest of \u{201c}{name}\u{201d}\u{2026}")
    } else {
        format!(
            "Fetching \u{201c}{name}\u{201d}: {}",
            part_of_total_text(fetched_bytes, total_bytes)
        )
    };
    view! {
        <div class="index-download" data-testid="index-download">
            <label for="index-progress">{line}</label>
            <progress
                id="index-progress"
                max=total_bytes.max(1).to_string()
                value=fetched_bytes.to_string()
            ></progress>
            <button id="cancel-index" type="button" on:click=cancel>
                "Cancel"
            </button>
        </div>
    }
}
