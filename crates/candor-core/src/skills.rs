//! The skill taxonomy: thousands of skills, licences, certifications and clearances across
//! tech and non-tech work, with aliases and graph edges; skill extraction from free text; and
//! matching a job's required skills against a candidate's.
//!
//! The data is `data/skills.json`, generated from the table `data/skills.txt` (its header
//! gives the format and the sources; `table.rs` is the generator and the test that keeps the
//! two in step) and compiled in. [`bundled`] parses and checks it once;
//! [`Taxonomy::from_json`] builds one from other text, which tests use for small graphs.
//! It is JSON rather than TOML because `serde_json` parsed it about five times faster than
//! the `toml` crate did (natively, release build), and the worker parses it on every start.
//!
//! - [`Taxonomy::lookup`] and [`Taxonomy::resolve`] map a name as written ("k8s",
//!   "Postgress") to a [`SkillId`].
//! - [`Taxonomy::extract`] finds skills in free text in one pass over its tokens (see
//!   `extract.rs` for the rules that keep "Go", "C" and "R" from matching ordinary prose).
//! - [`Taxonomy::read_needs`] reads how a posting asks for each skill it names: required,
//!   preferred, negated ("LPN candidates will not be considered"), a colleague's credential
//!   ("supervise CNAs"), or one of alternatives ("RN or LPN"); see `reading.rs`.
//!   [`Taxonomy::extract_held`] is the resume's side: the credentials it shows are its own.
//! - [`Taxonomy::match_skills`] credits each job skill exact, alias, implied, fuzzy or related
//!   (see `matching.rs`) and reports coverage and missing credentials; a [`JobSkill`] of
//!   alternatives is met by any one of them and missed as one credential.

mod extract;
mod fuzzy;
pub(crate) mod hash;
mod matching;
mod reading;
#[cfg(test)]
mod table;
mod tokenize;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

pub use extract::{ExtractedSkill, Mention, Span};
pub use matching::{
    CandidateSkills, FUZZY_MIN_CHARS, FUZZY_THRESHOLD, JobSkill, MAX_RELATED_HOPS, MatchHow,
    MissingCredential, RELATED_DECAY, SkillCredits, SkillMatch, SkillMatchMemo, SkillMatchReport,
};
pub use reading::{NamedNeed, Reading};

use extract::{Inserted, MatchPolicy, TokenIndex};
use hash::FxHashMap;

/// The bundled taxonomy, as JSON.
pub const BUNDLED_JSON: &str = include_str!("../data/skills.json");

/// The only taxonomy file `version` this build reads.
pub const SUPPORTED_VERSION: u32 = 1;

/// The bundled taxonomy, parsed and checked on first use and shared after that.
///
/// # Panics
/// When the bundled file is invalid, which the tests rule out for every build.
pub fn bundled() -> &'static Taxonomy {
    static TAXONOMY: OnceLock<Taxonomy> = OnceLock::new();
    TAXONOMY.get_or_init(|| match Taxonomy::from_json(BUNDLED_JSON) {
        Ok(taxonomy) => taxonomy,
        Err(error) => panic!("bundled skills.json is invalid: {error}"),
    })
}

/// A skill's index in [`Taxonomy::skills`]; stable for one taxonomy file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SkillId(pub u32);

impl SkillId {
    fn index(self) -> usize {
        self.0 as usize
    }
}

/// What a taxonomy entry is. Licences, certifications and clearances are credentials: a job
/// that requires one is met only by holding it (or one that implies it), never by a related
/// skill, and a missing one is reported on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillKind {
    #[default]
    Skill,
    Licence,
    Certification,
    Clearance,
}

impl SkillKind {
    /// Whether this is a licence, certification or clearance.
    pub fn is_credential(self) -> bool {
        self != SkillKind::Skill
    }
}

/// A group of skills, such as `nursing` ("Nursing") or `cloud` ("Cloud platforms").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    /// A short snake_case key, unique in the taxonomy.
    pub key: String,
    /// The name shown to people.
    pub label: String,
}

/// One taxonomy entry with its edges resolved to ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    pub id: SkillId,
    /// The canonical name, such as "Kubernetes".
    pub name: String,
    /// The key of its [`Category`].
    pub category: String,
    pub kind: SkillKind,
    /// Other names it goes by, such as "k8s".
    pub aliases: Vec<String>,
    /// More general skills: Django → Python → Backend development.
    pub broader: Vec<SkillId>,
    /// The reverse of `broader`, computed at load.
    pub narrower: Vec<SkillId>,
    /// Sibling skills; symmetric, whichever side the file named the edge on.
    pub related: Vec<SkillId>,
    /// Credentials that holding this one satisfies: Top Secret implies Secret.
    pub implies: Vec<SkillId>,
}

/// Why a taxonomy file was rejected. Each variant names the offending skill or form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TaxonomyError {
    /// The text is not JSON, or does not have the taxonomy's fields.
    #[error("not a valid taxonomy file: {message}")]
    Json { message: String },
    /// `version` is not [`SUPPORTED_VERSION`].
    #[error(
        "taxonomy version {found} is not supported; this build reads version {SUPPORTED_VERSION}"
    )]
    UnsupportedVersion { found: u32 },
    /// Two categories share a key.
    #[error("category key {key:?} is used twice")]
    DuplicateCategory { key: String },
    /// A name or alias is empty or holds punctuation no form may hold, such as a comma.
    #[error("{skill:?}: {form:?} is empty or holds punctuation a skill name cannot hold")]
    MalformedForm { skill: String, form: String },
    /// Two names or aliases normalize to the same key, so lookups would be ambiguous.
    #[error("{form:?} of {skill:?} is the same name as {other_form:?} of {other_skill:?}")]
    DuplicateForm {
        skill: String,
        form: String,
        other_skill: String,
        other_form: String,
    },
    /// An edge names no skill. Edges name canonical names, not aliases.
    #[error("{skill:?}: {edge} target {target:?} is not the name of a skill")]
    UnknownEdgeTarget {
        skill: String,
        edge: &'static str,
        target: String,
    },
    /// An edge points back at its own skill.
    #[error("{skill:?}: {edge} edge points at the skill itself")]
    SelfEdge { skill: String, edge: &'static str },
    /// A `cased` or `strict` entry is neither the skill's name nor one of its aliases.
    #[error("{skill:?}: {field} entry {form:?} is neither its name nor one of its aliases")]
    UnknownMarkedForm {
        skill: String,
        field: &'static str,
        form: String,
    },
}

/// The file as written: categories holding skills whose edges are names.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    version: u32,
    /// A header for people: what the file is and where its facts come from.
    #[serde(default, rename = "about")]
    _about: Vec<String>,
    categories: Vec<CategoryFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryFile {
    key: String,
    label: String,
    skills: Vec<SkillFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SkillFile {
    name: String,
    #[serde(default)]
    kind: SkillKind,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    broader: Vec<String>,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    implies: Vec<String>,
    #[serde(default)]
    cased: Vec<String>,
    #[serde(default)]
    strict: Vec<String>,
    #[serde(default)]
    contextual: Vec<String>,
}

/// One name or alias of a skill, as the extractor and the lookups see it.
#[derive(Debug)]
pub(crate) struct Surface {
    pub skill: SkillId,
    /// As written in the file.
    pub text: String,
    pub is_name: bool,
    /// [`fuzzy::compact`] of `text`, for fuzzy resolution.
    pub compact: String,
    /// The number of characters of `compact`.
    pub n_compact_chars: usize,
}

/// A loaded taxonomy: skills, their names and aliases, and the token index over them.
#[derive(Debug)]
pub struct Taxonomy {
    categories: Vec<Category>,
    skills: Vec<Skill>,
    surfaces: Vec<Surface>,
    index: TokenIndex,
    /// Compact form → surface, for names written with other punctuation ("Node-JS").
    /// `None` where two skills share a compact form, which then resolves to neither.
    by_compact: FxHashMap<String, Option<u32>>,
    /// A hash of the file it was read from; see [`Taxonomy::fingerprint`].
    fingerprint: u64,
}

/// How a written name was tied to a skill.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "via", rename_all = "snake_case")]
pub enum ResolvedVia {
    /// It is the canonical name, ignoring case and punctuation.
    Name,
    /// It is one of the aliases, ignoring case and punctuation.
    Alias,
    /// It is within [`FUZZY_THRESHOLD`] Jaro-Winkler similarity of a name or alias.
    Fuzzy { similarity: f32 },
}

fn fingerprint_of(text: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = hash::FxHasher::default();
    hasher.write(text.as_bytes());
    hasher.finish()
}

/// A written name tied to a skill.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Resolution {
    pub skill: SkillId,
    #[serde(flatten)]
    pub via: ResolvedVia,
}

impl Resolution {
    /// 1 for a name or alias, the similarity for a fuzzy resolution.
    pub fn confidence(&self) -> f32 {
        match self.via {
            ResolvedVia::Name | ResolvedVia::Alias => 1.0,
            ResolvedVia::Fuzzy { similarity } => similarity,
        }
    }
}

/// A skill as a job posting or a resume wrote it, resolved once so matching many jobs does
/// not resolve it again. Build one with [`Taxonomy::skill_ref`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SkillRef {
    pub written: String,
    /// `None` for a skill the taxonomy does not know; it can still match exactly or fuzzily.
    pub resolved: Option<Resolution>,
}

impl Taxonomy {
    /// Parses and checks a taxonomy file: unique category keys, well-formed and unique names
    /// and aliases (after normalization), edges that name existing skills, and `cased` and
    /// `strict` entries that are the skill's own forms.
    pub fn from_json(text: &str) -> Result<Taxonomy, TaxonomyError> {
        let file: TaxonomyFile =
            serde_json::from_str(text).map_err(|error| TaxonomyError::Json {
                message: error.to_string(),
            })?;
        if file.version != SUPPORTED_VERSION {
            return Err(TaxonomyError::UnsupportedVersion {
                found: file.version,
            });
        }

        let mut categories = Vec::with_capacity(file.categories.len());
        let mut skill_files = Vec::new();
        for category in file.categories {
            if categories
                .iter()
                .any(|known: &Category| known.key == category.key)
            {
                return Err(TaxonomyError::DuplicateCategory { key: category.key });
            }
            for skill in category.skills {
                skill_files.push((categories.len(), skill));
            }
            categories.push(Category {
                key: category.key,
                label: category.label,
            });
        }

        // Surfaces first: they give every name a key, which the edges are resolved by.
        let mut index = TokenIndex::default();
        let mut surfaces: Vec<Surface> = Vec::new();
        for (i, (_, file)) in skill_files.iter().enumerate() {
            let skill = SkillId(u32::try_from(i).expect("fewer than 2^32 skills"));
            let marked = [
                ("cased", &file.cased),
                ("strict", &file.strict),
                ("contextual", &file.contextual),
            ];
            for (field, forms) in marked {
                if let Some(form) = forms
                    .iter()
                    .find(|form| **form != file.name && !file.aliases.contains(form))
                {
                    let (skill, form) = (file.name.clone(), form.clone());
                    return Err(TaxonomyError::UnknownMarkedForm { skill, field, form });
                }
            }
            for (n, text) in std::iter::once(&file.name).chain(&file.aliases).enumerate() {
                let policy = if file.contextual.contains(text) {
                    MatchPolicy::Contextual
                } else if file.strict.contains(text) {
                    MatchPolicy::Strict
                } else if file.cased.contains(text) {
                    MatchPolicy::Cased
                } else {
                    MatchPolicy::AnyCase
                };
                let surface_index = u32::try_from(surfaces.len()).expect("fewer than 2^32 forms");
                match index.insert(text, surface_index, policy) {
                    Inserted::New => {}
                    Inserted::Malformed => {
                        return Err(TaxonomyError::MalformedForm {
                            skill: file.name.clone(),
                            form: text.clone(),
                        });
                    }
                    Inserted::Duplicate(other) => {
                        let other = &surfaces[other as usize];
                        return Err(TaxonomyError::DuplicateForm {
                            skill: file.name.clone(),
                            form: text.clone(),
                            other_skill: skill_files[other.skill.index()].1.name.clone(),
                            other_form: other.text.clone(),
                        });
                    }
                }
                let compact = fuzzy::compact(text);
                surfaces.push(Surface {
                    skill,
                    text: text.clone(),
                    is_name: n == 0,
                    n_compact_chars: compact.chars().count(),
                    compact,
                });
            }
        }

        let resolve_edges = |name: &str, edge: &'static str, targets: &[String]| {
            let mut ids = Vec::with_capacity(targets.len());
            for target in targets {
                // Edges name canonical names; an alias would hide a typo in the data.
                let id = index
                    .lookup(target)
                    .map(|surface| &surfaces[surface as usize])
                    .filter(|surface| surface.is_name)
                    .map(|surface| surface.skill)
                    .ok_or_else(|| TaxonomyError::UnknownEdgeTarget {
                        skill: name.to_owned(),
                        edge,
                        target: target.clone(),
                    })?;
                if skill_files[id.index()].1.name == name {
                    return Err(TaxonomyError::SelfEdge {
                        skill: name.to_owned(),
                        edge,
                    });
                }
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            Ok(ids)
        };
        let mut edges = Vec::with_capacity(skill_files.len());
        for (_, file) in &skill_files {
            edges.push((
                resolve_edges(&file.name, "broader", &file.broader)?,
                resolve_edges(&file.name, "related", &file.related)?,
                resolve_edges(&file.name, "implies", &file.implies)?,
            ));
        }
        let mut skills: Vec<Skill> = skill_files
            .into_iter()
            .zip(edges)
            .enumerate()
            .map(
                |(i, ((category, file), (broader, related, implies)))| Skill {
                    id: SkillId(i as u32),
                    name: file.name,
                    category: categories[category].key.clone(),
                    kind: file.kind,
                    aliases: file.aliases,
                    broader,
                    narrower: Vec::new(),
                    related,
                    implies,
                },
            )
            .collect();
        // Fill in the reverse edges: narrower from broader, and the other half of related.
        for i in 0..skills.len() {
            let id = skills[i].id;
            for broader in skills[i].broader.clone() {
                skills[broader.index()].narrower.push(id);
            }
            for related in skills[i].related.clone() {
                if !skills[related.index()].related.contains(&id) {
                    skills[related.index()].related.push(id);
                }
            }
        }

        let mut by_compact: FxHashMap<String, Option<u32>> = FxHashMap::default();
        for (i, surface) in surfaces.iter().enumerate() {
            match by_compact.get_mut(surface.compact.as_str()) {
                None => {
                    by_compact.insert(surface.compact.clone(), Some(i as u32));
                }
                Some(entry) => {
                    if entry.is_some_and(|known| surfaces[known as usize].skill != surface.skill) {
                        *entry = None;
                    }
                }
            }
        }

        Ok(Taxonomy {
            categories,
            skills,
            surfaces,
            index,
            by_compact,
            fingerprint: fingerprint_of(text),
        })
    }

    /// A hash of the taxonomy file: what was derived with one taxonomy (skill ids, the skills
    /// of a stored posting) is stale under another fingerprint.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Every category, in file order.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// Every skill, in file order; `skills()[id.0]` is the skill with that id.
    pub fn skills(&self) -> &[Skill] {
        &self.skills
    }

    /// The skill with this id.
    ///
    /// # Panics
    /// When `id` is not from this taxonomy.
    pub fn skill(&self, id: SkillId) -> &Skill {
        &self.skills[id.index()]
    }

    /// The skill whose canonical name or alias `written` is, ignoring case, spacing and
    /// punctuation ("k8s", "Node-JS", "POSTGRES"). Unlike extraction, this ignores the
    /// case rules of ambiguous names: a skills list that says "go" means Go.
    pub fn lookup(&self, written: &str) -> Option<SkillId> {
        self.lookup_surface(written)
            .map(|surface| self.surfaces[surface as usize].skill)
    }

    fn lookup_surface(&self, written: &str) -> Option<u32> {
        self.index.lookup(written).or_else(|| {
            let compact = fuzzy::compact(written);
            self.by_compact.get(&compact).copied().flatten()
        })
    }

    /// Ties `written` to a skill: by [`Taxonomy::lookup`], or else to the name or alias with
    /// the highest Jaro-Winkler similarity of at least [`FUZZY_THRESHOLD`]. Fuzzy resolution
    /// compares compact forms (see `fuzzy.rs`) of at least [`FUZZY_MIN_CHARS`] characters on
    /// both sides, whose lengths are within a quarter of each other: shorter names are too
    /// easily one typo from another word ("Rugby" is 0.95 from "Ruby"), and Jaro-Winkler
    /// rewards a shared prefix so much that "Java" would otherwise pass for "JavaScripts".
    pub fn resolve(&self, written: &str) -> Option<Resolution> {
        if let Some(surface) = self.lookup_surface(written) {
            let surface = &self.surfaces[surface as usize];
            let via = if surface.is_name {
                ResolvedVia::Name
            } else {
                ResolvedVia::Alias
            };
            return Some(Resolution {
                skill: surface.skill,
                via,
            });
        }
        let compact = fuzzy::compact(written);
        let n_chars = compact.chars().count();
        if n_chars < FUZZY_MIN_CHARS {
            return None;
        }
        let counts = fuzzy::CharCounts::of(&compact);
        let mut best: Option<(f32, SkillId)> = None;
        for surface in &self.surfaces {
            let n_surface_chars = surface.n_compact_chars;
            if n_surface_chars < FUZZY_MIN_CHARS
                || !fuzzy::lengths_compatible(n_chars, n_surface_chars)
            {
                continue;
            }
            // The bound must beat the best so far, not just the threshold, to be worth scoring.
            let floor = best.map_or(FUZZY_THRESHOLD, |(similarity, _)| similarity);
            if !fuzzy::may_reach(&counts, n_chars, &surface.compact, n_surface_chars, floor) {
                continue;
            }
            let similarity = fuzzy::jaro_winkler(&compact, &surface.compact);
            if similarity >= FUZZY_THRESHOLD && best.is_none_or(|(known, _)| similarity > known) {
                best = Some((similarity, surface.skill));
            }
        }
        best.map(|(similarity, skill)| Resolution {
            skill,
            via: ResolvedVia::Fuzzy { similarity },
        })
    }

    /// `written` with its [`Taxonomy::resolve`] result, ready for [`Taxonomy::match_skills`].
    pub fn skill_ref(&self, written: &str) -> SkillRef {
        SkillRef {
            written: written.to_owned(),
            resolved: self.resolve(written),
        }
    }

    /// [`Taxonomy::skill_ref`] of each extracted skill as the text first wrote it, so a
    /// resume's "k8s" matches a job's "Kubernetes" as an alias, not an exact match.
    pub fn skill_refs_of(&self, extracted: &[ExtractedSkill]) -> Vec<SkillRef> {
        let to_ref = |skill: &ExtractedSkill| {
            let name = &self.skill(skill.skill).name;
            let is_name = fuzzy::compact(&skill.written) == fuzzy::compact(name);
            let via = if is_name {
                ResolvedVia::Name
            } else {
                ResolvedVia::Alias
            };
            let resolved = Some(Resolution {
                skill: skill.skill,
                via,
            });
            SkillRef {
                written: skill.written.clone(),
                resolved,
            }
        };
        extracted.iter().map(to_ref).collect()
    }
}

#[cfg(test)]
mod tests;
