//! Turning a checkpoint's raw bf16, f16 or f32 tensors into the weights a model holds: widened
//! to f32, or quantized to Q8_0 a chunk of rows at a time so no full f32 copy ever exists.

use std::sync::Arc;

use candle_core::quantized::k_quants::BlockQ8_0;
use candle_core::quantized::{GgmlType, QMatMul, QStorage, QTensor};
use candle_core::{DType, Device, Tensor};

/// How weight matrices are held in memory. Norm scales are always f32 (they are tiny).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// Every weight as f32: the reference path, 4 bytes per parameter.
    F32,
    /// Matrices (projections and the embedding table) as ggml Q8_0: blocks of 32 int8 values
    /// with one f16 scale, 1.0625 bytes per parameter; about 0.65 GB for Qwen3-0.6B. Prefill
    /// products dequantize one matrix at a time (faster than the quantized kernel); embedding
    /// rows are dequantized as they are looked up.
    Q8_0,
}

/// One tensor's metadata and raw little-endian bytes inside the checkpoint buffer.
pub(super) struct RawTensor<'a> {
    pub name: String,
    pub dtype: DType,
    pub shape: Vec<usize>,
    pub data: &'a [u8],
}

/// Elements converted to f32 at a time while quantizing: bounds the transient f32 buffer to
/// 4 MiB whatever the tensor's size.
const QUANTIZE_CHUNK_ELEMENTS: usize = 1 << 20;

/// A raw matrix in `precision`: widened to f32, or quantized to Q8_0 a row chunk at a time.
pub(super) fn convert_matrix(
    raw: &RawTensor<'_>,
    precision: Precision,
) -> candle_core::Result<QMatMul> {
    match precision {
        Precision::F32 => Ok(QMatMul::Tensor(dense_f32(raw)?)),
        Precision::Q8_0 => Ok(QMatMul::QTensor(Arc::new(quantize_q8_0(
            raw,
            QUANTIZE_CHUNK_ELEMENTS,
        )?))),
    }
}

pub(super) fn dense_f32(raw: &RawTensor<'_>) -> candle_core::Result<Tensor> {
    Tensor::from_raw_buffer(raw.data, raw.dtype, &raw.shape, &Device::Cpu)?.to_dtype(DType::F32)
}

/// Quantizes a `(rows, columns)` tensor to Q8_0 a chunk of rows at a time, so the f32 copy
/// that quantization needs holds at most `chunk_elements` values (or one row, if longer).
fn quantize_q8_0(raw: &RawTensor<'_>, chunk_elements: usize) -> candle_core::Result<QTensor> {
    let (rows, columns) = (raw.shape[0], raw.shape[1]);
    if !columns.is_multiple_of(BlockQ8_0::BLCK_SIZE) {
        candle_core::bail!(
            "{}: {columns} columns do not split into Q8_0 blocks of {}",
            raw.name,
            BlockQ8_0::BLCK_SIZE
        )
    }
    let blocks_per_row = columns / BlockQ8_0::BLCK_SIZE;
    let rows_per_chunk = (chunk_elements / columns).max(1);
    let bytes_per_row = columns * raw.dtype.size_in_bytes();
    let mut blocks = vec![BlockQ8_0::zeros(); rows * blocks_per_row];
    for (chunk_bytes, chunk_blocks) in raw
        .data
        .chunks(rows_per_chunk * bytes_per_row)
        .zip(blocks.chunks_mut(rows_per_chunk * blocks_per_row))
    {
        let chunk_rows = chunk_bytes.len() / bytes_per_row;
        let floats =
            Tensor::from_raw_buffer(chunk_bytes, raw.dtype, &[chunk_rows, columns], &Device::Cpu)?
                .to_dtype(DType::F32)?
                .flatten_all()?
                .to_vec1::<f32>()?;
        BlockQ8_0::from_float(&floats, chunk_blocks);
    }
    QTensor::new(QStorage::Cpu(Box::new(blocks)), (rows, columns))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_q8_0_matches_whole_tensor_quantization() {
        // 3 rows x 64 columns of bf16 values; a 64-element chunk is one row per chunk.
        let values: Vec<f32> = (0..192)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) / 7.0)
            .collect();
        let bf16 = Tensor::from_vec(values, (3, 64), &Device::Cpu)
            .unwrap()
            .to_dtype(DType::BF16)
            .unwrap();
        let exact = bf16.to_dtype(DType::F32).unwrap();
        // bf16 is the upper half of an f32, so the checkpoint bytes are easy to write by hand.
        let bytes: Vec<u8> = exact
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap()
            .iter()
            .flat_map(|x| ((x.to_bits() >> 16) as u16).to_le_bytes())
            .collect();
        let raw = RawTensor {
            name: "w".to_owned(),
            dtype: DType::BF16,
            shape: vec![3, 64],
            data: &bytes,
        };
        let chunked = quantize_q8_0(&raw, 64).unwrap();
        let whole = QTensor::quantize(&exact, candle_core::quantized::GgmlDType::Q8_0).unwrap();
        assert_eq!(chunked.data().unwrap(), whole.data().unwrap());
        // And Q8_0 itself is within half a quantization step of the input.
        let dequantized = chunked.dequantize(&Device::Cpu).unwrap();
        let max_error = (dequantized - &exact)
            .unwrap()
            .abs()
            .unwrap()
            .max_all()
            .unwrap()
            .to_scalar::<f32>()
            .unwrap();
        // Half a step of rounding plus the f16 rounding of each block's scale (2^-11 relative,
        // times up to 127 steps) stays under 0.6 of a step.
        let max_step = 50.0 / 7.0 / 127.0;
        assert!(max_error <= max_step * 0.6, "{max_error}");
    }
}
