//! Published job indexes at scale, natively: building one from 100K synthetic postings with
//! precomputed vectors (preparing each posting, quantizing, BM25, hashing), its size per kind,
//! opening it (every shard hashed and parsed) with f32 and with int8 vectors, ranking a resume
//! over the opened index, and the dense scan over 100K and 1M vectors at 384 and 768
//! dimensions, f32 against int8. Prints one JSON object with the 1-minute load average beside
//! it, and writes it to `e2e/bench/results/index.json`. Embedding the postings is not timed
//! here (MiniLM's speed is `e2e/bench/run.mjs`'s).
//! Run: `cargo run --release -p candor-bench --example index_bench`.

use std::time::Instant;

use candor_bench::load_average;
use candor_bench::rank::{Lcg, RESUME, median_of, synthetic_jobs, unit_vector};
use candor_core::dense::{TopK, VectorMatrix};
use candor_core::domain::Date;
use candor_core::matching::{DenseQuery, Shortlist, rank_index_explained};
use candor_core::skills::bundled;
use candor_job_index::quantize::Int8Matrix;
use candor_job_index::{BuildInput, Expected, ModelStamp, VectorKind, build, open};
use candor_lock::ModelLock;

const BUILD_POSTINGS: usize = 100_000;
const SCAN_POSTINGS: [usize; 2] = [100_000, 1_000_000];
const DIMENSIONS: [usize; 2] = [384, 768];
const REPEATS: usize = 5;
const SHORTLIST: usize = 200;

fn vectors(n: usize, dimension: usize, rng: &mut Lcg) -> VectorMatrix {
    let mut matrix = VectorMatrix::with_capacity(dimension, n).expect("a dimension");
    for _ in 0..n {
        matrix
            .push(&unit_vector(dimension, rng))
            .expect("same dimension");
    }
    matrix
}

fn main() {
    let start = Instant::now();
    let now = || start.elapsed().as_secs_f64() * 1000.0;
    let progress = |step: &str| eprintln!("[index_bench {:>6.1} s] {step}", now() / 1000.0);
    let mut rng = Lcg(7);
    let lock = ModelLock::bundled();
    let minilm = lock.model("all-minilm-l6-v2").expect("MiniLM is pinned");
    let stamp = ModelStamp::for_documents(minilm, &lock.lock_hash());

    progress("building 100K postings");
    let postings = synthetic_jobs(BUILD_POSTINGS, &mut rng);
    let job_vectors = vectors(BUILD_POSTINGS, stamp.dimension as usize, &mut rng);
    let input = BuildInput {
        name: "bench",
        version: 1,
        created: Date::new(2026, 12, 7).expect("a day"),
        model: stamp.clone(),
        postings: &postings,
        vectors: &job_vectors,
        postings_per_shard: 5_000,
    };
    let build_start = now();
    let built = build(&input, bundled()).expect("a valid input");
    let build_ms = now() - build_start;
    let mut bytes_by_kind = std::collections::BTreeMap::<String, u64>::new();
    for shard in &built.manifest.shards {
        *bytes_by_kind
            .entry(format!("{:?}", shard.kind))
            .or_default() += shard.bytes;
    }
    let pin = built.manifest_sha256();
    let open_as = |vectors: VectorKind| {
        let expected = Expected {
            pin: &pin,
            model: &stamp,
            newest_seen: None,
            vectors,
        };
        open(&built.manifest_bytes, &expected, bundled(), |shard| {
            built
                .files
                .iter()
                .find(|(name, _)| *name == shard.path)
                .map(|(_, bytes)| bytes.clone())
                .ok_or("missing")
        })
        .expect("the index just built opens")
    };
    progress("opening");
    let read_bytes =
        |kind: &str| bytes_by_kind["Postings"] + bytes_by_kind["Bm25"] + bytes_by_kind[kind];
    let open_f32_ms = median_of(1, &now, || drop(open_as(VectorKind::F32)));
    let open_int8_ms = median_of(1, &now, || drop(open_as(VectorKind::Int8)));
    let opened = open_as(VectorKind::F32);
    progress("ranking the opened index");
    let resume_vector = unit_vector(stamp.dimension as usize, &mut rng);
    let today = Date::new(2026, 12, 7).expect("a day");
    let rank_ms = median_of(REPEATS, &now, || {
        let dense = DenseQuery {
            job_vectors: &opened.vectors,
            query_vector: &resume_vector,
        };
        let matches = rank_index_explained(
            RESUME,
            &opened.jobs,
            Some(dense),
            Shortlist::Top(SHORTLIST),
            today,
        );
        assert!(!matches.is_empty());
    });
    drop(opened);

    let mut scans = Vec::new();
    for &n in &SCAN_POSTINGS {
        for &dimension in &DIMENSIONS {
            progress(&format!("scanning {n} vectors of {dimension}"));
            let exact = vectors(n, dimension, &mut rng);
            let quantized = Int8Matrix::quantize(&exact);
            let query = unit_vector(dimension, &mut rng);
            let mut scores = Vec::with_capacity(n);
            let mut top_k = TopK::new(SHORTLIST);
            let mut hits = Vec::new();
            let f32_ms = median_of(REPEATS, &now, || {
                top_k.search_into(&exact, &query, &mut hits)
            });
            let int8_ms = median_of(REPEATS, &now, || {
                quantized.scores_into(&query, &mut scores);
                top_k.select_into(&scores, &mut hits);
            });
            scans.push(serde_json::json!({
                "postings": n,
                "dimension": dimension,
                "f32_top200_ms": f32_ms,
                "int8_top200_ms": int8_ms,
                "f32_mb": (n * dimension * 4) as f64 / 1e6,
                "int8_mb": (n * (dimension + 4)) as f64 / 1e6,
                "load_average": load_average(),
            }));
        }
    }
    let megabytes = |bytes: u64| bytes as f64 / 1e6;
    let report = serde_json::json!({
        "bench": format!("index_bench (native, release, median of {REPEATS}; opening: one run)"),
        "build": {
            "postings": BUILD_POSTINGS,
            "dimension": stamp.dimension,
            "ms": build_ms,
            "postings_per_s": BUILD_POSTINGS as f64 / build_ms * 1000.0,
            "mb_by_kind": bytes_by_kind.iter().map(|(kind, bytes)| (kind.clone(), megabytes(*bytes))).collect::<std::collections::BTreeMap<_, _>>(),
            "load_average": load_average(),
        },
        "open": {
            "f32_ms": open_f32_ms,
            "f32_mb_per_s": megabytes(read_bytes("VectorsF32")) / open_f32_ms * 1000.0,
            "int8_ms": open_int8_ms,
            "int8_mb_per_s": megabytes(read_bytes("VectorsInt8")) / open_int8_ms * 1000.0,
            "load_average": load_average(),
        },
        "rank_opened_index": {
            "postings": BUILD_POSTINGS,
            "shortlist": SHORTLIST,
            "ms": rank_ms,
            "load_average": load_average(),
        },
        "dense_scan": scans,
    });
    let text = serde_json::to_string_pretty(&report).expect("plain numbers serialize") + "\n";
    let results =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e/bench/results/index.json");
    std::fs::write(&results, &text).expect("e2e/bench/results is writable");
    print!("{text}");
}
