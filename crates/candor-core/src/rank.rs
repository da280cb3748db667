//! The model interfaces the ranking drives ([`Embedder`], [`Reranker`]) and cosine similarity.

use crate::dense::dot;

/// Cosine similarity; 0 when either vector is all zeros.
///
/// # Panics
/// When the lengths differ: mixing vectors of two models is a bug, never a ranking.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let norms = dot(a, a).sqrt() * dot(b, b).sqrt();
    if norms == 0.0 { 0.0 } else { dot(a, b) / norms }
}

/// Anything that turns texts into L2-normalized vectors of one fixed dimension: MiniLM and
/// Qwen3 in `candor-ml`, or a test double.
pub trait Embedder {
    type Error;
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, Self::Error>;
}

/// Anything that reads a query with each document and scores how well the document answers it,
/// as a probability in [0, 1], one per document in order: the Qwen3 reranker in `candor-ml`,
/// or a test double.
pub trait Reranker {
    type Error;
    fn score(&self, query: &str, docs: &[&str]) -> Result<Vec<f32>, Self::Error>;
}

/// The reranker of a pipeline that has none: `None::<&NoReranker>`. It cannot be built, so it
/// never scores anything.
#[derive(Debug, Clone, Copy)]
pub enum NoReranker {}

impl Reranker for NoReranker {
    type Error = std::convert::Infallible;

    fn score(&self, _query: &str, _docs: &[&str]) -> Result<Vec<f32>, Self::Error> {
        match *self {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_of_hand_computed_vectors() {
        assert_eq!(cosine(&[1.0, 0.0], &[0.0, 1.0]), 0.0);
        assert!((cosine(&[1.0, 1.0], &[1.0, 0.0]) - std::f32::consts::FRAC_1_SQRT_2).abs() < 1e-6);
        assert_eq!(cosine(&[0.0, 0.0], &[1.0, 0.0]), 0.0);
    }
}
