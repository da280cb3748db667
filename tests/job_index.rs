//! `candor index` with the staged MiniLM: an index built from postings files ranks a resume as
//! ranking those postings directly does (the postings' vectors come from the index, only the
//! resume is embedded), its int8 vectors move no score by more than a hundredth, and building
//! twice writes the same bytes. The same with the tiny random-weight Qwen3 embedding, whose
//! resume side is embedded under the search instruction: the code path real Qwen3 weights take.

use std::path::{Path, PathBuf};

use candor_cli::job_index::{self, BuildRequest};
use candor_core::domain::{Date, JobPosting};
use candor_core::matching::{ExplainedMatch, rank_explained};
use candor_job_index::{PublishedIndex, VectorKind};
use candor_lock::ModelLock;
use candor_tests::{TinyQwen3, site, workspace_root};

const NURSE: &str = "Registered Nurse (RN licence), BLS certified.\nExperience\n\
    Staff Nurse, Providence Medical-Surgical Unit  Jan 2019 - Present\n\
    Direct patient care on a 32-bed med-surg unit: assessments, medication administration, \
    wound care, discharge teaching with patients and families. Epic charting.";

fn created() -> Date {
    Date::new(2026, 12, 7).unwrap()
}

/// Builds an index of the bundled samples and the e2e postings, 4 per shard, into a fresh directory.
fn build_into(name: &str) -> (PathBuf, String) {
    build_with(name, &ModelLock::bundled(), &site(), "all-minilm-l6-v2")
}

/// [`build_into`] with `model_id` of `lock`, read from the mirror under `site`.
fn build_with(name: &str, lock: &ModelLock, site: &Path, model_id: &str) -> (PathBuf, String) {
    let out = std::env::temp_dir().join(format!("candor-index-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let root = workspace_root();
    let jobs = [
        root.join("crates/candor-core/data/sample_jobs.json"),
        root.join("e2e/fixtures/jobs.json"),
    ];
    let request = BuildRequest {
        site,
        model_id,
        jobs: &jobs,
        name: "Test postings",
        version: 1,
        created: created(),
        postings_per_shard: Some(4),
        out: &out,
    };
    let report = job_index::build(lock, &request).unwrap();
    // The e2e file's fourth item has no title, and one of its postings is also a sample's.
    assert_eq!(report.postings, 8, "{:?}", report.import_notes);
    assert_eq!(report.import_notes.len(), 1);
    assert!(report.import_notes[0].ends_with("item 4: no title"));
    (out, report.manifest_sha256)
}

/// `NURSE` ranked over every posting of `opened` with `model_id`, and those postings.
fn rank_opened(
    lock: &ModelLock,
    site: &Path,
    model_id: &str,
    opened: &PublishedIndex,
) -> (Vec<ExplainedMatch>, Vec<JobPosting>) {
    let ranked = job_index::rank(lock, site, model_id, opened, NURSE, 1000, created())
        .unwrap()
        .matches;
    let postings = opened
        .jobs
        .jobs()
        .iter()
        .map(|job| job.job.clone())
        .collect();
    (ranked, postings)
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn an_index_ranks_a_resume_as_its_postings_do_and_int8_stays_close() {
    let lock = ModelLock::bundled();
    let (dir, pin) = build_into("rank");
    let opened = job_index::open(&lock, "all-minilm-l6-v2", &dir, &pin, VectorKind::F32).unwrap();
    let (from_index, postings) = rank_opened(&lock, &site(), "all-minilm-l6-v2", &opened);
    let model = lock.model("all-minilm-l6-v2").unwrap();
    let embedder = candor_cli::load_minilm(&site(), model).unwrap();
    let direct = rank_explained(Some(&embedder), NURSE, &postings, created()).unwrap();

    let summary = |matches: &[candor_core::matching::ExplainedMatch]| -> Vec<(String, f32)> {
        matches
            .iter()
            .map(|found| (found.job_id.clone(), found.score))
            .collect()
    };
    let (from_index, direct) = (summary(&from_index), summary(&direct));
    assert_eq!(from_index.len(), 8);
    assert_eq!(
        from_index.iter().map(|m| &m.0).collect::<Vec<_>>(),
        direct.iter().map(|m| &m.0).collect::<Vec<_>>()
    );
    for ((id, indexed), (_, ranked)) in from_index.iter().zip(&direct) {
        assert!(
            (indexed - ranked).abs() < 1e-4,
            "{id}: {indexed} from the index, {ranked} ranked directly"
        );
    }
    let best = opened
        .jobs
        .jobs()
        .iter()
        .find(|job| job.job.id == from_index[0].0)
        .unwrap();
    assert_eq!(best.job.title, "Registered Nurse, Medical-Surgical Unit");

    let int8 = job_index::open(&lock, "all-minilm-l6-v2", &dir, &pin, VectorKind::Int8).unwrap();
    let from_int8 = job_index::rank(
        &lock,
        &site(),
        "all-minilm-l6-v2",
        &int8,
        NURSE,
        1000,
        created(),
    )
    .unwrap()
    .matches;
    for found in &from_int8 {
        let exact = from_index
            .iter()
            .find(|(id, _)| *id == found.job_id)
            .unwrap()
            .1;
        assert!(
            (found.score - exact).abs() < 0.01,
            "{}: {} int8, {exact} f32",
            found.job_id,
            found.score
        );
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn building_twice_writes_the_same_bytes_and_a_changed_file_is_refused() {
    let (first, pin) = build_into("first");
    let (second, second_pin) = build_into("second");
    assert_eq!(pin, second_pin);
    assert_eq!(files(&first), files(&second));

    let lock = ModelLock::bundled();
    let vectors = second.join("vectors-f32-00001.bin");
    let mut bytes = std::fs::read(&vectors).unwrap();
    bytes[0] ^= 0x80;
    std::fs::write(&vectors, bytes).unwrap();
    let error = job_index::open(&lock, "all-minilm-l6-v2", &second, &pin, VectorKind::F32)
        .err()
        .unwrap();
    assert!(
        error
            .to_string()
            .contains("vectors-f32-00001.bin does not match its SHA-256"),
        "{error}"
    );
    // int8 readers do not read the f32 file, so they still open the index.
    assert!(job_index::open(&lock, "all-minilm-l6-v2", &second, &pin, VectorKind::Int8).is_ok());
    for dir in [first, second] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

/// The tiny random-weight Qwen3 embedding, pinned in a test lock with a search instruction.
const TINY_EMBEDDING: TinyQwen3 = TinyQwen3 {
    fixture: "embedding",
    id: "tiny-embedding",
    kind_lines: "kind = \"embedding\"\npooling = \"last-token\"\nnormalization = \"l2\"",
    after_files: "[[models.instruction_profiles]]\nid = \"job-search\"\n\
        instruction = \"Given a candidate profile, retrieve jobs that match.\"\n\
        query_format = \"Instruct: {instruction}\\nQuery:{query}\"\n\
        thresholds = { strong = 0.76, medium = 0.60, weak = 0.42 }",
};

#[test]
fn a_qwen3_embedding_builds_an_index_that_ranks_as_its_postings_do() {
    let site = TINY_EMBEDDING.site("qwen3-embedding-site");
    let lock = TINY_EMBEDDING.lock(
        "embedding = \"tiny-embedding\"\nreranker = \"qwen3-reranker-0.6b\"\n\
         fallback = \"all-minilm-l6-v2\"",
    );
    let (dir, pin) = build_with("qwen3", &lock, &site, "tiny-embedding");
    let opened = job_index::open(&lock, "tiny-embedding", &dir, &pin, VectorKind::F32).unwrap();
    assert_eq!(opened.manifest.model.model_id, "tiny-embedding");
    assert_eq!(opened.manifest.model.dimension, 64);
    // An index of one model is refused for another, saying so.
    let Err(refused) = job_index::open(&lock, "all-minilm-l6-v2", &dir, &pin, VectorKind::F32)
    else {
        panic!("a tiny-embedding index opened for MiniLM");
    };
    assert!(
        refused.to_string().contains("built with tiny-embedding"),
        "{refused}"
    );

    let (from_index, postings) = rank_opened(&lock, &site, "tiny-embedding", &opened);
    let direct = candor_cli::rank(&lock, &site, "tiny-embedding", NURSE, &postings)
        .unwrap()
        .matches;
    assert_eq!(from_index.len(), 8);
    assert_eq!(direct.len(), 8);
    for (indexed, ranked) in from_index.iter().zip(&direct) {
        assert_eq!(indexed.job_id, ranked.job_id);
        assert!(
            (indexed.score - ranked.score).abs() < 1e-4,
            "{}: {} from the index, {} ranked directly",
            indexed.job_id,
            indexed.score,
            ranked.score
        );
    }

    // The resume is the query side: embedded under the instruction, not as a posting is.
    let model = lock.model("tiny-embedding").unwrap();
    let embedder = candor_cli::load_embedder(&site, model).unwrap();
    let as_query = embedder.embed_query(NURSE).unwrap();
    let as_document = embedder.embed_documents(&[NURSE]).unwrap().swap_remove(0);
    assert_eq!(as_query.len(), 64);
    let cosine: f32 = as_query.iter().zip(&as_document).map(|(a, b)| a * b).sum();
    assert!(
        cosine < 0.999,
        "the instruction changed nothing: cosine {cosine}"
    );

    let (again, again_pin) = build_with("qwen3-again", &lock, &site, "tiny-embedding");
    assert_eq!(pin, again_pin);
    assert_eq!(files(&dir), files(&again));
    for path in [dir, again, site] {
        std::fs::remove_dir_all(path).unwrap();
    }
}
