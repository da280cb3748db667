//! all-MiniLM-L6-v2 sentence embeddings: BERT, mean pooling over the attention mask, L2.
//!
//! Matches sentence-transformers' `all-MiniLM-L6-v2` pipeline
//! (<https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2>): WordPiece tokens truncated
//! to 256, a 6-layer BERT, the mean of the last hidden states of real (unpadded) tokens, then
//! L2 normalization, so the dot product of two vectors is their cosine similarity.

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config as BertConfig};
use tokenizers::{PaddingParams, PaddingStrategy, Tokenizer, TruncationParams};

use crate::MlError;
pub use crate::ModelBytes;

/// Runtime settings for MiniLM. The defaults are the model card's.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Longest input in tokens, special tokens included; longer texts are truncated.
    pub max_tokens: usize,
    /// Texts per forward pass. Larger batches pad more; 16 keeps padding waste small.
    pub batch_size: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_tokens: 256,
            batch_size: 16,
        }
    }
}

/// A loaded all-MiniLM-L6-v2 ready to embed text.
pub struct MiniLm {
    bert: BertModel,
    tokenizer: Tokenizer,
    config: Config,
    device: Device,
}

/// Output width of all-MiniLM-L6-v2.
pub const DIMENSION: usize = 384;

impl MiniLm {
    /// Builds the model from verified bytes. The weights are copied into tensors, so the caller
    /// may drop `bytes` afterwards.
    pub fn load(bytes: ModelBytes<'_>, config: Config) -> Result<Self, MlError> {
        let device = Device::Cpu;
        let bert_config: BertConfig = serde_json::from_slice(bytes.config_json)?;
        let vb = VarBuilder::from_slice_safetensors(bytes.safetensors, DType::F32, &device)?;
        let bert = BertModel::load(vb, &bert_config)?;

        let mut tokenizer = Tokenizer::from_bytes(bytes.tokenizer_json)
            .map_err(|e| MlError::Tokenizer(e.to_string()))?;
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: config.max_tokens,
                ..Default::default()
            }))
            .map_err(|e| MlError::Tokenizer(e.to_string()))?;
        tokenizer.with_padding(Some(PaddingParams {
            strategy: PaddingStrategy::BatchLongest,
            ..Default::default()
        }));
        Ok(MiniLm {
            bert,
            tokenizer,
            config,
            device,
        })
    }

    /// Embeds `texts` into L2-normalized 384-dimensional vectors, one per text, in order.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        let mut vectors = Vec::with_capacity(texts.len());
        for batch in texts.chunks(self.config.batch_size.max(1)) {
            vectors.extend(self.embed_batch(batch)?);
        }
        Ok(vectors)
    }

    fn embed_batch(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        let encodings = self
            .tokenizer
            .encode_batch(texts.to_vec(), true)
            .map_err(|e| MlError::Tokenizer(e.to_string()))?;
        let n_texts = encodings.len();
        let n_tokens = encodings.first().map_or(0, |e| e.get_ids().len());
        let mut ids = Vec::with_capacity(n_texts * n_tokens);
        let mut mask = Vec::with_capacity(n_texts * n_tokens);
        for encoding in &encodings {
            ids.extend_from_slice(encoding.get_ids());
            mask.extend_from_slice(encoding.get_attention_mask());
        }
        // 1. Token ids and mask: (B, L).
        let input_ids = Tensor::from_vec(ids, (n_texts, n_tokens), &self.device)?;
        let attention_mask = Tensor::from_vec(mask, (n_texts, n_tokens), &self.device)?;
        let token_type_ids = input_ids.zeros_like()?;
        // 2. Encoder: (B, L) -> (B, L, H).
        let hidden = self
            .bert
            .forward(&input_ids, &token_type_ids, Some(&attention_mask))?;
        // 3. Mean over real tokens: (B, L, H) * (B, L, 1) summed over L, divided by token counts.
        let mask = attention_mask.to_dtype(DType::F32)?.unsqueeze(2)?;
        let summed = hidden.broadcast_mul(&mask)?.sum(1)?;
        let counts = mask.sum(1)?.clamp(1e-9, f64::MAX)?;
        let mean = summed.broadcast_div(&counts)?;
        // 4. L2 normalize each row: (B, H).
        let norms = mean.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12, f64::MAX)?;
        Ok(mean.broadcast_div(&norms)?.to_vec2::<f32>()?)
    }
}

impl candor_core::rank::Embedder for MiniLm {
    type Error = MlError;
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        MiniLm::embed(self, texts)
    }
}
