//! The `vectors` store: embeddings cached with their provenance, key `[model_id, key]`. A
//! vector is used only while its provenance equals what would be computed now.

use candor_lock::provenance::VectorProvenance;
use js_sys::{Array, Float32Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::IdbTransactionMode;

use super::plumbing::{commit_or_abort, from_js, key, to_js, wait_request, wait_transaction};
use super::store::{ModelStore, VECTORS, storage_error};
use crate::StoreError;
use crate::fetch::dom_exception_name;

impl ModelStore {
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
        let write = async {
            for &(key, provenance, vector) in entries {
                let record = Object::new();
                Reflect::set(&record, &"provenance".into(), &to_js(provenance)?)?;
                Reflect::set(&record, &"vector".into(), &Float32Array::from(vector))?;
                let id = self::key(&[provenance.model_id.as_str().into(), key.into()]);
                store.put_with_key(&record, &id)?;
            }
            Ok(())
        };
        commit_or_abort(&transaction, write).await.map_err(|error| {
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
            let delete = async {
                for id in stale {
                    store.delete(id)?;
                }
                Ok(())
            };
            commit_or_abort(&transaction, delete)
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
