//! The Qwen3 parity checks of `tests/qwen3_parity.rs`, compiled to wasm32 and run in a real
//! headless Chromium dedicated worker: Candle's Qwen3 embedding and reranker on the tiny
//! random-weight fixtures against HF transformers (f32 and Q8_0), and the pinned Qwen3
//! tokenizer, fetched from the local mirror, against HF tokenizers.
//!
//! The fixtures are compiled in; the tokenizer comes from the mirror `.ci/wasm-tests.sh` starts
//! and must have been staged by `.ci/stage-tokenizers.sh`.
#![cfg(target_arch = "wasm32")]

use candor_lock::ModelLock;
use candor_ml::qwen3::{ModelBytes, Precision};
use candor_ml::qwen3_embedding::{self, Qwen3Embedding, TextEncoder};
use candor_ml::qwen3_reranker::{self, PromptEncoder, Qwen3Reranker};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

const MIRROR: &str = match option_env!("CANDOR_TEST_MIRROR") {
    Some(url) => url,
    None => "http://127.0.0.1:8091/",
};

/// Same bounds as the native test (see `tests/qwen3_parity.rs` for how they were chosen).
const F32_TOLERANCE: f32 = 1e-4;
const Q8_0_EMBEDDING_TOLERANCE: f32 = 0.03;
const Q8_0_MIN_COSINE: f32 = 0.998;
const Q8_0_P_YES_TOLERANCE: f32 = 0.02;

const EMBEDDING: ModelBytes<'static> = ModelBytes {
    config_json: include_bytes!("../../../tests/fixtures/qwen3/embedding/config.json"),
    tokenizer_json: include_bytes!("../../../tests/fixtures/qwen3/embedding/tokenizer.json"),
    safetensors: include_bytes!("../../../tests/fixtures/qwen3/embedding/model.safetensors"),
};
const RERANKER: ModelBytes<'static> = ModelBytes {
    config_json: include_bytes!("../../../tests/fixtures/qwen3/reranker/config.json"),
    tokenizer_json: include_bytes!("../../../tests/fixtures/qwen3/reranker/tokenizer.json"),
    safetensors: include_bytes!("../../../tests/fixtures/qwen3/reranker/model.safetensors"),
};

#[derive(serde::Deserialize)]
struct EmbeddingExpected {
    task: String,
    queries: Vec<String>,
    documents: Vec<String>,
    max_tokens: usize,
    embeddings: Vec<Vec<f32>>,
    truncated_dimension: usize,
    truncated_embeddings: Vec<Vec<f32>>,
}

#[derive(serde::Deserialize)]
struct RerankerExpected {
    instruction: String,
    query: String,
    documents: Vec<String>,
    max_tokens: usize,
    yes_token_id: u32,
    no_token_id: u32,
    input_ids: Vec<Vec<u32>>,
    attention_mask: Vec<Vec<u32>>,
    logit_yes: Vec<f32>,
    logit_no: Vec<f32>,
    p_yes: Vec<f32>,
}

#[derive(serde::Deserialize)]
struct TokenizerParity {
    eos_token_id: u32,
    cases: Vec<TokenizerCase>,
    embedding_cases: Vec<EmbeddingCase>,
    reranker_cases: Vec<RerankerCase>,
}

#[derive(serde::Deserialize)]
struct TokenizerCase {
    text: String,
    ids: Vec<u32>,
}

#[derive(serde::Deserialize)]
struct EmbeddingCase {
    text: String,
    max_tokens: usize,
    ids: Vec<u32>,
}

#[derive(serde::Deserialize)]
struct RerankerCase {
    instruction: String,
    query: String,
    document: String,
    max_tokens: usize,
    ids: Vec<u32>,
}

fn embedding_expected() -> EmbeddingExpected {
    serde_json::from_str(include_str!(
        "../../../tests/fixtures/qwen3/embedding_expected.json"
    ))
    .unwrap()
}

fn reranker_expected() -> RerankerExpected {
    serde_json::from_str(include_str!(
        "../../../tests/fixtures/qwen3/reranker_expected.json"
    ))
    .unwrap()
}

fn max_abs_diff(actual: &[f32], expected: &[f32]) -> f32 {
    assert_eq!(actual.len(), expected.len());
    actual
        .iter()
        .zip(expected)
        .map(|(a, e)| (a - e).abs())
        .fold(0.0, f32::max)
}

fn max_abs_diff_rows(actual: &[Vec<f32>], expected: &[Vec<f32>]) -> f32 {
    assert_eq!(actual.len(), expected.len());
    actual
        .iter()
        .zip(expected)
        .map(|(a, e)| max_abs_diff(a, e))
        .fold(0.0, f32::max)
}

fn embed(expected: &EmbeddingExpected, precision: Precision, dimension: usize) -> Vec<Vec<f32>> {
    let config = qwen3_embedding::Config {
        max_tokens: expected.max_tokens,
        batch_size: 8,
        dimension,
        precision,
    };
    let model = Qwen3Embedding::load(EMBEDDING, config).unwrap();
    let queries: Vec<&str> = expected.queries.iter().map(String::as_str).collect();
    let documents: Vec<&str> = expected.documents.iter().map(String::as_str).collect();
    let mut vectors = model.embed_queries(&expected.task, &queries).unwrap();
    vectors.extend(model.embed_documents(&documents).unwrap());
    vectors
}

#[wasm_bindgen_test]
fn qwen3_embedding_matches_transformers() {
    let expected = embedding_expected();
    let reference = embed(&expected, Precision::F32, 64);
    let worst = max_abs_diff_rows(&reference, &expected.embeddings);
    assert!(worst <= F32_TOLERANCE, "f32 max abs diff {worst}");

    let truncated = embed(&expected, Precision::F32, expected.truncated_dimension);
    let worst = max_abs_diff_rows(&truncated, &expected.truncated_embeddings);
    assert!(worst <= F32_TOLERANCE, "truncated max abs diff {worst}");

    let quantized = embed(&expected, Precision::Q8_0, 64);
    let worst = max_abs_diff_rows(&quantized, &reference);
    assert!(
        worst <= Q8_0_EMBEDDING_TOLERANCE,
        "Q8_0 max abs diff {worst}"
    );
    for (q, r) in quantized.iter().zip(&reference) {
        let cosine: f32 = q.iter().zip(r).map(|(a, b)| a * b).sum();
        assert!(cosine >= Q8_0_MIN_COSINE, "Q8_0 cosine {cosine}");
    }
}

#[wasm_bindgen_test]
fn qwen3_reranker_matches_transformers() {
    let expected = reranker_expected();
    let documents: Vec<&str> = expected.documents.iter().map(String::as_str).collect();
    let load = |precision| {
        let config = qwen3_reranker::Config {
            max_tokens: expected.max_tokens,
            batch_size: 4,
            precision,
            yes_token_id: expected.yes_token_id,
            no_token_id: expected.no_token_id,
        };
        Qwen3Reranker::load(RERANKER, config).unwrap()
    };

    let reranker = load(Precision::F32);
    let prompts = reranker
        .encoder()
        .encode(&expected.query, &expected.instruction, &documents)
        .unwrap();
    let expected_prompts: Vec<Vec<u32>> = expected
        .input_ids
        .iter()
        .zip(&expected.attention_mask)
        .map(|(ids, mask)| {
            ids.iter()
                .zip(mask)
                .filter(|&(_, &keep)| keep == 1)
                .map(|(&id, _)| id)
                .collect()
        })
        .collect();
    assert_eq!(prompts, expected_prompts);
    let logits = reranker.score_token_ids(&prompts).unwrap();
    let yes: Vec<f32> = logits.iter().map(|l| l.yes).collect();
    let no: Vec<f32> = logits.iter().map(|l| l.no).collect();
    let p_yes: Vec<f32> = logits.iter().map(|l| l.p_yes()).collect();
    assert!(max_abs_diff(&yes, &expected.logit_yes) <= F32_TOLERANCE);
    assert!(max_abs_diff(&no, &expected.logit_no) <= F32_TOLERANCE);
    assert!(max_abs_diff(&p_yes, &expected.p_yes) <= F32_TOLERANCE);

    let quantized: Vec<f32> = load(Precision::Q8_0)
        .score_token_ids(&prompts)
        .unwrap()
        .iter()
        .map(|l| l.p_yes())
        .collect();
    let worst = max_abs_diff(&quantized, &p_yes);
    assert!(worst <= Q8_0_P_YES_TOLERANCE, "Q8_0 P(yes) diff {worst}");
}

#[wasm_bindgen]
extern "C" {
    // `fetch` exists on both `Window` and `WorkerGlobalScope`.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &str) -> js_sys::Promise;
}

async fn fetch_bytes(url: &str) -> Vec<u8> {
    let response: JsValue = JsFuture::from(global_fetch(url)).await.unwrap();
    let ok = Reflect::get(&response, &JsValue::from_str("ok"))
        .unwrap()
        .as_bool();
    assert_eq!(
        ok,
        Some(true),
        "{url} is not served: run `.ci/stage-tokenizers.sh`"
    );
    let array_buffer: js_sys::Function = Reflect::get(&response, &JsValue::from_str("arrayBuffer"))
        .unwrap()
        .unchecked_into();
    let promise: js_sys::Promise = array_buffer.call0(&response).unwrap().unchecked_into();
    let buffer: JsValue = JsFuture::from(promise).await.unwrap();
    Uint8Array::new(&buffer).to_vec()
}

#[wasm_bindgen_test]
async fn pinned_qwen3_tokenizer_matches_hf_tokenizers() {
    let lock = ModelLock::bundled();
    let reranker = lock.model("qwen3-reranker-0.6b").unwrap();
    let url = format!(
        "{MIRROR}{}",
        reranker.mirror_path(reranker.file("tokenizer.json").unwrap())
    );
    let tokenizer_json = fetch_bytes(&url).await;
    let parity: TokenizerParity = serde_json::from_str(include_str!(
        "../../../tests/fixtures/qwen3/tokenizer_parity.json"
    ))
    .unwrap();

    let unbounded = TextEncoder::new(&tokenizer_json, usize::MAX).unwrap();
    for case in &parity.cases {
        let mut expected = case.ids.clone();
        expected.push(parity.eos_token_id);
        assert_eq!(
            unbounded.encode(&[&case.text]).unwrap()[0],
            expected,
            "{:?}",
            case.text
        );
    }
    // Each tokenizer load parses 11 MB of JSON: build one encoder per distinct budget.
    let mut text_encoders = std::collections::HashMap::new();
    for case in &parity.embedding_cases {
        let encoder = text_encoders
            .entry(case.max_tokens)
            .or_insert_with(|| TextEncoder::new(&tokenizer_json, case.max_tokens).unwrap());
        assert_eq!(encoder.encode(&[&case.text]).unwrap()[0], case.ids);
    }
    let mut prompt_encoders = std::collections::HashMap::new();
    for case in &parity.reranker_cases {
        let encoder = prompt_encoders
            .entry(case.max_tokens)
            .or_insert_with(|| PromptEncoder::new(&tokenizer_json, case.max_tokens).unwrap());
        let prompt = &encoder
            .encode(&case.query, &case.instruction, &[&case.document])
            .unwrap()[0];
        assert_eq!(prompt, &case.ids);
    }
}
