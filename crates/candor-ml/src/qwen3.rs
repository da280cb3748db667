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
//!
//! By job: `config` reads and vets `config.json`; `weights` holds the checkpoint sources;
//! `quantize` turns raw tensors into f32 or Q8_0 weights; `decoder` is the layers and
//! [`Qwen3`]; `batch` pads token sequences and builds the attention bias.

/// Returns early with [`MlError::Unsupported`](crate::MlError::Unsupported), formatted like
/// `format!`.
macro_rules! unsupported {
    ($($arg:tt)*) => {
        return Err($crate::MlError::Unsupported(format!($($arg)*)))
    };
}
pub(crate) use unsupported;

mod batch;
mod config;
mod decoder;
mod quantize;
mod weights;

pub use batch::{PaddedBatch, attention_bias};
pub(crate) use batch::{length_sorted_batches, load_tokenizer};
pub use config::Config;
pub use decoder::Qwen3;
pub use quantize::Precision;
pub use weights::{Checkpoint, StreamedWeights, TensorEntry, WeightSource, safetensors_layout};

pub use crate::ModelBytes;

/// The longest Qwen3 input the worker and the CLI run, in tokens (the model reads up to 32K): a
/// posting or resume fits, and attention memory (which grows with the square of this) stays
/// bounded in a tab.
pub const QWEN3_MAX_TOKENS: usize = 1024;
