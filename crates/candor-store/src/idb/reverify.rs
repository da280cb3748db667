//! Re-verifying stored files as they are read: no stored byte reaches Candle unless it still
//! matches the lock's pins, since a record can be damaged after it was verified.
//! [`crate::reader`] does the same for a file read piece by piece.

use candor_lock::{ModelEntry, ModelFile};
use sha2::{Digest, Sha256};

use super::files::Discard;
use super::store::ModelStore;
use crate::fetch::sha256_hex_of;
use crate::shards::ShardLayout;
use crate::{StoreError, VerifiedFiles};

/// The result of re-checking one stored file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileCheck {
    pub path: String,
    /// `Ok` when every stored byte still matches the pins; else why not. A damaged file has
    /// been removed from the verified set.
    pub result: Result<(), StoreError>,
}

impl ModelStore {
    /// Reads one verified file back, re-checking every byte before it is returned: against
    /// the per-shard pins when the lock has them for the stored shard size (hashed by WebCrypto),
    /// else by a full re-hash. A mismatch deletes the damaged shards (all of them when they cannot
    /// be told apart), marks the file unverified and is reported as [`StoreError::Damaged`].
    pub async fn read_verified(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
    ) -> Result<Vec<u8>, StoreError> {
        let mut bytes = Vec::with_capacity(usize::try_from(file.bytes).unwrap_or(0));
        self.reverify(model, file, Some(&mut bytes)).await?;
        Ok(bytes)
    }

    /// Re-checks one verified file as [`ModelStore::read_verified`] does, appending its bytes
    /// to `out` when given (a check alone keeps at most one shard in wasm memory).
    async fn reverify(
        &self,
        model: &ModelEntry,
        file: &ModelFile,
        mut out: Option<&mut Vec<u8>>,
    ) -> Result<(), StoreError> {
        let not_stored = || StoreError::NotStored {
            model_id: model.id.clone(),
            path: file.path.clone(),
        };
        let record = self
            .file_record(model, file)
            .await?
            .filter(|record| record.verified)
            .ok_or_else(not_stored)?;
        let layout = ShardLayout {
            file_bytes: file.bytes,
            shard_bytes: record.shard_bytes.max(1),
        };
        let pinned = (0..layout.count()).all(|index| layout.pin(file, index).is_some());
        let mut hasher = Sha256::new();
        let mut scratch = Vec::new();
        let mut damaged = Vec::new();
        let mut reason = None;
        for index in 0..layout.count() {
            let expected_len = layout.len_of(index);
            let shard = self.read_shard(model, file, index).await?;
            let Some(shard) = shard.filter(|shard| u64::from(shard.length()) == expected_len)
            else {
                damaged.push(index);
                reason.get_or_insert_with(|| {
                    format!("shard {index} is missing or has the wrong size")
                });
                continue;
            };
            if pinned {
                let actual = sha256_hex_of(&shard).await;
                if Some(actual.as_str()) != layout.pin(file, index) {
                    damaged.push(index);
                    reason.get_or_insert_with(|| {
                        format!("shard {index} hashes to {actual}, not its pin")
                    });
                    continue;
                }
            }
            let piece = match out.as_deref_mut() {
                Some(out) => {
                    let at = out.len();
                    out.resize(at + expected_len as usize, 0);
                    shard.copy_to(&mut out[at..]);
                    &out[at..]
                }
                None if pinned => continue,
                None => {
                    scratch.resize(expected_len as usize, 0);
                    shard.copy_to(&mut scratch);
                    &scratch[..]
                }
            };
            if !pinned {
                hasher.update(piece);
            }
        }
        if damaged.is_empty() && !pinned {
            let actual = hex::encode(hasher.finalize());
            if actual != file.sha256 {
                reason = Some(format!(
                    "the stored bytes hash to {actual}, not the pinned {}",
                    file.sha256
                ));
            }
        }
        let Some(reason) = reason else {
            return Ok(());
        };
        if let Some(out) = out {
            out.clear();
            out.shrink_to_fit();
        }
        let discard = if pinned && !damaged.is_empty() {
            Discard::Some(&damaged)
        } else {
            Discard::All
        };
        self.discard_shards(model, file, layout, discard).await?;
        Err(StoreError::Damaged {
            model_id: model.id.clone(),
            path: file.path.clone(),
            reason,
        })
    }

    /// Reads every required file of `model` from the store, re-verifying each one before it can
    /// reach Candle ([`ModelStore::read_verified`]).
    pub async fn load(&self, model: &ModelEntry) -> Result<VerifiedFiles, StoreError> {
        let mut files = VerifiedFiles::default();
        for file in model.required_files() {
            let bytes = self.read_verified(model, file).await?;
            files.insert_reverified(file, bytes);
        }
        Ok(files)
    }

    /// Re-checks every stored required file of `model` without keeping the bytes; damaged
    /// files are removed from the verified set as in [`ModelStore::read_verified`]. Files not
    /// stored are reported as [`StoreError::NotStored`].
    pub async fn check(&self, model: &ModelEntry) -> Result<Vec<FileCheck>, StoreError> {
        let mut checks = Vec::new();
        for file in model.required_files() {
            let result = match self.reverify(model, file, None).await {
                Ok(()) => Ok(()),
                Err(error @ (StoreError::NotStored { .. } | StoreError::Damaged { .. })) => {
                    Err(error)
                }
                Err(error) => return Err(error),
            };
            checks.push(FileCheck {
                path: file.path.clone(),
                result,
            });
        }
        Ok(checks)
    }
}
