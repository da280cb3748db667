//! Candle inference from in-memory model bytes.
//!
//! Nothing here fetches or reads files: callers (the worker, the CLI) hand over bytes that
//! `candor-store` has already checked against `models.lock.toml`. One file per model family.

pub mod chunk;
pub mod minilm;
pub mod qwen3;
pub mod qwen3_embedding;
pub mod qwen3_reranker;
pub mod text_embedder;

/// The three files a model needs (`config.json`, `tokenizer.json`, `model.safetensors`), as
/// bytes `candor-store` verified.
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

/// Everything that can go wrong turning verified bytes into vectors.
#[derive(Debug, thiserror::Error)]
pub enum MlError {
    #[error("model config.json is not valid: {0}")]
    Config(#[from] serde_json::Error),
    #[error("tokenizer.json could not be loaded: {0}")]
    Tokenizer(String),
    #[error("model file {0} was not provided")]
    MissingFile(String),
    #[error("model inference failed: {0}")]
    Candle(#[from] candle_core::Error),
    #[error("unsupported model config or settings: {0}")]
    Unsupported(String),
}
