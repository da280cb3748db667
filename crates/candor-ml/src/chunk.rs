//! Token windows for texts longer than an encoder's input, and ways to combine their vectors.
//!
//! A text of `n_tokens` content tokens (special tokens excluded) is cut into windows of at most
//! `window` tokens, each starting `window - overlap` tokens after the previous one; the last
//! window is moved back to end at the text's end, so every window but a short text's single one
//! is full and no tail window holds only a few tokens. The windows cover every token.

use std::ops::Range;

/// The content-token ranges of a text of `n_tokens` tokens, in order: one range `0..n_tokens`
/// when the text fits in `window` (an empty text too), otherwise windows of exactly `window`
/// tokens that start `window - overlap` apart, the last one ending at `n_tokens`.
///
/// `overlap` is clamped below `window`, so the windows always advance.
pub fn token_windows(n_tokens: usize, window: usize, overlap: usize) -> Vec<Range<usize>> {
    let window = window.max(1);
    if n_tokens <= window {
        return std::iter::once(0..n_tokens).collect();
    }
    let step = window - overlap.min(window - 1);
    let mut windows = Vec::with_capacity(n_tokens.div_ceil(step));
    let mut start = 0;
    while start + window < n_tokens {
        windows.push(start..start + window);
        start += step;
    }
    windows.push(n_tokens - window..n_tokens);
    windows
}

/// The mean of `vectors`, L2-normalized: one unit vector standing for all of a text's windows,
/// so its dot product with another unit vector is a cosine. Empty or zero input gives zeros.
pub fn mean_normalized(vectors: &[Vec<f32>], dimension: usize) -> Vec<f32> {
    let mut mean = vec![0.0f32; dimension];
    for vector in vectors {
        for (sum, value) in mean.iter_mut().zip(vector) {
            *sum += value;
        }
    }
    let norm = mean.iter().map(|v| v * v).sum::<f32>().sqrt();
    if norm > 1e-12 {
        mean.iter_mut().for_each(|v| *v /= norm);
    }
    mean
}

#[cfg(test)]
// The expected values are lists of windows, not the tokens of one range.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn covers(windows: &[Range<usize>], n_tokens: usize) -> bool {
        (0..n_tokens).all(|token| windows.iter().any(|w| w.contains(&token)))
    }

    #[test]
    fn a_short_text_is_one_window() {
        assert_eq!(token_windows(0, 254, 32), vec![0..0]);
        assert_eq!(token_windows(10, 254, 32), vec![0..10]);
        assert_eq!(token_windows(254, 254, 32), vec![0..254]);
    }

    #[test]
    fn a_long_text_is_full_windows_a_step_apart_with_the_last_at_the_end() {
        // Step 10 - 3 = 7: starts 0, 7, 14; 14 + 10 >= 22 stops, and the last is 12..22.
        assert_eq!(token_windows(22, 10, 3), vec![0..10, 7..17, 12..22]);
        // An exact fit needs no moved tail: 0..10, 7..17 and 14..24 ends at 24.
        assert_eq!(token_windows(24, 10, 3), vec![0..10, 7..17, 14..24]);
        assert_eq!(token_windows(11, 10, 0), vec![0..10, 1..11]);
    }

    #[test]
    fn windows_stay_within_the_window_and_cover_the_text() {
        for n_tokens in [1, 253, 254, 255, 500, 1300] {
            for overlap in [0, 32, 64, 300] {
                let windows = token_windows(n_tokens, 254, overlap);
                assert!(windows.iter().all(|w| w.len() <= 254 && w.end <= n_tokens));
                assert!(covers(&windows, n_tokens), "{n_tokens} tokens, {overlap}");
            }
        }
    }

    #[test]
    fn mean_normalized_is_the_unit_mean() {
        let mean = mean_normalized(&[vec![1.0, 0.0], vec![0.0, 1.0]], 2);
        let half = std::f32::consts::FRAC_1_SQRT_2;
        assert!((mean[0] - half).abs() < 1e-6 && (mean[1] - half).abs() < 1e-6);
        assert_eq!(mean_normalized(&[], 2), vec![0.0, 0.0]);
    }
}
