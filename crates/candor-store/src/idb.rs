//! The IndexedDB model store.
//!
//! Layout, schema version 2 (database `candor`):
//!
//! * `files`: one record per pinned file, key `[model_id, revision, sha256, path]` (the file's
//!   lock pin is part of the key, so a changed pin never reuses old bytes; editing an unrelated
//!   lock value does not throw 1.2 GB away). Value: a `FileRecord`, which says whether the file
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
//! [`StoreError::UpgradeBlocked`](crate::StoreError::UpgradeBlocked) instead of hanging.
//!
//! By job: `store` (the connection and its transactions), `schema` (opening: creating the
//! stores or migrating version 1), `files` (file records and their shards), `reverify` (reading
//! files back), `vectors`, and `plumbing`, the IndexedDB helpers shared with
//! [`crate::user_data`].

mod files;
pub(crate) mod plumbing;
mod reverify;
mod schema;
mod store;
mod vectors;

pub(crate) use files::{Checkpoint, Discard};
pub use files::{FileState, Rejection};
pub use reverify::FileCheck;
pub use schema::{DATABASE_NAME, SCHEMA_VERSION};
pub use store::ModelStore;
