//! The sharded, resumable, verified download of a model's files into the store.
//!
//! For each required file not yet verified, the lock's sources are tried in order. From one
//! source, the file's shards are walked in order under a running SHA-256: a stored shard is read
//! back (or skipped when the stored hash checkpoint already covers it), a missing one is fetched
//! with a byte-range request, checked against its per-shard pin when the lock has one, and
//! stored with the new checkpoint in one transaction. When the last shard is in, the digest must
//! equal the pin before the file is marked verified.
//!
//! Failures: network errors, cut or stalled bodies and 5xx answers are retried with backoff
//! ([`RetryPolicy`]); a 404, a wrong range, a bad shard or a bad file hash drops the source and
//! the next source is tried. A bad shard discards every shard of the file that source sent; a
//! bad whole-file hash discards all the file's shards (without a bad shard to blame, they cannot
//! be told apart). When every source failed, the error lists each attempt.
//! Cancellation and storage errors (quota) stop the whole download at once, keeping every shard
//! already stored for the next attempt.

use std::collections::BTreeSet;

use candor_lock::{ModelEntry, ModelFile};
use js_sys::Uint8Array;
use sha2::digest::common::hazmat::SerializableState;
use sha2::{Digest, Sha256};

use crate::fetch::{
    Body, CancelToken, Failure, FailureKind, SourcePolicy, now_ms, resolve_url, sha256_hex_of,
    sleep,
};
use crate::idb::{Checkpoint, Discard, ModelStore, Rejection};
use crate::shards::ShardLayout;
use crate::storage;
use crate::transfer::{RetryPolicy, check_room};
use crate::{ShardMismatch, StoreError};

/// How a download runs.
#[derive(Debug, Clone)]
pub struct DownloadOptions {
    /// The app's URL; relative (mirror) sources resolve against it.
    pub base_url: String,
    /// Which sources may be contacted.
    pub policy: SourcePolicy,
    /// Retries, backoff and the stall timeout.
    pub retry: RetryPolicy,
    /// Check `navigator.storage.estimate()` against the bytes still needed before fetching.
    pub check_storage: bool,
    /// Hold a Web Lock per model so two tabs never download the same model at once.
    pub exclusive: bool,
    /// The lock hash recorded with each verified file, for diagnostics.
    pub lock_hash: Option<String>,
}

impl DownloadOptions {
    /// Defaults: retries as [`RetryPolicy::default`], storage checked, one tab at a time.
    pub fn new(base_url: &str, policy: SourcePolicy) -> DownloadOptions {
        DownloadOptions {
            base_url: base_url.to_owned(),
            policy,
            retry: RetryPolicy::default(),
            check_storage: true,
            exclusive: true,
            lock_hash: None,
        }
    }
}

/// What a download reports while it runs.
#[derive(Debug)]
pub enum DownloadEvent<'a> {
    /// Bytes of `path` arrived (or were found stored when the download started).
    Progress {
        path: &'a str,
        /// Bytes of this file stored so far.
        file_done: u64,
        /// The file's pinned size.
        file_total: u64,
        /// Bytes of all required files stored so far.
        done: u64,
        /// The pinned size of all required files.
        total: u64,
        /// Bytes that crossed the network in this download so far (resumed bytes excluded).
        fetched: u64,
    },
    /// A source failed for `path` and was dropped; the next one (if any) is tried.
    SourceRejected {
        path: &'a str,
        source: &'a str,
        reason: String,
    },
    /// A request failed and is retried after `delay_ms`.
    Retrying {
        path: &'a str,
        source: &'a str,
        attempt: u32,
        delay_ms: u32,
        reason: String,
    },
    /// Shard `index` of `path` was written to the store (with its hash checkpoint).
    ShardStored {
        path: &'a str,
        index: u64,
        /// Bytes of this file stored so far.
        file_done: u64,
    },
    /// Every byte of `file` is stored and its whole-file SHA-256 matched the pin.
    FileVerified { file: &'a ModelFile },
}

#[cfg(feature = "test-support")]
impl ModelStore {
    /// For tests: [`download`] with [`DownloadOptions::new`]'s defaults, no cancelling, and
    /// `on_file` called after each file is verified, in lock order; files already stored are
    /// not fetched again.
    pub async fn download(
        &self,
        model: &ModelEntry,
        base_url: &str,
        policy: SourcePolicy,
        mut on_file: impl FnMut(&ModelFile),
    ) -> Result<(), StoreError> {
        let options = DownloadOptions::new(base_url, policy);
        download(self, model, &options, &CancelToken::new(), &mut |event| {
            if let DownloadEvent::FileVerified { file } = event {
                on_file(file);
            }
        })
        .await
    }
}

/// Running totals shared by the files of one download.
struct Totals {
    done: u64,
    total: u64,
    fetched: u64,
}

/// Makes sure every required file of `model` is stored and verified, fetching what is missing.
/// See the module docs for the order of work and how failures are handled.
pub async fn download(
    store: &ModelStore,
    model: &ModelEntry,
    options: &DownloadOptions,
    token: &CancelToken,
    on_event: &mut dyn FnMut(DownloadEvent<'_>),
) -> Result<(), StoreError> {
    let _lock = if options.exclusive {
        Some(exclusive_lock(model).await?)
    } else {
        None
    };

    let mut totals = Totals {
        done: 0,
        total: model.required_bytes(),
        fetched: 0,
    };
    for state in store.file_states(model).await? {
        if model.file(&state.path).is_some_and(|file| file.required) {
            totals.done += state.stored_bytes;
        }
    }
    if options.check_storage
        && let Some(estimate) = storage::estimate().await?
    {
        let needed = totals.total.saturating_sub(totals.done);
        check_room(&model.id, needed, estimate.available())?;
    }

    for file in model.required_files() {
        let result = download_file(store, model, file, options, token, &mut totals, on_event).await;
        if let Err(error) = result {
            return Err(match error {
                StoreError::Cancelled { .. } => StoreError::Cancelled {
                    model_id: model.id.clone(),
                    stored_bytes: totals.done,
                    total_bytes: totals.total,
                },
                error => error,
            });
        }
        on_event(DownloadEvent::FileVerified { file });
    }
    Ok(())
}

/// The Web Lock that keeps other tabs from downloading `model` at the same time. A lock
/// released a moment ago (a download just cancelled, in this tab or another) is released
/// asynchronously, so a busy lock is tried again a few times before it counts as held.
async fn exclusive_lock(model: &ModelEntry) -> Result<storage::HeldLock, StoreError> {
    let name = format!("candor-download:{}", model.id);
    for attempt in 0..6 {
        if let Some(lock) = storage::try_lock(&name).await? {
            return Ok(lock);
        }
        sleep(50 << attempt.min(3)).await;
    }
    Err(StoreError::DownloadInOtherTab {
        model_id: model.id.clone(),
    })
}

/// Gets one file verified, trying the allowed sources in lock order.
async fn download_file(
    store: &ModelStore,
    model: &ModelEntry,
    file: &ModelFile,
    options: &DownloadOptions,
    token: &CancelToken,
    totals: &mut Totals,
    on_event: &mut dyn FnMut(DownloadEvent<'_>),
) -> Result<(), StoreError> {
    let layout = ShardLayout::for_file(file);
    let record = store.file_record(model, file).await?;
    if record.as_ref().is_some_and(|record| record.verified) {
        return Ok(());
    }
    // Shards of another size (an older layout or a changed pin) cannot be resumed.
    if let Some(record) = &record
        && record.shard_bytes != layout.shard_bytes
        && record.stored_bytes > 0
    {
        totals.done -= record.stored_bytes.min(totals.done);
        store
            .discard_shards(model, file, layout, Discard::All)
            .await?;
    }

    let mut attempts = Vec::new();
    for source in model.source_urls(file) {
        if !options.policy.allows(&source) {
            continue;
        }
        let url = resolve_url(&source, &options.base_url)?;
        let mut from_source = SourceFetch {
            store,
            model,
            file,
            layout,
            url: &url,
            options,
            token,
            totals: &mut *totals,
            on_event: &mut *on_event,
        };
        match from_source.run().await {
            Ok(()) => {
                store
                    .mark_verified(model, file, layout, options.lock_hash.as_deref())
                    .await?;
                return Ok(());
            }
            Err(failure) => match failure.kind {
                FailureKind::Cancelled => {
                    return Err(StoreError::Cancelled {
                        model_id: model.id.clone(),
                        stored_bytes: totals.done,
                        total_bytes: totals.total,
                    });
                }
                // Storage failures (quota, a closed database) are not the source's fault.
                FailureKind::Source | FailureKind::Retry if is_storage_error(&failure.error) => {
                    return Err(failure.error);
                }
                FailureKind::Source | FailureKind::Retry => {
                    let reason = failure.error.to_string();
                    on_event(DownloadEvent::SourceRejected {
                        path: &file.path,
                        source: &url,
                        reason: reason.clone(),
                    });
                    let rejection = Rejection {
                        source: url.clone(),
                        reason: reason.clone(),
                        at_ms: now_ms(),
                    };
                    store
                        .record_rejection(model, file, layout, rejection)
                        .await?;
                    attempts.push(reason);
                }
            },
        }
    }
    if attempts.is_empty() {
        attempts.push(format!(
            "no source may be used under {:?} (the lock lists {})",
            options.policy,
            model.sources.join(", ")
        ));
    }
    Err(StoreError::AllSourcesFailed {
        model_id: model.id.clone(),
        path: file.path.clone(),
        attempts,
    })
}

fn is_storage_error(error: &StoreError) -> bool {
    matches!(
        error,
        StoreError::QuotaExceeded { .. }
            | StoreError::Storage(_)
            | StoreError::StoreClosed
            | StoreError::UpgradeBlocked
    )
}

/// One file from one source.
struct SourceFetch<'a> {
    store: &'a ModelStore,
    model: &'a ModelEntry,
    file: &'a ModelFile,
    layout: ShardLayout,
    url: &'a str,
    options: &'a DownloadOptions,
    token: &'a CancelToken,
    totals: &'a mut Totals,
    on_event: &'a mut dyn FnMut(DownloadEvent<'_>),
}

impl SourceFetch<'_> {
    fn storage(error: StoreError) -> Failure {
        Failure::source(error)
    }

    fn progress(&mut self, file_done: u64) {
        (self.on_event)(DownloadEvent::Progress {
            path: &self.file.path,
            file_done,
            file_total: self.file.bytes,
            done: self.totals.done,
            total: self.totals.total,
            fetched: self.totals.fetched,
        });
    }

    /// Walks every shard in order under the running hash; see the module docs.
    async fn run(&mut self) -> Result<(), Failure> {
        let (model, file, layout) = (self.model, self.file, self.layout);
        let mut stored: BTreeSet<u64> = self
            .store
            .stored_shards(model, file)
            .await
            .map_err(Self::storage)?;
        let record = self
            .store
            .file_record(model, file)
            .await
            .map_err(Self::storage)?;
        let mut file_done: u64 = stored.iter().map(|&index| layout.len_of(index)).sum();
        self.progress(file_done);

        // Resume the hash from the checkpoint when every shard it covers is still stored.
        let checkpoint = record
            .and_then(|record| record.checkpoint)
            .filter(|checkpoint| {
                checkpoint.shards <= layout.count()
                    && (0..checkpoint.shards).all(|index| stored.contains(&index))
            });
        let (mut hasher, first) = match checkpoint.and_then(|checkpoint| {
            restore_hasher(&checkpoint.state).map(|hasher| (hasher, checkpoint.shards))
        }) {
            Some(resumed) => resumed,
            None => (Sha256::new(), 0),
        };

        let mut body: Option<Body> = None;
        let mut shard = Vec::new();
        for index in first..layout.count() {
            if self.token.is_cancelled() {
                return Err(cancelled());
            }
            if stored.contains(&index) {
                match self.stored_shard(index).await? {
                    Some(bytes) => {
                        hasher.update(&bytes);
                        continue;
                    }
                    None => {
                        // Damaged or gone since it was stored: fetch it again.
                        stored.remove(&index);
                        file_done -= layout.len_of(index);
                        self.totals.done -= layout.len_of(index).min(self.totals.done);
                        self.store
                            .discard_shards(model, file, layout, Discard::Some(&[index]))
                            .await
                            .map_err(Self::storage)?;
                    }
                }
            }
            shard.clear();
            self.fetch_shard(index, &mut body, &mut shard, file_done)
                .await?;
            // One copy leaves wasm memory: WebCrypto hashes it, IndexedDB stores it.
            let js_shard = Uint8Array::from(&shard[..]);
            if let Some(pin) = layout.pin(file, index) {
                let actual = sha256_hex_of(&js_shard).await;
                if actual != pin {
                    let (start, end) = layout.range(index);
                    self.totals.done -= shard.len() as u64;
                    // The source sent bad bytes: nothing it sent for this file is kept, even
                    // shards that matched their pins.
                    let before = self
                        .store
                        .file_record(model, file)
                        .await
                        .map_err(Self::storage)?
                        .map_or(0, |record| record.stored_bytes);
                    self.store
                        .discard_shards(model, file, layout, Discard::FromSource(self.url))
                        .await
                        .map_err(Self::storage)?;
                    let after = self
                        .store
                        .file_record(model, file)
                        .await
                        .map_err(Self::storage)?
                        .map_or(0, |record| record.stored_bytes);
                    self.totals.done -= (before - after.min(before)).min(self.totals.done);
                    self.progress(after);
                    let mismatch = ShardMismatch {
                        model_id: model.id.clone(),
                        path: file.path.clone(),
                        origin: self.url.to_owned(),
                        index,
                        start,
                        end: end - 1,
                        expected: pin.to_owned(),
                        actual,
                    };
                    return Err(Failure::source(StoreError::ShardHashMismatch(Box::new(
                        mismatch,
                    ))));
                }
            }
            hasher.update(&shard);
            let checkpoint = Checkpoint {
                shards: index + 1,
                state: hasher.serialize().to_vec(),
            };
            if let Err(error) = self
                .store
                .put_shard(
                    model,
                    file,
                    layout,
                    index,
                    &js_shard,
                    self.url,
                    Some(checkpoint),
                )
                .await
            {
                self.totals.done -= shard.len() as u64;
                return Err(Self::storage(error));
            }
            stored.insert(index);
            file_done += shard.len() as u64;
            (self.on_event)(DownloadEvent::ShardStored {
                path: &file.path,
                index,
                file_done,
            });
            self.progress(file_done);
        }
        drop(body);

        let actual = hex::encode(hasher.finalize());
        if actual != file.sha256 {
            // Without per-shard pins the bad bytes cannot be located: drop them all, so the
            // next source starts clean and nothing of this one can be marked verified.
            self.store
                .discard_shards(model, file, layout, Discard::All)
                .await
                .map_err(Self::storage)?;
            self.totals.done -= file_done.min(self.totals.done);
            self.progress(0);
            return Err(Failure::source(StoreError::HashMismatch {
                model_id: model.id.clone(),
                path: file.path.clone(),
                origin: self.url.to_owned(),
                expected: file.sha256.clone(),
                actual,
            }));
        }
        Ok(())
    }

    /// The bytes of stored shard `index`, or `None` when it is missing, has the wrong size, or
    /// fails its per-shard pin.
    async fn stored_shard(&mut self, index: u64) -> Result<Option<Vec<u8>>, Failure> {
        let (model, file, layout) = (self.model, self.file, self.layout);
        let Some(array) = self
            .store
            .read_shard(model, file, index)
            .await
            .map_err(Self::storage)?
        else {
            return Ok(None);
        };
        if u64::from(array.length()) != layout.len_of(index) {
            return Ok(None);
        }
        if let Some(pin) = layout.pin(file, index)
            && sha256_hex_of(&array).await != pin
        {
            return Ok(None);
        }
        Ok(Some(array.to_vec()))
    }

    /// Fetches shard `index` into `shard`, retrying what is worth retrying. `body` is the
    /// whole-file stream kept open when the server ignores ranges.
    async fn fetch_shard(
        &mut self,
        index: u64,
        body: &mut Option<Body>,
        shard: &mut Vec<u8>,
        file_done: u64,
    ) -> Result<(), Failure> {
        let (start, end) = self.layout.range(index);
        let retry = self.options.retry;
        let mut attempt = 1;
        loop {
            shard.clear();
            let before = self.totals.done;
            let result = self
                .try_fetch_shard(start, end, body, shard, file_done)
                .await;
            let failure = match result {
                Ok(()) => return Ok(()),
                Err(failure) => failure,
            };
            // Bytes of a failed attempt are not stored: take them out of the totals again.
            self.totals.done = before;
            *body = None;
            if failure.kind != FailureKind::Retry || attempt >= retry.max_attempts {
                return Err(failure);
            }
            attempt += 1;
            let delay_ms = retry.delay_ms(attempt);
            (self.on_event)(DownloadEvent::Retrying {
                path: &self.file.path,
                source: self.url,
                attempt,
                delay_ms,
                reason: failure.error.to_string(),
            });
            sleep(delay_ms).await;
            if self.token.is_cancelled() {
                return Err(cancelled());
            }
        }
    }

    async fn try_fetch_shard(
        &mut self,
        start: u64,
        end: u64,
        body: &mut Option<Body>,
        shard: &mut Vec<u8>,
        file_done: u64,
    ) -> Result<(), Failure> {
        let file_bytes = self.file.bytes;
        if body.as_ref().is_some_and(|open| open.offset() > start) {
            *body = None;
        }
        let ranged = match body.take() {
            Some(open) => open,
            None => {
                let stall = self.options.retry.stall_timeout_ms;
                Body::open(self.url, start, end, file_bytes, self.token, stall).await?
            }
        };
        let open = body.insert(ranged);
        open.skip_to(start).await?;
        let mut last_report = now_ms();
        let mut received = 0;
        let totals = &mut *self.totals;
        let on_event = &mut *self.on_event;
        let path = self.file.path.as_str();
        open.read_exact(shard, end - start, &mut |bytes| {
            totals.done += bytes;
            totals.fetched += bytes;
            received += bytes;
            let now = now_ms();
            if now - last_report >= 100.0 {
                last_report = now;
                on_event(DownloadEvent::Progress {
                    path,
                    file_done: file_done + received,
                    file_total: file_bytes,
                    done: totals.done,
                    total: totals.total,
                    fetched: totals.fetched,
                });
            }
        })
        .await?;
        if !open.is_whole() || end == file_bytes {
            open.expect_end(file_bytes).await?;
            *body = None;
        }
        Ok(())
    }
}

fn cancelled() -> Failure {
    Failure {
        error: StoreError::Cancelled {
            model_id: String::new(),
            stored_bytes: 0,
            total_bytes: 0,
        },
        kind: FailureKind::Cancelled,
    }
}

/// A hasher restored from a checkpoint's serialized state; `None` when the state is malformed.
fn restore_hasher(state: &[u8]) -> Option<Sha256> {
    let state = state.try_into().ok()?;
    Sha256::deserialize(state).ok()
}
