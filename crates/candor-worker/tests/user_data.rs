//! The person's own data in a real IndexedDB (headless Chromium, dedicated worker): the jobs a
//! version-1 database held survive the upgrade to the current version (and are read beside
//! jobs stored now), postings' preparations are stored by key and go with the jobs, so does
//! the index snapshot (read back whole, at the generation it names), and the
//! profile, match statuses and recruiter's candidate pool are stored, replaced and deleted as
//! the page expects.
#![cfg(target_arch = "wasm32")]

use candor_core::domain::Date;
use candor_core::matching::recruiter::PooledResume;
use candor_core::matching::{Preparation, preparation_stamp};
use candor_core::preferences::{JobFilters, Preferences};
use candor_core::tracking::{MatchStatus, StatusRecord};
use candor_import::jobs::ImportedJob;
use std::collections::BTreeMap;

use candor_store::user_data::{AddedJobIndex, StoredPreparation, USER_SCHEMA_VERSION, UserData};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

#[wasm_bindgen(inline_js = r#"
function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}
export async function deleteDatabase(name) { await request(indexedDB.deleteDatabase(name)); }
export async function putV1Job(name, key, record) {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('jobs');
  const db = await request(open);
  const tx = db.transaction('jobs', 'readwrite');
  tx.objectStore('jobs').put(JSON.parse(record), key);
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onabort = () => reject(tx.error); });
  db.close();
}
export async function describe(name) {
  const db = await request(indexedDB.open(name));
  const result = JSON.stringify({ version: db.version, stores: [...db.objectStoreNames].sort() });
  db.close();
  return result;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = deleteDatabase)]
    async fn delete_database(name: &str);
    #[wasm_bindgen(js_name = putV1Job)]
    async fn put_v1_job(name: &str, key: &str, record: &str);
    async fn describe(name: &str) -> JsValue;
}

fn today() -> Date {
    Date::new(2026, 11, 25).unwrap()
}

async fn fresh(name: &str) -> UserData {
    delete_database(name).await;
    UserData::open_named(name).await.unwrap()
}

fn stored_job(key: &str) -> ImportedJob {
    ImportedJob {
        job: candor_core::domain::JobPosting {
            id: key.into(),
            title: "Rust Engineer".into(),
            company: "Ferris".into(),
            ..Default::default()
        },
        key: key.into(),
        content_hash: "0".repeat(64),
        imported: today(),
        valid_through: None,
        enriched_by: 0,
    }
}

#[wasm_bindgen_test]
async fn jobs_of_a_version_1_database_survive_the_upgrade() {
    let name = "candor-test-user-v1";
    delete_database(name).await;
    let job = stored_job("acme:1");
    put_v1_job(name, &job.key, &serde_json::to_string(&job).unwrap()).await;

    let store = UserData::open_named(name).await.unwrap();
    assert_eq!(
        describe(name).await.as_string().unwrap(),
        format!(
            r#"{{"version":{USER_SCHEMA_VERSION},"stores":["candidates","jobs","prepared","settings","snapshots","statuses"]}}"#
        )
    );
    assert_eq!(store.jobs().await.unwrap(), vec![job.clone()]);
    assert_eq!(store.preferences().await.unwrap(), Preferences::default());
    assert!(store.statuses().await.unwrap().is_empty());

    // A job stored now (as a JSON string) is read beside the old one (an object).
    let newer = stored_job("acme:2");
    store.put_jobs(std::slice::from_ref(&newer)).await.unwrap();
    assert_eq!(store.jobs().await.unwrap(), vec![job, newer]);
}

#[wasm_bindgen_test]
async fn the_index_snapshot_reads_back_whole_and_goes_with_the_jobs() {
    let store = fresh("candor-test-user-snapshot").await;
    let (generation, snapshot) = store.index_snapshot().await.unwrap();
    assert_eq!(generation, None);
    assert!(snapshot.is_none(), "none stored yet");

    store.put_jobs(&[stored_job("acme:1")]).await.unwrap();
    let generation = store.jobs_generation().await.unwrap();
    assert!(generation.is_some());
    let parts = [
        b"header".to_vec(),
        vec![0u8; 300_000],
        Vec::new(),
        b"bm25".to_vec(),
    ];
    let mut made = parts.iter().cloned();
    let written = store
        .put_index_snapshot(generation.as_deref(), || made.next())
        .await
        .unwrap();
    assert!(written);
    // Derived data: storing it is no change to the jobs.
    let (now, snapshot) = store.index_snapshot().await.unwrap();
    assert_eq!(now, generation);
    let snapshot = snapshot.expect("stored");
    assert_eq!(snapshot.generation, generation);
    assert_eq!(snapshot.n_parts(), parts.len());
    let read: Vec<Vec<u8>> = (0..snapshot.n_parts())
        .map(|idx| snapshot.part(idx).expect("bytes"))
        .collect();
    assert_eq!(read, parts);
    assert_eq!(snapshot.part(parts.len()), None);

    // A second snapshot replaces the first, fewer parts included.
    let mut made = [b"other".to_vec()].into_iter();
    let written = store
        .put_index_snapshot(generation.as_deref(), || made.next())
        .await
        .unwrap();
    assert!(written);
    let (_, snapshot) = store.index_snapshot().await.unwrap();
    let snapshot = snapshot.expect("stored");
    assert_eq!(snapshot.n_parts(), 1);
    assert_eq!(snapshot.part(0), Some(b"other".to_vec()));

    // Any change to the jobs clears it, in the same write.
    store.put_jobs(&[stored_job("acme:2")]).await.unwrap();
    let (newer, snapshot) = store.index_snapshot().await.unwrap();
    assert_ne!(newer, generation);
    assert!(snapshot.is_none(), "cleared with the import");
    // One of the old generation, made before the import and written after it, is not kept.
    let mut made = [b"late".to_vec()].into_iter();
    let written = store
        .put_index_snapshot(generation.as_deref(), || made.next())
        .await
        .unwrap();
    assert!(!written);
    assert!(store.index_snapshot().await.unwrap().1.is_none());
    let mut made = [b"again".to_vec()].into_iter();
    assert!(
        store
            .put_index_snapshot(newer.as_deref(), || made.next())
            .await
            .unwrap()
    );
    store.clear_jobs().await.unwrap();
    assert!(
        store.index_snapshot().await.unwrap().1.is_none(),
        "cleared with the delete"
    );
}

#[wasm_bindgen_test]
async fn preparations_are_kept_by_key_and_go_with_the_jobs() {
    let store = fresh("candor-test-user-preparations").await;
    let job = stored_job("acme:1");
    store.put_jobs(std::slice::from_ref(&job)).await.unwrap();
    let generation = store.jobs_generation().await.unwrap();
    let taxonomy = candor_core::skills::bundled();
    let prepared = StoredPreparation {
        stamp: preparation_stamp(taxonomy),
        content_hash: job.content_hash.clone(),
        preparation: Preparation::of(&job.job, taxonomy),
    };
    store
        .put_preparations(&[(job.key.as_str(), prepared.clone())])
        .await
        .unwrap();
    let stored = store.preparations().await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored["acme:1"], prepared);
    // Derived data: storing it is no change to the jobs.
    assert_eq!(store.jobs_generation().await.unwrap(), generation);

    store.clear_jobs().await.unwrap();
    assert!(store.jobs().await.unwrap().is_empty());
    assert!(store.preparations().await.unwrap().is_empty());
    assert_ne!(store.jobs_generation().await.unwrap(), generation);
}

#[wasm_bindgen_test]
async fn an_index_version_replaces_the_last_and_deleting_the_jobs_keeps_its_version() {
    let store = fresh("candor-test-user-job-indexes").await;
    let taxonomy = candor_core::skills::bundled();
    let prepared = |job: &ImportedJob| StoredPreparation {
        stamp: preparation_stamp(taxonomy),
        content_hash: job.content_hash.clone(),
        preparation: Preparation::of(&job.job, taxonomy),
    };
    let version = |version: u64, jobs: &[&ImportedJob]| AddedJobIndex {
        manifest_url: "https://example.test/indexes/sample/manifest.json".to_owned(),
        name: "Sample postings".to_owned(),
        version,
        manifest_sha256: format!("{version:064}"),
        postings: jobs.len() as u64,
        job_keys: jobs.iter().map(|job| job.key.clone()).collect(),
    };
    let put = async |index: &AddedJobIndex, jobs: &[&ImportedJob]| {
        let owned: Vec<ImportedJob> = jobs.iter().map(|&job| job.clone()).collect();
        let preparations: Vec<(&str, StoredPreparation)> = jobs
            .iter()
            .map(|job| (job.key.as_str(), prepared(job)))
            .collect();
        store.put_index_jobs(index, &owned, &preparations).await
    };
    let stored_keys = async || -> Vec<String> {
        store
            .jobs()
            .await
            .unwrap()
            .into_iter()
            .map(|job| job.key)
            .collect()
    };
    // A posting imported from a file, which no index version touches.
    let own = stored_job("mine:1");
    store.put_jobs(std::slice::from_ref(&own)).await.unwrap();

    let (first, second, third) = (
        stored_job("acme:1"),
        stored_job("acme:2"),
        stored_job("acme:3"),
    );
    let v3 = version(3, &[&first, &second]);
    let (_, withdrawn) = put(&v3, &[&first, &second]).await.unwrap();
    assert_eq!(withdrawn, 0);
    assert_eq!(stored_keys().await, ["acme:1", "acme:2", "mine:1"]);
    assert_eq!(
        store.preparations().await.unwrap()["acme:1"],
        prepared(&first)
    );
    assert_eq!(store.job_indexes().await.unwrap(), vec![v3.clone()]);
    let versions = |version| BTreeMap::from([(v3.manifest_url.clone(), version)]);
    assert_eq!(store.job_index_versions().await.unwrap(), versions(3));

    // Version 4 no longer lists acme:1 and adds acme:3: the withdrawn posting goes, with its
    // preparation, and the list holds version 4 only.
    let v4 = version(4, &[&second, &third]);
    let (_, withdrawn) = put(&v4, &[&third]).await.unwrap();
    assert_eq!(withdrawn, 1);
    assert_eq!(stored_keys().await, ["acme:2", "acme:3", "mine:1"]);
    assert!(!store.preparations().await.unwrap().contains_key("acme:1"));
    assert_eq!(store.job_indexes().await.unwrap(), vec![v4.clone()]);
    assert_eq!(store.job_index_versions().await.unwrap(), versions(4));

    // Another index lists acme:3 too; version 5 of the first no longer does: it stays, as
    // the other index still brings it.
    let other = AddedJobIndex {
        manifest_url: "https://example.test/indexes/other/manifest.json".to_owned(),
        ..version(1, &[&third])
    };
    put(&other, &[]).await.unwrap();
    let v5 = version(5, &[&second]);
    let (_, withdrawn) = put(&v5, &[]).await.unwrap();
    assert_eq!(withdrawn, 0);
    assert_eq!(stored_keys().await, ["acme:2", "acme:3", "mine:1"]);
    assert_eq!(store.job_indexes().await.unwrap(), vec![v5.clone(), other]);

    // Version 3 again, fetched in another tab before version 5 was stored: refused in the
    // transaction, and nothing of it kept.
    let error = put(&v3, &[&first, &second]).await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "version 5 of this index was added meanwhile (in another tab or window); version 3 was \
         not applied"
    );
    assert_eq!(stored_keys().await, ["acme:2", "acme:3", "mine:1"]);
    assert_eq!(store.job_indexes().await.unwrap()[0], v5);

    // The postings and the list go with the jobs; the version held stays, so an older copy of
    // the index is still refused after a delete.
    store.clear_jobs().await.unwrap();
    assert!(store.jobs().await.unwrap().is_empty());
    assert!(store.job_indexes().await.unwrap().is_empty());
    assert_eq!(
        store.job_index_versions().await.unwrap()[&v3.manifest_url],
        5
    );
    assert!(put(&v3, &[&first]).await.is_err());
}

#[wasm_bindgen_test]
async fn preferences_are_saved_and_replaced() {
    let store = fresh("candor-test-user-preferences").await;
    let mut preferences = Preferences {
        total_years: Some(9.0),
        expected_salary: "$150k".into(),
        filters: JobFilters {
            blocked_companies: vec!["Blocked Corp".into()],
            remote_only: true,
            ..JobFilters::default()
        },
        ..Preferences::default()
    };
    store.put_preferences(&preferences).await.unwrap();
    assert_eq!(store.preferences().await.unwrap(), preferences);
    preferences.filters.remote_only = false;
    store.put_preferences(&preferences).await.unwrap();
    assert_eq!(store.preferences().await.unwrap(), preferences);
}

#[wasm_bindgen_test]
async fn a_status_is_one_per_job_with_its_history_and_can_be_taken_back() {
    let store = fresh("candor-test-user-statuses").await;
    let set = |job_id: &'static str, status| {
        move |stored| Some(StatusRecord::set(stored, job_id, status, today()))
    };
    store
        .change_status("a", set("a", MatchStatus::Shortlisted))
        .await
        .unwrap();
    store
        .change_status("b", set("b", MatchStatus::Hidden))
        .await
        .unwrap();
    store
        .change_status("a", set("a", MatchStatus::Applied))
        .await
        .unwrap();
    let mut statuses = store.statuses().await.unwrap();
    statuses.sort_by(|x, y| x.job_id.cmp(&y.job_id));
    let statuses_of = |records: &[StatusRecord]| {
        records
            .iter()
            .map(|record| (record.job_id.clone(), record.describe_history()))
            .collect::<Vec<_>>()
    };
    let day = today().to_string();
    assert_eq!(
        statuses_of(&statuses),
        [
            ("a".into(), format!("shortlisted {day}; applied {day}")),
            ("b".into(), format!("hidden {day}")),
        ]
    );
    // Taking back the latest change of `a` leaves it shortlisted; of `b`, forgets it.
    for job_id in ["a", "b", "never-set"] {
        store
            .change_status(job_id, |stored| stored.and_then(StatusRecord::taken_back))
            .await
            .unwrap();
    }
    assert_eq!(
        statuses_of(&store.statuses().await.unwrap()),
        [("a".into(), format!("shortlisted {day}"))]
    );
    store.clear_statuses().await.unwrap();
    assert!(store.statuses().await.unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn the_candidate_pool_replaces_the_same_resume_and_deletes_one_or_all() {
    let store = fresh("candor-test-user-candidates").await;
    let jose = PooledResume::new("jose.pdf", "José Núñez\nRust engineer".into(), today());
    let zoe = PooledResume::new("zoe.docx", "Zoë Brontë\nData scientist".into(), today());
    store.put_candidate(&jose).await.unwrap();
    store.put_candidate(&zoe).await.unwrap();
    let again = PooledResume::new("jose-copy.txt", jose.text.clone(), today());
    store.put_candidate(&again).await.unwrap();
    let pool = store.candidates().await.unwrap();
    assert_eq!(pool.len(), 2);
    assert!(pool.contains(&again) && pool.contains(&zoe));

    store.delete_candidates(Some(&zoe.id)).await.unwrap();
    assert_eq!(store.candidates().await.unwrap(), [again]);
    store.delete_candidates(None).await.unwrap();
    assert!(store.candidates().await.unwrap().is_empty());
    // The jobs store is untouched by all of this.
    assert!(store.jobs().await.unwrap().is_empty());
}
