//! The browser's storage manager and Web Locks, reached from a page or a worker alike.
//!
//! `navigator.storage.estimate()` and `persisted()` exist in workers too; `persist()` exists only
//! on a page (`Window`), so a worker reports `None` and the page asks on the user's click.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::StoreError;
use crate::fetch::js_message;

/// Bytes used by this origin and the most it may use, as the browser estimates them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageEstimate {
    pub usage: u64,
    pub quota: u64,
}

impl StorageEstimate {
    /// The bytes still available under the quota.
    pub fn available(&self) -> u64 {
        self.quota.saturating_sub(self.usage)
    }
}

fn storage_manager() -> Option<JsValue> {
    let navigator = Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
    let storage = Reflect::get(&navigator, &"storage".into()).ok()?;
    (!storage.is_undefined() && !storage.is_null()).then_some(storage)
}

/// Calls `navigator.storage[method]()` and awaits its promise; `None` when the method does not
/// exist here.
async fn call_storage(method: &str) -> Result<Option<JsValue>, StoreError> {
    let Some(storage) = storage_manager() else {
        return Ok(None);
    };
    let Ok(function) = Reflect::get(&storage, &method.into())?.dyn_into::<Function>() else {
        return Ok(None);
    };
    let promise: Promise = function
        .call0(&storage)
        .and_then(|value| value.dyn_into::<Promise>())
        .map_err(|e| StoreError::Storage(js_message(&e)))?;
    let value: JsValue = JsFuture::from(promise)
        .await
        .map_err(|e| StoreError::Storage(js_message(&e)))?;
    Ok(Some(value))
}

impl From<JsValue> for StoreError {
    fn from(error: JsValue) -> Self {
        StoreError::Storage(js_message(&error))
    }
}

/// `navigator.storage.estimate()`, or `None` where the browser has no storage manager.
pub async fn estimate() -> Result<Option<StorageEstimate>, StoreError> {
    let Some(estimate) = call_storage("estimate").await? else {
        return Ok(None);
    };
    let number = |name: &str| {
        Reflect::get(&estimate, &name.into())
            .ok()
            .and_then(|value| value.as_f64())
            .map(|value| value as u64)
    };
    Ok(number("usage")
        .zip(number("quota"))
        .map(|(usage, quota)| StorageEstimate { usage, quota }))
}

/// `navigator.storage.persisted()`: whether the browser promised not to evict this origin's
/// data under storage pressure; `None` where unknown.
pub async fn persisted() -> Result<Option<bool>, StoreError> {
    Ok(call_storage("persisted")
        .await?
        .map(|value| value.is_truthy()))
}

/// `navigator.storage.persist()`: asks the browser to keep this origin's data under storage
/// pressure. `None` where it cannot be asked (in a worker; the page asks instead).
pub async fn request_persist() -> Result<Option<bool>, StoreError> {
    Ok(call_storage("persist")
        .await?
        .map(|value| value.is_truthy()))
}

/// An exclusive Web Lock held until dropped (or a no-op where the browser has no Web Locks).
pub struct HeldLock {
    release: Option<Function>,
}

impl Drop for HeldLock {
    fn drop(&mut self) {
        if let Some(release) = self.release.take() {
            let _ = release.call0(&JsValue::NULL);
        }
    }
}

/// Takes the Web Lock `name` if no other tab, window or worker of this origin holds it:
/// `Ok(None)` when one does. Held until the returned guard is dropped; released by the browser
/// too if this worker dies.
pub async fn try_lock(name: &str) -> Result<Option<HeldLock>, StoreError> {
    let navigator = Reflect::get(&js_sys::global(), &"navigator".into())?;
    let locks = Reflect::get(&navigator, &"locks".into())?;
    let Ok(request) = Reflect::get(&locks, &"request".into()).and_then(|f| {
        f.dyn_into::<Function>()
            .map_err(|_| JsValue::from_str("no Web Locks"))
    }) else {
        return Ok(Some(HeldLock { release: None }));
    };

    let mut release = None;
    let held = Promise::new(&mut |resolve, _reject| release = Some(resolve));
    let mut acquired_resolve = None;
    let acquired = Promise::new(&mut |resolve, _reject| acquired_resolve = Some(resolve));
    let acquired_resolve = acquired_resolve.expect("the Promise executor runs at once");
    let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        let got_it = !lock.is_null();
        let _ = acquired_resolve.call1(&JsValue::NULL, &JsValue::from_bool(got_it));
        if got_it {
            held.into()
        } else {
            JsValue::UNDEFINED
        }
    });
    let options = Object::new();
    Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE)?;
    request
        .call3(&locks, &name.into(), &options, &callback)
        .map_err(|e| StoreError::Storage(js_message(&e)))?;
    let got_it: JsValue = JsFuture::from(acquired)
        .await
        .map_err(|e| StoreError::Storage(js_message(&e)))?;
    if got_it.is_truthy() {
        Ok(Some(HeldLock { release }))
    } else {
        // The lock callback ran with `null`; resolve our promise so nothing waits on it.
        if let Some(release) = release {
            let _ = release.call0(&JsValue::NULL);
        }
        Ok(None)
    }
}
