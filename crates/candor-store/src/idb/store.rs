//! [`ModelStore`]: the connection to the model database, its transactions and how their
//! failures read, and deleting a model or the whole database.

#[cfg(feature = "test-support")]
use std::cell::Cell;

use candor_lock::{ModelEntry, ModelFile};
use js_sys::Array;
use wasm_bindgen::prelude::*;
use web_sys::{IdbKeyRange, IdbObjectStore, IdbTransaction, IdbTransactionMode};

use super::plumbing::{self, Connection, commit_or_abort, key};
use crate::StoreError;
use crate::fetch::{dom_exception_name, js_message};

// The object stores, as the module docs of `idb` describe them.
pub(super) const FILES: &str = "files";
pub(super) const SHARDS: &str = "shards";
pub(super) const VECTORS: &str = "vectors";

/// An open connection to Candor's IndexedDB database.
pub struct ModelStore {
    connection: Connection,
    /// Set by [`ModelStore::fail_next_write_with_quota_error`].
    #[cfg(feature = "test-support")]
    pub(super) fail_next_write: Cell<bool>,
}

pub(super) fn storage_error(error: &JsValue) -> StoreError {
    StoreError::Storage(js_message(error))
}

/// Every key whose first element is `model_id`: arrays sort after strings, so
/// `[model_id, []]` is above any `[model_id, ...]` key.
fn model_range(model_id: &str) -> Result<IdbKeyRange, StoreError> {
    let lower = key(&[model_id.into()]);
    let upper = key(&[model_id.into(), Array::new().into()]);
    IdbKeyRange::bound(&lower, &upper).map_err(|e| storage_error(&e))
}

impl ModelStore {
    /// A store on `connection`, an open database of this layout.
    pub(super) fn new(connection: Connection) -> ModelStore {
        ModelStore {
            connection,
            #[cfg(feature = "test-support")]
            fail_next_write: Cell::new(false),
        }
    }

    /// Deletes a whole database (every model, shard and vector in it).
    pub async fn delete_database(name: &str) -> Result<(), StoreError> {
        plumbing::delete_database(name)
            .await
            .map_err(|e| storage_error(&e))
    }

    /// True once another tab upgraded or deleted the database and this connection closed
    /// itself; open a new store to go on.
    pub fn is_closed(&self) -> bool {
        self.connection.is_closed()
    }

    /// Calls `hook` if the browser closes this store's connection itself: it cleared or evicted
    /// the site's data while the page was open (every model file and vector is gone).
    pub fn on_cleared_by_browser(&self, hook: impl Fn() + 'static) {
        self.connection.on_forced_close(hook);
    }

    /// Test hook: the next shard write fails as if the browser had run out of quota, after
    /// aborting its transaction, exactly where a real `QuotaExceededError` would surface.
    #[cfg(feature = "test-support")]
    pub fn fail_next_write_with_quota_error(&self) {
        self.fail_next_write.set(true);
    }

    pub(super) fn transaction(
        &self,
        stores: &[&str],
        mode: IdbTransactionMode,
    ) -> Result<IdbTransaction, StoreError> {
        if self.connection.is_closed() {
            return Err(StoreError::StoreClosed);
        }
        self.connection.transaction(stores, mode).map_err(|error| {
            if self.connection.is_closed() {
                StoreError::StoreClosed
            } else {
                storage_error(&error)
            }
        })
    }

    pub(super) fn object_store(
        transaction: &IdbTransaction,
        name: &str,
    ) -> Result<IdbObjectStore, StoreError> {
        transaction
            .object_store(name)
            .map_err(|e| storage_error(&e))
    }

    /// The error for a failed write of `file`: quota, a closed connection, or another storage
    /// failure.
    pub(super) fn write_error(
        &self,
        error: &JsValue,
        model: &ModelEntry,
        file: &ModelFile,
    ) -> StoreError {
        let name = dom_exception_name(error);
        let message = js_message(error);
        if name.as_deref() == Some("QuotaExceededError") || message.contains("QuotaExceeded") {
            StoreError::QuotaExceeded {
                model_id: model.id.clone(),
                path: file.path.clone(),
            }
        } else if self.connection.is_closed() {
            StoreError::StoreClosed
        } else {
            StoreError::Storage(message)
        }
    }

    /// Removes everything stored for `model`: every file of every revision and pin, every
    /// shard, and every cached vector, in one transaction.
    pub async fn delete_model(&self, model: &ModelEntry) -> Result<(), StoreError> {
        let transaction =
            self.transaction(&[FILES, SHARDS, VECTORS], IdbTransactionMode::Readwrite)?;
        let range = model_range(&model.id)?;
        let delete = async {
            for name in [FILES, SHARDS, VECTORS] {
                transaction.object_store(name)?.delete(&range)?;
            }
            Ok(())
        };
        commit_or_abort(&transaction, delete)
            .await
            .map_err(|e| storage_error(&e))
    }
}
