//! Learning from the person's own choices: postings they shortlisted, applied to or went on
//! with are ones they like; postings they rejected or hid are ones they do not. From these pairs
//! a small adjustment of the explainable signals' weights is fitted for this person alone
//! ([`personalize`]) and the next ranking uses it; it never leaves the browser.
//!
//! The fit is a pairwise logistic regression (RankNet's loss) on the score the app computes (the
//! weighted mean of the signals a pair has, [`crate::hybrid::combine`]), by projected gradient
//! descent from the shipped weights, regularized toward them (`strength`) and kept within
//! `max_shift` of each: a handful of choices can tilt the ranking, not replace what was learned
//! on the evaluation sets. Besides each liked posting over each disliked one, the pairs keep each
//! liked posting over a sample of the postings the person did not rate ([`Ratings`]). [`FEEDBACK`]
//! was chosen on the train and dev splits (`candor feedback`).
//!
//! [`rate_next`] picks the postings whose rating would change the ranking most, so a person who
//! wants to teach it knows what to rate.

use serde::{Deserialize, Serialize};

use crate::hybrid::{Blocker, SignalKind, Weights, combined_score};

/// How the person's choices move the weights.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FeedbackConfig {
    /// Pull toward the shipped weights (L2, per unit of squared share).
    pub strength: f32,
    /// The most any signal's share may move, up or down.
    pub max_shift: f32,
    /// Sharpness of the pairwise loss: score differences are small numbers.
    pub temperature: f32,
    pub steps: usize,
    pub learning_rate: f32,
    /// How far the resume's vector moves toward the mean of the liked postings' vectors, and
    /// away from the mean of the others', before the dense signal is computed (Rocchio's
    /// relevance feedback, [`query_toward_choices`]); 0 and 0 leave it as it is.
    pub toward_liked: f32,
    pub away_from_disliked: f32,
    /// The weight of the pairs that keep each liked posting above the unrated sample of
    /// [`Ratings`], against 1 for the pairs of a liked and a disliked posting. A person rates
    /// the first matches, which all share the resume's field; fitted to them alone, the weights
    /// give up share of the signals that put them there (the dense one, mostly), and postings
    /// from other fields climb into the first page. Nearly every posting fits no one person,
    /// so a liked posting above a sampled one is what the ranking should keep doing.
    pub above_unrated: f32,
}

/// The configuration the app uses: of the grid of `candor feedback --sweep`, the point whose
/// worst MiniLM gain over the train splits (`top` and `asked`) is best, then the best mean of
/// them (long_train -0.0438 and +0.0022, esco_train +0.1042 and +0.0918, against -0.4307 and
/// -0.1143 on long_train without the unrated sample). On the dev splits: long_dev +0.1131 and
/// +0.0859 (one measured query each), esco_dev +0.0424 and +0.0268. Every split's figures, with
/// and without a model: `tests/eval/FEEDBACK.json`.
pub const FEEDBACK: FeedbackConfig = FeedbackConfig {
    strength: 0.5,
    max_shift: 0.3,
    temperature: 10.0,
    steps: 300,
    learning_rate: 0.02,
    toward_liked: 1.5,
    away_from_disliked: 0.5,
    above_unrated: 10.0,
};

/// At most how many unrated postings [`unrated_sample`] keeps: enough to stand for the list,
/// few enough that a fit stays a few milliseconds.
pub const UNRATED_SAMPLE: usize = 50;

/// At most [`UNRATED_SAMPLE`] of `unrated`, evenly spaced from the first: a sample of the
/// postings the person did not rate for [`Ratings::unrated_sample`]. Pass them in an order that
/// says nothing of their score (index order), so the sample spreads over the whole list.
pub fn unrated_sample<T: Copy>(unrated: &[T]) -> Vec<T> {
    let stride = unrated.len().div_ceil(UNRATED_SAMPLE).max(1);
    unrated.iter().copied().step_by(stride).collect()
}

/// What the fit reads: the postings the person rated and a sample of those they did not
/// ([`unrated_sample`]), each as the ranking scored it with the resume's own vector.
#[derive(Debug, Clone, Copy)]
pub struct Ratings<'a> {
    pub rated: &'a [Rated<'a>],
    /// Each liked posting should stay above these ([`FeedbackConfig::above_unrated`]).
    pub unrated_sample: &'a [&'a [(SignalKind, f32)]],
}

/// One posting the person rated, as the ranking scored it.
#[derive(Debug, Clone, Copy)]
pub struct Rated<'a> {
    /// Its signals' kinds and values (in [0, 1]), as [`combined_score`] takes them.
    pub values: &'a [(SignalKind, f32)],
    pub liked: bool,
}

/// A signal whose share of the score the person's choices moved.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WeightChange {
    pub kind: SignalKind,
    /// Shares of the score in [0, 1], over the signals the ranking weighs.
    pub from: f32,
    pub to: f32,
}

/// The weights fitted to the person's choices, and what moved.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonalWeights {
    pub weights: Weights,
    /// Changes of at least one point of share, largest first.
    pub changes: Vec<WeightChange>,
}

/// What the page says about a ranking that learned from the person's choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonalSummary {
    /// How many rated postings it read, liked and not.
    pub liked: u32,
    pub disliked: u32,
    /// How the weights moved ([`personalize`]); empty without a liked and a disliked posting.
    pub changes: Vec<WeightChange>,
    /// Whether the resume's vector moved toward the liked postings ([`query_toward_choices`]).
    #[serde(default)]
    pub resume_moved: bool,
}

/// The signals a ranking weighs: every kind but the reranker's (whose share is its lock
/// entry's), and the dense signal only when a model ran.
fn weighed_kinds(model_ran: bool) -> Vec<SignalKind> {
    SignalKind::ALL
        .into_iter()
        .filter(|&kind| kind != SignalKind::Reranker && (model_ran || kind != SignalKind::Dense))
        .collect()
}

/// The shipped weights' shares of `kinds`, summing to 1 (equal shares when all are 0).
fn shares_of(weights: &Weights, kinds: &[SignalKind], model_ran: bool) -> Vec<f32> {
    let raw: Vec<f32> = kinds
        .iter()
        .map(|&kind| weights.of_when(kind, model_ran))
        .collect();
    normalized(raw)
}

fn normalized(mut shares: Vec<f32>) -> Vec<f32> {
    let total: f32 = shares.iter().sum();
    if total > 0.0 {
        shares.iter_mut().for_each(|share| *share /= total);
    } else {
        let even = 1.0 / shares.len() as f32;
        shares.iter_mut().for_each(|share| *share = even);
    }
    shares
}

/// Each share's bounds: within `max_shift` of its `start` and in [0, 1]; a signal the shipped
/// weights leave out (share 0) stays out, since the evaluation sets found it did not help.
fn share_bounds(start: &[f32], max_shift: f32) -> Vec<(f32, f32)> {
    start
        .iter()
        .map(|&start| match start {
            0.0 => (0.0, 0.0),
            start => ((start - max_shift).max(0.0), (start + max_shift).min(1.0)),
        })
        .collect()
}

/// Moves `shares` to the nearest point (in the Euclidean sense) whose shares sum to 1 and stay
/// within `bounds`: each is shifted by one common amount and clamped, with the amount found by
/// bisection. The start of the fit is such a point, so one exists.
fn project(shares: &mut [f32], bounds: &[(f32, f32)]) {
    let shifted_sum = |amount: f32| -> f32 {
        shares
            .iter()
            .zip(bounds)
            .map(|(share, &(low, high))| (share - amount).clamp(low, high))
            .sum()
    };
    // The sum falls as the amount grows: every share sits at its high bound below this
    // bracket and at its low bound above it.
    let mut below = shares
        .iter()
        .zip(bounds)
        .map(|(share, &(_, high))| share - high)
        .fold(f32::INFINITY, f32::min);
    let mut above = shares
        .iter()
        .zip(bounds)
        .map(|(share, &(low, _))| share - low)
        .fold(f32::NEG_INFINITY, f32::max);
    for _ in 0..60 {
        let middle = (below + above) / 2.0;
        if shifted_sum(middle) > 1.0 {
            below = middle;
        } else {
            above = middle;
        }
    }
    let amount = (below + above) / 2.0;
    for (share, &(low, high)) in shares.iter_mut().zip(bounds) {
        *share = (*share - amount).clamp(low, high);
    }
}

/// A rated posting's values in `kinds` order; `None` where it lacks the signal.
fn features(values: &[(SignalKind, f32)], kinds: &[SignalKind]) -> Vec<Option<f32>> {
    kinds
        .iter()
        .map(|&kind| {
            values
                .iter()
                .find(|(k, _)| *k == kind)
                .map(|&(_, value)| value)
        })
        .collect()
}

/// The weighted mean of the present values, and its gradient in the shares.
fn score_and_gradient(shares: &[f32], features: &[Option<f32>], gradient: &mut [f32]) -> f32 {
    let (mut sum, mut total) = (0.0f32, 0.0f32);
    for (share, value) in shares.iter().zip(features) {
        if let Some(value) = value {
            sum += share * value;
            total += share;
        }
    }
    let score = if total > 0.0 { sum / total } else { 0.0 };
    for (slot, value) in gradient.iter_mut().zip(features) {
        *slot = match value {
            // d(sum / total) / d share = (value - score) / total.
            Some(value) if total > 0.0 => (value - score) / total,
            Some(value) => *value,
            None => 0.0,
        };
    }
    score
}

/// The weights fitted to `ratings` from `shipped` (see the module docs), for a ranking with or
/// without a model's dense signal. `None` when the choices hold no pair to learn from: at
/// least one liked and one not (the unrated sample alone says nothing of the person's taste).
pub fn personalize(
    shipped: &Weights,
    model_ran: bool,
    ratings: Ratings<'_>,
    config: &FeedbackConfig,
) -> Option<PersonalWeights> {
    fit(shipped, model_ran, ratings, config, None)
}

/// [`personalize`], starting from `warm` (weights of a fit to fewer choices) when given.
fn fit(
    shipped: &Weights,
    model_ran: bool,
    ratings: Ratings<'_>,
    config: &FeedbackConfig,
    warm: Option<&Weights>,
) -> Option<PersonalWeights> {
    let kinds = weighed_kinds(model_ran);
    let features_of = |liked: bool| -> Vec<Vec<Option<f32>>> {
        ratings
            .rated
            .iter()
            .filter(|r| r.liked == liked)
            .map(|r| features(r.values, &kinds))
            .collect()
    };
    let (liked, disliked) = (features_of(true), features_of(false));
    if liked.is_empty() || disliked.is_empty() {
        return None;
    }
    let unrated: Vec<Vec<Option<f32>>> = match config.above_unrated {
        0.0 => Vec::new(),
        _ => ratings
            .unrated_sample
            .iter()
            .map(|values| features(values, &kinds))
            .collect(),
    };
    let start = shares_of(shipped, &kinds, model_ran);
    let bounds = share_bounds(&start, config.max_shift);
    let mut shares = match warm {
        Some(warm) => shares_of(warm, &kinds, model_ran),
        None => start.clone(),
    };
    project(&mut shares, &bounds);
    let n_pairs = (liked.len() * disliked.len()) as f32;
    let n_unrated_pairs = (liked.len() * unrated.len()).max(1) as f32;
    let mut step = vec![0.0f32; kinds.len()];
    let scored = |features: &[Vec<Option<f32>>], shares: &[f32]| -> Vec<(f32, Vec<f32>)> {
        features
            .iter()
            .map(|features| {
                let mut gradient = vec![0.0; kinds.len()];
                let score = score_and_gradient(shares, features, &mut gradient);
                (score, gradient)
            })
            .collect()
    };
    for _ in 0..config.steps {
        for ((slot, share), start) in step.iter_mut().zip(&shares).zip(&start) {
            *slot = 2.0 * config.strength * (share - start);
        }
        // Each posting's score and gradient once; only the pull is per pair.
        let liked_scored = scored(&liked, &shares);
        let (disliked_scored, unrated_scored) =
            (scored(&disliked, &shares), scored(&unrated, &shares));
        let mut pulls_liked = vec![0.0f32; liked.len()];
        let mut pulls_disliked = vec![0.0f32; disliked.len()];
        let mut pulls_unrated = vec![0.0f32; unrated.len()];
        let mut pull_apart =
            |below_scored: &[(f32, Vec<f32>)], pulls_below: &mut [f32], pair_weight: f32| {
                for (i, (liked_score, _)) in liked_scored.iter().enumerate() {
                    for (j, (below_score, _)) in below_scored.iter().enumerate() {
                        // d softplus(-t d) / d d = -t sigmoid(-t d), d = liked - below.
                        let margin = config.temperature * (liked_score - below_score);
                        let pull = -pair_weight * config.temperature / (1.0 + margin.exp());
                        pulls_liked[i] += pull;
                        pulls_below[j] -= pull;
                    }
                }
            };
        pull_apart(&disliked_scored, &mut pulls_disliked, 1.0 / n_pairs);
        let unrated_weight = config.above_unrated / n_unrated_pairs;
        pull_apart(&unrated_scored, &mut pulls_unrated, unrated_weight);
        let pulled = liked_scored
            .iter()
            .zip(&pulls_liked)
            .chain(disliked_scored.iter().zip(&pulls_disliked))
            .chain(unrated_scored.iter().zip(&pulls_unrated));
        for ((_, gradient), pull) in pulled {
            for (slot, g) in step.iter_mut().zip(gradient) {
                *slot += pull * g;
            }
        }
        for (share, slot) in shares.iter_mut().zip(&step) {
            *share -= config.learning_rate * slot;
        }
        project(&mut shares, &bounds);
    }
    let mut changes: Vec<WeightChange> = kinds
        .iter()
        .zip(start.iter().zip(&shares))
        .filter(|(_, (from, to))| (*to - *from).abs() >= 0.01)
        .map(|(&kind, (&from, &to))| WeightChange { kind, from, to })
        .collect();
    changes.sort_by(|a, b| (b.to - b.from).abs().total_cmp(&(a.to - a.from).abs()));
    Some(PersonalWeights {
        weights: shipped.with_shares(model_ran, kinds.iter().copied().zip(shares).collect()),
        changes,
    })
}

/// The weights a ranking uses after `ratings`: fitted to them, or `shipped` when they hold no
/// pair to learn from.
pub fn weights_after(
    shipped: &Weights,
    model_ran: bool,
    ratings: Ratings<'_>,
    config: &FeedbackConfig,
) -> Weights {
    personalize(shipped, model_ran, ratings, config)
        .map_or_else(|| shipped.clone(), |personal| personal.weights)
}

/// The resume's vector `query` moved toward the mean of the `liked` postings' vectors and away
/// from the mean of the `disliked` ones' (Rocchio), L2-normalized again, so the dense signal
/// reads "like your resume and like the postings you chose". `None` without a rated posting or
/// when the move cancels out.
pub fn query_toward_choices(
    query: &[f32],
    liked: &[&[f32]],
    disliked: &[&[f32]],
    config: &FeedbackConfig,
) -> Option<Vec<f32>> {
    if liked.is_empty() && disliked.is_empty() {
        return None;
    }
    let mut moved = query.to_vec();
    let mut add_mean = |rows: &[&[f32]], scale: f32| {
        if rows.is_empty() {
            return;
        }
        let scale = scale / rows.len() as f32;
        for row in rows {
            for (value, add) in moved.iter_mut().zip(*row) {
                *value += scale * add;
            }
        }
    };
    add_mean(liked, config.toward_liked);
    add_mean(disliked, -config.away_from_disliked);
    let norm = moved.iter().map(|v| v * v).sum::<f32>().sqrt();
    (norm > 1e-6 && norm.is_finite()).then(|| moved.iter().map(|v| v / norm).collect())
}

/// A posting the person has not rated, as [`rate_next`] weighs it.
#[derive(Debug, Clone, Copy)]
pub struct Unrated<'a> {
    pub values: &'a [(SignalKind, f32)],
    pub blockers: &'a [Blocker],
}

/// How many of the best unrated postings [`rate_next`] considers asking about.
pub const RATE_NEXT_CANDIDATES: usize = 20;

/// How far down the ranking [`rate_next`] looks for a change: the first page a person reads.
pub const FIRST_PAGE: usize = 10;

/// Positions in `unrated` (best first, as ranked now under `current`) of at most `n` postings
/// whose rating would change the ranking most: for each of the first [`RATE_NEXT_CANDIDATES`], the
/// weights are fitted to `ratings` with it liked and with it not, and the postings entering the
/// first [`FIRST_PAGE`] are counted either way; the largest mean change wins, the better ranked
/// among equals. With no change either way (no rating yet, say), the best ranked. A candidate
/// may also be in the unrated sample; liked, its pair with itself pulls both ways and adds
/// nothing.
pub fn rate_next(
    shipped: &Weights,
    current: &Weights,
    model_ran: bool,
    ratings: Ratings<'_>,
    unrated: &[Unrated<'_>],
    n: usize,
    config: &FeedbackConfig,
) -> Vec<usize> {
    let top = |weights: &Weights| -> Vec<usize> {
        let mut order: Vec<(usize, f32)> = unrated
            .iter()
            .enumerate()
            .map(|(i, u)| (i, combined_score(u.values, u.blockers, weights, 0.0)))
            .collect();
        order.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        order.into_iter().take(FIRST_PAGE).map(|(i, _)| i).collect()
    };
    let now = top(current);
    let change_if = |candidate: usize, liked: bool| -> usize {
        let mut with: Vec<Rated<'_>> = ratings.rated.to_vec();
        with.push(Rated {
            values: unrated[candidate].values,
            liked,
        });
        // From the current fit, a third of the steps: an estimate, forty times over.
        let quick = FeedbackConfig {
            steps: config.steps / 3,
            ..*config
        };
        let ratings = Ratings {
            rated: &with,
            ..ratings
        };
        let weights = fit(shipped, model_ran, ratings, &quick, Some(current))
            .map_or_else(|| shipped.clone(), |personal| personal.weights);
        top(&weights).iter().filter(|i| !now.contains(i)).count()
    };
    let mut pool: Vec<(usize, usize)> = (0..unrated.len().min(RATE_NEXT_CANDIDATES))
        .map(|candidate| {
            let change = change_if(candidate, true) + change_if(candidate, false);
            (candidate, change)
        })
        .collect();
    pool.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    pool.into_iter().take(n).map(|(i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hybrid::{BlockerCaps, DenseMap, GradeFloors};

    fn shipped() -> Weights {
        Weights {
            dense_map: DenseMap::default(),
            grades: GradeFloors::default(),
            weights: vec![
                (SignalKind::Dense, 0.5),
                (SignalKind::Bm25, 0.4),
                (SignalKind::SkillCoverage, 0.1),
            ],
            caps: BlockerCaps::default(),
            without_model: Vec::new(),
        }
    }

    /// Keyword-heavy postings the person passed over, skill-heavy ones they liked.
    const LIKED: [[(SignalKind, f32); 3]; 2] = [
        [
            (SignalKind::Dense, 0.5),
            (SignalKind::Bm25, 0.2),
            (SignalKind::SkillCoverage, 0.9),
        ],
        [
            (SignalKind::Dense, 0.6),
            (SignalKind::Bm25, 0.3),
            (SignalKind::SkillCoverage, 0.8),
        ],
    ];
    const DISLIKED: [[(SignalKind, f32); 3]; 2] = [
        [
            (SignalKind::Dense, 0.5),
            (SignalKind::Bm25, 0.9),
            (SignalKind::SkillCoverage, 0.1),
        ],
        [
            (SignalKind::Dense, 0.6),
            (SignalKind::Bm25, 0.8),
            (SignalKind::SkillCoverage, 0.2),
        ],
    ];

    fn rated() -> Vec<Rated<'static>> {
        let liked = LIKED.iter().map(|values| Rated {
            values,
            liked: true,
        });
        let disliked = DISLIKED.iter().map(|values| Rated {
            values,
            liked: false,
        });
        liked.chain(disliked).collect()
    }

    /// Ratings without an unrated sample.
    fn alone<'a>(rated: &'a [Rated<'a>]) -> Ratings<'a> {
        Ratings {
            rated,
            unrated_sample: &[],
        }
    }

    fn share(changes: &[WeightChange], kind: SignalKind) -> Option<(f32, f32)> {
        changes
            .iter()
            .find(|change| change.kind == kind)
            .map(|change| (change.from, change.to))
    }

    #[test]
    fn choices_move_weight_toward_what_the_liked_postings_have() {
        let personal = personalize(&shipped(), true, alone(&rated()), &FEEDBACK).unwrap();
        let (from, to) = share(&personal.changes, SignalKind::SkillCoverage).unwrap();
        assert!(to > from + 0.05, "skills {from} -> {to}");
        let (from, to) = share(&personal.changes, SignalKind::Bm25).unwrap();
        assert!(to < from - 0.05, "keywords {from} -> {to}");
        // Given room, the liked postings end up above the ones passed over.
        let wider = FeedbackConfig {
            max_shift: 0.4,
            ..FEEDBACK
        };
        let personal = personalize(&shipped(), true, alone(&rated()), &wider).unwrap();
        let score =
            |values: &[(SignalKind, f32)]| combined_score(values, &[], &personal.weights, 0.0);
        assert!(
            LIKED
                .iter()
                .all(|liked| DISLIKED.iter().all(|d| score(liked) > score(d)))
        );
    }

    #[test]
    fn the_shift_is_bounded_and_the_shares_sum_to_one() {
        let strong = FeedbackConfig {
            strength: 0.0,
            steps: 2_000,
            ..FEEDBACK
        };
        let personal = personalize(&shipped(), true, alone(&rated()), &strong).unwrap();
        for change in &personal.changes {
            assert!(
                (change.to - change.from).abs() <= strong.max_shift + 1e-3,
                "{change:?}"
            );
        }
        let kinds = weighed_kinds(true);
        let total: f32 = kinds
            .iter()
            .map(|&k| personal.weights.of_when(k, true))
            .sum();
        assert!((total - 1.0).abs() < 1e-4, "{total}");
    }

    #[test]
    fn the_unrated_sample_keeps_the_liked_postings_above_the_rest_of_the_list() {
        // Every rated posting is close in meaning (the first page); the liked ones have more of
        // the resume's keywords. The rest of the list is far in meaning, some of it keyword-rich.
        let liked = [
            (SignalKind::Dense, 0.9),
            (SignalKind::Bm25, 0.7),
            (SignalKind::SkillCoverage, 0.5),
        ];
        let disliked = [
            (SignalKind::Dense, 0.9),
            (SignalKind::Bm25, 0.2),
            (SignalKind::SkillCoverage, 0.5),
        ];
        let rated = [
            Rated {
                values: &liked,
                liked: true,
            },
            Rated {
                values: &disliked,
                liked: false,
            },
        ];
        let rest: Vec<[(SignalKind, f32); 3]> = (0..8)
            .map(|i| {
                [
                    (SignalKind::Dense, 0.2),
                    (SignalKind::Bm25, 0.1 * i as f32),
                    (SignalKind::SkillCoverage, 0.3),
                ]
            })
            .collect();
        let rest_values: Vec<&[(SignalKind, f32)]> = rest.iter().map(|r| r.as_slice()).collect();
        let sample = unrated_sample(&rest_values);
        let with_sample = Ratings {
            rated: &rated,
            unrated_sample: &sample,
        };
        let config = FeedbackConfig {
            above_unrated: 3.0,
            ..FEEDBACK
        };
        let dense_share = |ratings: Ratings<'_>| {
            let personal = personalize(&shipped(), true, ratings, &config).unwrap();
            personal.weights.of_when(SignalKind::Dense, true)
        };
        let (rated_only, sampled) = (dense_share(alone(&rated)), dense_share(with_sample));
        // Meaning, which does not tell the rated postings apart, loses less share when the fit
        // also sees that it is what keeps the liked posting above the rest.
        assert!(rated_only < 0.5 - 0.05, "rated only {rated_only}");
        assert!(
            sampled > rated_only + 0.05,
            "rated only {rated_only}, with the sample {sampled}"
        );
        let no_weight = FeedbackConfig {
            above_unrated: 0.0,
            ..config
        };
        assert_eq!(
            personalize(&shipped(), true, with_sample, &no_weight),
            personalize(&shipped(), true, alone(&rated), &no_weight),
        );
    }

    #[test]
    fn an_unrated_sample_is_evenly_spaced_and_bounded() {
        let few: Vec<usize> = (0..7).collect();
        assert_eq!(unrated_sample(&few), few);
        let many: Vec<usize> = (0..1_000).collect();
        let sample = unrated_sample(&many);
        assert_eq!(sample.len(), UNRATED_SAMPLE);
        assert_eq!(&sample[..3], [0, 20, 40]);
        let odd: Vec<usize> = (0..101).collect();
        assert!(unrated_sample(&odd).len() <= UNRATED_SAMPLE);
        assert!(unrated_sample::<usize>(&[]).is_empty());
    }

    #[test]
    fn a_projection_keeps_the_bounds_and_the_sum_whatever_the_step() {
        let start = [0.5, 0.4, 0.1, 0.0];
        let bounds = share_bounds(&start, 0.3);
        for mut shares in [
            [40.0, -35.0, 3.0, 9.0],
            [-7.0, -7.0, -7.0, 2.0],
            [0.5, 0.4, 0.1, 0.0],
        ] {
            project(&mut shares, &bounds);
            let total: f32 = shares.iter().sum();
            assert!((total - 1.0).abs() < 1e-4, "{shares:?}");
            for (share, (low, high)) in shares.iter().zip(&bounds) {
                assert!(*share >= low - 1e-6 && *share <= high + 1e-6, "{shares:?}");
            }
            assert_eq!(shares[3], 0.0, "a signal left out stays out");
        }
    }

    #[test]
    fn nothing_is_learned_without_a_liked_and_a_disliked_posting() {
        let only_liked: Vec<Rated<'_>> = rated().into_iter().filter(|r| r.liked).collect();
        assert!(personalize(&shipped(), true, alone(&only_liked), &FEEDBACK).is_none());
        assert!(personalize(&shipped(), true, alone(&[]), &FEEDBACK).is_none());
    }

    #[test]
    fn without_a_model_only_the_no_model_weights_move() {
        let mut weights = shipped();
        weights.without_model = vec![(SignalKind::Bm25, 0.8), (SignalKind::SkillCoverage, 0.2)];
        let personal = personalize(&weights, false, alone(&rated()), &FEEDBACK).unwrap();
        assert_eq!(personal.weights.weights, weights.weights);
        assert!(personal.weights.of_when(SignalKind::SkillCoverage, false) > 0.2);
        assert!(share(&personal.changes, SignalKind::Dense).is_none());
    }

    #[test]
    fn the_query_moves_toward_liked_postings_and_away_from_the_others() {
        let query = [1.0, 0.0, 0.0];
        let liked: [&[f32]; 1] = [&[0.0, 1.0, 0.0]];
        let disliked: [&[f32]; 1] = [&[0.0, 0.0, 1.0]];
        let moved = query_toward_choices(&query, &liked, &disliked, &FEEDBACK).unwrap();
        let norm: f32 = moved.iter().map(|v| v * v).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-5);
        assert!(moved[1] > 0.3 && moved[2] < 0.0, "{moved:?}");
        assert!(query_toward_choices(&query, &[], &[], &FEEDBACK).is_none());
    }

    #[test]
    fn rate_next_asks_about_the_postings_that_would_move_the_ranking() {
        // Ten near-identical postings and one that disagrees with them: rating it either way
        // moves the weights, rating another of the ten does not tell the fit much.
        let plain = [
            (SignalKind::Dense, 0.5),
            (SignalKind::Bm25, 0.5),
            (SignalKind::SkillCoverage, 0.5),
        ];
        let mixed: Vec<[(SignalKind, f32); 3]> = (0..12)
            .map(|i| {
                let skew = i as f32 / 12.0;
                [
                    (SignalKind::Dense, 0.5),
                    (SignalKind::Bm25, 0.2 + 0.6 * skew),
                    (SignalKind::SkillCoverage, 0.8 - 0.6 * skew),
                ]
            })
            .collect();
        let mut unrated: Vec<Unrated<'_>> = vec![Unrated {
            values: &plain,
            blockers: &[],
        }];
        unrated.extend(mixed.iter().map(|values| Unrated {
            values,
            blockers: &[],
        }));
        let picked = rate_next(
            &shipped(),
            &shipped(),
            true,
            alone(&rated()),
            &unrated,
            3,
            &FEEDBACK,
        );
        assert_eq!(picked.len(), 3);
        // With nothing rated, nothing would change: the best ranked come first.
        let first = rate_next(
            &shipped(),
            &shipped(),
            true,
            alone(&[]),
            &unrated,
            3,
            &FEEDBACK,
        );
        assert_eq!(first, [0, 1, 2]);
    }
}
