//! Candor's Qwen3 embedding and reranker (Candle) against HF transformers, and the pinned Qwen3
//! tokenizer against HF tokenizers.
//!
//! The real Qwen3 weights cannot be fetched here, so the models run on tiny random-weight
//! checkpoints of the same architecture and file layout (2 layers, hidden 64, 4 query and
//! 2 key/value heads, bf16 weights, vocab 512 with a tiny Qwen-style BPE tokenizer). The
//! expected values come from the model cards' own transformers code, run in float32
//! (`tests/fixtures/scripts/qwen3_fixtures.py`). The tokenizer test uses the real pinned
//! tokenizer.json, staged by `.ci/stage-tokenizers.sh`.

use candor_ml::qwen3::{
    self, Checkpoint, PaddedBatch, Precision, StreamedWeights, safetensors_layout,
};
use candor_ml::qwen3_embedding::{self, Qwen3Embedding, TextEncoder};
use candor_ml::qwen3_reranker::{self, PromptEncoder, Qwen3Reranker};
use candor_tests::{Qwen3Fixture, qwen3_expected, staged_qwen3_tokenizer};

/// Candle f32 against transformers f32: the same bf16 weights, different summation orders.
const F32_TOLERANCE: f32 = 1e-4;

/// Q8_0 against the f32 reference: max abs difference per component of a unit-length
/// embedding, worst cosine, and max abs difference of P(yes).
///
/// Q8_0 rounds every weight to 1/127 of its 32-value block's largest magnitude; products over
/// fewer than 16 rows also round activations to Q8_0 (candle's quantized kernel). The tiny
/// random-weight fixtures are more sensitive to that than a trained model: rounding only the
/// weights, in transformers, already moves their embeddings by 1.4e-2 max abs (worst cosine
/// 0.99938). Measured here: 1.14e-2 (cosine 0.99956) in batches, 1.65e-2 one text per batch
/// (quantized kernel), 3.8e-3 for P(yes).
const Q8_0_EMBEDDING_TOLERANCE: f32 = 0.03;
const Q8_0_MIN_COSINE: f32 = 0.998;
const Q8_0_P_YES_TOLERANCE: f32 = 0.02;

#[derive(Debug, serde::Deserialize)]
struct EmbeddingExpected {
    task: String,
    queries: Vec<String>,
    documents: Vec<String>,
    max_tokens: usize,
    eos_token_id: u32,
    texts: Vec<String>,
    input_ids: Vec<Vec<u32>>,
    attention_mask: Vec<Vec<u32>>,
    last_hidden_state: Vec<Vec<Vec<f32>>>,
    embeddings: Vec<Vec<f32>>,
    truncated_dimension: usize,
    truncated_embeddings: Vec<Vec<f32>>,
}

#[derive(Debug, serde::Deserialize)]
struct RerankerExpected {
    instruction: String,
    query: String,
    documents: Vec<String>,
    max_tokens: usize,
    yes_token_id: u32,
    no_token_id: u32,
    prefix_ids: Vec<u32>,
    suffix_ids: Vec<u32>,
    input_ids: Vec<Vec<u32>>,
    attention_mask: Vec<Vec<u32>>,
    logit_yes: Vec<f32>,
    logit_no: Vec<f32>,
    p_yes: Vec<f32>,
}

#[derive(Debug, serde::Deserialize)]
struct TokenizerParity {
    eos_token_id: u32,
    yes_token_id: u32,
    no_token_id: u32,
    cases: Vec<TokenizerCase>,
    embedding_cases: Vec<EmbeddingCase>,
    reranker_prefix_ids: Vec<u32>,
    reranker_suffix_ids: Vec<u32>,
    reranker_cases: Vec<RerankerCase>,
}

#[derive(Debug, serde::Deserialize)]
struct TokenizerCase {
    text: String,
    ids: Vec<u32>,
}

#[derive(Debug, serde::Deserialize)]
struct EmbeddingCase {
    text: String,
    max_tokens: usize,
    ids: Vec<u32>,
}

#[derive(Debug, serde::Deserialize)]
struct RerankerCase {
    instruction: String,
    query: String,
    document: String,
    max_tokens: usize,
    ids: Vec<u32>,
}

fn max_abs_diff(actual: &[f32], expected: &[f32]) -> f32 {
    assert_eq!(actual.len(), expected.len(), "lengths differ");
    actual
        .iter()
        .zip(expected)
        .map(|(a, e)| (a - e).abs())
        .fold(0.0, f32::max)
}

fn max_abs_diff_rows(actual: &[Vec<f32>], expected: &[Vec<f32>]) -> f32 {
    assert_eq!(actual.len(), expected.len(), "row counts differ");
    actual
        .iter()
        .zip(expected)
        .map(|(a, e)| max_abs_diff(a, e))
        .fold(0.0, f32::max)
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The real tokens of a left-padded row.
fn unpadded(ids: &[u32], mask: &[u32]) -> Vec<u32> {
    ids.iter()
        .zip(mask)
        .filter(|&(_, &keep)| keep == 1)
        .map(|(&id, _)| id)
        .collect()
}

fn embedding_config(expected: &EmbeddingExpected, precision: Precision) -> qwen3_embedding::Config {
    qwen3_embedding::Config {
        max_tokens: expected.max_tokens,
        batch_size: 8,
        dimension: 64,
        precision,
    }
}

fn load_embedding(precision: Precision, dimension: usize, batch_size: usize) -> Qwen3Embedding {
    let expected: EmbeddingExpected = qwen3_expected("embedding_expected.json");
    let config = qwen3_embedding::Config {
        dimension,
        batch_size,
        ..embedding_config(&expected, precision)
    };
    Qwen3Embedding::load(Qwen3Fixture::load("embedding").bytes(), config).unwrap()
}

/// Queries (with the instruction) then documents, as the fixture script embeds them.
fn embed_fixture_texts(model: &Qwen3Embedding, expected: &EmbeddingExpected) -> Vec<Vec<f32>> {
    let queries: Vec<&str> = expected.queries.iter().map(String::as_str).collect();
    let documents: Vec<&str> = expected.documents.iter().map(String::as_str).collect();
    let mut vectors = model.embed_queries(&expected.task, &queries).unwrap();
    vectors.extend(model.embed_documents(&documents).unwrap());
    vectors
}

fn reranker_config(expected: &RerankerExpected, precision: Precision) -> qwen3_reranker::Config {
    qwen3_reranker::Config {
        max_tokens: expected.max_tokens,
        batch_size: 4,
        precision,
        yes_token_id: expected.yes_token_id,
        no_token_id: expected.no_token_id,
    }
}

fn load_reranker(precision: Precision) -> Qwen3Reranker {
    let expected: RerankerExpected = qwen3_expected("reranker_expected.json");
    Qwen3Reranker::load(
        Qwen3Fixture::load("reranker").bytes(),
        reranker_config(&expected, precision),
    )
    .unwrap()
}

#[test]
fn tensor_name_prefix_is_detected() {
    // Qwen3-Embedding checkpoints are saved from `Qwen3Model`, Qwen3-Reranker ones from
    // `Qwen3ForCausalLM`; the fixtures were saved the same way.
    let embedding = Qwen3Fixture::load("embedding");
    let reranker = Qwen3Fixture::load("reranker");
    assert_eq!(
        Checkpoint::parse(&embedding.safetensors).unwrap().prefix(),
        ""
    );
    assert_eq!(
        Checkpoint::parse(&reranker.safetensors).unwrap().prefix(),
        "model."
    );
}

#[test]
fn embedding_hidden_states_match_transformers() {
    let expected: EmbeddingExpected = qwen3_expected("embedding_expected.json");
    let model = load_embedding(Precision::F32, 64, 8);
    let sequences: Vec<Vec<u32>> = expected
        .input_ids
        .iter()
        .zip(&expected.attention_mask)
        .map(|(ids, mask)| unpadded(ids, mask))
        .collect();
    let sequences: Vec<&[u32]> = sequences.iter().map(Vec::as_slice).collect();
    let batch = PaddedBatch::left_padded(&sequences, expected.eos_token_id).unwrap();
    // The same left-padded layout transformers' tokenizer produced.
    assert_eq!(
        batch.input_ids.to_vec2::<u32>().unwrap(),
        expected.input_ids
    );
    assert_eq!(
        batch.attention_mask.to_vec2::<u32>().unwrap(),
        expected.attention_mask
    );

    let hidden = model
        .last_hidden_state(&batch)
        .unwrap()
        .to_vec3::<f32>()
        .unwrap();
    let mut worst = 0f32;
    for (row_idx, mask) in expected.attention_mask.iter().enumerate() {
        for (position, &keep) in mask.iter().enumerate() {
            // Padding positions hold whatever each implementation does with them; never read.
            if keep == 1 {
                worst = worst.max(max_abs_diff(
                    &hidden[row_idx][position],
                    &expected.last_hidden_state[row_idx][position],
                ));
            }
        }
    }
    eprintln!("last_hidden_state max abs diff to transformers: {worst:.2e}");
    assert!(worst <= F32_TOLERANCE, "max abs diff {worst}");
}

#[test]
fn embedding_text_pipeline_matches_transformers() {
    let expected: EmbeddingExpected = qwen3_expected("embedding_expected.json");
    let model = load_embedding(Precision::F32, 64, 8);

    // Tokenization: instruction-formatted queries, plain documents, <|endoftext|> last.
    let texts: Vec<&str> = expected.texts.iter().map(String::as_str).collect();
    assert_eq!(
        texts[..expected.queries.len()],
        expected
            .queries
            .iter()
            .map(|q| qwen3_embedding::format_query(&expected.task, q))
            .collect::<Vec<_>>()
    );
    let expected_ids: Vec<Vec<u32>> = expected
        .input_ids
        .iter()
        .zip(&expected.attention_mask)
        .map(|(ids, mask)| unpadded(ids, mask))
        .collect();
    assert_eq!(model.encoder().encode(&texts).unwrap(), expected_ids);

    let vectors = embed_fixture_texts(&model, &expected);
    let worst = max_abs_diff_rows(&vectors, &expected.embeddings);
    eprintln!("pooled embedding max abs diff to transformers: {worst:.2e}");
    assert!(worst <= F32_TOLERANCE, "max abs diff {worst}");

    // Matryoshka: truncate to 32 of 64 dimensions and re-normalize.
    let truncated = load_embedding(Precision::F32, expected.truncated_dimension, 8);
    let vectors = embed_fixture_texts(&truncated, &expected);
    assert!(
        vectors
            .iter()
            .all(|v| v.len() == expected.truncated_dimension)
    );
    let worst = max_abs_diff_rows(&vectors, &expected.truncated_embeddings);
    eprintln!("truncated embedding max abs diff to transformers: {worst:.2e}");
    assert!(worst <= F32_TOLERANCE, "max abs diff {worst}");
}

#[test]
fn endoftext_is_appended_when_the_tokenizer_does_not_add_it() {
    // The fixture's reranker tokenizer is the embedding one without the post-processor that
    // appends <|endoftext|>; both must give the ids transformers saw.
    let expected: EmbeddingExpected = qwen3_expected("embedding_expected.json");
    let texts: Vec<&str> = expected.texts.iter().map(String::as_str).collect();
    let with_post_processor = TextEncoder::new(
        &Qwen3Fixture::load("embedding").tokenizer_json,
        expected.max_tokens,
    )
    .unwrap();
    let without_post_processor = TextEncoder::new(
        &Qwen3Fixture::load("reranker").tokenizer_json,
        expected.max_tokens,
    )
    .unwrap();
    let ids = without_post_processor.encode(&texts).unwrap();
    assert_eq!(ids, with_post_processor.encode(&texts).unwrap());
    for sequence in &ids {
        assert_eq!(sequence.last(), Some(&expected.eos_token_id));
        assert_eq!(
            sequence
                .iter()
                .filter(|&&id| id == expected.eos_token_id)
                .count(),
            1
        );
    }
}

#[test]
fn embedding_batch_size_and_padding_do_not_change_vectors() {
    let expected: EmbeddingExpected = qwen3_expected("embedding_expected.json");
    let batched = embed_fixture_texts(&load_embedding(Precision::F32, 64, 8), &expected);
    let alone = embed_fixture_texts(&load_embedding(Precision::F32, 64, 1), &expected);
    let pairs = embed_fixture_texts(&load_embedding(Precision::F32, 64, 2), &expected);
    assert!(max_abs_diff_rows(&alone, &batched) <= 1e-5);
    assert!(max_abs_diff_rows(&pairs, &batched) <= 1e-5);
}

#[test]
fn embedding_q8_0_stays_close_to_f32() {
    let expected: EmbeddingExpected = qwen3_expected("embedding_expected.json");
    let reference = embed_fixture_texts(&load_embedding(Precision::F32, 64, 8), &expected);
    let quantized = embed_fixture_texts(&load_embedding(Precision::Q8_0, 64, 8), &expected);
    // One text per batch: the short texts (under 16 tokens) run the quantized matmul kernel
    // instead of dequantize + f32 GEMM, so both Q8_0 paths are held to the bound.
    let quantized_alone = embed_fixture_texts(&load_embedding(Precision::Q8_0, 64, 1), &expected);
    let worst_alone = max_abs_diff_rows(&quantized_alone, &reference);
    eprintln!("Q8_0 embedding vs f32, one text per batch: max abs diff {worst_alone:.2e}");
    assert!(
        worst_alone <= Q8_0_EMBEDDING_TOLERANCE,
        "max abs diff {worst_alone}"
    );
    let worst = max_abs_diff_rows(&quantized, &reference);
    let worst_cosine = quantized
        .iter()
        .zip(&reference)
        .map(|(q, r)| dot(q, r))
        .fold(1.0, f32::min);
    eprintln!("Q8_0 embedding vs f32: max abs diff {worst:.2e}, worst cosine {worst_cosine:.6}");
    assert!(worst <= Q8_0_EMBEDDING_TOLERANCE, "max abs diff {worst}");
    assert!(worst_cosine >= Q8_0_MIN_COSINE, "cosine {worst_cosine}");
    // Still unit vectors.
    for vector in &quantized {
        assert!((dot(vector, vector) - 1.0).abs() < 1e-5);
    }
}

#[test]
fn reranker_matches_transformers() {
    let expected: RerankerExpected = qwen3_expected("reranker_expected.json");
    let reranker = load_reranker(Precision::F32);
    let documents: Vec<&str> = expected.documents.iter().map(String::as_str).collect();

    // Prompt: prefix + body (only the body truncated) + suffix, as the model card builds it.
    let prompts = reranker
        .encoder()
        .encode(&expected.query, &expected.instruction, &documents)
        .unwrap();
    let expected_prompts: Vec<Vec<u32>> = expected
        .input_ids
        .iter()
        .zip(&expected.attention_mask)
        .map(|(ids, mask)| unpadded(ids, mask))
        .collect();
    assert_eq!(prompts, expected_prompts);
    for prompt in &prompts {
        assert!(prompt.starts_with(&expected.prefix_ids));
        assert!(prompt.ends_with(&expected.suffix_ids));
        assert!(prompt.len() <= expected.max_tokens);
    }
    assert_eq!(
        prompts.iter().map(Vec::len).max(),
        Some(expected.max_tokens),
        "the long document's body is truncated to the budget"
    );

    let logits = reranker.score_token_ids(&prompts).unwrap();
    let yes: Vec<f32> = logits.iter().map(|l| l.yes).collect();
    let no: Vec<f32> = logits.iter().map(|l| l.no).collect();
    let p_yes: Vec<f32> = logits.iter().map(|l| l.p_yes()).collect();
    let worst_logit =
        max_abs_diff(&yes, &expected.logit_yes).max(max_abs_diff(&no, &expected.logit_no));
    let worst_p = max_abs_diff(&p_yes, &expected.p_yes);
    eprintln!(
        "reranker vs transformers: logits max abs diff {worst_logit:.2e}, P(yes) {worst_p:.2e}"
    );
    assert!(worst_logit <= F32_TOLERANCE, "logit diff {worst_logit}");
    assert!(worst_p <= F32_TOLERANCE, "P(yes) diff {worst_p}");

    // rerank(): the same probabilities, best first, cut to top_k.
    let ranked = reranker
        .rerank(&expected.query, &expected.instruction, &documents, 2)
        .unwrap();
    let mut expected_order: Vec<usize> = (0..documents.len()).collect();
    expected_order.sort_by(|&a, &b| expected.p_yes[b].total_cmp(&expected.p_yes[a]));
    assert_eq!(
        ranked.iter().map(|s| s.index).collect::<Vec<_>>(),
        expected_order[..2]
    );
    for score in &ranked {
        assert!((score.score - expected.p_yes[score.index]).abs() <= F32_TOLERANCE);
    }
}

/// The fixture's weights as the worker streams them from IndexedDB: the header first, then one
/// tensor's bytes at a time, in file order.
fn streamed(fixture: &Qwen3Fixture, precision: Precision, output_ids: &[u32]) -> StreamedWeights {
    let bytes = &fixture.safetensors;
    let header_len = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let layout = safetensors_layout(&bytes[8..8 + header_len]).unwrap();
    assert_eq!(
        layout.last().unwrap().end,
        bytes.len() as u64,
        "tensors fill the file"
    );
    let config = qwen3::Config::from_json(&fixture.config_json).unwrap();
    let mut weights = StreamedWeights::new(&config, precision, output_ids);
    for entry in &layout {
        let data = bytes[entry.start as usize..entry.end as usize].to_vec();
        weights.add(entry, &data).unwrap();
    }
    weights
}

#[test]
fn streamed_weights_give_exactly_the_in_memory_results() {
    let embedding: EmbeddingExpected = qwen3_expected("embedding_expected.json");
    let reranker: RerankerExpected = qwen3_expected("reranker_expected.json");
    let documents: Vec<&str> = reranker.documents.iter().map(String::as_str).collect();
    for precision in [Precision::F32, Precision::Q8_0] {
        let fixture = Qwen3Fixture::load("embedding");
        let config = embedding_config(&embedding, precision);
        let from_stream = Qwen3Embedding::load_from(
            &fixture.config_json,
            &fixture.tokenizer_json,
            &streamed(&fixture, precision, &[]),
            config,
        )
        .unwrap();
        assert_eq!(
            embed_fixture_texts(&from_stream, &embedding),
            embed_fixture_texts(&load_embedding(precision, 64, 8), &embedding),
            "{precision:?} embeddings"
        );

        let fixture = Qwen3Fixture::load("reranker");
        let config = reranker_config(&reranker, precision);
        let answers = [config.yes_token_id, config.no_token_id];
        let encoder = PromptEncoder::new(&fixture.tokenizer_json, config.max_tokens).unwrap();
        let from_stream = Qwen3Reranker::load_from(
            &fixture.config_json,
            encoder,
            &streamed(&fixture, precision, &answers),
            config,
        )
        .unwrap();
        let in_memory = load_reranker(precision);
        let scores = |model: &Qwen3Reranker| {
            let prompts = model
                .encoder()
                .encode(&reranker.query, &reranker.instruction, &documents)
                .unwrap();
            let logits = model.score_token_ids(&prompts).unwrap();
            logits.iter().map(|l| (l.yes, l.no)).collect::<Vec<_>>()
        };
        assert_eq!(
            scores(&from_stream),
            scores(&in_memory),
            "{precision:?} reranker"
        );
    }
    // A stream that skipped the yes/no rows cannot build a reranker.
    let fixture = Qwen3Fixture::load("reranker");
    let config = reranker_config(&reranker, Precision::Q8_0);
    let encoder = PromptEncoder::new(&fixture.tokenizer_json, config.max_tokens).unwrap();
    let weights = streamed(&fixture, Precision::Q8_0, &[]);
    assert!(Qwen3Reranker::load_from(&fixture.config_json, encoder, &weights, config).is_err());
}

#[test]
fn a_safetensors_header_with_a_gap_is_refused() {
    let packed = br#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"BF16","shape":[2],"data_offsets":[4,8]}}"#;
    let entries = safetensors_layout(packed).unwrap();
    let start = 8 + packed.len() as u64;
    assert_eq!(
        entries
            .iter()
            .map(|e| (e.name.as_str(), e.start, e.end))
            .collect::<Vec<_>>(),
        [("a", start, start + 4), ("b", start + 4, start + 8)]
    );
    let gap = br#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#;
    assert!(safetensors_layout(gap).is_err());
    let short = br#"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}"#;
    assert!(safetensors_layout(short).is_err());
}

#[test]
fn reranker_scores_do_not_depend_on_batching() {
    let expected: RerankerExpected = qwen3_expected("reranker_expected.json");
    let reranker = load_reranker(Precision::F32);
    let documents: Vec<&str> = expected.documents.iter().map(String::as_str).collect();
    let prompts = reranker
        .encoder()
        .encode(&expected.query, &expected.instruction, &documents)
        .unwrap();
    let batched = reranker.score_token_ids(&prompts).unwrap();
    for (prompt, in_batch) in prompts.iter().zip(&batched) {
        let alone = reranker
            .score_token_ids(std::slice::from_ref(prompt))
            .unwrap()[0];
        assert!((alone.p_yes() - in_batch.p_yes()).abs() <= 1e-5);
    }
}

#[test]
fn reranker_q8_0_stays_close_to_f32() {
    let expected: RerankerExpected = qwen3_expected("reranker_expected.json");
    let documents: Vec<&str> = expected.documents.iter().map(String::as_str).collect();
    let score = |precision| -> Vec<f32> {
        load_reranker(precision)
            .rerank(
                &expected.query,
                &expected.instruction,
                &documents,
                documents.len(),
            )
            .unwrap()
            .into_iter()
            .map(|s| (s.index, s.score))
            .fold(vec![0.0; documents.len()], |mut scores, (index, score)| {
                scores[index] = score;
                scores
            })
    };
    let reference = score(Precision::F32);
    let quantized = score(Precision::Q8_0);
    let worst = max_abs_diff(&quantized, &reference);
    eprintln!("Q8_0 reranker P(yes) vs f32: max abs diff {worst:.2e}");
    assert!(worst <= Q8_0_P_YES_TOLERANCE, "P(yes) diff {worst}");
}

#[test]
fn pinned_tokenizer_matches_hf_tokenizers() {
    let tokenizer_json = staged_qwen3_tokenizer();
    let parity: TokenizerParity = qwen3_expected("tokenizer_parity.json");

    // Raw ids (no special tokens added): the embedding encoder adds exactly <|endoftext|>.
    let unbounded = TextEncoder::new(&tokenizer_json, usize::MAX).unwrap();
    assert_eq!(unbounded.eos_token_id(), parity.eos_token_id);
    assert_eq!(parity.eos_token_id, 151643);
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

    // Embedding inputs as the pinned embedding tokenizer (which appends <|endoftext|> itself)
    // gives them to transformers, truncation included.
    // Loading the 11 MB tokenizer takes seconds in a debug build: one encoder per budget.
    let mut text_encoders = std::collections::HashMap::new();
    for case in &parity.embedding_cases {
        let encoder = text_encoders
            .entry(case.max_tokens)
            .or_insert_with(|| TextEncoder::new(&tokenizer_json, case.max_tokens).unwrap());
        assert_eq!(
            encoder.encode(&[&case.text]).unwrap()[0],
            case.ids,
            "{:?} at max_tokens {}",
            case.text,
            case.max_tokens
        );
    }

    // Full reranker prompts, including a body truncated to the budget.
    let mut prompt_encoders = std::collections::HashMap::new();
    for case in &parity.reranker_cases {
        let encoder = prompt_encoders
            .entry(case.max_tokens)
            .or_insert_with(|| PromptEncoder::new(&tokenizer_json, case.max_tokens).unwrap());
        assert_eq!(encoder.token_id("yes"), Some(parity.yes_token_id));
        assert_eq!(encoder.token_id("no"), Some(parity.no_token_id));
        let prompt = &encoder
            .encode(&case.query, &case.instruction, &[&case.document])
            .unwrap()[0];
        assert!(prompt.starts_with(&parity.reranker_prefix_ids));
        assert!(prompt.ends_with(&parity.reranker_suffix_ids));
        assert_eq!(
            prompt, &case.ids,
            "{:?} at max_tokens {}",
            case.document, case.max_tokens
        );
    }
    // The defaults name the pinned tokenizer's ids.
    let defaults = qwen3_reranker::Config::default();
    assert_eq!(
        (defaults.yes_token_id, defaults.no_token_id),
        (parity.yes_token_id, parity.no_token_id)
    );
    assert_eq!((parity.yes_token_id, parity.no_token_id), (9693, 2152));
}
