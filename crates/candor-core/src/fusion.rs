//! A simple stand-in for hybrid scoring: min-max-normalize the BM25 and dense scores of one
//! query's candidates to [0, 1] each, then take a weighted sum.
//!
//! This is the "convex combination" baseline of Bruch et al., "An Analysis of Fusion Functions
//! for Hybrid Retrieval" (ACM TOIS 2023), <https://arxiv.org/abs/2210.11934>. It exists so
//! `candor eval` can report a hybrid number now; the full hybrid scorer will replace it.

/// Weights of [`MinMaxFusion`]. The default weighs both signals equally.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MinMaxFusion {
    /// Weight of the min-max-normalized BM25 score.
    pub bm25_weight: f32,
    /// Weight of the min-max-normalized dense (cosine) score.
    pub dense_weight: f32,
}

impl Default for MinMaxFusion {
    fn default() -> Self {
        MinMaxFusion {
            bm25_weight: 0.5,
            dense_weight: 0.5,
        }
    }
}

/// The minimum and maximum of `scores`, or `None` when it is empty. NaNs are skipped.
pub fn min_max(scores: &[f32]) -> Option<(f32, f32)> {
    scores
        .iter()
        .filter(|score| !score.is_nan())
        .fold(None, |range, &score| match range {
            None => Some((score, score)),
            Some((low, high)) => Some((low.min(score), high.max(score))),
        })
}

/// Maps `score` from `[low, high]` to `[0, 1]`; 0 when the range is empty (all scores equal),
/// so a signal that cannot tell candidates apart adds nothing.
fn normalize(score: f32, (low, high): (f32, f32)) -> f32 {
    if high > low {
        (score - low) / (high - low)
    } else {
        0.0
    }
}

impl MinMaxFusion {
    /// Writes `bm25_weight * norm(bm25[i]) + dense_weight * norm(dense[i])` for every candidate
    /// into `fused`, which is cleared and resized; `norm` is min-max over this query's
    /// candidates. Allocates nothing once `fused` has the capacity.
    ///
    /// # Panics
    /// When `bm25` and `dense` score different numbers of candidates.
    pub fn fuse_into(&self, bm25: &[f32], dense: &[f32], fused: &mut Vec<f32>) {
        assert_eq!(
            bm25.len(),
            dense.len(),
            "BM25 and dense scores for different candidate lists"
        );
        fused.clear();
        let (Some(bm25_range), Some(dense_range)) = (min_max(bm25), min_max(dense)) else {
            fused.resize(bm25.len(), 0.0);
            return;
        };
        fused.extend(bm25.iter().zip(dense).map(|(&lexical, &semantic)| {
            self.bm25_weight * normalize(lexical, bm25_range)
                + self.dense_weight * normalize(semantic, dense_range)
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_max_skips_nan() {
        assert_eq!(min_max(&[]), None);
        assert_eq!(min_max(&[2.0, f32::NAN, -1.0, 0.5]), Some((-1.0, 2.0)));
    }

    #[test]
    fn fuses_normalized_scores_by_weight() {
        let fusion = MinMaxFusion {
            bm25_weight: 0.25,
            dense_weight: 0.75,
        };
        let mut fused = vec![9.0];
        // BM25 normalizes to 0, 0.5, 1; dense (0.2..0.6) to 1, 0, 0.5.
        fusion.fuse_into(&[0.0, 5.0, 10.0], &[0.6, 0.2, 0.4], &mut fused);
        let expected = [0.75, 0.125, 0.625];
        for (actual, expected) in fused.iter().zip(expected) {
            assert!((actual - expected).abs() < 1e-6, "{fused:?}");
        }
        assert_eq!(fused.len(), 3);
    }

    #[test]
    fn a_flat_signal_contributes_nothing() {
        let mut fused = Vec::new();
        MinMaxFusion::default().fuse_into(&[3.0, 3.0], &[0.1, 0.3], &mut fused);
        assert_eq!(fused, [0.0, 0.5]);
        MinMaxFusion::default().fuse_into(&[], &[], &mut fused);
        assert!(fused.is_empty());
    }
}
