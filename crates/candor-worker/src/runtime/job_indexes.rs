//! Adding a published job index (`candor_job_index`): its manifest and shards fetched from this
//! site, the manifest checked against the pin the person gave, the index's model against a
//! verified local one, its version against the one already added, every shard against the
//! manifest, and only then stored: the postings with their preparations (user database, one
//! transaction with the list of added indexes) and their vectors in the vector cache, under the
//! provenance the worker would give them had it embedded them itself. A ranking then reads
//! them like any imported posting's, and embeds only the resume.
//!
//! Same origin only, for now: another origin would need the person's consent and the CSP to
//! allow it, which is not built yet.

use std::collections::HashMap;

use candor_core::matching::{Preparation, preparation_stamp};
use candor_core::skills;
use candor_import::jobs::{import_postings, job_key};
use candor_job_index::manifest::{Manifest, ShardEntry, ShardKind};
use candor_job_index::{Expected, ModelStamp, VectorKind};
use candor_lock::provenance::VectorProvenance;
use candor_store::fetch::{CancelToken, fetch_exact, fetch_whole};
use candor_store::storage;
use candor_store::transfer::RetryPolicy;
use candor_store::user_data::{AddedJobIndex, StoredPreparation};

use super::*;
use crate::protocol::JobIndexSummary;

/// Where this site lists the indexes it offers, relative to the app: written by the site's
/// build (`.ci/build-sample-index.sh`).
const CATALOG_PATH: &str = "indexes/catalog.json";

/// `indexes/catalog.json`.
#[derive(serde::Deserialize)]
struct Catalog {
    indexes: Vec<CatalogEntry>,
}

#[derive(serde::Deserialize)]
struct CatalogEntry {
    name: String,
    /// Relative to the catalog.
    manifest: String,
    pin: String,
}

/// The largest manifest read: a million postings in 5,000-posting shards list in about 200 KB.
const MAX_MANIFEST_BYTES: u64 = 1 << 20;

/// The most postings kept from one index: they are stored as imported postings, which the
/// page handles up to about this many (`e2e/bench/page.mjs`).
const MAX_INDEX_POSTINGS: u64 = 50_000;

/// Vectors written to the cache per transaction, so no single write holds them all.
const VECTORS_PER_WRITE: usize = 500;

impl Worker {
    /// The indexes this site offers and those added here.
    pub(super) async fn list_job_indexes(&self) -> Result<ResponseBody, String> {
        let store = imports::open_user_data().await?;
        let added = store
            .job_indexes()
            .await
            .map_err(|e| e.to_string())?
            .into_iter()
            .map(|index| JobIndexSummary {
                name: index.name,
                manifest_url: index.manifest_url,
                pin: index.manifest_sha256,
                version: Some(index.version),
                postings: Some(index.postings),
            })
            .collect();
        Ok(ResponseBody::JobIndexes {
            offered: offered_indexes().await,
            added,
        })
    }

    /// Adds the index whose manifest is at `manifest_url` (absolute, this site's) and hashes to
    /// `pin`, posting its download's progress to request `id`; answered like an import of its
    /// postings, or [`ResponseBody::JobIndexCancelled`] when it was cancelled before anything
    /// was stored.
    pub(super) async fn add_job_index(
        &self,
        id: RequestId,
        manifest_url: &str,
        pin: &str,
    ) -> Result<ResponseBody, String> {
        let token = CancelToken::new();
        self.index_adds.borrow_mut().insert(id, token.clone());
        let added = self
            .add_job_index_until(id, manifest_url, pin, &token)
            .await;
        self.index_adds.borrow_mut().remove(&id);
        added.map(|added| added.unwrap_or(ResponseBody::JobIndexCancelled))
    }

    /// [`Worker::add_job_index`] until `token` is cancelled: `None` when it was, before
    /// anything was stored. A fetch that fails because of the cancel is the cancel; any other
    /// failure, and every failure once storing has begun, is told as it is.
    async fn add_job_index_until(
        &self,
        id: RequestId,
        manifest_url: &str,
        pin: &str,
        token: &CancelToken,
    ) -> Result<Option<ResponseBody>, String> {
        let manifest_url = same_site_manifest_url(manifest_url)?;
        let manifest_bytes = match fetch_whole(&manifest_url, MAX_MANIFEST_BYTES, token).await {
            Ok(bytes) => bytes,
            Err(_) if token.is_cancelled() => return Ok(None),
            Err(e) => return Err(format!("The index's manifest could not be fetched: {e}")),
        };
        let manifest =
            Manifest::parse_pinned(&manifest_bytes, pin).map_err(|error| error.to_string())?;
        let model = self.model_for(&manifest).await?;
        if manifest.postings > MAX_INDEX_POSTINGS {
            return Err(format!(
                "The index has {} postings; this page keeps at most {MAX_INDEX_POSTINGS} from \
                 an index for now.",
                manifest.postings
            ));
        }
        let stamp = ModelStamp::for_documents(model, &self.lock_hash);
        let store = imports::open_user_data().await?;
        let versions = store
            .job_index_versions()
            .await
            .map_err(|e| e.to_string())?;
        let expected = Expected {
            pin,
            model: &stamp,
            newest_seen: versions.get(&manifest_url).copied(),
            vectors: VectorKind::F32,
        };
        // Everything the manifest alone can refuse is refused before any shard is fetched.
        candor_job_index::accept(&manifest_bytes, &expected).map_err(|error| error.to_string())?;

        let wanted = [ShardKind::Postings, ShardKind::VectorsF32, ShardKind::Bm25];
        let wanted: Vec<&ShardEntry> = manifest
            .shards
            .iter()
            .filter(|shard| wanted.contains(&shard.kind))
            .collect();
        // Stored, the postings and vectors take at least the room their files take.
        let total_bytes = wanted.iter().map(|shard| shard.bytes).sum();
        if let Some(estimate) = storage::estimate().await.map_err(|e| e.to_string())?
            && total_bytes > estimate.available()
        {
            return Err(format!(
                "The index \u{201c}{}\u{201d} needs {} of browser storage, but this browser \
                 lets this site store only {} more; free some space (delete stored jobs or a \
                 model) and add it again.",
                manifest.name,
                megabytes(total_bytes),
                megabytes(estimate.available())
            ));
        }
        let mut progress = ProgressPost::new(id, total_bytes);
        let mut shards: HashMap<String, Vec<u8>> = HashMap::new();
        for shard in wanted {
            let shard_url = web_sys::Url::new_with_base(&shard.path, &manifest_url)
                .map_err(|_| format!("the index names a file {:?} it cannot have", shard.path))?
                .href();
            let stall = RetryPolicy::default().stall_timeout_ms;
            let mut on_bytes = |bytes| progress.add(bytes);
            let bytes =
                match fetch_exact(&shard_url, shard.bytes, token, stall, &mut on_bytes).await {
                    Ok(bytes) => bytes,
                    Err(_) if token.is_cancelled() => return Ok(None),
                    Err(e) => {
                        return Err(format!(
                            "The index's file {} could not be fetched: {e}",
                            shard.path
                        ));
                    }
                };
            shards.insert(shard.path.clone(), bytes);
            progress.post();
        }
        let opened =
            candor_job_index::open(&manifest_bytes, &expected, skills::bundled(), |shard| {
                shards.remove(&shard.path).ok_or("it was not fetched")
            })
            .map_err(|error| error.to_string())?;

        // The last moment a cancel stops it: from here on it stores, and finishes storing.
        if token.is_cancelled() {
            return Ok(None);
        }
        // The vectors first: should the postings then fail to store, cached vectors of
        // postings nobody imported cost space but are never wrong.
        let texts = opened.jobs.texts().iter().map(String::as_str);
        let provenances = pipeline::provenances(model, &self.lock_hash, texts)?;
        let rows: Vec<(&str, &VectorProvenance, &[f32])> = provenances
            .iter()
            .zip(opened.vectors.rows())
            .map(|(provenance, vector)| (provenance.text_sha256.as_str(), provenance, vector))
            .collect();
        let model_store = self.store().await?;
        for chunk in rows.chunks(VECTORS_PER_WRITE) {
            model_store
                .put_vectors(chunk)
                .await
                .map_err(|e| format!("The index's vectors could not be stored: {e}"))?;
        }

        self.current_catalog(&store).await?;
        let existing = self
            .catalog
            .borrow()
            .as_ref()
            .map(catalog::Catalog::content_hashes)
            .unwrap_or_default();
        let mut postings = Vec::with_capacity(opened.jobs.len());
        // The first posting of each key, as the import keeps it, with its own preparation.
        let mut preparation_of: HashMap<String, Preparation> = HashMap::new();
        for prepared in opened.jobs.jobs() {
            let (job, preparation) = Preparation::split(prepared.clone());
            preparation_of.entry(job_key(&job)).or_insert(preparation);
            postings.push(job);
        }
        let batch = import_postings(postings, &existing, imports::today()?);
        let stamp_now = preparation_stamp(skills::bundled());
        let preparations: Vec<(&str, StoredPreparation)> = batch
            .jobs
            .iter()
            .filter_map(|imported| {
                let preparation = preparation_of.remove(&imported.key)?;
                let stored = StoredPreparation {
                    stamp: stamp_now.clone(),
                    content_hash: imported.content_hash.clone(),
                    preparation,
                };
                Some((imported.key.as_str(), stored))
            })
            .collect();
        let mut job_keys: Vec<String> = batch
            .report
            .rows
            .iter()
            .filter_map(|row| row.key.clone())
            .collect();
        job_keys.sort_unstable();
        job_keys.dedup();
        let index = AddedJobIndex {
            manifest_url,
            name: manifest.name.clone(),
            version: manifest.version,
            manifest_sha256: opened.manifest_sha256.clone(),
            postings: manifest.postings,
            job_keys,
        };
        let (generation, withdrawn) = store
            .put_index_jobs(&index, &batch.jobs, &preparations)
            .await
            .map_err(|e| e.to_string())?;
        let mut report = batch.report;
        report.withdrawn = withdrawn;
        *self.listed_jobs.borrow_mut() = None;
        if withdrawn > 0 {
            // The catalog only ever adds: read the stored jobs again, the withdrawn ones gone.
            *self.catalog.borrow_mut() = None;
            self.current_catalog(&store).await?;
        } else {
            let mut catalog = self.catalog.borrow_mut();
            let catalog = catalog.get_or_insert_with(|| catalog::Catalog::of(None, &[]));
            catalog.store(generation, &batch.jobs);
        }
        let total_stored = self.catalog.borrow().as_ref().map_or(0, |c| c.len()) as u32;
        Ok(Some(ResponseBody::JobsImported {
            report,
            total_stored,
        }))
    }

    /// The lock's entry for the model that built `manifest`, when it is verified in this
    /// browser; else what to download.
    async fn model_for(&self, manifest: &Manifest) -> Result<&ModelEntry, String> {
        let Some(model) = self.lock.model(&manifest.model.model_id) else {
            return Err(format!(
                "The index was built with {}, a model this version of Candor does not know; \
                 use an index built with one it does, such as {}.",
                manifest.model.model_id, self.lock.defaults.fallback
            ));
        };
        if !self.ready_models().await?.contains(&model.id) {
            return Err(format!(
                "The index was built with {}: download and verify it under Models and \
                 diagnostics first, then add the index again.",
                model.id
            ));
        }
        Ok(model)
    }
}

/// `bytes` in megabytes with one decimal, as the models panel words sizes.
fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// Posts an index's download progress to the request that adds it: as bytes arrive, at most
/// every [`PROGRESS_INTERVAL_MS`], and whenever a file is complete.
struct ProgressPost {
    id: RequestId,
    fetched_bytes: u64,
    total_bytes: u64,
    last_post_ms: f64,
}

impl ProgressPost {
    fn new(id: RequestId, total_bytes: u64) -> ProgressPost {
        let mut progress = ProgressPost {
            id,
            fetched_bytes: 0,
            total_bytes,
            last_post_ms: f64::NEG_INFINITY,
        };
        progress.post();
        progress
    }

    fn add(&mut self, bytes: u64) {
        self.fetched_bytes += bytes;
        if js_sys::Date::now() - self.last_post_ms >= PROGRESS_INTERVAL_MS {
            self.post();
        }
    }

    fn post(&mut self) {
        self.last_post_ms = js_sys::Date::now();
        let body = ResponseBody::JobIndexProgress {
            fetched_bytes: self.fetched_bytes,
            total_bytes: self.total_bytes,
        };
        post(Some(self.id), body);
    }
}

/// The indexes this site's catalog offers; none when it has no catalog (or an unreadable one:
/// adding an index by its address still works).
async fn offered_indexes() -> Vec<JobIndexSummary> {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let Ok(catalog_url) = web_sys::Url::new_with_base(CATALOG_PATH, &scope.location().href())
    else {
        return Vec::new();
    };
    let catalog_url = catalog_url.href();
    let Ok(bytes) = fetch_whole(&catalog_url, MAX_MANIFEST_BYTES, &CancelToken::new()).await else {
        return Vec::new();
    };
    let Ok(catalog) = serde_json::from_slice::<Catalog>(&bytes) else {
        return Vec::new();
    };
    catalog
        .indexes
        .into_iter()
        .filter_map(|entry| {
            let manifest_url = web_sys::Url::new_with_base(&entry.manifest, &catalog_url).ok()?;
            Some(JobIndexSummary {
                name: entry.name,
                manifest_url: manifest_url.href(),
                pin: entry.pin,
                version: None,
                postings: None,
            })
        })
        .collect()
}

/// `manifest_url` as the key of its index: absolute, without query or fragment (which would
/// otherwise make the same index look new and escape the version check), and on this site.
fn same_site_manifest_url(manifest_url: &str) -> Result<String, String> {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let origin = scope.location().origin();
    let url = web_sys::Url::new(manifest_url)
        .map_err(|_| format!("{manifest_url:?} is not a web address"))?;
    if url.origin() != origin {
        return Err(format!(
            "Job indexes can only be added from this site ({origin}) for now; {} is another \
             site.",
            url.origin()
        ));
    }
    url.set_search("");
    url.set_hash("");
    Ok(url.href())
}
