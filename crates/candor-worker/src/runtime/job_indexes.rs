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
use candor_job_index::manifest::{Manifest, ShardKind};
use candor_job_index::{Expected, ModelStamp, VectorKind};
use candor_lock::provenance::{PipelineVersions, VectorProvenance};
use candor_store::fetch::{CancelToken, fetch_whole};
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
    /// `pin`; answered like an import of its postings.
    pub(super) async fn add_job_index(
        &self,
        manifest_url: &str,
        pin: &str,
    ) -> Result<ResponseBody, String> {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let origin = scope.location().origin();
        let url = web_sys::Url::new(manifest_url)
            .map_err(|_| format!("{manifest_url:?} is not a web address"))?;
        if url.origin() != origin {
            return Err(format!(
                "Job indexes can only be added from this site ({origin}) for now; {} is \
                 another site.",
                url.origin()
            ));
        }
        let manifest_url = url.href();
        let token = CancelToken::new();
        let manifest_bytes = fetch_whole(&manifest_url, MAX_MANIFEST_BYTES, &token)
            .await
            .map_err(|e| format!("The index's manifest could not be fetched: {e}"))?;
        // Checked here first so that no shard is fetched for a manifest that is not the pinned
        // one; `open` checks it again with everything else.
        let manifest =
            Manifest::parse_pinned(&manifest_bytes, pin).map_err(|error| error.to_string())?;
        let model = self.model_for(&manifest).await?;
        let stamp = ModelStamp::for_documents(model, &self.lock_hash);

        let store = imports::open_user_data().await?;
        let mut added = store.job_indexes().await.map_err(|e| e.to_string())?;
        let newest_seen = added
            .iter()
            .find(|index| index.manifest_url == manifest_url)
            .map(|index| index.version);

        let mut shards: HashMap<String, Vec<u8>> = HashMap::new();
        let wanted = [ShardKind::Postings, ShardKind::VectorsF32, ShardKind::Bm25];
        for shard in manifest
            .shards
            .iter()
            .filter(|shard| wanted.contains(&shard.kind))
        {
            let shard_url = web_sys::Url::new_with_base(&shard.path, &manifest_url)
                .map_err(|_| format!("the index names a file {:?} it cannot have", shard.path))?
                .href();
            let bytes = fetch_whole(&shard_url, shard.bytes, &token)
                .await
                .map_err(|e| format!("The index's file {} could not be fetched: {e}", shard.path))?;
            shards.insert(shard.path.clone(), bytes);
        }
        let expected = Expected {
            pin,
            model: &stamp,
            newest_seen,
            vectors: VectorKind::F32,
        };
        let opened = candor_job_index::open(&manifest_bytes, &expected, skills::bundled(), |shard| {
            shards
                .remove(&shard.path)
                .ok_or("it was not fetched")
        })
        .map_err(|error| error.to_string())?;

        // The vectors first: should the postings then fail to store, cached vectors of
        // postings nobody imported cost space but are never wrong.
        let texts = opened.jobs.texts();
        let provenances: Vec<VectorProvenance> = texts
            .iter()
            .map(|text| {
                VectorProvenance::for_text(model, &self.lock_hash, None, PipelineVersions::CURRENT, text)
                    .map_err(|error| error.to_string())
            })
            .collect::<Result<_, _>>()?;
        let model_store = self.store().await?;
        let rows: Vec<(&str, &VectorProvenance, &[f32])> = provenances
            .iter()
            .zip(opened.vectors.rows())
            .map(|(provenance, vector)| (provenance.text_sha256.as_str(), provenance, vector))
            .collect();
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
        let (postings, mut preparation_of): (Vec<JobPosting>, HashMap<String, Preparation>) =
            opened
                .jobs
                .jobs()
                .iter()
                .map(|prepared| {
                    let (job, preparation) = Preparation::split(prepared.clone());
                    (job.clone(), (job_key(&job), preparation))
                })
                .unzip();
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
        let record = AddedJobIndex {
            manifest_url: manifest_url.clone(),
            name: manifest.name.clone(),
            version: manifest.version,
            manifest_sha256: opened.manifest_sha256.clone(),
            postings: manifest.postings,
        };
        match added
            .iter_mut()
            .find(|index| index.manifest_url == manifest_url)
        {
            Some(index) => *index = record,
            None => added.push(record),
        }
        let generation = store
            .put_index_jobs(&batch.jobs, &preparations, &added)
            .await
            .map_err(|e| e.to_string())?;
        *self.listed_jobs.borrow_mut() = None;
        let mut catalog = self.catalog.borrow_mut();
        let catalog = catalog.get_or_insert_with(|| catalog::Catalog::of(None, &[]));
        catalog.store(generation, &batch.jobs);
        Ok(ResponseBody::JobsImported {
            report: batch.report,
            total_stored: catalog.len() as u32,
        })
    }

    /// The lock's entry for the model that built `manifest`, when it is verified in this
    /// browser; else what to download.
    async fn model_for(&self, manifest: &Manifest) -> Result<&ModelEntry, String> {
        let Some(model) = self.lock.model(&manifest.model.model_id) else {
            return Err(format!(
                "The index was built with {}, a model this version of Candor does not know; \
                 use an index built with all-MiniLM-L6-v2.",
                manifest.model.model_id
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
