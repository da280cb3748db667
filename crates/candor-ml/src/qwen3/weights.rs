//! Where the weights come from: a whole safetensors checkpoint in memory ([`Checkpoint`]), or
//! tensors converted one at a time as the file streams in ([`StreamedWeights`]), both behind
//! [`WeightSource`].

use std::collections::HashMap;

use candle_core::quantized::QMatMul;
use candle_core::safetensors::SliceSafetensors;
use candle_core::{DType, Device, Tensor};

use super::quantize::{RawTensor, convert_matrix, dense_f32};
use super::{Config, Precision};
use crate::MlError;

/// A parsed safetensors header over borrowed bytes, with the decoder's tensor-name prefix.
///
/// Checkpoints saved from `Qwen3Model` (Qwen3-Embedding) name tensors `embed_tokens.weight`,
/// `layers.0...`; those saved from `Qwen3ForCausalLM` (Qwen3-Reranker) prefix them with
/// `model.` and may add a top-level `lm_head.weight`. The prefix is detected from the keys.
pub struct Checkpoint<'a> {
    safetensors: SliceSafetensors<'a>,
    prefix: &'static str,
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
        let name = output_tensor_name(config, self.prefix);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::qwen3::config::tests::config_json;

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
}
