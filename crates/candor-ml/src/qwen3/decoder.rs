//! The decoder stack and its layers, loaded through [`WeightSource`] and run as one batched,
//! padding-aware prefill pass.

use std::sync::Arc;

use candle_core::quantized::QMatMul;
use candle_core::{DType, Device, Module, Tensor};
use candle_nn::RmsNorm;
use candle_transformers::utils::repeat_kv;

use super::{Config, Precision, WeightSource, attention_bias};
use crate::MlError;

/// Hands out the weights under one name prefix in the requested [`Precision`], like candle's
/// `VarBuilder` but able to quantize while reading.
struct WeightLoader<'w, W: WeightSource + ?Sized> {
    source: &'w W,
    path: String,
    precision: Precision,
}

impl<W: WeightSource + ?Sized> WeightLoader<'_, W> {
    fn pp(&self, name: impl std::fmt::Display) -> Self {
        WeightLoader {
            source: self.source,
            path: format!("{}{name}.", self.path),
            precision: self.precision,
        }
    }

    /// A `(rows, columns)` weight matrix (a `Linear` weight, or the embedding table).
    fn matrix(&self, name: &str, rows: usize, columns: usize) -> candle_core::Result<QMatMul> {
        self.source.matrix(
            &format!("{}{name}", self.path),
            rows,
            columns,
            self.precision,
        )
    }

    /// A `Linear` layer's `(out_features, in_features)` weight.
    fn linear(
        &self,
        name: &str,
        out_features: usize,
        in_features: usize,
    ) -> candle_core::Result<Linear> {
        Ok(Linear {
            weight: self.matrix(name, out_features, in_features)?,
        })
    }

    /// An RMSNorm scale vector, always f32.
    fn rms_norm(&self, name: &str, size: usize, eps: f64) -> candle_core::Result<RmsNorm> {
        let scale = self.source.vector(&format!("{}{name}", self.path), size)?;
        Ok(RmsNorm::new(scale, eps))
    }
}

/// Input rows (batch x tokens) from which a Q8_0 product runs as dequantize + f32 GEMM.
const DEQUANTIZE_MIN_ROWS: usize = 16;

/// A bias-free linear layer, `x W^T`, over an f32 or Q8_0 weight `(out, in)`.
///
/// With a Q8_0 weight and at least [`DEQUANTIZE_MIN_ROWS`] input rows (any real prefill), the
/// weight is dequantized to f32 for this one product and dropped again. Candle's quantized CPU
/// matmul computes one block dot product per (row, column) pair and, natively on the full-size
/// Qwen3-0.6B shapes, was about 4 times slower than the f32 GEMM for 4 x 399 tokens; the
/// transient f32 copy is a single matrix (at most 12 MiB for Qwen3-0.6B), and the product no
/// longer rounds activations to 8 bits. Few rows (a short query) keep the quantized kernel,
/// where dequantizing would cost more than it saves.
struct Linear {
    weight: QMatMul,
}

impl Linear {
    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        let n_rows = x.elem_count() / x.dim(candle_core::D::Minus1)?;
        match &self.weight {
            QMatMul::QTensor(weight) if n_rows >= DEQUANTIZE_MIN_ROWS => {
                QMatMul::Tensor(weight.dequantize(x.device())?).forward(x)
            }
            weight => weight.forward(x),
        }
    }
}

/// RoPE cos/sin tables for positions `0..max_positions`, built once and shared by all layers.
// Port of transformers' `Qwen3RotaryEmbedding` (default rope_type): inv_freq in f32, then
// `cos`/`sin` of position * inv_freq, applied in the non-interleaved ("rotate_half") layout.
struct RotaryEmbedding {
    /// `(max_positions, head_dim / 2)`.
    cos: Tensor,
    /// `(max_positions, head_dim / 2)`.
    sin: Tensor,
}

impl RotaryEmbedding {
    fn new(config: &Config, max_positions: usize, device: &Device) -> candle_core::Result<Self> {
        let head_dim = config.head_dim;
        // f32 throughout, as transformers computes `base ** (arange(0, dim, 2) / dim)`.
        let rope_theta = config.rope_theta as f32;
        let inv_freq: Vec<f32> = (0..head_dim)
            .step_by(2)
            .map(|i| 1.0 / rope_theta.powf(i as f32 / head_dim as f32))
            .collect();
        let n_freqs = inv_freq.len();
        let inv_freq = Tensor::from_vec(inv_freq, (1, n_freqs), device)?;
        let positions = Tensor::arange(0u32, max_positions as u32, device)?
            .to_dtype(DType::F32)?
            .reshape((max_positions, 1))?;
        let angles = positions.broadcast_mul(&inv_freq)?;
        Ok(RotaryEmbedding {
            cos: angles.cos()?,
            sin: angles.sin()?,
        })
    }

    fn max_positions(&self) -> usize {
        self.cos.dim(0).unwrap_or(0)
    }

    /// Rotates `q` and `k`, both `(B, n_heads, L, D)` contiguous, for positions `0..L`.
    ///
    /// Positions count padding too, as transformers does when no `position_ids` are passed.
    /// RoPE scores depend only on position differences, so left padding does not change a
    /// sequence's result.
    fn apply(&self, q: &Tensor, k: &Tensor) -> candle_core::Result<(Tensor, Tensor)> {
        let n_tokens = q.dim(2)?;
        let cos = self.cos.narrow(0, 0, n_tokens)?;
        let sin = self.sin.narrow(0, 0, n_tokens)?;
        Ok((
            candle_nn::rotary_emb::rope(q, &cos, &sin)?,
            candle_nn::rotary_emb::rope(k, &cos, &sin)?,
        ))
    }
}

// transformers `Qwen3MLP`: down(silu(gate(x)) * up(x)).
struct Mlp {
    gate_proj: Linear,
    up_proj: Linear,
    down_proj: Linear,
}

impl Mlp {
    fn load<W: WeightSource + ?Sized>(
        vb: &WeightLoader<'_, W>,
        config: &Config,
    ) -> candle_core::Result<Self> {
        let (hidden, intermediate) = (config.hidden_size, config.intermediate_size);
        Ok(Mlp {
            gate_proj: vb.linear("gate_proj.weight", intermediate, hidden)?,
            up_proj: vb.linear("up_proj.weight", intermediate, hidden)?,
            down_proj: vb.linear("down_proj.weight", hidden, intermediate)?,
        })
    }

    fn forward(&self, x: &Tensor) -> candle_core::Result<Tensor> {
        // (B, L, H) -> (B, L, I) twice, gated, -> (B, L, H).
        let gate = candle_nn::ops::silu(&self.gate_proj.forward(x)?)?;
        let up = self.up_proj.forward(x)?;
        self.down_proj.forward(&(gate * up)?)
    }
}

// transformers `Qwen3Attention`: grouped-query attention with an RMSNorm on each query and key
// head (QK-norm) before RoPE.
struct Attention {
    q_proj: Linear,
    k_proj: Linear,
    v_proj: Linear,
    o_proj: Linear,
    q_norm: RmsNorm,
    k_norm: RmsNorm,
    n_heads: usize,
    n_kv_heads: usize,
    head_dim: usize,
    rotary: Arc<RotaryEmbedding>,
}

impl Attention {
    fn load<W: WeightSource + ?Sized>(
        vb: &WeightLoader<'_, W>,
        config: &Config,
        rotary: Arc<RotaryEmbedding>,
    ) -> candle_core::Result<Self> {
        let hidden = config.hidden_size;
        let (n_heads, n_kv_heads) = (config.num_attention_heads, config.num_key_value_heads);
        let head_dim = config.head_dim;
        Ok(Attention {
            q_proj: vb.linear("q_proj.weight", n_heads * head_dim, hidden)?,
            k_proj: vb.linear("k_proj.weight", n_kv_heads * head_dim, hidden)?,
            v_proj: vb.linear("v_proj.weight", n_kv_heads * head_dim, hidden)?,
            o_proj: vb.linear("o_proj.weight", hidden, n_heads * head_dim)?,
            q_norm: vb.rms_norm("q_norm.weight", head_dim, config.rms_norm_eps)?,
            k_norm: vb.rms_norm("k_norm.weight", head_dim, config.rms_norm_eps)?,
            n_heads,
            n_kv_heads,
            head_dim,
            rotary,
        })
    }

    /// `x` is `(B, L, H)`; `bias` is the additive `(B, 1, L, L)` mask from [`attention_bias`].
    fn forward(&self, x: &Tensor, bias: &Tensor) -> candle_core::Result<Tensor> {
        let (n_rows, n_tokens, _) = x.dims3()?;
        let (n_heads, n_kv_heads, head_dim) = (self.n_heads, self.n_kv_heads, self.head_dim);

        // 1. Projections: (B, L, H) -> (B, L, n_heads * D) and (B, L, n_kv_heads * D).
        let q = self.q_proj.forward(x)?;
        let k = self.k_proj.forward(x)?;
        let v = self.v_proj.forward(x)?;

        // 2. Split heads, (B, L, n * D) -> (B, L, n, D), and RMSNorm each query/key head over D.
        let q = self
            .q_norm
            .forward(&q.reshape((n_rows, n_tokens, n_heads, head_dim))?)?;
        let k = self
            .k_norm
            .forward(&k.reshape((n_rows, n_tokens, n_kv_heads, head_dim))?)?;
        let v = v.reshape((n_rows, n_tokens, n_kv_heads, head_dim))?;

        // 3. Heads first, (B, L, n, D) -> (B, n, L, D), then RoPE on queries and keys.
        let q = q.transpose(1, 2)?.contiguous()?;
        let k = k.transpose(1, 2)?.contiguous()?;
        let v = v.transpose(1, 2)?.contiguous()?;
        let (q, k) = self.rotary.apply(&q, &k)?;

        // 4. Share each key/value head with its query group: (B, n_kv, L, D) -> (B, n, L, D).
        let k = repeat_kv(k, n_heads / n_kv_heads)?;
        let v = repeat_kv(v, n_heads / n_kv_heads)?;

        // 5. Scaled scores plus the causal/padding bias, then softmax over keys and the
        //    weighted values, one sequence at a time: (1, n, L, D) x (1, n, D, L) -> (1, n, L, L)
        //    -> x (1, n, L, D) -> (1, n, L, D). The (n, L, L) scores are the largest transient
        //    tensors (64 MiB per copy for 16 heads at L = 1024), so a whole batch of them at
        //    once would multiply peak memory by B for no gain in a single-threaded worker.
        let q = (q * (1.0 / (head_dim as f64).sqrt()))?;
        let contexts = (0..n_rows)
            .map(|row_idx| {
                let scores = q
                    .narrow(0, row_idx, 1)?
                    .matmul(&k.narrow(0, row_idx, 1)?.t()?)?
                    .broadcast_add(&bias.narrow(0, row_idx, 1)?)?;
                candle_nn::ops::softmax_last_dim(&scores)?.matmul(&v.narrow(0, row_idx, 1)?)
            })
            .collect::<candle_core::Result<Vec<_>>>()?;
        // 6. Back to one batch: B x (1, n, L, D) -> (B, n, L, D).
        let context = Tensor::cat(&contexts, 0)?;

        // 7. Merge heads and project: (B, n, L, D) -> (B, L, n * D) -> (B, L, H).
        let context = context
            .transpose(1, 2)?
            .reshape((n_rows, n_tokens, n_heads * head_dim))?;
        self.o_proj.forward(&context)
    }
}

// transformers `Qwen3DecoderLayer`: pre-norm attention and MLP, each added to the residual.
struct DecoderLayer {
    self_attn: Attention,
    mlp: Mlp,
    input_layernorm: RmsNorm,
    post_attention_layernorm: RmsNorm,
}

impl DecoderLayer {
    fn load<W: WeightSource + ?Sized>(
        vb: &WeightLoader<'_, W>,
        config: &Config,
        rotary: Arc<RotaryEmbedding>,
    ) -> candle_core::Result<Self> {
        let (hidden, eps) = (config.hidden_size, config.rms_norm_eps);
        Ok(DecoderLayer {
            self_attn: Attention::load(&vb.pp("self_attn"), config, rotary)?,
            mlp: Mlp::load(&vb.pp("mlp"), config)?,
            input_layernorm: vb.rms_norm("input_layernorm.weight", hidden, eps)?,
            post_attention_layernorm: vb.rms_norm(
                "post_attention_layernorm.weight",
                hidden,
                eps,
            )?,
        })
    }

    fn forward(&self, x: &Tensor, bias: &Tensor) -> candle_core::Result<Tensor> {
        // (B, L, H) -> (B, L, H) throughout.
        let attended = self
            .self_attn
            .forward(&self.input_layernorm.forward(x)?, bias)?;
        let x = (x + attended)?;
        let transformed = self
            .mlp
            .forward(&self.post_attention_layernorm.forward(&x)?)?;
        x + transformed
    }
}

/// The Qwen3 decoder stack: token embeddings, decoder layers, final RMSNorm. Its output is
/// transformers' `last_hidden_state`; the embedding model pools it, the reranker scores it.
pub struct Qwen3 {
    embed_tokens: QMatMul,
    layers: Vec<DecoderLayer>,
    norm: RmsNorm,
    rotary: Arc<RotaryEmbedding>,
    device: Device,
}

impl Qwen3 {
    /// Loads the decoder from `weights` in `precision`. `max_positions` bounds the longest
    /// sequence a forward pass accepts (RoPE tables are built for that many positions, capped
    /// at `config.max_position_embeddings`). The checkpoint's bytes may be dropped afterwards.
    pub fn load<W: WeightSource + ?Sized>(
        weights: &W,
        config: &Config,
        precision: Precision,
        max_positions: usize,
    ) -> Result<Self, MlError> {
        config.check_supported()?;
        let device = Device::Cpu;
        let max_positions = max_positions.min(config.max_position_embeddings);
        let rotary = Arc::new(RotaryEmbedding::new(config, max_positions, &device)?);
        let vb = WeightLoader {
            source: weights,
            path: weights.prefix().to_owned(),
            precision,
        };
        let layers_vb = vb.pp("layers");
        let layers = (0..config.num_hidden_layers)
            .map(|layer_idx| DecoderLayer::load(&layers_vb.pp(layer_idx), config, rotary.clone()))
            .collect::<candle_core::Result<Vec<_>>>()?;
        Ok(Qwen3 {
            embed_tokens: vb.matrix(
                "embed_tokens.weight",
                config.vocab_size,
                config.hidden_size,
            )?,
            layers,
            norm: vb.rms_norm("norm.weight", config.hidden_size, config.rms_norm_eps)?,
            rotary,
            device,
        })
    }

    /// The device every tensor of this model lives on (the CPU).
    pub fn device(&self) -> &Device {
        &self.device
    }

    /// Longest sequence [`Qwen3::forward`] accepts.
    pub fn max_positions(&self) -> usize {
        self.rotary.max_positions()
    }

    /// Final hidden states `(B, L, hidden_size)` for `input_ids` `(B, L)` (u32) under
    /// `attention_mask` `(B, L)` (1 = real token, 0 = padding). Rows at padding positions are
    /// meaningless; real positions never see padding.
    pub fn forward(&self, input_ids: &Tensor, attention_mask: &Tensor) -> Result<Tensor, MlError> {
        let (_, n_tokens) = input_ids.dims2()?;
        if n_tokens > self.max_positions() {
            unsupported!(
                "{n_tokens} tokens exceed the {} positions this model was loaded for",
                self.max_positions()
            )
        }
        // 1. Additive mask from causality and padding: (B, L) -> (B, 1, L, L).
        let bias = attention_bias(attention_mask)?;
        // 2. Token embeddings (dequantized per looked-up row in Q8_0): (B, L) -> (B, L, H).
        let mut hidden = self.embed_tokens.embedding(input_ids)?;
        // 3. Decoder layers: (B, L, H) -> (B, L, H).
        for layer in &self.layers {
            hidden = layer.forward(&hidden, &bias)?;
        }
        // 4. Final RMSNorm: (B, L, H).
        Ok(self.norm.forward(&hidden)?)
    }
}
