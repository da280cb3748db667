//! Crediting a job's skills against a candidate's, with an explanation per job skill.
//!
//! Each job skill takes the best credit any candidate skill earns it, trying in order:
//! 1. exact: the same text, ignoring case and punctuation ("postgresql" = "PostgreSQL"), 1;
//! 2. alias: both name the same skill ("k8s" and "Kubernetes"), 1;
//! 3. implied: the candidate holds a credential that satisfies it (Top Secret ⇒ Secret), 1;
//! 4. fuzzy: either side was tied to the skill by Jaro-Winkler similarity, or neither side
//!    is in the taxonomy and the two are similar: the similarity (≥ [`FUZZY_THRESHOLD`]);
//! 5. related: the skills are [`MAX_RELATED_HOPS`] or fewer `broader`/`narrower`/`related`
//!    edges apart: [`RELATED_DECAY`] per hop (0.6, then 0.36). Credentials skip this step: a
//!    related skill does not stand in for a licence, so a missing one stays missing.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::fuzzy::{compact, jaro_winkler, lengths_compatible};
use super::hash::FxHashMap;
use super::{Resolution, ResolvedVia, SkillId, SkillKind, SkillRef, Taxonomy};

/// The lowest Jaro-Winkler similarity that counts as the same skill misspelt.
pub const FUZZY_THRESHOLD: f32 = 0.85;

/// The fewest characters (in compact form) either side of a fuzzy comparison may have.
pub const FUZZY_MIN_CHARS: usize = 5;

/// The credit of a related skill one hop away; each further hop multiplies by it again.
pub const RELATED_DECAY: f32 = 0.6;

/// The most graph hops a related match may span; farther skills earn nothing.
pub const MAX_RELATED_HOPS: u8 = 2;

/// How a job skill was met, with what the explanation shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum MatchHow {
    Exact,
    Alias {
        alias: String,
        canonical: String,
    },
    Implied {
        held: String,
        required: String,
    },
    Fuzzy {
        written: String,
        canonical: String,
        similarity: f32,
    },
    /// Canonical names from the candidate's skill to the job's, both ends included.
    Related {
        path: Vec<String>,
    },
    Missing,
}

impl fmt::Display for MatchHow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MatchHow::Exact => write!(f, "exact"),
            MatchHow::Alias { alias, canonical } => write!(f, "alias: {alias} → {canonical}"),
            MatchHow::Implied { held, required } => write!(f, "implied: {held} ⇒ {required}"),
            MatchHow::Fuzzy {
                written,
                canonical,
                similarity,
            } => {
                write!(f, "fuzzy: {written} ≈ {canonical} ({similarity:.2})")
            }
            MatchHow::Related { path } => write!(f, "related: {}", path.join(" → ")),
            MatchHow::Missing => write!(f, "missing"),
        }
    }
}

/// The outcome for one job skill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillMatch {
    /// The job skill as the posting wrote it.
    pub written: String,
    /// Whether the job requires it (otherwise it is preferred).
    pub required: bool,
    pub skill: Option<SkillId>,
    /// [`SkillKind::Skill`] for a skill the taxonomy does not know.
    pub kind: SkillKind,
    /// In [0, 1].
    pub credit: f32,
    /// The candidate skill, as written, that earned the credit.
    pub evidence: Option<String>,
    pub how: MatchHow,
    /// `how` as one line for people, such as "alias: k8s → Kubernetes".
    pub explanation: String,
}

/// One skill a posting asks for, or alternatives any one of which meets it ("RN or LPN").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobSkill {
    /// In the posting's order; never empty.
    pub options: Vec<SkillRef>,
}

impl From<SkillRef> for JobSkill {
    fn from(skill: SkillRef) -> JobSkill {
        JobSkill {
            options: vec![skill],
        }
    }
}

/// A required licence, certification or clearance the candidate does not hold; for
/// alternatives, all of them, named together ("Registered Nurse licence or Licensed Practical
/// Nurse licence") with `skill` the first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissingCredential {
    pub written: String,
    pub skill: SkillId,
    pub name: String,
    pub kind: SkillKind,
}

/// A job's skills credited against a candidate's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillMatchReport {
    /// One entry per job skill: the required ones, then the preferred, in input order. For
    /// alternatives, the best-credited one, with `written` naming them all ("RN or LPN").
    pub skills: Vec<SkillMatch>,
    /// Mean credit of the required skills in [0, 1]; 1 when the job requires none.
    pub required_coverage: f32,
    /// Mean credit of all the job's skills, required and preferred alike; 1 when it lists none.
    pub overall_coverage: f32,
    /// Required credentials with no exact, alias, implied or fuzzy match, in input order.
    pub missing_credentials: Vec<MissingCredential>,
}

/// The mean of `credits`, or 1 when there are none: a job that asks for nothing is met.
fn mean(credits: impl Iterator<Item = f32>) -> f32 {
    let (sum, n) = credits.fold((0.0, 0usize), |(sum, n), credit| (sum + credit, n + 1));
    if n == 0 { 1.0 } else { sum / n as f32 }
}

/// The candidate side of [`Taxonomy::match_skills`], built once per candidate so matching it
/// against many postings does not redo it: each skill's compact form and, per taxonomy skill,
/// the most confident entry naming it.
#[derive(Debug, Clone)]
pub struct CandidateSkills {
    skills: Vec<SkillRef>,
    compacts: Vec<String>,
    /// The most confident candidate entry naming each skill, for the implied and related steps.
    held: FxHashMap<SkillId, usize>,
}

impl CandidateSkills {
    /// The candidate's skills, as given to [`Taxonomy::candidate_skills`].
    pub fn skills(&self) -> &[SkillRef] {
        &self.skills
    }
}

/// Outcomes of job skills already credited against one [`CandidateSkills`], keyed by the job
/// skill as written. A candidate earns a job skill the same credit in every posting that names
/// it, and postings share most of their skills, so a ranking credits each distinct skill once.
/// Use one memo per candidate and drop it with the candidate.
#[derive(Debug, Default)]
pub struct SkillMatchMemo {
    /// Keyed by the text, then by the resolution: two differently resolved refs of the same
    /// text never share an outcome.
    by_written: FxHashMap<String, Vec<(Option<Resolution>, SkillMatch)>>,
}

impl SkillMatchMemo {
    fn get(&self, job_skill: &SkillRef) -> Option<&SkillMatch> {
        self.by_written
            .get(&job_skill.written)?
            .iter()
            .find(|(resolved, _)| *resolved == job_skill.resolved)
            .map(|(_, outcome)| outcome)
    }
}

/// How a posting's skills are met, in numbers: what a score needs, without the explanation
/// ([`Taxonomy::match_skills_for`]) that only a shown match needs.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillCredits {
    /// As in [`SkillMatchReport`].
    pub required_coverage: f32,
    pub overall_coverage: f32,
    /// How many job skills there are, how many were met directly (exact, alias, implied or
    /// fuzzy) and how many only by a related skill.
    pub total: usize,
    pub direct: usize,
    pub related: usize,
    /// As in [`SkillMatchReport`].
    pub missing_credentials: Vec<MissingCredential>,
    /// Required skills other than credentials that earned no credit at all, as written
    /// (alternatives named together), in input order.
    pub missing_required: Vec<String>,
}

/// One job skill credited: its best option's outcome (held in the memo), and its kind,
/// which is a credential's only when every option is one.
struct Credited<'a> {
    job_skill: &'a JobSkill,
    required: bool,
    best: &'a SkillMatch,
    kind: SkillKind,
}

impl Credited<'_> {
    /// The job skill as written, alternatives joined ("RN or LPN").
    fn written(&self) -> String {
        match &self.job_skill.options[..] {
            [only] => only.written.clone(),
            options => {
                let written: Vec<&str> = options.iter().map(|o| o.written.as_str()).collect();
                written.join(" or ")
            }
        }
    }

    fn is_missing_credential(&self) -> bool {
        self.required && self.kind.is_credential() && self.best.how == MatchHow::Missing
    }
}

impl Taxonomy {
    /// Prepares `candidate` for [`Taxonomy::match_skills_for`].
    pub fn candidate_skills(&self, candidate: &[SkillRef]) -> CandidateSkills {
        let compacts = candidate
            .iter()
            .map(|skill| compact(&skill.written))
            .collect();
        let mut held: FxHashMap<SkillId, usize> = FxHashMap::default();
        for (i, skill) in candidate.iter().enumerate() {
            if let Some(resolved) = skill.resolved {
                let entry = held.entry(resolved.skill).or_insert(i);
                if resolved.confidence() > confidence(&candidate[*entry]) {
                    *entry = i;
                }
            }
        }
        CandidateSkills {
            skills: candidate.to_vec(),
            compacts,
            held,
        }
    }

    /// Credits each of the job's `required` and `preferred` skills against the candidate's
    /// (see the module docs for the steps), and sums up coverage and missing credentials.
    pub fn match_skills(
        &self,
        required: &[SkillRef],
        preferred: &[SkillRef],
        candidate: &[SkillRef],
    ) -> SkillMatchReport {
        let candidate = self.candidate_skills(candidate);
        let singles = |refs: &[SkillRef]| -> Vec<JobSkill> {
            refs.iter().cloned().map(JobSkill::from).collect()
        };
        self.match_skills_for(
            &singles(required),
            &singles(preferred),
            &candidate,
            &mut SkillMatchMemo::default(),
        )
    }

    /// [`Taxonomy::match_skills`] for a posting's skills and alternatives against a prepared
    /// candidate, reusing (and filling) `memo`, which must only ever have seen this candidate.
    pub fn match_skills_for(
        &self,
        required: &[JobSkill],
        preferred: &[JobSkill],
        candidate: &CandidateSkills,
        memo: &mut SkillMatchMemo,
    ) -> SkillMatchReport {
        let credited = self.credit_all(required, preferred, candidate, memo);
        let skills: Vec<SkillMatch> = credited
            .iter()
            .map(|c| SkillMatch {
                written: c.written(),
                required: c.required,
                kind: c.kind,
                ..c.best.clone()
            })
            .collect();
        SkillMatchReport {
            required_coverage: mean(skills.iter().filter(|m| m.required).map(|m| m.credit)),
            overall_coverage: mean(skills.iter().map(|m| m.credit)),
            skills,
            missing_credentials: self.missing_credentials(&credited),
        }
    }

    /// What [`Taxonomy::match_skills_for`] finds, in numbers, without copying an explanation:
    /// for ranking thousands of postings.
    pub fn skill_credits_for(
        &self,
        required: &[JobSkill],
        preferred: &[JobSkill],
        candidate: &CandidateSkills,
        memo: &mut SkillMatchMemo,
    ) -> SkillCredits {
        let credited = self.credit_all(required, preferred, candidate, memo);
        let count =
            |how: fn(&MatchHow) -> bool| credited.iter().filter(|c| how(&c.best.how)).count();
        let related = count(|how| matches!(how, MatchHow::Related { .. }));
        let missing = count(|how| *how == MatchHow::Missing);
        SkillCredits {
            required_coverage: mean(
                credited
                    .iter()
                    .filter(|c| c.required)
                    .map(|c| c.best.credit),
            ),
            overall_coverage: mean(credited.iter().map(|c| c.best.credit)),
            total: credited.len(),
            direct: credited.len() - related - missing,
            related,
            missing_credentials: self.missing_credentials(&credited),
            missing_required: credited
                .iter()
                .filter(|c| {
                    c.required && !c.kind.is_credential() && c.best.how == MatchHow::Missing
                })
                .map(Credited::written)
                .collect(),
        }
    }

    /// Credits each job skill, required ones first, by its best option: the first among
    /// equals, each option's outcome computed once per memo.
    fn credit_all<'a>(
        &self,
        required: &'a [JobSkill],
        preferred: &'a [JobSkill],
        candidate: &CandidateSkills,
        memo: &'a mut SkillMatchMemo,
    ) -> Vec<Credited<'a>> {
        let job = || {
            required
                .iter()
                .map(|skill| (skill, true))
                .chain(preferred.iter().map(|skill| (skill, false)))
        };
        for option in job().flat_map(|(skill, _)| &skill.options) {
            if memo.get(option).is_none() {
                let outcome = self.skill_match(option, candidate);
                memo.by_written
                    .entry(option.written.clone())
                    .or_default()
                    .push((option.resolved, outcome));
            }
        }
        let memo = &*memo;
        job()
            .map(|(job_skill, required)| {
                let mut options = job_skill
                    .options
                    .iter()
                    .map(|option| memo.get(option).expect("every option was credited above"));
                let first = options.next().expect("a job skill has at least one option");
                let best = options.fold(first, |best, outcome| {
                    if outcome.credit > best.credit {
                        outcome
                    } else {
                        best
                    }
                });
                let all_credentials = job_skill.options.iter().all(|option| {
                    option
                        .resolved
                        .is_some_and(|resolved| self.skill(resolved.skill).kind.is_credential())
                });
                Credited {
                    job_skill,
                    required,
                    best,
                    kind: if job_skill.options.len() > 1 && !all_credentials {
                        SkillKind::Skill
                    } else {
                        best.kind
                    },
                }
            })
            .collect()
    }

    /// The required credentials of `credited` the candidate does not hold, alternatives
    /// named together.
    fn missing_credentials(&self, credited: &[Credited<'_>]) -> Vec<MissingCredential> {
        credited
            .iter()
            .filter(|c| c.is_missing_credential())
            .filter_map(|c| {
                let skill = self.skill(c.best.skill?);
                let names: Vec<&str> = c
                    .job_skill
                    .options
                    .iter()
                    .filter_map(|option| option.resolved)
                    .map(|resolved| self.skill(resolved.skill).name.as_str())
                    .collect();
                Some(MissingCredential {
                    written: c.written(),
                    skill: skill.id,
                    name: names.join(" or "),
                    kind: skill.kind,
                })
            })
            .collect()
    }

    /// The outcome for one job skill, with `required` false (the caller sets it).
    fn skill_match(&self, job_skill: &SkillRef, candidate: &CandidateSkills) -> SkillMatch {
        let (credit, how, evidence) = self.credit(
            job_skill,
            &candidate.skills,
            &candidate.compacts,
            &candidate.held,
        );
        let resolved = job_skill.resolved.map(|resolved| resolved.skill);
        SkillMatch {
            written: job_skill.written.clone(),
            required: false,
            skill: resolved,
            kind: resolved.map_or(SkillKind::Skill, |id| self.skill(id).kind),
            credit,
            evidence: evidence.map(|i| candidate.skills[i].written.clone()),
            explanation: how.to_string(),
            how,
        }
    }

    /// The best credit any candidate skill earns `job_skill`, how, and which candidate.
    fn credit(
        &self,
        job_skill: &SkillRef,
        candidate: &[SkillRef],
        candidate_compacts: &[String],
        held: &FxHashMap<SkillId, usize>,
    ) -> (f32, MatchHow, Option<usize>) {
        let job_compact = compact(&job_skill.written);
        if !job_compact.is_empty()
            && let Some(i) = candidate_compacts.iter().position(|c| *c == job_compact)
        {
            return (1.0, MatchHow::Exact, Some(i));
        }

        let job_resolved = job_skill.resolved;
        if let Some(job_resolved) = job_resolved {
            let canonical = &self.skill(job_resolved.skill).name;
            let by_name_or_alias = |via: ResolvedVia| !matches!(via, ResolvedVia::Fuzzy { .. });
            if by_name_or_alias(job_resolved.via)
                && let Some(i) = candidate.iter().position(|skill| {
                    skill.resolved.is_some_and(|resolved| {
                        resolved.skill == job_resolved.skill && by_name_or_alias(resolved.via)
                    })
                })
            {
                let candidate_is_alias = candidate[i]
                    .resolved
                    .is_some_and(|r| r.via == ResolvedVia::Alias);
                let alias = if candidate_is_alias {
                    &candidate[i].written
                } else {
                    &job_skill.written
                };
                let how = MatchHow::Alias {
                    alias: alias.clone(),
                    canonical: canonical.clone(),
                };
                return (1.0, how, Some(i));
            }
            if let Some((i, held_skill)) = self.implied_by(job_resolved.skill, candidate, held) {
                let held = self.skill(held_skill).name.clone();
                return (
                    1.0,
                    MatchHow::Implied {
                        held,
                        required: canonical.clone(),
                    },
                    Some(i),
                );
            }
        }

        let mut best: (f32, MatchHow, Option<usize>) = (0.0, MatchHow::Missing, None);
        for (i, skill) in candidate.iter().enumerate() {
            let fuzzy = match (job_resolved, skill.resolved) {
                (Some(job_resolved), Some(resolved)) if job_resolved.skill == resolved.skill => {
                    // Same skill, but not caught above, so at least one side is fuzzy.
                    let written = if matches!(resolved.via, ResolvedVia::Fuzzy { .. }) {
                        &skill.written
                    } else {
                        &job_skill.written
                    };
                    let canonical = self.skill(resolved.skill).name.clone();
                    let similarity = job_resolved.confidence() * resolved.confidence();
                    Some((similarity, written.clone(), canonical))
                }
                (None, _) | (_, None) => {
                    let similarity = similarity(&job_compact, &candidate_compacts[i]);
                    let canonical = job_skill.written.clone();
                    (similarity >= FUZZY_THRESHOLD)
                        .then(|| (similarity, skill.written.clone(), canonical))
                }
                _ => None,
            };
            if let Some((similarity, written, canonical)) = fuzzy
                && similarity > best.0
            {
                best = (
                    similarity,
                    MatchHow::Fuzzy {
                        written,
                        canonical,
                        similarity,
                    },
                    Some(i),
                );
            }
        }

        if let Some(job_resolved) = job_resolved
            && !self.skill(job_resolved.skill).kind.is_credential()
            && let Some((hops, path, i)) = self.nearest_held(job_resolved.skill, candidate, held)
        {
            let credit = RELATED_DECAY.powi(i32::from(hops))
                * job_resolved.confidence()
                * confidence(&candidate[i]);
            if credit > best.0 {
                let path = path
                    .into_iter()
                    .map(|id| self.skill(id).name.clone())
                    .collect();
                best = (credit, MatchHow::Related { path }, Some(i));
            }
        }
        best
    }

    /// A candidate credential whose `implies` edges lead, in any number of steps, to `target`.
    fn implied_by(
        &self,
        target: SkillId,
        candidate: &[SkillRef],
        held: &FxHashMap<SkillId, usize>,
    ) -> Option<(usize, SkillId)> {
        for skill in candidate
            .iter()
            .filter_map(|skill| skill.resolved.map(|r| r.skill))
        {
            let mut stack = self.skill(skill).implies.clone();
            let mut seen = Vec::new();
            while let Some(implied) = stack.pop() {
                if implied == target {
                    return Some((held[&skill], skill));
                }
                if !seen.contains(&implied) {
                    seen.push(implied);
                    stack.extend_from_slice(&self.skill(implied).implies);
                }
            }
        }
        None
    }

    /// The held skill fewest graph hops (at most [`MAX_RELATED_HOPS`]) from `target`, the
    /// most confident one among equals: hops, the path from it to `target`, and its index.
    fn nearest_held(
        &self,
        target: SkillId,
        candidate: &[SkillRef],
        held: &FxHashMap<SkillId, usize>,
    ) -> Option<(u8, Vec<SkillId>, usize)> {
        // Breadth-first from the job's skill; `parent` points one hop back towards it.
        let mut parent: FxHashMap<SkillId, SkillId> = FxHashMap::default();
        let mut frontier = vec![target];
        for hops in 1..=MAX_RELATED_HOPS {
            let mut next = Vec::new();
            for &node in &frontier {
                let skill = self.skill(node);
                for &neighbor in skill
                    .broader
                    .iter()
                    .chain(&skill.narrower)
                    .chain(&skill.related)
                {
                    if neighbor != target && !parent.contains_key(&neighbor) {
                        parent.insert(neighbor, node);
                        next.push(neighbor);
                    }
                }
            }
            let found = next
                .iter()
                .filter_map(|skill| held.get(skill).map(|&i| (*skill, i)))
                .max_by(|(_, a), (_, b)| {
                    confidence(&candidate[*a]).total_cmp(&confidence(&candidate[*b]))
                });
            if let Some((skill, i)) = found {
                let mut path = vec![skill];
                while let Some(&back) = parent.get(path.last().expect("path starts non-empty")) {
                    path.push(back);
                }
                return Some((hops, path, i));
            }
            frontier = next;
        }
        None
    }
}

fn confidence(skill: &SkillRef) -> f32 {
    skill.resolved.map_or(0.0, |resolved| resolved.confidence())
}

/// Jaro-Winkler similarity of two compact forms, or 0 when either is shorter than
/// [`FUZZY_MIN_CHARS`] characters or their lengths are too far apart for a typo; the same
/// rules as [`Taxonomy::resolve`].
fn similarity(a: &str, b: &str) -> f32 {
    let (a_chars, b_chars) = (a.chars().count(), b.chars().count());
    if a_chars.min(b_chars) < FUZZY_MIN_CHARS || !lengths_compatible(a_chars, b_chars) {
        return 0.0;
    }
    jaro_winkler(a, b)
}

#[cfg(test)]
mod tests {
    use super::super::{Taxonomy, bundled};
    use super::*;

    fn refs(taxonomy: &Taxonomy, written: &[&str]) -> Vec<SkillRef> {
        written.iter().map(|w| taxonomy.skill_ref(w)).collect()
    }

    fn singles(refs: &[SkillRef]) -> Vec<JobSkill> {
        refs.iter().cloned().map(JobSkill::from).collect()
    }

    #[test]
    fn alternatives_are_met_by_any_one_and_missed_as_one_credential() {
        let taxonomy = bundled();
        let rn_or_lpn = [JobSkill {
            options: refs(taxonomy, &["RN", "LPN"]),
        }];
        let against = |candidate: &[&str]| {
            let candidate = taxonomy.candidate_skills(&refs(taxonomy, candidate));
            taxonomy.match_skills_for(&rn_or_lpn, &[], &candidate, &mut SkillMatchMemo::default())
        };
        let lpn = against(&["LPN license"]);
        assert_eq!(lpn.skills.len(), 1);
        assert_eq!(lpn.skills[0].written, "RN or LPN");
        assert_eq!(lpn.skills[0].credit, 1.0);
        assert!(lpn.missing_credentials.is_empty());
        let cna = against(&["CNA"]);
        assert_eq!(cna.skills[0].how, MatchHow::Missing);
        let names: Vec<&str> = cna
            .missing_credentials
            .iter()
            .map(|missing| missing.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["Registered Nurse licence or Licensed Practical Nurse licence"]
        );
    }

    /// Matches one required skill against `candidate` in the bundled taxonomy.
    fn one(required: &str, candidate: &[&str]) -> SkillMatch {
        let taxonomy = bundled();
        let report = taxonomy.match_skills(
            &refs(taxonomy, &[required]),
            &[],
            &refs(taxonomy, candidate),
        );
        report.skills.into_iter().next().expect("one job skill")
    }

    fn assert_close(actual: f32, expected: f32) {
        assert!((actual - expected).abs() < 1e-4, "{actual} != {expected}");
    }

    #[test]
    fn exact_ignores_case_and_punctuation() {
        let m = one("PostgreSQL", &["Java", "postgresql"]);
        assert_eq!(
            (m.credit, m.explanation.as_str(), m.evidence.as_deref()),
            (1.0, "exact", Some("postgresql"))
        );
        assert_eq!(one("Node.js", &["nodejs"]).how, MatchHow::Exact);
    }

    #[test]
    fn alias_names_the_alias_and_the_canonical_name() {
        let m = one("Kubernetes", &["k8s"]);
        assert_eq!(
            (m.credit, m.explanation.as_str()),
            (1.0, "alias: k8s → Kubernetes")
        );
        assert_eq!(
            one("k8s", &["Kubernetes"]).explanation,
            "alias: k8s → Kubernetes"
        );
        assert_eq!(
            one("Postgres", &["psql"]).explanation,
            "alias: psql → PostgreSQL"
        );
        assert_eq!(
            one("React", &["ReactJS"]).explanation,
            "alias: ReactJS → React"
        );
    }

    #[test]
    fn fuzzy_credits_the_similarity() {
        // "postgress" is closest to the alias "postgres": 8 of 9 and 8 characters match, Jaro
        // (8/9 + 1 + 1) / 3 = 0.96296, plus 0.4 of the rest for the 4-letter prefix.
        let m = one("PostgreSQL", &["Postgress"]);
        assert_close(m.credit, 0.977_78);
        assert_eq!(m.explanation, "fuzzy: Postgress ≈ PostgreSQL (0.98)");
        let m = one("Kubernets", &["Kubernetes"]);
        assert_eq!(m.explanation, "fuzzy: Kubernets ≈ Kubernetes (0.98)");
        // Two skills the taxonomy does not know compare directly.
        let m = one("Underwater basket weaving", &["underwater baskett weaving"]);
        assert!(m.credit >= FUZZY_THRESHOLD, "{m:?}");
        assert!(
            m.explanation
                .starts_with("fuzzy: underwater baskett weaving ≈ Underwater basket weaving")
        );
    }

    #[test]
    fn fuzzy_never_confuses_two_known_skills() {
        // Jaro-Winkler puts Java within 0.88 of JavaScript, but both are names, so this is
        // at most a related match.
        let m = one("JavaScript", &["Java"]);
        assert!(!matches!(m.how, MatchHow::Fuzzy { .. }), "{m:?}");
        assert!(m.credit < FUZZY_THRESHOLD);
    }

    /// A small graph whose numbers are easy to check by hand: a chain E → B → C → D of
    /// `broader` edges, X related to A, and credentials S ⇐ T ⇐ U.
    const TINY: &str = r#"{"version": 1, "categories": [{"key": "test", "label": "Test", "skills": [
        {"name": "Alpha"},
        {"name": "Bravo", "broader": ["Charlie"], "aliases": ["Alpha One"]},
        {"name": "Charlie", "broader": ["Delta"]},
        {"name": "Delta"},
        {"name": "Echo", "broader": ["Bravo"]},
        {"name": "Xray", "related": ["Alpha"]},
        {"name": "Tonya"},
        {"name": "Dwayne"},
        {"name": "Sierra", "kind": "clearance", "related": ["Alpha"]},
        {"name": "Tango", "kind": "clearance", "implies": ["Sierra"]},
        {"name": "Uniform", "kind": "clearance", "implies": ["Tango"]}
    ]}]}"#;

    #[test]
    fn tiny_graph_loads() {
        let taxonomy = Taxonomy::from_json(TINY).expect("valid");
        let alpha = taxonomy.lookup("alpha").expect("Alpha");
        let xray = taxonomy.lookup("XRAY").expect("Xray");
        assert_eq!(
            taxonomy.skill(alpha).related,
            [xray, taxonomy.lookup("Sierra").unwrap()]
        );
        let bravo = taxonomy.lookup("alpha one").expect("Bravo by alias");
        assert_eq!(
            taxonomy.skill(taxonomy.lookup("Charlie").unwrap()).narrower,
            [bravo]
        );
    }

    #[test]
    fn fuzzy_threshold_boundaries() {
        let taxonomy = Taxonomy::from_json(TINY).expect("valid");
        // TANYA/TONYA: m = 4, Jaro (4/5 + 4/5 + 1) / 3 = 0.8667, prefix 1: 0.88 ≥ 0.85.
        let resolved = taxonomy.resolve("Tanya").expect("within the threshold");
        assert_eq!(taxonomy.skill(resolved.skill).name, "Tonya");
        assert_eq!(
            resolved.via,
            ResolvedVia::Fuzzy {
                similarity: resolved.confidence()
            }
        );
        assert_close(resolved.confidence(), 0.88);
        // DUANE/DWAYNE: 0.84, just under.
        assert_eq!(taxonomy.resolve("Duane"), None);
        // Too short to try, however close: "Alph" is 4 characters.
        assert_eq!(taxonomy.resolve("Alph"), None);
        assert_eq!(bundled().resolve("Rugby"), None);
    }

    #[test]
    fn related_credit_decays_per_hop_and_stops_after_two() {
        let taxonomy = Taxonomy::from_json(TINY).expect("valid");
        let credit = |job: &str, candidate: &str| {
            let report = taxonomy.match_skills(
                &refs(&taxonomy, &[job]),
                &[],
                &refs(&taxonomy, &[candidate]),
            );
            let m = report.skills.into_iter().next().unwrap();
            (m.credit, m.explanation)
        };
        assert_eq!(
            credit("Alpha", "Xray"),
            (0.6, "related: Xray → Alpha".to_owned())
        );
        assert_eq!(
            credit("Charlie", "Bravo"),
            (0.6, "related: Bravo → Charlie".to_owned())
        );
        assert_eq!(
            credit("Bravo", "Charlie"),
            (0.6, "related: Charlie → Bravo".to_owned())
        );
        let (two_hops, explanation) = credit("Delta", "Bravo");
        assert_close(two_hops, 0.36);
        assert_eq!(explanation, "related: Bravo → Charlie → Delta");
        // Echo → Bravo → Charlie → Delta is three hops, one past the cap.
        assert_eq!(credit("Delta", "Echo"), (0.0, "missing".to_owned()));
        // Alpha is not connected to that chain at all.
        assert_eq!(credit("Delta", "Alpha"), (0.0, "missing".to_owned()));
    }

    #[test]
    fn credentials_need_the_credential_or_one_that_implies_it() {
        let taxonomy = Taxonomy::from_json(TINY).expect("valid");
        let report = taxonomy.match_skills(
            &refs(&taxonomy, &["Sierra", "Tango"]),
            &[],
            &refs(&taxonomy, &["Uniform"]),
        );
        let explanations: Vec<&str> = report
            .skills
            .iter()
            .map(|m| m.explanation.as_str())
            .collect();
        assert_eq!(
            explanations,
            ["implied: Uniform ⇒ Sierra", "implied: Uniform ⇒ Tango"]
        );
        assert_eq!(report.required_coverage, 1.0);
        // Alpha is one hop from Sierra, but a related skill is no clearance.
        let report = taxonomy.match_skills(
            &refs(&taxonomy, &["Sierra"]),
            &[],
            &refs(&taxonomy, &["Alpha"]),
        );
        assert_eq!(report.skills[0].how, MatchHow::Missing);
        assert_eq!(report.missing_credentials.len(), 1);
        assert_eq!(report.missing_credentials[0].kind, SkillKind::Clearance);
    }

    #[test]
    fn bundled_credentials() {
        assert_eq!(
            one("Secret clearance", &["TS/SCI"]).explanation,
            "implied: TS/SCI clearance ⇒ Secret clearance"
        );
        assert_eq!(
            one("CDL", &["CDL-A"]).explanation,
            "implied: CDL Class A ⇒ Commercial driver's license"
        );
        assert_eq!(
            one("OSHA 10", &["OSHA 30-hour"]).explanation,
            "implied: OSHA 30 ⇒ OSHA 10"
        );
        let taxonomy = bundled();
        let report = taxonomy.match_skills(
            &refs(taxonomy, &["RN license", "BLS", "Wound care"]),
            &[],
            &refs(taxonomy, &["LPN", "BLS certified", "Ostomy care"]),
        );
        let summary: Vec<(&str, f32)> = report
            .skills
            .iter()
            .map(|m| (m.explanation.as_str(), m.credit))
            .collect();
        assert_eq!(
            summary,
            [
                ("missing", 0.0),
                ("alias: BLS certified → BLS", 1.0),
                ("related: Ostomy care → Wound care", 0.6),
            ]
        );
        assert_eq!(report.missing_credentials.len(), 1);
        assert_eq!(
            report.missing_credentials[0].name,
            "Registered Nurse licence"
        );
        assert_eq!(report.missing_credentials[0].kind, SkillKind::Licence);
    }

    /// Each (higher, lower) pair of a credential ladder: holding the higher one meets a
    /// requirement for the lower, never the reverse.
    const LADDERS: [(&str, &str); 19] = [
        ("RRT", "CRT"),
        ("CBAP", "CCBA"),
        ("CCBA", "ECBA"),
        ("CBAP", "ECBA"),
        ("CSWP", "CSWA"),
        ("LPIC-2", "LPIC-1"),
        ("LMSW", "LSW"),
        ("nurse practitioner", "APRN"),
        ("APRN", "RN license"),
        ("HSK 6", "HSK 4"),
        ("CELTA", "TEFL"),
        ("RN license", "LPN"),
        ("CDL Class A", "CDL Class C"),
        ("CDL Class B", "CDL Class C"),
        ("master electrician", "journeyman electrician"),
        ("journeyman electrician", "apprentice electrician"),
        ("EPA 608 Universal", "EPA 608 Type II"),
        ("EPA 608 Type III", "EPA 608 certification"),
        ("HLTA", "Level 3 supporting teaching and learning"),
    ];

    #[test]
    fn a_higher_credential_meets_a_lower_one_and_never_the_reverse() {
        for (higher, lower) in LADDERS {
            let up = one(lower, &[higher]);
            assert!(
                matches!(up.how, MatchHow::Implied { .. }),
                "{higher} should meet {lower}: {up:?}"
            );
            let down = one(higher, &[lower]);
            assert_eq!(
                down.how,
                MatchHow::Missing,
                "{lower} must not meet {higher}"
            );
        }
    }

    #[test]
    fn coverage_is_the_mean_credit() {
        let taxonomy = bundled();
        let report = taxonomy.match_skills(
            &refs(taxonomy, &["Kubernetes", "Terraform", "Forklift operation"]),
            &refs(taxonomy, &["Docker"]),
            &refs(taxonomy, &["k8s", "Ansible"]),
        );
        let credits: Vec<f32> = report.skills.iter().map(|m| m.credit).collect();
        assert_eq!(credits, [1.0, 0.6, 0.0, 0.6]);
        assert_close(report.required_coverage, 1.6 / 3.0);
        assert_close(report.overall_coverage, 2.2 / 4.0);
        assert!(report.missing_credentials.is_empty());
        assert_eq!(report.skills[1].explanation, "related: Ansible → Terraform");

        let empty = taxonomy.match_skills(&[], &[], &refs(taxonomy, &["Go"]));
        assert_eq!(
            (empty.required_coverage, empty.overall_coverage),
            (1.0, 1.0)
        );
    }

    #[test]
    fn report_serializes_plainly_for_the_page() {
        let taxonomy = bundled();
        let report = taxonomy.match_skills(
            &refs(taxonomy, &["Kubernetes"]),
            &[],
            &refs(taxonomy, &["k8s"]),
        );
        let json = serde_json::to_value(&report).expect("serializable");
        assert_eq!(json["skills"][0]["how"]["step"], "alias");
        assert_eq!(json["skills"][0]["how"]["alias"], "k8s");
        assert_eq!(json["skills"][0]["explanation"], "alias: k8s → Kubernetes");
        let back: SkillMatchReport = serde_json::from_value(json).expect("round-trips");
        assert_eq!(back, report);
    }

    #[test]
    fn a_memo_reused_across_postings_gives_the_unmemoized_reports() {
        let taxonomy = bundled();
        let candidate = refs(taxonomy, &["k8s", "Ansible", "Python", "CDL Class A"]);
        let prepared = taxonomy.candidate_skills(&candidate);
        let mut memo = SkillMatchMemo::default();
        let postings: [(&[&str], &[&str]); 3] = [
            (&["Kubernetes", "Terraform"], &["Django"]),
            (&["Terraform"], &["Kubernetes", "Hazmat endorsement"]),
            (&["Kubernetes", "Terraform"], &["Django"]),
        ];
        for (required, preferred) in postings {
            let (required, preferred) = (refs(taxonomy, required), refs(taxonomy, preferred));
            assert_eq!(
                taxonomy.match_skills_for(
                    &singles(&required),
                    &singles(&preferred),
                    &prepared,
                    &mut memo
                ),
                taxonomy.match_skills(&required, &preferred, &candidate)
            );
        }
        // The same text resolved another way is credited afresh, not served from the memo.
        let unresolved = [SkillRef {
            written: "Kubernetes".into(),
            resolved: None,
        }];
        assert_eq!(
            taxonomy.match_skills_for(&singles(&unresolved), &[], &prepared, &mut memo),
            taxonomy.match_skills(&unresolved, &[], &candidate)
        );
    }
}
