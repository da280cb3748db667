//! Reading one verified file front to back with at most one shard in wasm memory, for files too
//! big to hold whole (Qwen3's 1.19 GB `model.safetensors`): the caller takes the bytes it needs
//! piece by piece and converts them as they come.
//!
//! Every shard is re-checked as it is read: against its per-shard pin when the lock has them,
//! and always under a running SHA-256 of the whole file that [`FileReader::finish`] compares
//! with the pin. The caller must not use what it built from the bytes until `finish` returned
//! `Ok`; on a mismatch the damaged shards are deleted and the file reported missing, exactly as
//! [`ModelStore::read_verified`] does.

use candor_lock::{ModelEntry, ModelFile};
use js_sys::Uint8Array;
use sha2::{Digest, Sha256};

use crate::StoreError;
use crate::fetch::sha256_hex_of;
use crate::idb::{Discard, ModelStore};
use crate::shards::ShardLayout;

/// A verified file being read in order. See the module docs.
pub struct FileReader<'s> {
    store: &'s ModelStore,
    model: &'s ModelEntry,
    file: &'s ModelFile,
    layout: ShardLayout,
    /// True when every shard has a pin for the stored shard size.
    pinned: bool,
    next_shard: u64,
    /// The current shard and how much of it was handed out.
    shard: Vec<u8>,
    shard_pos: usize,
    hasher: Sha256,
}

impl ModelStore {
    /// Starts reading `file` of `model` from its first byte; fails with
    /// [`StoreError::NotStored`] unless the file is stored and verified.
    pub async fn reader<'s>(
        &'s self,
        model: &'s ModelEntry,
        file: &'s ModelFile,
    ) -> Result<FileReader<'s>, StoreError> {
        let record = self
            .file_record(model, file)
            .await?
            .filter(|record| record.verified)
            .ok_or_else(|| StoreError::NotStored {
                model_id: model.id.clone(),
                path: file.path.clone(),
            })?;
        let layout = ShardLayout {
            file_bytes: file.bytes,
            shard_bytes: record.shard_bytes.max(1),
        };
        Ok(FileReader {
            store: self,
            model,
            file,
            pinned: (0..layout.count()).all(|index| layout.pin(file, index).is_some()),
            layout,
            next_shard: 0,
            shard: Vec::new(),
            shard_pos: 0,
            hasher: Sha256::new(),
        })
    }
}

impl FileReader<'_> {
    /// The next `len` bytes of the file. Reading past its end is an error.
    pub async fn read(&mut self, len: usize) -> Result<Vec<u8>, StoreError> {
        let mut out = Vec::with_capacity(len);
        while out.len() < len {
            if self.shard_pos == self.shard.len() {
                if self.next_shard == self.layout.count() {
                    return Err(StoreError::Storage(format!(
                        "{}/{} ends before the {len} bytes asked for",
                        self.model.id, self.file.path
                    )));
                }
                self.load_next_shard().await?;
            }
            let take = (len - out.len()).min(self.shard.len() - self.shard_pos);
            out.extend_from_slice(&self.shard[self.shard_pos..self.shard_pos + take]);
            self.shard_pos += take;
        }
        Ok(out)
    }

    /// Reads whatever is left and checks the whole file against its pin. Only after `Ok` may
    /// anything built from the bytes be used.
    pub async fn finish(mut self) -> Result<(), StoreError> {
        while self.next_shard < self.layout.count() {
            self.load_next_shard().await?;
        }
        if self.pinned {
            return Ok(());
        }
        let actual = hex::encode(std::mem::take(&mut self.hasher).finalize());
        if actual == self.file.sha256 {
            return Ok(());
        }
        let reason = format!(
            "the stored bytes hash to {actual}, not the pinned {}",
            self.file.sha256
        );
        Err(self.damaged(Discard::All, reason).await)
    }

    async fn load_next_shard(&mut self) -> Result<(), StoreError> {
        let index = self.next_shard;
        let expected_len = self.layout.len_of(index);
        let shard: Option<Uint8Array> = self
            .store
            .read_shard(self.model, self.file, index)
            .await?
            .filter(|shard| u64::from(shard.length()) == expected_len);
        let Some(shard) = shard else {
            let reason = format!("shard {index} is missing or has the wrong size");
            return Err(self.damaged(Discard::All, reason).await);
        };
        if self.pinned {
            let actual = sha256_hex_of(&shard).await;
            if Some(actual.as_str()) != self.layout.pin(self.file, index) {
                let reason = format!("shard {index} hashes to {actual}, not its pin");
                return Err(self.damaged(Discard::Some(&[index]), reason).await);
            }
        }
        self.shard.resize(expected_len as usize, 0);
        shard.copy_to(&mut self.shard);
        self.shard_pos = 0;
        if !self.pinned {
            self.hasher.update(&self.shard);
        }
        self.next_shard += 1;
        Ok(())
    }

    /// Deletes the damaged shards (the file is then reported missing and offered for
    /// download again) and returns the error that says why.
    async fn damaged(&self, discard: Discard<'_>, reason: String) -> StoreError {
        if let Err(error) = self
            .store
            .discard_shards(self.model, self.file, self.layout, discard)
            .await
        {
            return error;
        }
        StoreError::Damaged {
            model_id: self.model.id.clone(),
            path: self.file.path.clone(),
            reason,
        }
    }
}
