//! The Qwen3 decoder shared by Qwen3-Embedding-0.6B and Qwen3-Reranker-0.6B, with a batched,
//! padding-aware forward pass.
//!
//! Ports `Qwen3Model` from HF transformers
//! (<https://github.com/huggingface/transformers/blob/main/src/transformers/models/qwen3/modeling_qwen3.py>)
//! and follows the layer layout of candle's `candle-transformers/src/models/qwen3.rs`. Candle's
//! model only has a causal mask, so a padded batch would let real tokens attend to padding; here
//! every forward pass takes the `(B, L)` attention mask and combines it with the causal mask.
//! There is no KV cache: embedding and reranking are single prefill passes.
//!
//! Weights load tensor by tensor, either as f32 (the reference, 2.4 GB for the 0.6B models) or as
//! Q8_0 blocks quantized row chunk by row chunk (about 0.65 GB), so a full f32 copy of the bf16
//! checkpoint never exists, not even of the 151669-row embedding table, which stays quantized and
//! is dequantized one looked-up row at a time. The bytes come from a whole safetensors file in
//! memory ([`Checkpoint`]) or one tensor at a time as the file streams in ([`StreamedWeights`]),
//! so the 1.19 GB file never has to sit whole in a 4 GiB wasm memory.

use std::collections::HashMap;
use std::sync::Arc;

use candle_core::quantized::k_quants::BlockQ8_0;
use candle_core::quantized::{GgmlType, QMatMul, QStorage, QTensor};
use candle_core::safetensors::SliceSafetensors;
use candle_core::{DType, Device, Module, Tensor};
use candle_nn::RmsNorm;
use candle_transformers::utils::repeat_kv;
use tokenizers::Tokenizer;

use crate::MlError;

/// Returns early with [`MlError::Unsupported`], formatted like `format!`.
macro_rules! unsupported {
    ($($arg:tt)*) => {
        return Err($crate::MlError::Unsupported(format!($($arg)*)))
    };
}
pub(crate) use unsupported;

/// The architecture hyperparameters of a Qwen3 `config.json`.
///
/// Both spellings of the RoPE base are accepted: top-level `rope_theta` (the pinned Qwen3
/// checkpoints, written by transformers 4) and `rope_parameters: {rope_theta}` (transformers 5).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(try_from = "ConfigJson")]
pub struct Config {
    pub vocab_size: usize,
    pub hidden_size: usize,
    pub intermediate_size: usize,
    pub num_hidden_layers: usize,
    pub num_attention_heads: usize,
    pub num_key_value_heads: usize,
    pub head_dim: usize,
    pub max_position_embeddings: usize,
    pub rms_norm_eps: f64,
    /// RoPE base frequency (1,000,000 for Qwen3-0.6B).
    pub rope_theta: f64,
    /// When true the LM head is the token-embedding matrix; the reranker's yes/no rows are read
    /// from `embed_tokens`, otherwise from `lm_head`.
    pub tie_word_embeddings: bool,
    pub hidden_act: String,
    pub attention_bias: bool,
    pub use_sliding_window: bool,
}

/// `config.json` as written; [`Config`] is the resolved form.
#[derive(serde::Deserialize)]
struct ConfigJson {
    vocab_size: usize,
    hidden_size: usize,
    intermediate_size: usize,
    num_hidden_layers: usize,
    num_attention_heads: usize,
    num_key_value_heads: Option<usize>,
    head_dim: Option<usize>,
    max_position_embeddings: usize,
    rms_norm_eps: f64,
    rope_theta: Option<f64>,
    rope_parameters: Option<RopeParameters>,
    rope_scaling: Option<serde_json::Value>,
    #[serde(default)]
    tie_word_embeddings: bool,
    hidden_act: String,
    #[serde(default)]
    attention_bias: bool,
    #[serde(default)]
    use_sliding_window: bool,
}

#[derive(serde::Deserialize)]
struct RopeParameters {
    rope_theta: f64,
    rope_type: Option<String>,
}

impl TryFrom<ConfigJson> for Config {
    type Error = String;

    fn try_from(json: ConfigJson) -> Result<Self, String> {
        // Scaled RoPE variants (YaRN, dynamic NTK, ...) change the tables; only plain RoPE is
        // implemented, so refuse anything else rather than compute subtly wrong positions.
        if json.rope_scaling.as_ref().is_some_and(|v| !v.is_null()) {
            return Err("rope_scaling is not supported".to_owned());
        }
        let rope_theta = match (&json.rope_parameters, json.rope_theta) {
            (Some(parameters), _) => {
                let rope_type = parameters.rope_type.as_deref().unwrap_or("default");
                if rope_type != "default" {
                    return Err(format!("rope_type {rope_type:?} is not supported"));
                }
                parameters.rope_theta
            }
            (None, Some(rope_theta)) => rope_theta,
            (None, None) => return Err("neither rope_theta nor rope_parameters is set".to_owned()),
        };
        Ok(Config {
            vocab_size: json.vocab_size,
            hidden_size: json.hidden_size,
            intermediate_size: json.intermediate_size,
            num_hidden_layers: json.num_hidden_layers,
            num_attention_heads: json.num_attention_heads,
            num_key_value_heads: json.num_key_value_heads.unwrap_or(json.num_attention_heads),
            head_dim: json
                .head_dim
                .unwrap_or(json.hidden_size / json.num_attention_heads.max(1)),
            max_position_embeddings: json.max_position_embeddings,
            rms_norm_eps: json.rms_norm_eps,
            rope_theta,
            tie_word_embeddings: json.tie_word_embeddings,
            hidden_act: json.hidden_act,
            attention_bias: json.attention_bias,
            use_sliding_window: json.use_sliding_window,
        })
    }
}

impl Config {
    /// Parses `config.json` bytes.
    pub fn from_json(bytes: &[u8]) -> Result<Self, MlError> {
        Ok(serde_json::from_slice(bytes)?)
    }

    /// Refuses the variants this port does not implement, before any weight is read.
    fn check_supported(&self) -> Result<(), MlError> {
        if self.hidden_act != "silu" {
            unsupported!("hidden_act {:?} is not supported", self.hidden_act)
        }
        if self.attention_bias {
            unsupported!("attention_bias is not supported (Qwen3 has none)")
        }
        if self.use_sliding_window {
            unsupported!("sliding-window attention is not supported")
        }
        if self.num_key_value_heads == 0
            || !self
                .num_attention_heads
                .is_multiple_of(self.num_key_value_heads)
        {
            unsupported!(
                "{} attention heads cannot share {} key/value heads",
                self.num_attention_heads,
                self.num_key_value_heads
            )
        }
        if !self.head_dim.is_multiple_of(2) {
            unsupported!("RoPE needs an even head_dim, got {}", self.head_dim)
        }
        Ok(())
    }
}

/// How weight matrices are held in memory. Norm scales are always f32 (they are tiny).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// Every weight as f32: the reference path, 4 bytes per parameter.
    F32,
    /// Matrices (projections and the embedding table) as ggml Q8_0: blocks of 32 int8 values
    /// with one f16 scale, 1.0625 bytes per parameter; about 0.65 GB for Qwen3-0.6B. Prefill
    /// products dequantize one matrix at a time (faster than the quantized kernel); embedding
    /// rows are dequantized as they are looked up.
    Q8_0,
}

/// The three files a Qwen3 model needs, as verified bytes.
#[derive(Debug, Clone, Copy)]
pub struct ModelBytes<'a> {
    pub config_json: &'a [u8],
    pub tokenizer_json: &'a [u8],
    pub safetensors: &'a [u8],
}

impl<'a> ModelBytes<'a> {
    /// Picks the three files by their lock paths from `get`, e.g. a store's verified files.
    pub fn from_files(get: impl Fn(&str) -> Option<&'a [u8]>) -> Result<Self, MlError> {
        let file = |path: &str| get(path).ok_or_else(|| MlError::MissingFile(path.to_owned()));
        Ok(ModelBytes {
            config_json: file("config.json")?,
            tokenizer_json: file("tokenizer.json")?,
            safetensors: file("model.safetensors")?,
        })
    }
}

/// A parsed safetensors header over borrowed bytes, with the decoder's tensor-name prefix.
///
/// Checkpoints saved from `Qwen3Model` (Qwen3-Embedding) name tensors `embed_tokens.weight`,
/// `layers.0...`; those saved from `Qwen3ForCausalLM` (Qwen3-Reranker) prefix them with
/// `model.` and may add a top-level `lm_head.weight`. The prefix is detected from the keys.
pub struct Checkpoint<'a> {
    safetensors: SliceSafetensors<'a>,
    prefix: &'static str,
}

/// One tensor's metadata and raw little-endian bytes inside the checkpoint buffer.
struct RawTensor<'a> {
    name: String,
    dtype: DType,
    shape: Vec<usize>,
    data: &'a [u8],
}

impl<'a> Checkpoint<'a> {
    /// Reads the safetensors header; no tensor data is copied.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, MlError> {
        let safetensors = SliceSafetensors::new(bytes)?;
        let prefix = if safetensors.get("model.embed_tokens.weight").is_ok() {
            "model."
        } else if safetensors.get("embed_tokens.weight").is_ok() {
            ""
        } else {
            unsupported!(
                "not a Qwen3 checkpoint: neither embed_tokens.weight nor model.embed_tokens.weight"
            )
        };
        Ok(Checkpoint {
            safetensors,
            prefix,
        })
    }

    /// `"model."` for causal-LM checkpoints, `""` for bare decoder checkpoints.
    pub fn prefix(&self) -> &'static str {
        self.prefix
    }

    /// The tensor `name` (already prefixed), checked to have `shape`.
    fn raw(&self, name: &str, shape: &[usize]) -> candle_core::Result<RawTensor<'_>> {
        let view = self.safetensors.get(name)?;
        let raw = RawTensor {
            name: name.to_owned(),
            dtype: DType::try_from(view.dtype())?,
            shape: view.shape().to_vec(),
            data: view.data(),
        };
        if raw.shape != shape {
            candle_core::bail!(
                "tensor {name} has shape {:?}, config.json implies {shape:?}",
                raw.shape
            )
        }
        Ok(raw)
    }

    /// Rows `token_ids` of the output projection, exactly (f32, never quantized): the LM head
    /// when it is a separate tensor, otherwise the tied embedding table. Shape
    /// `(token_ids.len(), hidden_size)`.
    pub fn output_rows(&self, config: &Config, token_ids: &[u32]) -> Result<Tensor, MlError> {
        let name = if config.tie_word_embeddings {
            format!("{}embed_tokens.weight", self.prefix)
        } else {
            "lm_head.weight".to_owned()
        };
        let raw = self.raw(&name, &[config.vocab_size, config.hidden_size])?;
        exact_rows(&raw, token_ids)
    }
}

/// The name of the tensor whose rows score the next token: the LM head, or the tied embedding
/// table (under `prefix`).
fn output_tensor_name(config: &Config, prefix: &str) -> String {
    if config.tie_word_embeddings {
        format!("{prefix}embed_tokens.weight")
    } else {
        "lm_head.weight".to_owned()
    }
}

/// Rows `token_ids` of a `(vocab, hidden)` tensor, as f32 `(token_ids.len(), hidden)`.
fn exact_rows(raw: &RawTensor<'_>, token_ids: &[u32]) -> Result<Tensor, MlError> {
    let (vocab_size, hidden_size) = (raw.shape[0], raw.shape[1]);
    let row_bytes = hidden_size * raw.dtype.size_in_bytes();
    let mut rows = Vec::with_capacity(token_ids.len());
    for &token_id in token_ids {
        let token_idx = token_id as usize;
        if token_idx >= vocab_size {
            unsupported!("token id {token_id} is outside the vocabulary of {vocab_size}")
        }
        let bytes = &raw.data[token_idx * row_bytes..][..row_bytes];
        rows.push(
            Tensor::from_raw_buffer(bytes, raw.dtype, &[1, hidden_size], &Device::Cpu)?
                .to_dtype(DType::F32)?,
        );
    }
    Ok(Tensor::cat(&rows, 0)?)
}

/// Where a Qwen3 model's weights come from: a whole checkpoint in memory ([`Checkpoint`]) or
/// tensors converted as the file streamed in ([`StreamedWeights`]).
pub trait WeightSource {
    /// `"model."` for causal-LM checkpoints, `""` for bare decoder checkpoints.
    fn prefix(&self) -> &str;
    /// The `(rows, columns)` matrix `name` (full name) in `precision`.
    fn matrix(
        &self,
        name: &str,
        rows: usize,
        columns: usize,
        precision: Precision,
    ) -> candle_core::Result<QMatMul>;
    /// The f32 vector `name` (full name) of `size` values.
    fn vector(&self, name: &str, size: usize) -> candle_core::Result<Tensor>;
    /// Rows `token_ids` of the output projection, exactly, as f32 `(token_ids.len(), hidden)`.
    fn output_rows(&self, config: &Config, token_ids: &[u32]) -> Result<Tensor, MlError>;
}

impl WeightSource for Checkpoint<'_> {
    fn prefix(&self) -> &str {
        self.prefix
    }

    fn matrix(
        &self,
        name: &str,
        rows: usize,
        columns: usize,
        precision: Precision,
    ) -> candle_core::Result<QMatMul> {
        convert_matrix(&self.raw(name, &[rows, columns])?, precision)
    }

    fn vector(&self, name: &str, size: usize) -> candle_core::Result<Tensor> {
        dense_f32(&self.raw(name, &[size])?)
    }

    fn output_rows(&self, config: &Config, token_ids: &[u32]) -> Result<Tensor, MlError> {
        Checkpoint::output_rows(self, config, token_ids)
    }
}

/// One tensor of a safetensors file and where its bytes lie, from the start of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct TensorEntry {
    pub name: String,
    pub dtype: DType,
    pub shape: Vec<usize>,
    pub start: u64,
    pub end: u64,
}

/// Parses a safetensors header: `header_json` is the JSON that follows the file's 8-byte
/// little-endian length. Returns the tensors in file order, checked to be packed back to back
/// from the end of the header, so the file can be read front to back, one tensor at a time.
pub fn safetensors_layout(header_json: &[u8]) -> Result<Vec<TensorEntry>, MlError> {
    #[derive(serde::Deserialize)]
    struct Info {
        dtype: String,
        shape: Vec<usize>,
        data_offsets: (u64, u64),
    }
    let header: HashMap<String, serde_json::Value> = serde_json::from_slice(header_json)
        .map_err(|error| MlError::Unsupported(format!("safetensors header: {error}")))?;
    let data_start = 8 + header_json.len() as u64;
    let mut entries = Vec::with_capacity(header.len());
    for (name, value) in header {
        if name == "__metadata__" {
            continue;
        }
        let info: Info = serde_json::from_value(value)
            .map_err(|error| MlError::Unsupported(format!("safetensors entry {name}: {error}")))?;
        let dtype = match info.dtype.as_str() {
            "BF16" => DType::BF16,
            "F16" => DType::F16,
            "F32" => DType::F32,
            other => unsupported!("tensor {name} has dtype {other}; expected BF16, F16 or F32"),
        };
        let elements: usize = info.shape.iter().product();
        let (start, end) = info.data_offsets;
        if end < start || end - start != (elements * dtype.size_in_bytes()) as u64 {
            unsupported!("tensor {name}: offsets {start}..{end} do not hold its {elements} values")
        }
        entries.push(TensorEntry {
            name,
            dtype,
            shape: info.shape,
            start: data_start + start,
            end: data_start + end,
        });
    }
    entries.sort_by_key(|entry| entry.start);
    let mut at = data_start;
    for entry in &entries {
        if entry.start != at {
            unsupported!(
                "tensor {} starts at byte {}, expected {at}",
                entry.name,
                entry.start
            )
        }
        at = entry.end;
    }
    Ok(entries)
}

/// A converted tensor of [`StreamedWeights`].
enum Converted {
    Matrix(QMatMul),
    Vector(Tensor),
}

/// Qwen3 weights converted (quantized, or widened to f32) as each tensor of the checkpoint
/// arrives, so only one tensor's raw bytes are held at a time. Feed every [`TensorEntry`] of
/// [`safetensors_layout`] to [`StreamedWeights::add`], then load a model from it.
pub struct StreamedWeights {
    config: Config,
    precision: Precision,
    output_token_ids: Vec<u32>,
    output_rows: Option<Tensor>,
    prefix: Option<&'static str>,
    tensors: HashMap<String, Converted>,
}

impl StreamedWeights {
    /// Empty weights for a model of `config`, kept in `precision`. The rows `output_token_ids`
    /// of the output projection are kept exactly (the reranker's yes/no rows); pass none for
    /// an embedding model.
    pub fn new(config: &Config, precision: Precision, output_token_ids: &[u32]) -> Self {
        StreamedWeights {
            config: config.clone(),
            precision,
            output_token_ids: output_token_ids.to_vec(),
            output_rows: None,
            prefix: None,
            tensors: HashMap::new(),
        }
    }

    /// Converts one tensor from its raw little-endian bytes.
    pub fn add(&mut self, entry: &TensorEntry, data: &[u8]) -> Result<(), MlError> {
        let raw = RawTensor {
            name: entry.name.clone(),
            dtype: entry.dtype,
            shape: entry.shape.clone(),
            data,
        };
        match entry.name.as_str() {
            "model.embed_tokens.weight" => self.prefix = Some("model."),
            "embed_tokens.weight" => self.prefix = Some(""),
            _ => {}
        }
        let output_name = output_tensor_name(&self.config, self.prefix.unwrap_or_default());
        if !self.output_token_ids.is_empty() && entry.name == output_name {
            self.output_rows = Some(exact_rows(&raw, &self.output_token_ids)?);
        }
        // The decoder never runs the full vocabulary projection.
        if entry.name == "lm_head.weight" {
            return Ok(());
        }
        let converted = match raw.shape.len() {
            2 => Converted::Matrix(convert_matrix(&raw, self.precision)?),
            1 => Converted::Vector(dense_f32(&raw)?),
            _ => unsupported!("tensor {} has {} dimensions", raw.name, raw.shape.len()),
        };
        self.tensors.insert(entry.name.clone(), converted);
        Ok(())
    }

    fn shape_error(name: &str, found: &[usize], expected: &[usize]) -> candle_core::Error {
        candle_core::Error::Msg(format!(
            "tensor {name} has shape {found:?}, config.json implies {expected:?}"
        ))
    }
}

impl WeightSource for StreamedWeights {
    fn prefix(&self) -> &str {
        self.prefix.unwrap_or_default()
    }

    fn matrix(
        &self,
        name: &str,
        rows: usize,
        columns: usize,
        precision: Precision,
    ) -> candle_core::Result<QMatMul> {
        if precision != self.precision {
            candle_core::bail!(
                "{name} was converted to {:?}, not {precision:?}",
                self.precision
            )
        }
        match self.tensors.get(name) {
            Some(Converted::Matrix(matrix)) => {
                let found = match matrix {
                    QMatMul::QTensor(q) => q.shape().dims().to_vec(),
                    QMatMul::Tensor(t) | QMatMul::TensorF16(t) => t.dims().to_vec(),
                };
                if found != [rows, columns] {
                    return Err(Self::shape_error(name, &found, &[rows, columns]));
                }
                Ok(matrix.clone())
            }
            _ => candle_core::bail!("the checkpoint has no matrix {name}"),
        }
    }

    fn vector(&self, name: &str, size: usize) -> candle_core::Result<Tensor> {
        match self.tensors.get(name) {
            Some(Converted::Vector(vector)) if vector.dims() == [size] => Ok(vector.clone()),
            Some(Converted::Vector(vector)) => Err(Self::shape_error(name, vector.dims(), &[size])),
            _ => candle_core::bail!("the checkpoint has no vector {name}"),
        }
    }

    fn output_rows(&self, _config: &Config, token_ids: &[u32]) -> Result<Tensor, MlError> {
        match &self.output_rows {
            Some(rows) if token_ids == self.output_token_ids => Ok(rows.clone()),
            _ => unsupported!(
                "the output rows of tokens {token_ids:?} were not kept while streaming (kept {:?})",
                self.output_token_ids
            ),
        }
    }
}

/// Hands out the weights under one name prefix in the requested [`Precision`], like candle's
/// `VarBuilder` but able to quantize while reading.
struct WeightLoader<'w, W: WeightSource + ?Sized> {
    source: &'w W,
    path: String,
    precision: Precision,
}

/// Elements converted to f32 at a time while quantizing: bounds the transient f32 buffer to
/// 4 MiB whatever the tensor's size.
const QUANTIZE_CHUNK_ELEMENTS: usize = 1 << 20;

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

/// A raw matrix in `precision`: widened to f32, or quantized to Q8_0 a row chunk at a time.
fn convert_matrix(raw: &RawTensor<'_>, precision: Precision) -> candle_core::Result<QMatMul> {
    match precision {
        Precision::F32 => Ok(QMatMul::Tensor(dense_f32(raw)?)),
        Precision::Q8_0 => Ok(QMatMul::QTensor(Arc::new(quantize_q8_0(
            raw,
            QUANTIZE_CHUNK_ELEMENTS,
        )?))),
    }
}

fn dense_f32(raw: &RawTensor<'_>) -> candle_core::Result<Tensor> {
    Tensor::from_raw_buffer(raw.data, raw.dtype, &raw.shape, &Device::Cpu)?.to_dtype(DType::F32)
}

/// Quantizes a `(rows, columns)` tensor to Q8_0 a chunk of rows at a time, so the f32 copy
/// that quantization needs holds at most `chunk_elements` values (or one row, if longer).
fn quantize_q8_0(raw: &RawTensor<'_>, chunk_elements: usize) -> candle_core::Result<QTensor> {
    let (rows, columns) = (raw.shape[0], raw.shape[1]);
    if !columns.is_multiple_of(BlockQ8_0::BLCK_SIZE) {
        candle_core::bail!(
            "{}: {columns} columns do not split into Q8_0 blocks of {}",
            raw.name,
            BlockQ8_0::BLCK_SIZE
        )
    }
    let blocks_per_row = columns / BlockQ8_0::BLCK_SIZE;
    let rows_per_chunk = (chunk_elements / columns).max(1);
    let bytes_per_row = columns * raw.dtype.size_in_bytes();
    let mut blocks = vec![BlockQ8_0::zeros(); rows * blocks_per_row];
    for (chunk_bytes, chunk_blocks) in raw
        .data
        .chunks(rows_per_chunk * bytes_per_row)
        .zip(blocks.chunks_mut(rows_per_chunk * blocks_per_row))
    {
        let chunk_rows = chunk_bytes.len() / bytes_per_row;
        let floats =
            Tensor::from_raw_buffer(chunk_bytes, raw.dtype, &[chunk_rows, columns], &Device::Cpu)?
                .to_dtype(DType::F32)?
                .flatten_all()?
                .to_vec1::<f32>()?;
        BlockQ8_0::from_float(&floats, chunk_blocks);
    }
    QTensor::new(QStorage::Cpu(Box::new(blocks)), (rows, columns))
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

/// The additive attention bias `(B, 1, L, L)` for a padded batch: 0 where query `i` may attend
/// key `j` (`j <= i` and key `j` is a real token), -inf elsewhere.
///
/// A padding query also attends to itself, so no softmax row is all -inf (which would give NaN,
/// and NaN times a zero weight is still NaN in the next layer's products). Padding rows are
/// never read, so this does not change any real token's result.
pub fn attention_bias(attention_mask: &Tensor) -> Result<Tensor, MlError> {
    let (n_rows, n_tokens) = attention_mask.dims2()?;
    let keep = attention_mask.to_dtype(DType::U32)?.to_vec2::<u32>()?;
    let mut bias = vec![f32::NEG_INFINITY; n_rows * n_tokens * n_tokens];
    for (row_keep, row_bias) in keep.iter().zip(bias.chunks_mut(n_tokens * n_tokens)) {
        for (query_idx, query_bias) in row_bias.chunks_mut(n_tokens).enumerate() {
            for key_idx in 0..=query_idx {
                if row_keep[key_idx] != 0 || key_idx == query_idx {
                    query_bias[key_idx] = 0.0;
                }
            }
        }
    }
    Ok(Tensor::from_vec(
        bias,
        (n_rows, 1, n_tokens, n_tokens),
        attention_mask.device(),
    )?)
}

/// Token sequences left-padded to one length, ready for [`Qwen3::forward`].
///
/// Left padding puts every sequence's last real token in the last column, which is where both
/// last-token pooling and the reranker's next-token logits read.
pub struct PaddedBatch {
    /// `(B, L)` u32 token ids; padding positions hold the pad id.
    pub input_ids: Tensor,
    /// `(B, L)` u32, 1 for real tokens and 0 for padding.
    pub attention_mask: Tensor,
}

impl PaddedBatch {
    /// Left-pads `sequences` with `pad_id` to the longest one's length, on the CPU (the only
    /// device these models run on).
    pub fn left_padded(sequences: &[&[u32]], pad_id: u32) -> Result<Self, MlError> {
        let device = &Device::Cpu;
        let n_tokens = sequences.iter().map(|s| s.len()).max().unwrap_or(0);
        let mut ids = Vec::with_capacity(sequences.len() * n_tokens);
        let mut mask = Vec::with_capacity(sequences.len() * n_tokens);
        for sequence in sequences {
            let n_padding = n_tokens - sequence.len();
            ids.extend(std::iter::repeat_n(pad_id, n_padding));
            ids.extend_from_slice(sequence);
            mask.extend(std::iter::repeat_n(0u32, n_padding));
            mask.extend(std::iter::repeat_n(1u32, sequence.len()));
        }
        Ok(PaddedBatch {
            input_ids: Tensor::from_vec(ids, (sequences.len(), n_tokens), device)?,
            attention_mask: Tensor::from_vec(mask, (sequences.len(), n_tokens), device)?,
        })
    }
}

/// Loads `tokenizer.json` with its own truncation and padding switched off: the models do both
/// themselves (Qwen3 needs left padding and model-specific truncation).
pub(crate) fn load_tokenizer(tokenizer_json: &[u8]) -> Result<Tokenizer, MlError> {
    let mut tokenizer =
        Tokenizer::from_bytes(tokenizer_json).map_err(|e| MlError::Tokenizer(e.to_string()))?;
    tokenizer
        .with_truncation(None)
        .map_err(|e| MlError::Tokenizer(e.to_string()))?;
    tokenizer.with_padding(None);
    Ok(tokenizer)
}

/// Indices of `lengths` grouped into batches of at most `batch_size`, shortest first, so each
/// batch pads as little as possible. Callers write results back by index.
pub(crate) fn length_sorted_batches(lengths: &[usize], batch_size: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.sort_by_key(|&idx| lengths[idx]);
    order
        .chunks(batch_size.max(1))
        .map(<[usize]>::to_vec)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_json(rope: &str) -> String {
        format!(
            r#"{{"vocab_size": 8, "hidden_size": 64, "intermediate_size": 128,
                "num_hidden_layers": 1, "num_attention_heads": 4, "num_key_value_heads": 2,
                "head_dim": 16, "max_position_embeddings": 32, "rms_norm_eps": 1e-6,
                "tie_word_embeddings": true, "hidden_act": "silu", {rope}}}"#
        )
    }

    #[test]
    fn both_rope_theta_spellings_parse() {
        let transformers_4 = Config::from_json(
            config_json(r#""rope_theta": 1000000, "rope_scaling": null"#).as_bytes(),
        )
        .unwrap();
        let transformers_5 = Config::from_json(
            config_json(r#""rope_parameters": {"rope_theta": 1000000.0, "rope_type": "default"}"#)
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(transformers_4, transformers_5);
        assert_eq!(transformers_4.rope_theta, 1e6);
    }

    #[test]
    fn scaled_rope_is_refused() {
        let yarn = config_json(r#""rope_parameters": {"rope_theta": 1e6, "rope_type": "yarn"}"#);
        assert!(Config::from_json(yarn.as_bytes()).is_err());
        let scaling = config_json(r#""rope_theta": 1e6, "rope_scaling": {"factor": 4.0}"#);
        assert!(Config::from_json(scaling.as_bytes()).is_err());
        assert!(Config::from_json(config_json(r#""use_cache": true"#).as_bytes()).is_err());
    }

    #[test]
    fn bias_combines_causality_and_left_padding() {
        // Row 0: one padding token then two real ones. Row 1: no padding.
        let mask = Tensor::new(&[[0u32, 1, 1], [1, 1, 1]], &Device::Cpu).unwrap();
        let bias = attention_bias(&mask)
            .unwrap()
            .squeeze(1)
            .unwrap()
            .to_vec3::<f32>()
            .unwrap();
        let inf = f32::NEG_INFINITY;
        // The padding query sees only itself; real queries see real keys up to themselves.
        assert_eq!(
            bias[0],
            vec![
                vec![0.0, inf, inf],
                vec![inf, 0.0, inf],
                vec![inf, 0.0, 0.0]
            ]
        );
        assert_eq!(
            bias[1],
            vec![
                vec![0.0, inf, inf],
                vec![0.0, 0.0, inf],
                vec![0.0, 0.0, 0.0]
            ]
        );
    }

    #[test]
    fn left_padding_right_aligns_sequences() {
        let batch = PaddedBatch::left_padded(&[&[5, 6, 7], &[9]], 0).unwrap();
        assert_eq!(
            batch.input_ids.to_vec2::<u32>().unwrap(),
            vec![vec![5, 6, 7], vec![0, 0, 9]]
        );
        assert_eq!(
            batch.attention_mask.to_vec2::<u32>().unwrap(),
            vec![vec![1, 1, 1], vec![0, 0, 1]]
        );
    }

    #[test]
    fn batches_group_similar_lengths() {
        assert_eq!(
            length_sorted_batches(&[9, 1, 5, 2, 7], 2),
            vec![vec![1, 3], vec![2, 4], vec![0]]
        );
        assert!(length_sorted_batches(&[], 4).is_empty());
    }

    #[test]
    fn output_rows_come_from_the_lm_head_unless_tied() {
        // A causal-LM style checkpoint (`model.` prefix) with a separate LM head, in bf16.
        let device = &Device::Cpu;
        let embed = Tensor::arange(0f32, 12., device)
            .unwrap()
            .reshape((4, 3))
            .unwrap();
        let lm_head = (embed.clone() * -1.0).unwrap();
        let tensors = std::collections::HashMap::from([
            (
                "model.embed_tokens.weight".to_owned(),
                embed.to_dtype(DType::BF16).unwrap(),
            ),
            (
                "lm_head.weight".to_owned(),
                lm_head.to_dtype(DType::BF16).unwrap(),
            ),
        ]);
        let path =
            std::env::temp_dir().join(format!("candor-qwen3-{}.safetensors", std::process::id()));
        candle_core::safetensors::save(&tensors, &path).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::remove_file(&path).unwrap();

        let checkpoint = Checkpoint::parse(&bytes).unwrap();
        assert_eq!(checkpoint.prefix(), "model.");
        let mut config = Config::from_json(config_json(r#""rope_theta": 1e6"#).as_bytes()).unwrap();
        (config.vocab_size, config.hidden_size) = (4, 3);
        let rows = |config: &Config| {
            checkpoint
                .output_rows(config, &[2, 0])
                .unwrap()
                .to_vec2::<f32>()
                .unwrap()
        };
        config.tie_word_embeddings = false;
        assert_eq!(
            rows(&config),
            vec![vec![-6., -7., -8.], vec![-0., -1., -2.]]
        );
        config.tie_word_embeddings = true;
        assert_eq!(rows(&config), vec![vec![6., 7., 8.], vec![0., 1., 2.]]);
        assert!(checkpoint.output_rows(&config, &[4]).is_err());
    }

    #[test]
    fn chunked_q8_0_matches_whole_tensor_quantization() {
        // 3 rows x 64 columns of bf16 values; a 64-element chunk is one row per chunk.
        let values: Vec<f32> = (0..192)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 7.0)
            .collect();
        let bf16 = Tensor::from_vec(values, (3, 64), &Device::Cpu)
            .unwrap()
            .to_dtype(DType::BF16)
            .unwrap();
        let exact = bf16.to_dtype(DType::F32).unwrap();
        // bf16 is the upper half of an f32, so the checkpoint bytes are easy to write by hand.
        let bytes: Vec<u8> = exact
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap()
            .iter()
            .flat_map(|x| ((x.to_bits() >> 16) as u16).to_le_bytes())
            .collect();
        let raw = RawTensor {
            name: "w".to_owned(),
            dtype: DType::BF16,
            shape: vec![3, 64],
            data: &bytes,
        };
        let chunked = quantize_q8_0(&raw, 64).unwrap();
        let whole = QTensor::quantize(&exact, candle_core::quantized::GgmlDType::Q8_0).unwrap();
        assert_eq!(chunked.data().unwrap(), whole.data().unwrap());
        // And Q8_0 itself is within half a quantization step of the input.
        let dequantized = chunked.dequantize(&Device::Cpu).unwrap();
        let max_error = (dequantized - &exact)
            .unwrap()
            .abs()
            .unwrap()
            .max_all()
            .unwrap()
            .to_scalar::<f32>()
            .unwrap();
        // Half a step of rounding plus the f16 rounding of each block's scale (2^-11 relative,
        // times up to 127 steps) stays under 0.6 of a step.
        let max_step = 50.0 / 7.0 / 127.0;
        assert!(max_error <= max_step * 0.6, "{max_error}");
    }
}
