//! Hybrid scoring: explainable signals in [0, 1], learned weights, blocker caps and grades.
//!
//! Every signal a match has (dense similarity, BM25, skill coverage, required-skill coverage,
//! seniority, location, salary, recency, reranker probability) arrives as a [`Signal`] with its
//! provenance. Signals that could not be computed (no salary in the posting, no reranker loaded)
//! are simply absent: the remaining weights are rescaled to sum to 1, so a missing signal never
//! counts as a zero. The reranker is the exception to learned weights: its probability takes a
//! fixed share of the score given by its lock entry (see [`combine_reranked`]). Blockers (a missing required licence, a salary under the floor, …) cap the
//! score rather than subtract from it, as a peer desktop matcher does, so a great semantic match
//! for a job the person cannot legally take still lands below every unblocked match.
//!
//! [`combine`] returns the score together with per-signal contributions that sum to it exactly,
//! which is what the page draws as bars.

use serde::{Deserialize, Serialize};

/// The kinds of evidence a match score can be built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    /// Cosine similarity of the resume and job embeddings, mapped to [0, 1].
    Dense,
    /// BM25 of the resume against the posting, normalized within the ranked set.
    Bm25,
    /// Share of the posting's skills the candidate has (exact, alias, fuzzy or related).
    SkillCoverage,
    /// Share of the posting's required skills the candidate has.
    RequiredCoverage,
    /// Fit of the candidate's years and seniority to the posting's.
    Experience,
    /// Fit of location and remote preference.
    Location,
    /// Fit of the posting's salary to the candidate's expectation.
    Salary,
    /// How fresh the posting is.
    Recency,
    /// The cross-encoder's probability that the posting fits the resume. Never weighed by
    /// [`Weights`]: its share of the score is the reranker's lock entry (see [`combine_reranked`]).
    Reranker,
}

impl SignalKind {
    pub const ALL: [SignalKind; 9] = [
        SignalKind::Dense,
        SignalKind::Bm25,
        SignalKind::SkillCoverage,
        SignalKind::RequiredCoverage,
        SignalKind::Experience,
        SignalKind::Location,
        SignalKind::Salary,
        SignalKind::Recency,
        SignalKind::Reranker,
    ];

    /// A short label for the page and the CLI.
    pub fn label(self) -> &'static str {
        match self {
            SignalKind::Dense => "meaning",
            SignalKind::Bm25 => "keywords",
            SignalKind::SkillCoverage => "skills",
            SignalKind::RequiredCoverage => "required skills",
            SignalKind::Experience => "experience",
            SignalKind::Location => "location",
            SignalKind::Salary => "salary",
            SignalKind::Recency => "recency",
            SignalKind::Reranker => "reranker",
        }
    }
}

/// One computed piece of evidence: a value in [0, 1] and a sentence saying where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    pub kind: SignalKind,
    pub value: f32,
    pub detail: String,
}

impl Signal {
    /// A signal with `value` clamped into [0, 1]; NaN becomes 0 so one bad input cannot poison a
    /// ranking.
    pub fn new(kind: SignalKind, value: f32, detail: impl Into<String>) -> Signal {
        Signal {
            kind,
            value: signal_value(value),
            detail: detail.into(),
        }
    }
}

/// `value` clamped into [0, 1], NaN as 0: a [`Signal`]'s value.
pub fn signal_value(value: f32) -> f32 {
    if value.is_nan() {
        0.0
    } else {
        value.clamp(0.0, 1.0)
    }
}

/// Relative importance of each signal, and the cap each kind of blocker puts on a score. Absent
/// kinds weigh 0. The committed values are learned on the train splits of the evaluation sets and
/// chosen on their dev splits (see `data/hybrid_weights.json` and `candor learn`), not picked by
/// hand. A [`SignalKind::Reranker`] entry is ignored: no reranker runs in that evaluation, so its
/// share is data of the reranker's lock entry instead (see [`combine_reranked`]).
///
/// A signal with weight 0 is left out of the score, so the page draws no bar for it. Such a
/// signal still acts through its blocker (a seniority two levels off, a location the person rules
/// out, pay under their floor) or through the person's filters: the evaluation sets showed it did
/// not order fitting postings any better as a share of the score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Weights {
    pub weights: Vec<(SignalKind, f32)>,
    /// The cap each kind of blocker puts on a score; the peer matcher's values when absent.
    #[serde(default)]
    pub caps: BlockerCaps,
    /// The weights when no embedding model ran (no dense signal: the first ranking, or no model
    /// stored), learned on their own because the other signals share differently without one.
    /// Empty: `weights` serve both.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub without_model: Vec<(SignalKind, f32)>,
    /// How the embeddings' cosine becomes the dense signal; learned with the weights, since a
    /// share of the score means nothing without the scale of what it weighs.
    #[serde(default)]
    pub dense_map: DenseMap,
    /// The lowest score of each grade; learned with the weights, so that a grade keeps its
    /// meaning whatever scale the learned weights and map give scores.
    #[serde(default)]
    pub grades: GradeFloors,
}

/// The lowest score of each grade above F, highest first.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GradeFloors {
    pub a_plus: f32,
    pub a: f32,
    pub b: f32,
    pub c: f32,
    pub d: f32,
}

impl Default for GradeFloors {
    /// Server matchers' letter grades: A+ from 90 points, then every 10 down to D at 50.
    fn default() -> Self {
        GradeFloors {
            a_plus: 0.9,
            a: 0.8,
            b: 0.7,
            c: 0.6,
            d: 0.5,
        }
    }
}

/// A cosine similarity mapped linearly from `floor` (no semantic match) to `ceiling` (a full
/// one), clamped to [0, 1] like every signal.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DenseMap {
    pub floor: f32,
    pub ceiling: f32,
}

impl Default for DenseMap {
    /// The hand-set map of weights files that learned none. Measured on MiniLM: unrelated
    /// job/resume pairs sit near 0.1, same-role pairs at 0.6–0.8.
    fn default() -> Self {
        DenseMap {
            floor: 0.10,
            ceiling: 0.75,
        }
    }
}

impl DenseMap {
    /// The dense signal's value for `cosine` (before [`Signal::new`] clamps it).
    pub fn value(&self, cosine: f32) -> f32 {
        (cosine - self.floor) / (self.ceiling - self.floor)
    }
}

/// The highest score a match with each kind of [`Blocker`] may have.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BlockerCaps {
    pub missing_credential: f32,
    pub missing_required_skill: f32,
    pub location_mismatch: f32,
    pub salary_below_floor: f32,
    pub seniority_mismatch: f32,
    /// Older files have no cap for it: 0.45, as for a missing credential.
    #[serde(default = "default_not_eligible_cap")]
    pub not_eligible: f32,
    /// Older files have no cap for it: 0.25, lowest of all.
    #[serde(default = "default_suspicious_posting_cap")]
    pub suspicious_posting: f32,
    /// Older files have no cap for it: 0.55, as for pay under the floor.
    #[serde(default = "default_temporary_role_cap")]
    pub temporary_role: f32,
    /// Older files have no cap for it: 0.45, as for a missing credential.
    #[serde(default = "default_different_work_cap")]
    pub different_work: f32,
}

fn default_not_eligible_cap() -> f32 {
    0.45
}

fn default_suspicious_posting_cap() -> f32 {
    0.25
}

fn default_temporary_role_cap() -> f32 {
    0.55
}

fn default_different_work_cap() -> f32 {
    0.45
}

impl Default for BlockerCaps {
    /// A peer desktop matcher's caps: a hard requirement missing caps hardest, logistics next,
    /// seniority least.
    fn default() -> Self {
        BlockerCaps {
            missing_credential: 0.45,
            missing_required_skill: 0.45,
            location_mismatch: 0.55,
            salary_below_floor: 0.55,
            seniority_mismatch: 0.65,
            not_eligible: default_not_eligible_cap(),
            suspicious_posting: default_suspicious_posting_cap(),
            temporary_role: default_temporary_role_cap(),
            different_work: default_different_work_cap(),
        }
    }
}

impl BlockerCaps {
    /// The cap of `blocker`.
    pub fn of(&self, blocker: &Blocker) -> f32 {
        match blocker {
            Blocker::MissingCredential { .. } => self.missing_credential,
            Blocker::MissingRequiredSkill { .. } => self.missing_required_skill,
            Blocker::LocationMismatch { .. } => self.location_mismatch,
            Blocker::SalaryBelowFloor { .. } => self.salary_below_floor,
            Blocker::SeniorityMismatch { .. } => self.seniority_mismatch,
            Blocker::NotEligible { .. } => self.not_eligible,
            Blocker::SuspiciousPosting { .. } => self.suspicious_posting,
            Blocker::TemporaryRole { .. } => self.temporary_role,
            Blocker::DifferentWork { .. } => self.different_work,
        }
    }

    /// The cap of each kind, in [`Blocker`]'s order, for learning them.
    pub fn as_mut_array(&mut self) -> [&mut f32; Blocker::N_KINDS] {
        [
            &mut self.missing_credential,
            &mut self.missing_required_skill,
            &mut self.location_mismatch,
            &mut self.salary_below_floor,
            &mut self.seniority_mismatch,
            &mut self.not_eligible,
            &mut self.suspicious_posting,
            &mut self.temporary_role,
            &mut self.different_work,
        ]
    }
}

impl Weights {
    /// The weight of `kind`, 0 when it has none.
    pub fn of(&self, kind: SignalKind) -> f32 {
        weight_in(&self.weights, kind)
    }

    /// The weight of `kind` in a match whose signals do (`model_ran`) or do not include the
    /// dense signal: [`Weights::without_model`] when no model ran and they are given.
    pub fn of_when(&self, kind: SignalKind, model_ran: bool) -> f32 {
        if model_ran || self.without_model.is_empty() {
            self.of(kind)
        } else {
            weight_in(&self.without_model, kind)
        }
    }

    /// These weights with `shares` in place of the list [`Weights::of_when`] reads for
    /// `model_ran`; the other list, the caps, map and grades stay.
    pub fn with_shares(&self, model_ran: bool, shares: Vec<(SignalKind, f32)>) -> Weights {
        let mut weights = self.clone();
        if model_ran || self.without_model.is_empty() {
            weights.weights = shares;
        } else {
            weights.without_model = shares;
        }
        weights
    }
}

fn weight_in(weights: &[(SignalKind, f32)], kind: SignalKind) -> f32 {
    weights
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or(0.0, |(_, w)| w.max(0.0))
}

/// Why a match cannot score above a cap, whatever its signals say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Blocker {
    /// The posting requires a licence, certification or clearance the candidate lacks.
    MissingCredential { name: String },
    /// The posting lists a required skill the candidate shows no evidence of, not even related.
    MissingRequiredSkill { name: String },
    /// The posting's location cannot work for the candidate (not remote, elsewhere).
    LocationMismatch { detail: String },
    /// The posting pays below the candidate's floor.
    SalaryBelowFloor { detail: String },
    /// The posting's seniority is far from the candidate's.
    SeniorityMismatch { detail: String },
    /// The posting restricts who may apply (work authorization, citizenship, residence) and the
    /// resume shows no such right.
    NotEligible { detail: String },
    /// The posting looks like a scam (pay to start, deposit a cheque, guaranteed earnings).
    SuspiciousPosting { detail: String },
    /// The role is temporary (a contract, interim or seasonal post) and the resume asks for a
    /// permanent one only.
    TemporaryRole { detail: String },
    /// The posting's title names a kind of work that keyword stuffing hides (selling,
    /// recruiting) and the resume shows none of it.
    DifferentWork { detail: String },
}

impl Blocker {
    /// How many kinds of blocker there are.
    pub const N_KINDS: usize = 9;

    /// One blocker of each kind, in [`Blocker::kind_idx`] order, with empty details.
    pub fn one_of_each() -> [Blocker; Blocker::N_KINDS] {
        [
            Blocker::MissingCredential {
                name: String::new(),
            },
            Blocker::MissingRequiredSkill {
                name: String::new(),
            },
            Blocker::LocationMismatch {
                detail: String::new(),
            },
            Blocker::SalaryBelowFloor {
                detail: String::new(),
            },
            Blocker::SeniorityMismatch {
                detail: String::new(),
            },
            Blocker::NotEligible {
                detail: String::new(),
            },
            Blocker::SuspiciousPosting {
                detail: String::new(),
            },
            Blocker::TemporaryRole {
                detail: String::new(),
            },
            Blocker::DifferentWork {
                detail: String::new(),
            },
        ]
    }

    /// Its index in [`BlockerCaps::as_mut_array`].
    pub fn kind_idx(&self) -> usize {
        match self {
            Blocker::MissingCredential { .. } => 0,
            Blocker::MissingRequiredSkill { .. } => 1,
            Blocker::LocationMismatch { .. } => 2,
            Blocker::SalaryBelowFloor { .. } => 3,
            Blocker::SeniorityMismatch { .. } => 4,
            Blocker::NotEligible { .. } => 5,
            Blocker::SuspiciousPosting { .. } => 6,
            Blocker::TemporaryRole { .. } => 7,
            Blocker::DifferentWork { .. } => 8,
        }
    }

    /// A plain sentence for the page.
    pub fn describe(&self) -> String {
        match self {
            Blocker::MissingCredential { name } => {
                format!("requires {name}, which your resume does not show")
            }
            Blocker::MissingRequiredSkill { name } => {
                format!("requires {name}, with no direct or related evidence")
            }
            Blocker::LocationMismatch { detail }
            | Blocker::SalaryBelowFloor { detail }
            | Blocker::SeniorityMismatch { detail }
            | Blocker::NotEligible { detail }
            | Blocker::SuspiciousPosting { detail }
            | Blocker::TemporaryRole { detail }
            | Blocker::DifferentWork { detail } => detail.clone(),
        }
    }
}

/// A letter grade for a score, as server matchers show them: A+ from 90, F below 50.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    #[serde(rename = "A+")]
    APlus,
    A,
    B,
    C,
    D,
    F,
}

impl Grade {
    /// Every grade, best first.
    pub const ALL: [Grade; 6] = [
        Grade::APlus,
        Grade::A,
        Grade::B,
        Grade::C,
        Grade::D,
        Grade::F,
    ];

    /// The grade `as_str` names.
    pub fn from_str_name(name: &str) -> Option<Grade> {
        Grade::ALL.into_iter().find(|grade| grade.as_str() == name)
    }

    /// The grade for a score in [0, 1] under `floors`.
    pub fn for_score(score: f32, floors: &GradeFloors) -> Grade {
        // Compare in whole points so 0.9 (stored as 0.8999999) is still an A+.
        let points = (score * 100.0).round();
        let reaches = |floor: f32| points >= (floor * 100.0).round();
        if reaches(floors.a_plus) {
            Grade::APlus
        } else if reaches(floors.a) {
            Grade::A
        } else if reaches(floors.b) {
            Grade::B
        } else if reaches(floors.c) {
            Grade::C
        } else if reaches(floors.d) {
            Grade::D
        } else {
            Grade::F
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Grade::APlus => "A+",
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
            Grade::F => "F",
        }
    }
}

/// What one signal added to the final score. Contributions of a match sum to its score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub kind: SignalKind,
    pub value: f32,
    /// The weight after rescaling over the signals present; these sum to 1.
    pub weight: f32,
    /// `value × weight`, scaled down proportionally when a blocker capped the score.
    pub points: f32,
    pub detail: String,
}

/// The combined score of one match and how it was reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Combined {
    pub score: f32,
    pub grade: Grade,
    /// The weighted score before blockers, so the page can say "capped from 0.81".
    pub uncapped: f32,
    pub contributions: Vec<Contribution>,
    pub blockers: Vec<Blocker>,
}

/// Combines `signals` with `weights`, then applies the lowest of `weights.caps` among `blockers`.
///
/// Signals with zero weight or absent from `signals` drop out and the rest are rescaled; with no
/// weighted signal at all the score is 0. A kind given twice counts once (the first). A
/// reranker signal drops out too: use [`combine_reranked`] for a pair the reranker read.
pub fn combine(signals: &[Signal], blockers: Vec<Blocker>, weights: &Weights) -> Combined {
    combine_reranked(signals, blockers, weights, 0.0)
}

/// [`combine`] for a pair the reranker read: the [`SignalKind::Reranker`] signal takes the share
/// `reranker_weight` (in [0, 1]) of the score and the other signals' weighted mean the rest,
/// `1 - reranker_weight`. Alone, or with no other weighted signal, it is the whole score.
///
/// `reranker_weight` is the `score.weight` of the lock entry of the reranker that ran (0.3 for
/// Qwen3-Reranker-0.6B): an UNVALIDATED hand-set default, never measured on the real weights.
/// With 0 the reranker drops out.
pub fn combine_reranked(
    signals: &[Signal],
    blockers: Vec<Blocker>,
    weights: &Weights,
    reranker_weight: f32,
) -> Combined {
    let kinds_values: Vec<(SignalKind, f32)> = signals.iter().map(|s| (s.kind, s.value)).collect();
    let weighed = weigh(&kinds_values, &blockers, weights, reranker_weight);
    let shrink = if weighed.score < weighed.uncapped {
        weighed.score / weighed.uncapped
    } else {
        1.0
    };
    let contributions = signals
        .iter()
        .zip(&weighed.shares)
        .filter_map(|(signal, share)| {
            let weight = (*share)?;
            Some(Contribution {
                kind: signal.kind,
                value: signal.value,
                weight,
                points: signal.value * weight * shrink,
                detail: signal.detail.clone(),
            })
        })
        .collect();
    Combined {
        score: weighed.score,
        grade: Grade::for_score(weighed.score, &weights.grades),
        uncapped: weighed.uncapped,
        contributions,
        blockers,
    }
}

/// The score [`combine_reranked`] gives signals of these kinds and values (in [0, 1], as
/// [`signal_value`] makes them) with `blockers`, without building its explanation: a ranking orders
/// thousands of postings by it and explains only those it shows.
pub fn combined_score(
    kinds_values: &[(SignalKind, f32)],
    blockers: &[Blocker],
    weights: &Weights,
    reranker_weight: f32,
) -> f32 {
    weigh(kinds_values, blockers, weights, reranker_weight).score
}

/// What [`combine_reranked`] computes before it explains.
struct Weighed {
    /// Each signal's weight after rescaling, in order; `None` for one that drops out.
    shares: Vec<Option<f32>>,
    uncapped: f32,
    score: f32,
}

fn weigh(
    kinds_values: &[(SignalKind, f32)],
    blockers: &[Blocker],
    weights: &Weights,
    reranker_weight: f32,
) -> Weighed {
    let reranker_weight = if reranker_weight.is_nan() {
        0.0
    } else {
        reranker_weight.clamp(0.0, 1.0)
    };
    let model_ran = kinds_values
        .iter()
        .any(|&(kind, _)| kind == SignalKind::Dense);
    let share_of = |kind: SignalKind| weights.of_when(kind, model_ran);
    let weight_of = |kind: SignalKind| match kind {
        SignalKind::Reranker => reranker_weight,
        _ => share_of(kind),
    };
    // Whether each signal counts: weighted, and the first of its kind.
    let present: Vec<bool> = kinds_values
        .iter()
        .enumerate()
        .map(|(i, &(kind, _))| {
            weight_of(kind) > 0.0
                && !kinds_values[..i]
                    .iter()
                    .any(|&(earlier, _)| earlier == kind)
        })
        .collect();
    let counted = || {
        kinds_values
            .iter()
            .zip(&present)
            .filter(|(_, present)| **present)
            .map(|(kind_value, _)| *kind_value)
    };
    let others_weight: f32 = counted()
        .filter(|&(kind, _)| kind != SignalKind::Reranker)
        .map(|(kind, _)| share_of(kind))
        .sum();
    let reranker_share = match counted().any(|(kind, _)| kind == SignalKind::Reranker) {
        true if others_weight > 0.0 => reranker_weight,
        true => 1.0,
        false => 0.0,
    };
    let shares: Vec<Option<f32>> = kinds_values
        .iter()
        .zip(&present)
        .map(|(&(kind, _), &present)| {
            present.then(|| match kind {
                SignalKind::Reranker => reranker_share,
                kind if others_weight > 0.0 => {
                    (1.0 - reranker_share) * share_of(kind) / others_weight
                }
                _ => 0.0,
            })
        })
        .collect();
    let uncapped: f32 = kinds_values
        .iter()
        .zip(&shares)
        .filter_map(|(&(_, value), share)| Some(value * (*share)?))
        .sum::<f32>()
        .clamp(0.0, 1.0);
    let cap = blockers
        .iter()
        .map(|blocker| weights.caps.of(blocker))
        .fold(1.0f32, f32::min);
    Weighed {
        shares,
        uncapped,
        score: uncapped.min(cap),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weights(pairs: &[(SignalKind, f32)]) -> Weights {
        Weights {
            dense_map: DenseMap::default(),
            grades: GradeFloors::default(),
            weights: pairs.to_vec(),
            caps: BlockerCaps::default(),
            without_model: Vec::new(),
        }
    }

    fn points_sum(combined: &Combined) -> f32 {
        combined.contributions.iter().map(|c| c.points).sum()
    }

    #[test]
    fn weighted_mean_of_present_signals() {
        let w = weights(&[
            (SignalKind::Dense, 0.5),
            (SignalKind::Bm25, 0.25),
            (SignalKind::Salary, 0.25),
        ]);
        let signals = [
            Signal::new(SignalKind::Dense, 0.8, ""),
            Signal::new(SignalKind::Bm25, 0.4, ""),
            Signal::new(SignalKind::Salary, 1.0, ""),
        ];
        let combined = combine(&signals, vec![], &w);
        // 0.5·0.8 + 0.25·0.4 + 0.25·1.0 = 0.75
        assert!((combined.score - 0.75).abs() < 1e-6);
        assert_eq!(combined.grade, Grade::B);
        assert!((points_sum(&combined) - combined.score).abs() < 1e-6);
    }

    #[test]
    fn missing_signals_drop_out_and_weights_rescale() {
        let w = weights(&[
            (SignalKind::Dense, 0.5),
            (SignalKind::Bm25, 0.25),
            (SignalKind::Salary, 0.25),
        ]);
        // No salary in the posting: dense and BM25 share the weight 2:1.
        let signals = [
            Signal::new(SignalKind::Dense, 0.9, ""),
            Signal::new(SignalKind::Bm25, 0.3, ""),
        ];
        let combined = combine(&signals, vec![], &w);
        // (0.5·0.9 + 0.25·0.3) / 0.75 = 0.7
        assert!((combined.score - 0.7).abs() < 1e-6);
        let weight_sum: f32 = combined.contributions.iter().map(|c| c.weight).sum();
        assert!((weight_sum - 1.0).abs() < 1e-6);
    }

    #[test]
    fn lowest_blocker_cap_wins_and_contributions_still_sum_to_the_score() {
        let w = weights(&[(SignalKind::Dense, 1.0)]);
        let signals = [Signal::new(SignalKind::Dense, 0.95, "")];
        let blockers = vec![
            Blocker::SeniorityMismatch {
                detail: "staff role".into(),
            },
            Blocker::MissingCredential {
                name: "CDL Class A".into(),
            },
        ];
        let combined = combine(&signals, blockers, &w);
        assert_eq!(combined.score, 0.45);
        assert!((combined.uncapped - 0.95).abs() < 1e-6);
        assert_eq!(combined.grade, Grade::F);
        assert!((points_sum(&combined) - 0.45).abs() < 1e-6);
    }

    #[test]
    fn a_cap_above_the_score_changes_nothing() {
        let w = weights(&[(SignalKind::Dense, 1.0)]);
        let combined = combine(
            &[Signal::new(SignalKind::Dense, 0.5, "")],
            vec![Blocker::SeniorityMismatch {
                detail: String::new(),
            }],
            &w,
        );
        assert_eq!(combined.score, 0.5);
    }

    #[test]
    fn without_a_dense_signal_the_without_model_weights_apply() {
        let mut w = weights(&[
            (SignalKind::Dense, 0.8),
            (SignalKind::Bm25, 0.1),
            (SignalKind::Experience, 0.1),
        ]);
        w.without_model = vec![(SignalKind::Bm25, 0.75), (SignalKind::Experience, 0.25)];
        let keywords = [
            Signal::new(SignalKind::Bm25, 0.4, ""),
            Signal::new(SignalKind::Experience, 1.0, ""),
        ];
        // No model: 0.75·0.4 + 0.25·1.0, not the with-model shares 0.5·0.4 + 0.5·1.0.
        assert!((combine(&keywords, vec![], &w).score - 0.55).abs() < 1e-6);
        let mut with_model = vec![Signal::new(SignalKind::Dense, 0.5, "")];
        with_model.extend(keywords.iter().cloned());
        // 0.8·0.5 + 0.1·0.4 + 0.1·1.0
        assert!((combine(&with_model, vec![], &w).score - 0.54).abs() < 1e-6);
        w.without_model.clear();
        assert!((combine(&keywords, vec![], &w).score - 0.7).abs() < 1e-6);
    }

    #[test]
    fn no_weighted_signal_scores_zero() {
        let w = weights(&[(SignalKind::Bm25, 1.0)]);
        let combined = combine(&[Signal::new(SignalKind::Dense, 0.9, "")], vec![], &w);
        assert_eq!(combined.score, 0.0);
        assert!(combined.contributions.is_empty());
    }

    #[test]
    fn the_reranker_takes_its_share_and_the_others_the_rest() {
        let w = weights(&[(SignalKind::Dense, 0.2), (SignalKind::Bm25, 0.6)]);
        let signals = [
            Signal::new(SignalKind::Dense, 0.5, ""),
            Signal::new(SignalKind::Bm25, 1.0, ""),
            Signal::new(SignalKind::Reranker, 0.1, ""),
        ];
        let combined = combine_reranked(&signals, vec![], &w, 0.3);
        // 0.7 · (0.25·0.5 + 0.75·1.0) + 0.3 · 0.1 = 0.6125 + 0.03 = 0.6425
        assert!((combined.score - 0.6425).abs() < 1e-6, "{}", combined.score);
        let shares: Vec<f32> = combined.contributions.iter().map(|c| c.weight).collect();
        for (share, expected) in shares.iter().zip([0.175, 0.525, 0.3]) {
            assert!((share - expected).abs() < 1e-6, "{shares:?}");
        }
        assert!((points_sum(&combined) - combined.score).abs() < 1e-6);
    }

    #[test]
    fn the_reranker_weight_comes_only_from_the_caller() {
        // A reranker entry in the learned weights is ignored, and plain `combine` drops the
        // reranker's signal.
        let w = weights(&[(SignalKind::Dense, 1.0), (SignalKind::Reranker, 0.9)]);
        let signals = [
            Signal::new(SignalKind::Dense, 0.4, ""),
            Signal::new(SignalKind::Reranker, 1.0, ""),
        ];
        assert!((combine(&signals, vec![], &w).score - 0.4).abs() < 1e-6);
        let half = combine_reranked(&signals, vec![], &w, 0.5);
        assert!((half.score - 0.7).abs() < 1e-6);
        assert_eq!(combine_reranked(&signals, vec![], &w, 0.0).score, 0.4);
        // Alone, the reranker is the whole score.
        let alone = combine_reranked(&signals[1..], vec![], &w, 0.3);
        assert_eq!((alone.score, alone.contributions[0].weight), (1.0, 1.0));
    }

    #[test]
    fn signal_values_are_clamped_and_nan_is_zero() {
        assert_eq!(Signal::new(SignalKind::Dense, 1.7, "").value, 1.0);
        assert_eq!(Signal::new(SignalKind::Dense, -0.2, "").value, 0.0);
        assert_eq!(Signal::new(SignalKind::Dense, f32::NAN, "").value, 0.0);
    }

    #[test]
    fn grade_boundaries() {
        let floors = GradeFloors::default();
        assert_eq!(Grade::for_score(0.9, &floors), Grade::APlus);
        assert_eq!(Grade::for_score(0.8949, &floors), Grade::A);
        assert_eq!(Grade::for_score(0.8, &floors), Grade::A);
        assert_eq!(Grade::for_score(0.7, &floors), Grade::B);
        assert_eq!(Grade::for_score(0.6, &floors), Grade::C);
        assert_eq!(Grade::for_score(0.5, &floors), Grade::D);
        assert_eq!(Grade::for_score(0.4949, &floors), Grade::F);
        let learned = GradeFloors {
            a_plus: 0.74,
            a: 0.6,
            b: 0.47,
            c: 0.43,
            d: 0.37,
        };
        assert_eq!(Grade::for_score(0.6, &learned), Grade::A);
        assert_eq!(Grade::for_score(0.3, &learned), Grade::F);
        assert_eq!(Grade::APlus.as_str(), "A+");
    }

    #[test]
    fn each_blocker_kind_has_its_own_cap() {
        let caps = BlockerCaps {
            missing_credential: 0.1,
            missing_required_skill: 0.2,
            location_mismatch: 0.3,
            salary_below_floor: 0.4,
            seniority_mismatch: 0.5,
            not_eligible: 0.6,
            suspicious_posting: 0.7,
            temporary_role: 0.8,
            different_work: 0.9,
        };
        let blockers = Blocker::one_of_each();
        let mut by_idx = caps;
        for (blocker, expected) in blockers
            .iter()
            .zip([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
        {
            assert_eq!(caps.of(blocker), expected);
            assert_eq!(*by_idx.as_mut_array()[blocker.kind_idx()], expected);
        }
        // Weights without caps (an older file) get the peer matcher's.
        let weights: Weights = serde_json::from_str(r#"{"weights":[["dense",1.0]]}"#).unwrap();
        assert_eq!(weights.caps, BlockerCaps::default());
        // Caps written before the eligibility, scam, temporary-role and different-work blockers
        // existed get their defaults.
        let weights: Weights = serde_json::from_str(
            r#"{"weights":[],"caps":{"missing_credential":0.3,"missing_required_skill":0.4,
                "location_mismatch":0.5,"salary_below_floor":0.6,"seniority_mismatch":0.7}}"#,
        )
        .unwrap();
        assert_eq!(weights.caps.not_eligible, 0.45);
        assert_eq!(weights.caps.suspicious_posting, 0.25);
        assert_eq!(weights.caps.temporary_role, 0.55);
        assert_eq!(weights.caps.different_work, 0.45);
    }
}
