//! The IndexedDB model store.
//!
//! Layout, schema version 2 (database `candor`):
//!
//! * `files`: one record per pinned file, key `[model_id, revision, sha256, path]` (the file's
//!   lock pin is part of the key, so a changed pin never reuses old bytes; editing an unrelated
//!   lock value does not throw 1.2 GB away). Value: [`FileRecord`], which says whether the file
//!   is verified, how many bytes of it are stored, the running-hash checkpoint for resuming, and
//!   which sources were rejected and why. No bytes.
//! * `shards`: the bytes, key `[model_id, revision, sha256, path, index]`, value
//!   `{bytes: Uint8Array, source}`. A shard and its file record are written in one
//!   transaction, so a record never counts bytes that are not there.
//! * `vectors`: cached embeddings with their provenance, key `[model_id, key]`.
//!
//! Version 1 (database `candor`, store `model_files`, one whole verified file per record under
//! `"{model_id}@{revision}/{path}"`) is migrated inside the upgrade transaction: each record
//! becomes shards plus a verified file record, and `model_files` is deleted, all or nothing.
//!
//! A file counts as present only when its record says verified, which happens only after the
//! running SHA-256 over all its shards matched the pin. Loading re-checks every byte (per-shard
//! pins, or a full re-hash) before it can reach Candle; a damaged shard is deleted and the file
//! reported as not stored, so the next download fetches only what is missing.
//!
//! Another tab opening a newer version makes this connection close itself (`versionchange`), so
//! it never blocks an upgrade; opening while an old tab blocks the upgrade fails with
//! [`StoreError::UpgradeBlocked`] instead of hanging.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;

use candor_core::lockfile::{ModelEntry, ModelFile};
use candor_core::provenance::VectorProvenance;
use js_sys::{Array, Float32Array, Object, Promise, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Event, IdbCursorWithValue, IdbDatabase, IdbFactory, IdbKeyRange, IdbObjectStore,
    IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode, IdbVersionChangeEvent,
};

use crate::download::{self, DownloadEvent, DownloadOptions};
use crate::fetch::{
    CancelToken, SourcePolicy, dom_exception_name, js_message, now_ms, sha256_hex_of,
};
use crate::shards::{DEFAULT_SHARD_BYTES, ShardLayout};
use crate::{StoreError, VerifiedFiles};

/// The app's database.
pub const DATABASE_NAME: &str = "candor";
/// The layout this build reads and writes.
pub const SCHEMA_VERSION: u32 = 2;
const FILES: &str = "files";
const SHARDS: &str = "shards";
const VECTORS: &str = "vectors";
/// The only store of schema version 1.
const V1_MODEL_FILES: &str = "model_files";
/// How many rejected sources a file record remembers, newest last.
const MAX_REJECTIONS: usize = 8;

/// A source that sent bytes which did not verify, or failed, for one file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rejection {
    /// The URL the bytes came from.
    pub source: String,
    /// The error, written for a person.
    pub reason: String,
    /// When, in milliseconds since the epoch.
    pub at_ms: f64,
}

/// The running SHA-256 after the first `shards` shards, so a resumed download does not
/// re-read them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Checkpoint {
    pub shards: u64,
    pub state: Vec<u8>,
}

/// The `files` record of one pinned file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct FileRecord {
    pub model_id: String,
    pub revision: String,
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
    pub shard_bytes: u64,
    pub stored_bytes: u64,
    pub verified: bool,
    #[serde(default)]
    pub verified_at_ms: Option<f64>,
    /// The lock hash of the lock the file was verified under.
    #[serde(default)]
    pub lock_hash: Option<String>,
    #[serde(default)]
    pub checkpoint: Option<Checkpoint>,
    #[serde(default)]
    pub rejections: Vec<Rejection>,
}

impl FileRecord {
    fn new(model: &ModelEntry, file: &ModelFile, layout: ShardLayout) -> FileRecord {
        FileRecord {
            model_id: model.id.clone(),
            revision: model.revision.clone(),
            path: file.path.clone(),
            sha256: file.sha256.clone(),
            bytes: file.bytes,
            shard_bytes: layout.shard_bytes,
            stored_bytes: 0,
            verified: false,
            verified_at_ms: None,
            lock_hash: None,
            checkpoint: None,
            rejections: Vec::new(),
        }
    }

    fn push_rejection(&mut self, rejection: Rejection) {
        self.rejections.push(rejection);
        let excess = self.rejections.len().saturating_sub(MAX_REJECTIONS);
        self.rejections.drain(..excess);
    }
}

/// What the store holds of one pinned file, read from its record alone (no bytes).
#[derive(Debug, Clone, PartialEq)]
pub struct FileState {
    pub path: String,
    /// The pinned size.
    pub bytes: u64,
    /// Bytes stored so far (all of them once verified).
    pub stored_bytes: u64,
    /// True when every byte is stored and the whole-file SHA-256 matched the pin.
    pub verified: bool,
    pub shards_stored: u64,
    pub shards_total: u64,
    /// Sources that failed for this file, newest last.
    pub rejections: Vec<Rejection>,
}

/// The result of re-checking one stored file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileCheck {
    pub path: String,
    /// `Ok` when every stored byte still matches the pins; else why not. A damaged file has
    /// been removed from the verified set.
    pub result: Result<(), StoreError>,
}

/// An open connection to Candor's IndexedDB database.
pub struct ModelStore {
    db: IdbDatabase,
    closed: Rc<Cell<bool>>,
    _on_version_change: Closure<dyn FnMut(Event)>,
    _on_close: Closure<dyn FnMut(Event)>,
    fail_next_write: Cell<bool>,
}

impl Drop for ModelStore {
    fn drop(&mut self) {
        self.db.set_onversionchange(None);
        self.db.set_onclose(None);
        self.db.close();
    }
}

fn storage_error(error: &JsValue) -> StoreError {
    StoreError::Storage(js_message(error))
}

fn factory() -> Result<IdbFactory, StoreError> {
    Reflect::get(&js_sys::global(), &JsValue::from_str("indexedDB"))
        .ok()
        .and_then(|value| value.dyn_into::<IdbFactory>().ok())
        .ok_or_else(|| StoreError::Storage("this browser has no IndexedDB".into()))
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

fn key(parts: &[JsValue]) -> JsValue {
    parts.iter().collect::<Array>().into()
}

fn file_key_parts(model_id: &str, revision: &str, sha256: &str, path: &str) -> Vec<JsValue> {
    vec![model_id.into(), revision.into(), sha256.into(), path.into()]
}

fn file_key(model: &ModelEntry, file: &ModelFile) -> JsValue {
    key(&file_key_parts(
        &model.id,
        &model.revision,
        &file.sha256,
        &file.path,
    ))
}

fn shard_key(model: &ModelEntry, file: &ModelFile, index: u64) -> JsValue {
    let mut parts = file_key_parts(&model.id, &model.revision, &file.sha256, &file.path);
    parts.push(JsValue::from_f64(index as f64));
    key(&parts)
}

/// Every shard key of one file.
fn shard_range(model: &ModelEntry, file: &ModelFile) -> Result<IdbKeyRange, StoreError> {
    let parts = file_key_parts(&model.id, &model.revision, &file.sha256, &file.path);
    let mut lower = parts.clone();
    lower.push(JsValue::from_f64(0.0));
    let mut upper = parts;
    upper.push(JsValue::from_f64(f64::INFINITY));
    IdbKeyRange::bound(&key(&lower), &key(&upper)).map_err(|e| storage_error(&e))
}

/// Every key whose first element is `model_id`: arrays sort after strings, so
/// `[model_id, []]` is above any `[model_id, ...]` key.
fn model_range(model_id: &str) -> Result<IdbKeyRange, StoreError> {
    let lower = key(&[model_id.into()]);
    let upper = key(&[model_id.into(), Array::new().into()]);
    IdbKeyRange::bound(&lower, &upper).map_err(|e| storage_error(&e))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, StoreError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| StoreError::Storage(e.to_string()))
}

fn from_js<T: for<'de> Deserialize<'de>>(value: JsValue) -> Option<T> {
    serde_wasm_bindgen::from_value(value).ok()
}

impl ModelStore {
    /// Opens (and on first use creates or upgrades) the app's database.
    pub async fn open() -> Result<ModelStore, StoreError> {
        Self::open_named(DATABASE_NAME).await
    }

    /// Opens a database of this schema under another name, so tests running side by side in one
    /// origin do not share records.
    pub async fn open_named(name: &str) -> Result<ModelStore, StoreError> {
        let request = factory()?
            .open_with_u32(name, SCHEMA_VERSION)
            .map_err(|e| storage_error(&e))?;
        let blocked = Rc::new(Cell::new(false));
        let upgrade_error: Rc<RefCell<Option<String>>> = Rc::default();
        // The cursor callback of the migration must outlive this function's first await.
        let migration: MigrationCallback = Rc::default();
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
            let upgrade_request = request.clone();
            let upgrade_error = upgrade_error.clone();
            let migration = migration.clone();
            let on_upgrade = Closure::<dyn FnMut(IdbVersionChangeEvent)>::new(
                move |event: IdbVersionChangeEvent| {
                    if let Err(error) = upgrade(&upgrade_request, event.old_version(), &migration) {
                        *upgrade_error.borrow_mut() = Some(js_message(&error));
                        if let Some(transaction) = upgrade_request.transaction() {
                            let _ = transaction.abort();
                        }
                    }
                },
            );
            request.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
            request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            request.set_onblocked(Some(on_blocked.as_ref().unchecked_ref()));
            request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
            callbacks = Some((on_success, on_error, on_blocked, on_upgrade));
        });
        let result: Result<JsValue, JsValue> = JsFuture::from(promise).await;
        if blocked.get() {
            // The request stays pending until the other tab lets go; its handlers must live
            // until then, so they are leaked (this happens once per blocked upgrade).
            std::mem::forget(callbacks);
            std::mem::forget(migration);
            return Err(StoreError::UpgradeBlocked);
        }
        drop(callbacks);
        migration.borrow_mut().take();
        let db: IdbDatabase = match result {
            Ok(db) => db.dyn_into().map_err(|e| storage_error(&e))?,
            Err(error) => {
                let detail = upgrade_error.borrow().clone();
                return Err(match (dom_exception_name(&error).as_deref(), detail) {
                    (_, Some(detail)) => StoreError::Storage(format!(
                        "could not upgrade the stored models to the new layout: {detail}"
                    )),
                    (Some("VersionError"), _) => StoreError::StoreClosed,
                    _ => storage_error(&error),
                });
            }
        };

        let closed = Rc::new(Cell::new(false));
        let on_version_change = {
            let (closed, db) = (closed.clone(), db.clone());
            Closure::<dyn FnMut(Event)>::new(move |_| {
                // Another tab wants a newer layout (or deletes the database): step aside
                // rather than block it.
                closed.set(true);
                db.close();
            })
        };
        let on_close = {
            let closed = closed.clone();
            Closure::<dyn FnMut(Event)>::new(move |_| closed.set(true))
        };
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        db.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        Ok(ModelStore {
            db,
            closed,
            _on_version_change: on_version_change,
            _on_close: on_close,
            fail_next_write: Cell::new(false),
        })
    }

    /// Deletes a whole database (every model, shard and vector in it).
    pub async fn delete_database(name: &str) -> Result<(), StoreError> {
        let request = factory()?
            .delete_database(name)
            .map_err(|e| storage_error(&e))?;
        wait_request(&request)
            .await
            .map(drop)
            .map_err(|e| storage_error(&e))
    }

    /// True once another tab upgraded or deleted the database and this connection closed
    /// itself; open a new store to go on.
    pub fn is_closed(&self) -> bool {
        self.closed.get()
    }

    /// Test hook: the next write fails as if the browser had run out of quota, after aborting
    /// its transaction, exactly where a real `QuotaExceededError` would surface.
    pub fn fail_next_write_with_quota_error(&self) {
        self.fail_next_write.set(true);
    }

    fn transaction(
        &self,
        stores: &[&str],
        mode: IdbTransactionMode,
    ) -> Result<IdbTransaction, StoreError> {
        if self.closed.get() {
            return Err(StoreError::StoreClosed);
        }
        let names: Array = stores.iter().map(|name| JsValue::from_str(name)).collect();
        self.db
            .transaction_with_str_sequence_and_mode(&names, mode)
            .map_err(|error| {
                if dom_exception_name(&error).as_deref() == Some("InvalidStateError") {
                    self.closed.set(true);
                    StoreError::StoreClosed
                } else {
                    storage_error(&error)
                }
            })
    }

    fn object_store(
        transaction: &IdbTransaction,
        name: &str,
    ) -> Result<IdbObjectStore, StoreError> {
        transaction
            .object_store(name)
            .map_err(|e| storage_error(&e))
    }

    /// The error for a failed write of `file`: quota, a closed connection, or another storage
    /// failure.
    fn write_error(&self, error: &JsValue, model: &ModelEntry, file: &ModelFile) -> StoreError {
        let name = dom_exception_name(error);
        let message = js_message(error);
        if name.as_deref() == Some("QuotaExceededError") || message.contains("QuotaExceeded") {
            StoreError::QuotaExceeded {
                model_id: model.id.clone(),
                path: file.path.clone(),
            }
        } else if self.closed.get() {
            StoreError::StoreClosed
        } else {
            StoreError::Storage(message)
        }
    }

    /// The record of `file`, if any.
    pub(crate) async fn file_record(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
    ) -> Result<Option<FileRecord>, StoreError> {
        let transaction = self.transaction(&[FILES], IdbTransactionMode::Readonly)?;
        let store = Self::object_store(&transaction, FILES)?;
        let request = store
            .get(&file_key(model, file))
            .map_err(|e| storage_error(&e))?;
        let value = wait_request(&request)
            .await
            .map_err(|e| storage_error(&e))?;
        Ok(if value.is_undefined() {
            None
        } else {
            from_js(value)
        })
    }

    /// The indexes of the shards of `file` that are stored.
    pub(crate) async fn stored_shards(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
    ) -> Result<BTreeSet<u64>, StoreError> {
        let transaction = self.transaction(&[SHARDS], IdbTransactionMode::Readonly)?;
        let store = Self::object_store(&transaction, SHARDS)?;
        let range: JsValue = shard_range(model, file)?.into();
        let request = store
            .get_all_keys_with_key(&range)
            .map_err(|e| storage_error(&e))?;
        let keys = wait_request(&request)
            .await
            .map_err(|e| storage_error(&e))?;
        Ok(Array::from(&keys)
            .iter()
            .filter_map(|key| Array::from(&key).get(4).as_f64())
            .map(|index| index as u64)
            .collect())
    }

    /// The bytes of one stored shard, unchecked; `None` when it is not stored.
    pub(crate) async fn read_shard(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
        index: u64,
    ) -> Result<Option<Uint8Array>, StoreError> {
        let transaction = self.transaction(&[SHARDS], IdbTransactionMode::Readonly)?;
        let store = Self::object_store(&transaction, SHARDS)?;
        let request = store
            .get(&shard_key(model, file, index))
            .map_err(|e| storage_error(&e))?;
        let record = wait_request(&request)
            .await
            .map_err(|e| storage_error(&e))?;
        if record.is_undefined() {
            return Ok(None);
        }
        Ok(Reflect::get(&record, &JsValue::from_str("bytes"))
            .ok()
            .and_then(|bytes| bytes.dyn_into::<Uint8Array>().ok()))
    }

    /// Stores shard `index` of `file` and updates the file's record (stored bytes, hash
    /// checkpoint) in one transaction: both are written or neither.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn put_shard(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
        layout: ShardLayout,
        index: u64,
        bytes: &Uint8Array,
        source: &str,
        checkpoint: Option<Checkpoint>,
    ) -> Result<(), StoreError> {
        let transaction = self.transaction(&[FILES, SHARDS], IdbTransactionMode::Readwrite)?;
        let files = Self::object_store(&transaction, FILES)?;
        let shards = Self::object_store(&transaction, SHARDS)?;
        let write = async {
            let existing_record = wait_request(&files.get(&file_key(model, file))?).await?;
            let existing_shard =
                wait_request(&shards.get_key(&shard_key(model, file, index))?).await?;
            let mut record = from_js::<FileRecord>(existing_record)
                .filter(|record| record.shard_bytes == layout.shard_bytes)
                .unwrap_or_else(|| FileRecord::new(model, file, layout));
            if existing_shard.is_undefined() {
                record.stored_bytes += u64::from(bytes.length());
            }
            record.verified = false;
            if checkpoint.is_some() {
                record.checkpoint = checkpoint;
            }
            let shard = Object::new();
            Reflect::set(&shard, &"bytes".into(), bytes)?;
            Reflect::set(&shard, &"source".into(), &source.into())?;
            let record = to_js(&record).map_err(|e| JsValue::from_str(&e.to_string()))?;
            shards.put_with_key(&shard, &shard_key(model, file, index))?;
            files.put_with_key(&record, &file_key(model, file))?;
            Ok::<(), JsValue>(())
        };
        let written = write.await;
        if self.fail_next_write.replace(false) {
            let _ = transaction.abort();
            let _ = wait_transaction(&transaction).await;
            let quota = web_sys::DomException::new_with_message_and_name(
                "test hook: the quota was exceeded",
                "QuotaExceededError",
            )
            .map_or(JsValue::from_str("QuotaExceededError"), JsValue::from);
            return Err(self.write_error(&quota, model, file));
        }
        if let Err(error) = written {
            let _ = transaction.abort();
            let _ = wait_transaction(&transaction).await;
            return Err(self.write_error(&error, model, file));
        }
        wait_transaction(&transaction)
            .await
            .map_err(|error| self.write_error(&error, model, file))
    }

    /// Marks `file` verified: every shard is stored and the whole-file hash matched the pin.
    pub(crate) async fn mark_verified(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
        layout: ShardLayout,
        lock_hash: Option<&str>,
    ) -> Result<(), StoreError> {
        self.update_record(model, file, layout, |record| {
            record.verified = true;
            record.stored_bytes = file.bytes;
            record.verified_at_ms = Some(now_ms());
            record.lock_hash = lock_hash.map(str::to_owned);
            record.checkpoint = None;
        })
        .await
    }

    /// Reads, changes and writes back the record of `file` in one transaction.
    async fn update_record(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
        layout: ShardLayout,
        change: impl FnOnce(&mut FileRecord),
    ) -> Result<(), StoreError> {
        let transaction = self.transaction(&[FILES], IdbTransactionMode::Readwrite)?;
        let files = Self::object_store(&transaction, FILES)?;
        let write = async {
            let existing = wait_request(&files.get(&file_key(model, file))?).await?;
            let mut record = from_js::<FileRecord>(existing)
                .unwrap_or_else(|| FileRecord::new(model, file, layout));
            change(&mut record);
            let record = to_js(&record).map_err(|e| JsValue::from_str(&e.to_string()))?;
            files.put_with_key(&record, &file_key(model, file))?;
            Ok::<(), JsValue>(())
        };
        if let Err(error) = write.await {
            let _ = transaction.abort();
            let _ = wait_transaction(&transaction).await;
            return Err(self.write_error(&error, model, file));
        }
        wait_transaction(&transaction)
            .await
            .map_err(|error| self.write_error(&error, model, file))
    }

    /// Remembers that `source` failed for `file`, for diagnostics.
    pub(crate) async fn record_rejection(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
        layout: ShardLayout,
        rejection: Rejection,
    ) -> Result<(), StoreError> {
        self.update_record(model, file, layout, |record| {
            record.push_rejection(rejection)
        })
        .await
    }

    /// Deletes the chosen shards of `file` and marks it unverified, in one transaction. With
    /// [`Discard::All`] the record starts over (keeping its rejections).
    pub(crate) async fn discard_shards(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
        layout: ShardLayout,
        indexes: Discard<'_>,
    ) -> Result<(), StoreError> {
        let transaction = self.transaction(&[FILES, SHARDS], IdbTransactionMode::Readwrite)?;
        let files = Self::object_store(&transaction, FILES)?;
        let shards = Self::object_store(&transaction, SHARDS)?;
        let write = async {
            let existing = wait_request(&files.get(&file_key(model, file))?).await?;
            let mut record = from_js::<FileRecord>(existing)
                .unwrap_or_else(|| FileRecord::new(model, file, layout));
            record.verified = false;
            record.verified_at_ms = None;
            match indexes {
                Discard::All => {
                    let range: JsValue =
                        shard_range(model, file).map_err(|e| e.to_string())?.into();
                    shards.delete(&range)?;
                    record.stored_bytes = 0;
                    record.checkpoint = None;
                    record.shard_bytes = layout.shard_bytes;
                }
                Discard::FromSource(source) => {
                    let record_layout = ShardLayout {
                        file_bytes: file.bytes,
                        shard_bytes: record.shard_bytes,
                    };
                    let range: JsValue =
                        shard_range(model, file).map_err(|e| e.to_string())?.into();
                    let keys = wait_request(&shards.get_all_keys_with_key(&range)?).await?;
                    for key in Array::from(&keys).iter() {
                        let shard = wait_request(&shards.get(&key)?).await?;
                        let from = Reflect::get(&shard, &"source".into())?.as_string();
                        if from.as_deref() != Some(source) {
                            continue;
                        }
                        let index = Array::from(&key).get(4).as_f64().unwrap_or(0.0) as u64;
                        shards.delete(&key)?;
                        record.stored_bytes = record
                            .stored_bytes
                            .saturating_sub(record_layout.len_of(index));
                        if record
                            .checkpoint
                            .as_ref()
                            .is_some_and(|checkpoint| checkpoint.shards > index)
                        {
                            record.checkpoint = None;
                        }
                    }
                }
                Discard::Some(indexes) => {
                    let record_layout = ShardLayout {
                        file_bytes: file.bytes,
                        shard_bytes: record.shard_bytes,
                    };
                    for &index in indexes {
                        let shard_key = shard_key(model, file, index);
                        let exists = wait_request(&shards.get_key(&shard_key)?).await?;
                        if !exists.is_undefined() {
                            shards.delete(&shard_key)?;
                            record.stored_bytes = record
                                .stored_bytes
                                .saturating_sub(record_layout.len_of(index));
                        }
                        if record
                            .checkpoint
                            .as_ref()
                            .is_some_and(|checkpoint| checkpoint.shards > index)
                        {
                            record.checkpoint = None;
                        }
                    }
                }
            }
            let record = to_js(&record).map_err(|e| JsValue::from_str(&e.to_string()))?;
            files.put_with_key(&record, &file_key(model, file))?;
            Ok::<(), JsValue>(())
        };
        if let Err(error) = write.await {
            let _ = transaction.abort();
            let _ = wait_transaction(&transaction).await;
            return Err(self.write_error(&error, model, file));
        }
        wait_transaction(&transaction)
            .await
            .map_err(|error| self.write_error(&error, model, file))
    }

    /// What is stored of each file the lock lists for `model` (required or not), from the file
    /// records alone: no shard is read.
    pub async fn file_states(&self, model: &ModelEntry) -> Result<Vec<FileState>, StoreError> {
        let mut states = Vec::with_capacity(model.files.len());
        for file in &model.files {
            let layout = ShardLayout::for_file(file);
            let record = self.file_record(model, file).await?;
            let (stored_bytes, verified, rejections, shard_bytes) = match record {
                Some(record) => (
                    record.stored_bytes,
                    record.verified,
                    record.rejections,
                    record.shard_bytes,
                ),
                None => (0, false, Vec::new(), layout.shard_bytes),
            };
            let record_layout = ShardLayout {
                file_bytes: file.bytes,
                shard_bytes,
            };
            let shards_stored = if verified {
                record_layout.count()
            } else if stored_bytes == 0 {
                0
            } else {
                self.stored_shards(model, file).await?.len() as u64
            };
            states.push(FileState {
                path: file.path.clone(),
                bytes: file.bytes,
                stored_bytes,
                verified,
                shards_stored,
                shards_total: record_layout.count(),
                rejections,
            });
        }
        Ok(states)
    }

    /// True when `file` is stored and verified (without reading or re-hashing its bytes).
    pub async fn contains(&self, model: &ModelEntry, file: &ModelFile) -> Result<bool, StoreError> {
        Ok(self
            .file_record(model, file)
            .await?
            .is_some_and(|record| record.verified))
    }

    /// Removes everything stored for `model`: every file of every revision and pin, every
    /// shard, and every cached vector, in one transaction.
    pub async fn delete_model(&self, model: &ModelEntry) -> Result<(), StoreError> {
        let transaction =
            self.transaction(&[FILES, SHARDS, VECTORS], IdbTransactionMode::Readwrite)?;
        let range = model_range(&model.id)?;
        for name in [FILES, SHARDS, VECTORS] {
            Self::object_store(&transaction, name)?
                .delete(&range)
                .map_err(|e| storage_error(&e))?;
        }
        wait_transaction(&transaction)
            .await
            .map_err(|e| storage_error(&e))
    }

    /// Makes sure every required file of `model` is stored and verified, fetching what is
    /// missing from the lock's sources (see [`crate::download`]). `on_file` is called after
    /// each file is verified, in lock order; files already stored are not fetched again.
    pub async fn download(
        &self,
        model: &ModelEntry,
        base_url: &str,
        policy: SourcePolicy,
        mut on_file: impl FnMut(&ModelFile),
    ) -> Result<(), StoreError> {
        let options = DownloadOptions::new(base_url, policy);
        download::download(self, model, &options, &CancelToken::new(), &mut |event| {
            if let DownloadEvent::FileVerified { file } = event {
                on_file(file);
            }
        })
        .await
    }

    /// Reads one verified file back, re-checking every byte before it is returned: against
    /// the per-shard pins when the lock has them for the stored shard size (hashed by WebCrypto),
    /// else by a full re-hash. A mismatch deletes the damaged shards (all of them when they cannot
    /// be told apart), marks the file unverified and is reported as [`StoreError::Damaged`].
    pub async fn read_verified(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
    ) -> Result<Vec<u8>, StoreError> {
        let mut bytes = Vec::with_capacity(usize::try_from(file.bytes).unwrap_or(0));
        self.reverify(model, file, Some(&mut bytes)).await?;
        Ok(bytes)
    }

    /// Re-checks one verified file as [`ModelStore::read_verified`] does, appending its bytes
    /// to `out` when given (a check alone keeps at most one shard in wasm memory).
    async fn reverify(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
        mut out: Option<&mut Vec<u8>>,
    ) -> Result<(), StoreError> {
        let not_stored = || StoreError::NotStored {
            model_id: model.id.clone(),
            path: file.path.clone(),
        };
        let record = self
            .file_record(model, file)
            .await?
            .filter(|record| record.verified)
            .ok_or_else(not_stored)?;
        let layout = ShardLayout {
            file_bytes: file.bytes,
            shard_bytes: record.shard_bytes.max(1),
        };
        let pinned = (0..layout.count()).all(|index| layout.pin(file, index).is_some());
        let mut hasher = Sha256::new();
        let mut scratch = Vec::new();
        let mut damaged = Vec::new();
        let mut reason = None;
        for index in 0..layout.count() {
            let expected_len = layout.len_of(index);
            let shard = self.read_shard(model, file, index).await?;
            let Some(shard) = shard.filter(|shard| u64::from(shard.length()) == expected_len)
            else {
                damaged.push(index);
                reason.get_or_insert_with(|| {
                    format!("shard {index} is missing or has the wrong size")
                });
                continue;
            };
            if pinned {
                let actual = sha256_hex_of(&shard).await;
                if Some(actual.as_str()) != layout.pin(file, index) {
                    damaged.push(index);
                    reason.get_or_insert_with(|| {
                        format!("shard {index} hashes to {actual}, not its pin")
                    });
                    continue;
                }
            }
            let piece = match out.as_deref_mut() {
                Some(out) => {
                    let at = out.len();
                    out.resize(at + expected_len as usize, 0);
                    shard.copy_to(&mut out[at..]);
                    &out[at..]
                }
                None if pinned => continue,
                None => {
                    scratch.resize(expected_len as usize, 0);
                    shard.copy_to(&mut scratch);
                    &scratch[..]
                }
            };
            if !pinned {
                hasher.update(piece);
            }
        }
        if damaged.is_empty() && !pinned {
            let actual = hex::encode(hasher.finalize());
            if actual != file.sha256 {
                reason = Some(format!(
                    "the stored bytes hash to {actual}, not the pinned {}",
                    file.sha256
                ));
            }
        }
        let Some(reason) = reason else {
            return Ok(());
        };
        if let Some(out) = out {
            out.clear();
            out.shrink_to_fit();
        }
        let discard = if pinned && !damaged.is_empty() {
            Discard::Some(&damaged)
        } else {
            Discard::All
        };
        self.discard_shards(model, file, layout, discard).await?;
        Err(StoreError::Damaged {
            model_id: model.id.clone(),
            path: file.path.clone(),
            reason,
        })
    }

    /// Reads every required file of `model` from the store, re-verifying each one before it can
    /// reach Candle ([`ModelStore::read_verified`]).
    pub async fn load(&self, model: &ModelEntry) -> Result<VerifiedFiles, StoreError> {
        let mut files = VerifiedFiles::default();
        for file in model.required_files() {
            let bytes = self.read_verified(model, file).await?;
            files.insert_reverified(file, bytes);
        }
        Ok(files)
    }

    /// Re-checks every stored required file of `model` without keeping the bytes; damaged
    /// files are removed from the verified set as in [`ModelStore::read_verified`]. Files not
    /// stored are reported as [`StoreError::NotStored`].
    pub async fn check(&self, model: &ModelEntry) -> Result<Vec<FileCheck>, StoreError> {
        let mut checks = Vec::new();
        for file in model.required_files() {
            let result = match self.reverify(model, file, None).await {
                Ok(()) => Ok(()),
                Err(error @ (StoreError::NotStored { .. } | StoreError::Damaged { .. })) => {
                    Err(error)
                }
                Err(error) => return Err(error),
            };
            checks.push(FileCheck {
                path: file.path.clone(),
                result,
            });
        }
        Ok(checks)
    }

    /// Caches `vector` under `key` for `provenance.model_id`, replacing any older one.
    pub async fn put_vector(
        &self,
        key: &str,
        provenance: &VectorProvenance,
        vector: &[f32],
    ) -> Result<(), StoreError> {
        self.put_vectors(&[(key, provenance, vector)]).await
    }

    /// Caches each `(key, provenance, vector)` as [`ModelStore::put_vector`] does, all in one
    /// transaction: either every vector is cached or none is.
    pub async fn put_vectors(
        &self,
        entries: &[(&str, &VectorProvenance, &[f32])],
    ) -> Result<(), StoreError> {
        let transaction = self.transaction(&[VECTORS], IdbTransactionMode::Readwrite)?;
        let store = Self::object_store(&transaction, VECTORS)?;
        for &(key, provenance, vector) in entries {
            let record = Object::new();
            let provenance_js = to_js(provenance)?;
            Reflect::set(&record, &"provenance".into(), &provenance_js)
                .and_then(|_| Reflect::set(&record, &"vector".into(), &Float32Array::from(vector)))
                .map_err(|e| storage_error(&e))?;
            let id = self::key(&[provenance.model_id.as_str().into(), key.into()]);
            if let Err(error) = store.put_with_key(&record, &id) {
                let _ = transaction.abort();
                return Err(storage_error(&error));
            }
        }
        wait_transaction(&transaction).await.map_err(|error| {
            if dom_exception_name(&error).as_deref() == Some("QuotaExceededError") {
                StoreError::Storage("not enough browser storage to cache a vector".into())
            } else {
                storage_error(&error)
            }
        })
    }

    /// The cached vector under `key`, only if its provenance equals `expected` in every field.
    /// A stale one is deleted, so it is rebuilt rather than used.
    pub async fn get_vector(
        &self,
        key: &str,
        expected: &VectorProvenance,
    ) -> Result<Option<Vec<f32>>, StoreError> {
        let mut found = self.get_vectors(&[(key, expected)]).await?;
        Ok(found.pop().flatten())
    }

    /// [`ModelStore::get_vector`] for many keys, in order, with one transaction to read them
    /// all and one to delete the stale ones.
    pub async fn get_vectors(
        &self,
        wanted: &[(&str, &VectorProvenance)],
    ) -> Result<Vec<Option<Vec<f32>>>, StoreError> {
        let ids: Vec<JsValue> = wanted
            .iter()
            .map(|(key, expected)| self::key(&[expected.model_id.as_str().into(), (*key).into()]))
            .collect();
        let transaction = self.transaction(&[VECTORS], IdbTransactionMode::Readonly)?;
        let store = Self::object_store(&transaction, VECTORS)?;
        let requests = ids
            .iter()
            .map(|id| store.get(id).map_err(|e| storage_error(&e)))
            .collect::<Result<Vec<_>, _>>()?;
        // Every request has completed once the transaction has; their results are read then
        // (awaiting them one by one could miss a success event fired meanwhile).
        wait_transaction(&transaction)
            .await
            .map_err(|e| storage_error(&e))?;
        let mut stale = Vec::new();
        let mut found = Vec::with_capacity(wanted.len());
        for ((request, id), (_, expected)) in requests.iter().zip(&ids).zip(wanted) {
            let record = request.result().unwrap_or(JsValue::UNDEFINED);
            if record.is_undefined() {
                found.push(None);
                continue;
            }
            let provenance = Reflect::get(&record, &"provenance".into())
                .ok()
                .and_then(from_js::<VectorProvenance>);
            let vector = Reflect::get(&record, &"vector".into())
                .ok()
                .and_then(|vector| vector.dyn_into::<Float32Array>().ok());
            match (provenance, vector) {
                (Some(provenance), Some(vector))
                    if provenance.stale_fields(expected).is_empty() =>
                {
                    found.push(Some(vector.to_vec()));
                }
                _ => {
                    stale.push(id);
                    found.push(None);
                }
            }
        }
        if !stale.is_empty() {
            let transaction = self.transaction(&[VECTORS], IdbTransactionMode::Readwrite)?;
            let store = Self::object_store(&transaction, VECTORS)?;
            for id in stale {
                store.delete(id).map_err(|e| storage_error(&e))?;
            }
            wait_transaction(&transaction)
                .await
                .map_err(|e| storage_error(&e))?;
        }
        Ok(found)
    }

    /// The provenance of every cached vector, for counting valid and stale ones (no vector
    /// data is read into wasm).
    pub async fn vector_provenances(&self) -> Result<Vec<Option<VectorProvenance>>, StoreError> {
        let transaction = self.transaction(&[VECTORS], IdbTransactionMode::Readonly)?;
        let store = Self::object_store(&transaction, VECTORS)?;
        let request = store.get_all().map_err(|e| storage_error(&e))?;
        let records = wait_request(&request)
            .await
            .map_err(|e| storage_error(&e))?;
        Ok(Array::from(&records)
            .iter()
            .map(|record| {
                Reflect::get(&record, &"provenance".into())
                    .ok()
                    .and_then(from_js::<VectorProvenance>)
            })
            .collect())
    }
}

/// Which shards [`ModelStore::discard_shards`] deletes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Discard<'a> {
    /// Every shard: the record starts over.
    All,
    /// The shards with these indexes.
    Some(&'a [u64]),
    /// Every shard that came from this URL.
    FromSource(&'a str),
}

/// The cursor callback of a running version 1 migration, kept alive until the open settles.
type MigrationCallback = Rc<RefCell<Option<Closure<dyn FnMut(Event)>>>>;

/// Creates the version 2 stores and migrates version 1 records, inside the versionchange
/// transaction of `request`.
fn upgrade(
    request: &IdbOpenDbRequest,
    old_version: f64,
    migration: &MigrationCallback,
) -> Result<(), JsValue> {
    let db: IdbDatabase = request.result()?.dyn_into()?;
    let names = db.object_store_names();
    for name in [FILES, SHARDS, VECTORS] {
        if !names.contains(name) {
            db.create_object_store(name)?;
        }
    }
    if old_version >= 2.0 || !names.contains(V1_MODEL_FILES) {
        return Ok(());
    }
    let transaction = request
        .transaction()
        .ok_or_else(|| JsValue::from_str("no upgrade transaction"))?;
    let old = transaction.object_store(V1_MODEL_FILES)?;
    let files = transaction.object_store(FILES)?;
    let shards = transaction.object_store(SHARDS)?;
    let cursor_request = old.open_cursor()?;
    let cursor_source = cursor_request.clone();
    let upgrade_db = db.clone();
    let upgrade_transaction = transaction.clone();
    let on_cursor = Closure::<dyn FnMut(Event)>::new(move |_| {
        let step = || -> Result<(), JsValue> {
            let cursor = cursor_source.result()?;
            if cursor.is_null() || cursor.is_undefined() {
                return upgrade_db.delete_object_store(V1_MODEL_FILES);
            }
            let cursor: IdbCursorWithValue = cursor.dyn_into()?;
            migrate_v1_record(&cursor.value()?, &files, &shards)?;
            cursor.continue_()
        };
        if step().is_err() {
            // A migration that cannot finish must not half-happen: the database stays at
            // version 1 and the open reports the failure.
            let _ = upgrade_transaction.abort();
        }
    });
    cursor_request.set_onsuccess(Some(on_cursor.as_ref().unchecked_ref()));
    *migration.borrow_mut() = Some(on_cursor);
    Ok(())
}

/// Writes one version 1 record (a whole file verified when it was stored) as version 2 shards
/// plus a verified file record. Records without the expected fields are dropped: they were
/// never loadable, and the next download fetches the file again.
fn migrate_v1_record(
    value: &JsValue,
    files: &IdbObjectStore,
    shards: &IdbObjectStore,
) -> Result<(), JsValue> {
    let text = |name: &str| {
        Reflect::get(value, &name.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    let (Some(model_id), Some(revision), Some(path), Some(sha256)) = (
        text("model_id"),
        text("revision"),
        text("path"),
        text("sha256"),
    ) else {
        return Ok(());
    };
    let Ok(bytes) = Reflect::get(value, &"bytes".into()).and_then(|b| b.dyn_into::<Uint8Array>())
    else {
        return Ok(());
    };
    let length = u64::from(bytes.length());
    if length == 0 {
        return Ok(());
    }
    let layout = ShardLayout {
        file_bytes: length,
        shard_bytes: DEFAULT_SHARD_BYTES,
    };
    let parts = file_key_parts(&model_id, &revision, &sha256, &path);
    for index in 0..layout.count() {
        let (start, end) = layout.range(index);
        // `slice` copies: storing a `subarray` view would store the whole buffer each time.
        let piece = bytes.slice(start as u32, end as u32);
        let shard = Object::new();
        Reflect::set(&shard, &"bytes".into(), &piece)?;
        Reflect::set(&shard, &"source".into(), &"IndexedDB v1".into())?;
        let mut shard_parts = parts.clone();
        shard_parts.push(JsValue::from_f64(index as f64));
        shards.put_with_key(&shard, &key(&shard_parts))?;
    }
    let record = FileRecord {
        model_id,
        revision,
        path,
        sha256,
        bytes: length,
        shard_bytes: DEFAULT_SHARD_BYTES,
        stored_bytes: length,
        // Version 1 stored a file only after verifying it; loading re-verifies every byte.
        verified: true,
        verified_at_ms: Some(now_ms()),
        lock_hash: None,
        checkpoint: None,
        rejections: Vec::new(),
    };
    let record = to_js(&record).map_err(|e| JsValue::from_str(&e.to_string()))?;
    files.put_with_key(&record, &key(&parts))?;
    Ok(())
}
