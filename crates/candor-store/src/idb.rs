//! The IndexedDB model store: one record per verified model file.
//!
//! Layout (schema version 1): database `candor`, object store `model_files`, key
//! `"{model_id}@{revision}/{path}"`, value `{model_id, revision, path, sha256, bytes}` where
//! `bytes` is a `Uint8Array`. A record is written in one transaction only after its bytes were
//! verified, so a failed or cancelled download never leaves a half-written file behind.

use candor_core::lockfile::{ModelEntry, ModelFile};
use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;

use crate::fetch::{SourcePolicy, fetch_verified, js_message};
use crate::{StoreError, VerifiedFiles};

const DATABASE_NAME: &str = "candor";
const SCHEMA_VERSION: u32 = 1;
const MODEL_FILES: &str = "model_files";

/// An open connection to Candor's IndexedDB database.
pub struct ModelStore {
    database: Database,
}

fn storage_error(error: idb::Error) -> StoreError {
    StoreError::Storage(error.to_string())
}

fn record_key(model: &ModelEntry, file: &ModelFile) -> JsValue {
    JsValue::from(format!("{}@{}/{}", model.id, model.revision, file.path))
}

impl ModelStore {
    /// Opens (and on first use creates) the app's database.
    pub async fn open() -> Result<ModelStore, StoreError> {
        Self::open_named(DATABASE_NAME).await
    }

    /// Opens a database of this schema under another name, so tests running side by side in one
    /// origin do not share records.
    pub async fn open_named(name: &str) -> Result<ModelStore, StoreError> {
        let factory = Factory::new().map_err(storage_error)?;
        let mut request = factory
            .open(name, Some(SCHEMA_VERSION))
            .map_err(storage_error)?;
        request.on_upgrade_needed(|event| {
            // Version 0 -> 1: create the file store. Later versions add steps here, never
            // rewrite this one.
            if let Ok(database) = event.database()
                && !database
                    .store_names()
                    .iter()
                    .any(|name| name == MODEL_FILES)
            {
                let _ = database.create_object_store(MODEL_FILES, ObjectStoreParams::new());
            }
        });
        let database = request.await.map_err(storage_error)?;
        Ok(ModelStore { database })
    }

    /// Reads one stored file's bytes, unchecked; `None` when there is no record.
    async fn read_unchecked(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        let transaction = self
            .database
            .transaction(&[MODEL_FILES], TransactionMode::ReadOnly)
            .map_err(storage_error)?;
        let store = transaction
            .object_store(MODEL_FILES)
            .map_err(storage_error)?;
        let record: Option<JsValue> = store
            .get(record_key(model, file))
            .map_err(storage_error)?
            .await
            .map_err(storage_error)?;
        Ok(record.map(|record| {
            Reflect::get(&record, &JsValue::from_str("bytes"))
                .ok()
                .and_then(|value| value.dyn_into::<Uint8Array>().ok())
                .map_or_else(Vec::new, |array| array.to_vec())
        }))
    }

    /// True when the file is stored (without reading or re-hashing its bytes).
    pub async fn contains(&self, model: &ModelEntry, file: &ModelFile) -> Result<bool, StoreError> {
        let transaction = self
            .database
            .transaction(&[MODEL_FILES], TransactionMode::ReadOnly)
            .map_err(storage_error)?;
        let store = transaction
            .object_store(MODEL_FILES)
            .map_err(storage_error)?;
        let key: Option<JsValue> = store
            .get_key(record_key(model, file))
            .map_err(storage_error)?
            .await
            .map_err(storage_error)?;
        Ok(key.is_some())
    }

    /// Stores verified bytes in one transaction. Only call with bytes that passed
    /// [`crate::verify_file`]; the record is complete or absent, never partial.
    async fn put_verified(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
        bytes: &[u8],
    ) -> Result<(), StoreError> {
        let record = Object::new();
        let set =
            |key: &str, value: JsValue| Reflect::set(&record, &JsValue::from_str(key), &value);
        set("model_id", model.id.as_str().into())
            .and(set("revision", model.revision.as_str().into()))
            .and(set("path", file.path.as_str().into()))
            .and(set("sha256", file.sha256.as_str().into()))
            .and(set("bytes", Uint8Array::from(bytes).into()))
            .map_err(|e| StoreError::Storage(js_message(&e)))?;

        let quota_or_storage = |error: idb::Error| {
            if error.to_string().contains("QuotaExceeded") {
                StoreError::QuotaExceeded {
                    model_id: model.id.clone(),
                    path: file.path.clone(),
                }
            } else {
                storage_error(error)
            }
        };
        let transaction = self
            .database
            .transaction(&[MODEL_FILES], TransactionMode::ReadWrite)
            .map_err(storage_error)?;
        let store = transaction
            .object_store(MODEL_FILES)
            .map_err(storage_error)?;
        store
            .put(&record, Some(&record_key(model, file)))
            .map_err(quota_or_storage)?
            .await
            .map_err(quota_or_storage)?;
        transaction
            .commit()
            .map_err(quota_or_storage)?
            .await
            .map_err(quota_or_storage)?;
        Ok(())
    }

    /// Removes every stored file of `model`.
    pub async fn delete_model(&self, model: &ModelEntry) -> Result<(), StoreError> {
        self.delete_records(model, &model.files).await
    }

    async fn delete_records(
        &self,
        model: &ModelEntry,
        files: &[ModelFile],
    ) -> Result<(), StoreError> {
        let transaction = self
            .database
            .transaction(&[MODEL_FILES], TransactionMode::ReadWrite)
            .map_err(storage_error)?;
        let store = transaction
            .object_store(MODEL_FILES)
            .map_err(storage_error)?;
        for file in files {
            store
                .delete(record_key(model, file))
                .map_err(storage_error)?
                .await
                .map_err(storage_error)?;
        }
        transaction
            .commit()
            .map_err(storage_error)?
            .await
            .map_err(storage_error)?;
        Ok(())
    }

    /// Makes sure every required file of `model` is stored and verified, fetching the missing
    /// ones from the lock's sources. `on_file` is called after each file with its path and size.
    /// Files already stored are not fetched again.
    pub async fn download(
        &self,
        model: &ModelEntry,
        base_url: &str,
        policy: SourcePolicy,
        mut on_file: impl FnMut(&ModelFile),
    ) -> Result<(), StoreError> {
        for file in model.required_files() {
            if !self.contains(model, file).await? {
                let bytes = fetch_verified(model, file, base_url, policy).await?;
                self.put_verified(model, file, &bytes).await?;
            }
            on_file(file);
        }
        Ok(())
    }

    /// Reads every required file of `model` from the store, re-verifying each one before it can
    /// reach Candle. A record that no longer matches its pin is deleted and reported as
    /// [`StoreError::Damaged`], so the next download fetches it again.
    pub async fn load(&self, model: &ModelEntry) -> Result<VerifiedFiles, StoreError> {
        let mut files = VerifiedFiles::default();
        for file in model.required_files() {
            let bytes =
                self.read_unchecked(model, file)
                    .await?
                    .ok_or_else(|| StoreError::NotStored {
                        model_id: model.id.clone(),
                        path: file.path.clone(),
                    })?;
            if let Err(mismatch) = files.insert_checked(model, file, "IndexedDB", bytes) {
                self.delete_records(model, std::slice::from_ref(file))
                    .await?;
                return Err(StoreError::Damaged {
                    model_id: model.id.clone(),
                    path: file.path.clone(),
                    reason: mismatch.to_string(),
                });
            }
        }
        Ok(files)
    }
}
