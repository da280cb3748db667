//! The one ranking pipeline, as a state machine its driver feeds: the worker (asynchronously,
//! with progress and cancel between model calls), the CLI and [`super::rank_two_stage`]
//! (synchronously) all rank through [`Ranking`], so no driver keeps a ranking rule of its own.
//!
//! 1. [`Ranking::new`] shortlists postings by BM25 ([`JobIndex::candidates`]) and scores each
//!    with every model-free signal: the preview ([`Ranking::matches`]).
//! 2. When the plan has an embedding model, [`Ranking::need`] asks for
//!    [`Need::Vectors`]: the resume's vector and every posting's. [`Ranking::add_vectors`] adds
//!    the dense shortlist (scoring only the postings it brings in) and the dense signal.
//! 3. When the plan has a reranker, it asks for [`Need::Rerank`] of the best `rerank_top_k`
//!    postings; [`Ranking::add_rerank`] re-weighs only those and orders them among themselves
//!    on top: a posting the reranker did not read cannot be compared with one it did.
//! 4. [`Need::Done`]: [`Ranking::into_matches`] is the final list.
//!
//! The model-free signals of a pair are computed once ([`PairSignals`]); a model's output only
//! re-weighs them, so the preview, the dense pass and the rerank each score only what changed.

use std::cell::RefCell;

use crate::dense::DenseError;
use crate::domain::Date;
use crate::feedback::{self, FEEDBACK, PersonalSummary, PersonalWeights, Rated, Ratings, Unrated};
use crate::hybrid::{SignalKind, Weights};
use crate::rank::cosine;
use crate::skills::{SkillMatchMemo, Taxonomy};

use super::stages::{DenseQuery, JobIndex, Shortlist, Shortlisted, Stages};
use super::{Bm25Score, ExplainedMatch, ModelOutputs, PairSignals, PreparedResume};

/// What a ranking may use besides the resume and the postings.
#[derive(Debug, Clone, Copy)]
pub struct RankingPlan<'a> {
    pub today: Date,
    pub weights: &'a Weights,
    pub stages: Stages,
    /// An embedding model will supply vectors ([`Need::Vectors`]).
    pub dense: bool,
    /// When a reranker will read the best postings ([`Need::Rerank`]): its P(yes)'s share of a
    /// reranked posting's score, the `score.weight` of the lock entry of the reranker that
    /// runs (an unvalidated default for Qwen3, see [`super::reranker_signal`]). `None`: no
    /// rerank.
    pub reranker_weight: Option<f32>,
}

/// What the ranking needs from its driver next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    /// The resume embedded as a query and every posting of the index embedded as a document
    /// (row `i` is posting `i`, its text [`JobIndex::text`]): call [`Ranking::add_vectors`].
    Vectors,
    /// The reranker's probability for the resume with each of these postings (positions in the
    /// index, best first): call [`Ranking::add_rerank`] with one probability each, in order.
    Rerank { job_idxs: Vec<usize> },
    /// Nothing: [`Ranking::into_matches`] is final.
    Done,
}

/// Why the vectors given to [`Ranking::add_vectors`] cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum VectorsError {
    /// One job vector per stored posting is needed.
    #[error("{found} job vectors for {expected} postings")]
    RowCount { expected: usize, found: usize },
    /// The resume's vector has another dimension than the postings'.
    #[error("the resume vector has {found} values; the job vectors have {expected}")]
    Dimension { expected: usize, found: usize },
    #[error(transparent)]
    Matrix(#[from] DenseError),
}

/// A posting on the shortlist: its model-free signals, the models' outputs so far, and its
/// current score. Its explained match is built only when asked for ([`Ranking::best`]): a
/// ranking orders every posting, and a person reads the first few.
struct ScoredPosting {
    job_idx: usize,
    signals: PairSignals,
    cosine: Option<f32>,
    probability: Option<f32>,
    score: f32,
}

/// A posting the person rated: one they like (shortlisted, applied) or not (rejected, hidden);
/// see [`Ranking::learn_from`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// Its position in the [`JobIndex`].
    pub job_idx: usize,
    pub liked: bool,
}

/// How many of the best unrated postings [`Ranking::rate_next`] weighs against each other: a
/// posting further down would not reach the first page whichever way it was rated.
const UNRATED_PASSED: usize = 200;

/// One resume ranked against a [`JobIndex`]; see the module docs for the order of events.
pub struct Ranking<'a> {
    profile: &'a PreparedResume<'a>,
    index: &'a JobIndex,
    taxonomy: &'a Taxonomy,
    plan: RankingPlan<'a>,
    /// Skill outcomes for this resume, filled while scoring and read again while explaining.
    memo: RefCell<SkillMatchMemo>,
    /// Every posting's raw BM25 score for the resume, kept for the dense stage's shortlist.
    bm25_scores: Vec<f32>,
    /// The best shortlisted BM25 score, which scores 1. The BM25 shortlist always holds the
    /// best posting of the whole index, so postings the dense shortlist adds never change it.
    bm25_best: f32,
    /// Best first; ties in index order.
    shortlist: Vec<ScoredPosting>,
    /// Which postings may be ranked ([`Ranking::among`]); `None`: all.
    kept: Option<Vec<bool>>,
    vectors_added: bool,
    reranked: bool,
    /// The person's choices ([`Ranking::learn_from`]), and the weights fitted to them when
    /// they hold a pair to learn from.
    choices: Vec<Choice>,
    personal: Option<PersonalWeights>,
    /// The cosines with the resume's own vector of the postings the fit reads (the rated ones
    /// and the unrated sample), and whether that vector was moved toward the liked postings
    /// ([`Ranking::add_vectors`]).
    fit_cosines: Vec<(usize, f32)>,
    resume_moved: bool,
}

/// `(values, liked)` pairs as [`Rated`]s.
fn as_rated(values: &[(Vec<(SignalKind, f32)>, bool)]) -> Vec<Rated<'_>> {
    values
        .iter()
        .map(|(values, liked)| Rated {
            values,
            liked: *liked,
        })
        .collect()
}

impl<'a> Ranking<'a> {
    /// Shortlists by BM25 and scores the shortlist with the model-free signals.
    pub fn new(
        profile: &'a PreparedResume<'a>,
        index: &'a JobIndex,
        taxonomy: &'a Taxonomy,
        plan: RankingPlan<'a>,
    ) -> Ranking<'a> {
        Ranking::among(profile, index, taxonomy, plan, None)
    }

    /// [`Ranking::new`] over only the postings whose entry in `kept` is true (one per posting
    /// of the index; `None`: all of them). The others are never scored and their job vectors
    /// are not read, so an index prepared once can serve every set of filters a person picks.
    ///
    /// # Panics
    /// When `kept` has another length than the index.
    pub fn among(
        profile: &'a PreparedResume<'a>,
        index: &'a JobIndex,
        taxonomy: &'a Taxonomy,
        plan: RankingPlan<'a>,
        kept: Option<Vec<bool>>,
    ) -> Ranking<'a> {
        if let Some(kept) = &kept {
            assert_eq!(kept.len(), index.len(), "one kept flag per posting");
        }
        let mut bm25_scores = index.bm25_scores(&profile.candidate.resume_text);
        if let Some(kept) = &kept {
            // A left-out posting must not take a place on the BM25 shortlist.
            for (score, _) in bm25_scores.iter_mut().zip(kept).filter(|(_, keep)| !**keep) {
                *score = 0.0;
            }
        }
        let mut ranking = Ranking {
            profile,
            index,
            taxonomy,
            plan,
            memo: RefCell::default(),
            bm25_scores,
            bm25_best: 0.0,
            shortlist: Vec::new(),
            kept,
            vectors_added: false,
            reranked: false,
            choices: Vec::new(),
            personal: None,
            fit_cosines: Vec::new(),
            resume_moved: false,
        };
        let candidates = ranking.kept_candidates(None);
        ranking.bm25_best = candidates
            .iter()
            .map(|candidate| candidate.bm25)
            .fold(0.0f32, f32::max);
        ranking.shortlist.reserve(candidates.len());
        ranking.shortlist_more(&candidates);
        ranking.sort();
        ranking
    }

    /// Stage 1 ([`JobIndex::candidates_by_scores`]) without the postings left out.
    fn kept_candidates(&self, dense: Option<DenseQuery<'_>>) -> Vec<Shortlisted> {
        let mut candidates =
            self.index
                .candidates_by_scores(&self.bm25_scores, dense, self.plan.stages.shortlist);
        if let Some(kept) = &self.kept {
            candidates.retain(|candidate| kept[candidate.job_idx]);
        }
        candidates
    }

    /// From now on, ranks with what the person's `choices` say: the weights fitted to them
    /// ([`crate::feedback::personalize`]), fitted again when a model adds a signal, and, when a
    /// model runs, the resume's vector moved toward the liked postings
    /// ([`crate::feedback::query_toward_choices`]). Call it before [`Ranking::add_vectors`].
    /// Only choices of postings on the shortlist are read: with [`Shortlist::All`], every
    /// posting the filters kept.
    pub fn learn_from(&mut self, choices: Vec<Choice>) {
        debug_assert!(
            !self.vectors_added,
            "the resume's vector moves as vectors are added"
        );
        self.choices = choices;
        self.refit();
        self.rescore_all();
    }

    /// What the person's choices changed, when the ranking read any.
    pub fn personal(&self) -> Option<PersonalSummary> {
        let rated = self.rated_values();
        if rated.is_empty() {
            return None;
        }
        let liked = rated.iter().filter(|(_, liked)| *liked).count();
        Some(PersonalSummary {
            liked: liked as u32,
            disliked: (rated.len() - liked) as u32,
            changes: self
                .personal
                .as_ref()
                .map(|personal| personal.changes.clone())
                .unwrap_or_default(),
            resume_moved: self.resume_moved,
        })
    }

    /// At most `n` postings the person has not rated whose rating would change the ranking
    /// most ([`crate::feedback::rate_next`] among the best [`UNRATED_PASSED`] unrated), as
    /// positions in the index.
    pub fn rate_next(&self, n: usize) -> Vec<usize> {
        let unrated: Vec<&ScoredPosting> = self
            .shortlist
            .iter()
            .filter(|s| !self.choices.iter().any(|c| c.job_idx == s.job_idx))
            .take(UNRATED_PASSED)
            .collect();
        let unrated_values: Vec<Vec<(SignalKind, f32)>> = unrated
            .iter()
            .map(|s| s.signals.values(self.outputs(s.cosine, None)))
            .collect();
        let asked: Vec<Unrated<'_>> = unrated
            .iter()
            .zip(&unrated_values)
            .map(|(s, values)| Unrated {
                values,
                blockers: s.signals.blockers(),
            })
            .collect();
        let (rated_values, sample_values) = (self.rated_values(), self.unrated_sample_values());
        let sample: Vec<&[(SignalKind, f32)]> = sample_values.iter().map(Vec::as_slice).collect();
        let ratings = Ratings {
            rated: &as_rated(&rated_values),
            unrated_sample: &sample,
        };
        feedback::rate_next(
            self.plan.weights,
            self.weights(),
            self.vectors_added,
            ratings,
            &asked,
            n,
            &FEEDBACK,
        )
        .into_iter()
        .map(|i| unrated[i].job_idx)
        .collect()
    }

    /// The rated postings on the shortlist, as the fit reads them ([`Ranking::fit_values`]),
    /// and whether they are liked.
    fn rated_values(&self) -> Vec<(Vec<(SignalKind, f32)>, bool)> {
        self.choices
            .iter()
            .filter_map(|choice| Some((self.fit_values(choice.job_idx)?, choice.liked)))
            .collect()
    }

    /// The unrated sample of the fit ([`feedback::unrated_sample`]), as it reads them.
    fn unrated_sample_values(&self) -> Vec<Vec<(SignalKind, f32)>> {
        self.unrated_sample_jobs()
            .into_iter()
            .filter_map(|job_idx| self.fit_values(job_idx))
            .collect()
    }

    /// Index positions of the unrated sample: shortlisted postings the person did not rate, in
    /// index order, so that the sample does not depend on the ranking it corrects.
    fn unrated_sample_jobs(&self) -> Vec<usize> {
        let mut unrated: Vec<usize> = self
            .shortlist
            .iter()
            .map(|s| s.job_idx)
            .filter(|&job_idx| !self.choices.iter().any(|c| c.job_idx == job_idx))
            .collect();
        unrated.sort_unstable();
        feedback::unrated_sample(&unrated)
    }

    /// A shortlisted posting's signals' values as the fit reads them: with the dense one from
    /// the resume's own vector (the fit must not read the move the choices made) and without
    /// the reranker's (no weight of the fit holds it). `None` off the shortlist.
    fn fit_values(&self, job_idx: usize) -> Option<Vec<(SignalKind, f32)>> {
        let s = self.shortlist.iter().find(|s| s.job_idx == job_idx)?;
        let cosine = self
            .fit_cosines
            .iter()
            .find(|(fitted_idx, _)| *fitted_idx == job_idx)
            .map(|&(_, cosine)| cosine);
        Some(s.signals.values(self.outputs(cosine, None)))
    }

    /// The resume's vector moved by the person's choices ([`feedback::query_toward_choices`]);
    /// `None` without choices.
    fn query_toward_choices(&self, dense: DenseQuery<'_>) -> Option<Vec<f32>> {
        let rows = |liked: bool| -> Vec<&[f32]> {
            self.choices
                .iter()
                .filter(|choice| choice.liked == liked && self.is_kept(choice.job_idx))
                .map(|choice| dense.job_vectors.row(choice.job_idx))
                .collect()
        };
        feedback::query_toward_choices(dense.query_vector, &rows(true), &rows(false), &FEEDBACK)
    }

    /// Whether the filters keep the posting at `job_idx` (the vectors of the others are not read).
    fn is_kept(&self, job_idx: usize) -> bool {
        self.kept.as_ref().is_none_or(|kept| kept[job_idx])
    }

    fn refit(&mut self) {
        self.personal = None;
        if self.choices.is_empty() {
            return;
        }
        let (rated_values, sample_values) = (self.rated_values(), self.unrated_sample_values());
        let sample: Vec<&[(SignalKind, f32)]> = sample_values.iter().map(Vec::as_slice).collect();
        let ratings = Ratings {
            rated: &as_rated(&rated_values),
            unrated_sample: &sample,
        };
        let personal =
            feedback::personalize(self.plan.weights, self.vectors_added, ratings, &FEEDBACK);
        self.personal = personal;
    }

    /// The weights the ranking scores with: fitted to the person's choices, or the plan's.
    fn weights(&self) -> &Weights {
        self.personal
            .as_ref()
            .map_or(self.plan.weights, |personal| &personal.weights)
    }

    fn outputs(&self, cosine: Option<f32>, probability: Option<f32>) -> ModelOutputs<'_> {
        ModelOutputs {
            cosine,
            probability,
            weights: self.weights(),
            reranker_weight: self.plan.reranker_weight.unwrap_or(0.0),
        }
    }

    /// Scores every shortlisted posting again and sorts them.
    fn rescore_all(&mut self) {
        let scores: Vec<f32> = self
            .shortlist
            .iter()
            .map(|s| s.signals.score(self.outputs(s.cosine, s.probability)))
            .collect();
        for (shortlisted, score) in self.shortlist.iter_mut().zip(scores) {
            shortlisted.score = score;
        }
        self.sort();
    }

    /// What the driver should supply next.
    pub fn need(&self) -> Need {
        if self.plan.dense && !self.vectors_added {
            Need::Vectors
        } else if self.plan.reranker_weight.is_some() && !self.reranked {
            Need::Rerank {
                job_idxs: self.rerank_targets().map(|s| s.job_idx).collect(),
            }
        } else {
            Need::Done
        }
    }

    /// The ranking so far, best first: after [`Ranking::new`], the model-free preview.
    pub fn matches(&self) -> Vec<ExplainedMatch> {
        self.best(self.shortlist.len())
    }

    /// The first `n` of [`Ranking::matches`], without copying the rest.
    pub fn best(&self, n: usize) -> Vec<ExplainedMatch> {
        let mut memo = self.memo.borrow_mut();
        self.shortlist
            .iter()
            .take(n)
            .map(|s| {
                s.signals.explain(
                    self.profile,
                    &self.index.jobs()[s.job_idx],
                    self.taxonomy,
                    &mut memo,
                    self.outputs(s.cosine, s.probability),
                )
            })
            .collect()
    }

    /// How many postings the ranking holds so far.
    pub fn len(&self) -> usize {
        self.shortlist.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shortlist.is_empty()
    }

    /// The ranking, best first.
    pub fn into_matches(self) -> Vec<ExplainedMatch> {
        self.best(self.shortlist.len())
    }

    /// Adds the dense stage: the postings most similar to the resume join the shortlist (with
    /// [`Shortlist::All`] every posting is on it already) and every shortlisted posting gets its
    /// cosine with the resume.
    pub fn add_vectors(&mut self, dense: DenseQuery<'_>) -> Result<(), VectorsError> {
        if dense.job_vectors.len() != self.index.len() {
            return Err(VectorsError::RowCount {
                expected: self.index.len(),
                found: dense.job_vectors.len(),
            });
        }
        if dense.query_vector.len() != dense.job_vectors.dimension() {
            return Err(VectorsError::Dimension {
                expected: dense.job_vectors.dimension(),
                found: dense.query_vector.len(),
            });
        }
        self.vectors_added = true;
        // The person's choices move the resume's vector toward the postings they liked.
        let resume_vector = dense.query_vector;
        let moved = self.query_toward_choices(dense);
        self.resume_moved = moved.is_some();
        let dense = DenseQuery {
            job_vectors: dense.job_vectors,
            query_vector: moved.as_deref().unwrap_or(dense.query_vector),
        };
        if let Shortlist::Top(_) = self.plan.stages.shortlist {
            let joining: Vec<Shortlisted> = self
                .kept_candidates(Some(dense))
                .into_iter()
                .filter(|c| !self.shortlist.iter().any(|s| s.job_idx == c.job_idx))
                .collect();
            self.shortlist_more(&joining);
        }
        for shortlisted in &mut self.shortlist {
            let job_vector = dense.job_vectors.row(shortlisted.job_idx);
            shortlisted.cosine = Some(cosine(dense.query_vector, job_vector));
        }
        // The fit reads the cosines with the resume's own vector, of the rated postings and of
        // the unrated sample (chosen once the shortlist is complete).
        let rated_jobs = self
            .choices
            .iter()
            .map(|choice| choice.job_idx)
            .filter(|&job_idx| self.is_kept(job_idx));
        let fitted_jobs: Vec<usize> = rated_jobs.chain(self.unrated_sample_jobs()).collect();
        self.fit_cosines = fitted_jobs
            .into_iter()
            .map(|job_idx| {
                let job_vector = dense.job_vectors.row(job_idx);
                (job_idx, cosine(resume_vector, job_vector))
            })
            .collect();
        // The dense signal changes what the person's choices say.
        self.refit();
        self.rescore_all();
        Ok(())
    }

    /// Adds the reranker's probabilities for the postings [`Need::Rerank`] named, in its order.
    ///
    /// # Panics
    /// When the count differs from the number of postings asked for.
    pub fn add_rerank(&mut self, probabilities: &[f32]) {
        let n_targets = self.rerank_targets().count();
        assert_eq!(
            probabilities.len(),
            n_targets,
            "one reranker probability per posting asked for"
        );
        self.reranked = true;
        let scores: Vec<f32> = self.shortlist[..n_targets]
            .iter()
            .zip(probabilities)
            .map(|(s, &probability)| s.signals.score(self.outputs(s.cosine, Some(probability))))
            .collect();
        let top = &mut self.shortlist[..n_targets];
        for ((shortlisted, &probability), score) in top.iter_mut().zip(probabilities).zip(scores) {
            shortlisted.probability = Some(probability);
            shortlisted.score = score;
        }
        sort_best_first(top);
    }

    /// The postings the reranker reads: the best `rerank_top_k`.
    fn rerank_targets(&self) -> impl Iterator<Item = &ScoredPosting> {
        self.shortlist.iter().take(self.plan.stages.rerank_top_k)
    }

    /// Computes the model-free signals of `candidates`, which are not on the shortlist yet.
    fn shortlist_more(&mut self, candidates: &[Shortlisted]) {
        for candidate in candidates {
            let prepared = &self.index.jobs()[candidate.job_idx];
            let bm25 = Bm25Score {
                score: candidate.bm25,
                best: self.bm25_best,
            };
            let signals = PairSignals::compute(
                self.profile,
                prepared,
                bm25,
                self.taxonomy,
                self.plan.today,
                self.memo.get_mut(),
            );
            let score = signals.score(self.outputs(None, None));
            self.shortlist.push(ScoredPosting {
                job_idx: candidate.job_idx,
                signals,
                cosine: None,
                probability: None,
                score,
            });
        }
    }

    fn sort(&mut self) {
        sort_best_first(&mut self.shortlist);
    }
}

/// Best score first; equal scores in index order, so a ranking is reproducible whatever order
/// the postings joined the shortlist in.
fn sort_best_first(shortlist: &mut [ScoredPosting]) {
    shortlist.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.job_idx.cmp(&b.job_idx)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dense::VectorMatrix;
    use crate::domain::{Candidate, JobPosting};
    use crate::matching::{MatchInputs, learned_weights, match_jobs};
    use crate::skills;

    fn today() -> Date {
        Date::new(2026, 11, 25).unwrap()
    }

    fn postings() -> Vec<JobPosting> {
        let posting = |id: &str, title: &str, description: &str| JobPosting {
            id: id.into(),
            title: title.into(),
            description: description.into(),
            ..JobPosting::default()
        };
        vec![
            posting(
                "chef",
                "Pastry Chef",
                "Laminated doughs and plated desserts.",
            ),
            posting("rust", "Backend Engineer", "Rust services on Kubernetes."),
            posting("nurse", "ICU Nurse", "Critical care nursing; BLS required."),
            posting(
                "go",
                "Platform Engineer",
                "Kubernetes operators and Terraform.",
            ),
        ]
    }

    fn engineer() -> Candidate {
        Candidate {
            resume_text: "Backend engineer: Rust, Kubernetes, PostgreSQL, Terraform.".into(),
            ..Candidate::default()
        }
    }

    /// Row `i` points a little towards posting `i`'s own axis; the query towards the chef's.
    fn vectors() -> (VectorMatrix, Vec<f32>) {
        let rows: Vec<Vec<f32>> = (0..4)
            .map(|i| (0..4).map(|j| if i == j { 1.0 } else { 0.2 }).collect())
            .collect();
        (
            VectorMatrix::from_rows(4, &rows).unwrap(),
            vec![1.0, 0.1, 0.1, 0.3],
        )
    }

    fn plan(weights: &Weights, shortlist: Shortlist, dense: bool, rerank: bool) -> RankingPlan<'_> {
        RankingPlan {
            today: today(),
            weights,
            stages: Stages {
                shortlist,
                rerank_top_k: 2,
            },
            dense,
            reranker_weight: rerank.then_some(0.3),
        }
    }

    fn ids(matches: &[ExplainedMatch]) -> Vec<&str> {
        matches.iter().map(|m| m.job_id.as_str()).collect()
    }

    #[test]
    fn the_persons_choices_reweigh_the_ranking_and_ask_about_unrated_postings() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        let candidate = engineer();
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let (job_vectors, query_vector) = vectors();
        let dense = DenseQuery {
            job_vectors: &job_vectors,
            query_vector: &query_vector,
        };
        let ranked = |choices: Vec<Choice>| {
            let plan = plan(&weights, Shortlist::All, true, false);
            let mut ranking = Ranking::new(&profile, &index, taxonomy, plan);
            ranking.learn_from(choices);
            ranking.add_vectors(dense).unwrap();
            ranking
        };
        // The chef (close in meaning, no shared keywords) liked, the Rust role (all keywords)
        // not: meaning gains weight, keywords lose it.
        let choices = vec![
            Choice {
                job_idx: 0,
                liked: true,
            },
            Choice {
                job_idx: 1,
                liked: false,
            },
        ];
        let ranking = ranked(choices.clone());
        let summary = ranking
            .personal()
            .expect("a liked and a disliked posting")
            .clone();
        assert_eq!((summary.liked, summary.disliked), (1, 1));
        let moved = |kind: SignalKind| {
            let change = summary.changes.iter().find(|c| c.kind == kind);
            change.map_or(0.0, |c| c.to - c.from)
        };
        assert!(
            moved(SignalKind::Dense) > 0.0 || moved(SignalKind::Bm25) < 0.0,
            "{summary:?}"
        );
        // The order follows the explained scores under the person's weights.
        let matches = ranking.matches();
        assert!(matches.windows(2).all(|w| w[0].score >= w[1].score));
        let rate_next = ranking.rate_next(2);
        assert_eq!(rate_next.len(), 2);
        assert!(
            rate_next
                .iter()
                .all(|idx| !choices.iter().any(|c| c.job_idx == *idx))
        );
        // Without choices nothing is learned and the order is the shipped one.
        let shipped = ranked(Vec::new());
        assert!(shipped.personal().is_none());
        let plan = plan(&weights, Shortlist::All, true, false);
        let mut plain = Ranking::new(&profile, &index, taxonomy, plan);
        plain.add_vectors(dense).unwrap();
        assert_eq!(ids(&shipped.matches()), ids(&plain.matches()));
    }

    #[test]
    fn with_every_posting_shortlisted_each_stage_equals_scoring_everything_at_once() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        let candidate = engineer();
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let (job_vectors, query_vector) = vectors();
        let enriched: Vec<JobPosting> = index.jobs().iter().map(|j| j.job.clone()).collect();
        let cosines: Vec<f32> = job_vectors
            .rows()
            .map(|row| cosine(&query_vector, row))
            .collect();
        let mut inputs = MatchInputs {
            today: today(),
            weights: &weights,
            dense: None,
            reranker: None,
        };

        let mut ranking = Ranking::new(
            &profile,
            &index,
            taxonomy,
            plan(&weights, Shortlist::All, true, false),
        );
        assert_eq!(
            ranking.matches(),
            match_jobs(&profile, &enriched, taxonomy, &inputs),
            "the preview is the model-free ranking of every posting"
        );
        assert_eq!(ranking.need(), Need::Vectors);
        let dense = DenseQuery {
            job_vectors: &job_vectors,
            query_vector: &query_vector,
        };
        ranking.add_vectors(dense).unwrap();
        assert_eq!(ranking.need(), Need::Done);
        inputs.dense = Some(&cosines);
        assert_eq!(
            ranking.into_matches(),
            match_jobs(&profile, &enriched, taxonomy, &inputs)
        );
    }

    #[test]
    fn the_rerank_reweighs_only_the_top_k_and_keeps_them_on_top() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        let candidate = engineer();
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let mut ranking = Ranking::new(
            &profile,
            &index,
            taxonomy,
            plan(&weights, Shortlist::All, false, true),
        );
        let before = ranking.matches();
        assert_eq!(ids(&before)[..2], ["rust", "go"]);
        let Need::Rerank { job_idxs } = ranking.need() else {
            panic!("the reranker comes next");
        };
        assert_eq!(job_idxs, [1, 3], "the best two, by index position");
        // The reranker prefers the second; a low probability for the first.
        ranking.add_rerank(&[0.0, 1.0]);
        assert_eq!(ranking.need(), Need::Done);
        let after = ranking.into_matches();
        assert_eq!(ids(&after)[..2], ["go", "rust"]);
        let flags: Vec<bool> = after.iter().map(|m| m.reranked).collect();
        assert_eq!(flags, [true, true, false, false]);
        assert_eq!(after[2..], before[2..], "postings past K are untouched");
    }

    #[test]
    fn the_dense_shortlist_brings_in_postings_bm25_missed_and_scores_only_them() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        let candidate = engineer();
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let mut ranking = Ranking::new(
            &profile,
            &index,
            taxonomy,
            plan(&weights, Shortlist::Top(1), true, false),
        );
        assert_eq!(ids(&ranking.matches()), ["rust"], "BM25's best only");
        let (job_vectors, query_vector) = vectors();
        ranking
            .add_vectors(DenseQuery {
                job_vectors: &job_vectors,
                query_vector: &query_vector,
            })
            .unwrap();
        let matches = ranking.into_matches();
        let mut found = ids(&matches);
        found.sort_unstable();
        assert_eq!(
            found,
            ["chef", "rust"],
            "the chef posting is the query's nearest"
        );
        assert!(matches.iter().all(|m| {
            m.combined
                .contributions
                .iter()
                .any(|c| c.kind == crate::hybrid::SignalKind::Dense)
                || weights.of(crate::hybrid::SignalKind::Dense) == 0.0
        }));
    }

    #[test]
    fn among_ranks_only_the_kept_postings_as_if_the_others_were_not_there() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        let candidate = engineer();
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        // The filters leave out the best posting ("rust") and the chef.
        let kept = vec![false, false, true, true];
        let (job_vectors, query_vector) = vectors();
        for shortlist in [Shortlist::All, Shortlist::Top(1)] {
            let mut ranking = Ranking::among(
                &profile,
                &index,
                taxonomy,
                plan(&weights, shortlist, true, false),
                Some(kept.clone()),
            );
            let preview = ranking.matches();
            assert!(
                ids(&preview).iter().all(|id| ["nurse", "go"].contains(id)),
                "{shortlist:?}: {:?}",
                ids(&preview)
            );
            // The dense shortlist's nearest posting is the chef, which stays left out.
            ranking
                .add_vectors(DenseQuery {
                    job_vectors: &job_vectors,
                    query_vector: &query_vector,
                })
                .unwrap();
            let matches = ranking.into_matches();
            assert!(!ids(&matches).contains(&"chef"), "{shortlist:?}");
            assert_eq!(ids(&matches)[0], "go", "{shortlist:?}");
        }
        // With every posting kept, `among` is `new`.
        let all = Ranking::among(
            &profile,
            &index,
            taxonomy,
            plan(&weights, Shortlist::All, false, false),
            Some(vec![true; 4]),
        );
        let new = Ranking::new(
            &profile,
            &index,
            taxonomy,
            plan(&weights, Shortlist::All, false, false),
        );
        assert_eq!(all.into_matches(), new.into_matches());
    }

    #[test]
    fn vectors_of_the_wrong_shape_are_refused_and_change_nothing() {
        let taxonomy = skills::bundled();
        let index = JobIndex::new(postings(), taxonomy);
        let candidate = engineer();
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let mut ranking = Ranking::new(
            &profile,
            &index,
            taxonomy,
            plan(&weights, Shortlist::All, true, false),
        );
        let three = VectorMatrix::from_rows(4, &[[0.0f32; 4]; 3]).unwrap();
        let error = ranking.add_vectors(DenseQuery {
            job_vectors: &three,
            query_vector: &[1.0, 0.0, 0.0, 0.0],
        });
        assert_eq!(
            error,
            Err(VectorsError::RowCount {
                expected: 4,
                found: 3
            })
        );
        let (job_vectors, _) = vectors();
        let error = ranking.add_vectors(DenseQuery {
            job_vectors: &job_vectors,
            query_vector: &[1.0, 0.0],
        });
        assert_eq!(
            error,
            Err(VectorsError::Dimension {
                expected: 4,
                found: 2
            })
        );
        assert_eq!(
            ranking.need(),
            Need::Vectors,
            "still waiting for usable vectors"
        );
    }
}
