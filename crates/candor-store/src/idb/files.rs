//! The `files` and `shards` stores: one record per pinned file saying what is stored of it,
//! and the file's bytes as shards, each written in one transaction with its file's record.

use std::collections::BTreeSet;

use candor_lock::{ModelEntry, ModelFile};
use js_sys::{Array, Object, Reflect, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::{IdbKeyRange, IdbTransaction, IdbTransactionMode};

use super::plumbing::{commit_or_abort, from_js, key, to_js, wait_request};
use super::store::{FILES, ModelStore, SHARDS, storage_error};
use crate::StoreError;
use crate::fetch::now_ms;
use crate::shards::ShardLayout;

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

    /// Counts shard `index` (of `layout`) as deleted: its bytes are no longer stored, and a
    /// checkpoint covering it is dropped.
    fn forget_shard(&mut self, layout: ShardLayout, index: u64) {
        self.stored_bytes = self.stored_bytes.saturating_sub(layout.len_of(index));
        self.drop_checkpoint_covering(index);
    }

    /// Drops the running-hash checkpoint if it covers shard `index`, which is gone.
    fn drop_checkpoint_covering(&mut self, index: u64) {
        if self
            .checkpoint
            .as_ref()
            .is_some_and(|checkpoint| checkpoint.shards > index)
        {
            self.checkpoint = None;
        }
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

/// The parts of a `files` key, `[model_id, revision, sha256, path]`; a shard's key appends
/// its index.
pub(super) fn file_key_parts(
    model_id: &str,
    revision: &str,
    sha256: &str,
    path: &str,
) -> Vec<JsValue> {
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

impl ModelStore {
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
            let record = to_js(&record)?;
            shards.put_with_key(&shard, &shard_key(model, file, index))?;
            files.put_with_key(&record, &file_key(model, file))?;
            #[cfg(feature = "test-support")]
            if self.fail_next_write.replace(false) {
                return Err(web_sys::DomException::new_with_message_and_name(
                    "test hook: the quota was exceeded",
                    "QuotaExceededError",
                )
                .map_or(JsValue::from_str("QuotaExceededError"), JsValue::from));
            }
            Ok(())
        };
        self.commit_write(&transaction, write, model, file).await
    }

    /// [`commit_or_abort`] for a write of `file`'s record or shards, with its errors as
    /// [`ModelStore::write_error`] names them.
    async fn commit_write(
        &self,
        transaction: &IdbTransaction,
        write: impl Future<Output = Result<(), JsValue>>,
        model: &ModelEntry,
        file: &ModelFile,
    ) -> Result<(), StoreError> {
        commit_or_abort(transaction, write)
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
            files.put_with_key(&to_js(&record)?, &file_key(model, file))?;
            Ok(())
        };
        self.commit_write(&transaction, write, model, file).await
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
            let record_layout = ShardLayout {
                file_bytes: file.bytes,
                shard_bytes: record.shard_bytes,
            };
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
                        record.forget_shard(record_layout, index);
                    }
                }
                Discard::Some(indexes) => {
                    for &index in indexes {
                        let shard_key = shard_key(model, file, index);
                        let exists = wait_request(&shards.get_key(&shard_key)?).await?;
                        if exists.is_undefined() {
                            record.drop_checkpoint_covering(index);
                        } else {
                            shards.delete(&shard_key)?;
                            record.forget_shard(record_layout, index);
                        }
                    }
                }
            }
            files.put_with_key(&to_js(&record)?, &file_key(model, file))?;
            Ok(())
        };
        self.commit_write(&transaction, write, model, file).await
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
