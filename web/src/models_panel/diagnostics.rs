//! The diagnostics view: what runs and what is stored, as the worker reports it. Built from
//! the lock and the store's records alone; it shows no user text.

use candor_worker::protocol::{PrivacyMode, RuntimeMode};
use leptos::prelude::*;

use super::units::size_text;
use crate::state::{ModelsState, Worker};

fn mode_text(mode: RuntimeMode) -> &'static str {
    match mode {
        RuntimeMode::Qwen3Pair => "Qwen3 pair: the Qwen3 embedding model and reranker",
        RuntimeMode::MiniLm => "MiniLM: all-minilm-l6-v2 embeddings",
        RuntimeMode::Deterministic => {
            "Deterministic signals only: keyword, skill, experience, location and salary"
        }
    }
}

fn privacy_text(privacy: PrivacyMode) -> &'static str {
    match privacy {
        PrivacyMode::SameOriginOnly => "Same-origin only: model files come from this site",
        PrivacyMode::UpstreamAllowed => {
            "Upstream allowed: the model's upstream host may serve model files when this site's \
             copy fails"
        }
    }
}

fn optional_size(bytes: Option<u64>) -> String {
    bytes.map_or_else(|| "unknown".to_owned(), size_text)
}

/// What runs and what is stored, as the worker reports it.
#[component]
pub(super) fn DiagnosticsView() -> impl IntoView {
    let worker = expect_context::<Worker>();
    let models = expect_context::<ModelsState>();
    let rows = move || {
        models.diagnostics.get().map(|diagnostics| {
            let files = diagnostics
                .models
                .iter()
                .map(|model| {
                    let required: Vec<_> = model.files.iter().filter(|f| f.required).collect();
                    let verified = required.iter().filter(|f| f.verified).count();
                    let stored: u64 = required.iter().map(|f| f.stored_bytes).sum();
                    let total: u64 = required.iter().map(|f| f.bytes).sum();
                    let rejected: usize = model.files.iter().map(|f| f.rejected.len()).sum();
                    let rejected = match rejected {
                        0 => String::new(),
                        1 => "; 1 source rejected".to_owned(),
                        n => format!("; {n} sources rejected"),
                    };
                    view! {
                        <li data-model-id=model.model_id.clone()>
                            {format!(
                                "{}: {verified} of {} files verified ({} of {}){rejected}",
                                model.model_id,
                                required.len(),
                                size_text(stored),
                                size_text(total)
                            )}
                        </li>
                    }
                })
                .collect_view();
            let storage = &diagnostics.storage;
            let persisted = match storage.persisted {
                Some(true) => "persistent",
                Some(false) => "not persistent (the browser may clear it under pressure)",
                None => "persistence unknown",
            };
            let storage_text = format!(
                "{} used of {} allowed for this site; model files {}; {persisted}",
                optional_size(storage.usage_bytes),
                optional_size(storage.quota_bytes),
                size_text(storage.model_bytes)
            );
            let downloading = match diagnostics.downloading.is_empty() {
                true => "none".to_owned(),
                false => diagnostics.downloading.join(", "),
            };
            view! {
                <dl>
                    <dt>"Matching mode"</dt>
                    <dd data-testid="diagnostics-mode">{mode_text(diagnostics.mode)}</dd>
                    <dt>"Lock hash"</dt>
                    <dd><code data-testid="diagnostics-lock-hash">{diagnostics.lock_hash.clone()}</code></dd>
                    <dt>"Model files"</dt>
                    <dd><ul data-testid="diagnostics-files">{files}</ul></dd>
                    <dt>"Browser storage"</dt>
                    <dd data-testid="diagnostics-storage">{storage_text}</dd>
                    <dt>"Cached job vectors"</dt>
                    <dd data-testid="diagnostics-vectors">
                        {format!("{} valid, {} stale", diagnostics.vectors.valid, diagnostics.vectors.stale)}
                    </dd>
                    <dt>"Privacy"</dt>
                    <dd data-testid="diagnostics-privacy">{privacy_text(diagnostics.privacy)}</dd>
                    <dt>"IndexedDB schema"</dt>
                    <dd data-testid="diagnostics-schema">{format!("version {}", diagnostics.schema_version)}</dd>
                    <dt>"Downloading now"</dt>
                    <dd>{downloading}</dd>
                </dl>
            }
        })
    };
    view! {
        <details class="diagnostics" data-testid="diagnostics">
            <summary>"Diagnostics"</summary>
            {rows}
            <button class="secondary" on:click=move |_| models.refresh_diagnostics(worker)>
                "Refresh diagnostics"
            </button>
        </details>
    }
}
