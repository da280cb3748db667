//! The models panel: what the offered model is, whether it is stored, and the download that
//! stores it.

use candor_worker::protocol::RequestBody;
use leptos::prelude::*;

use crate::app::AppState;

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

#[component]
pub(crate) fn ModelPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let status_text = move || match (state.model.get(), state.download.get()) {
        (None, _) => "Starting the model worker…".to_owned(),
        (Some(model), Some((_, done))) => {
            format!(
                "Downloading {}: {} of {}",
                model.model_id,
                megabytes(done),
                megabytes(model.total_bytes)
            )
        }
        (Some(model), None) if model.is_complete() => {
            format!(
                "{} is stored in this browser and verified ({}).",
                model.model_id,
                megabytes(model.total_bytes)
            )
        }
        (Some(model), None) => format!(
            "{} is not downloaded yet ({}). It is fetched once from this site, checked against its pinned SHA-256 and kept in this browser.",
            model.model_id,
            megabytes(model.total_bytes)
        ),
    };
    let can_download = move || {
        state.download.with(Option::is_none)
            && state.model.get().is_some_and(|model| !model.is_complete())
    };
    let download = move |_| {
        let Some(model) = state.model.get_untracked() else {
            return;
        };
        state.error.set(None);
        if let Some(id) = state.send(RequestBody::DownloadModel {
            model_id: model.model_id,
        }) {
            state.download.set(Some((id, 0)));
        }
    };
    view! {
        <section aria-labelledby="model-heading">
            <h2 id="model-heading">"Model"</h2>
            <p data-testid="model-status" aria-live="polite">{status_text}</p>
            <button id="download-model" on:click=download disabled=move || !can_download()>
                "Download model"
            </button>
        </section>
    }
}
