//! Finding taxonomy skills in free text, in one pass over its tokens.
//!
//! Every name and alias is stored in a trie keyed by token ids (see `tokenize.rs`). The text
//! is tokenized once; at each token the trie is walked as far as the text allows, the longest
//! accepted form wins ("Ruby on Rails" over "Ruby", "Microsoft SQL Server" over "SQL") and
//! the scan resumes after it, so no form is tried at a position it cannot start at.
//!
//! Names that are also ordinary words carry a [`MatchPolicy`] in the data:
//! - `Cased` forms match only as written: "Rust", "Swift", "React", "Excel" and "RN" match,
//!   "rust", "swift", "react to", "excel at" and "rn" do not.
//! - `Strict` forms are cased and must also stand as an item of a list, which is how resumes
//!   write them. That is the rule for single letters and the most ambiguous short names (C, R,
//!   Go, Ruby, Jenkins, Spring, Express, Word, Teams, Secret...). The match needs, on the
//!   left, the start of the text or a line, one of `, ; : / | ( [ { • · * ▪ ●`, a dash or
//!   `&` after a space, or the word "and", "or", "in", "with" or "using"; and on the right,
//!   the end of the text, one of `, ; / | ( ) ] }` or a line break, a `.` that ends the line,
//!   a dash or `&` after a space, or the word "and" or "or". So "Languages: C, Go and R",
//!   "C/C++" and "written in Go." match, while "Go to market", "go-live", "a C in chemistry",
//!   "vitamin C", "Spring 2020" and "R. Smith" do not. The costs: a strict name in the middle
//!   of a sentence is missed ("Go services"), which the rest of a resume usually makes up
//!   for, and one alone after a colon is taken for a list of one ("Grade: C."). A single
//!   letter that continues a series of letters naming nothing ("Hepatitis A, B, C", "Class B
//!   or C") is no list item either.
//! - `Contextual` forms are strict and must also stand beside a kindred list item, one sharing
//!   a broader skill with them or being one: "Chef" is Chef Infra in "Ansible, Puppet or Chef"
//!   and nothing of the sort in "Chef, Sous chef". Such a form may share its tokens with
//!   another skill's form, which is found wherever the contextual one is not.

use std::collections::hash_map::Entry;

use serde::{Deserialize, Serialize};

use super::hash::FxHashMap;
use super::tokenize::{Token, TokenKind, skill_tokens};
use super::{SkillId, SkillKind, Taxonomy};

/// How strictly a name or alias must appear in free text to count (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MatchPolicy {
    AnyCase,
    Cased,
    Strict,
    Contextual,
}

/// A byte range `start..end` of the text a skill was found in; always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One occurrence of a skill in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub skill: SkillId,
    pub span: Span,
}

/// A skill found in a text, with every place it was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractedSkill {
    pub skill: SkillId,
    /// The canonical name.
    pub name: String,
    pub kind: SkillKind,
    /// The text of the first mention, as written there ("k8s").
    pub written: String,
    /// Every mention, in text order; never empty.
    pub spans: Vec<Span>,
}

/// What [`TokenIndex::insert`] did with a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Inserted {
    New,
    /// It holds a break token (see `tokenize.rs`), or no token at all.
    Malformed,
    /// Another surface, this one, has the same token keys.
    Duplicate(u32),
}

/// Marks "no token id", "no surface" and "not in the vocabulary".
const NONE: u32 = u32::MAX;
const ROOT: u32 = 0;

/// The trie over every surface form's token ids.
#[derive(Debug)]
pub(crate) struct TokenIndex {
    /// Token key → token id.
    vocab: FxHashMap<String, u32>,
    /// (node, token id) → child node.
    edges: FxHashMap<(u32, u32), u32>,
    /// Per node, the surface that ends there, or [`NONE`].
    terminal: Vec<u32>,
    /// Node → the contextual surface that ends there, kept apart so it may share its node.
    contextual: FxHashMap<u32, u32>,
    /// Per surface, its policy and, unless it matches in any case, its tokens as written.
    policies: Vec<(MatchPolicy, Vec<String>)>,
}

impl Default for TokenIndex {
    fn default() -> Self {
        TokenIndex {
            vocab: FxHashMap::default(),
            edges: FxHashMap::default(),
            terminal: vec![NONE],
            contextual: FxHashMap::default(),
            policies: Vec::new(),
        }
    }
}

impl TokenIndex {
    /// Adds surface number `surface` (which must be the next one) with the text `form`.
    pub(crate) fn insert(&mut self, form: &str, surface: u32, policy: MatchPolicy) -> Inserted {
        assert_eq!(
            surface as usize,
            self.policies.len(),
            "surfaces are inserted in order"
        );
        let mut scratch = String::new();
        let (mut node, mut malformed) = (ROOT, false);
        let mut raw_tokens = Vec::new();
        skill_tokens(form, &mut scratch, |token, key| {
            malformed |= token.kind == TokenKind::Break;
            let id = match self.vocab.get(key) {
                Some(&id) => id,
                None => {
                    let id = self.vocab.len() as u32;
                    self.vocab.insert(key.to_owned(), id);
                    id
                }
            };
            let n_nodes = self.terminal.len() as u32;
            node = *self.edges.entry((node, id)).or_insert(n_nodes);
            if node == n_nodes {
                self.terminal.push(NONE);
            }
            if policy != MatchPolicy::AnyCase {
                raw_tokens.push(form[token.start..token.end].to_owned());
            }
        });
        self.policies.push((policy, raw_tokens));
        if malformed || node == ROOT {
            return Inserted::Malformed;
        }
        if policy == MatchPolicy::Contextual {
            return match self.contextual.entry(node) {
                Entry::Occupied(other) => Inserted::Duplicate(*other.get()),
                Entry::Vacant(slot) => {
                    slot.insert(surface);
                    Inserted::New
                }
            };
        }
        let terminal = &mut self.terminal[node as usize];
        if *terminal != NONE {
            return Inserted::Duplicate(*terminal);
        }
        *terminal = surface;
        Inserted::New
    }

    /// The surface whose token keys are exactly those of `written`, ignoring match policies.
    pub(crate) fn lookup(&self, written: &str) -> Option<u32> {
        let mut scratch = String::new();
        let mut node = Some(ROOT);
        skill_tokens(written, &mut scratch, |token, key| {
            node = node
                .filter(|_| token.kind != TokenKind::Break)
                .and_then(|node| {
                    let id = self.vocab.get(key)?;
                    self.edges.get(&(node, *id)).copied()
                });
        });
        node.map(|node| self.terminal[node as usize])
            .filter(|&surface| surface != NONE)
    }

    #[cfg(test)]
    pub(crate) fn policy(&self, surface: u32) -> MatchPolicy {
        self.policies[surface as usize].0
    }

    /// Whether the surface matched over `tokens` of `text` meets its policy.
    fn accepts(&self, surface: u32, text: &str, tokens: &[(Token, u32)]) -> bool {
        let (policy, raw_tokens) = &self.policies[surface as usize];
        if *policy == MatchPolicy::AnyCase {
            return true;
        }
        let cased = raw_tokens
            .iter()
            .zip(tokens)
            .all(|(raw, (token, _))| text[token.start..token.end] == **raw);
        let (first, last) = (tokens[0].0, tokens[tokens.len() - 1].0);
        let before = &text[..first.start];
        cased
            && (*policy == MatchPolicy::Cased
                || (list_item_left(before)
                    && list_item_right(&text[last.end..])
                    && !(raw_tokens.concat().chars().count() == 1
                        && self.continues_letter_series(before))))
    }

    /// Whether `before` ends in a lone letter naming no skill, then list punctuation ("Class
    /// B or ", "Hepatitis A, B, "): a single letter after it is the series' next member.
    fn continues_letter_series(&self, before: &str) -> bool {
        let list = before.trim_end_matches(|c: char| c.is_whitespace() || ",/&".contains(c));
        let list = without_final_conjunction(list)
            .trim_end_matches(|c: char| c.is_whitespace() || ",/&".contains(c));
        let mut letters = list.chars().rev();
        let (Some(letter), before_letter) = (letters.next(), letters.next()) else {
            return false;
        };
        letter.is_alphabetic()
            && !before_letter.is_some_and(char::is_alphanumeric)
            && self.lookup(&letter.to_string()).is_none()
    }
}

/// The last word of `text` when it ends in an ASCII letter, lowercased for comparison.
fn is_trailing_word(text: &str, words: &[&str]) -> bool {
    let start = text
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .len();
    let word = &text[start..];
    words.iter().any(|w| word.eq_ignore_ascii_case(w))
}

fn is_leading_word(text: &str, words: &[&str]) -> bool {
    let end = text.len()
        - text
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let word = &text[..end];
    words.iter().any(|w| word.eq_ignore_ascii_case(w))
}

fn is_dash_or_amp(c: char) -> bool {
    matches!(c, '-' | '\u{2013}' | '\u{2014}' | '&')
}

/// Whether a strict form preceded by `before` starts a list item (see the module docs).
fn list_item_left(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\t']);
    let spaced = trimmed.len() < before.len();
    match trimmed.chars().next_back() {
        None => true,
        Some(c) if "\n\r,;:/|([{\u{2022}\u{b7}*\u{25aa}\u{25cf}".contains(c) => true,
        Some(c) if is_dash_or_amp(c) => spaced,
        Some(c) if c.is_ascii_alphabetic() => {
            spaced && is_trailing_word(trimmed, &["and", "or", "in", "with", "using"])
        }
        Some(_) => false,
    }
}

/// Whether a strict form followed by `after` ends a list item (see the module docs).
fn list_item_right(after: &str) -> bool {
    let trimmed = after.trim_start_matches([' ', '\t']);
    let spaced = trimmed.len() < after.len();
    match trimmed.chars().next() {
        None => true,
        Some(c) if "\n\r,;/|()]}".contains(c) => true,
        Some('.') => {
            let rest = trimmed[1..].trim_start_matches([' ', '\t']);
            rest.is_empty() || rest.starts_with(['\n', '\r'])
        }
        Some(c) if is_dash_or_amp(c) => spaced,
        Some(c) if c.is_ascii_alphabetic() => spaced && is_leading_word(trimmed, &["and", "or"]),
        Some(_) => false,
    }
}

impl Taxonomy {
    /// Appends every skill mention in `text` to `out` (cleared first), in text order, without
    /// overlaps: at each token the longest form its policy accepts wins.
    pub fn mentions_into(&self, text: &str, out: &mut Vec<Mention>) {
        out.clear();
        let index = &self.index;
        let mut tokens: Vec<(Token, u32)> = Vec::with_capacity(text.len() / 4);
        let mut scratch = String::new();
        skill_tokens(text, &mut scratch, |token, key| {
            let id = match token.kind {
                TokenKind::Break => NONE,
                _ => index.vocab.get(key).copied().unwrap_or(NONE),
            };
            tokens.push((token, id));
        });

        let mut i = 0;
        while i < tokens.len() {
            let mut best = None;
            let mut node = ROOT;
            for (j, &(_, id)) in tokens.iter().enumerate().skip(i) {
                match index.edges.get(&(node, id)) {
                    Some(&child) if id != NONE => node = child,
                    _ => break,
                }
                let surface = index.terminal[node as usize];
                if surface != NONE && index.accepts(surface, text, &tokens[i..=j]) {
                    best = Some((surface, j));
                }
                if let Some(&surface) = index.contextual.get(&node)
                    && index.accepts(surface, text, &tokens[i..=j])
                    && self.beside_kin(self.surfaces[surface as usize].skill, text, i, j, &tokens)
                {
                    best = Some((surface, j));
                }
            }
            match best {
                Some((surface, last)) => {
                    let skill = self.surfaces[surface as usize].skill;
                    let span = Span {
                        start: tokens[i].0.start,
                        end: tokens[last].0.end,
                    };
                    out.push(Mention { skill, span });
                    i = last + 1;
                }
                None => i += 1,
            }
        }
    }

    /// Whether the list item before or after `tokens[first..=last]` names a skill that shares
    /// a broader skill with `skill`, or is one of its broader or narrower skills.
    fn beside_kin(
        &self,
        skill: SkillId,
        text: &str,
        first: usize,
        last: usize,
        tokens: &[(Token, u32)],
    ) -> bool {
        let before = &text[..tokens[first].0.start];
        let after = &text[tokens[last].0.end..];
        let kin = self.near_ancestors(skill);
        [previous_list_item(before), next_list_item(after)]
            .into_iter()
            .filter_map(|item| self.lookup(item))
            .any(|neighbour| {
                self.near_ancestors(neighbour)
                    .iter()
                    .any(|ancestor| kin.contains(ancestor))
            })
    }

    /// `skill` and its broader skills up to two levels up: Chef Infra, Configuration
    /// management, DevOps.
    fn near_ancestors(&self, skill: SkillId) -> Vec<SkillId> {
        let parents = &self.skill(skill).broader;
        let grandparents = parents
            .iter()
            .flat_map(|&parent| self.skill(parent).broader.iter().copied());
        std::iter::once(skill)
            .chain(parents.iter().copied())
            .chain(grandparents)
            .collect()
    }

    /// The skills mentioned in `text`, in order of first mention, each with all its spans.
    pub fn extract(&self, text: &str) -> Vec<ExtractedSkill> {
        let mut mentions = Vec::new();
        self.mentions_into(text, &mut mentions);
        self.extracted_from(text, mentions)
    }

    /// `mentions` of `text`, in text order, gathered per skill.
    pub(crate) fn extracted_from(
        &self,
        text: &str,
        mentions: impl IntoIterator<Item = Mention>,
    ) -> Vec<ExtractedSkill> {
        let mut extracted: Vec<ExtractedSkill> = Vec::new();
        let mut position: FxHashMap<SkillId, usize> = FxHashMap::default();
        for Mention { skill, span } in mentions {
            match position.entry(skill) {
                Entry::Occupied(entry) => extracted[*entry.get()].spans.push(span),
                Entry::Vacant(entry) => {
                    entry.insert(extracted.len());
                    let known = self.skill(skill);
                    extracted.push(ExtractedSkill {
                        skill,
                        name: known.name.clone(),
                        kind: known.kind,
                        written: text[span.start..span.end].to_owned(),
                        spans: vec![span],
                    });
                }
            }
        }
        extracted
    }
}

/// What separates list items, for [`previous_list_item`] and [`next_list_item`].
const LIST_SEPARATORS: [&str; 10] = [",", "/", "&", ";", ":", "(", ")", "\n", " or ", " and "];

/// `list` without a final "or" or "and" word ("Ansible, Puppet or" → "Ansible, Puppet ").
fn without_final_conjunction(list: &str) -> &str {
    ["or", "and"]
        .iter()
        .find_map(|word| {
            let stripped = list.strip_suffix(word)?;
            stripped.ends_with(char::is_whitespace).then_some(stripped)
        })
        .unwrap_or(list)
}

/// The list item that ends `before` (which ends at a strict form), such as "Puppet" in
/// "Ansible, Puppet or "; empty when there is none.
fn previous_list_item(before: &str) -> &str {
    let list = without_final_conjunction(before.trim_end())
        .trim_end_matches(|c: char| c.is_whitespace() || ",/&;".contains(c));
    let start = LIST_SEPARATORS
        .iter()
        .filter_map(|separator| list.rfind(separator).map(|at| at + separator.len()))
        .max()
        .unwrap_or(0);
    list[start..].trim()
}

/// The list item that starts `after` (which starts right after a strict form), such as
/// "Ansible" in " and Ansible."; empty when there is none.
fn next_list_item(after: &str) -> &str {
    let list = after.trim_start();
    let list = ["or ", "and "]
        .iter()
        .find_map(|word| list.strip_prefix(word))
        .unwrap_or(list)
        .trim_start_matches(|c: char| c.is_whitespace() || ",/&;".contains(c));
    let end = LIST_SEPARATORS
        .iter()
        .filter_map(|separator| list.find(separator))
        .min()
        .unwrap_or(list.len());
    list[..end].trim().trim_end_matches('.')
}

#[cfg(test)]
mod tests {
    use super::super::bundled;
    use super::*;

    fn names(text: &str) -> Vec<String> {
        bundled()
            .extract(text)
            .into_iter()
            .map(|skill| skill.name)
            .collect()
    }

    fn check(text: &str, expected: &[&str]) {
        assert_eq!(names(text), expected, "extracting from {text:?}");
    }

    #[test]
    fn tricky_tech_tokens() {
        check(
            "Languages: C, C++, C#, Objective-C, R, Go\nPlatforms: .NET, Node.js\n\
             Practices: CI/CD, A/B testing",
            &[
                "C",
                "C++",
                "C#",
                "Objective-C",
                "R",
                "Go",
                ".NET",
                "Node.js",
                "CI/CD",
                "A/B testing",
            ],
        );
        check(
            "C/C++ and F#; ASP.NET Core; NodeJS",
            &["C", "C++", "F#", "ASP.NET", "Node.js"],
        );
    }

    #[test]
    fn strict_names_in_list_and_prose_contexts() {
        check("Built services in Go and Python.", &["Go", "Python"]);
        check("Skills: Go (Golang), R, C/C++", &["Go", "R", "C", "C++"]);
        check("- Go\n- Rust\n• Ruby", &["Go", "Rust", "Ruby"]);
        check("Statistics in R.", &["Statistical analysis", "R"]);
        // Mid-sentence is the documented miss.
        check("Wrote Go services", &[]);
    }

    #[test]
    fn no_false_positives_in_ordinary_prose() {
        check(
            "I want to go to the store. We had a good time going over the plan; go-live was in \
             March. Let's go, team! She got a C in history, plan B was vitamin C, and the \
             report went to R. Smith at the Go-Getters club.",
            &[],
        );
        check(
            "We react quickly and excel at spring chores; the rust on the swift boat. Spring 2020 \
             semester. Express delivery. A word of thanks to the teams with access to the salt. \
             The secret is out. Top secret project. Jenkins Street.",
            &[],
        );
    }

    #[test]
    fn cased_names_match_only_as_written() {
        check(
            "Rust, Swift, React and Excel",
            &["Rust", "Swift", "React", "Microsoft Excel"],
        );
        check("rust, swift, react and excel", &[]);
        check("RN with BLS", &["Registered Nurse licence", "BLS"]);
        check("rn with bls", &["BLS"]);
    }

    #[test]
    fn longest_form_wins() {
        check("Ruby on Rails", &["Ruby on Rails"]);
        check(
            "Microsoft SQL Server and SQL",
            &["Microsoft SQL Server", "SQL"],
        );
        check("Spring Boot, Spring", &["Spring Boot", "Spring Framework"]);
        check(
            "AWS Certified Solutions Architect Associate; AWS",
            &[
                "AWS Certified Solutions Architect Associate",
                "Amazon Web Services",
            ],
        );
        check("go to market plans", &["Product marketing"]);
    }

    #[test]
    fn aliases_resolve_and_spans_point_at_the_text() {
        let text = "k8s on GKE; Kubernetes, Postgres and psql";
        let extracted = bundled().extract(text);
        let summary: Vec<(&str, &str, Vec<&str>)> = extracted
            .iter()
            .map(|skill| {
                let spans = skill
                    .spans
                    .iter()
                    .map(|span| &text[span.start..span.end])
                    .collect();
                (skill.name.as_str(), skill.written.as_str(), spans)
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("Kubernetes", "k8s", vec!["k8s", "Kubernetes"]),
                ("Google Kubernetes Engine", "GKE", vec!["GKE"]),
                ("PostgreSQL", "Postgres", vec!["Postgres", "psql"]),
            ]
        );
    }

    #[test]
    fn non_tech_credentials_are_found_with_their_kind() {
        let text = "CDL Class A with hazmat endorsement, forklift certified, ServSafe, OSHA 30, \
                    BLS and ACLS, active RN license, Secret clearance";
        let found: Vec<(String, SkillKind)> = bundled()
            .extract(text)
            .into_iter()
            .map(|skill| (skill.name, skill.kind))
            .collect();
        let expected = [
            ("CDL Class A", SkillKind::Licence),
            ("Hazmat endorsement", SkillKind::Licence),
            ("Forklift certification", SkillKind::Certification),
            ("ServSafe Food Protection Manager", SkillKind::Certification),
            ("OSHA 30", SkillKind::Certification),
            ("BLS", SkillKind::Certification),
            ("ACLS", SkillKind::Certification),
            ("Registered Nurse licence", SkillKind::Licence),
            ("Secret clearance", SkillKind::Clearance),
        ];
        let expected: Vec<(String, SkillKind)> = expected
            .iter()
            .map(|(name, kind)| ((*name).to_owned(), *kind))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn chef_is_chef_infra_only_beside_configuration_tools() {
        check(
            "Ansible, Puppet or Chef",
            &["Ansible", "Puppet", "Chef Infra"],
        );
        check("Tools: Chef, Terraform", &["Chef Infra", "Terraform"]);
        // A cook's resume.
        check("Chef\nHead chef; line cook", &["Chef skills", "Cooking"]);
        check(
            "Chef, baking, plating",
            &["Chef skills", "Baking", "Food presentation"],
        );
    }

    #[test]
    fn a_letter_continuing_a_series_is_no_language() {
        check("CDL Class B or C", &["CDL Class B"]);
        check("Hepatitis A, B, C vaccinations", &["Immunizations"]);
        check("Hepatitis A, B and C.", &[]);
        // A letter after a letter that is a skill is still a list of languages.
        check("Languages: R, C", &["R", "C"]);
    }

    #[test]
    fn ambiguous_abbreviations_need_context() {
        check("SOC 2 Type II", &["SOC 2"]);
        check(
            "Incident response, SOC, threat hunting",
            &["Incident response", "Security operations", "Threat hunting"],
        );
        check("Worked as a SOC analyst", &["Security operations"]);
        check("SOC: 15-1252", &[]);
        check("ICD-10, CPT", &["ICD-10", "Current Procedural Terminology"]);
        check("F-1 student eligible for CPT", &[]);
        check("CPT/OPT", &[]);
        // Bare "cloud" and "API" name no particular skill.
        check("A cloud-first company with a public API and APIs", &[]);
    }

    #[test]
    fn list_item_boundaries() {
        assert!(list_item_left(""));
        assert!(list_item_left("Skills: "));
        assert!(list_item_left("Python, "));
        assert!(list_item_left("line\n  "));
        assert!(list_item_left("Python and "));
        assert!(list_item_left("Python & "));
        assert!(!list_item_left("Python&"));
        assert!(!list_item_left("vitamin "));
        assert!(!list_item_left("Objective-"));
        assert!(list_item_right(""));
        assert!(list_item_right(", Rust"));
        assert!(list_item_right("/C++"));
        assert!(list_item_right(" (Golang)"));
        assert!(list_item_right(".\nNext"));
        assert!(list_item_right(" or Rust"));
        assert!(!list_item_right(". Smith"));
        assert!(!list_item_right(" to market"));
        assert!(!list_item_right("-suite"));
        assert!(!list_item_right("&D"));
    }
}
