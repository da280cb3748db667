//! A forward pass's inputs: the tokenizer, length-sorted batches, left padding and the
//! attention bias that keeps real tokens from seeing padding.

use candle_core::{DType, Device, Tensor};
use tokenizers::Tokenizer;

use crate::MlError;

/// The additive attention bias `(B, 1, L, L)` for a padded batch: 0 where query `i` may attend
/// key `j` (`j <= i` and key `j` is a real token), -inf elsewhere.
///
/// A padding query also attends to itself, so no softmax row is all -inf (which would give NaN,
/// and NaN times a zero weight is still NaN in the next layer's products). Padding rows are
/// never read, so this does not change any real token's result.
pub fn attention_bias(attention_mask: &Tensor) -> Result<Tensor, MlError> {
    let (n_rows, n_tokens) = attention_mask.dims2()?;
    let keep = attention_mask.to_dtype(DType::U32)?.to_vec2::<u32>()?;
    let mut bias = vec![f32::NEG_INFINITY; n_rows * n_tokens * n_tokens];
    for (row_keep, row_bias) in keep.iter().zip(bias.chunks_mut(n_tokens * n_tokens)) {
        for (query_idx, query_bias) in row_bias.chunks_mut(n_tokens).enumerate() {
            for key_idx in 0..=query_idx {
                if row_keep[key_idx] != 0 || key_idx == query_idx {
                    query_bias[key_idx] = 0.0;
                }
            }
        }
    }
    Ok(Tensor::from_vec(
        bias,
        (n_rows, 1, n_tokens, n_tokens),
        attention_mask.device(),
    )?)
}

/// Token sequences left-padded to one length, ready for
/// [`Qwen3::forward`](super::Qwen3::forward).
///
/// Left padding puts every sequence's last real token in the last column, which is where both
/// last-token pooling and the reranker's next-token logits read.
pub struct PaddedBatch {
    /// `(B, L)` u32 token ids; padding positions hold the pad id.
    pub input_ids: Tensor,
    /// `(B, L)` u32, 1 for real tokens and 0 for padding.
    pub attention_mask: Tensor,
}

impl PaddedBatch {
    /// Left-pads `sequences` with `pad_id` to the longest one's length, on the CPU (the only
    /// device these models run on).
    pub fn left_padded(sequences: &[&[u32]], pad_id: u32) -> Result<Self, MlError> {
        let device = &Device::Cpu;
        let n_tokens = sequences.iter().map(|s| s.len()).max().unwrap_or(0);
        let mut ids = Vec::with_capacity(sequences.len() * n_tokens);
        let mut mask = Vec::with_capacity(sequences.len() * n_tokens);
        for sequence in sequences {
            let n_padding = n_tokens - sequence.len();
            ids.extend(std::iter::repeat_n(pad_id, n_padding));
            ids.extend_from_slice(sequence);
            mask.extend(std::iter::repeat_n(0u32, n_padding));
            mask.extend(std::iter::repeat_n(1u32, sequence.len()));
        }
        Ok(PaddedBatch {
            input_ids: Tensor::from_vec(ids, (sequences.len(), n_tokens), device)?,
            attention_mask: Tensor::from_vec(mask, (sequences.len(), n_tokens), device)?,
        })
    }
}

/// Loads `tokenizer.json` with its own truncation and padding switched off: the models do both
/// themselves (Qwen3 needs left padding and model-specific truncation).
pub(crate) fn load_tokenizer(tokenizer_json: &[u8]) -> Result<Tokenizer, MlError> {
    let mut tokenizer =
        Tokenizer::from_bytes(tokenizer_json).map_err(|e| MlError::Tokenizer(e.to_string()))?;
    tokenizer
        .with_truncation(None)
        .map_err(|e| MlError::Tokenizer(e.to_string()))?;
    tokenizer.with_padding(None);
    Ok(tokenizer)
}

/// Indices of `lengths` grouped into batches of at most `batch_size`, shortest first, so each
/// batch pads as little as possible. Callers write results back by index.
pub(crate) fn length_sorted_batches(lengths: &[usize], batch_size: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.sort_by_key(|&idx| lengths[idx]);
    order
        .chunks(batch_size.max(1))
        .map(<[usize]>::to_vec)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bias_combines_causality_and_left_padding() {
        // Row 0: one padding token then two real ones. Row 1: no padding.
        let mask = Tensor::new(&[[0u32, 1, 1], [1, 1, 1]], &Device::Cpu).unwrap();
        let bias = attention_bias(&mask)
            .unwrap()
            .squeeze(1)
            .unwrap()
            .to_vec3::<f32>()
            .unwrap();
        let inf = f32::NEG_INFINITY;
        // The padding query sees only itself; real queries see real keys up to themselves.
        assert_eq!(
            bias[0],
            vec![
                vec![0.0, inf, inf],
                vec![inf, 0.0, inf],
                vec![inf, 0.0, 0.0]
            ]
        );
        assert_eq!(
            bias[1],
            vec![
                vec![0.0, inf, inf],
                vec![0.0, 0.0, inf],
                vec![0.0, 0.0, 0.0]
            ]
        );
    }

    #[test]
    fn left_padding_right_aligns_sequences() {
        let batch = PaddedBatch::left_padded(&[&[5, 6, 7], &[9]], 0).unwrap();
        assert_eq!(
            batch.input_ids.to_vec2::<u32>().unwrap(),
            vec![vec![5, 6, 7], vec![0, 0, 9]]
        );
        assert_eq!(
            batch.attention_mask.to_vec2::<u32>().unwrap(),
            vec![vec![1, 1, 1], vec![0, 0, 1]]
        );
    }

    #[test]
    fn batches_group_similar_lengths() {
        assert_eq!(
            length_sorted_batches(&[9, 1, 5, 2, 7], 2),
            vec![vec![1, 3], vec![2, 4], vec![0]]
        );
        assert!(length_sorted_batches(&[], 4).is_empty());
    }
}
