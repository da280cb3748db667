//! Qwen3-Embedding-0.6B text embeddings: instruction-formatted queries, plain documents,
//! last-token pooling, L2 normalization and Matryoshka truncation.
//!
//! Follows the model card's transformers usage
//! (<https://huggingface.co/Qwen/Qwen3-Embedding-0.6B>): each text ends with `<|endoftext|>`,
//! batches are left-padded, the final hidden state of that last token is the embedding. Vectors
//! are truncated from the native 1024 dimensions to [`Config::dimension`] (Matryoshka
//! representation learning, <https://arxiv.org/abs/2205.13147>) and L2-normalized, so the dot
//! product of two vectors is their cosine similarity.

use candle_core::{DType, Tensor};
use tokenizers::Tokenizer;

use crate::MlError;
use crate::qwen3::{self, Checkpoint, ModelBytes, PaddedBatch, Precision, Qwen3, WeightSource};

/// Runtime settings for Qwen3-Embedding.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Longest input in tokens, the appended `<|endoftext|>` included; longer texts keep their
    /// first `max_tokens - 1` tokens. Default 1024: a resume section or job posting fits, and
    /// attention memory grows with the square of this (16 heads x L x L f32 scores per
    /// sequence, 64 MiB at 1024).
    pub max_tokens: usize,
    /// Texts per forward pass. Texts are grouped by length, so batches pad little. Default 4.
    pub batch_size: usize,
    /// Output width after Matryoshka truncation, at most the hidden size. Default 768.
    pub dimension: usize,
    /// Weight storage. Default [`Precision::Q8_0`]: f32 weights (2.4 GB) do not fit
    /// comfortably in a 4 GiB wasm memory.
    pub precision: Precision,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_tokens: 1024,
            batch_size: 4,
            dimension: 768,
            precision: Precision::Q8_0,
        }
    }
}

/// The token Qwen3-Embedding pools: `<|endoftext|>`, id 151643 in the pinned tokenizer.
pub const POOLED_TOKEN: &str = "<|endoftext|>";

/// The query form from the model card. Qwen's own code has no space after `Query:`; the
/// format is part of every stored vector's meaning, so it must not drift.
pub fn format_query(task: &str, query: &str) -> String {
    format!("Instruct: {task}\nQuery:{query}")
}

/// Pools the last position of a left-padded batch, truncates to `dimension` and L2-normalizes.
///
/// Truncating first and normalizing once gives the same unit vector as normalizing the native
/// vector, truncating and re-normalizing (each normalization is only a positive scale).
struct LastTokenPooler {
    dimension: usize,
}

impl LastTokenPooler {
    fn forward(&self, hidden: &Tensor) -> Result<Tensor, MlError> {
        let (_, n_tokens, _) = hidden.dims3()?;
        // 1. Last position, which left padding makes every row's last real token: (B, L, H) -> (B, H).
        let last = hidden.narrow(1, n_tokens - 1, 1)?.squeeze(1)?;
        // 2. Matryoshka truncation: (B, H) -> (B, dimension).
        let truncated = last.narrow(1, 0, self.dimension)?;
        // 3. L2 normalization of each row.
        let norms = truncated
            .sqr()?
            .sum_keepdim(1)?
            .sqrt()?
            .clamp(1e-12, f64::MAX)?;
        Ok(truncated.broadcast_div(&norms)?)
    }
}

/// Turns texts into the token ids Qwen3-Embedding reads: the text's tokens, cut to
/// `max_tokens - 1`, then `<|endoftext|>`.
///
/// The pinned Qwen3-Embedding tokenizer appends `<|endoftext|>` in its post-processor and other
/// Qwen3 tokenizers (the reranker's) do not; encoding without special tokens and appending it
/// here gives the same ids from both, equal to transformers' truncation with the pinned one.
pub struct TextEncoder {
    tokenizer: Tokenizer,
    eos_token_id: u32,
    max_tokens: usize,
}

impl TextEncoder {
    /// Loads `tokenizer.json`; `max_tokens` counts the appended `<|endoftext|>` and must be at
    /// least 2.
    pub fn new(tokenizer_json: &[u8], max_tokens: usize) -> Result<Self, MlError> {
        if max_tokens < 2 {
            qwen3::unsupported!("max_tokens must leave room for text and <|endoftext|>")
        }
        let tokenizer = qwen3::load_tokenizer(tokenizer_json)?;
        let eos_token_id = tokenizer
            .token_to_id(POOLED_TOKEN)
            .ok_or_else(|| MlError::Tokenizer(format!("the tokenizer has no {POOLED_TOKEN}")))?;
        Ok(TextEncoder {
            tokenizer,
            eos_token_id,
            max_tokens,
        })
    }

    /// Id of `<|endoftext|>` (151643 in the pinned tokenizer); also the padding id, as in the
    /// model's tokenizer config.
    pub fn eos_token_id(&self) -> u32 {
        self.eos_token_id
    }

    /// The token ids of each text, in order.
    pub fn encode(&self, texts: &[&str]) -> Result<Vec<Vec<u32>>, MlError> {
        let encodings = self
            .tokenizer
            .encode_batch(texts.to_vec(), false)
            .map_err(|e| MlError::Tokenizer(e.to_string()))?;
        let max_text_tokens = self.max_tokens - 1;
        Ok(encodings
            .iter()
            .map(|encoding| {
                let ids = &encoding.get_ids()[..encoding.len().min(max_text_tokens)];
                let mut sequence = Vec::with_capacity(ids.len() + 1);
                sequence.extend_from_slice(ids);
                sequence.push(self.eos_token_id);
                sequence
            })
            .collect())
    }
}

/// A loaded Qwen3-Embedding model ready to embed text.
pub struct Qwen3Embedding {
    model: Qwen3,
    pooler: LastTokenPooler,
    encoder: TextEncoder,
    config: Config,
}

impl Qwen3Embedding {
    /// Builds the model from verified bytes. Weights are copied (or quantized) into tensors, so
    /// the caller may drop `bytes` afterwards.
    pub fn load(bytes: ModelBytes<'_>, config: Config) -> Result<Self, MlError> {
        let checkpoint = Checkpoint::parse(bytes.safetensors)?;
        Self::load_from(bytes.config_json, bytes.tokenizer_json, &checkpoint, config)
    }

    /// As [`Qwen3Embedding::load`], from weights in any [`WeightSource`], such as
    /// [`qwen3::StreamedWeights`] converted while the checkpoint streamed in.
    pub fn load_from<W: WeightSource + ?Sized>(
        config_json: &[u8],
        tokenizer_json: &[u8],
        weights: &W,
        config: Config,
    ) -> Result<Self, MlError> {
        let model_config = qwen3::Config::from_json(config_json)?;
        if config.dimension == 0 || config.dimension > model_config.hidden_size {
            qwen3::unsupported!(
                "embedding dimension {} must be in 1..={}",
                config.dimension,
                model_config.hidden_size
            )
        }
        let encoder = TextEncoder::new(tokenizer_json, config.max_tokens)?;
        let model = Qwen3::load(weights, &model_config, config.precision, config.max_tokens)?;
        Ok(Qwen3Embedding {
            model,
            pooler: LastTokenPooler {
                dimension: config.dimension,
            },
            encoder,
            config,
        })
    }

    /// Width of the vectors this model returns.
    pub fn dimension(&self) -> usize {
        self.config.dimension
    }

    /// Embeds `queries` under the instruction `task` (see [`format_query`]), in order.
    pub fn embed_queries(&self, task: &str, queries: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        let formatted: Vec<String> = queries.iter().map(|q| format_query(task, q)).collect();
        let texts: Vec<&str> = formatted.iter().map(String::as_str).collect();
        self.embed_documents(&texts)
    }

    /// Embeds `documents` as plain text (no instruction), in order.
    pub fn embed_documents(&self, documents: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        let sequences = self.encoder.encode(documents)?;
        self.embed_token_ids(&sequences)
    }

    /// The tokenizer side: exactly the ids [`Qwen3Embedding::embed_token_ids`] is fed.
    pub fn encoder(&self) -> &TextEncoder {
        &self.encoder
    }

    /// Embeds already-encoded sequences (each should end with `<|endoftext|>`, see
    /// [`TextEncoder::encode`]), in order.
    pub fn embed_token_ids(&self, sequences: &[Vec<u32>]) -> Result<Vec<Vec<f32>>, MlError> {
        let lengths: Vec<usize> = sequences.iter().map(Vec::len).collect();
        let mut vectors = vec![Vec::new(); sequences.len()];
        for batch in qwen3::length_sorted_batches(&lengths, self.config.batch_size) {
            let batch_sequences: Vec<&[u32]> =
                batch.iter().map(|&idx| sequences[idx].as_slice()).collect();
            let batch_vectors = self.embed_batch(&batch_sequences)?;
            for (idx, vector) in batch.into_iter().zip(batch_vectors) {
                vectors[idx] = vector;
            }
        }
        Ok(vectors)
    }

    /// Final hidden states `(B, L, hidden_size)` of a left-padded batch, for parity checks
    /// against transformers' `last_hidden_state`.
    pub fn last_hidden_state(&self, batch: &PaddedBatch) -> Result<Tensor, MlError> {
        self.model.forward(&batch.input_ids, &batch.attention_mask)
    }

    fn embed_batch(&self, sequences: &[&[u32]]) -> Result<Vec<Vec<f32>>, MlError> {
        // 1. Left-padded ids and mask: (B, L).
        let batch = PaddedBatch::left_padded(sequences, self.encoder.eos_token_id)?;
        // 2. Decoder: (B, L) -> (B, L, H).
        let hidden = self.last_hidden_state(&batch)?;
        // 3. Last token, truncated and normalized: (B, L, H) -> (B, dimension).
        let pooled = self.pooler.forward(&hidden)?;
        Ok(pooled.to_dtype(DType::F32)?.to_vec2::<f32>()?)
    }
}

/// Embeds texts as documents (plain text). Queries need an instruction: use
/// [`Qwen3Embedding::embed_queries`].
impl candor_core::rank::Embedder for Qwen3Embedding {
    type Error = MlError;
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        self.embed_documents(texts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Device;

    #[test]
    fn query_format_is_the_model_cards() {
        assert_eq!(
            format_query("Find jobs", "Rust"),
            "Instruct: Find jobs\nQuery:Rust"
        );
    }

    #[test]
    fn pooler_truncates_then_normalizes_the_last_position() {
        // Batch of 1, 2 positions, hidden 3; the last position is (3, 4, 12).
        let hidden = Tensor::new(&[[[9f32, 9., 9.], [3., 4., 12.]]], &Device::Cpu).unwrap();
        let full = LastTokenPooler { dimension: 3 }.forward(&hidden).unwrap();
        assert_eq!(
            full.to_vec2::<f32>().unwrap(),
            vec![vec![3. / 13., 4. / 13., 12. / 13.]]
        );
        let truncated = LastTokenPooler { dimension: 2 }.forward(&hidden).unwrap();
        assert_eq!(truncated.to_vec2::<f32>().unwrap(), vec![vec![0.6, 0.8]]);
    }
}
