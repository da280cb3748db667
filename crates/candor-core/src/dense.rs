//! Exact (flat) nearest-neighbour search over stored embedding vectors.
//!
//! Vectors live in one contiguous row-major `Vec<f32>`, so scoring a query is a single pass over
//! memory; top-K keeps a bounded heap of K hits, so it allocates nothing per row and nothing at
//! all once the caller's [`TopK`] and output `Vec` have their capacity. Scores are dot products,
//! which are cosine similarities for the L2-normalized vectors Candor's embedders produce.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Errors building a [`VectorMatrix`]. Each variant holds the offending sizes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DenseError {
    /// Vectors must have at least one dimension.
    #[error("vector dimension must be at least 1")]
    ZeroDimension,
    /// A row does not have the matrix's dimension.
    #[error("row {row_idx} has {found} values; the matrix has dimension {dimension}")]
    RowDimension {
        /// The position of the row being added.
        row_idx: usize,
        /// Its length.
        found: usize,
        /// The matrix's dimension.
        dimension: usize,
    },
    /// A flat buffer's length is not a multiple of the dimension.
    #[error("{len} values do not split into rows of dimension {dimension}")]
    RaggedBuffer {
        /// The buffer's length.
        len: usize,
        /// The requested dimension.
        dimension: usize,
    },
}

/// Vectors of one dimension stored row-major in one `Vec<f32>`: row `i` is
/// `data[i * dimension..(i + 1) * dimension]`. Invariant: `data.len()` is a multiple of
/// `dimension`, and `dimension >= 1`.
#[derive(Debug, Clone, PartialEq)]
pub struct VectorMatrix {
    dimension: usize,
    data: Vec<f32>,
}

impl VectorMatrix {
    /// An empty matrix of `dimension`-wide rows.
    pub fn new(dimension: usize) -> Result<Self, DenseError> {
        Self::with_capacity(dimension, 0)
    }

    /// An empty matrix with room for `n_rows` rows.
    pub fn with_capacity(dimension: usize, n_rows: usize) -> Result<Self, DenseError> {
        if dimension == 0 {
            return Err(DenseError::ZeroDimension);
        }
        Ok(VectorMatrix {
            dimension,
            data: Vec::with_capacity(dimension * n_rows),
        })
    }

    /// Copies `rows`, which must all have `dimension` values, into one matrix.
    pub fn from_rows<R: AsRef<[f32]>>(dimension: usize, rows: &[R]) -> Result<Self, DenseError> {
        let mut matrix = Self::with_capacity(dimension, rows.len())?;
        for row in rows {
            matrix.push(row.as_ref())?;
        }
        Ok(matrix)
    }

    /// Takes ownership of a row-major buffer whose length is a multiple of `dimension`.
    pub fn from_flat(dimension: usize, data: Vec<f32>) -> Result<Self, DenseError> {
        if dimension == 0 {
            return Err(DenseError::ZeroDimension);
        }
        if !data.len().is_multiple_of(dimension) {
            return Err(DenseError::RaggedBuffer {
                len: data.len(),
                dimension,
            });
        }
        Ok(VectorMatrix { dimension, data })
    }

    /// Appends one row of exactly [`VectorMatrix::dimension`] values.
    pub fn push(&mut self, row: &[f32]) -> Result<(), DenseError> {
        if row.len() != self.dimension {
            return Err(DenseError::RowDimension {
                row_idx: self.len(),
                found: row.len(),
                dimension: self.dimension,
            });
        }
        self.data.extend_from_slice(row);
        Ok(())
    }

    /// The width of every row.
    pub fn dimension(&self) -> usize {
        self.dimension
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.data.len() / self.dimension
    }

    /// True when the matrix has no rows.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Row `row_idx`.
    ///
    /// # Panics
    /// When `row_idx >= len()`.
    pub fn row(&self, row_idx: usize) -> &[f32] {
        &self.data[row_idx * self.dimension..(row_idx + 1) * self.dimension]
    }

    /// The rows, in order.
    pub fn rows(&self) -> std::slice::ChunksExact<'_, f32> {
        self.data.chunks_exact(self.dimension)
    }

    /// The row-major buffer.
    pub fn as_flat(&self) -> &[f32] {
        &self.data
    }

    /// Writes the dot product of `query` with every row into `scores`, which is cleared and
    /// resized to [`VectorMatrix::len`].
    ///
    /// # Panics
    /// When `query` does not have the matrix's dimension: mixing two models' vectors is a bug.
    pub fn scores_into(&self, query: &[f32], scores: &mut Vec<f32>) {
        self.check_query(query);
        scores.clear();
        scores.extend(self.rows().map(|row| dot(query, row)));
    }

    /// The `k` rows with the highest dot product with `query`, best first; see [`TopK`].
    pub fn top_k(&self, query: &[f32], k: usize) -> Vec<Hit> {
        let mut hits = Vec::with_capacity(k.min(self.len()));
        TopK::new(k).search_into(self, query, &mut hits);
        hits
    }

    fn check_query(&self, query: &[f32]) {
        assert_eq!(
            query.len(),
            self.dimension,
            "query of dimension {} against a matrix of dimension {}",
            query.len(),
            self.dimension
        );
    }
}

/// The dot product of two equal-length slices, summed in eight independent lanes so the
/// compiler can vectorize it.
///
/// # Panics
/// When the lengths differ.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len(), "vectors of different dimensions");
    let mut lanes = [0.0f32; 8];
    let a_chunks = a.chunks_exact(8);
    let b_chunks = b.chunks_exact(8);
    let tail: f32 = a_chunks
        .remainder()
        .iter()
        .zip(b_chunks.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (a8, b8) in a_chunks.zip(b_chunks) {
        for ((lane, x), y) in lanes.iter_mut().zip(a8).zip(b8) {
            *lane += x * y;
        }
    }
    lanes.iter().sum::<f32>() + tail
}

/// One scored row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// The row's position in the [`VectorMatrix`].
    pub row_idx: usize,
    /// Its dot product with the query.
    pub score: f32,
}

/// Orders hits best first: higher score, then lower row (so ties keep input order). Scores
/// compare with `f32::total_cmp`, so a NaN is a total order citizen rather than a panic.
fn best_first(a: &Hit, b: &Hit) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then_with(|| a.row_idx.cmp(&b.row_idx))
}

/// A hit in the heap, ordered so the worst hit is the heap's maximum and is evicted first.
#[derive(Debug, Clone, Copy)]
struct WorstOnTop(Hit);

impl PartialEq for WorstOnTop {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for WorstOnTop {}

impl PartialOrd for WorstOnTop {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for WorstOnTop {
    fn cmp(&self, other: &Self) -> Ordering {
        best_first(&self.0, &other.0)
    }
}

/// Reusable scratch for top-K search: a heap of at most `k` hits. Keep one per thread and reuse
/// it across queries; after the first query no search allocates.
#[derive(Debug, Clone)]
pub struct TopK {
    k: usize,
    heap: BinaryHeap<WorstOnTop>,
}

impl TopK {
    /// Scratch for the best `k` hits.
    pub fn new(k: usize) -> Self {
        TopK {
            k,
            heap: BinaryHeap::with_capacity(k),
        }
    }

    /// How many hits a search keeps at most.
    pub fn k(&self) -> usize {
        self.k
    }

    /// Replaces `hits` with the `min(k, rows)` rows with the highest dot product with `query`,
    /// best first; equal scores keep row order. Each row is one dot product and at most one
    /// heap operation, O(n log k) in all.
    ///
    /// # Panics
    /// When `query` does not have the matrix's dimension.
    pub fn search_into(&mut self, matrix: &VectorMatrix, query: &[f32], hits: &mut Vec<Hit>) {
        matrix.check_query(query);
        let scores = matrix.rows().map(|row| dot(query, row));
        self.select_from(scores, hits);
    }

    /// Replaces `hits` with the `min(k, scores.len())` highest of already computed `scores`
    /// (BM25 over every posting, say), best first; equal scores keep index order.
    pub fn select_into(&mut self, scores: &[f32], hits: &mut Vec<Hit>) {
        self.select_from(scores.iter().copied(), hits);
    }

    fn select_from(&mut self, scores: impl Iterator<Item = f32>, hits: &mut Vec<Hit>) {
        self.heap.clear();
        hits.clear();
        if self.k == 0 {
            return;
        }
        for (row_idx, score) in scores.enumerate() {
            let hit = WorstOnTop(Hit { row_idx, score });
            if self.heap.len() < self.k {
                self.heap.push(hit);
            } else if let Some(mut worst) = self.heap.peek_mut()
                && hit < *worst
            {
                *worst = hit;
            }
        }
        hits.extend(self.heap.drain().map(|entry| entry.0));
        hits.sort_unstable_by(best_first);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matrix() -> VectorMatrix {
        VectorMatrix::from_rows(
            2,
            &[[0.0, 1.0], [1.0, 0.0], [0.6, 0.8], [1.0, 0.0], [-1.0, 0.0]],
        )
        .unwrap()
    }

    fn rows_of(hits: &[Hit]) -> Vec<usize> {
        hits.iter().map(|hit| hit.row_idx).collect()
    }

    #[test]
    fn stores_rows_contiguously() {
        let matrix = matrix();
        assert_eq!(matrix.len(), 5);
        assert_eq!(matrix.dimension(), 2);
        assert_eq!(matrix.row(2), [0.6, 0.8]);
        assert_eq!(&matrix.as_flat()[..4], [0.0, 1.0, 1.0, 0.0]);
        assert!(VectorMatrix::new(3).unwrap().is_empty());
    }

    #[test]
    fn rejects_wrong_shapes() {
        assert_eq!(VectorMatrix::new(0), Err(DenseError::ZeroDimension));
        assert_eq!(
            VectorMatrix::from_rows(2, &[vec![1.0, 0.0], vec![1.0]]),
            Err(DenseError::RowDimension {
                row_idx: 1,
                found: 1,
                dimension: 2
            })
        );
        assert_eq!(
            VectorMatrix::from_flat(2, vec![1.0; 5]),
            Err(DenseError::RaggedBuffer {
                len: 5,
                dimension: 2
            })
        );
        assert_eq!(VectorMatrix::from_flat(2, vec![1.0; 6]).unwrap().len(), 3);
    }

    #[test]
    fn dot_matches_naive_sum_past_the_lane_width() {
        let a: Vec<f32> = (0..19).map(|i| i as f32 * 0.5).collect();
        let b: Vec<f32> = (0..19).map(|i| 1.0 - i as f32 * 0.25).collect();
        let naive: f32 = a.iter().zip(&b).map(|(x, y)| x * y).sum();
        assert!((dot(&a, &b) - naive).abs() < 1e-3);
        assert_eq!(dot(&[], &[]), 0.0);
        assert_eq!(dot(&[3.0, 4.0], &[0.6, 0.8]), 5.0);
    }

    #[test]
    fn scores_every_row() {
        let mut scores = vec![7.0; 9];
        matrix().scores_into(&[1.0, 0.0], &mut scores);
        assert_eq!(scores, [0.0, 1.0, 0.6, 1.0, -1.0]);
    }

    #[test]
    fn top_k_is_best_first_with_ties_in_row_order() {
        let matrix = matrix();
        let hits = matrix.top_k(&[1.0, 0.0], 3);
        assert_eq!(rows_of(&hits), [1, 3, 2]);
        assert_eq!(hits[2].score, 0.6);

        // A tie at the cut keeps the earlier row.
        assert_eq!(rows_of(&matrix.top_k(&[1.0, 0.0], 1)), [1]);
        assert_eq!(rows_of(&matrix.top_k(&[0.0, 1.0], 2)), [0, 2]);
    }

    #[test]
    fn top_k_handles_k_of_zero_and_more_than_rows() {
        let matrix = matrix();
        assert!(matrix.top_k(&[1.0, 0.0], 0).is_empty());
        assert_eq!(rows_of(&matrix.top_k(&[1.0, 0.0], 10)), [1, 3, 2, 0, 4]);
        assert!(
            VectorMatrix::new(2)
                .unwrap()
                .top_k(&[1.0, 0.0], 3)
                .is_empty()
        );
    }

    #[test]
    fn scratch_is_reused_across_queries() {
        let matrix = matrix();
        let mut top_k = TopK::new(2);
        let mut hits = Vec::new();
        top_k.search_into(&matrix, &[1.0, 0.0], &mut hits);
        assert_eq!(rows_of(&hits), [1, 3]);
        top_k.search_into(&matrix, &[-1.0, 0.0], &mut hits);
        assert_eq!(rows_of(&hits), [4, 0]);
        assert_eq!(top_k.k(), 2);
    }

    #[test]
    fn top_k_agrees_with_a_full_sort() {
        // A deterministic pseudo-random matrix with many ties from coarse quantization.
        let mut state = 0x2545_f491_u32;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state % 7) as f32 - 3.0
        };
        let data: Vec<f32> = (0..300 * 4).map(|_| next()).collect();
        let matrix = VectorMatrix::from_flat(4, data).unwrap();
        let query = [0.5, -1.0, 2.0, 0.25];
        let mut scores = Vec::new();
        matrix.scores_into(&query, &mut scores);
        let mut expected: Vec<Hit> = scores
            .iter()
            .enumerate()
            .map(|(row_idx, &score)| Hit { row_idx, score })
            .collect();
        expected.sort_by(best_first);
        expected.truncate(17);
        assert_eq!(matrix.top_k(&query, 17), expected);
    }

    #[test]
    fn nan_scores_do_not_panic() {
        let matrix = VectorMatrix::from_rows(1, &[[1.0], [f32::NAN], [2.0]]).unwrap();
        let hits = matrix.top_k(&[1.0], 3);
        assert_eq!(hits.len(), 3);
        assert_eq!(hits[1].score, 2.0);
    }

    #[test]
    fn select_keeps_the_best_precomputed_scores_in_index_order_on_ties() {
        let mut top_k = TopK::new(3);
        let mut hits = Vec::new();
        top_k.select_into(&[0.5, 2.0, 0.5, 1.0, 0.5], &mut hits);
        assert_eq!(rows_of(&hits), [1, 3, 0]);
        top_k.select_into(&[], &mut hits);
        assert!(hits.is_empty());
    }
}
