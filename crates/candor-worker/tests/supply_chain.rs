//! The model supply chain in a real headless Chromium dedicated worker, with the real
//! IndexedDB and `fetch`, against the fault-injecting server (`e2e/server.mjs`, started by
//! `.ci/wasm-tests.sh`): tampering, cut and slow bodies, server errors, servers that ignore
//! ranges, cancel and resume, quota errors, damaged records, the version 1 upgrade and a second
//! connection.
//!
//! Most tests fetch the real MiniLM `tokenizer.json` (466 247 bytes) cut into 64 KiB shards (8
//! shards) whose per-shard pins are computed from bytes that matched the lock's whole-file pin.
//! Each test uses its own database and its own fault tag, so request counts are its own.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::num::NonZeroU64;
use std::rc::Rc;

use candor_lock::provenance::{PipelineVersions, VectorProvenance};
use candor_lock::{ModelEntry, ModelFile, ModelLock};
use candor_store::download::{self, DownloadEvent, DownloadOptions};
use candor_store::fetch::{CancelToken, SourcePolicy};
use candor_store::idb::ModelStore;
use candor_store::shards::pins_for_bytes;
use candor_store::transfer::RetryPolicy;
use candor_store::{StoreError, verify_file};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

const FAULT_SERVER: &str = match option_env!("CANDOR_TEST_FAULT_SERVER") {
    Some(url) => url,
    None => "http://127.0.0.1:8093/",
};
const SHARD: u64 = 64 * 1024;

#[wasm_bindgen(inline_js = r#"
function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}
function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}
export function sleep(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }
export async function fetchBytes(url) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}
export async function fetchText(url) {
  const response = await fetch(url, { cache: 'no-store' });
  return response.text();
}
export async function deleteDatabase(name) { await request(indexedDB.deleteDatabase(name)); }
export async function putV1(name, key, modelId, revision, path, sha256, bytes) {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('model_files');
  const db = await request(open);
  const tx = db.transaction('model_files', 'readwrite');
  tx.objectStore('model_files').put(
    { model_id: modelId, revision, path, sha256, bytes }, key);
  await done(tx);
  db.close();
}
export async function describe(name) {
  const db = await request(indexedDB.open(name));
  const result = JSON.stringify({ version: db.version, stores: [...db.objectStoreNames] });
  db.close();
  return result;
}
export async function flipStoredByte(name, key, offset) {
  const db = await request(indexedDB.open(name));
  const tx = db.transaction('shards', 'readwrite');
  const store = tx.objectStore('shards');
  const record = await request(store.get(key));
  record.bytes = record.bytes.slice();
  record.bytes[offset] ^= 0x01;
  store.put(record, key);
  await done(tx);
  db.close();
}
let held = null;
export async function holdOpen(name, version) {
  const open = indexedDB.open(name, version);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains('model_files')) {
      open.result.createObjectStore('model_files');
    }
  };
  held = await request(open);
}
export function releaseHeld() { held.close(); held = null; }
export async function openNewerVersion(name, version) {
  const open = indexedDB.open(name, version);
  let blocked = false;
  open.onblocked = () => { blocked = true; };
  const db = await request(open);
  db.close();
  return blocked;
}
"#)]
extern "C" {
    async fn sleep(ms: u32);
    #[wasm_bindgen(catch, js_name = fetchBytes)]
    async fn fetch_bytes(url: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = fetchText)]
    async fn fetch_text(url: &str) -> JsValue;
    #[wasm_bindgen(js_name = deleteDatabase)]
    async fn delete_database(name: &str);
    #[wasm_bindgen(js_name = putV1)]
    async fn put_v1(
        name: &str,
        key: &str,
        model_id: &str,
        revision: &str,
        path: &str,
        sha256: &str,
        bytes: Uint8Array,
    );
    async fn describe(name: &str) -> JsValue;
    #[wasm_bindgen(js_name = flipStoredByte)]
    async fn flip_stored_byte(name: &str, key: JsValue, offset: u32);
    #[wasm_bindgen(js_name = holdOpen)]
    async fn hold_open(name: &str, version: u32);
    #[wasm_bindgen(js_name = releaseHeld)]
    fn release_held();
    #[wasm_bindgen(js_name = openNewerVersion)]
    async fn open_newer_version(name: &str, version: u32) -> JsValue;
}

#[derive(Debug, serde::Deserialize)]
struct LogEntry {
    path: String,
    range: Option<String>,
    status: u16,
    sent: u64,
    aborted: bool,
}

fn minilm() -> ModelEntry {
    ModelLock::bundled()
        .model("all-minilm-l6-v2")
        .unwrap()
        .clone()
}

/// A tag unique to this test and this run, so the fault server's counts are the test's own.
fn unique(name: &str) -> String {
    format!("{name}-{}", js_sys::Date::now() as u64)
}

/// A lock source on the fault server with `faults` (comma-separated, may be empty).
fn source(faults: &str, tag: &str) -> String {
    let faults = if faults.is_empty() {
        format!("tag={tag}")
    } else {
        format!("{faults},tag={tag}")
    };
    format!("{FAULT_SERVER}_f/{faults}/models/{{repo}}/resolve/{{revision}}/{{path}}")
}

/// The bytes of a MiniLM file from the honest mirror, checked against the lock's pin.
async fn verified_bytes(path: &str) -> Vec<u8> {
    let model = minilm();
    let file = model.file(path).unwrap();
    let url = format!("{FAULT_SERVER}{}", model.mirror_path(file));
    let bytes = Uint8Array::new(&fetch_bytes(&url).await.unwrap()).to_vec();
    verify_file(&model, file, &url, &bytes).unwrap();
    bytes
}

/// MiniLM's `tokenizer.json` with per-shard pins for 64 KiB shards (8 shards).
async fn pinned_tokenizer() -> ModelFile {
    let mut file = minilm().file("tokenizer.json").unwrap().clone();
    let bytes = verified_bytes("tokenizer.json").await;
    file.shards = Some(pins_for_bytes(&bytes, NonZeroU64::new(SHARD).unwrap()));
    file
}

/// A model named after `tag` (so its records are its own) with `files` and `sources`.
fn test_model(tag: &str, sources: Vec<String>, files: Vec<ModelFile>) -> ModelEntry {
    let mut model = minilm();
    model.id = format!("test-{tag}");
    model.sources = sources;
    model.files = files;
    model
}

/// Quick retries, so failure tests take milliseconds.
fn options() -> DownloadOptions {
    let mut options = DownloadOptions::new(FAULT_SERVER, SourcePolicy::AllSources);
    options.retry = RetryPolicy {
        max_attempts: 3,
        base_delay_ms: 20,
        max_delay_ms: 100,
        stall_timeout_ms: 1_000,
    };
    options
}

async fn fresh_store(name: &str) -> ModelStore {
    delete_database(name).await;
    ModelStore::open_named(name).await.unwrap()
}

async fn run(
    store: &ModelStore,
    model: &ModelEntry,
    options: &DownloadOptions,
) -> Result<(), StoreError> {
    download::download(store, model, options, &CancelToken::new(), &mut |_| {}).await
}

/// The fault server's log entries for `tag`, in order.
async fn log_for(tag: &str) -> Vec<LogEntry> {
    let text = fetch_text(&format!("{FAULT_SERVER}__log"))
        .await
        .as_string()
        .unwrap();
    let entries: Vec<LogEntry> = serde_json::from_str(&text).unwrap();
    let needle = format!("tag={tag}/");
    entries
        .into_iter()
        .filter(|entry| entry.path.contains(&needle))
        .collect()
}

fn shard_range(index: u64, file_bytes: u64) -> String {
    let start = index * SHARD;
    let end = ((index + 1) * SHARD).min(file_bytes) - 1;
    format!("bytes={start}-{end}")
}

fn shard_key(model: &ModelEntry, file: &ModelFile, index: u64) -> JsValue {
    let parts = [
        JsValue::from_str(&model.id),
        JsValue::from_str(&model.revision),
        JsValue::from_str(&file.sha256),
        JsValue::from_str(&file.path),
        JsValue::from_f64(index as f64),
    ];
    parts.iter().collect::<Array>().into()
}

#[wasm_bindgen_test]
async fn a_flipped_byte_in_any_shard_is_rejected_and_the_next_source_used() {
    let tokenizer = pinned_tokenizer().await;
    let n_shards = tokenizer.bytes.div_ceil(SHARD);
    for index in 0..n_shards {
        let tag = unique(&format!("flip{index}"));
        let offset = index * SHARD + 1234;
        let tampered = source(&format!("flip={offset}"), &tag);
        let honest = source("", &format!("{tag}-honest"));
        let model = test_model(
            &tag,
            vec![tampered.clone(), honest],
            vec![tokenizer.clone()],
        );
        let store = fresh_store(&format!("candor-test-{tag}")).await;

        let mut rejected = Vec::new();
        download::download(
            &store,
            &model,
            &options(),
            &CancelToken::new(),
            &mut |event| {
                if let DownloadEvent::SourceRejected { reason, .. } = event {
                    rejected.push(reason);
                }
            },
        )
        .await
        .unwrap();

        assert_eq!(rejected.len(), 1, "shard {index}: {rejected:?}");
        assert!(
            rejected[0].starts_with(&format!(
                "hash mismatch for {}/tokenizer.json shard {index} (bytes {}-",
                model.id,
                index * SHARD
            )),
            "{}",
            rejected[0]
        );
        // The tampered source was dropped at its bad shard: it served shards 0..=index only.
        let tampered_requests = log_for(&tag).await;
        assert_eq!(tampered_requests.len() as u64, index + 1, "shard {index}");
        // Nothing it sent was kept: the honest source served every shard.
        let honest_ranges: Vec<Option<String>> = log_for(&format!("{tag}-honest"))
            .await
            .into_iter()
            .map(|entry| entry.range)
            .collect();
        let expected: Vec<Option<String>> = (0..n_shards)
            .map(|i| Some(shard_range(i, tokenizer.bytes)))
            .collect();
        assert_eq!(honest_ranges, expected, "shard {index}");

        // The diagnostics record the rejection; the file is verified from the honest bytes.
        let state = &store.file_states(&model).await.unwrap()[0];
        assert!(state.verified);
        assert_eq!(state.rejections.len(), 1);
        assert!(
            state.rejections[0]
                .source
                .contains(&format!("flip={offset}"))
        );
        let bytes = store.read_verified(&model, &tokenizer).await.unwrap();
        assert_eq!(bytes, verified_bytes("tokenizer.json").await);
    }
}

#[wasm_bindgen_test]
async fn a_flipped_byte_without_shard_pins_is_caught_by_the_file_hash() {
    let tag = unique("flip-unpinned");
    let config = minilm().file("config.json").unwrap().clone();
    let tokenizer = minilm().file("tokenizer.json").unwrap().clone();
    assert!(tokenizer.shards.is_none());
    let only_tampered = vec![source("flip=300000,flip=100", &tag)];
    let model = test_model(&tag, only_tampered, vec![config.clone(), tokenizer.clone()]);
    let store = fresh_store(&format!("candor-test-{tag}")).await;

    let error = run(&store, &model, &options()).await.unwrap_err();
    let StoreError::AllSourcesFailed { path, attempts, .. } = &error else {
        panic!("{error}")
    };
    assert_eq!(path, "config.json", "the first file fails first");
    assert!(attempts[0].starts_with(&format!("hash mismatch for {}/config.json", model.id)));
    for state in store.file_states(&model).await.unwrap() {
        assert!(!state.verified, "{}", state.path);
        assert_eq!(state.stored_bytes, 0, "{}: bad bytes were kept", state.path);
    }
    assert!(matches!(
        store.load(&model).await,
        Err(StoreError::NotStored { .. })
    ));
}

#[wasm_bindgen_test]
async fn cancel_at_half_then_resume_fetches_only_the_missing_shards() {
    let tag = unique("resume");
    let tokenizer = pinned_tokenizer().await;
    let model = test_model(&tag, vec![source("", &tag)], vec![tokenizer.clone()]);
    let name = format!("candor-test-{tag}");
    let store = fresh_store(&name).await;

    let token = CancelToken::new();
    let half = tokenizer.bytes / 2;
    let error = download::download(&store, &model, &options(), &token, &mut |event| {
        if let DownloadEvent::ShardStored { file_done, .. } = event
            && file_done >= half
        {
            token.cancel();
        }
    })
    .await
    .unwrap_err();
    let StoreError::Cancelled {
        stored_bytes,
        total_bytes,
        ..
    } = error
    else {
        panic!("{error}")
    };
    assert_eq!((stored_bytes, total_bytes), (4 * SHARD, tokenizer.bytes));
    assert!(!store.contains(&model, &tokenizer).await.unwrap());

    // A new connection, as after a reload; the download resumes at shard 4.
    drop(store);
    let store = ModelStore::open_named(&name).await.unwrap();
    let state = &store.file_states(&model).await.unwrap()[0];
    assert_eq!((state.shards_stored, state.verified), (4, false));
    run(&store, &model, &options()).await.unwrap();

    let ranges: Vec<String> = log_for(&tag)
        .await
        .into_iter()
        .map(|entry| entry.range.unwrap())
        .collect();
    let expected: Vec<String> = (0..8).map(|i| shard_range(i, tokenizer.bytes)).collect();
    assert_eq!(ranges, expected, "each shard was fetched exactly once");
    let bytes = store.read_verified(&model, &tokenizer).await.unwrap();
    assert_eq!(bytes, verified_bytes("tokenizer.json").await);
}

/// A finished download's result and the time it finished, in ms since the epoch.
type Outcome = (Result<(), StoreError>, f64);

#[wasm_bindgen_test]
async fn cancel_stops_the_network_within_a_second() {
    let tag = unique("cancel-net");
    let weights = minilm().file("model.safetensors").unwrap().clone();
    // 1 MB/s: the first 16 MiB shard alone would take 16 s.
    let model = test_model(
        &tag,
        vec![source("drip=1000000", &tag)],
        vec![weights.clone()],
    );
    let store = Rc::new(fresh_store(&format!("candor-test-{tag}")).await);

    let token = CancelToken::new();
    let fetched = Rc::new(Cell::new(0u64));
    // The download's result and when it arrived.
    let outcome: Rc<RefCell<Option<Outcome>>> = Rc::default();
    {
        let (store, model, token) = (store.clone(), model.clone(), token.clone());
        let (fetched, outcome) = (fetched.clone(), outcome.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let result = download::download(&store, &model, &options(), &token, &mut |event| {
                if let DownloadEvent::Progress { fetched: bytes, .. } = event {
                    fetched.set(bytes);
                }
            })
            .await;
            *outcome.borrow_mut() = Some((result, js_sys::Date::now()));
        });
    }
    while fetched.get() < 200_000 {
        sleep(50).await;
    }
    let cancelled_at = js_sys::Date::now();
    token.cancel();
    while outcome.borrow().is_none() {
        sleep(10).await;
    }
    let (result, ended_at) = outcome.borrow_mut().take().unwrap();
    assert!(
        matches!(
            result,
            Err(StoreError::Cancelled {
                stored_bytes: 0,
                ..
            })
        ),
        "{result:?}"
    );
    assert!(
        ended_at - cancelled_at < 1_000.0,
        "the download took {} ms to stop",
        ended_at - cancelled_at
    );
    // The server saw the client hang up long before the shard was sent.
    sleep(300).await;
    let log = log_for(&tag).await;
    assert_eq!(log.len(), 1);
    assert!(log[0].aborted, "{log:?}");
    assert!(log[0].sent < weights.bytes / 4, "{log:?}");
    assert_eq!(store.file_states(&model).await.unwrap()[0].stored_bytes, 0);
}

#[wasm_bindgen_test]
async fn a_cut_body_is_retried_and_ends_verified() {
    let tag = unique("truncate-once");
    let tokenizer = pinned_tokenizer().await;
    // The first request is cut at byte 100 000 (inside shard 1).
    let model = test_model(
        &tag,
        vec![source("truncate=100000,first=2", &tag)],
        vec![tokenizer.clone()],
    );
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    run(&store, &model, &options()).await.unwrap();
    let log = log_for(&tag).await;
    // Shard 0 is whole (it ends before the cut); shard 1 is cut once, then served in full.
    let ranges: Vec<&str> = log.iter().map(|e| e.range.as_deref().unwrap()).collect();
    assert_eq!(
        ranges[..3],
        [
            shard_range(0, tokenizer.bytes),
            shard_range(1, tokenizer.bytes),
            shard_range(1, tokenizer.bytes)
        ]
    );
    assert_eq!(log.len(), 9);
    assert!(store.contains(&model, &tokenizer).await.unwrap());
}

#[wasm_bindgen_test]
async fn an_always_cut_body_fails_with_a_clear_error_and_keeps_only_whole_shards() {
    let tag = unique("truncate-always");
    let tokenizer = pinned_tokenizer().await;
    let model = test_model(
        &tag,
        vec![source("truncate=100000", &tag)],
        vec![tokenizer.clone()],
    );
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    let error = run(&store, &model, &options()).await.unwrap_err();
    let message = error.to_string();
    assert!(
        message.starts_with(&format!(
            "could not get {}/tokenizer.json from any source: network error fetching",
            model.id
        )),
        "{message}"
    );
    assert!(message.contains("tokenizer.json"), "{message}");
    let state = &store.file_states(&model).await.unwrap()[0];
    assert!(!state.verified);
    assert_eq!(state.stored_bytes, SHARD, "only the whole shard 0 is kept");
    assert!(matches!(
        store.read_verified(&model, &tokenizer).await,
        Err(StoreError::NotStored { .. })
    ));
    // 1 request for shard 0, 3 attempts at shard 1.
    assert_eq!(log_for(&tag).await.len(), 4);
}

#[wasm_bindgen_test]
async fn server_errors_are_retried_then_the_file_verifies() {
    let tag = unique("fail-twice");
    let tokenizer = pinned_tokenizer().await;
    let model = test_model(&tag, vec![source("fail=2", &tag)], vec![tokenizer.clone()]);
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    let mut retries = Vec::new();
    download::download(
        &store,
        &model,
        &options(),
        &CancelToken::new(),
        &mut |event| {
            if let DownloadEvent::Retrying {
                attempt, delay_ms, ..
            } = event
            {
                retries.push((attempt, delay_ms));
            }
        },
    )
    .await
    .unwrap();
    assert_eq!(retries, [(2, 20), (3, 40)], "backoff doubles");
    let statuses: Vec<u16> = log_for(&tag).await.iter().map(|e| e.status).collect();
    assert_eq!(statuses[..3], [500, 500, 206]);
    assert_eq!(statuses.len(), 10);
    assert!(store.contains(&model, &tokenizer).await.unwrap());
}

#[wasm_bindgen_test]
async fn a_source_that_keeps_failing_gives_way_to_the_next() {
    let tag = unique("fail-always");
    let tokenizer = pinned_tokenizer().await;
    let sources = vec![
        source("fail=1000", &tag),
        source("status=404", &format!("{tag}-404")),
        source("", &format!("{tag}-ok")),
    ];
    let model = test_model(&tag, sources, vec![tokenizer.clone()]);
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    run(&store, &model, &options()).await.unwrap();
    assert_eq!(
        log_for(&tag).await.len(),
        3,
        "500s are retried up to 3 attempts"
    );
    assert_eq!(
        log_for(&format!("{tag}-404")).await.len(),
        1,
        "a 404 is not"
    );
    let state = &store.file_states(&model).await.unwrap()[0];
    assert!(state.verified);
    let reasons: Vec<&str> = state.rejections.iter().map(|r| r.reason.as_str()).collect();
    assert!(reasons[0].starts_with("HTTP 500 fetching"), "{reasons:?}");
    assert!(reasons[1].starts_with("HTTP 404 fetching"), "{reasons:?}");

    // With every source failing, the error names the file and each source's failure.
    let tag = unique("all-fail");
    let sources = vec![source("status=404", &tag), source("fail=1000", &tag)];
    let model = test_model(&tag, sources, vec![tokenizer.clone()]);
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    let error = run(&store, &model, &options())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(&format!(
            "could not get {}/tokenizer.json from any source: HTTP 404 fetching",
            model.id
        )),
        "{error}"
    );
    assert!(error.contains("; HTTP 500 fetching"), "{error}");
}

#[wasm_bindgen_test]
async fn a_slow_source_ends_verified() {
    let tag = unique("slow");
    let tokenizer = pinned_tokenizer().await;
    let model = test_model(
        &tag,
        vec![source("drip=1500000", &tag)],
        vec![tokenizer.clone()],
    );
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    let started = js_sys::Date::now();
    run(&store, &model, &options()).await.unwrap();
    assert!(
        js_sys::Date::now() - started > 250.0,
        "the drip was honoured"
    );
    assert!(store.contains(&model, &tokenizer).await.unwrap());
}

#[wasm_bindgen_test]
async fn a_stalled_request_is_abandoned_and_retried() {
    let tag = unique("stall");
    let tokenizer = pinned_tokenizer().await;
    let model = test_model(
        &tag,
        vec![source("stall=200000,first=4", &tag)],
        vec![tokenizer.clone()],
    );
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    let mut reasons = Vec::new();
    download::download(
        &store,
        &model,
        &options(),
        &CancelToken::new(),
        &mut |event| {
            if let DownloadEvent::Retrying { reason, .. } = event {
                reasons.push(reason);
            }
        },
    )
    .await
    .unwrap();
    assert_eq!(reasons.len(), 1, "{reasons:?}");
    assert!(
        reasons[0].contains("no data arrived for 1.0 s"),
        "{reasons:?}"
    );
    assert!(store.contains(&model, &tokenizer).await.unwrap());
}

#[wasm_bindgen_test]
async fn a_server_ignoring_ranges_costs_one_streamed_get() {
    let tag = unique("norange");
    let tokenizer = pinned_tokenizer().await;
    let model = test_model(&tag, vec![source("norange", &tag)], vec![tokenizer.clone()]);
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    run(&store, &model, &options()).await.unwrap();
    let log = log_for(&tag).await;
    assert_eq!(log.len(), 1, "{log:?}");
    assert_eq!(log[0].status, 200);
    assert!(store.contains(&model, &tokenizer).await.unwrap());

    // Resuming against such a server skips the stored bytes of the one stream.
    let tag = unique("norange-resume");
    let ranged = source("", &tag);
    let model = test_model(&tag, vec![ranged], vec![tokenizer.clone()]);
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    let token = CancelToken::new();
    let result = download::download(&store, &model, &options(), &token, &mut |event| {
        if let DownloadEvent::ShardStored { index: 2, .. } = event {
            token.cancel();
        }
    })
    .await;
    assert!(matches!(result, Err(StoreError::Cancelled { .. })));
    let mut resumed = model.clone();
    resumed.sources = vec![source("norange", &format!("{tag}-whole"))];
    run(&store, &resumed, &options()).await.unwrap();
    assert_eq!(log_for(&format!("{tag}-whole")).await.len(), 1);
    let bytes = store.read_verified(&resumed, &tokenizer).await.unwrap();
    assert_eq!(bytes, verified_bytes("tokenizer.json").await);
}

#[wasm_bindgen_test]
async fn wrong_lengths_are_caught() {
    let tokenizer = pinned_tokenizer().await;
    // A Content-Length 10 bytes short: the body ends early every time; the next source wins.
    let tag = unique("lendelta");
    let sources = vec![
        source("lendelta=-10", &tag),
        source("", &format!("{tag}-ok")),
    ];
    let model = test_model(&tag, sources, vec![tokenizer.clone()]);
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    run(&store, &model, &options()).await.unwrap();
    let state = &store.file_states(&model).await.unwrap()[0];
    assert!(state.verified);
    assert!(
        state.rejections[0].reason.contains("bytes short"),
        "{:?}",
        state.rejections
    );

    // A server whose copy is shorter answers with another range: the source is dropped.
    let tag = unique("short");
    let model = test_model(
        &tag,
        vec![source("short=1000", &tag)],
        vec![tokenizer.clone()],
    );
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    let error = run(&store, &model, &options())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("answered a request for bytes 0-65535 with bytes 0-999/1000"),
        "{error}"
    );
    assert!(!store.contains(&model, &tokenizer).await.unwrap());
}

#[wasm_bindgen_test]
async fn a_quota_error_mid_download_keeps_what_was_verified() {
    let tag = unique("quota");
    let config = minilm().file("config.json").unwrap().clone();
    let tokenizer = pinned_tokenizer().await;
    let model = test_model(
        &tag,
        vec![source("", &tag)],
        vec![config.clone(), tokenizer.clone()],
    );
    let store = fresh_store(&format!("candor-test-{tag}")).await;
    let armed = Cell::new(false);
    let error = download::download(
        &store,
        &model,
        &options(),
        &CancelToken::new(),
        &mut |event| {
            if let DownloadEvent::ShardStored { path, index: 1, .. } = event
                && path == "tokenizer.json"
                && !armed.replace(true)
            {
                store.fail_next_write_with_quota_error();
            }
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        error,
        StoreError::QuotaExceeded {
            model_id: model.id.clone(),
            path: "tokenizer.json".into()
        }
    );
    assert!(
        error.to_string().starts_with(&format!(
            "not enough browser storage to save {}/tokenizer.json",
            model.id
        )),
        "{error}"
    );
    // The verified file is intact; the shards stored before the failure are kept for resume,
    // the failed one left nothing behind.
    let bytes = store.read_verified(&model, &config).await.unwrap();
    assert_eq!(bytes, verified_bytes("config.json").await);
    let state = &store.file_states(&model).await.unwrap()[1];
    assert_eq!((state.verified, state.stored_bytes), (false, 2 * SHARD));
    run(&store, &model, &options()).await.unwrap();
    assert!(store.contains(&model, &tokenizer).await.unwrap());
}

#[wasm_bindgen_test]
async fn a_record_damaged_after_verification_is_caught_on_load_and_refetched_alone() {
    let tag = unique("damaged");
    let config = minilm().file("config.json").unwrap().clone();
    let tokenizer = pinned_tokenizer().await;
    let model = test_model(
        &tag,
        vec![source("", &tag)],
        vec![config.clone(), tokenizer.clone()],
    );
    let name = format!("candor-test-{tag}");
    let store = fresh_store(&name).await;
    run(&store, &model, &options()).await.unwrap();
    drop(store);

    // Flip one stored byte of shard 5 of the tokenizer, behind the store's back.
    flip_stored_byte(&name, shard_key(&model, &tokenizer, 5), 77).await;
    let store = ModelStore::open_named(&name).await.unwrap();
    let error = store.load(&model).await.unwrap_err();
    let StoreError::Damaged { path, reason, .. } = &error else {
        panic!("{error}")
    };
    assert_eq!(path, "tokenizer.json");
    assert!(reason.starts_with("shard 5 hashes to"), "{reason}");
    // Reported as missing, never loaded; only the damaged shard is gone.
    let state = &store.file_states(&model).await.unwrap()[1];
    assert_eq!((state.verified, state.shards_stored), (false, 7));
    assert!(matches!(
        store.load(&model).await,
        Err(StoreError::NotStored { .. })
    ));
    let before = log_for(&tag).await.len();
    run(&store, &model, &options()).await.unwrap();
    let refetched: Vec<Option<String>> = log_for(&tag).await[before..]
        .iter()
        .map(|e| e.range.clone())
        .collect();
    assert_eq!(refetched, [Some(shard_range(5, tokenizer.bytes))]);
    store.load(&model).await.unwrap();

    // A file without shard pins is re-hashed whole; damage removes all of it.
    drop(store);
    flip_stored_byte(&name, shard_key(&model, &config, 0), 10).await;
    let store = ModelStore::open_named(&name).await.unwrap();
    let checks = store.check(&model).await.unwrap();
    assert!(matches!(checks[0].result, Err(StoreError::Damaged { .. })));
    assert!(checks[1].result.is_ok());
    assert_eq!(store.file_states(&model).await.unwrap()[0].stored_bytes, 0);
}

#[wasm_bindgen_test]
async fn version_1_records_are_migrated_and_reverified() {
    let name = format!("candor-test-{}", unique("v1"));
    delete_database(&name).await;
    let model = minilm();
    let config = model.file("config.json").unwrap();
    let tokenizer = model.file("tokenizer.json").unwrap();
    for (file, mut bytes) in [
        (config, verified_bytes("config.json").await),
        (tokenizer, verified_bytes("tokenizer.json").await),
    ] {
        if file.path == "tokenizer.json" {
            // Version 1 kept this record although it was damaged later.
            bytes[1000] ^= 0x01;
        }
        let key = format!("{}@{}/{}", model.id, model.revision, file.path);
        let array = Uint8Array::from(bytes.as_slice());
        put_v1(
            &name,
            &key,
            &model.id,
            &model.revision,
            &file.path,
            &file.sha256,
            array,
        )
        .await;
    }

    let store = ModelStore::open_named(&name).await.unwrap();
    let layout = describe(&name).await.as_string().unwrap();
    assert_eq!(
        layout,
        r#"{"version":2,"stores":["files","shards","vectors"]}"#
    );
    assert!(store.contains(&model, config).await.unwrap());
    let bytes = store.read_verified(&model, config).await.unwrap();
    assert_eq!(bytes, verified_bytes("config.json").await);
    // The damaged record was migrated as it was, and is caught when read.
    assert!(matches!(
        store.read_verified(&model, tokenizer).await,
        Err(StoreError::Damaged { .. })
    ));
    assert!(!store.contains(&model, tokenizer).await.unwrap());
}

#[wasm_bindgen_test]
async fn an_old_tab_blocking_the_upgrade_gets_a_clear_error() {
    let name = format!("candor-test-{}", unique("blocked"));
    delete_database(&name).await;
    hold_open(&name, 1).await;
    let error = ModelStore::open_named(&name).await.err().unwrap();
    assert_eq!(error, StoreError::UpgradeBlocked);
    assert!(error.to_string().contains("close other Candor tabs"));
    release_held();
    // Once the old tab is gone the upgrade goes through.
    let mut store = None;
    for _ in 0..50 {
        if let Ok(opened) = ModelStore::open_named(&name).await {
            store = Some(opened);
            break;
        }
        sleep(50).await;
    }
    assert!(store.is_some(), "the upgrade never went through");
}

#[wasm_bindgen_test]
async fn a_newer_version_elsewhere_closes_this_connection_instead_of_blocking() {
    let name = format!("candor-test-{}", unique("versionchange"));
    let store = fresh_store(&name).await;
    let model = minilm();
    let blocked = open_newer_version(&name, 3).await;
    assert_eq!(
        blocked,
        JsValue::FALSE,
        "this connection blocked the upgrade"
    );
    assert!(store.is_closed());
    let error = store.file_states(&model).await.unwrap_err();
    assert_eq!(error, StoreError::StoreClosed);
    assert!(error.to_string().contains("reload this page"));
    drop(store);
    assert!(matches!(
        ModelStore::open_named(&name).await,
        Err(StoreError::StoreClosed)
    ));
    delete_database(&name).await;
}

#[wasm_bindgen_test]
async fn one_model_is_downloaded_by_one_tab_at_a_time() {
    let tag = unique("exclusive");
    let weights = minilm().file("model.safetensors").unwrap().clone();
    let model = test_model(&tag, vec![source("drip=500000", &tag)], vec![weights]);
    let store = Rc::new(fresh_store(&format!("candor-test-{tag}")).await);
    let token = CancelToken::new();
    let finished = Rc::new(Cell::new(false));
    {
        let (store, model, token, finished) = (
            store.clone(),
            model.clone(),
            token.clone(),
            finished.clone(),
        );
        wasm_bindgen_futures::spawn_local(async move {
            let _ = download::download(&store, &model, &options(), &token, &mut |_| {}).await;
            finished.set(true);
        });
    }
    sleep(200).await;
    let error = run(&store, &model, &options()).await.unwrap_err();
    assert_eq!(
        error,
        StoreError::DownloadInOtherTab {
            model_id: model.id.clone()
        }
    );
    token.cancel();
    while !finished.get() {
        sleep(20).await;
    }
}

#[wasm_bindgen_test]
async fn stale_vectors_are_never_returned() {
    let store = fresh_store(&format!("candor-test-{}", unique("vectors"))).await;
    let lock = ModelLock::bundled();
    let model = lock.model("all-minilm-l6-v2").unwrap();
    let current = VectorProvenance::for_text(
        model,
        &lock.lock_hash(),
        None,
        PipelineVersions::CURRENT,
        "Rust engineer",
    )
    .unwrap();
    let vector = vec![0.5f32; 384];
    store.put_vector("job-1", &current, &vector).await.unwrap();
    assert_eq!(
        store.get_vector("job-1", &current).await.unwrap(),
        Some(vector.clone())
    );
    let mut newer_chunker = current.clone();
    newer_chunker.chunker_version += 1;
    assert_eq!(
        store.get_vector("job-1", &newer_chunker).await.unwrap(),
        None
    );
    // The stale vector was deleted, not kept around.
    assert_eq!(store.get_vector("job-1", &current).await.unwrap(), None);
    assert!(store.vector_provenances().await.unwrap().is_empty());
}
