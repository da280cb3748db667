//! One type for "the embedding model that ranks": MiniLM, Qwen3 embedding (queries under an
//! instruction), or a stand-in, so the worker and the CLI rank through the same calls whatever
//! the lock's entry runs on.

use candor_core::rank::Embedder;

use crate::MlError;
use crate::minilm::MiniLm;
use crate::qwen3_embedding::Qwen3Embedding;

/// The lock's instruction profile a resume is embedded under to search for jobs (Qwen3
/// embedding): `query_instruction` of [`TextEmbedder::Qwen3`].
pub const JOB_SEARCH_PROFILE: &str = "job-search";

/// An embedding model loaded from verified bytes, or another [`Embedder`].
pub enum TextEmbedder {
    /// Texts longer than its window are read in chunks (`MiniLm::embed_long`).
    MiniLm(MiniLm),
    /// Queries are embedded under an instruction, documents as plain text.
    Qwen3 {
        model: Qwen3Embedding,
        query_instruction: String,
    },
    /// Any other embedder, queries embedded as documents: how a test runs the same pipeline
    /// with a stand-in (a constant vector, say) to show what the real model adds.
    Other(Box<dyn Embedder<Error = MlError>>),
}

impl TextEmbedder {
    /// The vector of a resume (the query side).
    pub fn embed_query(&self, text: &str) -> Result<Vec<f32>, MlError> {
        let mut vectors = match self {
            TextEmbedder::MiniLm(model) => model.embed_long(&[text])?,
            TextEmbedder::Qwen3 {
                model,
                query_instruction,
            } => model.embed_queries(query_instruction, &[text])?,
            TextEmbedder::Other(embedder) => embedder.embed(&[text])?,
        };
        Ok(vectors.pop().unwrap_or_default())
    }

    /// The vectors of postings (the document side), in order.
    pub fn embed_documents(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        match self {
            TextEmbedder::MiniLm(model) => model.embed_long(texts),
            TextEmbedder::Qwen3 { model, .. } => model.embed_documents(texts),
            TextEmbedder::Other(embedder) => embedder.embed(texts),
        }
    }
}

/// Every text as a document: what ranking resumes for one posting needs, where no side is
/// the query.
impl Embedder for TextEmbedder {
    type Error = MlError;

    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, MlError> {
        self.embed_documents(texts)
    }
}
