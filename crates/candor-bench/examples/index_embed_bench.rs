//! What building a published job index costs natively: the real-length postings of
//! `tests/eval/long/` (300–900 words each) embedded as `candor index build` embeds them, with
//! the staged all-MiniLM-L6-v2 and with Qwen3-Embedding-0.6B in its real shapes (random bf16
//! weights converted to Q8_0 as the browser runs them; speed depends on the shapes, not on the
//! values). Prints postings/s, the hours 100K postings would take at that rate, and the time to
//! embed one resume as the query, with the thread count and the 1-minute load average beside
//! each figure, and writes them to `e2e/bench/results/index_embed.json`.
//! Run after `make models`: `cargo run --release -p candor-bench --example index_embed_bench`.

use std::path::Path;
use std::time::Instant;

use candor_bench::load_average;
use candor_bench::qwen3_shapes::{qwen3_config_json, qwen3_tensors, random_bf16_safetensors};
use candor_core::eval::DevSet;
use candor_lock::ModelLock;
use candor_ml::qwen3::{ModelBytes, QWEN3_MAX_TOKENS};
use candor_ml::qwen3_embedding::{self, Qwen3Embedding};
use candor_ml::text_embedder::TextEmbedder;

/// Postings embedded per call, as `candor index build` does.
const EMBED_BATCH: usize = 32;
/// Postings Qwen3 embeds: enough for a rate, few enough to finish in minutes on 2 cores.
const QWEN3_POSTINGS: usize = 8;
const INDEX_POSTINGS: f64 = 100_000.0;

fn workspace() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// Embeds `texts` as postings in index-build batches; returns the seconds it took.
fn embed_postings(embedder: &TextEmbedder, texts: &[&str]) -> f64 {
    let start = Instant::now();
    for batch in texts.chunks(EMBED_BATCH) {
        embedder.embed_documents(batch).expect("the postings embed");
    }
    start.elapsed().as_secs_f64()
}

/// One model's figures.
fn figures(embedder: &TextEmbedder, texts: &[&str], resume: &str) -> serde_json::Value {
    let seconds = embed_postings(embedder, texts);
    let per_second = texts.len() as f64 / seconds;
    let start = Instant::now();
    embedder.embed_query(resume).expect("the resume embeds");
    let query_ms = start.elapsed().as_secs_f64() * 1000.0;
    serde_json::json!({
        "postings": texts.len(),
        "seconds": seconds,
        "postings_per_second": per_second,
        "hours_for_100k_postings": INDEX_POSTINGS / per_second / 3600.0,
        "resume_as_query_ms": query_ms,
        "load_average": load_average(),
    })
}

fn main() {
    let long_set = std::fs::read_to_string(workspace().join("tests/eval/long/long_train.jsonl"))
        .expect("tests/eval/long/long_train.jsonl is readable");
    let set = DevSet::parse_jsonl(&long_set).expect("the long set parses");
    let texts: Vec<&str> = set.docs.iter().map(|doc| doc.text.as_str()).collect();
    let words = texts
        .iter()
        .map(|text| text.split_whitespace().count())
        .sum::<usize>();
    let resume = set.queries[0].text.as_str();
    let lock = ModelLock::bundled();
    let site = workspace().join("dist");

    eprintln!("[index_embed_bench] MiniLM: {} postings", texts.len());
    let minilm = lock.model("all-minilm-l6-v2").expect("MiniLM is pinned");
    let minilm = candor_cli::load_embedder(&site, minilm).expect("run `make models` first");
    let minilm = figures(&minilm, &texts, resume);

    eprintln!("[index_embed_bench] Qwen3-Embedding-0.6B shapes: writing a random checkpoint");
    let qwen3_entry = lock.model("qwen3-embedding-0.6b").expect("Qwen3 is pinned");
    let tokenizer_path = {
        let reranker = lock
            .model("qwen3-reranker-0.6b")
            .expect("the reranker is pinned");
        site.join(reranker.mirror_path(reranker.file("tokenizer.json").expect("pinned")))
    };
    let tokenizer_json = std::fs::read(&tokenizer_path).expect("run `make models` first");
    // The embedding checkpoint is saved from `Qwen3Model`: no `model.` prefix.
    let tensors: Vec<(String, Vec<usize>)> = qwen3_tensors(28)
        .into_iter()
        .map(|(name, shape)| (name.trim_start_matches("model.").to_owned(), shape))
        .collect();
    let safetensors = random_bf16_safetensors(&tensors);
    let config_json = qwen3_config_json(28);
    let start = Instant::now();
    let config = qwen3_embedding::Config {
        max_tokens: QWEN3_MAX_TOKENS,
        dimension: qwen3_entry.stored_dimension as usize,
        ..qwen3_embedding::Config::default()
    };
    let bytes = ModelBytes {
        config_json: config_json.as_bytes(),
        tokenizer_json: &tokenizer_json,
        safetensors: &safetensors,
    };
    let model = Qwen3Embedding::load(bytes, config).expect("the real shapes load");
    let load_seconds = start.elapsed().as_secs_f64();
    drop(safetensors);
    let query_instruction = qwen3_entry
        .profile("job-search")
        .expect("the lock's search profile")
        .instruction
        .clone();
    let qwen3 = TextEmbedder::Qwen3 {
        model,
        query_instruction,
    };
    eprintln!("[index_embed_bench] Qwen3: {QWEN3_POSTINGS} postings");
    let mut qwen3 = figures(&qwen3, &texts[..QWEN3_POSTINGS], resume);
    qwen3["load_seconds"] = serde_json::json!(load_seconds);
    qwen3["max_tokens"] = serde_json::json!(QWEN3_MAX_TOKENS);

    let report = serde_json::json!({
        "note": "Written by `cargo run --release -p candor-bench --example index_embed_bench`; \
                 do not edit by hand. Native, Candle's CPU kernels on every core; Qwen3 has \
                 random weights in the real shapes (Q8_0).",
        "threads": std::thread::available_parallelism().map_or(1, |n| n.get()),
        "postings_source": "tests/eval/long/long_train.jsonl docs",
        "mean_words_per_posting": words as f64 / texts.len() as f64,
        "minilm": minilm,
        "qwen3_embedding_real_shapes": qwen3,
    });
    let text = serde_json::to_string_pretty(&report).expect("plain numbers serialize") + "\n";
    let results = workspace().join("e2e/bench/results/index_embed.json");
    std::fs::write(&results, &text).expect("e2e/bench/results is writable");
    print!("{text}");
}
