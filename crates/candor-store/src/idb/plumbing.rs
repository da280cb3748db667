//! IndexedDB plumbing shared by both of Candor's databases, the model store ([`super`]) and the
//! user's data ([`crate::user_data`]): opening with an upgrade, a connection that steps aside for
//! other tabs, waiting for a request, and committing (or aborting) a transaction.
//!
//! Everything here speaks `JsValue` errors; each database turns them into its own error type.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Promise, Reflect};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Event, IdbDatabase, IdbFactory, IdbOpenDbRequest, IdbRequest, IdbTransaction,
    IdbTransactionMode, IdbVersionChangeEvent,
};

use crate::fetch::{dom_exception_name, js_message};

/// Why [`open`] failed.
pub(crate) enum OpenError {
    /// Another connection keeps an older version open (`blocked`). The open gives up at once
    /// rather than hang; a connection the browser grants later is closed straight away.
    Blocked,
    /// The upgrade callback failed and its transaction was aborted; the failure's message.
    Upgrade(String),
    /// The browser refused the open, or has no IndexedDB.
    Request(JsValue),
}

/// An open database connection. When another tab upgrades or deletes the database
/// (`versionchange`) it closes itself rather than block that tab; dropping it closes it too.
pub(crate) struct Connection {
    db: IdbDatabase,
    closed: Rc<Cell<bool>>,
    /// Called when the browser closes the connection itself (see [`Connection::on_forced_close`]).
    on_forced_close: ForcedCloseHook,
    _on_version_change: Closure<dyn FnMut(Event)>,
    _on_close: Closure<dyn FnMut(Event)>,
}

type ForcedCloseHook = Rc<RefCell<Option<Box<dyn Fn()>>>>;

impl Drop for Connection {
    fn drop(&mut self) {
        self.db.set_onversionchange(None);
        self.db.set_onclose(None);
        self.db.close();
    }
}

impl Connection {
    fn new(db: IdbDatabase) -> Connection {
        let closed = Rc::new(Cell::new(false));
        let on_forced_close: ForcedCloseHook = Rc::new(RefCell::new(None));
        let call_hook = {
            let hook = on_forced_close.clone();
            move || {
                if let Some(hook) = hook.borrow().as_ref() {
                    hook();
                }
            }
        };
        let on_version_change = {
            let (closed, db, call_hook) = (closed.clone(), db.clone(), call_hook.clone());
            Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                // Another tab wants a newer layout, or the database is being deleted: step
                // aside rather than block it.
                closed.set(true);
                db.close();
                // Candor never deletes its own databases, so a deletion (no new version) is
                // the browser clearing or evicting the site's data.
                let deleted = event
                    .dyn_ref::<IdbVersionChangeEvent>()
                    .is_some_and(|change| change.new_version().is_none());
                if deleted {
                    call_hook();
                }
            })
        };
        let on_close = {
            let closed = closed.clone();
            // `close` fires only when the browser ends the connection itself: the site's data
            // was cleared or evicted, or the disk failed. (Closing it ourselves fires nothing.)
            Closure::<dyn FnMut(Event)>::new(move |_| {
                closed.set(true);
                call_hook();
            })
        };
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        db.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        Connection {
            db,
            closed,
            on_forced_close,
            _on_version_change: on_version_change,
            _on_close: on_close,
        }
    }

    /// Calls `hook` when the browser clears or evicts the site's data while this connection is
    /// open: it deletes the database (a `versionchange` with no new version) or closes the
    /// connection itself (`close`). Both may come; `hook` may be called twice.
    pub(crate) fn on_forced_close(&self, hook: impl Fn() + 'static) {
        *self.on_forced_close.borrow_mut() = Some(Box::new(hook));
    }

    /// True once this connection was closed for another tab's upgrade or deletion, or by the
    /// browser; a new one has to be opened.
    pub(crate) fn is_closed(&self) -> bool {
        self.closed.get()
    }

    /// A transaction over `stores`. A connection the browser has closed fails with
    /// `InvalidStateError`, and is marked closed.
    pub(crate) fn transaction(
        &self,
        stores: &[&str],
        mode: IdbTransactionMode,
    ) -> Result<IdbTransaction, JsValue> {
        let names: Array = stores.iter().map(|name| JsValue::from_str(name)).collect();
        self.db
            .transaction_with_str_sequence_and_mode(&names, mode)
            .inspect_err(|error| {
                if dom_exception_name(error).as_deref() == Some("InvalidStateError") {
                    self.closed.set(true);
                }
            })
    }
}

fn factory() -> Result<IdbFactory, JsValue> {
    Reflect::get(&js_sys::global(), &JsValue::from_str("indexedDB"))
        .ok()
        .and_then(|value| value.dyn_into::<IdbFactory>().ok())
        .ok_or_else(|| JsValue::from_str("this browser has no IndexedDB"))
}

/// Opens database `name` at `version`. When the stored database is older (or absent),
/// `upgrade(request, old_version)` runs inside the versionchange transaction; if it fails, that
/// transaction is aborted, so the database stays as it was, and the open fails with
/// [`OpenError::Upgrade`]. `upgrade` lives until the open settles, so callbacks it leaves on the
/// upgrade transaction (a migration's cursor) may keep their state in it.
pub(crate) async fn open(
    name: &str,
    version: u32,
    mut upgrade: impl FnMut(&IdbOpenDbRequest, f64) -> Result<(), JsValue> + 'static,
) -> Result<Connection, OpenError> {
    let request = factory()
        .and_then(|factory| factory.open_with_u32(name, version))
        .map_err(OpenError::Request)?;
    let blocked = Rc::new(Cell::new(false));
    let upgrade_error: Rc<RefCell<Option<String>>> = Rc::default();
    let on_upgrade = {
        let (request, upgrade_error) = (request.clone(), upgrade_error.clone());
        Closure::<dyn FnMut(IdbVersionChangeEvent)>::new(move |event: IdbVersionChangeEvent| {
            if let Err(error) = upgrade(&request, event.old_version()) {
                *upgrade_error.borrow_mut() = Some(js_message(&error));
                if let Some(transaction) = request.transaction() {
                    let _ = transaction.abort();
                }
            }
        })
    };
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let mut callbacks = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let success_request = request.clone();
        let success_blocked = blocked.clone();
        let on_success = Closure::<dyn FnMut(Event)>::new(move |_| {
            let result = success_request.result().unwrap_or(JsValue::UNDEFINED);
            if success_blocked.get() {
                // The caller was already told the upgrade is blocked; this late
                // connection would only block the next upgrade in turn.
                if let Ok(db) = result.dyn_into::<IdbDatabase>() {
                    db.close();
                }
                return;
            }
            let _ = resolve.call1(&JsValue::NULL, &result);
        });
        let error_request = request.clone();
        let error_reject = reject.clone();
        let on_error = Closure::<dyn FnMut(Event)>::new(move |_| {
            let error = error_request
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::from_str("open failed"), JsValue::from);
            let _ = error_reject.call1(&JsValue::NULL, &error);
        });
        let blocked_flag = blocked.clone();
        let on_blocked = Closure::<dyn FnMut(Event)>::new(move |_| {
            blocked_flag.set(true);
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("blocked"));
        });
        request.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
        request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        request.set_onblocked(Some(on_blocked.as_ref().unchecked_ref()));
        callbacks = Some((on_success, on_error, on_blocked));
    });
    let result: Result<JsValue, JsValue> = JsFuture::from(promise).await;
    if blocked.get() {
        // The request stays pending until the other tab lets go; its handlers must live
        // until then, so they are leaked (this happens once per blocked upgrade).
        std::mem::forget(callbacks);
        std::mem::forget(on_upgrade);
        return Err(OpenError::Blocked);
    }
    match result {
        Ok(db) => Ok(Connection::new(db.dyn_into().map_err(OpenError::Request)?)),
        Err(error) => Err(match upgrade_error.take() {
            Some(detail) => OpenError::Upgrade(detail),
            None => OpenError::Request(error),
        }),
    }
}

/// Deletes database `name` and everything in it.
pub(crate) async fn delete_database(name: &str) -> Result<(), JsValue> {
    let request = factory()?.delete_database(name)?;
    wait_request(&request).await.map(drop)
}

/// Waits for an IndexedDB request: its result, or its error.
pub(crate) async fn wait_request(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let mut callbacks = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let success_request = request.clone();
        let on_success = Closure::<dyn FnMut(Event)>::new(move |_| {
            let result = success_request.result().unwrap_or(JsValue::UNDEFINED);
            let _ = resolve.call1(&JsValue::NULL, &result);
        });
        let error_request = request.clone();
        let on_error = Closure::<dyn FnMut(Event)>::new(move |_| {
            let error = error_request
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::from_str("request failed"), JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
        request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        callbacks = Some((on_success, on_error));
    });
    let result: Result<JsValue, JsValue> = JsFuture::from(promise).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    drop(callbacks);
    result
}

/// Waits until a transaction commits; an abort (a failed request, a quota error, a closing
/// connection) is an error carrying the transaction's `error`.
pub(crate) async fn wait_transaction(transaction: &IdbTransaction) -> Result<(), JsValue> {
    let mut callbacks = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::<dyn FnMut(Event)>::new(move |_| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let aborted = transaction.clone();
        let on_abort = Closure::<dyn FnMut(Event)>::new(move |_| {
            let error = aborted.error().map_or(
                JsValue::from_str("the transaction was aborted"),
                JsValue::from,
            );
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        transaction.set_oncomplete(Some(on_complete.as_ref().unchecked_ref()));
        transaction.set_onabort(Some(on_abort.as_ref().unchecked_ref()));
        callbacks = Some((on_complete, on_abort));
    });
    let result: Result<JsValue, JsValue> = JsFuture::from(promise).await;
    transaction.set_oncomplete(None);
    transaction.set_onabort(None);
    drop(callbacks);
    result.map(drop)
}

/// Runs `requests`, which queue a write transaction's requests, then waits for the commit: all
/// of them are kept or none is. If `requests` fails, the transaction is aborted (nothing it
/// queued is kept) and that error is returned once the abort has settled; a commit that fails
/// (quota, a closing connection) returns the transaction's error. On success, what `requests`
/// returned.
pub(crate) async fn commit_or_abort<T>(
    transaction: &IdbTransaction,
    requests: impl Future<Output = Result<T, JsValue>>,
) -> Result<T, JsValue> {
    match requests.await {
        Ok(value) => wait_transaction(transaction).await.map(|()| value),
        Err(error) => {
            let _ = transaction.abort();
            let _ = wait_transaction(transaction).await;
            Err(error)
        }
    }
}

/// An IndexedDB array key of `parts`.
pub(crate) fn key(parts: &[JsValue]) -> JsValue {
    parts.iter().collect::<Array>().into()
}

/// `value` as a plain JS object to store; a serialization failure is a JS string.
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// A stored record read back; `None` when it does not have `T`'s shape (absent, or written by
/// another version).
pub(crate) fn from_js<T: DeserializeOwned>(value: JsValue) -> Option<T> {
    serde_wasm_bindgen::from_value(value).ok()
}
