//! Verified model fetch and the IndexedDB model store.
//!
//! The invariant this crate exists for: no model byte reaches Candle unless its SHA-256 and
//! length match `models.lock.toml`. Files arrive as fixed-size byte ranges ("shards", see
//! [`shards`]), each stored as it arrives, under a running SHA-256 that must match the pin before
//! the file counts as present; stored files are checked again when they are loaded (a stored
//! record can be damaged later).
//!
//! [`verify_file`], [`shards`] and [`transfer`] are pure and run natively (the CLI and unit tests
//! use them); the browser parts, [`fetch`], [`idb`], [`download`], [`storage`] and [`user_data`]
//! (imported jobs, in a database of its own), only exist on wasm32.

use candor_lock::digest::sha256_hex;
use candor_lock::{ModelEntry, ModelFile};

#[cfg(target_arch = "wasm32")]
pub mod download;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod idb;
#[cfg(not(target_arch = "wasm32"))]
pub mod mirror;
#[cfg(target_arch = "wasm32")]
pub mod reader;
pub mod shards;
#[cfg(target_arch = "wasm32")]
pub mod storage;
pub mod transfer;
#[cfg(target_arch = "wasm32")]
pub mod user_data;

/// Why a model file could not be fetched, stored or loaded. Every message names the model and
/// file so a person can tell what to retry or delete.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The bytes do not hash to the lock's pin: they were not stored or used.
    #[error(
        "hash mismatch for {model_id}/{path} from {origin}: expected sha256 {expected}, got {actual}; the file was rejected"
    )]
    HashMismatch {
        model_id: String,
        path: String,
        origin: String,
        expected: String,
        actual: String,
    },
    /// The body length differs from the lock's pin (a truncated or wrong download).
    #[error(
        "size mismatch for {model_id}/{path} from {origin}: expected {expected} bytes, got {actual}; the file was rejected"
    )]
    SizeMismatch {
        model_id: String,
        path: String,
        origin: String,
        expected: u64,
        actual: u64,
    },
    /// One shard of a file does not hash to its per-shard pin: the source was dropped at that
    /// shard, and nothing it sent for the file was kept.
    #[error("{0}")]
    ShardHashMismatch(Box<ShardMismatch>),
    /// The server answered a byte-range request with other bytes than were asked for.
    #[error("{url} answered a request for bytes {start}-{end} with {answer}")]
    WrongRange {
        url: String,
        start: u64,
        end: u64,
        /// What came back, such as `bytes 0-99/612` or `a body of 40 bytes`.
        answer: String,
    },
    /// The request failed before a response arrived, the body was cut short, or the server
    /// stopped sending.
    #[error("network error fetching {url}: {message}")]
    Network { url: String, message: String },
    /// The server answered with a non-success status.
    #[error("HTTP {status} fetching {url}")]
    Http { url: String, status: u16 },
    /// Every source in the lock was tried for this file and none gave verified bytes.
    #[error("could not get {model_id}/{path} from any source: {}", attempts.join("; "))]
    AllSourcesFailed {
        model_id: String,
        path: String,
        attempts: Vec<String>,
    },
    /// A required file is not in the store: the model has to be downloaded first.
    #[error("{model_id}/{path} is not downloaded yet")]
    NotStored { model_id: String, path: String },
    /// A stored record no longer matches its pin; it was removed and must be downloaded again.
    #[error(
        "{model_id}/{path} was damaged in browser storage and has been removed; download the model again ({reason})"
    )]
    Damaged {
        model_id: String,
        path: String,
        reason: String,
    },
    /// The browser refused to store more data. What was stored before (verified files and
    /// earlier shards) is kept.
    #[error(
        "not enough browser storage to save {model_id}/{path}; files already verified are kept. \
         Free some space and retry to resume"
    )]
    QuotaExceeded { model_id: String, path: String },
    /// The browser's storage estimate leaves less room than the download needs; nothing was
    /// fetched.
    #[error(
        "{model_id} needs {needed} more bytes of browser storage, but only {available} are \
         available; free some space and retry"
    )]
    InsufficientStorage {
        model_id: String,
        needed: u64,
        available: u64,
    },
    /// The user cancelled the download. Shards stored so far are kept, so the next download
    /// resumes where this one stopped.
    #[error(
        "the download of {model_id} was cancelled; {stored_bytes} of {total_bytes} bytes are \
         kept and the next download resumes from there"
    )]
    Cancelled {
        model_id: String,
        stored_bytes: u64,
        total_bytes: u64,
    },
    /// Another tab or window is downloading the same model.
    #[error(
        "{model_id} is already being downloaded in another Candor tab or window; wait for it to \
         finish or close it"
    )]
    DownloadInOtherTab { model_id: String },
    /// Opening the database needs a newer layout, but another Candor tab keeps the old one open.
    #[error(
        "Candor's browser storage needs an upgrade, but another Candor tab still has it open; \
         close other Candor tabs and retry"
    )]
    UpgradeBlocked,
    /// Another tab upgraded or deleted the database, so this connection was closed.
    #[error("Candor was updated in another tab; reload this page to keep using stored models")]
    StoreClosed,
    /// A local mirror file could not be read (native only).
    #[error("could not read {path}: {message}")]
    Io { path: String, message: String },
    /// IndexedDB failed for another reason.
    #[error("browser storage error: {0}")]
    Storage(String),
}

/// The details of a [`StoreError::ShardHashMismatch`] (boxed: the error stays small).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(
    "hash mismatch for {model_id}/{path} shard {index} (bytes {start}-{end}) from {origin}: \
     expected sha256 {expected}, got {actual}; the source was dropped"
)]
pub struct ShardMismatch {
    pub model_id: String,
    pub path: String,
    pub origin: String,
    pub index: u64,
    /// The first byte of the shard.
    pub start: u64,
    /// The last byte of the shard (inclusive).
    pub end: u64,
    pub expected: String,
    pub actual: String,
}

/// Where a set of bytes came from, for error messages: a URL, "IndexedDB" or a local path.
pub type Origin<'a> = &'a str;

/// Checks `bytes` against `file`'s pinned length and SHA-256. The length is checked first as it
/// is free; a mismatch names the model, the file and where the bytes came from.
pub fn verify_file(
    model: &ModelEntry,
    file: &ModelFile,
    origin: Origin<'_>,
    bytes: &[u8],
) -> Result<(), StoreError> {
    let actual_bytes = bytes.len() as u64;
    if actual_bytes != file.bytes {
        return Err(StoreError::SizeMismatch {
            model_id: model.id.clone(),
            path: file.path.clone(),
            origin: origin.to_owned(),
            expected: file.bytes,
            actual: actual_bytes,
        });
    }
    let actual = sha256_hex(bytes);
    if actual != file.sha256 {
        return Err(StoreError::HashMismatch {
            model_id: model.id.clone(),
            path: file.path.clone(),
            origin: origin.to_owned(),
            expected: file.sha256.clone(),
            actual,
        });
    }
    Ok(())
}

/// The verified bytes of a model's required files, by lock path.
#[derive(Debug, Default)]
pub struct VerifiedFiles {
    files: Vec<(String, Vec<u8>)>,
}

impl VerifiedFiles {
    /// Adds a file after checking it; the only way bytes get in.
    pub fn insert_checked(
        &mut self,
        model: &ModelEntry,
        file: &ModelFile,
        origin: Origin<'_>,
        bytes: Vec<u8>,
    ) -> Result<(), StoreError> {
        verify_file(model, file, origin, &bytes)?;
        self.files.push((file.path.clone(), bytes));
        Ok(())
    }

    /// Adds a file the store has just re-checked while reading it back (per-shard pins or a
    /// full re-hash in [`idb::ModelStore::read_verified`]), so its bytes are not hashed twice.
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn insert_reverified(&mut self, file: &ModelFile, bytes: Vec<u8>) {
        self.files.push((file.path.clone(), bytes));
    }

    /// The bytes of the file at `path`, if it was verified.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, bytes)| bytes.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candor_lock::ModelLock;

    fn minilm() -> ModelEntry {
        let lock = ModelLock::bundled();
        lock.model("all-minilm-l6-v2").unwrap().clone()
    }

    fn fake_file(bytes: &[u8]) -> ModelFile {
        ModelFile {
            path: "config.json".into(),
            sha256: sha256_hex(bytes),
            bytes: bytes.len() as u64,
            required: true,
            shards: None,
        }
    }

    #[test]
    fn accepts_bytes_matching_the_pin() {
        let file = fake_file(b"{\"hidden_size\":384}");
        assert_eq!(
            verify_file(&minilm(), &file, "test", b"{\"hidden_size\":384}"),
            Ok(())
        );
    }

    #[test]
    fn one_changed_byte_is_a_hash_mismatch_naming_the_file() {
        let file = fake_file(b"{\"hidden_size\":384}");
        let err = verify_file(&minilm(), &file, "models/x", b"{\"hidden_size\":385}").unwrap_err();
        assert!(matches!(err, StoreError::HashMismatch { .. }));
        let message = err.to_string();
        assert!(
            message.starts_with("hash mismatch for all-minilm-l6-v2/config.json from models/x"),
            "{message}"
        );
    }

    #[test]
    fn truncated_bytes_are_a_size_mismatch() {
        let file = fake_file(b"0123456789");
        let err = verify_file(&minilm(), &file, "u", b"01234").unwrap_err();
        assert_eq!(
            err,
            StoreError::SizeMismatch {
                model_id: "all-minilm-l6-v2".into(),
                path: "config.json".into(),
                origin: "u".into(),
                expected: 10,
                actual: 5
            }
        );
    }

    #[test]
    fn verified_files_only_hold_checked_bytes() {
        let file = fake_file(b"abc");
        let mut files = VerifiedFiles::default();
        assert!(
            files
                .insert_checked(&minilm(), &file, "u", b"abd".to_vec())
                .is_err()
        );
        assert_eq!(files.get("config.json"), None);
        files
            .insert_checked(&minilm(), &file, "u", b"abc".to_vec())
            .unwrap();
        assert_eq!(files.get("config.json"), Some(&b"abc"[..]));
    }
}
