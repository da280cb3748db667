//! A published index built from the bundled sample postings, with made-up unit vectors (the
//! format does not care where vectors come from; `tests/job_index.rs` uses MiniLM): built byte
//! for byte the same twice, read back exactly, and refused whole when anything is off.

use candor_core::dense::VectorMatrix;
use candor_core::domain::{Date, JobPosting};
use candor_core::matching::JobIndex;
use candor_core::samples::sample_jobs;
use candor_core::skills::bundled;
use candor_job_index::build::BuiltIndex;
use candor_job_index::manifest::Manifest;
use candor_job_index::{
    BuildInput, Expected, IndexError, ModelStamp, PublishedIndex, ShardKind, VectorKind, build,
    open,
};
use candor_lock::ModelLock;
use candor_lock::digest::sha256_hex;

const DIMENSION: usize = 384;

fn stamp() -> ModelStamp {
    let lock = ModelLock::bundled();
    let minilm = lock.model("all-minilm-l6-v2").expect("MiniLM is pinned");
    ModelStamp::for_documents(minilm, &lock.lock_hash())
}

/// Made-up unit vectors, one per posting, the same on every run.
fn vectors_for(postings: &[JobPosting]) -> VectorMatrix {
    let rows: Vec<Vec<f32>> = postings
        .iter()
        .map(|job| {
            let seed = sha256_hex(job.id.as_bytes());
            let row: Vec<f32> = (0..DIMENSION)
                .map(|idx| {
                    let byte = u8::from_str_radix(&seed[(idx * 2) % 64..(idx * 2) % 64 + 2], 16);
                    (f32::from(byte.unwrap()) - 127.5) * ((idx % 7) as f32 + 1.0)
                })
                .collect();
            let norm = row.iter().map(|value| value * value).sum::<f32>().sqrt();
            row.iter().map(|value| value / norm).collect()
        })
        .collect();
    VectorMatrix::from_rows(DIMENSION, &rows).unwrap()
}

fn built(version: u64, postings_per_shard: usize) -> (Vec<JobPosting>, VectorMatrix, BuiltIndex) {
    let postings = sample_jobs();
    let vectors = vectors_for(&postings);
    let input = BuildInput {
        name: "Sample postings",
        version,
        created: Date::new(2026, 12, 7).unwrap(),
        model: stamp(),
        postings: &postings,
        vectors: &vectors,
        postings_per_shard,
    };
    let index = build(&input, bundled()).unwrap();
    (postings, vectors, index)
}

fn file(index: &BuiltIndex, path: &str) -> Result<Vec<u8>, String> {
    index
        .files
        .iter()
        .find(|(name, _)| name == path)
        .map(|(_, bytes)| bytes.clone())
        .ok_or_else(|| format!("{path} is not there"))
}

fn open_built(
    index: &BuiltIndex,
    newest_seen: Option<u64>,
    vectors: VectorKind,
) -> Result<PublishedIndex, IndexError> {
    let stamp = stamp();
    let expected = Expected {
        pin: &index.manifest_sha256(),
        model: &stamp,
        newest_seen,
        vectors,
    };
    open(&index.manifest_bytes, &expected, bundled(), |shard| {
        file(index, &shard.path)
    })
}

/// `index` with its manifest changed by `edit` (and re-pinned, as a publisher would).
fn with_manifest(index: &BuiltIndex, edit: impl FnOnce(&mut Manifest)) -> BuiltIndex {
    let mut manifest = index.manifest.clone();
    edit(&mut manifest);
    BuiltIndex {
        manifest_bytes: manifest.to_bytes(),
        manifest,
        files: index.files.clone(),
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let (_, _, first) = built(1, 2);
    let (_, _, second) = built(1, 2);
    assert_eq!(first.manifest_bytes, second.manifest_bytes);
    assert_eq!(first.files, second.files);
    assert_eq!(first.manifest_sha256(), second.manifest_sha256());
    // Three postings shards of 2 (6 samples), each with its two vector shards, and BM25.
    assert_eq!(first.files.len(), 3 * 3 + 1);
}

#[test]
fn an_index_reads_back_as_the_postings_it_was_built_from() {
    let (postings, vectors, index) = built(1, 4);
    let opened = open_built(&index, None, VectorKind::F32).unwrap();
    assert_eq!(opened.vectors, vectors);
    assert_eq!(opened.manifest_sha256, index.manifest_sha256());
    let fresh = JobIndex::new(postings.clone(), bundled());
    let ids = |index: &JobIndex| -> Vec<String> {
        index.jobs().iter().map(|job| job.job.id.clone()).collect()
    };
    assert_eq!(ids(&opened.jobs), ids(&fresh));
    assert_eq!(opened.jobs.texts(), fresh.texts());
    let query = "registered nurse icu rust kubernetes";
    assert_eq!(opened.jobs.bm25_scores(query), fresh.bm25_scores(query));
    // The stored preparations are the ones an import makes.
    for (read, made) in opened.jobs.jobs().iter().zip(fresh.jobs()) {
        assert_eq!(
            serde_json::to_value(read).unwrap(),
            serde_json::to_value(made).unwrap()
        );
    }
}

#[test]
fn int8_vectors_stay_within_a_hundredth_of_a_cosine() {
    let (_, vectors, index) = built(1, 4);
    let opened = open_built(&index, None, VectorKind::Int8).unwrap();
    let query = vectors.row(0);
    let (mut exact, mut approximate) = (Vec::new(), Vec::new());
    vectors.scores_into(query, &mut exact);
    opened.vectors.scores_into(query, &mut approximate);
    for (exact, approximate) in exact.iter().zip(&approximate) {
        assert!(
            (exact - approximate).abs() < 0.01,
            "{exact} vs {approximate}"
        );
    }
}

#[test]
fn a_changed_shard_is_refused_by_name() {
    let (_, _, index) = built(1, 4);
    for kind in [ShardKind::Postings, ShardKind::VectorsF32, ShardKind::Bm25] {
        let mut tampered = with_manifest(&index, |_| {});
        let path = index.manifest.shards_of(kind).next().unwrap().path.clone();
        let (_, bytes) = tampered
            .files
            .iter_mut()
            .find(|(name, _)| *name == path)
            .unwrap();
        bytes[10] ^= 1;
        let error = open_built(&tampered, None, VectorKind::F32).err().unwrap();
        assert!(
            matches!(&error, IndexError::Shard { path: named, .. } if *named == path),
            "{error}"
        );
        assert!(error.to_string().contains("SHA-256"), "{error}");
    }
}

#[test]
fn a_cut_or_missing_shard_is_refused() {
    let (_, _, index) = built(1, 4);
    let mut cut = with_manifest(&index, |_| {});
    cut.files[0].1.pop();
    let error = open_built(&cut, None, VectorKind::F32).err().unwrap();
    assert!(error.to_string().contains("bytes, not the"), "{error}");

    let mut missing = with_manifest(&index, |_| {});
    missing.files.retain(|(name, _)| name != "bm25.bin");
    let error = open_built(&missing, None, VectorKind::F32).err().unwrap();
    assert!(error.to_string().contains("could not be read"), "{error}");
}

#[test]
fn the_manifest_must_match_its_pin() {
    let (_, _, index) = built(1, 4);
    let stamp = stamp();
    let pin = index.manifest_sha256();
    let mut changed = index.manifest_bytes.clone();
    changed.extend_from_slice(b" ");
    let expected = Expected {
        pin: &pin,
        model: &stamp,
        newest_seen: None,
        vectors: VectorKind::F32,
    };
    let error = open(&changed, &expected, bundled(), |shard| {
        file(&index, &shard.path)
    })
    .err()
    .unwrap();
    assert!(
        matches!(error, IndexError::ManifestPinMismatch { .. }),
        "{error}"
    );
    let expected = Expected {
        pin: "not a hash",
        ..expected
    };
    let error = open(&index.manifest_bytes, &expected, bundled(), |shard| {
        file(&index, &shard.path)
    })
    .err()
    .unwrap();
    assert_eq!(error, IndexError::BadPin);
}

#[test]
fn an_older_version_than_the_one_held_is_refused() {
    let (_, _, index) = built(3, 4);
    assert!(open_built(&index, Some(3), VectorKind::F32).is_ok());
    assert!(open_built(&index, Some(2), VectorKind::F32).is_ok());
    let error = open_built(&index, Some(4), VectorKind::F32).err().unwrap();
    assert_eq!(
        error,
        IndexError::Rollback {
            offered: 3,
            newest_seen: 4
        }
    );
}

#[test]
fn an_index_from_another_model_or_lock_says_which_model_to_get() {
    let (_, _, index) = built(1, 4);
    let other = with_manifest(&index, |manifest| {
        manifest.model.revision = "0".repeat(40);
        manifest.model.lock_hash = "1".repeat(64);
    });
    let error = open_built(&other, None, VectorKind::F32).err().unwrap();
    let message = error.to_string();
    assert!(matches!(error, IndexError::WrongModel { .. }), "{message}");
    assert!(message.contains("all-minilm-l6-v2"), "{message}");
    assert!(message.contains("revision, model lock"), "{message}");
}

#[test]
fn an_index_built_under_another_lock_asks_for_a_rebuild() {
    let (_, _, index) = built(1, 4);
    let other = with_manifest(&index, |manifest| manifest.model.lock_hash = "1".repeat(64));
    let error = open_built(&other, None, VectorKind::F32).err().unwrap();
    assert_eq!(error, IndexError::OtherLock);
    assert!(error.to_string().contains("build it again"), "{error}");
}

#[test]
fn a_reader_of_int8_vectors_refuses_an_index_without_them_before_any_shard() {
    let (_, _, index) = built(1, 4);
    let f32_only = with_manifest(&index, |manifest| {
        manifest
            .shards
            .retain(|shard| shard.kind != ShardKind::VectorsInt8);
    });
    let stamp = stamp();
    let expected = Expected {
        pin: &f32_only.manifest_sha256(),
        model: &stamp,
        newest_seen: None,
        vectors: VectorKind::Int8,
    };
    let error = open(&f32_only.manifest_bytes, &expected, bundled(), |shard| {
        Err::<Vec<u8>, _>(format!("{} was asked for", shard.path))
    })
    .err()
    .unwrap();
    assert_eq!(error, IndexError::NoVectors("int8 vectors"));
    assert!(open_built(&f32_only, None, VectorKind::F32).is_ok());
}

#[test]
fn manifests_that_do_not_describe_a_whole_index_are_refused() {
    let (_, _, index) = built(1, 2);
    type Edit = fn(&mut Manifest);
    let cases: [(&str, Edit); 7] = [
        ("outside", |manifest| {
            manifest.shards[0].path = "../postings.jsonl".to_owned()
        }),
        ("gap", |manifest| {
            manifest.shards.remove(0);
        }),
        ("count", |manifest| manifest.postings += 1),
        ("format", |manifest| {
            manifest.format = "something-else".to_owned()
        }),
        ("version", |manifest| manifest.format_version = 2),
        ("huge", |manifest| manifest.postings = u64::MAX),
        ("overflowing shard", |manifest| {
            manifest.shards[0].count = u64::MAX
        }),
    ];
    for (case, edit) in cases {
        let error = open_built(&with_manifest(&index, edit), None, VectorKind::F32)
            .err()
            .unwrap_or_else(|| panic!("{case} was accepted"));
        assert!(
            matches!(
                error,
                IndexError::BadManifest(_) | IndexError::FormatVersion(2)
            ),
            "{case}: {error}"
        );
    }
}

#[test]
fn postings_prepared_by_another_build_are_prepared_again() {
    let (postings, _, index) = built(1, 4);
    let older = with_manifest(&index, |manifest| {
        manifest.preparation_stamp = "0-0000000000000000".to_owned();
    });
    let opened = open_built(&older, None, VectorKind::F32).unwrap();
    let fresh = JobIndex::new(postings, bundled());
    for (read, made) in opened.jobs.jobs().iter().zip(fresh.jobs()) {
        assert_eq!(
            serde_json::to_value(read).unwrap(),
            serde_json::to_value(made).unwrap()
        );
    }
}
