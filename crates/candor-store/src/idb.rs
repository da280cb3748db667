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
//!
//! By job: `files` (the file records and their shards), `reverify` (reading files back),
//! `vectors`, `migration` (the upgrade from version 1), and `plumbing`, the IndexedDB helpers
//! this store shares with [`crate::user_data`].

#[cfg(feature = "test-support")]
use std::cell::Cell;

use candor_core::lockfile::{ModelEntry, ModelFile};
use js_sys::Array;
use wasm_bindgen::prelude::*;
use web_sys::{IdbKeyRange, IdbObjectStore, IdbTransaction, IdbTransactionMode};

use crate::StoreError;
use crate::fetch::{dom_exception_name, js_message};
use plumbing::{Connection, OpenError, commit_or_abort, key};

mod files;
mod migration;
pub(crate) mod plumbing;
mod reverify;
mod vectors;

pub(crate) use files::{Checkpoint, Discard};
pub use files::{FileState, Rejection};
pub use reverify::FileCheck;

/// The app's database.
pub const DATABASE_NAME: &str = "candor";
/// The layout this build reads and writes.
pub const SCHEMA_VERSION: u32 = 2;
const FILES: &str = "files";
const SHARDS: &str = "shards";
const VECTORS: &str = "vectors";

/// An open connection to Candor's IndexedDB database.
pub struct ModelStore {
    connection: Connection,
    #[cfg(feature = "test-support")]
    fail_next_write: Cell<bool>,
}

fn storage_error(error: &JsValue) -> StoreError {
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
    /// Opens (and on first use creates or upgrades) the app's database.
    pub async fn open() -> Result<ModelStore, StoreError> {
        Self::open_named(DATABASE_NAME).await
    }

    /// Opens a database of this schema under another name, so tests running side by side in one
    /// origin do not share records.
    pub async fn open_named(name: &str) -> Result<ModelStore, StoreError> {
        // The migration's cursor callback lives in the upgrade closure, as long as the open.
        let mut cursor_callback = None;
        let opened = plumbing::open(name, SCHEMA_VERSION, move |request, old_version| {
            migration::upgrade(request, old_version, &mut cursor_callback)
        })
        .await;
        let connection = opened.map_err(|error| match error {
            OpenError::Blocked => StoreError::UpgradeBlocked,
            OpenError::Upgrade(detail) => StoreError::Storage(format!(
                "could not upgrade the stored models to the new layout: {detail}"
            )),
            OpenError::Request(error)
                if dom_exception_name(&error).as_deref() == Some("VersionError") =>
            {
                StoreError::StoreClosed
            }
            OpenError::Request(error) => storage_error(&error),
        })?;
        Ok(ModelStore {
            connection,
            #[cfg(feature = "test-support")]
            fail_next_write: Cell::new(false),
        })
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

    /// Test hook: the next shard write fails as if the browser had run out of quota, after
    /// aborting its transaction, exactly where a real `QuotaExceededError` would surface.
    #[cfg(feature = "test-support")]
    pub fn fail_next_write_with_quota_error(&self) {
        self.fail_next_write.set(true);
    }

    fn transaction(
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
