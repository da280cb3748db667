//! The models panel: every model in the lock and what this browser stores of it, downloads the
//! person agrees to (the size is on the button), their progress, cancel and resume, re-checking
//! and deleting stored files, and the worker's diagnostics.
//!
//! Matching never needs a model (the keyword, skill, experience, location and salary signals run
//! without one); this panel is where a person chooses to add semantic matching. Its state is
//! [`ModelsState`], which `AppState` keeps up to date with the worker's download, model-status,
//! integrity and diagnostics answers; starting a download is `download.rs`, the diagnostics view
//! `diagnostics.rs`.

mod diagnostics;
mod download;
pub(crate) mod units;

use candor_lock::ModelKind;
use candor_worker::protocol::{FileCheckReport, ModelDiagnostics, ModelStatus, RequestBody};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::{
    Alert, DownloadProgress, ModelActivity, ModelsState, OfferedModel, Persistence, Task, Worker,
    status_from,
};
use diagnostics::DiagnosticsView;
use download::{not_enough_room, start_download};
use units::{size_text, speed_text, time_left_text};

#[component]
pub(crate) fn ModelPanel() -> impl IntoView {
    let models = expect_context::<ModelsState>();
    let offered_model = expect_context::<OfferedModel>();
    models.refresh_diagnostics(expect_context::<Worker>());
    let offered_id = Memo::new(move |_| {
        offered_model
            .status
            .with(|model| model.as_ref().map(|model| model.model_id.clone()))
    });
    // The offered model comes first (it is known from the worker's first message, before the
    // diagnostics), then the rest of the lock in its order.
    let other_ids = move || {
        let offered = offered_id.get();
        models.diagnostics.with(|diagnostics| {
            diagnostics
                .iter()
                .flat_map(|diagnostics| &diagnostics.models)
                .map(|model| model.model_id.clone())
                .filter(|id| Some(id) != offered.as_ref())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section id="models-panel" aria-labelledby="model-heading">
            <h2 id="model-heading">"Models"</h2>
            <p class="note">
                "Matching works without any model: keyword, skill, experience, location and salary "
                "signals rank every job. A model adds semantic matching, so a resume and a posting "
                "that say the same thing in different words still match. Model files are checked "
                "against pinned SHA-256 hashes and kept only in this browser."
            </p>
            <OfferedModelStatus/>
            <ul class="model-list" aria-label="Models in the lock">
                {move || {
                    offered_id.get().map(|model_id| view! { <ModelCard model_id offered=true/> })
                }}
                <For each=other_ids key=|id| id.clone() let:model_id>
                    <ModelCard model_id offered=false/>
                </For>
            </ul>
            <DownloadOptions/>
            <DiagnosticsView/>
        </section>
    }
}

/// One line on the offered model (the lock's fallback), for everyone who never opens the list.
#[component]
fn OfferedModelStatus() -> impl IntoView {
    let offered_model = expect_context::<OfferedModel>();
    let models = expect_context::<ModelsState>();
    let text = move || {
        let Some(model) = offered_model.status.get() else {
            return "Starting the model worker…".to_owned();
        };
        let id = &model.model_id;
        let size = size_text(model.total_bytes);
        let kept = model.stored_bytes + model.partial_bytes;
        let downloading = models.activity.with(|all| {
            all.get(id)
                .is_some_and(|activity| activity.is_downloading())
        });
        if downloading {
            format!("Downloading {id} ({size}). Matching works meanwhile, without the model.")
        } else if model.is_complete() {
            format!("{id} is stored in this browser and verified ({size}).")
        } else if kept > 0 {
            format!(
                "{id} is partly downloaded: {} of {size} stored. Resume to finish it; until then \
                 matching works without the model.",
                size_text(kept)
            )
        } else {
            format!(
                "{id} is not downloaded yet ({size}). It is fetched once from this site, checked \
                 against its pinned SHA-256 and kept in this browser."
            )
        }
    };
    view! { <p data-testid="model-status" aria-live="polite">{text}</p> }
}

/// What the lock says about a model, from the diagnostics.
#[derive(Clone, Debug, PartialEq)]
struct ModelFacts {
    kind: ModelKind,
    license: String,
    runnable: bool,
}

fn kind_text(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::Embedding => "embedding model",
        ModelKind::Reranker => "reranker",
    }
}

/// What the worker's last diagnostics say of model `id`, read through `read`; `None` before
/// the first diagnostics or for a model they do not list.
fn diagnosed<T>(
    models: ModelsState,
    id: &str,
    read: impl FnOnce(&ModelDiagnostics) -> T,
) -> Option<T> {
    models.diagnostics.with(|diagnostics| {
        diagnostics
            .as_ref()?
            .models
            .iter()
            .find(|model| model.model_id == id)
            .map(read)
    })
}

/// One model of the lock: what it is, what is stored, and its actions. `offered` marks the
/// model the page offers by default; its download button is `#download-model`.
#[component]
fn ModelCard(model_id: String, offered: bool) -> impl IntoView {
    let models = expect_context::<ModelsState>();
    let offered_model = expect_context::<OfferedModel>();
    let model_id = StoredValue::new(model_id);
    let status = Memo::new(move |_| {
        if offered {
            return offered_model.status.get();
        }
        model_id.with_value(|id| diagnosed(models, id, status_from))
    });
    let facts = Memo::new(move |_| {
        model_id.with_value(|id| {
            diagnosed(models, id, |model| ModelFacts {
                kind: model.kind,
                license: model.license.clone(),
                runnable: model.runnable,
            })
        })
    });
    let activity = Memo::new(move |_| {
        models
            .activity
            .with(|all| model_id.with_value(|id| all.get(id).cloned().unwrap_or_default()))
    });
    let meta = move || {
        let size = status.with(|status| status.as_ref().map(|s| size_text(s.total_bytes)));
        let mut parts: Vec<String> = size.into_iter().collect();
        if let Some(facts) = facts.get() {
            parts.insert(0, kind_text(facts.kind).to_owned());
            parts.push(format!("license {}", facts.license));
            parts.push(
                match facts.runnable {
                    true => "runs in this build",
                    false => "this build cannot run it",
                }
                .to_owned(),
            );
        }
        parts.join(" · ")
    };
    let stored_text = move || {
        let Some(status) = status.get() else {
            return String::new();
        };
        let kept = status.stored_bytes + status.partial_bytes;
        if status.is_complete() {
            "Stored in this browser and verified.".to_owned()
        } else if activity.with(ModelActivity::is_downloading) {
            "Downloading…".to_owned()
        } else if let Some(kept_at_cancel) = activity.with(|a| a.cancelled) {
            // The status catches up with the diagnostics that follow the cancel.
            format!(
                "Download cancelled: {} of {} kept; Resume continues from there.",
                size_text(kept.max(kept_at_cancel)),
                size_text(status.total_bytes)
            )
        } else if kept > 0 {
            format!(
                "{} of {} stored; a download resumes from there.",
                size_text(kept),
                size_text(status.total_bytes)
            )
        } else {
            "Not stored.".to_owned()
        }
    };
    let heading_id = model_id.with_value(|id| format!("model-{id}"));
    view! {
        <li class="model-card" data-model-id=model_id.get_value() aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{model_id.get_value()}</h3>
            <p class="note">{meta}</p>
            <p data-testid="model-stored">{stored_text}</p>
            <ModelActions model_id=model_id.get_value() offered status activity facts/>
            <DownloadProgressView model_id=model_id.get_value() activity/>
            <DownloadErrorView activity/>
            <IntegrityView activity/>
            <StorageWarning model_id=model_id.get_value() status/>
        </li>
    }
}

/// The download / resume / retry, cancel, verify and delete buttons of one model.
#[component]
fn ModelActions(
    model_id: String,
    offered: bool,
    status: Memo<Option<ModelStatus>>,
    activity: Memo<ModelActivity>,
    facts: Memo<Option<ModelFacts>>,
) -> impl IntoView {
    let worker = expect_context::<Worker>();
    let alert = expect_context::<Alert>();
    let models = expect_context::<ModelsState>();
    let model_id = StoredValue::new(model_id);
    let confirming_delete = RwSignal::new(false);
    // Bytes stored so far, verified or kept from a stopped download.
    let kept = move || {
        status.with(|status| {
            status
                .as_ref()
                .map_or(0, |status| status.stored_bytes + status.partial_bytes)
        })
    };
    let needed = move || {
        status.with(|status| {
            status.as_ref().map_or(0, |status| {
                status
                    .total_bytes
                    .saturating_sub(status.stored_bytes + status.partial_bytes)
            })
        })
    };
    let incomplete =
        move || status.with(|status| status.as_ref().is_some_and(|s| !s.is_complete()));
    let idle = move || activity.with(|activity| activity.task.is_none());
    let downloading = move || {
        activity.with(|activity| {
            matches!(
                activity.task,
                Some(Task::Downloading(_) | Task::Cancelling(_))
            )
        })
    };
    let runnable = move || facts.with(|facts| facts.as_ref().is_none_or(|facts| facts.runnable));
    let download_label = move || {
        let Some(status) = status.get() else {
            return String::new();
        };
        let failed = activity.with(|activity| activity.download_error.is_some());
        let id = model_id.get_value();
        match (kept(), failed) {
            (0, false) => format!("Download {id} ({})", size_text(status.total_bytes)),
            (0, true) => format!("Retry download of {id} ({})", size_text(status.total_bytes)),
            (kept, false) => format!(
                "Resume download ({} of {} stored)",
                size_text(kept),
                size_text(status.total_bytes)
            ),
            (kept, true) => format!(
                "Retry: resume download ({} of {} stored)",
                size_text(kept),
                size_text(status.total_bytes)
            ),
        }
    };
    let download = move |_| start_download(worker, alert, models, model_id.get_value(), needed());
    let cancel = move |_| {
        let Some(Task::Downloading(request)) = activity.with_untracked(|a| a.task) else {
            return;
        };
        models.update(&model_id.get_value(), |activity| {
            activity.task = Some(Task::Cancelling(request));
        });
        worker.send(RequestBody::CancelDownload {
            model_id: model_id.get_value(),
        });
    };
    let verify = move |_| {
        let sent = worker.send(RequestBody::VerifyModel {
            model_id: model_id.get_value(),
        });
        models.update(&model_id.get_value(), |activity| {
            activity.task = sent.map(Task::Verifying);
            activity.integrity = None;
        });
    };
    let can_delete = move || idle() && kept() > 0 && !confirming_delete.get();
    let can_verify =
        move || idle() && status.with(|s| s.as_ref().is_some_and(|s| s.stored_bytes > 0));
    let (download_id, download_class) = match offered {
        true => ("download-model".to_owned(), ""),
        // The offered model is the one most people want; the others are quieter.
        false => (format!("download-{}", model_id.get_value()), "secondary"),
    };
    let controls = NodeRef::<leptos::html::Div>::new();
    let had_focus = StoredValue::new(false);
    // These buttons come and go as a download starts, stops or ends. When the one that had
    // focus goes, focus moves to the first button left here instead of the top of the page.
    Effect::new(move |_| {
        activity.track();
        status.track();
        confirming_delete.track();
        if had_focus.get_value() {
            request_animation_frame(move || refocus_if_lost(controls));
        }
    });
    view! {
        <div
            class="model-controls"
            node_ref=controls
            on:focusin=move |_| had_focus.set_value(true)
            on:focusout=move |event| on_focus_out(&event, had_focus, controls)
        >
            <div class="actions">
                <Show when=move || incomplete() && !activity.with(ModelActivity::is_downloading)>
                    <button
                        id=download_id.clone()
                        class=download_class
                        on:click=download
                        disabled=move || !idle() || !runnable()
                    >
                        {download_label}
                    </button>
                </Show>
                <Show when=move || activity.with(ModelActivity::is_downloading)>
                    <button class="secondary" on:click=cancel disabled=move || !downloading()>
                        "Cancel download"
                    </button>
                </Show>
                <Show when=can_verify>
                    <button class="secondary" on:click=verify>"Verify stored files"</button>
                </Show>
                <Show when=can_delete>
                    <button class="secondary" on:click=move |_| confirming_delete.set(true)>
                        "Delete"
                    </button>
                </Show>
                <Show when=move || activity.with(|a| matches!(a.task, Some(Task::Verifying(_))))>
                    <span class="note" role="status">"Checking every stored byte…"</span>
                </Show>
                <Show when=move || activity.with(|a| matches!(a.task, Some(Task::Deleting(_))))>
                    <span class="note" role="status">"Deleting…"</span>
                </Show>
            </div>
            <Show when=move || confirming_delete.get() && idle()>
                <DeleteConfirm model_id=model_id.get_value() kept=kept() confirming=confirming_delete/>
            </Show>
        </div>
    }
}

/// Tracks whether focus is in a model's controls. Focus that leaves for another element leaves
/// for good; focus that leaves for nothing is either a click on the page's background (the
/// button is still there: it left) or the button being removed or disabled by a re-render
/// (Chromium fires `focusout` then too): then it moves to the first button left.
fn on_focus_out(
    event: &web_sys::FocusEvent,
    had_focus: StoredValue<bool>,
    controls: NodeRef<leptos::html::Div>,
) {
    let node = |target: Option<web_sys::EventTarget>| target?.dyn_into::<web_sys::Node>().ok();
    let (Some(container), Some(left)) = (node(event.current_target()), node(event.target())) else {
        return;
    };
    if let Some(next) = node(event.related_target()) {
        had_focus.set_value(container.contains(Some(&next)));
        return;
    }
    // The re-render that removes or disables the button may still be under way.
    request_animation_frame(move || {
        let gone = !left.is_connected()
            || left
                .dyn_ref::<web_sys::Element>()
                .is_some_and(|element| element.has_attribute("disabled"));
        had_focus.set_value(gone);
        if gone {
            refocus_if_lost(controls);
        }
    });
}

/// Focuses the first enabled button in `controls` when nothing has focus (the focused button
/// was removed or disabled).
fn refocus_if_lost(controls: NodeRef<leptos::html::Div>) {
    let Some(controls) = controls.get_untracked() else {
        return;
    };
    let lost = document()
        .active_element()
        .is_none_or(|active| active.tag_name() == "BODY");
    if !lost {
        return;
    }
    if let Ok(Some(button)) = controls.query_selector("button:not([disabled])")
        && let Ok(button) = button.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = button.focus();
    }
}

/// The in-page confirmation of a delete (not `window.confirm`, which blocks the page and
/// cannot be styled or read by the page's own tests).
#[component]
fn DeleteConfirm(model_id: String, kept: u64, confirming: RwSignal<bool>) -> impl IntoView {
    let worker = expect_context::<Worker>();
    let models = expect_context::<ModelsState>();
    let model_id = StoredValue::new(model_id);
    let confirm_button = NodeRef::<leptos::html::Button>::new();
    // Keyboard users land on the choice they just asked for.
    Effect::new(move |_| {
        if let Some(button) = confirm_button.get() {
            let _ = button.focus();
        }
    });
    let delete = move |_| {
        confirming.set(false);
        let sent = worker.send(RequestBody::DeleteModel {
            model_id: model_id.get_value(),
        });
        models.update(&model_id.get_value(), |activity| {
            activity.task = sent.map(Task::Deleting);
        });
    };
    let question_id = model_id.with_value(|id| format!("delete-question-{id}"));
    view! {
        <div class="confirm" role="group" aria-labelledby=question_id.clone() data-testid="delete-confirm">
            <p id=question_id.clone()>
                {format!(
                    "Delete {} from this browser? Its {} of files and the job vectors computed \
                     with it are removed; matching keeps working without it.",
                    model_id.get_value(),
                    size_text(kept)
                )}
            </p>
            <div class="actions">
                <button node_ref=confirm_button class="danger" on:click=delete>
                    {format!("Delete {}", model_id.get_value())}
                </button>
                <button class="secondary" on:click=move |_| confirming.set(false)>
                    "Keep it"
                </button>
            </div>
        </div>
    }
}

/// The running download: a bar, bytes, the current file, rate and time left.
#[component]
fn DownloadProgressView(model_id: String, activity: Memo<ModelActivity>) -> impl IntoView {
    let label = format!("{model_id} download progress");
    let running = move || activity.with(ModelActivity::is_downloading);
    view! {
        <Show when=running>
            <div class="download-progress" data-testid="download-progress">
                {
                    let label = label.clone();
                    move || {
                        let progress = activity.with(|a| a.progress.clone());
                        let (done, total) = progress
                            .as_ref()
                            .map_or((0, 1), |p| (p.done_bytes, p.total_bytes.max(1)));
                        view! {
                            <progress
                                max=total.to_string()
                                value=done.to_string()
                                aria-label=label.clone()
                            ></progress>
                        }
                    }
                }
                <p aria-live="polite" data-testid="download-progress-text">
                    {move || activity.with(|a| progress_text(a.progress.as_ref(), a.task))}
                </p>
                <p class="note" data-testid="download-rate">
                    {move || activity.with(|a| a.progress.as_ref().map(rate_text))}
                </p>
            </div>
        </Show>
    }
}

fn progress_text(progress: Option<&DownloadProgress>, task: Option<Task>) -> String {
    if matches!(task, Some(Task::Cancelling(_))) {
        return "Stopping the download; what is verified so far is kept…".to_owned();
    }
    let Some(progress) = progress else {
        return "Starting the download…".to_owned();
    };
    let percent = progress.done_bytes as f64 * 100.0 / progress.total_bytes.max(1) as f64;
    format!(
        "{} of {} ({percent:.0}%) · {} ({} of {})",
        size_text(progress.done_bytes),
        size_text(progress.total_bytes),
        progress.path,
        size_text(progress.file_done_bytes),
        size_text(progress.file_total_bytes),
    )
}

fn rate_text(progress: &DownloadProgress) -> String {
    match (progress.bytes_per_second, progress.eta_seconds) {
        (Some(rate), Some(eta)) => format!("{} · {}", speed_text(rate), time_left_text(eta)),
        (Some(rate), None) => speed_text(rate),
        _ => "Measuring the speed…".to_owned(),
    }
}

/// Why the last download stopped, in words; the download button reads "Retry" meanwhile.
#[component]
fn DownloadErrorView(activity: Memo<ModelActivity>) -> impl IntoView {
    let error = move || activity.with(|a| a.download_error.clone());
    view! {
        {move || {
            error()
                .map(|message| {
                    // The worker's message names the file, the source and both hashes: exact,
                    // but long. A person reads what it means first; the proof is one click away.
                    let words = if message.contains("hash mismatch") {
                        view! {
                            <p>
                                "A downloaded file did not match its pinned SHA-256, so it was \
                                 rejected and none of its bytes were kept. Files that verified \
                                 are kept; Retry fetches the rest."
                            </p>
                            <details>
                                <summary>"What did not match"</summary>
                                <p class="detail">{message}</p>
                            </details>
                        }
                            .into_any()
                    } else if message.starts_with("Not enough room") {
                        view! { <p>{message}</p> }.into_any()
                    } else {
                        view! {
                            <p>"The download stopped. Files verified before the error are kept."</p>
                            <p class="detail">{message}</p>
                        }
                            .into_any()
                    };
                    view! {
                        <div class="download-error" role="alert" data-testid="download-error">
                            {words}
                        </div>
                    }
                })
        }}
    }
}

/// The last re-check of a model's stored files.
#[component]
fn IntegrityView(activity: Memo<ModelActivity>) -> impl IntoView {
    view! {
        {move || {
            activity
                .with(|a| a.integrity.clone())
                .map(|result| {
                    let seconds = result.elapsed_ms / 1000.0;
                    let failed: Vec<FileCheckReport> = result
                        .files
                        .iter()
                        .filter(|file| !file.ok)
                        .cloned()
                        .collect();
                    let summary = if failed.is_empty() {
                        format!(
                            "Checked {} files ({}) in {seconds:.1} s: every stored byte matches \
                             its pinned SHA-256.",
                            result.files.len(),
                            size_text(result.checked_bytes)
                        )
                    } else {
                        format!(
                            "Checked in {seconds:.1} s: {} of {} files did not pass. A damaged \
                             file is removed; download the model again to replace it.",
                            failed.len(),
                            result.files.len()
                        )
                    };
                    let problems = failed
                        .into_iter()
                        .map(|file| {
                            let problem = file.problem.unwrap_or_default();
                            view! { <li>{format!("{}: {problem}", file.path)}</li> }
                        })
                        .collect_view();
                    view! {
                        <div class="integrity" role="status" data-testid="integrity-report">
                            <p>{summary}</p>
                            <ul>{problems}</ul>
                        </div>
                    }
                })
        }}
    }
}

/// Says so before a download that the browser's storage estimate has no room for.
#[component]
fn StorageWarning(model_id: String, status: Memo<Option<ModelStatus>>) -> impl IntoView {
    let models = expect_context::<ModelsState>();
    let warning = move || {
        let needed = status.with(|status| {
            status.as_ref().map(|status| {
                status
                    .total_bytes
                    .saturating_sub(status.stored_bytes + status.partial_bytes)
            })
        })?;
        let room = models.diagnostics.with(|diagnostics| {
            let storage = &diagnostics.as_ref()?.storage;
            Some(storage.quota_bytes?.saturating_sub(storage.usage_bytes?))
        })?;
        (needed > room).then(|| not_enough_room(&model_id, needed, room))
    };
    view! {
        {move || {
            warning().map(|text| view! { <p class="warning" data-testid="storage-warning">{text}</p> })
        }}
    }
}

/// Choices that apply to every download: the upstream fallback, and what the browser said
/// about keeping the files.
#[component]
fn DownloadOptions() -> impl IntoView {
    let models = expect_context::<ModelsState>();
    let allow_upstream = models.allow_upstream;
    let persistence_text = move || match models.persistence.get() {
        Persistence::NotAsked => {
            "Persistent storage is requested from the browser when a download starts.".to_owned()
        }
        Persistence::Granted => "This browser granted persistent storage: it keeps the model \
                                 files even when disk space runs low."
            .to_owned(),
        Persistence::Refused => "This browser did not grant persistent storage: it may clear the \
                                 model files when disk space runs low, and they would be \
                                 downloaded again."
            .to_owned(),
        Persistence::NoAnswer => "This browser did not answer the request for persistent \
                                  storage; it may clear the model files when disk space runs low."
            .to_owned(),
    };
    view! {
        <div class="download-options">
            <label class="checkbox">
                <input
                    type="checkbox"
                    id="allow-upstream"
                    prop:checked=move || allow_upstream.get()
                    on:change=move |event| allow_upstream.set(event_target_checked(&event))
                />
                "Also allow the model's upstream host (huggingface.co) if this site's copy fails"
            </label>
            <p class="note">
                "Unticked, model files come from this site only and no third party is contacted. "
                "Either way your resume and jobs never leave this browser."
            </p>
            <p class="note" data-testid="persist-status" aria-live="polite">{persistence_text}</p>
        </div>
    }
}
