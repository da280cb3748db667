//! The upgrade to schema version 2, run inside the versionchange transaction: it creates the
//! version 2 stores and turns each version 1 record (`model_files`, one whole verified file
//! under `"{model_id}@{revision}/{path}"`) into shards plus a verified file record, then deletes
//! `model_files`, all or nothing.

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{Event, IdbCursorWithValue, IdbDatabase, IdbObjectStore, IdbOpenDbRequest};

use super::files::{FileRecord, file_key_parts};
use super::plumbing::{key, to_js};
use super::{FILES, SHARDS, VECTORS};
use crate::fetch::now_ms;
use crate::shards::{DEFAULT_SHARD_BYTES, ShardLayout};

/// The only store of schema version 1.
const V1_MODEL_FILES: &str = "model_files";

/// Creates the version 2 stores and migrates version 1 records, inside the versionchange
/// transaction of `request`. The migration's cursor callback is left in `cursor_callback`, which
/// must live until the open settles.
pub(super) fn upgrade(
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
