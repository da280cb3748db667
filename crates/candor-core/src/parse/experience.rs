//! Experience requirements: year phrases ("5-7 years", "5+ yrs", "minimum of three years") and
//! seniority words ("Senior", "entry level", "Staff Engineer") with the years they conventionally
//! mean.
//!
//! Conventions: a bare figure is a minimum ("3 years" is at least 3, no maximum); months count
//! as twelfths of a year; when a text names several figures ("5+ years of backend, 2 years of
//! Rust") the largest minimum wins, since that is the bar a candidate has to clear.

use super::text::{
    Token, TokenKind, adjacent, number_word, phrase_ends_before, phrase_starts_at, text_tokens,
};
use crate::domain::{ExperienceRequirement, Seniority};

/// Reads a requirement from an experience or seniority field, or a short requirement text.
///
/// A year phrase sets the years; otherwise a seniority word sets them from
/// [`typical_years`]. Returns `None` when the text names neither. On a whole posting prefer
/// [`experience_for_job`], which reads seniority from the title only.
pub fn parse_experience(text: &str) -> Option<ExperienceRequirement> {
    let tokens = text_tokens(text);
    let seniority_rules = if is_short(&tokens) {
        WordRules::Title
    } else {
        WordRules::Text
    };
    let seniority = strongest_seniority(&tokens, seniority_rules);
    if let Some(mention) = strongest_years_mention(text, &tokens) {
        return Some(ExperienceRequirement {
            raw: mention.raw,
            min_years: mention.min_years,
            max_years: mention.max_years,
            seniority: seniority.map(|(level, _)| level),
        });
    }
    let (level, span) = seniority?;
    Some(from_seniority(level, &text[span.0..span.1]))
}

/// The requirement of a posting: years from the description (or else the title), seniority
/// from the title (or else an unambiguous phrase such as "entry level" in the description, or
/// else a range of years that ends early in a career: "1–2 years" is junior, "0–1 years"
/// entry). Without any year phrase the years come from the seniority via [`typical_years`].
pub fn experience_for_job(title: &str, description: &str) -> Option<ExperienceRequirement> {
    experience_for_job_in(title, description, &text_tokens(description))
}

/// [`experience_for_job`] with the description already tokenized.
pub(crate) fn experience_for_job_in(
    title: &str,
    description: &str,
    description_tokens: &[Token<'_>],
) -> Option<ExperienceRequirement> {
    let seniority = seniority_from_title(title).or_else(|| {
        strongest_seniority(description_tokens, WordRules::Text).map(|(level, _)| level)
    });
    let years = strongest_years_mention(description, description_tokens)
        .or_else(|| strongest_years_mention(title, &text_tokens(title)));
    // Only an upper bound says the role is early in a career: "3+ years" says nothing of it.
    let seniority = seniority.or_else(|| match years.as_ref()?.max_years? {
        max if max <= 1.0 => Some(Seniority::Entry),
        max if max <= 2.0 => Some(Seniority::Junior),
        _ => None,
    });
    match (years, seniority) {
        (Some(mention), seniority) => Some(ExperienceRequirement {
            raw: mention.raw,
            min_years: mention.min_years,
            max_years: mention.max_years,
            seniority,
        }),
        (None, Some(level)) => Some(from_seniority(level, title.trim())),
        (None, None) => None,
    }
}

/// The seniority a job title names: the highest level word in it, so "Senior Staff Engineer"
/// is `Staff` and "Associate Director" is `Director`. Roman numerals count too
/// ("Engineer II" is `Mid`). "Staff" only counts before an engineering or science role, since a
/// staff nurse or staff accountant is not a staff-level engineer.
pub fn seniority_from_title(title: &str) -> Option<Seniority> {
    strongest_seniority(&text_tokens(title), WordRules::Title).map(|(level, _)| level)
}

/// The years of experience a level conventionally asks for, as `(min, max)`; `None` is no upper
/// bound.
///
/// Intern 0-1, Entry 0-2, Junior 1-3, Mid 3-5, Senior 5+, Lead 7+, Staff 8+, Principal 10+,
/// Director 10+, Executive 15+. These are hiring conventions, not rules; a posting's own
/// figures always win.
pub fn typical_years(seniority: Seniority) -> (f32, Option<f32>) {
    match seniority {
        Seniority::Intern => (0.0, Some(1.0)),
        Seniority::Entry => (0.0, Some(2.0)),
        Seniority::Junior => (1.0, Some(3.0)),
        Seniority::Mid => (3.0, Some(5.0)),
        Seniority::Senior => (5.0, None),
        Seniority::Lead => (7.0, None),
        Seniority::Staff => (8.0, None),
        Seniority::Principal => (10.0, None),
        Seniority::Director => (10.0, None),
        Seniority::Executive => (15.0, None),
    }
}

/// The individual-contributor level `years` of experience alone suggest: under 1 year `Entry`,
/// under 3 `Junior`, under 5 `Mid`, else `Senior`. Years alone never make someone Staff or a
/// Director; that takes a title.
pub fn seniority_for_years(years: f32) -> Seniority {
    if years < 1.0 {
        Seniority::Entry
    } else if years < 3.0 {
        Seniority::Junior
    } else if years < 5.0 {
        Seniority::Mid
    } else {
        Seniority::Senior
    }
}

fn from_seniority(level: Seniority, raw: &str) -> ExperienceRequirement {
    let (min_years, max_years) = typical_years(level);
    ExperienceRequirement {
        raw: raw.to_string(),
        min_years: Some(min_years),
        max_years,
        seniority: Some(level),
    }
}

/// A field value such as "5+ yrs" or "Senior" rather than prose: at most six words and numbers.
fn is_short(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .filter(|token| token.kind != TokenKind::Symbol)
        .count()
        <= 6
}

/// One year phrase found in a text.
#[derive(Debug, Clone, PartialEq)]
struct YearsMention {
    raw: String,
    min_years: Option<f32>,
    max_years: Option<f32>,
}

/// The mention with the largest minimum (a maximum-only mention counts as minimum 0); the
/// first one on ties.
fn strongest_years_mention(text: &str, tokens: &[Token<'_>]) -> Option<YearsMention> {
    let mut strongest: Option<YearsMention> = None;
    for unit_idx in 0..tokens.len() {
        let Some(mention) = years_mention_at(text, tokens, unit_idx) else {
            continue;
        };
        let is_stronger = strongest
            .as_ref()
            .is_none_or(|best| mention.min_years.unwrap_or(0.0) > best.min_years.unwrap_or(0.0));
        if is_stronger {
            strongest = Some(mention);
        }
    }
    strongest
}

const YEAR_UNITS: &[&str] = &["year", "years", "yr", "yrs", "yoe"];
const MONTH_UNITS: &[&str] = &["month", "months", "mo", "mos", "mth", "mths"];

/// Words that, right after the unit or a few words later, say the figure is about experience.
const EXPERIENCE_WORDS: &[&str] = &[
    "experience",
    "experiences",
    "experienced",
    "exp",
    "expertise",
    "working",
    "work",
    "worked",
    "professional",
    "professionally",
    "industry",
    "relevant",
    "related",
    "hands",
    "practical",
    "proven",
    "commercial",
    "prior",
    "previous",
    "building",
    "developing",
    "development",
    "programming",
    "coding",
    "managing",
    "management",
    "leading",
    "leadership",
    "designing",
    "pqe",
];

/// Words that may directly follow the unit of an experience figure ("3 years of Java",
/// "2 years as a nurse") besides [`EXPERIENCE_WORDS`].
const LINKING_WORDS: &[&str] = &["of", "in", "as", "with", "using", "doing", "at"];

/// What right after the unit shows a figure is not experience: ages, company history, the
/// length of a degree or contract, benefits that vest.
const NOT_EXPERIENCE_AFTER: &[&[&str]] = &[
    &["ago"],
    &["old"],
    &["later"],
    &["earlier"],
    &["warranty"],
    &["guarantee"],
    &["degree"],
    &["degrees"],
    &["college"],
    &["university"],
    &["program"],
    &["programme"],
    &["course"],
    &["contract"],
    &["plan"],
    &["of", "age"],
    &["of", "service"],
    &["of", "history"],
    &["of", "operation"],
    &["of", "growth"],
    &["in", "business"],
    &["in", "operation"],
    &["in", "existence"],
    &["or", "older"],
    &["or", "over"],
];

/// Words shortly before a figure that make it about the employer ("our 20 years of
/// experience", "we have been building for 15 years").
const EMPLOYER_WORDS: &[&str] = &["we", "our", "us", "company", "firm", "founded", "since"];

const MIN_QUALIFIERS: &[&[&str]] = &[
    &["a", "minimum", "of"],
    &["minimum", "of"],
    &["minimum"],
    &["min"],
    &["at", "least"],
    &["over"],
    &["more", "than"],
    &["in", "excess", "of"],
    &["upwards", "of"],
    &["no", "less", "than"],
    &["not", "less", "than"],
];

const MAX_QUALIFIERS: &[&[&str]] = &[
    &["up", "to"],
    &["maximum", "of"],
    &["maximum"],
    &["max"],
    &["no", "more", "than"],
    &["not", "more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["under"],
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Bound {
    /// A plain figure, read as a minimum.
    Plain,
    AtLeast,
    AtMost,
}

/// Parses the year phrase whose unit ("years", "yrs", "months") is `tokens[unit_idx]`, reading
/// the figure and its qualifiers backwards from the unit.
fn years_mention_at(text: &str, tokens: &[Token<'_>], unit_idx: usize) -> Option<YearsMention> {
    let unit = &tokens[unit_idx];
    let years_per_unit = if unit.is_any_word(YEAR_UNITS) {
        1.0
    } else if unit.is_any_word(MONTH_UNITS) {
        1.0 / 12.0
    } else {
        return None;
    };

    let mut idx = unit_idx;
    let mut bound = Bound::Plain;
    // "3-year experience": the hyphen joins figure and unit.
    if idx > 0 && tokens[idx - 1].is_symbol(&['-']) && adjacent(&tokens[idx - 1], unit) {
        idx -= 1;
    }
    if idx > 0 && tokens[idx - 1].is_symbol(&['+']) {
        bound = Bound::AtLeast;
        idx -= 1;
    } else if phrase_ends_before(tokens, idx, &["or", "more"])
        || phrase_ends_before(tokens, idx, &["plus"])
    {
        bound = Bound::AtLeast;
        idx -= if tokens[idx - 1].is_word("plus") {
            1
        } else {
            2
        };
    }
    let (upper, upper_start, upper_is_article) = quantity_ending_at(tokens, idx)?;
    let mut first_idx = upper_start;
    let mut lower = None;
    if first_idx > 0 && !upper_is_article {
        let separator = &tokens[first_idx - 1];
        let is_range = separator.is_symbol(&['-', '–', '—', '~']) || separator.is_word("to");
        let is_between = separator.is_word("and");
        if is_range || is_between {
            // "5+ - 7 years" does occur; the plus adds nothing to a range.
            let mut lower_end = first_idx - 1;
            if lower_end > 0 && tokens[lower_end - 1].is_symbol(&['+']) {
                lower_end -= 1;
            }
            if let Some((value, start, false)) = quantity_ending_at(tokens, lower_end) {
                let between_ok = !is_between || phrase_ends_before(tokens, start, &["between"]);
                if between_ok {
                    lower = Some(value);
                    first_idx = if is_between { start - 1 } else { start };
                }
            }
        }
    }

    // Qualifiers before the figure.
    if lower.is_none() {
        if let Some(phrase) = MIN_QUALIFIERS
            .iter()
            .find(|phrase| phrase_ends_before(tokens, first_idx, phrase))
        {
            bound = Bound::AtLeast;
            first_idx -= phrase.len();
        } else if first_idx >= 2
            && tokens[first_idx - 1].is_symbol(&['.'])
            && tokens[first_idx - 2].is_any_word(&["min", "minimum"])
        {
            bound = Bound::AtLeast;
            first_idx -= 2;
        } else if let Some(phrase) = MAX_QUALIFIERS
            .iter()
            .find(|phrase| phrase_ends_before(tokens, first_idx, phrase))
        {
            bound = Bound::AtMost;
            first_idx -= phrase.len();
        }
    }

    // Qualifiers after the unit: "3 years or more", "2 years' experience", "5 years minimum".
    let mut after_idx = unit_idx + 1;
    let mut last_idx = unit_idx;
    if after_idx < tokens.len() && tokens[after_idx].is_symbol(&['\'', '’']) {
        after_idx += 1;
    }
    if phrase_starts_at(tokens, after_idx, &["or", "more"])
        || phrase_starts_at(tokens, after_idx, &["or", "greater"])
        || phrase_starts_at(tokens, after_idx, &["or", "above"])
    {
        bound = Bound::AtLeast;
        last_idx = after_idx + 1;
        after_idx += 2;
    } else if after_idx < tokens.len() && tokens[after_idx].is_any_word(&["minimum", "min", "plus"])
        || after_idx < tokens.len() && tokens[after_idx].is_symbol(&['+'])
    {
        bound = Bound::AtLeast;
        last_idx = after_idx;
        after_idx += 1;
    } else if phrase_starts_at(tokens, after_idx, &["or", "less"])
        || phrase_starts_at(tokens, after_idx, &["or", "fewer"])
    {
        bound = Bound::AtMost;
        last_idx = after_idx + 1;
        after_idx += 2;
    }

    if NOT_EXPERIENCE_AFTER
        .iter()
        .any(|phrase| phrase_starts_at(tokens, after_idx, phrase))
    {
        return None;
    }
    let employer_before = tokens[first_idx.saturating_sub(4)..first_idx]
        .iter()
        .any(|token| token.is_any_word(EMPLOYER_WORDS));
    if employer_before {
        return None;
    }
    let is_qualified = lower.is_some() || bound != Bound::Plain;
    let is_about_experience = is_qualified
        || is_short(tokens)
        || tokens.get(after_idx).is_some_and(|token| {
            token.is_any_word(LINKING_WORDS) || token.is_any_word(EXPERIENCE_WORDS)
        })
        || tokens[after_idx.min(tokens.len())..(after_idx + 6).min(tokens.len())]
            .iter()
            .take_while(|token| !token.is_symbol(&['.', ';', '\n']))
            .any(|token| token.is_any_word(EXPERIENCE_WORDS))
        || tokens[first_idx.saturating_sub(4)..first_idx]
            .iter()
            .any(|token| token.is_any_word(&["experience", "exp"]));
    if !is_about_experience {
        return None;
    }

    let upper = upper * years_per_unit;
    let lower = lower.map(|value| value * years_per_unit);
    let (min_years, max_years) = match (lower, bound) {
        (Some(lower), _) => (Some(lower.min(upper)), Some(lower.max(upper))),
        (None, Bound::AtMost) => (None, Some(upper)),
        (None, Bound::Plain | Bound::AtLeast) => (Some(upper), None),
    };
    Some(YearsMention {
        raw: text[tokens[first_idx].start..tokens[last_idx].end].to_string(),
        min_years,
        max_years,
    })
}

/// The figure whose last token is `tokens[end - 1]`: digits ("5"), a decimal ("2.5", "1,5"),
/// a number word ("three") or an article ("a year"). Returns the value, the index of its first
/// token and whether it was an article (which cannot end a range). Figures over 50 are not
/// years of experience.
fn quantity_ending_at(tokens: &[Token<'_>], end: usize) -> Option<(f32, usize, bool)> {
    let last = tokens.get(end.checked_sub(1)?)?;
    if let Some(value) = last.number() {
        let is_decimal = end >= 3
            && tokens[end - 2].is_symbol(&['.', ','])
            && adjacent(&tokens[end - 2], last)
            && tokens[end - 3].kind == TokenKind::Number
            && adjacent(&tokens[end - 3], &tokens[end - 2]);
        let (value, start) = if is_decimal {
            let whole = tokens[end - 3].number()? as f32;
            let fraction = value as f32 / 10f32.powi(last.text.len() as i32);
            (whole + fraction, end - 3)
        } else {
            (value as f32, end - 1)
        };
        return (value <= 50.0).then_some((value, start, false));
    }
    if let Some(value) = number_word(&last.lower) {
        return Some((value as f32, end - 1, false));
    }
    if last.is_any_word(&["a", "an"]) {
        return Some((1.0, end - 1, true));
    }
    None
}

/// How strictly seniority words are read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum WordRules {
    /// A job title or a short field: every level word counts.
    Title,
    /// Prose: only phrases that name a level outright ("senior-level", "entry level",
    /// "internship"), since "you will work with senior engineers" says nothing about the role.
    Text,
}

/// Role nouns after which "staff" means the staff engineering level.
const STAFF_LEVEL_ROLES: &[&str] = &[
    "engineer",
    "engineers",
    "engineering",
    "developer",
    "scientist",
    "architect",
    "designer",
    "researcher",
    "programmer",
    "sre",
    "swe",
    "software",
];

/// The highest level named in `tokens`, with the byte span of the words that named it.
fn strongest_seniority(
    tokens: &[Token<'_>],
    rules: WordRules,
) -> Option<(Seniority, (usize, usize))> {
    let mut strongest: Option<(Seniority, (usize, usize))> = None;
    let mut idx = 0;
    while idx < tokens.len() {
        let Some((level, n_tokens)) = seniority_at(tokens, idx, rules) else {
            idx += 1;
            continue;
        };
        let span = (tokens[idx].start, tokens[idx + n_tokens - 1].end);
        if strongest.is_none_or(|(best, _)| level > best) {
            strongest = Some((level, span));
        }
        idx += n_tokens;
    }
    strongest
}

/// The level named by the words starting at `tokens[idx]`, and how many tokens name it.
fn seniority_at(tokens: &[Token<'_>], idx: usize, rules: WordRules) -> Option<(Seniority, usize)> {
    let token = &tokens[idx];
    let next_word = |offset: usize| -> Option<&str> {
        tokens
            .get(idx + offset)
            .filter(|token| token.kind == TokenKind::Word)
            .map(|token| token.lower.as_ref())
    };
    // "entry level", "entry-level", "senior level": the hyphen is optional.
    let level_word_follows = |offset: usize| -> Option<usize> {
        let hyphen = tokens
            .get(idx + offset)
            .is_some_and(|token| token.is_symbol(&['-']));
        let word_offset = offset + usize::from(hyphen);
        next_word(word_offset)
            .filter(|word| matches!(*word, "level" | "role" | "position" | "career"))
            .map(|_| word_offset + 1)
    };

    // Phrases that name a level outright in any text.
    if token.is_word("entry") || token.is_word("early") {
        return level_word_follows(1).map(|n_tokens| (Seniority::Entry, n_tokens));
    }
    if token.is_any_word(&["intern", "interns", "internship", "internships"]) {
        return Some((Seniority::Intern, 1));
    }
    if phrase_starts_at(tokens, idx, &["working", "student"]) {
        return Some((Seniority::Intern, 2));
    }
    // "No experience required", "No prior experience needed", "No experience in hotels? That's
    // fine."
    if token.is_word("no") {
        let qualified = next_word(1).is_some_and(|word| matches!(word, "prior" | "previous"));
        let n_tokens = 2 + usize::from(qualified);
        let waived = next_word(n_tokens - 1) == Some("experience")
            && tokens[idx + n_tokens..].iter().take(4).any(|token| {
                token.is_any_word(&["necessary", "required", "needed"]) || token.is_symbol(&['?'])
            });
        if waived {
            return Some((Seniority::Entry, n_tokens));
        }
    }
    if phrase_starts_at(tokens, idx, &["new", "grad"])
        || phrase_starts_at(tokens, idx, &["new", "graduate"])
        || phrase_starts_at(tokens, idx, &["recent", "graduate"])
    {
        return Some((Seniority::Entry, 2));
    }
    if token.is_word("mid") || token.is_word("midlevel") {
        if token.is_word("midlevel") {
            return Some((Seniority::Mid, 1));
        }
        // "Mid-Senior level" is LinkedIn's name for experienced, non-lead roles.
        let hyphen = tokens
            .get(idx + 1)
            .is_some_and(|token| token.is_symbol(&['-']));
        let word_offset = 1 + usize::from(hyphen);
        return match next_word(word_offset) {
            Some("level" | "career" | "senior") => Some((Seniority::Mid, word_offset + 1)),
            _ if rules == WordRules::Title && !hyphen => Some((Seniority::Mid, 1)),
            _ => None,
        };
    }

    let level = level_word(tokens, idx, rules)?;
    if rules == WordRules::Title {
        return Some((level, 1));
    }
    level_word_follows(1).map(|n_tokens| (level, n_tokens))
}

/// The level a single title word names, with the exceptions that make it mean something else.
fn level_word(tokens: &[Token<'_>], idx: usize, rules: WordRules) -> Option<Seniority> {
    let token = &tokens[idx];
    let next = tokens.get(idx + 1);
    let level = match token.lower.as_ref() {
        "trainee" | "apprentice" | "apprenticeship" => Seniority::Entry,
        "graduate" | "grad" => {
            // "graduate degree", "graduate of", "graduate school" are about education.
            let about_education = next.is_some_and(|token| {
                token.is_any_word(&["degree", "degrees", "of", "school", "studies", "program"])
            });
            if about_education {
                return None;
            }
            Seniority::Entry
        }
        "junior" | "jr" => Seniority::Junior,
        "associate" => {
            // An associate's degree is education, not a level.
            let about_education = next.is_some_and(|token| {
                token.is_symbol(&['\'', '’']) || token.is_any_word(&["degree", "degrees"])
            });
            if about_education {
                return None;
            }
            Seniority::Junior
        }
        "intermediate" => Seniority::Mid,
        "senior" | "sr" => Seniority::Senior,
        "lead" => {
            // Lead generation is a marketing job, not a level.
            if next.is_some_and(|token| token.is_any_word(&["generation", "gen"])) {
                return None;
            }
            Seniority::Lead
        }
        "head" => {
            if next.is_some_and(|token| token.is_word("of")) {
                Seniority::Director
            } else {
                Seniority::Lead
            }
        }
        "staff" => {
            let before_engineering_role = tokens[idx + 1..]
                .iter()
                .any(|token| token.is_any_word(STAFF_LEVEL_ROLES));
            // A level field that says only "Staff" (or "Staff level") names the level too.
            let names_level_alone = next.is_none_or(|token| token.is_word("level"))
                && tokens[..idx]
                    .iter()
                    .all(|token| token.kind == TokenKind::Symbol);
            if rules == WordRules::Title && !before_engineering_role && !names_level_alone {
                return None;
            }
            Seniority::Staff
        }
        "principal" | "distinguished" => Seniority::Principal,
        "director" | "directors" => Seniority::Director,
        "vp" | "svp" | "evp" | "president" | "chief" | "cto" | "ceo" | "cfo" | "coo" | "cio"
        | "ciso" | "cmo" | "cpo" => Seniority::Executive,
        "vice" if next.is_some_and(|token| token.is_word("president")) => Seniority::Executive,
        // Title numerals: "Software Engineer II". Only uppercase and after another word, so the
        // pronoun "I" never counts.
        "i" | "ii" | "iii" | "iv" if rules == WordRules::Title && idx > 0 => {
            if token.text.chars().any(|c| c.is_lowercase()) {
                return None;
            }
            match token.lower.as_ref() {
                "i" => Seniority::Junior,
                "ii" => Seniority::Mid,
                "iii" => Seniority::Senior,
                _ => Seniority::Staff,
            }
        }
        _ => return None,
    };
    Some(level)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks `parse_experience(text)` against `(min, max, seniority)`.
    fn check(text: &str, expected: Option<(Option<f32>, Option<f32>, Option<Seniority>)>) {
        let actual = parse_experience(text).map(|requirement| {
            (
                requirement.min_years,
                requirement.max_years,
                requirement.seniority,
            )
        });
        assert_eq!(actual, expected, "parse_experience({text:?})");
    }

    fn years(text: &str) -> Option<(Option<f32>, Option<f32>)> {
        parse_experience(text).map(|requirement| (requirement.min_years, requirement.max_years))
    }

    #[test]
    fn ranges() {
        check("5-7 years", Some((Some(5.0), Some(7.0), None)));
        check(
            "5 – 7 years of experience",
            Some((Some(5.0), Some(7.0), None)),
        );
        check("3 to 5 yrs", Some((Some(3.0), Some(5.0), None)));
        check(
            "between 2 and 4 years of experience",
            Some((Some(2.0), Some(4.0), None)),
        );
        check("0-2 years", Some((Some(0.0), Some(2.0), None)));
        check("5+-7 years", Some((Some(5.0), Some(7.0), None)));
        // A backwards range is still the same range.
        check("7-5 years", Some((Some(5.0), Some(7.0), None)));
    }

    #[test]
    fn open_ended_minimums() {
        check("5+ yrs", Some((Some(5.0), None, None)));
        check("5 + years", Some((Some(5.0), None, None)));
        check("minimum of three years", Some((Some(3.0), None, None)));
        check(
            "at least 2 years of experience",
            Some((Some(2.0), None, None)),
        );
        check("Min. 4 years experience", Some((Some(4.0), None, None)));
        check("over 10 years in software", Some((Some(10.0), None, None)));
        check("more than 6 years", Some((Some(6.0), None, None)));
        check(
            "3 years or more of hands-on experience",
            Some((Some(3.0), None, None)),
        );
        check(
            "5 or more years of experience",
            Some((Some(5.0), None, None)),
        );
        check("Two years minimum", Some((Some(2.0), None, None)));
    }

    #[test]
    fn maximums_and_plain_figures() {
        assert_eq!(
            years("up to 3 years of experience"),
            Some((None, Some(3.0)))
        );
        assert_eq!(
            years("less than 2 years experience"),
            Some((None, Some(2.0)))
        );
        assert_eq!(years("3 years"), Some((Some(3.0), None)));
        assert_eq!(years("a year of experience"), Some((Some(1.0), None)));
        assert_eq!(years("2.5 years of experience"), Some((Some(2.5), None)));
        assert_eq!(years("6 months of experience"), Some((Some(0.5), None)));
        assert_eq!(years("18 months' experience"), Some((Some(1.5), None)));
        assert_eq!(
            years("2 years' experience in retail"),
            Some((Some(2.0), None))
        );
        assert_eq!(
            years("3-year experience with Kubernetes"),
            Some((Some(3.0), None))
        );
    }

    #[test]
    fn the_largest_minimum_in_prose_wins() {
        let description = "5+ years of backend development, strong Rust and distributed \
                           systems experience. 2 years of Rust is a plus.";
        assert_eq!(years(description), Some((Some(5.0), None)));
        assert_eq!(
            parse_experience(description).unwrap().raw,
            "5+ years",
            "raw is the phrase, not the whole text"
        );
        let nurse = "Active RN licence required; 2 years of acute care experience preferred. \
                     12-hour shifts.";
        assert_eq!(years(nurse), Some((Some(2.0), None)));
        let chef = "Culinary school or 3 years in a professional pastry kitchen.";
        assert_eq!(years(chef), Some((Some(3.0), None)));
    }

    #[test]
    fn figures_that_are_not_experience() {
        assert_eq!(
            years("Founded 20 years ago, we ship parcels across Europe."),
            None
        );
        assert_eq!(
            years("Applicants must be 18 years or older to apply for this job."),
            None
        );
        assert_eq!(
            years("Requires a 4-year degree in nursing or a related field please."),
            None
        );
        assert_eq!(
            years("We have 25 years of experience serving Lyon and its people."),
            None
        );
        assert_eq!(
            years("After 5 years of service you get an extra week of paid leave."),
            None
        );
        assert_eq!(
            years("This is a 12-month contract with the option to extend it."),
            None
        );
        assert_eq!(
            years("Our company has been in the market for 15 years now."),
            None
        );
        assert_eq!(
            years("Join us, we are a team of forty and growing every year."),
            None
        );
    }

    #[test]
    fn seniority_words_map_to_levels_and_years() {
        check("Senior", Some((Some(5.0), None, Some(Seniority::Senior))));
        check(
            "junior",
            Some((Some(1.0), Some(3.0), Some(Seniority::Junior))),
        );
        check(
            "Entry level",
            Some((Some(0.0), Some(2.0), Some(Seniority::Entry))),
        );
        check(
            "entry-level",
            Some((Some(0.0), Some(2.0), Some(Seniority::Entry))),
        );
        check(
            "Mid-Senior level",
            Some((Some(3.0), Some(5.0), Some(Seniority::Mid))),
        );
        check("Staff", Some((Some(8.0), None, Some(Seniority::Staff))));
        check(
            "Principal",
            Some((Some(10.0), None, Some(Seniority::Principal))),
        );
        check(
            "Internship",
            Some((Some(0.0), Some(1.0), Some(Seniority::Intern))),
        );
        check(
            "Director",
            Some((Some(10.0), None, Some(Seniority::Director))),
        );
        check(
            "Executive: VP",
            Some((Some(15.0), None, Some(Seniority::Executive))),
        );
        // Explicit years beat the level's convention but the level is kept.
        check(
            "Senior, 3+ years",
            Some((Some(3.0), None, Some(Seniority::Senior))),
        );
        check("competitive pay", None);
    }

    #[test]
    fn seniority_in_prose_needs_an_outright_phrase() {
        let prose = "You will pair with senior engineers and the director of platform on our \
                     roadmap, and mentor interns later in the year.";
        // "interns" names a level outright, "senior engineers" does not.
        assert_eq!(
            parse_experience(prose).and_then(|requirement| requirement.seniority),
            Some(Seniority::Intern)
        );
        let prose = "This is a senior-level position on the platform team with lots of scope.";
        assert_eq!(
            parse_experience(prose).and_then(|requirement| requirement.seniority),
            Some(Seniority::Senior)
        );
    }

    #[test]
    fn titles_to_seniority() {
        let cases = [
            ("Senior Backend Engineer (Rust)", Some(Seniority::Senior)),
            ("Sr. Data Analyst", Some(Seniority::Senior)),
            ("Jr Frontend Developer", Some(Seniority::Junior)),
            ("Senior Staff Engineer", Some(Seniority::Staff)),
            ("Staff Software Engineer", Some(Seniority::Staff)),
            ("Staff Nurse", None),
            ("Staff Accountant", None),
            ("Wait Staff", None),
            ("Principal Product Designer", Some(Seniority::Principal)),
            ("Associate Director, Marketing", Some(Seniority::Director)),
            ("Associate Software Engineer", Some(Seniority::Junior)),
            ("Head of Engineering", Some(Seniority::Director)),
            ("Head Chef", Some(Seniority::Lead)),
            ("Tech Lead", Some(Seniority::Lead)),
            ("Lead Generation Specialist", None),
            ("VP of Sales", Some(Seniority::Executive)),
            ("Vice President, Finance", Some(Seniority::Executive)),
            ("CTO", Some(Seniority::Executive)),
            ("Software Engineer II", Some(Seniority::Mid)),
            ("Software Engineer III", Some(Seniority::Senior)),
            ("Software Engineer I", Some(Seniority::Junior)),
            ("Mid Level Java Developer", Some(Seniority::Mid)),
            ("Graduate Software Engineer", Some(Seniority::Entry)),
            ("Software Engineering Intern", Some(Seniority::Intern)),
            ("Apprentice Electrician", Some(Seniority::Entry)),
            ("Registered Nurse, Medical-Surgical Unit", None),
            ("Pastry Chef", None),
        ];
        for (title, expected) in cases {
            assert_eq!(seniority_from_title(title), expected, "{title}");
        }
    }

    #[test]
    fn job_requirement_combines_title_and_description() {
        let requirement = experience_for_job(
            "Senior Backend Engineer (Rust)",
            "Build services. 5+ years of backend development.",
        )
        .unwrap();
        assert_eq!(requirement.min_years, Some(5.0));
        assert_eq!(requirement.max_years, None);
        assert_eq!(requirement.seniority, Some(Seniority::Senior));
        assert_eq!(requirement.raw, "5+ years");

        let requirement = experience_for_job("Junior QA Tester", "Test our apps.").unwrap();
        assert_eq!(
            (
                requirement.min_years,
                requirement.max_years,
                requirement.seniority
            ),
            (Some(1.0), Some(3.0), Some(Seniority::Junior))
        );
        assert_eq!(requirement.raw, "Junior QA Tester");

        let requirement =
            experience_for_job("Support Analyst", "An entry-level role in our Lyon office.")
                .unwrap();
        assert_eq!(requirement.seniority, Some(Seniority::Entry));
        assert_eq!(experience_for_job("Barista", "Make great coffee."), None);
    }

    #[test]
    fn early_career_ranges_and_waived_experience_name_a_level() {
        let level = |title: &str, text: &str| experience_for_job(title, text)?.seniority;
        let desktop = "• 1–2 years of desktop support or help desk experience";
        assert_eq!(
            level("Desktop Support Technician", desktop),
            Some(Seniority::Junior)
        );
        assert_eq!(
            level("Picker Packer", "0-1 years of experience."),
            Some(Seniority::Entry)
        );
        assert_eq!(
            level("Analyst", "3+ years of SQL experience."),
            None,
            "a floor says no level"
        );
        assert_eq!(level("Analyst", "2-4 years of experience."), None);
        let waived = "No experience in hotels? That's fine. We train you.";
        assert_eq!(level("Front Desk Agent", waived), Some(Seniority::Entry));
        assert_eq!(
            level("Picker", "No prior experience required."),
            Some(Seniority::Entry)
        );
        assert_eq!(
            level("Driver", "No experience with our routes is assumed."),
            None
        );
    }

    #[test]
    fn years_alone_suggest_a_level() {
        assert_eq!(seniority_for_years(0.5), Seniority::Entry);
        assert_eq!(seniority_for_years(2.0), Seniority::Junior);
        assert_eq!(seniority_for_years(4.9), Seniority::Mid);
        assert_eq!(seniority_for_years(12.0), Seniority::Senior);
    }
}
