//! The worker's matching pipeline in a real headless Chromium dedicated worker: the Qwen3 pair
//! (the tiny random-weight checkpoints of `tests/fixtures/qwen3/`, pinned by a lock this test
//! writes, fetched from the fixtures server `.ci/wasm-tests.sh` starts, verified and stored in a
//! real IndexedDB) embeds and reranks; the job vector cache makes the second match compute
//! nothing; a cancel between batches keeps what was computed; with no model the deterministic
//! signals still rank.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};

use candor_core::domain::{Date, JobPosting};
use candor_core::hybrid::SignalKind;
use candor_core::preferences::{JobFilters, Preferences};
use candor_core::samples::sample_jobs;
use candor_lock::ModelLock;
use candor_store::fetch::SourcePolicy;
use candor_store::idb::ModelStore;
use candor_worker::pipeline::{
    self, EMBED_BATCH, LoadedEmbedder, LoadedReranker, MatchError, Matcher, Person, Progress,
    choose_mode,
};
use candor_worker::protocol::{FIRST_CARDS, MatchReport, MatchStage, RuntimeMode};
use sha2::{Digest, Sha256};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

const FIXTURES: &str = match option_env!("CANDOR_TEST_FIXTURES") {
    Some(url) => url,
    None => "http://127.0.0.1:8094/",
};
const RESUME: &str = "Senior backend engineer. Eight years of Rust and Go building distributed \
    services: Tokio, gRPC, PostgreSQL, Kafka. Ran production Kubernetes clusters.";
const TOP_K: usize = 3;

/// Serves `tests/fixtures/qwen3/{dir}/` files; the mirror template is relative to [`FIXTURES`].
fn model_toml(id: &str, kind: &str, dir: &str, stored_dimension: u32, profile: &str) -> String {
    let file = |path: &str, bytes: &[u8]| {
        format!(
            "[[models.files]]\npath = \"{path}\"\nsha256 = \"{}\"\nbytes = {}\nrequired = true\n\n",
            hex::encode(Sha256::digest(bytes)),
            bytes.len()
        )
    };
    let (config, tokenizer, weights): (&[u8], &[u8], &[u8]) = match dir {
        "embedding" => (
            include_bytes!("../../../tests/fixtures/qwen3/embedding/config.json"),
            include_bytes!("../../../tests/fixtures/qwen3/embedding/tokenizer.json"),
            include_bytes!("../../../tests/fixtures/qwen3/embedding/model.safetensors"),
        ),
        _ => (
            include_bytes!("../../../tests/fixtures/qwen3/reranker/config.json"),
            include_bytes!("../../../tests/fixtures/qwen3/reranker/tokenizer.json"),
            include_bytes!("../../../tests/fixtures/qwen3/reranker/model.safetensors"),
        ),
    };
    let (pooling, normalization) = match kind {
        "embedding" => ("last-token", "l2"),
        _ => ("yes-no-logits", "none"),
    };
    format!(
        "[[models]]\nid = \"{id}\"\nrepo = \"candor-fixtures/{id}\"\n\
         revision = \"0000000000000000000000000000000000000001\"\nlicense = \"Apache-2.0\"\n\
         kind = \"{kind}\"\nbackend = \"candle-qwen3\"\nnative_dimension = 64\n\
         stored_dimension = {stored_dimension}\nmax_tokens = 512\ntokenizer_family = \"qwen2-bpe\"\n\
         pooling = \"{pooling}\"\nnormalization = \"{normalization}\"\ninstruction_support = true\n\
         sources = [\"qwen3/{dir}/{{path}}\"]\n\n{}{}{}\
         [[models.instruction_profiles]]\nid = \"{profile}\"\ninstruction = \"Judge the fit.\"\n\
         query_format = \"{}\"\nthresholds = {{ strong = 0.8, medium = 0.5, weak = 0.2 }}\n\n{}",
        file("config.json", config),
        file("tokenizer.json", tokenizer),
        file("model.safetensors", weights),
        match kind {
            "embedding" => "Instruct: {instruction}\\nQuery:{query}",
            _ => "<Instruct>: {instruction}\\n<Query>: {query}\\n<Document>: {document}",
        },
        match kind {
            "embedding" => "",
            _ => "[models.score]\nweight = 0.3\nrerank_top_k = 10\nvalidated = false\n\n",
        }
    )
}

/// A lock whose default pair are the tiny Qwen3 fixtures (the embedding one is the fallback
/// too: this test is about the pair).
fn fixture_lock() -> ModelLock {
    let toml = format!(
        "version = 1\n\n[defaults]\nembedding = \"tiny-embedding\"\nreranker = \"tiny-reranker\"\n\
         fallback = \"tiny-embedding\"\n\n{}{}",
        model_toml("tiny-embedding", "embedding", "embedding", 32, "job-search"),
        model_toml("tiny-reranker", "reranker", "reranker", 64, "job-fit"),
    );
    ModelLock::parse(&toml).expect("the fixture lock is valid")
}

/// 20 postings (more than two embedding batches): the samples, then variations of them.
fn jobs() -> Vec<JobPosting> {
    let samples = sample_jobs();
    (0..20)
        .map(|i| {
            let mut job = samples[i % samples.len()].clone();
            if i >= samples.len() {
                job.id = format!("{}-{i}", job.id);
                job.description = format!("{} Team {i}.", job.description);
            }
            job
        })
        .collect()
}

fn today() -> Date {
    Date::new(2026, 11, 25).unwrap()
}

async fn fresh_store(name: &str) -> ModelStore {
    ModelStore::delete_database(name).await.unwrap();
    ModelStore::open_named(name).await.unwrap()
}

async fn load_pair(store: &ModelStore, lock: &ModelLock) -> (LoadedEmbedder, LoadedReranker) {
    for model in &lock.models {
        store
            .download(model, FIXTURES, SourcePolicy::MirrorOnly, |_| {})
            .await
            .unwrap_or_else(|error| panic!("download {}: {error}", model.id));
    }
    let embedder = pipeline::load_embedder(store, lock.model("tiny-embedding").unwrap())
        .await
        .unwrap();
    let reranker = pipeline::load_reranker(store, lock.model("tiny-reranker").unwrap())
        .await
        .unwrap();
    (embedder, reranker)
}

/// Runs one match; `cancel_after` cancels once that many embedding progress events arrived.
async fn run(
    store: &ModelStore,
    lock: &ModelLock,
    models: (Option<&LoadedEmbedder>, Option<&LoadedReranker>),
    mode: RuntimeMode,
    cancel_after: Option<usize>,
    preferences: &Preferences,
) -> Outcome {
    let runs = Runs {
        store,
        lock,
        models,
        mode,
    };
    runs.run(&jobs(), cancel_after, preferences).await
}

/// A match's result, its progress events and the previews it showed (the final report's
/// first cards last, when they went ahead of it).
type Outcome = (
    Result<MatchReport, MatchError>,
    Vec<Progress>,
    Vec<MatchReport>,
);

/// What stays the same between the matches of one test.
struct Runs<'a> {
    store: &'a ModelStore,
    lock: &'a ModelLock,
    models: (Option<&'a LoadedEmbedder>, Option<&'a LoadedReranker>),
    mode: RuntimeMode,
}

impl Runs<'_> {
    async fn run(
        &self,
        jobs: &[JobPosting],
        cancel_after: Option<usize>,
        preferences: &Preferences,
    ) -> Outcome {
        let Runs {
            store,
            lock,
            models,
            mode,
        } = *self;
        let events = RefCell::new(Vec::new());
        let previews = RefCell::new(Vec::new());
        let mut preview = |report: MatchReport| previews.borrow_mut().push(report);
        let mut first_cards = |report: MatchReport| previews.borrow_mut().push(report);
        let cancel = Cell::new(false);
        let cancelled = || cancel.get();
        let mut progress = |event: Progress| {
            events.borrow_mut().push(event);
            let embedding_events = events
                .borrow()
                .iter()
                .filter(|e| e.stage == MatchStage::Embedding)
                .count();
            if cancel_after.is_some_and(|after| embedding_events >= after) {
                cancel.set(true);
            }
        };
        let lock_hash = lock.lock_hash();
        let mut matcher = Matcher {
            store,
            lock_hash: &lock_hash,
            mode,
            embedder: models.0,
            reranker: models.1,
            rerank_top_k: Some(TOP_K),
            cancelled: &cancelled,
            progress: &mut progress,
            preview: &mut preview,
            first_cards: &mut first_cards,
        };
        let person = Person {
            preferences,
            statuses: &[],
        };
        let result = matcher.run(RESUME, jobs, person, today()).await;
        (result, events.take(), previews.take())
    }
}

#[wasm_bindgen_test]
async fn the_best_cards_come_first_and_the_whole_preliminary_list_only_before_embedding() {
    let lock = fixture_lock();
    let store = fresh_store("candor-test-pipeline-previews").await;
    let (embedder, _reranker) = load_pair(&store, &lock).await;
    let runs = Runs {
        store: &store,
        lock: &lock,
        models: (Some(&embedder), None),
        mode: RuntimeMode::MiniLm,
    };
    let samples = sample_jobs();
    let many: Vec<JobPosting> = (0..FIRST_CARDS + 10)
        .map(|i| {
            let mut job = samples[i % samples.len()].clone();
            job.id = format!("{}-{i}", job.id);
            job.description = format!("{} Team {i}.", job.description);
            job
        })
        .collect();

    // Nothing cached: the best cards at once, then the whole cheap list before embedding,
    // and the final list's best cards ahead of it.
    let (first, _, previews) = runs.run(&many, None, &Preferences::default()).await;
    let first = first.unwrap();
    assert_eq!(first.vectors_computed as usize, many.len());
    let sizes: Vec<(usize, u32)> = previews.iter().map(|p| (p.matches.len(), p.more)).collect();
    assert_eq!(
        sizes,
        [(FIRST_CARDS, 10), (many.len(), 0), (FIRST_CARDS, 10)]
    );
    let preliminary: Vec<bool> = previews.iter().map(|p| p.preliminary).collect();
    assert_eq!(preliminary, [true, true, false]);
    assert_eq!(previews[0].matches[..], previews[1].matches[..FIRST_CARDS]);
    assert_eq!(previews[2].matches[..], first.matches[..FIRST_CARDS]);

    // Every vector cached: the cheap best cards, then the final ones, ahead of the final list.
    let (second, _, previews) = runs.run(&many, None, &Preferences::default()).await;
    let second = second.unwrap();
    assert_eq!(second.vectors_cached as usize, many.len());
    let sizes: Vec<(usize, u32)> = previews.iter().map(|p| (p.matches.len(), p.more)).collect();
    assert_eq!(sizes, [(FIRST_CARDS, 10), (FIRST_CARDS, 10)]);
    assert_eq!(previews[1].matches[..], second.matches[..FIRST_CARDS]);
}

#[wasm_bindgen_test]
fn the_mode_follows_what_is_verified() {
    let lock = ModelLock::bundled();
    let defaults = &lock.defaults;
    let all = |_: &str| true;
    assert_eq!(choose_mode(&lock, all), RuntimeMode::Qwen3Pair);
    let no_reranker = |id: &str| id != defaults.reranker;
    assert_eq!(choose_mode(&lock, no_reranker), RuntimeMode::MiniLm);
    let only_qwen3 = |id: &str| id != defaults.fallback;
    assert_eq!(choose_mode(&lock, only_qwen3), RuntimeMode::Qwen3Pair);
    let only_embedding = |id: &str| id == defaults.embedding;
    assert_eq!(
        choose_mode(&lock, only_embedding),
        RuntimeMode::Deterministic
    );
    assert_eq!(choose_mode(&lock, |_| false), RuntimeMode::Deterministic);
}

#[wasm_bindgen_test]
async fn the_qwen3_pair_embeds_caches_and_reranks_the_top() {
    let lock = fixture_lock();
    let store = fresh_store("candor-test-pipeline-pair").await;
    let (embedder, reranker) = load_pair(&store, &lock).await;
    let models = (Some(&embedder), Some(&reranker));
    let n = jobs().len() as u32;

    let (first, events, previews) = run(
        &store,
        &lock,
        models,
        RuntimeMode::Qwen3Pair,
        None,
        &Preferences::default(),
    )
    .await;
    let first = first.unwrap();
    // The cheap signals' ranking came first, whole and marked, with no model signal in it.
    assert_eq!(previews.len(), 1);
    assert!(previews[0].preliminary && !first.preliminary);
    assert_eq!(previews[0].matches.len(), n as usize);
    assert!(previews[0].matches.iter().all(|m| {
        m.combined
            .contributions
            .iter()
            .all(|c| c.kind != SignalKind::Dense && c.kind != SignalKind::Reranker)
    }));
    assert_eq!(first.mode, RuntimeMode::Qwen3Pair);
    assert_eq!(first.embedding_model.as_deref(), Some("tiny-embedding"));
    assert_eq!(first.reranker_model.as_deref(), Some("tiny-reranker"));
    assert_eq!((first.vectors_cached, first.vectors_computed), (0, n));
    assert_eq!(first.matches.len(), n as usize);
    let embedding: Vec<u32> = events
        .iter()
        .filter(|e| e.stage == MatchStage::Embedding)
        .map(|e| e.done)
        .collect();
    assert_eq!(
        embedding,
        [0, 8, 16, 20],
        "progress after the cache and each batch"
    );
    assert_eq!(EMBED_BATCH, 8);
    let last_reranking = events
        .iter()
        .rev()
        .find(|e| e.stage == MatchStage::Reranking);
    assert_eq!(last_reranking.map(|e| (e.done, e.total)), Some((3, 3)));

    // The reranked postings lead, and only they carry a reranker signal.
    assert_eq!(first.reranked_job_ids.len(), TOP_K);
    for (position, explained) in first.matches.iter().enumerate() {
        let has_reranker = explained
            .combined
            .contributions
            .iter()
            .any(|c| c.kind == SignalKind::Reranker);
        assert_eq!(has_reranker, position < TOP_K, "{}", explained.job_id);
        assert_eq!(
            first.reranked_job_ids.contains(&explained.job_id),
            position < TOP_K
        );
        assert_eq!(explained.reranked, position < TOP_K);
        let has_dense = explained
            .combined
            .contributions
            .iter()
            .any(|c| c.kind == SignalKind::Dense);
        assert!(has_dense, "every posting has a dense signal");
    }

    // Nothing is embedded twice: the second match reads every job vector from IndexedDB and
    // ranks identically.
    let (second, _, _) = run(
        &store,
        &lock,
        models,
        RuntimeMode::Qwen3Pair,
        None,
        &Preferences::default(),
    )
    .await;
    let second = second.unwrap();
    assert_eq!((second.vectors_cached, second.vectors_computed), (n, 0));
    assert_eq!(second.matches, first.matches);
}

#[wasm_bindgen_test]
async fn a_cancel_between_batches_keeps_the_computed_vectors() {
    let lock = fixture_lock();
    let store = fresh_store("candor-test-pipeline-cancel").await;
    let (embedder, _reranker) = load_pair(&store, &lock).await;
    let models = (Some(&embedder), None);

    // Cancel after the cache read and the first batch.
    let (cancelled, _, _) = run(
        &store,
        &lock,
        models,
        RuntimeMode::MiniLm,
        Some(2),
        &Preferences::default(),
    )
    .await;
    assert_eq!(
        cancelled.unwrap_err(),
        MatchError::Cancelled {
            vectors_computed: EMBED_BATCH as u32
        }
    );
    let (resumed, _, _) = run(
        &store,
        &lock,
        models,
        RuntimeMode::MiniLm,
        None,
        &Preferences::default(),
    )
    .await;
    let resumed = resumed.unwrap();
    assert_eq!(resumed.vectors_cached, EMBED_BATCH as u32);
    assert_eq!(
        resumed.vectors_computed,
        jobs().len() as u32 - EMBED_BATCH as u32
    );
}

#[wasm_bindgen_test]
async fn without_a_model_the_deterministic_signals_rank() {
    let lock = fixture_lock();
    let store = fresh_store("candor-test-pipeline-none").await;
    let (report, events, previews) = run(
        &store,
        &lock,
        (None, None),
        RuntimeMode::Deterministic,
        None,
        &Preferences::default(),
    )
    .await;
    let report = report.unwrap();
    assert!(previews.is_empty(), "nothing to refine, so no preview");
    assert_eq!(report.mode, RuntimeMode::Deterministic);
    assert_eq!(report.embedding_model, None);
    assert!(events.is_empty());
    assert_eq!(report.matches[0].job_id, "sample-rust-backend");
    for explained in &report.matches {
        assert!(
            explained
                .combined
                .contributions
                .iter()
                .all(|c| c.kind != SignalKind::Dense && c.kind != SignalKind::Reranker)
        );
    }
}

#[wasm_bindgen_test]
async fn filtered_postings_are_listed_not_embedded_and_not_ranked() {
    let lock = fixture_lock();
    let store = fresh_store("candor-test-pipeline-filters").await;
    let (embedder, _reranker) = load_pair(&store, &lock).await;
    let preferences = Preferences {
        filters: JobFilters {
            blocked_companies: vec!["maison beurre".into(), "Northline Distribution".into()],
            ..JobFilters::default()
        },
        ..Preferences::default()
    };
    let blocked = |job: &JobPosting| {
        matches!(
            job.company.as_str(),
            "Maison Beurre" | "Northline Distribution"
        )
    };
    let n_blocked = jobs().iter().filter(|job| blocked(job)).count();
    assert!(n_blocked >= 4, "the fixture has postings of both companies");

    let (report, _, previews) = run(
        &store,
        &lock,
        (Some(&embedder), None),
        RuntimeMode::MiniLm,
        None,
        &preferences,
    )
    .await;
    let report = report.unwrap();
    assert_eq!(report.left_out.len(), n_blocked);
    assert_eq!(report.vectors_computed as usize, jobs().len() - n_blocked);
    assert_eq!(report.matches.len(), jobs().len() - n_blocked);
    let left_out: Vec<&str> = report
        .left_out
        .iter()
        .map(|job| job.job_id.as_str())
        .collect();
    assert!(
        report
            .matches
            .iter()
            .all(|m| !left_out.contains(&m.job_id.as_str()))
    );
    assert!(report.left_out[0].reason.describe().ends_with("is blocked"));
    assert_eq!(
        previews[0].left_out, report.left_out,
        "the preview lists them too"
    );
}
