//! The inference benchmarks' entry points, for `e2e/bench/run.mjs`.
//!
//! The harness times these from JavaScript with `performance.now()`, the same way it times
//! transformers.js, so each export does one unit of work and returns plain numbers:
//! - [`MiniLmBench`]: the shipped `candor_ml::minilm::MiniLm` embedding texts.
//! - [`GemmBench`]: Candle's f32 CPU matmul (the `gemm` crate) on square matrices, the ceiling
//!   for any transformer forward pass in this wasm build.
//! - [`minilm_op_profile`]: one all-MiniLM-L6-v2 forward pass rebuilt from the same Candle ops
//!   as `candle_transformers::models::bert` (random weights, real shapes), timed op by op, to
//!   say where the time goes.
//! - [`Qwen3Bench`]: the shipped `candor_ml::qwen3_reranker::Qwen3Reranker` (Q8_0) loaded from a
//!   random-weight checkpoint in Qwen3-0.6B's real shapes, for prefill tokens/s and pairs/s.

use candle_core::{D, DType, Device, Tensor};
use candor_ml::minilm::{self, MiniLm};
use candor_ml::qwen3::ModelBytes as Qwen3Bytes;
use candor_ml::qwen3_reranker::{self, Qwen3Reranker};
use wasm_bindgen::prelude::*;

use crate::qwen3_shapes::{
    RANDOM_SEED, qwen3_config_json, qwen3_tensors, random_bf16_safetensors, random_bf16_tensor,
};

/// True when this module was compiled with `-C target-feature=+simd128`.
#[wasm_bindgen]
pub fn simd128_enabled() -> bool {
    cfg!(target_feature = "simd128")
}

/// Switches the `gemm` crate's wasm simd128 microkernels on or off (on by default: candle
/// enables gemm's `wasm-simd128-enable`, and those kernels carry their own
/// `#[target_feature(enable = "simd128")]`, so they run even in a build without `+simd128`).
/// gemm picks its kernel on the first matmul of the module's life: call this before any.
#[wasm_bindgen]
pub fn gemm_use_simd128(enable: bool) {
    gemm_common::set_wasm_simd128(enable);
}

/// The shipped MiniLM behind a benchmark handle.
#[wasm_bindgen]
pub struct MiniLmBench {
    model: MiniLm,
}

#[wasm_bindgen]
impl MiniLmBench {
    /// Loads all-MiniLM-L6-v2 from the three model files; `batch_size` is texts per forward
    /// pass (the shipped default is 16).
    #[wasm_bindgen(constructor)]
    pub fn new(
        config_json: &[u8],
        tokenizer_json: &[u8],
        safetensors: &[u8],
        batch_size: usize,
    ) -> Result<MiniLmBench, JsError> {
        console_error_panic_hook::set_once();
        let config = minilm::Config {
            batch_size,
            ..Default::default()
        };
        let bytes = minilm::ModelBytes {
            config_json,
            tokenizer_json,
            safetensors,
        };
        let model = MiniLm::load(bytes, config).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(MiniLmBench { model })
    }

    /// Embeds `texts` (a JS array of strings) and returns the vectors concatenated, 384 floats
    /// per text, in order.
    pub fn embed(&self, texts: js_sys::Array) -> Result<Vec<f32>, JsError> {
        let texts: Vec<String> = texts.iter().filter_map(|text| text.as_string()).collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let vectors = self
            .model
            .embed(&texts)
            .map_err(|e| JsError::new(&e.to_string()))?;
        Ok(vectors.concat())
    }
}

/// Two f32 matrices for timing `a.matmul(b)`.
#[wasm_bindgen]
pub struct GemmBench {
    a: Tensor,
    b: Tensor,
}

#[wasm_bindgen]
impl GemmBench {
    /// Two `n`×`n` matrices of deterministic values in [-1, 1).
    #[wasm_bindgen(constructor)]
    pub fn new(n: usize) -> Result<GemmBench, JsError> {
        let a = filled((n, n), 1).map_err(js_error)?;
        let b = filled((n, n), 2).map_err(js_error)?;
        Ok(GemmBench { a, b })
    }

    /// `a` is `m`×`k`; `b` is `k`×`n`, stored contiguously or, when `b_transposed`, as the
    /// transposed view of an `n`×`k` matrix (how `candle_nn::Linear` passes its weight).
    pub fn shaped(m: usize, k: usize, n: usize, b_transposed: bool) -> Result<GemmBench, JsError> {
        let a = filled((m, k), 1).map_err(js_error)?;
        let b = if b_transposed {
            filled((n, k), 2).and_then(|b| b.t()).map_err(js_error)?
        } else {
            filled((k, n), 2).map_err(js_error)?
        };
        Ok(GemmBench { a, b })
    }

    /// Runs `iterations` matmuls; returns the first element of the last product so the work
    /// cannot be skipped. One matmul is 2·n³ floating-point operations.
    pub fn run(&self, iterations: usize) -> Result<f32, JsError> {
        let mut first = 0.0;
        for _ in 0..iterations {
            let c = self.a.matmul(&self.b).map_err(js_error)?;
            first = c
                .flatten_all()
                .and_then(|c| c.get(0))
                .and_then(|c| c.to_scalar::<f32>())
                .map_err(js_error)?;
        }
        Ok(first)
    }
}

/// Times one all-MiniLM-L6-v2 encoder forward pass (6 layers, hidden 384, 12 heads, FFN 1536)
/// for a `batch`×`seq_len` input, op by op, `iterations` times; returns a JSON object of total
/// milliseconds per op kind. The ops and their order are those of candle-transformers' `bert.rs`
/// (Linear = matmul with the transposed weight then a broadcast bias add; unfused softmax;
/// erf GELU; candle-nn's fused layer norm), so the split matches the real model's. Kinds named
/// `alternative_*` are possible replacements timed on the same inputs, outside `total_ms`.
#[wasm_bindgen]
pub fn minilm_op_profile(
    batch: usize,
    seq_len: usize,
    iterations: usize,
) -> Result<String, JsError> {
    profile(batch, seq_len, iterations).map_err(js_error)
}

const HIDDEN: usize = 384;
const HEADS: usize = 12;
const HEAD_DIM: usize = HIDDEN / HEADS;
const FFN: usize = 1536;
const LAYERS: usize = 6;

/// Random-valued weights of one BERT layer (values do not change the cost of these ops).
struct Layer {
    qkv_o: [(Tensor, Tensor); 4],
    /// Q, K and V weights stacked, `(3 * HIDDEN, HIDDEN)`, for the fused-projection lever.
    qkv_fused: Tensor,
    up: (Tensor, Tensor),
    down: (Tensor, Tensor),
    norms: [(Tensor, Tensor); 2],
}

/// Milliseconds per op kind, in the order first seen.
struct Timings {
    now: js_sys::Function,
    this: JsValue,
    totals: Vec<(&'static str, f64)>,
}

impl Timings {
    fn new() -> Result<Self, candle_core::Error> {
        let performance = js_sys::Reflect::get(&js_sys::global(), &"performance".into())
            .map_err(|_| candle_core::Error::Msg("no performance object".into()))?;
        let now = js_sys::Reflect::get(&performance, &"now".into())
            .map_err(|_| candle_core::Error::Msg("no performance.now".into()))?;
        Ok(Timings {
            now: now.unchecked_into(),
            this: performance,
            totals: Vec::new(),
        })
    }

    fn now(&self) -> f64 {
        self.now
            .call0(&self.this)
            .ok()
            .and_then(|t| t.as_f64())
            .unwrap_or(0.0)
    }

    fn time<T>(
        &mut self,
        kind: &'static str,
        op: impl FnOnce() -> Result<T, candle_core::Error>,
    ) -> Result<T, candle_core::Error> {
        let start = self.now();
        let value = op()?;
        let elapsed = self.now() - start;
        match self.totals.iter_mut().find(|(name, _)| *name == kind) {
            Some((_, total)) => *total += elapsed,
            None => self.totals.push((kind, elapsed)),
        }
        Ok(value)
    }
}

fn profile(batch: usize, seq_len: usize, iterations: usize) -> Result<String, candle_core::Error> {
    let linear =
        |out: usize, inp: usize, seed: u32| -> Result<(Tensor, Tensor), candle_core::Error> {
            Ok((
                (filled((out, inp), seed)? * 0.05)?,
                (filled(out, seed + 1)? * 0.05)?,
            ))
        };
    let norm = || -> Result<(Tensor, Tensor), candle_core::Error> {
        Ok((
            Tensor::ones(HIDDEN, DType::F32, &Device::Cpu)?,
            Tensor::zeros(HIDDEN, DType::F32, &Device::Cpu)?,
        ))
    };
    let layers = (0..LAYERS as u32)
        .map(|index| {
            let seed = 100 * index;
            Ok(Layer {
                qkv_o: [
                    linear(HIDDEN, HIDDEN, seed)?,
                    linear(HIDDEN, HIDDEN, seed + 10)?,
                    linear(HIDDEN, HIDDEN, seed + 20)?,
                    linear(HIDDEN, HIDDEN, seed + 30)?,
                ],
                qkv_fused: (filled((3 * HIDDEN, HIDDEN), seed + 60)? * 0.05)?,
                up: linear(FFN, HIDDEN, seed + 40)?,
                down: linear(HIDDEN, FFN, seed + 50)?,
                norms: [norm()?, norm()?],
            })
        })
        .collect::<Result<Vec<_>, candle_core::Error>>()?;
    let input = filled((batch, seq_len, HIDDEN), 7)?;
    // All tokens real: the additive mask is zeros, as for an unpadded batch.
    let mask = Tensor::zeros((batch, 1, 1, seq_len), DType::F32, &Device::Cpu)?;

    let mut timings = Timings::new()?;
    let total_start = timings.now();
    for _ in 0..iterations {
        let mut hidden = input.clone();
        for layer in &layers {
            hidden = layer_forward(&mut timings, layer, &hidden, &mask)?;
        }
    }
    // Wall time minus the alternatives timed on the side, which the real model does not run.
    let alternatives: f64 = timings
        .totals
        .iter()
        .filter(|(kind, _)| kind.starts_with("alternative_"))
        .map(|(_, ms)| ms)
        .sum();
    let total = timings.now() - total_start - alternatives;

    let flops = minilm_flops(batch, seq_len) * iterations as f64;
    let linear_flops = minilm_linear_flops(batch, seq_len) * iterations as f64;
    let linear_ms = timings
        .totals
        .iter()
        .find(|(kind, _)| *kind == "linear_matmul")
        .map_or(f64::NAN, |(_, ms)| *ms);
    let mut json = format!(
        "{{\"batch\":{batch},\"seq_len\":{seq_len},\"iterations\":{iterations},\"total_ms\":{total:.1},\"gflop\":{:.3},\"gflops_per_s\":{:.2},\"linear_matmul_gflops_per_s\":{:.2},\"ms\":{{",
        flops / 1e9,
        flops / 1e6 / total,
        linear_flops / 1e6 / linear_ms
    );
    for (index, (kind, ms)) in timings.totals.iter().enumerate() {
        let comma = if index == 0 { "" } else { "," };
        json.push_str(&format!("{comma}\"{kind}\":{ms:.1}"));
    }
    json.push_str("}}");
    Ok(json)
}

fn layer_forward(
    timings: &mut Timings,
    layer: &Layer,
    hidden: &Tensor,
    mask: &Tensor,
) -> Result<Tensor, candle_core::Error> {
    let (batch, seq_len, _) = hidden.dims3()?;
    let linear = |timings: &mut Timings, x: &Tensor, (w, b): &(Tensor, Tensor)| {
        let (bsize, m, k) = x.dims3()?;
        let y = timings.time("linear_matmul", || {
            x.reshape((bsize * m, k))?
                .matmul(&w.t()?)?
                .reshape((bsize, m, ()))
        })?;
        timings.time("bias_add", || y.broadcast_add(b))
    };
    let heads = |timings: &mut Timings, x: &Tensor| {
        timings.time("reshape_transpose_copy", || {
            x.reshape((batch, seq_len, HEADS, HEAD_DIM))?
                .transpose(1, 2)?
                .contiguous()
        })
    };
    // Self-attention.
    let q = linear(timings, hidden, &layer.qkv_o[0])?;
    let k = linear(timings, hidden, &layer.qkv_o[1])?;
    let v = linear(timings, hidden, &layer.qkv_o[2])?;
    let (q, k, v) = (
        heads(timings, &q)?,
        heads(timings, &k)?,
        heads(timings, &v)?,
    );
    let scores = timings.time("attention_matmul", || q.matmul(&k.t()?))?;
    let scores = timings.time("scale_and_mask", || {
        (scores / (HEAD_DIM as f64).sqrt())?.broadcast_add(mask)
    })?;
    let probs = timings.time("softmax", || candle_nn::ops::softmax(&scores, D::Minus1))?;
    // Levers, timed on the side: candle-nn's fused last-dim softmax, and Q, K, V as one
    // 384 -> 1152 matmul instead of three 384 -> 384 ones.
    timings.time("alternative_softmax_last_dim_fused", || {
        candle_nn::ops::softmax_last_dim(&scores)
    })?;
    timings.time("alternative_qkv_one_matmul", || {
        let (bsize, m, k) = hidden.dims3()?;
        hidden
            .reshape((bsize * m, k))?
            .matmul(&layer.qkv_fused.t()?)?
            .reshape((bsize, m, ()))
    })?;
    let context = timings.time("attention_matmul", || probs.matmul(&v))?;
    let context = timings.time("reshape_transpose_copy", || {
        context
            .transpose(1, 2)?
            .contiguous()?
            .flatten_from(D::Minus2)
    })?;
    let attended = linear(timings, &context, &layer.qkv_o[3])?;
    let attended = timings.time("residual_add", || attended + hidden)?;
    let (w, b) = &layer.norms[0];
    let attended = timings.time("layer_norm", || {
        candle_nn::ops::layer_norm(&attended, w, b, 1e-12)
    })?;
    // Feed-forward.
    let up = linear(timings, &attended, &layer.up)?;
    let up_activated = timings.time("gelu_erf", || up.gelu_erf())?;
    // Lever, timed on the side: the tanh approximation, as a stand-in for any vectorizable GELU.
    timings.time("alternative_gelu_tanh", || up.gelu())?;
    let up = up_activated;
    let down = linear(timings, &up, &layer.down)?;
    let out = timings.time("residual_add", || down + &attended)?;
    let (w, b) = &layer.norms[1];
    timings.time("layer_norm", || {
        candle_nn::ops::layer_norm(&out, w, b, 1e-12)
    })
}

/// Floating-point operations of one MiniLM encoder pass: the six linears plus QKᵀ and AV.
fn minilm_flops(batch: usize, seq_len: usize) -> f64 {
    let attention = 2.0 * 2.0 * (batch * seq_len * seq_len * HIDDEN) as f64;
    minilm_linear_flops(batch, seq_len) + LAYERS as f64 * attention
}

/// Floating-point operations of the six linears of each of MiniLM's layers.
fn minilm_linear_flops(batch: usize, seq_len: usize) -> f64 {
    let tokens = (batch * seq_len) as f64;
    LAYERS as f64 * 2.0 * tokens * (4 * HIDDEN * HIDDEN + 2 * HIDDEN * FFN) as f64
}

/// Loads Qwen3-0.6B in its real shapes (random bf16 weights, Q8_0 as shipped) the way the
/// worker loads a stored checkpoint: one tensor's bytes at a time into
/// [`candor_ml::qwen3::StreamedWeights`], so the 1.19 GB file never exists in wasm memory.
/// `reranker` picks the model (else the embedding model, 768-d). Returns the milliseconds the
/// conversion and load took; the caller reads the wasm memory size afterwards.
#[wasm_bindgen]
pub fn qwen3_streamed_load(
    tokenizer_json: &[u8],
    num_hidden_layers: usize,
    reranker: bool,
) -> Result<f64, JsError> {
    use candor_ml::qwen3::{self, Precision, StreamedWeights, TensorEntry};
    use candor_ml::qwen3_embedding::{self, Qwen3Embedding};
    use candor_ml::qwen3_reranker::PromptEncoder;

    console_error_panic_hook::set_once();
    let ml_error = |error: candor_ml::MlError| JsError::new(&error.to_string());
    let clock = Timings::new().map_err(js_error)?;
    let start = clock.now();
    let config_json = qwen3_config_json(num_hidden_layers);
    let config = qwen3::Config::from_json(config_json.as_bytes()).map_err(ml_error)?;
    let reranker_config = qwen3_reranker::Config {
        max_tokens: 1024,
        ..Default::default()
    };
    let answers = [reranker_config.yes_token_id, reranker_config.no_token_id];
    let mut weights = StreamedWeights::new(
        &config,
        Precision::Q8_0,
        if reranker { &answers } else { &[] },
    );
    let mut state = RANDOM_SEED;
    let mut data = Vec::new();
    for (name, shape) in qwen3_tensors(num_hidden_layers) {
        // The embedding checkpoint is saved from `Qwen3Model`: no `model.` prefix.
        let name = match reranker {
            true => name,
            false => name.trim_start_matches("model.").to_owned(),
        };
        data.clear();
        data.shrink_to_fit();
        random_bf16_tensor(&shape, &mut state, &mut data);
        let entry = TensorEntry {
            name,
            dtype: DType::BF16,
            shape,
            start: 0,
            end: data.len() as u64,
        };
        weights.add(&entry, &data).map_err(ml_error)?;
    }
    drop(data);
    if reranker {
        let encoder =
            PromptEncoder::new(tokenizer_json, reranker_config.max_tokens).map_err(ml_error)?;
        let model =
            Qwen3Reranker::load_from(config_json.as_bytes(), encoder, &weights, reranker_config)
                .map_err(ml_error)?;
        drop(model);
    } else {
        let model = Qwen3Embedding::load_from(
            config_json.as_bytes(),
            tokenizer_json,
            &weights,
            qwen3_embedding::Config::default(),
        )
        .map_err(ml_error)?;
        drop(model);
    }
    // wasm memory never shrinks: its size now is the load's peak.
    Ok(clock.now() - start)
}

/// Qwen3-Reranker in Qwen3-0.6B's real shapes with random weights, Q8_0 as shipped.
#[wasm_bindgen]
pub struct Qwen3Bench {
    reranker: Qwen3Reranker,
    /// Milliseconds spent writing the random checkpoint (not part of a real load).
    pub generate_ms: f64,
    /// Milliseconds `Qwen3Reranker::load` took: header parse, Q8_0 quantization, RoPE tables.
    pub load_ms: f64,
}

#[wasm_bindgen]
impl Qwen3Bench {
    /// Builds a random bf16 checkpoint (1.19 GB at 28 layers) inside wasm memory, loads it with
    /// the real reranker tokenizer, then drops the checkpoint bytes. `batch_size` is pairs per
    /// forward pass; `max_tokens` bounds prompt length (RoPE tables).
    #[wasm_bindgen(constructor)]
    pub fn new(
        tokenizer_json: &[u8],
        num_hidden_layers: usize,
        batch_size: usize,
        max_tokens: usize,
    ) -> Result<Qwen3Bench, JsError> {
        console_error_panic_hook::set_once();
        let clock = Timings::new().map_err(js_error)?;
        let start = clock.now();
        let safetensors = random_bf16_safetensors(&qwen3_tensors(num_hidden_layers));
        let generated = clock.now();
        let config_json = qwen3_config_json(num_hidden_layers);
        let bytes = Qwen3Bytes {
            config_json: config_json.as_bytes(),
            tokenizer_json,
            safetensors: &safetensors,
        };
        let config = qwen3_reranker::Config {
            batch_size,
            max_tokens,
            ..Default::default()
        };
        let reranker =
            Qwen3Reranker::load(bytes, config).map_err(|e| JsError::new(&e.to_string()))?;
        let loaded = clock.now();
        drop(safetensors);
        Ok(Qwen3Bench {
            reranker,
            generate_ms: generated - start,
            load_ms: loaded - generated,
        })
    }

    /// Scores `n_pairs` prompts of `n_tokens` pseudo-random token ids each through the
    /// reranker (decoder prefill + yes/no head); returns the sum of P(yes) so the work counts.
    pub fn score(&self, n_pairs: usize, n_tokens: usize) -> Result<f32, JsError> {
        let mut state = 12_345u32;
        let prompts: Vec<Vec<u32>> = (0..n_pairs)
            .map(|_| {
                (0..n_tokens)
                    .map(|_| {
                        state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                        (state >> 8) % 151_643
                    })
                    .collect()
            })
            .collect();
        let logits = self
            .reranker
            .score_token_ids(&prompts)
            .map_err(|e| JsError::new(&e.to_string()))?;
        Ok(logits.iter().map(|pair| pair.p_yes()).sum())
    }
}

/// A tensor of `shape` filled with deterministic pseudo-random values in [-1, 1).
fn filled(shape: impl Into<candle_core::Shape>, seed: u32) -> Result<Tensor, candle_core::Error> {
    let shape = shape.into();
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    let values: Vec<f32> = (0..shape.elem_count())
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 8) as f32 / (1u32 << 23) as f32 - 1.0
        })
        .collect();
    Tensor::from_vec(values, shape, &Device::Cpu)
}

fn js_error(error: candle_core::Error) -> JsError {
    JsError::new(&error.to_string())
}
