//! The person's own data in IndexedDB: imported job postings, their profile and filters, the
//! status of each match, and (for recruiters) the resumes of their candidates.
//!
//! A database of its own (`candor-user`), apart from the model store (`candor`): deleting or
//! upgrading the models never touches what the person entered, and clearing it never touches
//! the models. Object stores:
//! - `jobs`: each an [`ImportedJob`] (the posting, its content hash and import date) under the
//!   import's de-duplication key, so importing the same posting again replaces it;
//! - `prepared`: under the same key, the posting's [`StoredPreparation`]: what ranking derives
//!   from it alone, made once after its import and used while its stamp and content hash are
//!   current (a newer Candor, or a changed posting, makes it again);
//! - `settings`: the [`Preferences`] under `"preferences"`, the [`AddedJobIndex`] list under
//!   `"job-indexes"` and the highest version of each index ever added under
//!   `"job-index-versions"` (both written with an index's postings; deleting the jobs deletes
//!   the list, not the versions), and under `"jobs-generation"` a
//!   token written anew with every change to `jobs` (in the same transaction), so a worker
//!   that keeps the postings prepared in memory can tell, with one read, that they changed
//!   (in this tab or another);
//! - `statuses`: a [`StatusRecord`] per job id;
//! - `candidates`: a [`PooledResume`] per candidate id;
//! - `snapshots`: one [`IndexSnapshot`], the worker's prepared index of the stored postings
//!   (a header under 0, with the jobs generation it was built at, and its parts under 1, 2, …),
//!   written after it built one, so that the next visit reads it back in one piece instead of
//!   reading and indexing every posting again. Derived data like `prepared`: cleared with
//!   every change to `jobs`, written only at the current jobs generation (checked in the
//!   same transaction) and used only at the one it names.
//!
//! `jobs` and `prepared` hold each record as one JSON string: for records this large, writing
//! and reading a string is several times faster than converting an object tree field by field
//! (which records written before version 3 are, and are still read as).
//!
//! Version 1 had only `jobs`; the upgrade to 2 adds `settings`, `statuses` and `candidates`,
//! the upgrade to 3 adds `prepared`, the upgrade to 4 `snapshots`; every upgrade keeps what
//! the stores held.
//!
//! Another tab deleting the database makes this connection close itself (`versionchange`)
//! rather than block it; the next request opens a new one.

use candor_core::matching::Preparation;
use candor_core::matching::recruiter::PooledResume;
use candor_core::preferences::Preferences;
use candor_core::tracking::StatusRecord;
use candor_import::jobs::ImportedJob;
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap, HashSet};

use js_sys::{Array, Object, Reflect, Uint8Array};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::{IdbDatabase, IdbObjectStore, IdbTransaction, IdbTransactionMode};

use crate::fetch::{dom_exception_name, js_message};
use crate::idb::plumbing::{
    self, Connection, OpenError, commit_or_abort, from_js, to_js, wait_request,
};

/// The user-data database's name.
pub const USER_DATABASE_NAME: &str = "candor-user";
/// Its layout version.
pub const USER_SCHEMA_VERSION: u32 = 4;
const JOBS: &str = "jobs";
const SETTINGS: &str = "settings";
const STATUSES: &str = "statuses";
const CANDIDATES: &str = "candidates";
const PREPARED: &str = "prepared";
const SNAPSHOTS: &str = "snapshots";
const STORES: [&str; 6] = [JOBS, SETTINGS, STATUSES, CANDIDATES, PREPARED, SNAPSHOTS];
const PREFERENCES_KEY: &str = "preferences";
const JOBS_GENERATION_KEY: &str = "jobs-generation";
const JOB_INDEXES_KEY: &str = "job-indexes";
const JOB_INDEX_VERSIONS_KEY: &str = "job-index-versions";

/// A stored posting's [`Preparation`], with what says whether it is still current.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredPreparation {
    /// The [`preparation_stamp`](candor_core::matching::preparation_stamp) of the build that
    /// made it.
    pub stamp: String,
    /// The [`ImportedJob::content_hash`] of the posting it was made from.
    pub content_hash: String,
    pub preparation: Preparation,
}

/// A published job index the person added: where it came from and the version they hold,
/// which a later version must not go below.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedJobIndex {
    /// The manifest's URL, resolved: what identifies the index.
    pub manifest_url: String,
    pub name: String,
    pub version: u64,
    /// The pin it was added with.
    pub manifest_sha256: String,
    pub postings: u64,
    /// The keys of the stored postings this version brought: what a later version that no
    /// longer lists one of them deletes. Empty in records written before it was kept.
    #[serde(default)]
    pub job_keys: Vec<String>,
}

/// The worker's prepared index of the stored postings as it wrote it: the jobs generation it
/// was built at and its parts, opaque bytes to this crate (the worker's `snapshot` module
/// writes and reads them).
pub struct IndexSnapshot {
    pub generation: Option<String>,
    /// Each part a `Uint8Array`, copied into wasm memory one at a time by [`IndexSnapshot::part`].
    parts: Vec<JsValue>,
}

impl IndexSnapshot {
    pub fn n_parts(&self) -> usize {
        self.parts.len()
    }

    /// Part `idx` as bytes; `None` past the end or when it is not bytes.
    pub fn part(&self, idx: usize) -> Option<Vec<u8>> {
        self.parts
            .get(idx)?
            .dyn_ref::<Uint8Array>()
            .map(Uint8Array::to_vec)
    }
}

/// Why the stored jobs could not be read or written.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum UserDataError {
    /// The browser refused to store more; nothing of the failed write was kept.
    #[error(
        "not enough browser storage to save this; nothing was saved. Free some space and retry"
    )]
    QuotaExceeded,
    /// IndexedDB is missing (some private modes) or failed.
    #[error("browser storage error: {0}")]
    Storage(String),
    /// A newer version of a published index was stored (from another tab) while this one
    /// was fetched; this one was not.
    #[error(
        "version {held} of this index was added meanwhile (in another tab or window); version \
         {offered} was not applied"
    )]
    NewerIndexHeld { held: u64, offered: u64 },
}

fn storage_error(error: &JsValue) -> UserDataError {
    if dom_exception_name(error).as_deref() == Some("QuotaExceededError") {
        UserDataError::QuotaExceeded
    } else {
        UserDataError::Storage(js_message(error))
    }
}

/// An open connection to the user-data database.
pub struct UserData {
    connection: Connection,
}

impl UserData {
    /// Opens (and on first use creates) the user-data database.
    pub async fn open() -> Result<UserData, UserDataError> {
        Self::open_named(USER_DATABASE_NAME).await
    }

    /// Opens a database of this layout under another name, so tests do not share records.
    pub async fn open_named(name: &str) -> Result<UserData, UserDataError> {
        // Every version only adds stores, so an upgrade from any older one creates the
        // missing stores and keeps what the others hold.
        let opened = plumbing::open(name, USER_SCHEMA_VERSION, |request, _old_version| {
            let db: IdbDatabase = request.result()?.dyn_into()?;
            for store in STORES {
                if !db.object_store_names().contains(store) {
                    db.create_object_store(store)?;
                }
            }
            Ok(())
        })
        .await;
        let connection = opened.map_err(|error| match error {
            // Every connection to this database closes for another tab's upgrade, so only a
            // tab of a Candor without that courtesy could block one.
            OpenError::Blocked => UserDataError::Storage(
                "another Candor tab keeps an older version of your data open; close it and retry"
                    .into(),
            ),
            OpenError::Upgrade(detail) => UserDataError::Storage(detail),
            OpenError::Request(error) => storage_error(&error),
        })?;
        Ok(UserData { connection })
    }

    fn transaction(
        &self,
        store: &str,
        mode: IdbTransactionMode,
    ) -> Result<(IdbTransaction, IdbObjectStore), UserDataError> {
        let transaction = self
            .connection
            .transaction(&[store], mode)
            .map_err(|e| storage_error(&e))?;
        let store = transaction
            .object_store(store)
            .map_err(|e| storage_error(&e))?;
        Ok((transaction, store))
    }

    /// The record under `key` in `store`, as read (undefined when absent).
    async fn get(&self, store: &str, key: &str) -> Result<JsValue, UserDataError> {
        let (_transaction, store) = self.transaction(store, IdbTransactionMode::Readonly)?;
        let request = store
            .get(&JsValue::from_str(key))
            .map_err(|e| storage_error(&e))?;
        wait_request(&request).await.map_err(|e| storage_error(&e))
    }

    /// One value of `settings` (`None` when absent or unreadable).
    async fn setting<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, UserDataError> {
        Ok(from_js(self.get(SETTINGS, key).await?))
    }

    /// Runs `change` on the `jobs`, `prepared` and `settings` stores in one transaction that
    /// also writes a new jobs generation (returned): all are stored, or none. `change` may read
    /// before it writes (awaiting only requests of these stores, so the transaction stays open).
    async fn change_jobs(
        &self,
        change: impl AsyncFnOnce(
            &IdbObjectStore,
            &IdbObjectStore,
            &IdbObjectStore,
        ) -> Result<(), JsValue>,
    ) -> Result<String, UserDataError> {
        let transaction = self
            .connection
            .transaction(
                &[JOBS, PREPARED, SETTINGS, SNAPSHOTS],
                IdbTransactionMode::Readwrite,
            )
            .map_err(|e| storage_error(&e))?;
        let write = async {
            change(
                &transaction.object_store(JOBS)?,
                &transaction.object_store(PREPARED)?,
                &transaction.object_store(SETTINGS)?,
            )
            .await?;
            // The snapshot names an older generation now: free its space at once.
            transaction.object_store(SNAPSHOTS)?.clear()?;
            let generation = new_generation();
            transaction.object_store(SETTINGS)?.put_with_key(
                &to_js(&generation)?,
                &JsValue::from_str(JOBS_GENERATION_KEY),
            )?;
            Ok(generation)
        };
        commit_or_abort(&transaction, write)
            .await
            .map_err(|e| storage_error(&e))
    }

    /// Every record of `store`, in key order. Records this version cannot read (written by a
    /// newer one) are left out rather than failing the whole list.
    async fn all<T: DeserializeOwned>(&self, store: &str) -> Result<Vec<T>, UserDataError> {
        let (_transaction, store) = self.transaction(store, IdbTransactionMode::Readonly)?;
        let request = store.get_all().map_err(|e| storage_error(&e))?;
        let records = wait_request(&request)
            .await
            .map_err(|e| storage_error(&e))?;
        Ok(Array::from(&records)
            .iter()
            .filter_map(from_record)
            .collect())
    }

    /// Stores each `(key, value)` in `store`, replacing records with the same key, in one
    /// transaction: either every record is stored or none is.
    async fn put_all<'a, T: Serialize + 'a>(
        &self,
        store_name: &str,
        records: impl IntoIterator<Item = (&'a str, &'a T)>,
    ) -> Result<(), UserDataError> {
        let (transaction, store) = self.transaction(store_name, IdbTransactionMode::Readwrite)?;
        let write = async {
            for (key, value) in records {
                store.put_with_key(&encode(store_name, value)?, &JsValue::from_str(key))?;
            }
            Ok(())
        };
        commit_or_abort(&transaction, write)
            .await
            .map_err(|e| storage_error(&e))
    }

    /// Deletes the record under `key` (nothing when there is none), or every record of `store`
    /// when `key` is `None`.
    async fn delete(&self, store: &str, key: Option<&str>) -> Result<(), UserDataError> {
        let (transaction, store) = self.transaction(store, IdbTransactionMode::Readwrite)?;
        let delete = async {
            match key {
                Some(key) => store.delete(&JsValue::from_str(key)),
                None => store.clear(),
            }
            .map(drop)
        };
        commit_or_abort(&transaction, delete)
            .await
            .map_err(|e| storage_error(&e))
    }

    /// Every stored job, in key order.
    pub async fn jobs(&self) -> Result<Vec<ImportedJob>, UserDataError> {
        self.all(JOBS).await
    }

    /// Stores `jobs` under their keys, replacing stored jobs with the same key, all in one
    /// transaction: either every job is stored or none is. Returns the new jobs generation.
    pub async fn put_jobs(&self, jobs: &[ImportedJob]) -> Result<String, UserDataError> {
        self.change_jobs(async |store, _, _| {
            for job in jobs {
                store.put_with_key(&encode(JOBS, job)?, &JsValue::from_str(&job.key))?;
            }
            Ok(())
        })
        .await
    }

    /// The published job indexes added since the jobs were last deleted, in the order they
    /// were first added.
    pub async fn job_indexes(&self) -> Result<Vec<AddedJobIndex>, UserDataError> {
        Ok(self.setting(JOB_INDEXES_KEY).await?.unwrap_or_default())
    }

    /// The highest version of each published index ever added here, by manifest URL: what a
    /// later one must not go below, even after the jobs were deleted.
    pub async fn job_index_versions(&self) -> Result<BTreeMap<String, u64>, UserDataError> {
        Ok(self
            .setting(JOB_INDEX_VERSIONS_KEY)
            .await?
            .unwrap_or_default())
    }

    /// Stores version `index.version` of a published index: its postings (`jobs`, those new or
    /// changed) with their preparations, the index in the list of added ones (replacing an
    /// earlier version) and the version as the one held; and deletes the postings the earlier
    /// version brought that neither `index.job_keys` nor another added index lists. All in one
    /// transaction, which first checks that no newer version was stored meanwhile (another tab
    /// may have added one while this one was fetched): either all of it is kept or none.
    /// Returns the new jobs generation and how many postings were deleted.
    pub async fn put_index_jobs(
        &self,
        index: &AddedJobIndex,
        jobs: &[ImportedJob],
        preparations: &[(&str, StoredPreparation)],
    ) -> Result<(String, usize), UserDataError> {
        let newer_held = Cell::new(None);
        let withdrawn = Cell::new(0);
        let stored = self
            .change_jobs(async |store, prepared, settings| {
                let read = |key| -> Result<_, JsValue> { settings.get(&JsValue::from_str(key)) };
                let mut versions: BTreeMap<String, u64> =
                    from_js(wait_request(&read(JOB_INDEX_VERSIONS_KEY)?).await?)
                        .unwrap_or_default();
                let mut indexes: Vec<AddedJobIndex> =
                    from_js(wait_request(&read(JOB_INDEXES_KEY)?).await?).unwrap_or_default();
                if let Some(&held) = versions.get(&index.manifest_url)
                    && held > index.version
                {
                    newer_held.set(Some(held));
                    return Err(JsValue::from_str("a newer version is held"));
                }
                // Kept: what this version lists, and what any other added index lists.
                let kept: HashSet<&str> = indexes
                    .iter()
                    .filter(|other| other.manifest_url != index.manifest_url)
                    .chain([index])
                    .flat_map(|listing| listing.job_keys.iter().map(String::as_str))
                    .collect();
                if let Some(earlier) = indexes
                    .iter()
                    .find(|earlier| earlier.manifest_url == index.manifest_url)
                {
                    for key in &earlier.job_keys {
                        if !kept.contains(key.as_str()) {
                            store.delete(&JsValue::from_str(key))?;
                            prepared.delete(&JsValue::from_str(key))?;
                            withdrawn.set(withdrawn.get() + 1);
                        }
                    }
                }
                for job in jobs {
                    store.put_with_key(&encode(JOBS, job)?, &JsValue::from_str(&job.key))?;
                }
                for (key, preparation) in preparations {
                    prepared
                        .put_with_key(&encode(PREPARED, preparation)?, &JsValue::from_str(key))?;
                }
                match indexes
                    .iter_mut()
                    .find(|earlier| earlier.manifest_url == index.manifest_url)
                {
                    Some(earlier) => *earlier = index.clone(),
                    None => indexes.push(index.clone()),
                }
                versions.insert(index.manifest_url.clone(), index.version);
                settings.put_with_key(
                    &to_js(&versions)?,
                    &JsValue::from_str(JOB_INDEX_VERSIONS_KEY),
                )?;
                settings
                    .put_with_key(&to_js(&indexes)?, &JsValue::from_str(JOB_INDEXES_KEY))
                    .map(drop)
            })
            .await;
        match (stored, newer_held.get()) {
            (_, Some(held)) => Err(UserDataError::NewerIndexHeld {
                held,
                offered: index.version,
            }),
            (stored, None) => stored.map(|generation| (generation, withdrawn.get())),
        }
    }

    /// Deletes every stored job and preparation, and the list of added indexes (their postings
    /// went with the jobs; the versions held stay). Returns the new jobs generation.
    pub async fn clear_jobs(&self) -> Result<String, UserDataError> {
        self.change_jobs(async |jobs, prepared, settings| {
            jobs.clear()?;
            settings.delete(&JsValue::from_str(JOB_INDEXES_KEY))?;
            prepared.clear().map(drop)
        })
        .await
    }

    /// Every stored preparation, by its posting's key. Some may be stale or belong to no stored
    /// posting any more: check [`StoredPreparation::stamp`] and
    /// [`StoredPreparation::content_hash`] before use.
    pub async fn preparations(&self) -> Result<HashMap<String, StoredPreparation>, UserDataError> {
        let (_transaction, store) = self.transaction(PREPARED, IdbTransactionMode::Readonly)?;
        let keys = store.get_all_keys().map_err(|e| storage_error(&e))?;
        let records = store.get_all().map_err(|e| storage_error(&e))?;
        let keys = wait_request(&keys).await.map_err(|e| storage_error(&e))?;
        let records = wait_request(&records)
            .await
            .map_err(|e| storage_error(&e))?;
        // Both lists are in key order.
        Ok(Array::from(&keys)
            .iter()
            .zip(Array::from(&records).iter())
            .filter_map(|(key, record)| Some((key.as_string()?, from_record(record)?)))
            .collect())
    }

    /// Stores preparations under their postings' keys, in one transaction. They are derived
    /// data: the jobs generation stays as it is.
    pub async fn put_preparations(
        &self,
        preparations: &[(&str, StoredPreparation)],
    ) -> Result<(), UserDataError> {
        let records = preparations
            .iter()
            .map(|(key, preparation)| (*key, preparation));
        self.put_all(PREPARED, records).await
    }

    /// Stores the worker's index snapshot of the jobs at `generation`, replacing the one stored,
    /// in one transaction that first checks the jobs are still at `generation` (else writes
    /// nothing and returns false, so a snapshot can never outlive the jobs write that cleared
    /// it): the parts `next_part` makes until it returns `None`. Each part is handed to the
    /// browser as soon as it is made, so only one is ever in wasm memory. Derived data: the
    /// jobs generation stays as it is.
    pub async fn put_index_snapshot(
        &self,
        generation: Option<&str>,
        mut next_part: impl FnMut() -> Option<Vec<u8>>,
    ) -> Result<bool, UserDataError> {
        let transaction = self
            .connection
            .transaction(&[SETTINGS, SNAPSHOTS], IdbTransactionMode::Readwrite)
            .map_err(|e| storage_error(&e))?;
        let write = async {
            let current = transaction
                .object_store(SETTINGS)?
                .get(&JsValue::from_str(JOBS_GENERATION_KEY))?;
            // Requests may follow in the same transaction: it stays active until the tasks
            // queued by this request's success have run.
            let current: Option<String> = from_js(wait_request(&current).await?);
            if current.as_deref() != generation {
                return Ok(false);
            }
            let store = transaction.object_store(SNAPSHOTS)?;
            store.clear()?;
            // Key 0 is the header; the parts follow under 1, 2, … (numbers sort as numbers).
            let mut n_parts = 0u32;
            while let Some(part) = next_part() {
                n_parts += 1;
                let bytes = Uint8Array::from(part.as_slice());
                store.put_with_key(&bytes, &JsValue::from(n_parts))?;
            }
            let header = Object::new();
            let generation = generation.map_or(JsValue::NULL, JsValue::from_str);
            Reflect::set(&header, &"generation".into(), &generation)?;
            Reflect::set(&header, &"parts".into(), &JsValue::from(n_parts))?;
            store.put_with_key(&header, &JsValue::from(0))?;
            Ok(true)
        };
        commit_or_abort(&transaction, write)
            .await
            .map_err(|e| storage_error(&e))
    }

    /// The current jobs generation and, read in the same transaction, the stored index
    /// snapshot (`None` when there is none, or it is incomplete).
    pub async fn index_snapshot(
        &self,
    ) -> Result<(Option<String>, Option<IndexSnapshot>), UserDataError> {
        let transaction = self
            .connection
            .transaction(&[SETTINGS, SNAPSHOTS], IdbTransactionMode::Readonly)
            .map_err(|e| storage_error(&e))?;
        let requests = (|| {
            let generation = transaction
                .object_store(SETTINGS)?
                .get(&JsValue::from_str(JOBS_GENERATION_KEY))?;
            let records = transaction.object_store(SNAPSHOTS)?.get_all()?;
            Ok::<_, JsValue>((generation, records))
        })();
        let (generation, records) = requests.map_err(|e| storage_error(&e))?;
        let generation = wait_request(&generation)
            .await
            .map_err(|e| storage_error(&e))?;
        let records = wait_request(&records)
            .await
            .map_err(|e| storage_error(&e))?;
        let records = Array::from(&records);
        let mut records = records.iter();
        let snapshot = records.next().and_then(|header| {
            let generation = Reflect::get(&header, &"generation".into()).ok()?;
            let n_parts = Reflect::get(&header, &"parts".into()).ok()?.as_f64()?;
            let parts: Vec<JsValue> = records.collect();
            (parts.len() as f64 == n_parts).then(|| IndexSnapshot {
                generation: generation.as_string(),
                parts,
            })
        });
        Ok((from_js(generation), snapshot))
    }

    /// A token that changes whenever the stored jobs change, here or in another tab; `None`
    /// until the first change.
    pub async fn jobs_generation(&self) -> Result<Option<String>, UserDataError> {
        self.setting(JOBS_GENERATION_KEY).await
    }

    /// The stored profile and filters; the defaults when none were saved.
    pub async fn preferences(&self) -> Result<Preferences, UserDataError> {
        Ok(self.setting(PREFERENCES_KEY).await?.unwrap_or_default())
    }

    pub async fn put_preferences(&self, preferences: &Preferences) -> Result<(), UserDataError> {
        self.put_all(SETTINGS, [(PREFERENCES_KEY, preferences)])
            .await
    }

    /// The stored posting under `key` (its id), if any.
    pub async fn job(&self, key: &str) -> Result<Option<ImportedJob>, UserDataError> {
        Ok(from_record(self.get(JOBS, key).await?))
    }

    /// Every stored match status.
    pub async fn statuses(&self) -> Result<Vec<StatusRecord>, UserDataError> {
        self.all(STATUSES).await
    }

    /// Replaces the status record of `job_id` by what `change` makes of the stored one
    /// (`None`: none stored, or forget it), read and written in one transaction so that two
    /// changes never lose one another's history.
    pub async fn change_status(
        &self,
        job_id: &str,
        change: impl FnOnce(Option<StatusRecord>) -> Option<StatusRecord>,
    ) -> Result<(), UserDataError> {
        let (transaction, store) = self.transaction(STATUSES, IdbTransactionMode::Readwrite)?;
        let key = JsValue::from_str(job_id);
        let write = async {
            // Requests may follow in the same transaction: it stays active until the tasks
            // queued by this request's success have run.
            let stored = from_record(wait_request(&store.get(&key)?).await?);
            match change(stored) {
                Some(record) => store.put_with_key(&encode(STATUSES, &record)?, &key)?,
                None => store.delete(&key)?,
            };
            Ok(())
        };
        commit_or_abort(&transaction, write)
            .await
            .map_err(|e| storage_error(&e))
    }

    /// Forgets every match status.
    pub async fn clear_statuses(&self) -> Result<(), UserDataError> {
        self.delete(STATUSES, None).await
    }

    /// Every resume in the recruiter's pool.
    pub async fn candidates(&self) -> Result<Vec<PooledResume>, UserDataError> {
        self.all(CANDIDATES).await
    }

    pub async fn put_candidate(&self, resume: &PooledResume) -> Result<(), UserDataError> {
        self.put_all(CANDIDATES, [(resume.id.as_str(), resume)])
            .await
    }

    /// Deletes one candidate, or all of them when `id` is `None`.
    pub async fn delete_candidates(&self, id: Option<&str>) -> Result<(), UserDataError> {
        self.delete(CANDIDATES, id).await
    }
}

/// `value` as a record of `store`: one JSON string in `jobs` and `prepared`, a plain object in
/// the others.
fn encode<T: Serialize>(store: &str, value: &T) -> Result<JsValue, JsValue> {
    if store == JOBS || store == PREPARED {
        serde_json::to_string(value)
            .map(|json| JsValue::from_str(&json))
            .map_err(|e| JsValue::from_str(&e.to_string()))
    } else {
        to_js(value)
    }
}

/// A record read back, stored as a JSON string or (before version 3) as an object; `None` when
/// it does not have `T`'s shape.
fn from_record<T: DeserializeOwned>(record: JsValue) -> Option<T> {
    match record.as_string() {
        Some(json) => serde_json::from_str(&json).ok(),
        None => from_js(record),
    }
}

/// A fresh jobs generation: the clock and a random number, unique enough that two writes
/// (in two tabs, in the same millisecond) do not share one.
fn new_generation() -> String {
    format!(
        "{}-{:016x}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 2f64.powi(53)) as u64
    )
}
