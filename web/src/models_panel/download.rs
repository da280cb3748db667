//! Starting a download: the browser is asked to keep this site's storage and for the room it
//! gives, then the worker is sent the person's consent.

use candor_worker::protocol::{DownloadConsent, RequestBody};
use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::units::size_text;
use crate::state::{Alert, ModelsState, Persistence, Task, Worker};

/// How long a download waits for `navigator.storage.persist()`. Chromium answers at once, but
/// Firefox asks the person, who may ignore the prompt; the download must not hang on that.
const PERSIST_WAIT_MS: i32 = 3_000;

/// Asks the browser to keep this site's storage under pressure (only a page may ask).
async fn ask_persistent_storage() -> Persistence {
    let Some(window) = web_sys::window() else {
        return Persistence::NoAnswer;
    };
    let Ok(persist) = window.navigator().storage().persist() else {
        return Persistence::NoAnswer;
    };
    // Resolves with `undefined` when the browser has not answered in time.
    let deadline = Promise::new(&mut |resolve: Function, _reject: Function| {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, PERSIST_WAIT_MS);
    });
    let first = Promise::race(&Array::of2(&persist, &deadline));
    let answer: Result<JsValue, JsValue> = JsFuture::from(first).await;
    match answer.ok().and_then(|answer| answer.as_bool()) {
        Some(true) => Persistence::Granted,
        Some(false) => Persistence::Refused,
        None => Persistence::NoAnswer,
    }
}

/// Bytes this site may still store, by the browser's estimate; `None` when it gives none.
async fn storage_room() -> Option<u64> {
    let estimate = web_sys::window()?.navigator().storage().estimate().ok()?;
    let estimate: JsValue = JsFuture::from(estimate).await.ok()?;
    let field = |name: &str| Reflect::get(&estimate, &name.into()).ok()?.as_f64();
    let (usage, quota) = (field("usage")?, field("quota")?);
    Some((quota - usage).max(0.0) as u64)
}

pub(super) fn not_enough_room(model_id: &str, needed: u64, room: u64) -> String {
    format!(
        "Not enough room: {model_id} needs {} more, but this browser lets this site store only \
         {} more. Free some disk space or delete another model, then retry.",
        size_text(needed),
        size_text(room)
    )
}

/// Starts (or resumes) the download of `model_id`, agreeing to `accepted_bytes`, the size the
/// person saw on the button. Asks for persistent storage first and checks the room the browser
/// gives (the worker checks again, but the page can word the refusal in megabytes).
pub(super) fn start_download(
    worker: Worker,
    alert: Alert,
    models: ModelsState,
    model_id: String,
    accepted_bytes: u64,
) {
    alert.clear();
    models.update(&model_id, |activity| {
        activity.task = Some(Task::Preparing);
        activity.progress = None;
        activity.download_error = None;
        activity.cancelled = None;
    });
    spawn_local(async move {
        let persistence = ask_persistent_storage().await;
        models.persistence.set(persistence);
        if let Some(room) = storage_room().await
            && room < accepted_bytes
        {
            models.update(&model_id, |activity| {
                activity.task = None;
                activity.download_error = Some(not_enough_room(&model_id, accepted_bytes, room));
            });
            return;
        }
        let consent = DownloadConsent {
            accepted_bytes,
            allow_upstream: models.allow_upstream.get_untracked(),
            persisted: persistence.as_consent(),
        };
        let body = RequestBody::StartDownload {
            model_id: model_id.clone(),
            consent,
        };
        let sent = worker.send(body);
        models.update(&model_id, |activity| {
            activity.task = sent.map(Task::Downloading);
            if sent.is_none() {
                activity.download_error =
                    Some("the model worker is not running; reload the page and retry".to_owned());
            }
        });
    });
}
