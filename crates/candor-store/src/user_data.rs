//! The person's own data in IndexedDB: imported job postings.
//!
//! A database of its own (`candor-user`, version 1, object store `jobs`), apart from the model
//! store (`candor`): deleting or upgrading the models never touches what the person imported,
//! and clearing the jobs never touches the models. Each record is an [`ImportedJob`] (the
//! posting, its content hash and import date) under the import's de-duplication key, so
//! importing the same posting again replaces it instead of adding a copy.
//!
//! Another tab deleting the database makes this connection close itself (`versionchange`)
//! rather than block it; the next request opens a new one.

use candor_core::import::jobs::ImportedJob;
use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{Event, IdbDatabase, IdbFactory, IdbTransaction, IdbTransactionMode};

use crate::fetch::{dom_exception_name, js_message};
use crate::idb::{wait_request, wait_transaction};

/// The user-data database's name.
pub const USER_DATABASE_NAME: &str = "candor-user";
/// Its layout version.
pub const USER_SCHEMA_VERSION: u32 = 1;
const JOBS: &str = "jobs";

/// Why the stored jobs could not be read or written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum UserDataError {
    /// The browser refused to store more; nothing of the failed write was kept.
    #[error(
        "not enough browser storage to save the jobs; nothing was saved. Free some space and retry"
    )]
    QuotaExceeded,
    /// IndexedDB is missing (some private modes) or failed.
    #[error("browser storage error: {0}")]
    Storage(String),
}

fn storage_error(error: &JsValue) -> UserDataError {
    if dom_exception_name(error).as_deref() == Some("QuotaExceededError") {
        UserDataError::QuotaExceeded
    } else {
        UserDataError::Storage(js_message(error))
    }
}

/// An open connection to the user-data database.
pub struct UserData {
    db: IdbDatabase,
    _on_version_change: Closure<dyn FnMut(Event)>,
}

impl Drop for UserData {
    fn drop(&mut self) {
        self.db.set_onversionchange(None);
        self.db.close();
    }
}

impl UserData {
    /// Opens (and on first use creates) the user-data database.
    pub async fn open() -> Result<UserData, UserDataError> {
        Self::open_named(USER_DATABASE_NAME).await
    }

    /// Opens a database of this layout under another name, so tests do not share records.
    pub async fn open_named(name: &str) -> Result<UserData, UserDataError> {
        let factory = Reflect::get(&js_sys::global(), &JsValue::from_str("indexedDB"))
            .ok()
            .and_then(|value| value.dyn_into::<IdbFactory>().ok())
            .ok_or_else(|| UserDataError::Storage("this browser has no IndexedDB".into()))?;
        let request = factory
            .open_with_u32(name, USER_SCHEMA_VERSION)
            .map_err(|e| storage_error(&e))?;
        let upgrade_request = request.clone();
        // Version 1 is the first layout, so an upgrade only ever creates the store.
        let on_upgrade = Closure::<dyn FnMut(Event)>::new(move |_| {
            if let Ok(db) = upgrade_request
                .result()
                .and_then(|db| db.dyn_into::<IdbDatabase>())
                && !db.object_store_names().contains(JOBS)
            {
                let _ = db.create_object_store(JOBS);
            }
        });
        request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let opened = wait_request(&request).await;
        request.set_onupgradeneeded(None);
        let db: IdbDatabase = opened
            .and_then(|db| db.dyn_into())
            .map_err(|e| storage_error(&e))?;
        let closing = db.clone();
        let on_version_change = Closure::<dyn FnMut(Event)>::new(move |_| closing.close());
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        Ok(UserData {
            db,
            _on_version_change: on_version_change,
        })
    }

    fn transaction(&self, mode: IdbTransactionMode) -> Result<IdbTransaction, UserDataError> {
        self.db
            .transaction_with_str_and_mode(JOBS, mode)
            .map_err(|e| storage_error(&e))
    }

    /// Every stored job, in key order. Records this version cannot read (written by a newer
    /// one) are left out rather than failing the whole list.
    pub async fn jobs(&self) -> Result<Vec<ImportedJob>, UserDataError> {
        let transaction = self.transaction(IdbTransactionMode::Readonly)?;
        let store = transaction
            .object_store(JOBS)
            .map_err(|e| storage_error(&e))?;
        let request = store.get_all().map_err(|e| storage_error(&e))?;
        let records = wait_request(&request)
            .await
            .map_err(|e| storage_error(&e))?;
        Ok(Array::from(&records)
            .iter()
            .filter_map(|record| serde_wasm_bindgen::from_value(record).ok())
            .collect())
    }

    /// Stores `jobs` under their keys, replacing stored jobs with the same key, all in one
    /// transaction: either every job is stored or none is.
    pub async fn put_jobs(&self, jobs: &[ImportedJob]) -> Result<(), UserDataError> {
        let transaction = self.transaction(IdbTransactionMode::Readwrite)?;
        let store = transaction
            .object_store(JOBS)
            .map_err(|e| storage_error(&e))?;
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        for job in jobs {
            let record = serde::Serialize::serialize(job, &serializer)
                .map_err(|e| UserDataError::Storage(e.to_string()))?;
            if let Err(error) = store.put_with_key(&record, &JsValue::from_str(&job.key)) {
                let _ = transaction.abort();
                return Err(storage_error(&error));
            }
        }
        wait_transaction(&transaction)
            .await
            .map_err(|e| storage_error(&e))
    }

    /// Deletes every stored job.
    pub async fn clear_jobs(&self) -> Result<(), UserDataError> {
        let transaction = self.transaction(IdbTransactionMode::Readwrite)?;
        let store = transaction
            .object_store(JOBS)
            .map_err(|e| storage_error(&e))?;
        store.clear().map_err(|e| storage_error(&e))?;
        wait_transaction(&transaction)
            .await
            .map_err(|e| storage_error(&e))
    }
}
