//! int8 vectors with one scale per vector: a quarter of the f32 bytes to download and store.
//!
//! A vector `v` is stored as `scale = max |v_i| / 127` and `q_i = round(v_i / scale)`, so every
//! value is within `scale / 2` of the original; for Candor's unit-length vectors that moves a
//! cosine by well under 0.01 (`quantized_cosines_stay_close`).

use candor_core::dense::VectorMatrix;

/// Vectors of one dimension as int8 rows with an `f32` scale each.
#[derive(Debug, Clone, PartialEq)]
pub struct Int8Matrix {
    dimension: usize,
    scales: Vec<f32>,
    values: Vec<i8>,
}

/// Bytes that are not whole int8 rows of the expected dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{len} bytes are not whole int8 rows of dimension {dimension}")]
pub struct RaggedRows {
    pub len: usize,
    pub dimension: usize,
}

impl Int8Matrix {
    /// An empty matrix of `dimension`-wide rows (`dimension >= 1`).
    pub fn new(dimension: usize) -> Int8Matrix {
        assert!(dimension >= 1, "vectors have at least one dimension");
        Int8Matrix {
            dimension,
            scales: Vec::new(),
            values: Vec::new(),
        }
    }

    /// Every row of `matrix`, quantized.
    pub fn quantize(matrix: &VectorMatrix) -> Int8Matrix {
        let mut quantized = Int8Matrix::new(matrix.dimension());
        for row in matrix.rows() {
            let (scale, values) = quantize_row(row);
            quantized.scales.push(scale);
            quantized.values.extend(values);
        }
        quantized
    }

    pub fn dimension(&self) -> usize {
        self.dimension
    }

    pub fn len(&self) -> usize {
        self.scales.len()
    }

    pub fn is_empty(&self) -> bool {
        self.scales.is_empty()
    }

    /// Rows `rows` as a shard stores them: per row its scale (little-endian `f32`), then its
    /// values.
    pub fn rows_to_bytes(&self, rows: std::ops::Range<usize>) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(rows.len() * (4 + self.dimension));
        for row_idx in rows {
            bytes.extend_from_slice(&self.scales[row_idx].to_le_bytes());
            let values = &self.values[row_idx * self.dimension..(row_idx + 1) * self.dimension];
            bytes.extend(values.iter().map(|value| *value as u8));
        }
        bytes
    }

    /// Appends the rows a shard's `bytes` hold.
    pub fn extend_from_bytes(&mut self, bytes: &[u8]) -> Result<(), RaggedRows> {
        let row_bytes = 4 + self.dimension;
        if !bytes.len().is_multiple_of(row_bytes) {
            return Err(RaggedRows {
                len: bytes.len(),
                dimension: self.dimension,
            });
        }
        for row in bytes.chunks_exact(row_bytes) {
            let (scale, values) = row.split_at(4);
            self.scales
                .push(f32::from_le_bytes(scale.try_into().expect("four bytes")));
            self.values.extend(values.iter().map(|byte| *byte as i8));
        }
        Ok(())
    }

    /// The f32 vectors the rows stand for.
    pub fn dequantize(&self) -> VectorMatrix {
        let data = self
            .values
            .chunks_exact(self.dimension)
            .zip(&self.scales)
            .flat_map(|(row, scale)| row.iter().map(move |value| f32::from(*value) * scale))
            .collect();
        VectorMatrix::from_flat(self.dimension, data).expect("rows of the matrix's dimension")
    }

    /// The dot product of `query` with every row, in order, into `scores`. The query is
    /// quantized like a row, so each row is an integer dot product over its int8 values (a
    /// quarter of the memory traffic of f32 rows, and multiplies the compiler vectorizes),
    /// scaled once; the two roundings together move a cosine by well under 0.01.
    pub fn scores_into(&self, query: &[f32], scores: &mut Vec<f32>) {
        assert_eq!(query.len(), self.dimension, "query of another dimension");
        let (query_scale, query) = quantize_row(query);
        scores.clear();
        scores.extend(
            self.values
                .chunks_exact(self.dimension)
                .zip(&self.scales)
                .map(|(row, scale)| dot_i8(&query, row) as f32 * scale * query_scale),
        );
    }
}

/// A row's scale and its values rounded to int8: `max |v_i| / 127` (1 for a zero row).
fn quantize_row(row: &[f32]) -> (f32, Vec<i8>) {
    let largest = row
        .iter()
        .fold(0.0f32, |largest, value| largest.max(value.abs()));
    let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
    let values = row
        .iter()
        .map(|value| (value / scale).round().clamp(-127.0, 127.0) as i8)
        .collect();
    (scale, values)
}

/// The integer dot product of two int8 rows. Each product fits an i16 (at most 127²), which
/// lets the compiler multiply eight or sixteen lanes at once and add pairs into i32 (x86
/// `pmaddwd`); the i32 sum holds 2^17 such terms, far more than any dimension.
fn dot_i8(a: &[i8], b: &[i8]) -> i32 {
    a.iter()
        .zip(b)
        .map(|(a, b)| i32::from(i16::from(*a) * i16::from(*b)))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use candor_core::dense::dot;

    /// Unit vectors spread over every direction, deterministically.
    fn unit_vectors(n: usize, dimension: usize) -> VectorMatrix {
        let mut state = 0x9e37_79b9u32;
        let rows: Vec<Vec<f32>> = (0..n)
            .map(|_| {
                let row: Vec<f32> = (0..dimension)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 17;
                        state ^= state << 5;
                        state as f32 / u32::MAX as f32 - 0.5
                    })
                    .collect();
                let norm = dot(&row, &row).sqrt();
                row.iter().map(|value| value / norm).collect()
            })
            .collect();
        VectorMatrix::from_rows(dimension, &rows).unwrap()
    }

    #[test]
    fn quantized_cosines_stay_close() {
        let matrix = unit_vectors(64, 384);
        let quantized = Int8Matrix::quantize(&matrix);
        let mut exact = Vec::new();
        let mut approximate = Vec::new();
        for query in matrix.rows().take(8) {
            matrix.scores_into(query, &mut exact);
            quantized.scores_into(query, &mut approximate);
            for (exact, approximate) in exact.iter().zip(&approximate) {
                assert!(
                    (exact - approximate).abs() < 0.01,
                    "{exact} vs {approximate}"
                );
            }
        }
    }

    #[test]
    fn bytes_round_trip_and_ragged_bytes_are_refused() {
        let quantized = Int8Matrix::quantize(&unit_vectors(5, 16));
        let mut read = Int8Matrix::new(16);
        read.extend_from_bytes(&quantized.rows_to_bytes(0..2))
            .unwrap();
        read.extend_from_bytes(&quantized.rows_to_bytes(2..5))
            .unwrap();
        assert_eq!(read, quantized);
        let bytes = quantized.rows_to_bytes(0..1);
        assert!(read.extend_from_bytes(&bytes[..bytes.len() - 1]).is_err());
    }

    #[test]
    fn a_zero_vector_keeps_a_usable_scale() {
        let zeros = VectorMatrix::from_rows(3, &[vec![0.0; 3]]).unwrap();
        let quantized = Int8Matrix::quantize(&zeros);
        assert_eq!(quantized.dequantize(), zeros);
    }
}
