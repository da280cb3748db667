//! Opening the model database at this build's layout, schema version 2. The upgrade runs inside
//! the versionchange transaction: it creates the version 2 stores and turns each version 1
//! record (`model_files`, one whole verified file under `"{model_id}@{revision}/{path}"`) into
//! shards plus a verified file record, then deletes `model_files`, all or nothing.

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{Event, IdbCursorWithValue, IdbDatabase, IdbObjectStore, IdbOpenDbRequest};

use super::files::{FileRecord, file_key_parts};
use super::plumbing::{self, OpenError, key, to_js};
use super::store::{FILES, ModelStore, SHARDS, VECTORS, storage_error};
use crate::StoreError;
use crate::fetch::{dom_exception_name, now_ms};
use crate::shards::{DEFAULT_SHARD_BYTES, ShardLayout};

/// The app's database.
pub const DATABASE_NAME: &str = "candor";
/// The layout this build reads and writes.
pub const SCHEMA_VERSION: u32 = 2;
/// The only store of schema version 1.
const V1_MODEL_FILES: &str = "model_files";

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
            upgrade(request, old_version, &mut cursor_callback)
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
        Ok(ModelStore::new(connection))
    }
}

/// Creates the version 2 stores and migrates version 1 records, inside the versionchange
/// transaction of `request`. The migration's cursor callback is left in `cursor_callback`, which
/// must live until the open settles.
fn upgrade(
    request: &IdbOpenDbRequest,
    old_version: f64,
    cursor_callback: &mut Option<Closure<dyn FnMut(Event)>>,
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
    *cursor_callback = Some(on_cursor);
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
    files.put_with_key(&to_js(&record)?, &key(&parts))?;
    Ok(())
}
