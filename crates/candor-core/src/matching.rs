//! The matching pipeline: turns a candidate and postings into explained, graded matches.
//!
//! Each signal is computed by one small function here from the parsers ([`crate::parse`]), the
//! skill graph ([`crate::skills`]), BM25 ([`crate::bm25`]) and, when a model ran, dense
//! similarities; [`crate::hybrid::combine`] weighs them and applies blocker caps. A signal that
//! cannot be computed (no salary in the posting, no model) is left out rather than guessed.
//!
//! Where to find a score signal: `dense_signal`, `bm25_signal`, `skill_signals`,
//! `experience_signal`, `location_signal`, `salary_signal`, `recency_signal`, `reranker_signal`.
//!
//! Everything that depends on a posting alone (its skills, what each requirement asks for, its
//! place, the scam check) is computed once into a [`PreparedJob`], and everything that depends
//! on the resume alone into a [`PreparedResume`], so scoring a pair is only the work that needs both.
//! [`stages`] keeps prepared postings in a [`JobIndex`] and ranks in two stages (dense + BM25
//! candidates, full scoring, optional rerank); [`recruiter`] ranks resumes for one posting and
//! [`search`] postings for a free-text query.

pub mod preparation;
pub mod ranking;
pub mod recruiter;
pub mod search;
pub mod stages;

use serde::{Deserialize, Serialize};

use crate::bm25::{Bm25Index, Bm25Params, PassageIndex};
use crate::dense::VectorMatrix;
use crate::domain::{Candidate, Date, JobPosting, Relocation, RemotePreference, WorkMode};
use crate::hybrid::{
    Blocker, Combined, DenseMap, Grade, Signal, SignalKind, Weights, combine_reranked,
    combined_score, signal_value,
};
use crate::parse::date::{POSTING_LIFETIME_DAYS, parse_posted_date};
use crate::parse::experience::{experience_for_job_in, seniority_for_years, seniority_from_title};
use crate::parse::location::{Location, parse_location, parse_locations};
use crate::parse::resume::candidate_from_resume;
use crate::parse::salary::salary_in;
use crate::parse::stance::{PostingRestriction, eligible_for, read_posting_restriction};
use crate::parse::text::text_tokens;
use crate::parse::work_family::WorkFamily;
use crate::parse::work_mode::work_mode_for_job_in;
use crate::rank::{Embedder, NoReranker, cosine};
use crate::skills::{
    CandidateSkills, JobSkill, MatchHow, NamedNeed, Reading, SkillId, SkillMatchMemo, Taxonomy,
};

pub use preparation::{PREPARATION_VERSION, Preparation, preparation_stamp};
pub use ranking::{Choice, Need, Ranking, RankingPlan, VectorsError};
pub use recruiter::{ResumeMatch, ResumeToRank, rank_candidates};
pub use search::{SearchHit, search_jobs};
pub use stages::{
    DenseQuery, JobIndex, Shortlist, Shortlisted, Stages, TwoStage, WeightedReranker,
    rank_two_stage,
};

/// The learned signal weights, written by `candor eval --learn-weights` from the dev set. They
/// hold no reranker weight: that is the `score` of the reranker's lock entry.
pub const LEARNED_WEIGHTS_JSON: &str = include_str!("../data/hybrid_weights.json");

/// The committed learned weights.
pub fn learned_weights() -> Weights {
    serde_json::from_str(LEARNED_WEIGHTS_JSON).expect("data/hybrid_weights.json is valid")
}

/// Credentials most adults hold and resumes rarely list: asked for, they show as missing skills
/// but never block, as a careful recruiter would ask rather than reject. (On the real-length
/// train split, a missing driver's licence was the commonest blocker on fitting jobs.)
const UNLISTED_CREDENTIALS: [&str; 1] = ["Driver's license"];

/// How strong the resume's support for a requirement (or the whole match) is, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceLabel {
    NoEvidence,
    KeywordOnly,
    RelatedIncomplete,
    StrongDirectEvidence,
    ExceptionalOwnership,
}

impl EvidenceLabel {
    /// The label as the page shows it.
    pub fn describe(self) -> &'static str {
        match self {
            EvidenceLabel::NoEvidence => "no evidence",
            EvidenceLabel::KeywordOnly => "keywords only",
            EvidenceLabel::RelatedIncomplete => "related, incomplete",
            EvidenceLabel::StrongDirectEvidence => "strong, direct evidence",
            EvidenceLabel::ExceptionalOwnership => "exceptional ownership",
        }
    }
}

/// One requirement of the posting with the resume passage that best supports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequirementEvidence {
    pub requirement: String,
    /// The best passage, quoted from the resume; `None` when nothing matched.
    pub passage: Option<String>,
    pub label: EvidenceLabel,
}

/// A skill of the posting and how the candidate covers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillEvidence {
    pub skill: String,
    pub required: bool,
    /// "exact", "alias: k8s → Kubernetes", "related: Docker → Kubernetes", …
    pub how: String,
}

/// A ranked posting with everything the page shows about why it ranked there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExplainedMatch {
    pub job_id: String,
    pub title: String,
    pub company: String,
    pub location: String,
    pub score: f32,
    pub grade: Grade,
    pub evidence: EvidenceLabel,
    pub combined: Combined,
    pub matched_skills: Vec<SkillEvidence>,
    pub related_skills: Vec<SkillEvidence>,
    pub missing_skills: Vec<SkillEvidence>,
    pub requirements: Vec<RequirementEvidence>,
    /// True when the posting looks like a scam (pay-to-apply, guaranteed earnings).
    pub suspicious: bool,
    /// True when a reranker scored this pair, so its probability is one of the signals.
    #[serde(default)]
    pub reranked: bool,
    /// The original posting's address, as imported (http or https only); empty when none.
    #[serde(default)]
    pub url: String,
}

impl ExplainedMatch {
    /// True when no blocker capped this match.
    pub fn blockers_empty(&self) -> bool {
        self.combined.blockers.is_empty()
    }
}

/// What the candidate brings, parsed once per ranking.
pub struct PreparedResume<'a> {
    pub candidate: &'a Candidate,
    passages: PassageIndex,
    /// The skills each passage names, in passage order, for the requirement evidence labels.
    passage_skills: Vec<Vec<SkillId>>,
    skills: CandidateSkills,
    /// `preferred_locations`, then `location` when it is not blank, parsed.
    places: Vec<Location>,
    /// `location` parsed; empty when blank.
    home: Location,
    /// The kinds of work a posting's title can name that the resume shows.
    work_families: Vec<WorkFamily>,
}

impl<'a> PreparedResume<'a> {
    /// Extracts the candidate's skills from the resume (plus any listed by hand), indexes its
    /// passages for per-requirement evidence and parses the places it would work.
    pub fn new(candidate: &'a Candidate, taxonomy: &Taxonomy) -> PreparedResume<'a> {
        let mut skills = taxonomy.skill_refs_of(&taxonomy.extract_held(&candidate.resume_text));
        skills.extend(
            candidate
                .skills
                .iter()
                .map(|listed| taxonomy.skill_ref(listed)),
        );
        let passages = PassageIndex::for_text(&candidate.resume_text);
        let passage_skills = passages
            .passages()
            .iter()
            .map(|range| skill_ids_in(taxonomy, candidate.resume_text[range.clone()].trim()))
            .collect();
        let mut places: Vec<Location> = candidate
            .preferred_locations
            .iter()
            .map(|place| parse_location(place))
            .collect();
        let home = parse_location(&candidate.location);
        if !candidate.location.trim().is_empty() {
            places.push(home.clone());
        }
        PreparedResume {
            home,
            candidate,
            passages,
            passage_skills,
            skills: taxonomy.candidate_skills(&skills),
            places,
            work_families: work_families_of(candidate),
        }
    }

    /// The candidate's skills, as written, in order of first mention.
    pub fn skill_names(&self) -> impl Iterator<Item = &str> {
        self.skills
            .skills()
            .iter()
            .map(|skill| skill.written.as_str())
    }
}

/// The skills `text` names, in order of first mention.
fn skill_ids_in(taxonomy: &Taxonomy, text: &str) -> Vec<SkillId> {
    taxonomy
        .extract(text)
        .into_iter()
        .map(|skill| skill.skill)
        .collect()
}

/// The skills `text` asks for, required or preferred, in order of first mention.
fn asked_skill_ids_in(taxonomy: &Taxonomy, text: &str) -> Vec<SkillId> {
    let mut asked: Vec<SkillId> = Vec::new();
    for need in taxonomy.read_needs(text) {
        if need.reading.is_asked() {
            for option in need.options {
                if !asked.contains(&option) {
                    asked.push(option);
                }
            }
        }
    }
    asked
}

/// A posting with everything that depends on it alone computed once, when it is imported, so
/// ranking many resumes (or one resume many times) against it redoes none of it. Serializable,
/// so that a browser can keep a whole prepared index as a snapshot and read it back at once.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PreparedJob {
    pub job: JobPosting,
    /// Skills asked for in the requirements list (or required credentials), as resolved refs.
    required_skills: Vec<JobSkill>,
    /// The posting's other skills.
    preferred_skills: Vec<JobSkill>,
    /// The skills each requirement asks for, parallel to `job.requirements`.
    requirement_skills: Vec<Vec<SkillId>>,
    /// Where the role is: one place, or several ("Remote (US or Canada)": one per country).
    places: Vec<Location>,
    /// Whom the posting restricts applicants to (right to work, citizenship, residence).
    restriction: PostingRestriction,
    /// True for internships, co-ops and other roles for students.
    for_students: bool,
    suspicious: bool,
    /// What makes the role temporary ("interim" in the title, "a 12-week contract"), if it is.
    temporary: Option<String>,
    /// The kind of work its title names, when keyword stuffing could hide it (sales).
    work_family: Option<WorkFamily>,
}

impl PreparedJob {
    /// Prepares `job` as it is; run [`enrich_job`] first to fill structured fields from its
    /// text ([`JobIndex::new`] does).
    pub fn new(job: JobPosting, taxonomy: &Taxonomy) -> PreparedJob {
        let (required_skills, preferred_skills) = job_skills(&job, taxonomy);
        let requirement_skills = job
            .requirements
            .iter()
            .map(|requirement| asked_skill_ids_in(taxonomy, requirement))
            .collect();
        let places = parse_locations(&job.location);
        PreparedJob {
            restriction: read_posting_restriction(&job.description, &places),
            for_students: is_for_students(&job),
            places,
            suspicious: looks_like_a_scam(&job),
            temporary: temporary_terms(&job),
            work_family: WorkFamily::of_title(&job.title),
            required_skills,
            preferred_skills,
            requirement_skills,
            job,
        }
    }
}

/// Fills a posting's structured fields from its text where the import left them empty.
pub fn enrich_job(job: &mut JobPosting) {
    if job.salary.is_some() && job.experience.is_some() && job.work_mode != WorkMode::Unknown {
        return;
    }
    // Tokenized once for the three parsers: a whole posting, so the costly part.
    let description = text_tokens(&job.description);
    if job.salary.is_none() {
        job.salary = salary_in(&job.description, &description);
    }
    if job.experience.is_none() {
        job.experience = experience_for_job_in(&job.title, &job.description, &description);
    }
    if job.work_mode == WorkMode::Unknown {
        job.work_mode = work_mode_for_job_in(&job.location, &job.title, &description);
    }
}

/// Per-ranking inputs that are not part of the candidate or the postings.
pub struct MatchInputs<'a> {
    pub today: Date,
    pub weights: &'a Weights,
    /// One cosine similarity per posting, when an embedding model ran.
    pub dense: Option<&'a [f32]>,
    /// The reranker's probabilities and share of the score, when the reranker ran.
    pub reranker: Option<RerankerScores<'a>>,
}

/// What a reranker that ran contributes to [`MatchInputs`].
#[derive(Debug, Clone, Copy)]
pub struct RerankerScores<'a> {
    /// One probability per posting (`None` for postings it did not read).
    pub probabilities: &'a [Option<f32>],
    /// Its share of a reranked posting's score: the `score.weight` of its lock entry.
    pub weight: f32,
}

/// Scores and explains every posting for `profile`, best first. Ties keep input order.
///
/// Prepares each posting first; when the same postings are ranked again and again, keep them
/// prepared ([`PreparedJob`], [`JobIndex`]) and call [`match_prepared`].
pub fn match_jobs(
    profile: &PreparedResume<'_>,
    jobs: &[JobPosting],
    taxonomy: &Taxonomy,
    inputs: &MatchInputs<'_>,
) -> Vec<ExplainedMatch> {
    let prepared: Vec<PreparedJob> = jobs
        .iter()
        .map(|job| PreparedJob::new(job.clone(), taxonomy))
        .collect();
    let prepared: Vec<&PreparedJob> = prepared.iter().collect();
    match_prepared(profile, &prepared, taxonomy, inputs)
}

/// [`match_jobs`] over prepared postings: BM25 is computed over `jobs` (idf from this set, the
/// best posting of the set scoring 1), `inputs.dense` and `inputs.reranker` are parallel to it.
pub fn match_prepared(
    profile: &PreparedResume<'_>,
    jobs: &[&PreparedJob],
    taxonomy: &Taxonomy,
    inputs: &MatchInputs<'_>,
) -> Vec<ExplainedMatch> {
    let texts: Vec<String> = jobs.iter().map(|job| job.job.embedding_text()).collect();
    let bm25 = Bm25Index::for_documents(&texts, Bm25Params::default());
    let query = bm25.query(&profile.candidate.resume_text);
    let mut bm25_scores = Vec::new();
    bm25.score_into(&query, &mut bm25_scores);
    let bm25_best = bm25_scores.iter().copied().fold(0.0f32, f32::max);

    let mut memo = SkillMatchMemo::default();
    let mut matches: Vec<ExplainedMatch> = jobs
        .iter()
        .enumerate()
        .map(|(job_idx, job)| {
            let pair = PairInputs {
                cosine: inputs.dense.map(|dense| dense[job_idx]),
                bm25: bm25_scores[job_idx],
                bm25_best,
                reranker: inputs
                    .reranker
                    .and_then(|reranker| reranker.probabilities[job_idx]),
            };
            explain_pair(profile, job, &pair, taxonomy, inputs, &mut memo)
        })
        .collect();
    sort_best_first(&mut matches);
    matches
}

/// Orders matches by score, best first; the sort is stable, so ties keep their order.
fn sort_best_first(matches: &mut [ExplainedMatch]) {
    matches.sort_by(|a, b| b.score.total_cmp(&a.score));
}

/// What one (resume, posting) pair gets from the ranking around it.
struct PairInputs {
    /// The embeddings' cosine, when a model ran.
    cosine: Option<f32>,
    /// The raw BM25 score, and the best in the ranked set, which scores 1.
    bm25: f32,
    bm25_best: f32,
    /// The reranker's probability, when it saw this pair.
    reranker: Option<f32>,
}

/// Every signal, blocker and explanation of one pair. `memo` holds the skill outcomes already
/// computed for `profile` (see [`SkillMatchMemo`]). `inputs.dense` and `inputs.reranker` are
/// ignored: `pair` carries this pair's values.
fn explain_pair(
    profile: &PreparedResume<'_>,
    prepared: &PreparedJob,
    pair: &PairInputs,
    taxonomy: &Taxonomy,
    inputs: &MatchInputs<'_>,
    memo: &mut SkillMatchMemo,
) -> ExplainedMatch {
    let bm25 = Bm25Score {
        score: pair.bm25,
        best: pair.bm25_best,
    };
    let outputs = ModelOutputs {
        cosine: pair.cosine,
        probability: pair.reranker,
        weights: inputs.weights,
        reranker_weight: inputs.reranker.map_or(0.0, |reranker| reranker.weight),
    };
    PairSignals::compute(profile, prepared, bm25, taxonomy, inputs.today, memo)
        .explain(profile, prepared, taxonomy, memo, outputs)
}

/// Everything about one (resume, posting) pair that no model changes: the keyword, skill,
/// experience, location, salary and recency signals and the blockers. Computed once per pair,
/// so a model's cosine or probability arriving later only re-weighs it ([`PairSignals::score`]);
/// the evidence is gathered only for a match someone reads ([`PairSignals::explain`]).
struct PairSignals {
    /// In the order [`combine`] sees them after the dense signal, which comes first when present.
    signals: Vec<Signal>,
    blockers: Vec<Blocker>,
}

/// What the models gave for one pair, when they ran, and the reranker's share of the score
/// (see [`combine_reranked`]).
#[derive(Debug, Clone, Copy)]
struct ModelOutputs<'w> {
    /// The embeddings' cosine.
    cosine: Option<f32>,
    /// The reranker's P(yes).
    probability: Option<f32>,
    weights: &'w Weights,
    reranker_weight: f32,
}

impl PairSignals {
    /// The model-free signals of `prepared` for `profile`. `memo` holds the skill outcomes
    /// already computed for `profile` (see [`SkillMatchMemo`]).
    fn compute(
        profile: &PreparedResume<'_>,
        prepared: &PreparedJob,
        bm25: Bm25Score,
        taxonomy: &Taxonomy,
        today: Date,
        memo: &mut SkillMatchMemo,
    ) -> PairSignals {
        let job = &prepared.job;
        let mut signals = Vec::with_capacity(SignalKind::ALL.len());
        let mut blockers = Vec::new();
        signals.push(bm25_signal(bm25.score, bm25.best));
        skill_signals(
            profile,
            prepared,
            taxonomy,
            memo,
            &mut signals,
            &mut blockers,
        );
        push_some(
            &mut signals,
            experience_signal(profile.candidate, prepared, &mut blockers),
        );
        eligibility_blocker(profile, prepared, &mut blockers);
        if let Some(terms) = prepared
            .temporary
            .as_ref()
            .filter(|_| profile.candidate.permanent_only)
        {
            blockers.push(Blocker::TemporaryRole {
                detail: format!("the role is temporary ({terms}); you asked for a permanent one"),
            });
        }
        if let Some(family) = prepared
            .work_family
            .filter(|family| !profile.work_families.contains(family))
        {
            let work = family.label();
            blockers.push(Blocker::DifferentWork {
                detail: format!("this is a {work} role; your resume shows no {work} work"),
            });
        }
        if prepared.suspicious {
            blockers.push(Blocker::SuspiciousPosting {
                detail: "this posting looks like a scam (fees, cheques to deposit or promised \
                         earnings)"
                    .to_string(),
            });
        }
        push_some(
            &mut signals,
            location_signal(profile, prepared, &mut blockers),
        );
        push_some(
            &mut signals,
            salary_signal(profile.candidate, job, &mut blockers),
        );
        push_some(&mut signals, recency_signal(job, today));
        PairSignals { signals, blockers }
    }

    fn blockers(&self) -> &[Blocker] {
        &self.blockers
    }

    /// The score [`PairSignals::explain`] gives with the same `outputs`, without explaining it.
    fn score(&self, outputs: ModelOutputs<'_>) -> f32 {
        combined_score(
            &self.values(outputs),
            &self.blockers,
            outputs.weights,
            outputs.reranker_weight,
        )
    }

    /// Every signal's kind and value with the models' `outputs`, as [`combined_score`] takes
    /// them.
    fn values(&self, outputs: ModelOutputs<'_>) -> Vec<(SignalKind, f32)> {
        let mut kinds_values = Vec::with_capacity(self.signals.len() + 2);
        kinds_values.extend(outputs.cosine.map(|cosine| {
            let value = signal_value(outputs.weights.dense_map.value(cosine));
            (SignalKind::Dense, value)
        }));
        kinds_values.extend(self.signals.iter().map(|s| (s.kind, s.value)));
        kinds_values.extend(
            outputs
                .probability
                .map(|p| (SignalKind::Reranker, signal_value(p))),
        );
        kinds_values
    }

    /// The explained match with the models' `outputs` for this pair: the evidence per skill
    /// and requirement is gathered here, with `memo` as in [`PairSignals::compute`].
    fn explain(
        &self,
        profile: &PreparedResume<'_>,
        prepared: &PreparedJob,
        taxonomy: &Taxonomy,
        memo: &mut SkillMatchMemo,
        outputs: ModelOutputs<'_>,
    ) -> ExplainedMatch {
        let job = &prepared.job;
        let weights = outputs.weights;
        let mut signals = Vec::with_capacity(self.signals.len() + 2);
        signals.extend(
            outputs
                .cosine
                .map(|cosine| dense_signal(cosine, &weights.dense_map)),
        );
        signals.extend_from_slice(&self.signals);
        signals.extend(outputs.probability.map(reranker_signal));
        let combined = combine_reranked(
            &signals,
            self.blockers.clone(),
            weights,
            outputs.reranker_weight,
        );
        let skills = skill_split(profile, prepared, taxonomy, memo);
        let requirements = requirement_evidence(profile, prepared);
        ExplainedMatch {
            job_id: job.id.clone(),
            title: job.title.clone(),
            company: job.company.clone(),
            location: job.location.clone(),
            score: combined.score,
            grade: combined.grade,
            evidence: overall_evidence(&skills, &requirements),
            combined,
            matched_skills: skills.matched,
            related_skills: skills.related,
            missing_skills: skills.missing,
            requirements,
            suspicious: prepared.suspicious,
            reranked: outputs.probability.is_some(),
            url: job.url.clone(),
        }
    }
}

/// A pair's raw BM25 score and the best one in the ranked set, which scores 1.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Bm25Score {
    score: f32,
    best: f32,
}

/// The whole pipeline for one resume, as the CLI runs it: parse the candidate, prepare every
/// posting ([`JobIndex`]), embed the resume and the postings in one call with `embedder` when
/// one is given (dense signal), then score and explain every posting ([`rank_two_stage`]).
///
/// # Panics
/// When the embedder returns vectors of different dimensions, or empty ones.
pub fn rank_explained<E: Embedder>(
    embedder: Option<&E>,
    resume: &str,
    jobs: &[JobPosting],
    today: Date,
) -> Result<Vec<ExplainedMatch>, E::Error> {
    let taxonomy = crate::skills::bundled();
    let index = JobIndex::new(jobs.to_vec(), taxonomy);
    let vectors = match embedder {
        Some(embedder) => {
            let mut texts: Vec<&str> = Vec::with_capacity(index.len() + 1);
            texts.push(resume);
            texts.extend(index.texts().iter().map(String::as_str));
            let mut vectors = embedder.embed(&texts)?;
            let job_vectors = vectors.split_off(1);
            let dimension = vectors[0].len();
            let job_vectors = VectorMatrix::from_rows(dimension, &job_vectors)
                .expect("an embedder returns vectors of one dimension");
            Some((vectors.swap_remove(0), job_vectors))
        }
        None => None,
    };
    let dense = vectors
        .as_ref()
        .map(|(query_vector, job_vectors)| DenseQuery {
            job_vectors,
            query_vector,
        });
    Ok(rank_index_explained(
        resume,
        &index,
        dense,
        Shortlist::All,
        today,
    ))
}

/// Scores and explains the postings of an index already built (such as a published one) for
/// `resume`, with the job vectors and resume vector of `dense` when a model ran: stage 1 keeps
/// the `shortlist`, stage 2 scores each of them fully ([`rank_two_stage`], no reranker).
pub fn rank_index_explained(
    resume: &str,
    index: &JobIndex,
    dense: Option<DenseQuery<'_>>,
    shortlist: Shortlist,
    today: Date,
) -> Vec<ExplainedMatch> {
    let (candidate, _warnings) = candidate_from_resume(resume, today);
    let taxonomy = crate::skills::bundled();
    let profile = PreparedResume::new(&candidate, taxonomy);
    let weights = learned_weights();
    let pipeline = TwoStage {
        today,
        weights: &weights,
        dense,
        reranker: None::<WeightedReranker<NoReranker>>,
        stages: Stages {
            shortlist,
            rerank_top_k: 0,
        },
    };
    let Ok(matches) = rank_two_stage(&profile, index, taxonomy, &pipeline);
    matches
}

/// Embeds `first` and `others` in one call and returns the cosine of `first` with each other.
fn cosines_to_first<E: Embedder>(
    embedder: &E,
    first: &str,
    others: &[&str],
) -> Result<Vec<f32>, E::Error> {
    let mut texts: Vec<&str> = Vec::with_capacity(others.len() + 1);
    texts.push(first);
    texts.extend_from_slice(others);
    let vectors = embedder.embed(&texts)?;
    Ok(vectors[1..]
        .iter()
        .map(|vector| cosine(&vectors[0], vector))
        .collect())
}

fn push_some(signals: &mut Vec<Signal>, signal: Option<Signal>) {
    signals.extend(signal);
}

/// Cosine similarity mapped to [0, 1] by the learned [`DenseMap`].
pub fn dense_signal(cosine: f32, map: &DenseMap) -> Signal {
    let value = map.value(cosine);
    Signal::new(
        SignalKind::Dense,
        value,
        format!("semantic similarity {cosine:.2}"),
    )
}

/// BM25 relative to the best posting in this ranking (so 1.0 means "most keyword overlap").
pub fn bm25_signal(score: f32, best_score: f32) -> Signal {
    let value = if best_score > 0.0 {
        score / best_score
    } else {
        0.0
    };
    Signal::new(
        SignalKind::Bm25,
        value,
        format!("keyword overlap {:.0}% of the best posting", value * 100.0),
    )
}

/// The reranker's probability, as is.
///
/// How much it counts is not learned: it takes the share `score.weight` of the reranker's lock
/// entry (0.3 for Qwen3-Reranker-0.6B, on the best `score.rerank_top_k` = 10 postings only).
/// Both are UNVALIDATED hand-set defaults: the Qwen3 code is proven by parity with HF
/// transformers on tiny random-weight fixtures (tests/fixtures/qwen3), but its ranking
/// contribution has never been measured on the real weights (`candor eval --reranker` does).
pub fn reranker_signal(probability: f32) -> Signal {
    Signal::new(
        SignalKind::Reranker,
        probability,
        format!("reranker P(fit) {probability:.2}"),
    )
}

/// Skills of a posting, split by how the candidate covers them.
#[derive(Debug, Default)]
struct SkillSplit {
    matched: Vec<SkillEvidence>,
    related: Vec<SkillEvidence>,
    missing: Vec<SkillEvidence>,
}

/// The posting's required and preferred skills, each a skill or alternatives ("RN or LPN").
///
/// How a sentence asks for a skill comes first ([`Taxonomy::read_needs`]): a skill the posting
/// says it does not need (anywhere in it), or a credential of the people the role works with
/// ("supervise LPNs"), is not asked for. Of the rest, those in the requirements list are
/// required unless it calls them preferred ("ACLS a plus"); without a list, every credential
/// the posting asks for is required; everything else is preferred.
fn job_skills(job: &JobPosting, taxonomy: &Taxonomy) -> (Vec<JobSkill>, Vec<JobSkill>) {
    let in_requirements = taxonomy.read_needs(&job.requirements.join("\n"));
    // Title and description only: a company called "Ferrous Logistics" does not want logistics.
    let in_posting = taxonomy.read_needs(&format!("{}\n{}", job.title, job.description));
    let negated: Vec<SkillId> = in_requirements
        .iter()
        .chain(&in_posting)
        .filter(|need| need.reading == Reading::Negated)
        .flat_map(|need| need.options.iter().copied())
        .collect();
    let asked = |needs: Vec<NamedNeed>| -> Vec<NamedNeed> {
        needs
            .into_iter()
            .filter(|need| need.reading.is_asked())
            .map(|mut need| {
                need.options.retain(|option| !negated.contains(option));
                need
            })
            .filter(|need| !need.options.is_empty())
            .collect()
    };
    let (in_requirements, in_posting) = (asked(in_requirements), asked(in_posting));

    let mut required: Vec<JobSkill> = Vec::new();
    let mut preferred: Vec<JobSkill> = Vec::new();
    // Every skill placed so far; a need naming one again is the same need.
    let mut placed: Vec<SkillId> = Vec::new();
    let mut place = |need: &NamedNeed, is_required: bool| {
        if need.options.iter().any(|option| placed.contains(option)) {
            return;
        }
        placed.extend(&need.options);
        let options = need
            .options
            .iter()
            .map(|&option| taxonomy.skill_ref(&taxonomy.skill(option).name))
            .collect();
        let job_skill = JobSkill { options };
        if is_required {
            required.push(job_skill)
        } else {
            preferred.push(job_skill)
        }
    };
    let is_credential = |need: &NamedNeed| {
        need.options
            .iter()
            .all(|&option| taxonomy.skill(option).kind.is_credential())
    };
    for need in &in_posting {
        let listed = in_requirements.iter().find(|listed| {
            listed
                .options
                .iter()
                .any(|option| need.options.contains(option))
        });
        match listed {
            Some(listed) => place(listed, listed.reading == Reading::Asked),
            None => place(
                need,
                need.reading == Reading::Asked && in_requirements.is_empty() && is_credential(need),
            ),
        }
    }
    for need in &in_requirements {
        place(need, need.reading == Reading::Asked);
    }
    for listed in &job.skills {
        let skill_ref = taxonomy.skill_ref(listed);
        let known = skill_ref.resolved.is_some_and(|resolved| {
            placed.contains(&resolved.skill) || negated.contains(&resolved.skill)
        });
        if !known {
            preferred.push(JobSkill::from(skill_ref));
        }
    }
    (required, preferred)
}

/// Skill coverage and required coverage; a missing required credential (licence,
/// certification, clearance) or a required skill with no evidence at all becomes a blocker.
fn skill_signals(
    profile: &PreparedResume<'_>,
    prepared: &PreparedJob,
    taxonomy: &Taxonomy,
    memo: &mut SkillMatchMemo,
    signals: &mut Vec<Signal>,
    blockers: &mut Vec<Blocker>,
) {
    let required = &prepared.required_skills;
    let preferred = &prepared.preferred_skills;
    if required.is_empty() && preferred.is_empty() {
        return;
    }
    let credits = taxonomy.skill_credits_for(required, preferred, &profile.skills, memo);
    for credential in credits.missing_credentials {
        if UNLISTED_CREDENTIALS.contains(&credential.name.as_str()) {
            continue;
        }
        blockers.push(Blocker::MissingCredential {
            name: credential.name,
        });
    }
    blockers.extend(
        credits
            .missing_required
            .into_iter()
            .map(|name| Blocker::MissingRequiredSkill { name }),
    );
    signals.push(Signal::new(
        SignalKind::SkillCoverage,
        credits.overall_coverage,
        format!(
            "{} of {} skills shown directly, {} related",
            credits.direct, credits.total, credits.related
        ),
    ));
    if !required.is_empty() {
        signals.push(Signal::new(
            SignalKind::RequiredCoverage,
            credits.required_coverage,
            format!(
                "{:.0}% of required skills covered",
                credits.required_coverage * 100.0
            ),
        ));
    }
}

/// The posting's skills, split by how the candidate covers them, for an explanation (the same
/// outcomes [`skill_signals`] counted).
fn skill_split(
    profile: &PreparedResume<'_>,
    prepared: &PreparedJob,
    taxonomy: &Taxonomy,
    memo: &mut SkillMatchMemo,
) -> SkillSplit {
    let mut split = SkillSplit::default();
    let (required, preferred) = (&prepared.required_skills, &prepared.preferred_skills);
    if required.is_empty() && preferred.is_empty() {
        return split;
    }
    let report = taxonomy.match_skills_for(required, preferred, &profile.skills, memo);
    for skill in report.skills {
        let evidence = SkillEvidence {
            skill: skill.written,
            required: skill.required,
            how: skill.explanation,
        };
        match skill.how {
            MatchHow::Missing => split.missing.push(evidence),
            MatchHow::Related { .. } => split.related.push(evidence),
            _ => split.matched.push(evidence),
        }
    }
    split
}

/// Years against the posting's range; a career stage two or more off ([`Seniority::stage`]:
/// a new graduate for a director's role, a director for a junior one) is a blocker, and so
/// is a role for students (internship, co-op) for someone with [`STUDENT_ROLE_MAX_YEARS`] or more.
fn experience_signal(
    candidate: &Candidate,
    prepared: &PreparedJob,
    blockers: &mut Vec<Blocker>,
) -> Option<Signal> {
    let job = &prepared.job;
    let years = candidate.total_years?;
    let candidate_level = candidate
        .current_title
        .as_deref()
        .and_then(seniority_from_title)
        .unwrap_or_else(|| seniority_for_years(years));
    let level_gap = job
        .experience
        .as_ref()
        .and_then(|wanted| wanted.seniority)
        .filter(|level| level.stage().abs_diff(candidate_level.stage()) >= 2);
    if let Some(level) = level_gap {
        blockers.push(Blocker::SeniorityMismatch {
            detail: format!(
                "the role is {level:?} level; your experience reads as {candidate_level:?}"
            ),
        });
    } else if prepared.for_students && years >= STUDENT_ROLE_MAX_YEARS {
        blockers.push(Blocker::SeniorityMismatch {
            detail: format!("the role is for students; you have {years:.0} years of experience"),
        });
    }
    let wanted = job.experience.as_ref()?;
    let value = match (wanted.min_years, wanted.max_years) {
        (Some(min), _) if years < min => {
            // One year short is close; credit falls off linearly to zero at half the minimum.
            if years + 1.0 >= min {
                0.85
            } else {
                ((years - min / 2.0) / (min / 2.0)).max(0.0)
            }
        }
        (_, Some(max)) if years > max + 5.0 => 0.7,
        (None, None) => return None,
        _ => 1.0,
    };
    Some(Signal::new(
        SignalKind::Experience,
        value,
        format!("{years:.0} years of experience for \"{}\"", wanted.raw),
    ))
}

/// Years of work from which a role for students (internship, co-op) is two levels off.
const STUDENT_ROLE_MAX_YEARS: f32 = 3.0;

/// Whether a posting is for students: an intern or co-op title, or "must be enrolled", "student
/// internship" and the like in its text.
fn is_for_students(job: &JobPosting) -> bool {
    let title = job.title.to_lowercase();
    let student_title = title
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|word| matches!(word, "intern" | "internship" | "co-op" | "coop" | "trainee"))
        || title.contains("student");
    let text = job.description.to_lowercase();
    student_title
        || [
            "must be enrolled",
            "currently enrolled",
            "must be a current student",
            "student internship",
            "co-op student",
            "co-op placement",
            "returning to school",
            "returning to full-time study",
        ]
        .iter()
        .any(|cue| text.contains(cue))
}

/// A posting that restricts applicants to a right to work, citizenship or residence the resume
/// does not show is a blocker; a resume that says nothing of either is given the benefit of the
/// doubt.
fn eligibility_blocker(
    profile: &PreparedResume<'_>,
    prepared: &PreparedJob,
    blockers: &mut Vec<Blocker>,
) {
    let candidate = profile.candidate;
    let restriction = &prepared.restriction;
    if restriction.countries.is_empty() {
        return;
    }
    let home_country = profile.home.country.as_deref();
    let eligible = eligible_for(
        restriction,
        &candidate.work_authorization,
        candidate.needs_sponsorship,
        home_country,
    );
    if eligible == Some(false) {
        blockers.push(Blocker::NotEligible {
            detail: format!(
                "the posting asks for {} ({}); your resume shows no such right",
                if restriction.citizenship {
                    "citizenship"
                } else {
                    "a right to work"
                },
                restriction.countries.join(", ")
            ),
        });
    }
}

/// Remote, hybrid or on-site against the candidate's preference and places.
fn location_signal(
    profile: &PreparedResume<'_>,
    prepared: &PreparedJob,
    blockers: &mut Vec<Blocker>,
) -> Option<Signal> {
    let (candidate, job) = (profile.candidate, &prepared.job);
    let preference = candidate.remote_preference;
    if !preference.accepts(job.work_mode) {
        blockers.push(Blocker::LocationMismatch {
            detail: format!(
                "the role is {:?}; you asked for {preference:?}",
                job.work_mode
            ),
        });
        return Some(Signal::new(
            SignalKind::Location,
            0.0,
            "work mode does not fit your preference",
        ));
    }
    let (places, job_places) = (&profile.places, &prepared.places);
    if places.is_empty() || job_places.is_empty() {
        return (job.work_mode == WorkMode::Remote && preference != RemotePreference::OnsiteOnly)
            .then(|| Signal::new(SignalKind::Location, 1.0, "remote role"));
    }
    let job_place = &job_places[0];
    if places
        .iter()
        .any(|place| job_places.iter().any(|there| place.matches(there)))
    {
        return Some(Signal::new(
            SignalKind::Location,
            1.0,
            format!("{} fits your locations", job.location),
        ));
    }
    // Outside the person's places: a remote area that excludes them, a move they ruled out, or
    // a move abroad they did not offer is a blocker; a move they offered costs half the signal.
    let differs = |home: &Option<String>, there: &Option<String>| match (home, there) {
        (Some(home), Some(there)) => home != there,
        _ => false,
    };
    let other_country = job_places
        .iter()
        .all(|there| differs(&profile.home.country, &there.country));
    // Suburbs are rarely in the city table, so a move is only read across regions.
    let other_region = other_country
        || job_places
            .iter()
            .all(|there| differs(&profile.home.region, &there.region));
    let blocked = if job.work_mode == WorkMode::Remote || job_place.remote {
        job_place.remote && !job_place.is_empty() && profile.home.country.is_some()
    } else {
        match candidate.relocation {
            Relocation::Closed => other_region,
            Relocation::Unstated => other_country,
            Relocation::Open => false,
        }
    };
    if blocked {
        blockers.push(Blocker::LocationMismatch {
            detail: format!("{} is outside your locations", job.location),
        });
    }
    let value = if candidate.relocation == Relocation::Open && !blocked {
        0.5
    } else {
        0.0
    };
    Some(Signal::new(
        SignalKind::Location,
        value,
        format!("{} is outside your locations", job.location),
    ))
}

/// The posting's top of range against the candidate's expected minimum. Pay more than 10 %
/// under the expectation is a blocker.
fn salary_signal(
    candidate: &Candidate,
    job: &JobPosting,
    blockers: &mut Vec<Blocker>,
) -> Option<Signal> {
    let offered = job.salary.as_ref()?;
    let expected = candidate.expected_salary.as_ref()?;
    if offered.currency.is_some()
        && expected.currency.is_some()
        && offered.currency != expected.currency
    {
        return None;
    }
    let offered_top = offered.annual_max.or(offered.annual_min)?;
    let expected_floor = expected.annual_min.or(expected.annual_max)?;
    if expected_floor <= 0.0 {
        return None;
    }
    let ratio = (offered_top / expected_floor) as f32;
    if ratio < 0.9 {
        blockers.push(Blocker::SalaryBelowFloor {
            detail: format!("pays up to {offered_top:.0} a year, under your {expected_floor:.0}"),
        });
    }
    Some(Signal::new(
        SignalKind::Salary,
        ratio,
        format!("{} against your {expected_floor:.0}", offered.raw),
    ))
}

/// Fresh postings score 1; the score falls linearly to 0 at the 30-day expiry.
fn recency_signal(job: &JobPosting, today: Date) -> Option<Signal> {
    let posted = job.posted?;
    let age_days = today.days_since(posted).max(0) as f32;
    let value = 1.0 - age_days / POSTING_LIFETIME_DAYS as f32;
    Some(Signal::new(
        SignalKind::Recency,
        value,
        format!("posted {age_days:.0} days ago"),
    ))
}

/// Fills `job.posted` from a raw date string such as "3 days ago", relative to `today`.
pub fn set_posted_from_text(job: &mut JobPosting, raw: &str, today: Date) {
    job.posted = parse_posted_date(raw, today);
}

/// For each listed requirement, the resume passage with the most BM25 support, labeled by how
/// directly it shows the requirement's skills.
fn requirement_evidence(
    profile: &PreparedResume<'_>,
    prepared: &PreparedJob,
) -> Vec<RequirementEvidence> {
    let mut scratch = Vec::new();
    let no_skills: Vec<SkillId> = Vec::new();
    prepared
        .job
        .requirements
        .iter()
        .zip(&prepared.requirement_skills)
        .map(|(requirement, needed)| {
            let best = profile.passages.best_passage(requirement, &mut scratch);
            let passage = best.as_ref().map(|m| {
                profile.candidate.resume_text[m.range.clone()]
                    .trim()
                    .to_owned()
            });
            let shown = best.map_or(&no_skills, |m| &profile.passage_skills[m.passage_idx]);
            let label = match (&passage, needed.is_empty()) {
                (None, _) => EvidenceLabel::NoEvidence,
                (Some(_), true) => EvidenceLabel::KeywordOnly,
                (Some(_), false) if needed.iter().all(|n| shown.contains(n)) => {
                    EvidenceLabel::StrongDirectEvidence
                }
                (Some(_), false) if needed.iter().any(|n| shown.contains(n)) => {
                    EvidenceLabel::RelatedIncomplete
                }
                (Some(_), false) => EvidenceLabel::KeywordOnly,
            };
            RequirementEvidence {
                requirement: requirement.clone(),
                passage,
                label,
            }
        })
        .collect()
}

/// One label for the whole match, from skill coverage and requirement evidence.
fn overall_evidence(skills: &SkillSplit, requirements: &[RequirementEvidence]) -> EvidenceLabel {
    let n_skills = skills.matched.len() + skills.related.len() + skills.missing.len();
    if n_skills == 0 && requirements.is_empty() {
        return EvidenceLabel::NoEvidence;
    }
    let strong = requirements
        .iter()
        .filter(|r| r.label == EvidenceLabel::StrongDirectEvidence)
        .count();
    let direct_share = if n_skills > 0 {
        skills.matched.len() as f32 / n_skills as f32
    } else {
        0.0
    };
    if direct_share >= 0.9
        && (requirements.is_empty() || strong == requirements.len())
        && n_skills >= 5
    {
        EvidenceLabel::ExceptionalOwnership
    } else if direct_share >= 0.6 {
        EvidenceLabel::StrongDirectEvidence
    } else if !skills.related.is_empty() || direct_share > 0.0 {
        EvidenceLabel::RelatedIncomplete
    } else if strong > 0
        || requirements
            .iter()
            .any(|r| r.label != EvidenceLabel::NoEvidence)
    {
        EvidenceLabel::KeywordOnly
    } else {
        EvidenceLabel::NoEvidence
    }
}

/// The kinds of work (see [`WorkFamily`]) the resume shows, or the roles the person asked for
/// name.
fn work_families_of(candidate: &Candidate) -> Vec<WorkFamily> {
    let mut text = candidate.resume_text.to_lowercase();
    for role in candidate
        .current_title
        .iter()
        .chain(&candidate.preferred_roles)
    {
        text.push('\n');
        text.push_str(&role.to_lowercase());
    }
    WorkFamily::ALL
        .into_iter()
        .filter(|family| family.shown_in(&text))
        .collect()
}

/// What makes a posting a temporary role, as written: a title word ("Interim", "Contract",
/// "Temporary", "Seasonal", "Locum", "Fixed-term") or a phrase of its text ("a 12-week
/// contract", "temporary position"). A role that leads to a permanent one ("contract-to-hire",
/// "temp-to-perm") is not temporary.
fn temporary_terms(job: &JobPosting) -> Option<String> {
    let title = job.title.to_lowercase();
    let text = job.description.to_lowercase();
    let leads_to_permanent = ["to-hire", "to hire", "to-perm", "to perm", "to permanent"]
        .iter()
        .any(|cue| title.contains(cue) || text.contains(cue));
    if leads_to_permanent {
        return None;
    }
    let title_word = title
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|word| {
            matches!(
                *word,
                "interim" | "contract" | "temporary" | "temp" | "seasonal" | "locum" | "fixed-term"
            )
        });
    if let Some(word) = title_word {
        return Some(format!("\"{word}\" in the title"));
    }
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|word| !word.is_empty())
        .collect();
    // "a 12-week contract", "6 month contract", "fixed-term contract", "temporary position".
    tokens.windows(3).find_map(|window| {
        let [before, middle, last] = window else {
            return None;
        };
        let duration = |word: &str| {
            ["week", "weeks", "month", "months"]
                .iter()
                .any(|unit| word.ends_with(unit))
        };
        let contract = *last == "contract" || *last == "assignment";
        let length = (duration(middle) && (middle.contains('-') || before.parse::<u32>().is_ok()))
            || *middle == "fixed-term";
        let temporary_post = *middle == "temporary"
            && matches!(
                *last,
                "position" | "role" | "post" | "assignment" | "contract"
            );
        ((contract && length) || temporary_post).then(|| format!("\"{before} {middle} {last}\""))
    })
}

/// Common scam markers: paying to apply, guaranteed or implausible earnings, payment by gift
/// card or crypto. Flagged for the reader rather than silently dropped.
pub fn looks_like_a_scam(job: &JobPosting) -> bool {
    const MARKERS: [&str; 16] = [
        "registration fee",
        "pay a fee",
        "starter kit",
        "guaranteed income",
        "earn $5000",
        "no experience needed, earn",
        "gift card",
        "wire the",
        "bitcoin",
        "western union",
        "deposit the cheque",
        "deposit the check",
        "cheque into your",
        "check into your",
        "interview on telegram",
        "via telegram",
    ];
    // "Starter-kit fee" is a starter kit too.
    let text = job.embedding_text().to_lowercase().replace('-', " ");
    MARKERS
        .iter()
        .filter(|marker| text.contains(*marker))
        .count()
        >= 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skills;

    fn today() -> Date {
        Date::new(2026, 11, 25).unwrap()
    }

    fn job(id: &str, title: &str, description: &str, requirements: &[&str]) -> JobPosting {
        let mut job = JobPosting {
            id: id.into(),
            title: title.into(),
            description: description.into(),
            requirements: requirements.iter().map(|r| r.to_string()).collect(),
            ..JobPosting::default()
        };
        enrich_job(&mut job);
        job
    }

    fn rank(candidate: &Candidate, jobs: &[JobPosting]) -> Vec<ExplainedMatch> {
        let taxonomy = skills::bundled();
        let profile = PreparedResume::new(candidate, taxonomy);
        let weights = learned_weights();
        let inputs = MatchInputs {
            today: today(),
            weights: &weights,
            dense: None,
            reranker: None,
        };
        match_jobs(&profile, jobs, taxonomy, &inputs)
    }

    fn rust_engineer() -> Candidate {
        Candidate {
            resume_text:
                "Senior backend engineer. Rust, Tokio, PostgreSQL, Docker and Kubernetes in \
                          production. Built gRPC services and CI/CD pipelines."
                    .into(),
            total_years: Some(8.0),
            ..Candidate::default()
        }
    }

    #[test]
    fn learned_weights_hold_no_reranker_weight() {
        // The reranker's share is its lock entry's `score.weight`, not a learned weight.
        let weights = learned_weights();
        assert!(
            weights
                .weights
                .iter()
                .all(|(kind, _)| *kind != SignalKind::Reranker),
            "{weights:?}"
        );
    }

    #[test]
    fn a_matching_backend_job_beats_a_pastry_chef_and_is_explained() {
        let jobs = [
            job(
                "chef",
                "Pastry Chef",
                "Laminated doughs, plated desserts, food safety.",
                &["ServSafe certification"],
            ),
            job(
                "rust",
                "Backend Engineer (Rust)",
                "Build services in Rust on Kubernetes with PostgreSQL.",
                &["3+ years of Rust", "Kubernetes", "PostgreSQL"],
            ),
        ];
        let ranked = rank(&rust_engineer(), &jobs);
        assert_eq!(ranked[0].job_id, "rust");
        let best = &ranked[0];
        assert!(
            best.matched_skills
                .iter()
                .any(|s| s.skill.contains("Kubernetes")),
            "{:?}",
            best.matched_skills
        );
        assert!(best.blockers_empty());
        let points: f32 = best.combined.contributions.iter().map(|c| c.points).sum();
        assert!(
            (points - best.score).abs() < 1e-5,
            "contributions sum to the score"
        );
        assert_eq!(best.requirements.len(), 3);
        assert!(best.requirements.iter().all(|r| r.passage.is_some()));

        let chef = &ranked[1];
        assert!(
            chef.combined
                .blockers
                .iter()
                .any(|b| matches!(b, Blocker::MissingCredential { .. })),
            "ServSafe is a required credential: {:?}",
            chef.combined.blockers
        );
        assert!(chef.score <= 0.45);
    }

    /// The kinds of blocker `candidate` gets on one posting, by their serde names.
    fn blocker_kinds(candidate: &Candidate, job: JobPosting) -> Vec<String> {
        let mut job = job;
        enrich_job(&mut job);
        rank(candidate, &[job])[0]
            .combined
            .blockers
            .iter()
            .map(|b| {
                serde_json::to_value(b).unwrap()["kind"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    }

    fn from_resume(text: &str) -> Candidate {
        candidate_from_resume(text, today()).0
    }

    #[test]
    fn postings_restricted_to_a_right_the_resume_lacks_are_blocked() {
        let mut posting = job(
            "gov",
            "Policy Analyst",
            "Policy analysis for a federal agency. U.S. citizenship required.",
            &[],
        );
        posting.location = "Washington, DC".into();
        let canadian = from_resume("Sam Roy\nArlington, VA · Canadian citizen\n\nPolicy analyst.");
        assert!(blocker_kinds(&canadian, posting.clone()).contains(&"not_eligible".into()));
        let american = from_resume("Sam Roy\nArlington, VA · US citizen\n\nPolicy analyst.");
        assert!(!blocker_kinds(&american, posting.clone()).contains(&"not_eligible".into()));
        // A resume that says nothing of either gets the benefit of the doubt.
        let silent = from_resume("Policy analyst.");
        assert!(!blocker_kinds(&silent, posting).contains(&"not_eligible".into()));
    }

    #[test]
    fn onsite_roles_elsewhere_are_blocked_for_people_who_will_not_move() {
        let mut posting = job("w", "Welder", "Onsite welding in our Ohio shop.", &[]);
        posting.location = "Toledo, OH".into();
        posting.work_mode = WorkMode::Onsite;
        let stays = from_resume("Lee Park\nHamilton, ON\n\nWelder. Not relocating.");
        assert!(blocker_kinds(&stays, posting.clone()).contains(&"location_mismatch".into()));
        let moves = from_resume("Lee Park\nHamilton, ON\n\nWelder. Open to relocation.");
        assert!(!blocker_kinds(&moves, posting.clone()).contains(&"location_mismatch".into()));
        // Another city of the same region is no move the person ruled out.
        let near = from_resume("Lee Park\nDayton, OH\n\nWelder. Not relocating.");
        assert!(!blocker_kinds(&near, posting).contains(&"location_mismatch".into()));
    }

    #[test]
    fn seniority_blocks_two_career_stages_apart_not_two_titles() {
        let role = |title: &str| job("s", title, "Join our team.", &[]);
        let person = |title: &str, years: f32| {
            let mut candidate = from_resume("Professional.");
            candidate.current_title = Some(title.to_string());
            candidate.total_years = Some(years);
            candidate
        };
        let blocked = |candidate: &Candidate, title: &str| {
            blocker_kinds(candidate, role(title)).contains(&"seniority_mismatch".into())
        };
        // A senior analyst after three years may take an associate's role; a lead may step up
        // to director.
        assert!(!blocked(
            &person("Senior Research Analyst", 3.0),
            "Junior Research Associate"
        ));
        assert!(!blocked(
            &person("Engineering Lead", 12.0),
            "Director of Engineering"
        ));
        // A new graduate is no director, and a director no entry-level technician.
        assert!(blocked(
            &person("Graduate Research Assistant", 0.5),
            "Director of Data Science"
        ));
        assert!(blocked(
            &person("Director of IT", 19.0),
            "Entry Level Desktop Support Technician"
        ));
    }

    #[test]
    fn a_temporary_role_blocks_only_those_who_want_a_permanent_one() {
        let interim = job(
            "t",
            "Interim Plant Manager",
            "Lead the plant for 12 weeks.",
            &[],
        );
        let contract = job(
            "c",
            "Rust Engineer",
            "This is a 12-week contract, fully remote.",
            &[],
        );
        let to_hire = job(
            "h",
            "Contract-to-hire Analyst",
            "A 6-month contract, then permanent.",
            &[],
        );
        let permanent = job("p", "Plant Manager", "A permanent, full-time role.", &[]);
        let wants_permanent = from_resume("Plant manager. Full-time permanent roles only.");
        assert!(wants_permanent.permanent_only);
        let open = from_resume("Plant manager. Permanent resident; open to interim work.");
        assert!(!open.permanent_only);
        let blocked = |candidate: &Candidate, posting: &JobPosting| {
            blocker_kinds(candidate, posting.clone()).contains(&"temporary_role".into())
        };
        assert!(blocked(&wants_permanent, &interim));
        assert!(blocked(&wants_permanent, &contract));
        assert!(!blocked(&wants_permanent, &to_hire));
        assert!(!blocked(&wants_permanent, &permanent));
        assert!(!blocked(&open, &interim));
    }

    #[test]
    fn a_keyword_stuffed_sales_role_blocks_those_who_never_sold() {
        let stuffed = job(
            "ae",
            "Account Executive – Data Platform (Spark, Airflow, dbt)",
            "Sell our platform to data teams. You know Spark, Airflow and dbt. Quota of $900k.",
            &["Spark", "Airflow", "dbt"],
        );
        let engineer = from_resume("Data engineer, 5 years. Spark, Airflow, dbt pipelines.");
        let seller = from_resume(
            "Account Manager, Inside Sales, 2019 - 2024. Sold data tools; Spark, Airflow, dbt.",
        );
        let wants_sales = Candidate {
            preferred_roles: vec!["Account Executive".to_owned()],
            ..engineer.clone()
        };
        let blocked = |candidate: &Candidate| {
            blocker_kinds(candidate, stuffed.clone()).contains(&"different_work".into())
        };
        assert!(blocked(&engineer));
        assert!(!blocked(&seller));
        assert!(
            !blocked(&wants_sales),
            "a person who asks for the role is not blocked"
        );
        let blockers = &rank(&engineer, std::slice::from_ref(&stuffed))[0]
            .combined
            .blockers;
        let says = "this is a sales role; your resume shows no sales work";
        assert!(blockers.iter().any(|blocker| blocker.describe() == says));
    }

    #[test]
    fn student_roles_are_a_seniority_mismatch_for_experienced_people() {
        let posting = job(
            "i",
            "Logistics Coordinator Co-op",
            "A four-month placement. You must be enrolled in a college program.",
            &[],
        );
        let mut experienced = from_resume("Transport planner.");
        experienced.total_years = Some(6.0);
        assert!(
            blocker_kinds(&experienced, posting.clone()).contains(&"seniority_mismatch".into())
        );
        experienced.total_years = Some(1.0);
        assert!(!blocker_kinds(&experienced, posting).contains(&"seniority_mismatch".into()));
    }

    #[test]
    fn scams_get_the_lowest_cap() {
        let posting = job(
            "s",
            "Remote Data Entry",
            "Buy the starter-kit, then deposit the cheque we send you.",
            &[],
        );
        assert!(blocker_kinds(&rust_engineer(), posting).contains(&"suspicious_posting".into()));
    }

    fn nurse(resume_text: &str) -> Candidate {
        Candidate {
            resume_text: resume_text.into(),
            total_years: Some(6.0),
            ..Candidate::default()
        }
    }

    fn missing_credentials(matched: &ExplainedMatch) -> Vec<String> {
        matched
            .combined
            .blockers
            .iter()
            .filter_map(|blocker| match blocker {
                Blocker::MissingCredential { name } => Some(name.clone()),
                _ => None,
            })
            .collect()
    }

    /// The posting from issue #12, with its lines in the description and, again, as a list.
    #[test]
    fn an_rn_posting_that_turns_lpns_away_and_supervises_them_asks_only_for_the_rn() {
        let lines = [
            "This role requires an RN; LPN candidates will not be considered.",
            "Supervise LPNs and CNAs on the unit.",
        ];
        let postings = [
            job("described", "Charge Nurse", &lines.join("\n"), &[]),
            job("listed", "Charge Nurse", "Medical-surgical unit.", &lines),
        ];
        let rn = nurse("Registered Nurse, 6 years med-surg. Active RN license, BLS.");
        let lpn = nurse("LPN with 6 years in long-term care. LPN license, BLS.");
        for posting in &postings {
            let for_rn = &rank(&rn, std::slice::from_ref(posting))[0];
            assert_eq!(
                missing_credentials(for_rn),
                Vec::<String>::new(),
                "{}",
                posting.id
            );
            assert!(
                !for_rn
                    .missing_skills
                    .iter()
                    .any(|s| s.skill.contains("Practical")),
                "{:?}",
                for_rn.missing_skills
            );
            let for_lpn = &rank(&lpn, std::slice::from_ref(posting))[0];
            assert_eq!(
                missing_credentials(for_lpn),
                ["Registered Nurse licence"],
                "{}",
                posting.id
            );
        }
    }

    #[test]
    fn a_missing_choice_of_credentials_is_one_blocker_and_preferred_ones_none() {
        let posting = job(
            "nurse",
            "Nurse",
            "Floor nursing.",
            &["Active RN or LPN license", "ACLS certification preferred"],
        );
        let cna = nurse("CNA on a busy floor for 6 years. BLS.");
        let for_cna = &rank(&cna, &[posting])[0];
        assert_eq!(
            missing_credentials(for_cna),
            ["Registered Nurse licence or Licensed Practical Nurse licence"]
        );
    }

    #[test]
    fn related_skills_earn_partial_credit_and_say_why() {
        let jobs = [job(
            "k8s",
            "Platform Engineer",
            "Operate Kubernetes clusters.",
            &["Kubernetes"],
        )];
        let candidate = Candidate {
            resume_text: "Docker containers in production.".into(),
            ..Candidate::default()
        };
        let ranked = rank(&candidate, &jobs);
        let related = &ranked[0].related_skills;
        assert_eq!(related.len(), 1, "{:?}", ranked[0]);
        assert!(
            related[0].how.starts_with("related: Docker"),
            "{}",
            related[0].how
        );
    }

    #[test]
    fn a_driver_s_licence_the_resume_does_not_mention_never_blocks() {
        let mut field_job = job(
            "field",
            "Rust Engineer",
            "Rust services for our field teams.",
            &["Rust", "Valid driver's license", "CDL Class A"],
        );
        enrich_job(&mut field_job);
        let ranked = rank(&rust_engineer(), &[field_job]);
        let blocked: Vec<String> = ranked[0]
            .combined
            .blockers
            .iter()
            .map(Blocker::describe)
            .collect();
        assert_eq!(blocked.len(), 1, "{blocked:?}");
        assert!(blocked[0].contains("CDL Class A"), "{blocked:?}");
    }

    #[test]
    fn remote_only_candidates_are_capped_on_onsite_roles() {
        let mut onsite = job(
            "onsite",
            "Rust Engineer",
            "Rust services. This role is on-site in Berlin.",
            &[],
        );
        onsite.location = "Berlin, Germany".into();
        enrich_job(&mut onsite);
        assert_eq!(onsite.work_mode, WorkMode::Onsite);
        let candidate = Candidate {
            remote_preference: RemotePreference::RemoteOnly,
            ..rust_engineer()
        };
        let ranked = rank(&candidate, &[onsite]);
        assert!(
            ranked[0]
                .combined
                .blockers
                .iter()
                .any(|b| matches!(b, Blocker::LocationMismatch { .. }))
        );
        assert!(ranked[0].score <= learned_weights().caps.location_mismatch);
    }

    #[test]
    fn salary_under_the_floor_is_a_blocker_and_missing_salary_is_not_a_zero() {
        let candidate = Candidate {
            expected_salary: crate::parse::salary::parse_salary("$150,000"),
            ..rust_engineer()
        };
        let low = job(
            "low",
            "Rust Engineer",
            "Rust and Kubernetes. Pay: $90K - $100K.",
            &[],
        );
        let unknown = job("unknown", "Rust Engineer", "Rust and Kubernetes.", &[]);
        let ranked = rank(&candidate, &[low, unknown]);
        let low = ranked.iter().find(|m| m.job_id == "low").unwrap();
        let unknown = ranked.iter().find(|m| m.job_id == "unknown").unwrap();
        assert!(
            low.combined
                .blockers
                .iter()
                .any(|b| matches!(b, Blocker::SalaryBelowFloor { .. }))
        );
        assert!(
            !unknown
                .combined
                .contributions
                .iter()
                .any(|c| c.kind == SignalKind::Salary)
        );
        assert!(unknown.score > low.score);
    }

    #[test]
    fn matches_serialized_before_reranking_existed_read_as_not_reranked() {
        let ranked = rank(&rust_engineer(), &[job("j", "Rust Engineer", "Rust.", &[])]);
        assert!(!ranked[0].reranked);
        let mut json = serde_json::to_value(&ranked[0]).unwrap();
        json.as_object_mut().unwrap().remove("reranked");
        let read: ExplainedMatch = serde_json::from_value(json).unwrap();
        assert_eq!(read, ranked[0]);
    }

    #[test]
    fn dense_similarity_maps_floor_and_ceiling() {
        let map = DenseMap {
            floor: 0.1,
            ceiling: 0.9,
        };
        assert_eq!(dense_signal(0.05, &map).value, 0.0);
        assert_eq!(dense_signal(0.95, &map).value, 1.0);
        assert!((dense_signal(0.5, &map).value - 0.5).abs() < 1e-6);
        // A weights file that learned no map keeps the one set by hand.
        let weights: Weights = serde_json::from_str(r#"{"weights":[["dense",1.0]]}"#).unwrap();
        assert_eq!(weights.dense_map, DenseMap::default());
    }

    #[test]
    fn recency_falls_to_zero_at_expiry() {
        let mut posting = job("j", "t", "d", &[]);
        posting.posted = today().add_days(-15);
        assert!((recency_signal(&posting, today()).unwrap().value - 0.5).abs() < 1e-6);
        posting.posted = today().add_days(-45);
        assert_eq!(recency_signal(&posting, today()).unwrap().value, 0.0);
    }

    #[test]
    fn scam_postings_are_flagged() {
        let scam = job(
            "s",
            "Work from home",
            "Earn $5000/week! Pay a fee for your starter kit.",
            &[],
        );
        assert!(looks_like_a_scam(&scam));
        assert!(!looks_like_a_scam(&job(
            "ok",
            "Nurse",
            "ICU nurse, BLS required.",
            &[]
        )));
    }

    #[test]
    fn swapping_name_gender_and_age_markers_changes_no_score() {
        let base = "Experience\nWarehouse Lead, Northwind  Jan 2017 - Present\n\
                    Forklift certification, inventory control, shipping and receiving, OSHA 10.";
        let versions = [
            format!("Maria Garcia\nShe/her. Mother of two, 52 years old.\n{base}"),
            format!("John Smith\nHe/him. Father of two, 24 years old.\n{base}"),
            format!("Alex Kim\nThey/them.\n{base}"),
        ];
        let jobs = [
            job(
                "wh",
                "Warehouse Supervisor",
                "Lead a shipping team; forklift certification required.",
                &["Forklift certification"],
            ),
            job(
                "rn",
                "Registered Nurse",
                "ICU nurse; RN licence and BLS required.",
                &["RN licence", "BLS"],
            ),
        ];
        let scores: Vec<Vec<(String, f32)>> = versions
            .iter()
            .map(|resume| {
                let (candidate, _) = candidate_from_resume(resume, today());
                rank(&candidate, &jobs)
                    .into_iter()
                    .map(|m| (m.job_id, m.score))
                    .collect()
            })
            .collect();
        assert_eq!(scores[0], scores[1]);
        assert_eq!(scores[0], scores[2]);
    }
}
