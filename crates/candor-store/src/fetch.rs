//! Fetching model files from the lock's sources and checking them on arrival.

use candor_core::lockfile::{ModelEntry, ModelFile};
use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::{StoreError, verify_file};

#[wasm_bindgen]
extern "C" {
    // The global `fetch`, present on both `Window` and `WorkerGlobalScope`.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &str) -> Promise;
}

/// Which of the lock's sources a fetch may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourcePolicy {
    /// Only the same-origin mirror (relative sources). The default: no third-party request.
    MirrorOnly,
    /// Every source in lock order, cross-origin hosts included, after the user agreed.
    AllSources,
}

/// Resolves a lock source against the app's base URL, so the mirror works from any sub-path.
pub fn resolve_url(source: &str, base_url: &str) -> Result<String, StoreError> {
    web_sys::Url::new_with_base(source, base_url)
        .map(|url| url.href())
        .map_err(|e| StoreError::Network {
            url: source.to_owned(),
            message: js_message(&e),
        })
}

/// GETs `url` and returns its body. Non-2xx statuses are errors.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, StoreError> {
    let network_error = |e: JsValue| StoreError::Network {
        url: url.to_owned(),
        message: js_message(&e),
    };
    let response: JsValue = JsFuture::from(global_fetch(url))
        .await
        .map_err(network_error)?;
    let response: Response = response.dyn_into().map_err(network_error)?;
    if !response.ok() {
        return Err(StoreError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let body: JsValue = JsFuture::from(response.array_buffer().map_err(network_error)?)
        .await
        .map_err(network_error)?;
    Ok(Uint8Array::new(&body).to_vec())
}

/// Fetches one model file from the lock's sources in order and returns the first body that
/// matches the pin. A source that fails or sends other bytes is skipped; when none succeeds the
/// error lists every attempt.
pub async fn fetch_verified(
    model: &ModelEntry,
    file: &ModelFile,
    base_url: &str,
    policy: SourcePolicy,
) -> Result<Vec<u8>, StoreError> {
    let mut attempts = Vec::new();
    for source in model.source_urls(file) {
        let is_mirror = !source.contains("://");
        if policy == SourcePolicy::MirrorOnly && !is_mirror {
            continue;
        }
        let attempt = async {
            let url = resolve_url(&source, base_url)?;
            let bytes = fetch_bytes(&url).await?;
            verify_file(model, file, &url, &bytes)?;
            Ok::<_, StoreError>(bytes)
        };
        match attempt.await {
            Ok(bytes) => return Ok(bytes),
            Err(error) => attempts.push(error.to_string()),
        }
    }
    Err(StoreError::AllSourcesFailed {
        model_id: model.id.clone(),
        path: file.path.clone(),
        attempts,
    })
}

/// A readable message from a thrown JS value (an `Error`, a `DOMException` or anything else).
pub(crate) fn js_message(value: &JsValue) -> String {
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    if let Some(exception) = value.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", exception.name(), exception.message());
    }
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}
