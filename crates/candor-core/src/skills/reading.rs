//! Reading how a text asks for the skills it names, so a posting's "LPN candidates will not be
//! considered" or "supervise CNAs" is not taken for a requirement.
//!
//! The text is cut into clauses (at line breaks, `;`, `!`, `?`, a `.` that ends a sentence, and
//! "but"), and each clause is searched for cue phrases. A cue reaches the skill named right
//! before it ("LPN candidates will not be considered", "ACLS preferred") or right after it ("no
//! CDL needed", "supervise LPNs") with at most [`MAX_CUE_GAP_WORDS`] words (one for "no") and
//! no comma between, and every skill listed with that one ("ACLS, PALS or NRP a plus"):
//! - negation ("not required", "will not be considered", "does not require", "no"): the skill is
//!   not asked for at all;
//! - colleagues ("supervise", "work alongside", "report to", "a team of", "collaborate with"):
//!   a credential named as people the role works with is not the role's own; plain skills are
//!   left alone ("work with Kubernetes" does ask for Kubernetes);
//! - preference ("preferred", "nice to have", "a plus", "bonus"), also for every line under a
//!   heading that says so ("Nice to have:").
//!
//! Skills listed with "or" are alternatives, one need any of which meets it ("RN or LPN", "A, B
//! or C"; also "LPN/LVN" between credentials, where a slash means "or"). A series that leaves
//! the shared words out ("CDL Class A or B", "HSK 5 or 6") is read in full, so its "B" is the
//! CDL class and not a skill named B.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use super::extract::{ExtractedSkill, Mention, Span};
use super::{SkillId, Taxonomy};

/// How a text asks for a skill it names, weakest first: where cues overlap, the later wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reading {
    Asked,
    Preferred,
    /// Listed under the benefits: the employer offers it ("paid certification exams (A+,
    /// Security+)"), it does not ask for it.
    Offered,
    /// Worked toward, not held ("preparing for the master exam", "I do not hold a master
    /// licence yet", "working towards HLTA status").
    Pursued,
    /// A credential of the people the role works with ("supervise LPNs").
    Colleague,
    /// Said not to be needed ("no CDL needed").
    Negated,
}

impl Reading {
    /// Whether the text asks for the skill at all, required or preferred.
    pub fn is_asked(self) -> bool {
        matches!(self, Reading::Asked | Reading::Preferred)
    }
}

/// One thing a text names: a skill, or alternatives any one of which will do, and how it is
/// asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedNeed {
    /// The skills, in text order, each once; never empty.
    pub options: Vec<SkillId>,
    pub reading: Reading,
}

/// The most words a cue may stand from the skill it reaches ("report to the charge RN").
pub const MAX_CUE_GAP_WORDS: usize = 3;

/// Which way from a cue its skill is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    Ahead,
    Both,
}

const NEGATIONS: &[&str] = &[
    "not required",
    "not needed",
    "not necessary",
    "not be considered",
    "not considered",
    "not accepted",
    "not eligible",
    "need not apply",
    "not a requirement",
    "not mandatory",
    "does not require",
    "do not require",
    "doesn't require",
    "does not need",
    "do not need",
    "don't need",
    "no need for",
];

const COLLEAGUES: &[&str] = &[
    "supervise",
    "supervises",
    "supervising",
    "supervision of",
    "oversee",
    "oversees",
    "overseeing",
    "alongside",
    "work with",
    "works with",
    "working with",
    "closely with",
    "collaborate with",
    "collaborates with",
    "collaborating with",
    "collaboration with",
    "report to",
    "reports to",
    "reporting to",
    "directly to",
    "a team of",
    "delegate to",
    "delegates to",
    "delegating to",
    "coordinate with",
    "coordinates with",
    "coordinating with",
    "partner with",
    "assist",
    "assists",
    "assisting",
    "mentor",
    "mentors",
    "mentoring",
    "precept",
    "precepting",
    "under",
];

const PURSUITS: &[&str] = &[
    "working toward",
    "working towards",
    "work toward",
    "work towards",
    "preparing for",
    "studying for",
    "training for",
    "do not hold",
    "don't hold",
    "does not hold",
    "do not have",
    "don't have",
    "does not have",
    "have not",
    "haven't",
    "has not",
    "not yet",
    "not currently",
];

/// Headings of what a posting offers rather than asks for.
const OFFERS: &[&str] = &[
    "benefits",
    "perks",
    "what we offer",
    "we offer",
    "what you get",
    "what you'll get",
    "why join",
    "why work",
];

const PREFERENCES: &[&str] = &[
    "preferred",
    "preferably",
    "ideally",
    "a plus",
    "nice to have",
    "nice-to-have",
    "an asset",
    "an advantage",
    "advantageous",
    "desired",
    "desirable",
    // Not a bare "bonus": "sign-on bonus for RNs" asks for the RN.
    "a bonus",
    "bonus:",
    "bonus points",
    "optional",
    // "GCIH, GCFA, CySA+ or similar": any of them, or another.
    "or similar",
    // A credential that can be had after hire is no bar to applying: "TWIC card within 60
    // days of hire", "RHCSA, or you must obtain it".
    "of hire",
    "after hire",
    "upon hire",
    "must obtain",
    "able to obtain",
    "ability to obtain",
    "willing to obtain",
    "eligible to obtain",
    "eligibility to obtain",
];

/// Cues that reach only the skills after them: "Security+ (or higher: CySA+, GCIH, CISSP)" asks
/// for Security+, and takes the higher ones in its place.
const ALTERNATIVES_AHEAD: &[&str] = &["or higher", "or above"];

/// Headings of nice-to-haves that are no cue inside a sentence ("manage fixed assets").
const PREFERRED_HEADINGS: &[&str] = &["assets"];

/// Every cue list, with its reading, reach and the most words it reaches over.
const CUES: [(Reading, Reach, usize, &[&str]); 6] = [
    (Reading::Negated, Reach::Both, MAX_CUE_GAP_WORDS, NEGATIONS),
    // "no" ("not a") only negates what follows it closely: "no CDL needed", "no prior CDL",
    // "Not a CPA", but neither
    // "RN, no weekends" nor "no restrictions on your RN license".
    (
        Reading::Negated,
        Reach::Ahead,
        1,
        &["no", "not a", "not an"],
    ),
    (
        Reading::Colleague,
        Reach::Ahead,
        MAX_CUE_GAP_WORDS,
        COLLEAGUES,
    ),
    (
        Reading::Preferred,
        Reach::Both,
        MAX_CUE_GAP_WORDS,
        PREFERENCES,
    ),
    (Reading::Pursued, Reach::Ahead, MAX_CUE_GAP_WORDS, PURSUITS),
    (
        Reading::Preferred,
        Reach::Ahead,
        MAX_CUE_GAP_WORDS,
        ALTERNATIVES_AHEAD,
    ),
];

/// How two skills named one after the other are joined, when only list punctuation and
/// conjunctions stand between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joiner {
    Comma,
    Slash,
    And,
    Or,
}

/// The joiner of a gap such as ", ", " or ", ", and/or " or "/"; `None` for any other text.
/// A remark in parentheses between two items does not break their list: "a TEFL certificate
/// (online or in-person) or CELTA", and neither does an article or "my": "towards my NVQ and
/// my ECS card", "an RN or an LPN".
fn list_joiner(gap: &str) -> Option<Joiner> {
    let gap = without_parentheses(gap);
    let (mut or, mut and, mut slash, mut comma) = (false, false, false, false);
    for word in gap
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/' || c == '&')
        .filter(|word| !word.is_empty())
    {
        match word.to_ascii_lowercase().as_str() {
            "or" | "nor" | "either" => or = true,
            "and" => and = true,
            "a" | "an" | "the" | "my" => {}
            _ => return None,
        }
    }
    for c in gap.chars() {
        match c {
            ',' => comma = true,
            '/' => slash = true,
            '&' => and = true,
            _ => {}
        }
    }
    // "and/or" offers a choice, so "or" wins over "and".
    match (or, and, slash, comma) {
        (true, ..) => Some(Joiner::Or),
        (false, true, ..) => Some(Joiner::And),
        (false, false, true, _) => Some(Joiner::Slash),
        (false, false, false, true) => Some(Joiner::Comma),
        _ => None,
    }
}

/// `text` without its balanced parenthesized parts; `text` itself when they do not balance.
fn without_parentheses(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('(') {
        return text.into();
    }
    let mut kept = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            ')' => return text.into(),
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    if depth == 0 { kept.into() } else { text.into() }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

/// Where each list of [`CUES`] (by index) and "without" occur in `lower`, each span starting
/// and ending at word boundaries, by start: [`phrase_matches`] for every phrase at once.
fn cue_matches(lower: &str) -> (Vec<Vec<Span>>, Vec<Span>) {
    static FINDER: OnceLock<(AhoCorasick, Vec<usize>)> = OnceLock::new();
    let (finder, list_of) = FINDER.get_or_init(|| {
        // Pattern `p` belongs to cue list `list_of[p]`; "without" is list `CUES.len()`.
        let mut phrases = Vec::new();
        let mut list_of = Vec::new();
        for (list, (_, _, _, list_phrases)) in CUES.iter().enumerate() {
            phrases.extend_from_slice(list_phrases);
            list_of.extend(std::iter::repeat_n(list, list_phrases.len()));
        }
        phrases.push("without");
        list_of.push(CUES.len());
        let finder = AhoCorasick::new(&phrases).expect("the cue phrases build an automaton");
        (finder, list_of)
    });
    let mut spans = vec![Vec::new(); CUES.len() + 1];
    for found in finder.find_overlapping_iter(lower) {
        let (start, end) = (found.start(), found.end());
        let bounded_left = !lower[..start].chars().next_back().is_some_and(is_word_char);
        let bounded_right = !lower[end..].chars().next().is_some_and(is_word_char);
        if bounded_left && bounded_right {
            spans[list_of[found.pattern().as_usize()]].push(Span { start, end });
        }
    }
    for list in &mut spans {
        list.sort_by_key(|span| span.start);
    }
    let withouts = spans.pop().unwrap_or_default();
    (spans, withouts)
}

/// Byte ranges of `phrase` in `lower` (both lowercase) that start and end at word boundaries.
fn phrase_matches<'a>(lower: &'a str, phrase: &'a str) -> impl Iterator<Item = Span> + 'a {
    lower.match_indices(phrase).filter_map(move |(start, _)| {
        let end = start + phrase.len();
        let bounded_left = !lower[..start].chars().next_back().is_some_and(is_word_char);
        let bounded_right = !lower[end..].chars().next().is_some_and(is_word_char);
        (bounded_left && bounded_right).then_some(Span { start, end })
    })
}

/// The clauses of `text` as byte ranges (see the module docs).
fn clauses(text: &str) -> Vec<Span> {
    let mut cuts: Vec<Span> = Vec::new();
    for (i, c) in text.char_indices() {
        let ends_sentence =
            c == '.' && text[i + 1..].chars().next().is_none_or(char::is_whitespace);
        if matches!(c, '\n' | ';' | '!' | '?') || ends_sentence {
            cuts.push(Span {
                start: i,
                end: i + c.len_utf8(),
            });
        }
    }
    let lower = text.to_ascii_lowercase();
    cuts.extend(phrase_matches(&lower, "but"));
    cuts.sort_by_key(|cut| cut.start);
    let mut clauses = Vec::new();
    let mut start = 0;
    for cut in cuts {
        if cut.start >= start {
            clauses.push(Span {
                start,
                end: cut.start,
            });
            start = cut.end;
        }
    }
    clauses.push(Span {
        start,
        end: text.len(),
    });
    clauses
}

/// Per line of `text`, its byte range and the reading its section gives it: `Preferred` under
/// a heading asking for nice-to-haves ("Preferred qualifications:", "## Bonus points",
/// "PREFERRED"), `Offered` under the benefits ("Benefits", "What we offer:"). A heading is a
/// line of at most six words that ends in `:` or is marked up (`#`, `**`), or that follows a
/// blank line and neither starts with a bullet nor ends like a sentence (as job boards print
/// "Preferred" or "NICE TO HAVE" above a list); any other heading ends the section.
fn section_readings(text: &str) -> Vec<(Span, Option<Reading>)> {
    let mut section = None;
    let mut after_blank = true;
    let mut start = 0;
    let names = |lower: &str, cues: &[&str]| {
        cues.iter()
            .any(|cue| phrase_matches(lower, cue).next().is_some())
    };
    text.split('\n')
        .map(|line| {
            let span = Span {
                start,
                end: start + line.len(),
            };
            start = span.end + 1;
            let trimmed = line.trim();
            let marked_up = trimmed.starts_with('#') || trimmed.starts_with("**");
            let bare = trimmed.trim_matches(|c: char| matches!(c, '#' | '*' | '_' | ' ' | '\t'));
            let n_words = bare.split_whitespace().count();
            let bulleted = trimmed.starts_with(['-', '•', '→', '·', '–', '>'])
                || (trimmed.starts_with('*') && !marked_up);
            let bare_heading =
                after_blank && !bulleted && !bare.ends_with(['.', ',', ';', '!', '?', ')']);
            after_blank = n_words == 0;
            let is_heading =
                (0 < n_words && n_words <= 6) && (bare.ends_with(':') || marked_up || bare_heading);
            if is_heading {
                let lower = bare.to_ascii_lowercase();
                section = if names(&lower, PREFERENCES) || names(&lower, PREFERRED_HEADINGS) {
                    Some(Reading::Preferred)
                } else if names(&lower, OFFERS) {
                    Some(Reading::Offered)
                } else {
                    None
                };
                return (span, None);
            }
            (span, section)
        })
        .collect()
}

/// Whether `gap`, the text between a cue and a skill, is short enough for the cue to reach it:
/// at most `max_words` words and no comma. A colon right after the cue ("Preferred: ACLS") is
/// part of the cue.
fn cue_reaches_over(gap: &str, max_words: usize) -> bool {
    let gap = gap.strip_prefix(':').unwrap_or(gap);
    !gap.contains([',', ':']) && gap.split_whitespace().count() <= max_words
}

impl Taxonomy {
    /// The skills `text` names, as needs in text order, with how each is asked for (see the
    /// module docs). A skill named twice is two needs; callers merge them as they see fit.
    pub fn read_needs(&self, text: &str) -> Vec<NamedNeed> {
        let mentions = self.read_mentions(text);
        let mut needs: Vec<NamedNeed> = Vec::new();
        // Mentions joined by list punctuation, in the same clause and read alike.
        let mut run: Vec<(usize, Option<Joiner>)> = Vec::new();
        let clauses = clauses(text);
        let clause_of = |span: Span| clauses.partition_point(|clause| clause.end < span.start);
        for (i, (mention, reading)) in mentions.iter().enumerate() {
            let joiner = run.last().and_then(|&(prev, _)| {
                let (before, before_reading) = mentions[prev];
                let same_clause = clause_of(before.span) == clause_of(mention.span);
                let gap = &text[before.span.end..mention.span.start];
                list_joiner(gap).filter(|_| same_clause && before_reading == *reading)
            });
            if joiner.is_none() && !run.is_empty() {
                self.push_run_needs(&mentions, &run, &mut needs);
                run.clear();
            }
            run.push((i, joiner));
        }
        self.push_run_needs(&mentions, &run, &mut needs);
        needs
    }

    /// The skills a resume shows its writer holding: [`Taxonomy::extract`] without the
    /// credentials it names as other people's or as not held ("supervised LPNs", "no CDL").
    pub fn extract_held(&self, text: &str) -> Vec<ExtractedSkill> {
        let held = self
            .read_mentions(text)
            .into_iter()
            .filter(|(mention, reading)| {
                reading.is_asked() || !self.skill(mention.skill).kind.is_credential()
            })
            .map(|(mention, _)| mention);
        self.extracted_from(text, held)
    }

    /// Each mention of `text` with how it is asked for, after reading elided series in full.
    pub fn read_mentions(&self, text: &str) -> Vec<(Mention, Reading)> {
        let mut mentions = Vec::new();
        self.mentions_into(text, &mut mentions);
        let mentions = self.with_elided_series(text, mentions);
        let mut readings = vec![Reading::Asked; mentions.len()];
        let starting_in = |span: Span| {
            mentions.partition_point(|m| m.span.start < span.start)
                ..mentions.partition_point(|m| m.span.start < span.end)
        };
        for (line, section_reading) in section_readings(text) {
            if let Some(section_reading) = section_reading {
                for reading in &mut readings[starting_in(line)] {
                    *reading = section_reading;
                }
            }
        }
        let lower = text.to_ascii_lowercase();
        // Every cue phrase is found in one pass over the whole text, not phrase by phrase and
        // clause by clause: that search was most of the time a posting took to prepare. No
        // phrase spans a clause cut.
        let (cue_spans, withouts) = cue_matches(&lower);
        let within = |spans: &[Span], clause: Span| -> std::ops::Range<usize> {
            spans.partition_point(|span| span.start < clause.start)
                ..spans.partition_point(|span| span.start < clause.end)
        };
        for clause in clauses(text) {
            let inside = starting_in(clause);
            // A cue reaches only mentions of its own clause, and most clauses have none.
            if inside.is_empty() {
                continue;
            }
            let in_clause = |span: &&Span| span.end <= clause.end;
            // "Candidates without an RN will not be considered" asks for the RN.
            let negation_voided = withouts[within(&withouts, clause)]
                .iter()
                .any(|span| in_clause(&span));
            for ((reading, reach, max_words, _), spans) in CUES.iter().zip(&cue_spans) {
                if *reading == Reading::Negated && negation_voided {
                    continue;
                }
                for &cue in spans[within(spans, clause)].iter().filter(in_clause) {
                    let clause_mentions = &mentions[inside.clone()];
                    for idx in reached(text, clause_mentions, cue, *reach, *max_words) {
                        let idx = inside.start + idx;
                        let applies = *reading != Reading::Colleague
                            || self.skill(mentions[idx].skill).kind.is_credential();
                        if applies {
                            readings[idx] = readings[idx].max(*reading);
                        }
                    }
                }
            }
        }
        mentions.into_iter().zip(readings).collect()
    }

    /// `mentions` plus the rest of each elided series: after "CDL Class A", the "B" of " or B"
    /// is read as "CDL Class B" when that names a skill. Whatever was found over those letters
    /// before ("C" the language) is dropped.
    fn with_elided_series(&self, text: &str, mentions: Vec<Mention>) -> Vec<Mention> {
        let mut completed: Vec<Mention> = Vec::new();
        for mention in &mentions {
            let written = &text[mention.span.start..mention.span.end];
            let Some(cut) = written.rfind([' ', '-']) else {
                continue;
            };
            let (prefix, last) = written.split_at(cut + 1);
            if !is_series_item(last) {
                continue;
            }
            let mut end = mention.span.end;
            while let Some(item) = next_listed_word(&text[end..]) {
                let (start, end_of_item) = (end + item.start, end + item.end);
                let word = &text[start..end_of_item];
                let Some(skill) = is_series_item(word)
                    .then(|| self.lookup(&format!("{prefix}{word}")))
                    .flatten()
                else {
                    break;
                };
                completed.push(Mention {
                    skill,
                    span: Span {
                        start,
                        end: end_of_item,
                    },
                });
                end = end_of_item;
            }
        }
        if completed.is_empty() {
            return mentions;
        }
        let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
        let mut all: Vec<Mention> = mentions
            .into_iter()
            .filter(|m| !completed.iter().any(|c| overlaps(c.span, m.span)))
            .collect();
        all.extend(completed);
        all.sort_by_key(|m| m.span.start);
        all
    }

    /// Appends the needs of one run of listed mentions: split at "and", each part one need of
    /// alternatives when joined by "or" (or by a slash between credentials), else one per skill.
    fn push_run_needs(
        &self,
        mentions: &[(Mention, Reading)],
        run: &[(usize, Option<Joiner>)],
        needs: &mut Vec<NamedNeed>,
    ) {
        let mut part: Vec<usize> = Vec::new();
        let mut alternatives = false;
        let mut flush = |part: &mut Vec<usize>, alternatives: &mut bool| {
            if part.is_empty() {
                return;
            }
            let reading = mentions[part[0]].1;
            if *alternatives {
                let mut options: Vec<SkillId> = Vec::new();
                for &i in part.iter() {
                    if !options.contains(&mentions[i].0.skill) {
                        options.push(mentions[i].0.skill);
                    }
                }
                needs.push(NamedNeed { options, reading });
            } else {
                needs.extend(part.iter().map(|&i| NamedNeed {
                    options: vec![mentions[i].0.skill],
                    reading,
                }));
            }
            part.clear();
            *alternatives = false;
        };
        for &(i, joiner) in run {
            match joiner {
                Some(Joiner::And) => flush(&mut part, &mut alternatives),
                Some(Joiner::Or) => alternatives = true,
                Some(Joiner::Slash) => {
                    let is_credential =
                        |j: usize| self.skill(mentions[j].0.skill).kind.is_credential();
                    let previous = *part.last().expect("a joiner follows a mention");
                    alternatives |= is_credential(previous) && is_credential(i);
                }
                Some(Joiner::Comma) | None => {}
            }
            part.push(i);
        }
        flush(&mut part, &mut alternatives);
    }
}

/// The span in `rest` of the word listed next ("B" in " or B CDL"): the first word that is
/// not a conjunction, when only list punctuation and conjunctions come before it.
fn next_listed_word(rest: &str) -> Option<Span> {
    let mut at = 0;
    loop {
        let start = at + rest[at..].find(char::is_alphanumeric)?;
        let end = rest[start..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(rest.len(), |len| start + len);
        let word = rest[start..end].to_ascii_lowercase();
        if !matches!(word.as_str(), "or" | "and" | "nor") {
            return list_joiner(&rest[..start]).map(|_| Span { start, end });
        }
        at = end;
    }
}

/// Whether `word` can be the varying end of an elided series: a letter or a number of at most
/// three characters ("A", "B", "5", "30").
fn is_series_item(word: &str) -> bool {
    (1..=3).contains(&word.chars().count())
        && (word.chars().count() == 1 || word.chars().all(|c| c.is_ascii_digit()))
        && word.chars().all(char::is_alphanumeric)
}

/// Indices into `mentions` (one clause's, in order) that a cue at `cue` reaches: the mention
/// nearest it on a side it reaches, within `max_words`, and those listed with it.
fn reached(
    text: &str,
    mentions: &[Mention],
    cue: Span,
    reach: Reach,
    max_words: usize,
) -> Vec<usize> {
    let mut reached = Vec::new();
    if reach == Reach::Both {
        let before = mentions.partition_point(|m| m.span.end <= cue.start);
        if before > 0
            && cue_reaches_over(&text[mentions[before - 1].span.end..cue.start], max_words)
        {
            let mut first = before - 1;
            while first > 0
                && list_joiner(&text[mentions[first - 1].span.end..mentions[first].span.start])
                    .is_some()
            {
                first -= 1;
            }
            reached.extend(first..before);
        }
    }
    if matches!(reach, Reach::Ahead | Reach::Both) {
        let after = mentions.partition_point(|m| m.span.start < cue.end);
        if after < mentions.len()
            && cue_reaches_over(&text[cue.end..mentions[after].span.start], max_words)
        {
            let mut last = after;
            while last + 1 < mentions.len()
                && list_joiner(&text[mentions[last].span.end..mentions[last + 1].span.start])
                    .is_some()
            {
                last += 1;
            }
            reached.extend(after..=last);
        }
    }
    reached
}

#[cfg(test)]
mod tests {
    use super::super::bundled;
    use super::*;

    /// The needs of `text` as (canonical names, reading).
    fn needs(text: &str) -> Vec<(Vec<&'static str>, Reading)> {
        let taxonomy = bundled();
        taxonomy
            .read_needs(text)
            .into_iter()
            .map(|need| {
                let names = need
                    .options
                    .iter()
                    .map(|&id| taxonomy.skill(id).name.as_str())
                    .collect();
                (names, need.reading)
            })
            .collect()
    }

    const RN: &str = "Registered Nurse licence";
    const LPN: &str = "Licensed Practical Nurse licence";
    const CNA: &str = "Certified Nursing Assistant";
    const CDL: &str = "Commercial driver's license";

    #[test]
    fn negated_credentials_are_not_asked_for() {
        assert_eq!(
            needs("This role requires an RN; LPN candidates will not be considered."),
            [(vec![RN], Reading::Asked), (vec![LPN], Reading::Negated)]
        );
        for text in [
            "CDL not required.",
            "No CDL needed.",
            "This job does not require a CDL.",
        ] {
            assert_eq!(needs(text), [(vec![CDL], Reading::Negated)], "{text:?}");
        }
        // A negation reaches only its own list: the RN before the comma is still asked for.
        assert_eq!(
            needs("RN required, LPN not accepted"),
            [(vec![RN], Reading::Asked), (vec![LPN], Reading::Negated)]
        );
        // "Without an RN ... not considered" is a requirement said twice negatively.
        assert_eq!(
            needs("Candidates without an RN will not be considered."),
            [(vec![RN], Reading::Asked)]
        );
        assert_eq!(
            needs("Must have no restrictions on your RN license."),
            [(vec![RN], Reading::Asked)]
        );
        // Negation covers plain skills too.
        assert_eq!(
            needs("Python experience is not required."),
            [(vec!["Python"], Reading::Negated)]
        );
    }

    #[test]
    fn credentials_of_colleagues_are_not_the_roles_own() {
        assert_eq!(
            needs("Supervise LPNs and CNAs on the unit."),
            [
                (vec![LPN], Reading::Colleague),
                (vec![CNA], Reading::Colleague)
            ]
        );
        for text in [
            "Work alongside RNs on a busy floor.",
            "You will report to the RN on shift.",
            "Collaborate with RNs and physicians.",
        ] {
            assert_eq!(needs(text), [(vec![RN], Reading::Colleague)], "{text:?}");
        }
        assert_eq!(
            needs("Lead a team of CNAs."),
            [(vec![CNA], Reading::Colleague)]
        );
        // Plain skills worked with are still asked for.
        assert_eq!(
            needs("Work with Kubernetes daily."),
            [(vec!["Kubernetes"], Reading::Asked)]
        );
    }

    #[test]
    fn or_lists_are_one_need_of_alternatives() {
        assert_eq!(needs("RN or LPN"), [(vec![RN, LPN], Reading::Asked)]);
        assert_eq!(needs("LPN/LVN or RN"), [(vec![LPN, RN], Reading::Asked)]);
        assert_eq!(
            needs("CDL Class A or B"),
            [(vec!["CDL Class A", "CDL Class B"], Reading::Asked)]
        );
        assert_eq!(
            needs("BLS, ACLS or PALS"),
            [(vec!["BLS", "ACLS", "PALS"], Reading::Asked)]
        );
        // "and" lists each skill on its own, and splits an "or" list in two.
        assert_eq!(
            needs("BLS and ACLS"),
            [
                (vec!["BLS"], Reading::Asked),
                (vec!["ACLS"], Reading::Asked)
            ]
        );
        assert_eq!(
            needs("RN or LPN and BLS"),
            [
                (vec![RN, LPN], Reading::Asked),
                (vec!["BLS"], Reading::Asked)
            ]
        );
        // A slash between plain skills is "and".
        assert_eq!(
            needs("Python/Django"),
            [
                (vec!["Python"], Reading::Asked),
                (vec!["Django"], Reading::Asked)
            ]
        );
    }

    #[test]
    fn an_elided_series_is_read_in_full_and_names_no_language() {
        assert_eq!(
            needs("CDL Class B or C required"),
            [(vec!["CDL Class B", "CDL Class C"], Reading::Asked)]
        );
        assert_eq!(
            needs("HSK 5 or 6"),
            [(vec!["HSK 5", "HSK 6"], Reading::Asked)]
        );
    }

    #[test]
    fn preferred_lines_and_sections() {
        assert_eq!(
            needs("BLS required, ACLS preferred"),
            [
                (vec!["BLS"], Reading::Asked),
                (vec!["ACLS"], Reading::Preferred)
            ]
        );
        assert_eq!(
            needs("ACLS or PALS is a plus."),
            [(vec!["ACLS", "PALS"], Reading::Preferred)]
        );
        assert_eq!(
            needs("$5,000 sign-on bonus for RNs"),
            [(vec![RN], Reading::Asked)]
        );
        assert_eq!(
            needs("Bonus: CDL Class A"),
            [(vec!["CDL Class A"], Reading::Preferred)]
        );
        assert_eq!(
            needs("Requirements:\nRN license\nNice to have:\nACLS\nCCRN\nBenefits:\nBLS"),
            [
                (vec![RN], Reading::Asked),
                (vec!["ACLS"], Reading::Preferred),
                (vec!["Critical Care Registered Nurse"], Reading::Preferred),
                (vec!["BLS"], Reading::Offered),
            ]
        );
        // Headings as job boards print them: no colon, on their own line after a blank one.
        assert_eq!(
            needs("What you need\n- RN license\n\nPREFERRED\n* CCRN\n\nBenefits\n- BLS class paid"),
            [
                (vec![RN], Reading::Asked),
                (vec!["Critical Care Registered Nurse"], Reading::Preferred),
                (vec!["BLS"], Reading::Offered),
            ]
        );
    }

    #[test]
    fn benefits_offer_and_pursuits_do_not_ask() {
        // The exams a help desk pays for are not the ones it asks for.
        let text = "Requirements:\n- CompTIA A+\n\nBenefits\n- paid certification exams \
                    (Network+, Security+)";
        assert_eq!(
            needs(text),
            [
                (vec!["CompTIA A+"], Reading::Asked),
                (vec!["CompTIA Network+"], Reading::Offered),
                (vec!["CompTIA Security+"], Reading::Offered),
            ]
        );
        assert_eq!(
            needs("What we offer:\nACLS recertification"),
            [(vec!["ACLS"], Reading::Offered)]
        );
        assert_eq!(
            needs(
                "HLTA status required. TAs working towards HLTA status may apply for Level 3 roles."
            ),
            [
                (vec!["HLTA status"], Reading::Asked),
                (vec!["HLTA status"], Reading::Pursued),
            ]
        );
    }

    #[test]
    fn credentials_to_be_had_later_or_in_a_higher_form_are_not_required() {
        assert_eq!(
            needs("- CompTIA Security+ (or higher: CySA+, CISSP)"),
            [
                (vec!["CompTIA Security+"], Reading::Asked),
                (vec!["CompTIA CySA+"], Reading::Preferred),
                (vec!["CISSP"], Reading::Preferred),
            ]
        );
        assert_eq!(
            needs("- GCIH, CySA+ or similar"),
            [
                (vec!["GIAC Certified Incident Handler"], Reading::Preferred),
                (vec!["CompTIA CySA+"], Reading::Preferred),
            ]
        );
        assert_eq!(
            needs("- TWIC card within 60 days of hire (we reimburse)"),
            [(vec!["TWIC card"], Reading::Preferred)]
        );
        assert_eq!(
            needs("Qualifications\n- Ansible\n\nAssets\n- RHCE"),
            [
                (vec!["Ansible"], Reading::Asked),
                (vec!["Red Hat Certified Engineer"], Reading::Preferred),
            ]
        );
        assert_eq!(needs("This role is 100% remote."), []);
    }

    #[test]
    fn a_resume_holds_no_credential_it_is_still_working_toward() {
        let held = |text: &str| -> Vec<String> {
            bundled()
                .extract_held(text)
                .into_iter()
                .map(|skill| skill.name)
                .collect()
        };
        assert_eq!(
            held("Journeyman electrician. I do not hold a master electrician license yet."),
            ["Journeyman electrician licence"]
        );
        assert_eq!(
            held("Preparing for the CPA exam. Excel."),
            ["Microsoft Excel"]
        );
        assert_eq!(held("Accountant (Not a CPA). Excel."), ["Microsoft Excel"]);
        assert_eq!(
            held("Service calls under a master electrician."),
            Vec::<String>::new()
        );
        // Holding the higher rung holds the lower one.
        assert!(held("HLTA status (2022).").contains(&"HLTA status".to_string()));
        // A Level 2 diploma on the way to the Level 3 NVQ and the ECS card holds neither.
        let apprentice = "Level 2 Diploma in Electrical Installations. I can work towards my \
                          NVQ Level 3 Electrotechnical and my ECS card.";
        let credentials = ["NVQ Level 3 electrotechnical", "ECS card"];
        assert!(
            !held(apprentice)
                .iter()
                .any(|name| credentials.contains(&name.as_str()))
        );
        let qualified = "NVQ Level 3 in Electrotechnical Installation (2021), ECS gold card.";
        assert!(
            credentials
                .iter()
                .all(|name| held(qualified).contains(&name.to_string()))
        );
        assert!(
            !held("I am not currently taking the Industriemeister course.")
                .contains(&"Industriemeister".to_string())
        );
    }

    #[test]
    fn a_resume_holds_no_credential_it_names_as_colleagues_or_denies() {
        let held: Vec<String> = bundled()
            .extract_held("CNA on a med-surg floor; worked alongside RNs. No CDL. Python.")
            .into_iter()
            .map(|skill| skill.name)
            .collect();
        assert_eq!(held, [CNA, "Acute care nursing", "Python"]);
    }

    #[test]
    fn joiners() {
        assert_eq!(list_joiner(", "), Some(Joiner::Comma));
        assert_eq!(list_joiner(" or "), Some(Joiner::Or));
        assert_eq!(list_joiner(", and/or "), Some(Joiner::Or));
        assert_eq!(list_joiner(" & "), Some(Joiner::And));
        assert_eq!(list_joiner("/"), Some(Joiner::Slash));
        assert_eq!(list_joiner(" "), None);
        assert_eq!(list_joiner(" required, "), None);
        assert_eq!(list_joiner(" (online or in-person) or "), Some(Joiner::Or));
        assert_eq!(list_joiner(" (120 hours) or "), Some(Joiner::Or));
        assert_eq!(list_joiner(" (a remark or "), None);
        assert_eq!(list_joiner(" and my "), Some(Joiner::And));
        assert_eq!(list_joiner(" or an "), Some(Joiner::Or));
        assert_eq!(list_joiner(" my "), None);
    }
}
