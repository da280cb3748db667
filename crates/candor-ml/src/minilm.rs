//! all-MiniLM-L6-v2 sentence embeddings: BERT, mean pooling over the attention mask, L2.
//!
//! Matches sentence-transformers' `all-MiniLM-L6-v2` pipeline
//! (<https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2>): WordPiece tokens truncated
//! to 256, a 6-layer BERT, the mean of the last hidden states of real (unpadded) tokens, then
//! L2 normalization, so the dot product of two vectors is their cosine similarity.
//!
//! [`MiniLm::embed`] keeps that truncation; [`MiniLm::embed_windows`] embeds every window of a
//! longer text (see [`crate::chunk`]) so the rest of the text is read too.

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config as BertConfig};
use tokenizers::Tokenizer;

use crate::MlError;
pub use crate::ModelBytes;
use crate::chunk::{mean_normalized, token_windows};

/// Runtime settings for MiniLM. The defaults are the model card's.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Longest input in tokens, special tokens included; longer texts are truncated.
    pub max_tokens: usize,
    /// Texts per forward pass. Larger batches pad more; 16 keeps padding waste small.
    pub batch_size: usize,
    /// Tokens two neighbouring windows share in [`MiniLm::embed_windows`], so a sentence cut by
    /// one window's end is whole in the next.
    pub window_overlap: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_tokens: 256,
            batch_size: 16,
            window_overlap: 32,
        }
    }
}

/// A loaded all-MiniLM-L6-v2 ready to embed text.
pub struct MiniLm {
    bert: BertModel,
    /// Without truncation or padding: `MiniLm` cuts and pads token ids itself.
    tokenizer: Tokenizer,
    /// The `[CLS]`, `[SEP]` and `[PAD]` ids that wrap and pad every window.
    cls_id: u32,
    sep_id: u32,
    pad_id: u32,
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
            .with_truncation(None)
            .map_err(|e| MlError::Tokenizer(e.to_string()))?;
        tokenizer.with_padding(None);
        let special_id = |token: &str| {
            tokenizer
                .token_to_id(token)
                .ok_or_else(|| MlError::Tokenizer(format!("no {token} token in the vocabulary")))
        };
        let (cls_id, sep_id, pad_id) = (
            special_id("[CLS]")?,
            special_id("[SEP]")?,
            special_id("[PAD]")?,
        );
        if config.max_tokens < 3 {
            return Err(MlError::Unsupported(format!(
                "max_tokens {} leaves no room for text between [CLS] and [SEP]",
                config.max_tokens
            )));
        }
        Ok(MiniLm {
            bert,
            tokenizer,
            cls_id,
            sep_id,
            pad_id,
            config,
            device,
        })
    }

    /// The settings the model was loaded with.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Content tokens per window: the input length less `[CLS]` and `[SEP]`.
    pub fn window_tokens(&self) -> usize {
        self.config.max_tokens - 2
    }

    /// Embeds `texts` into L2-normalized 384-dimensional vectors, one per text, in order. A text
    /// longer than the window is truncated to its first [`MiniLm::window_tokens`] tokens, as
    /// sentence-transformers does.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        let window = self.window_tokens();
        let inputs: Vec<Vec<u32>> = self
            .content_ids(texts)?
            .iter()
            .map(|ids| self.wrap(&ids[..ids.len().min(window)]))
            .collect();
        self.embed_inputs(&inputs)
    }

    /// Embeds every window of every text (see [`crate::chunk::token_windows`]): one
    /// L2-normalized vector per window, in text order then window order. A text that fits the
    /// window gets one vector, equal to its [`MiniLm::embed`] vector.
    pub fn embed_windows(&self, texts: &[&str]) -> Result<Vec<Vec<Vec<f32>>>, MlError> {
        let window = self.window_tokens();
        let mut n_windows = Vec::with_capacity(texts.len());
        let mut inputs = Vec::new();
        for ids in self.content_ids(texts)? {
            let windows = token_windows(ids.len(), window, self.config.window_overlap);
            n_windows.push(windows.len());
            inputs.extend(windows.into_iter().map(|range| self.wrap(&ids[range])));
        }
        let mut vectors = self.embed_inputs(&inputs)?.into_iter();
        Ok(n_windows
            .into_iter()
            .map(|n| vectors.by_ref().take(n).collect())
            .collect())
    }

    /// Embeds `texts` into one L2-normalized vector each that reads the whole text: the mean of
    /// its [`MiniLm::embed_windows`] vectors, re-normalized. A text that fits the window gets its
    /// [`MiniLm::embed`] vector. On the real-length dev set this ranks better than truncation
    /// (tests/eval/DENSE_CHUNKS.md) for about three times the embedding time of a long posting.
    pub fn embed_long(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        Ok(self
            .embed_windows(texts)?
            .iter()
            .map(|windows| mean_normalized(windows, DIMENSION))
            .collect())
    }

    /// Each text's WordPiece ids without special tokens and without truncation.
    fn content_ids(&self, texts: &[&str]) -> Result<Vec<Vec<u32>>, MlError> {
        let encodings = self
            .tokenizer
            .encode_batch(texts.to_vec(), false)
            .map_err(|e| MlError::Tokenizer(e.to_string()))?;
        Ok(encodings.iter().map(|e| e.get_ids().to_vec()).collect())
    }

    /// `[CLS] content [SEP]`, the single-sequence template of the checkpoint's tokenizer.
    fn wrap(&self, content: &[u32]) -> Vec<u32> {
        let mut ids = Vec::with_capacity(content.len() + 2);
        ids.push(self.cls_id);
        ids.extend_from_slice(content);
        ids.push(self.sep_id);
        ids
    }

    /// Embeds already wrapped inputs, [`Config::batch_size`] per forward pass.
    fn embed_inputs(&self, inputs: &[Vec<u32>]) -> Result<Vec<Vec<f32>>, MlError> {
        let mut vectors = Vec::with_capacity(inputs.len());
        for batch in inputs.chunks(self.config.batch_size.max(1)) {
            vectors.extend(self.embed_batch(batch)?);
        }
        Ok(vectors)
    }

    fn embed_batch(&self, inputs: &[Vec<u32>]) -> Result<Vec<Vec<f32>>, MlError> {
        let n_texts = inputs.len();
        let n_tokens = inputs.iter().map(Vec::len).max().unwrap_or(0);
        let mut ids = Vec::with_capacity(n_texts * n_tokens);
        let mut mask = Vec::with_capacity(n_texts * n_tokens);
        for input in inputs {
            let n_pad = n_tokens - input.len();
            ids.extend_from_slice(input);
            ids.extend(std::iter::repeat_n(self.pad_id, n_pad));
            mask.extend(std::iter::repeat_n(1u32, input.len()));
            mask.extend(std::iter::repeat_n(0u32, n_pad));
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

/// The pipeline's embedder reads the whole text ([`MiniLm::embed_long`]), as the app does.
impl candor_core::rank::Embedder for MiniLm {
    type Error = MlError;
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        MiniLm::embed_long(self, texts)
    }
}
