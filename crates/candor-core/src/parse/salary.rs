//! Pay: "$150K - $180K", "£45,000–£55,000 a year", "$60/hr", "€4.500 pro Monat", "45k-55k EUR",
//! "up to 120k", "from $90,000", "₹12 LPA" into a [`Salary`] with an annualized range.
//!
//! Conventions:
//! - A bare `$` is US dollars; `CA$`/`C$`, `A$`/`AU$`, `NZ$`, `S$`, `HK$`, `R$`, `MX$` name theirs.
//!   Lakh and crore figures without a currency are Indian rupees. Otherwise no symbol or code
//!   means `currency: None`.
//! - Separators: with both `,` and `.` the last one is the decimal point; a lone separator
//!   followed by exactly three digits groups thousands (`4.500` is 4500, `18.50` is 18.5);
//!   apostrophes (`120'000`) and single spaces before three digits (`45 000`) group thousands.
//! - `k` is ×1,000, `m` ×1,000,000, lakh (and `LPA`, lakh per annum) ×100,000, crore
//!   ×10,000,000. In "100-120k" the suffix applies to both ends.
//! - Annualized with [`PayPeriod::per_year`]: 2080 hours, 260 days, 52 weeks, 12 months.
//! - Without a stated period: figures with a `k`/`m`/lakh suffix are yearly; otherwise, for
//!   currencies with small units the largest figure decides: under 200 hourly, under 1,000
//!   daily, under 10,000 monthly, else yearly. Yen, won, rupee and similar amounts are yearly.
//! - A figure alone counts as pay only with a currency, a suffix, a pay word nearby ("salary",
//!   "rate") or when the text is nothing else, so "12-hour shifts" and "401(k)" are not pay.
//! - "Competitive", "DOE", "negotiable" and other texts without figures give `None`.

use super::text::{Token, TokenKind, adjacent, text_tokens};
use crate::domain::{PayPeriod, Salary};

/// Reads the first pay figure or range in `text`; `None` when it names no pay.
pub fn parse_salary(text: &str) -> Option<Salary> {
    salary_in(text, &text_tokens(text))
}

/// [`parse_salary`] of `text` already tokenized.
pub(crate) fn salary_in(text: &str, tokens: &[Token<'_>]) -> Option<Salary> {
    let lexemes = lex(text, tokens);
    let mut idx = 0;
    while idx < lexemes.len() {
        if let Some((range, end)) = range_at(&lexemes, idx) {
            if let Some(salary) = salary_from_range(text, &lexemes, idx, end, &range) {
                return Some(salary);
            }
            idx = end;
        } else {
            idx += 1;
        }
    }
    None
}

/// The pieces of a pay text, built from [`text_tokens`]'s tokens.
#[derive(Debug, Clone, PartialEq)]
enum Kind<'t> {
    /// A figure as written, separators resolved: `45,000` is 45000.0.
    Amount(f64),
    /// A multiplier suffix: `k`, `m`, `lakh`, `crore`.
    Scale(f64),
    /// Lakh per annum: ×100,000 and yearly.
    LakhPerAnnum,
    /// An ISO 4217 code.
    Currency(&'static str),
    /// A range separator: `-`, `–`, `to`, `and`.
    Dash,
    Plus,
    Period(PayPeriod),
    UpTo,
    From,
    /// Any other word, lowercase.
    Word(&'t str),
    /// Any other symbol.
    Symbol(char),
}

#[derive(Debug, Clone, PartialEq)]
struct Lexeme<'t> {
    kind: Kind<'t>,
    /// Byte span in the input.
    start: usize,
    end: usize,
    /// Whether whitespace separates this lexeme from the previous one.
    spaced: bool,
}

const CURRENCY_CODES: &[&str] = &[
    "usd", "eur", "gbp", "inr", "cad", "aud", "nzd", "chf", "jpy", "cny", "sgd", "hkd", "sek",
    "nok", "dkk", "pln", "brl", "mxn", "zar", "aed", "ils", "czk", "huf", "krw", "php",
];

/// Currencies whose everyday salary figures run into the hundreds of thousands or millions,
/// so the size of a figure says nothing about its period.
const HIGH_DENOMINATION: &[&str] = &["JPY", "INR", "KRW", "HUF", "CZK", "PHP", "CNY"];

/// Words between a figure and its period that carry no meaning: "45,000 a year",
/// "€4.500 pro Monat", "$120k base salary per year".
const FILLER_WORDS: &[&str] = &[
    "per",
    "a",
    "an",
    "pro",
    "par",
    "each",
    "every",
    "the",
    "base",
    "gross",
    "brutto",
    "net",
    "salary",
    "pay",
    "plus",
    "bonus",
    "ote",
    "approx",
    "approximately",
    "around",
    "range",
    "is",
    "of",
    "in",
    "rate",
    "wage",
];

/// Words that say a nearby bare figure is pay.
const PAY_WORDS: &[&str] = &[
    "salary",
    "salaries",
    "pay",
    "paid",
    "compensation",
    "wage",
    "wages",
    "rate",
    "remuneration",
    "stipend",
    "ctc",
    "base",
    "gehalt",
    "salaire",
    "sueldo",
    "income",
    "earnings",
    "ote",
];

fn lex<'t>(text: &str, tokens: &'t [Token<'_>]) -> Vec<Lexeme<'t>> {
    let mut lexemes: Vec<Lexeme<'t>> = Vec::with_capacity(tokens.len());
    let mut idx = 0;
    while idx < tokens.len() {
        let token = &tokens[idx];
        let spaced = idx > 0 && !adjacent(&tokens[idx - 1], token);
        let previous = lexemes.last();
        let previous_is_amount =
            previous.is_some_and(|lexeme| matches!(lexeme.kind, Kind::Amount(_)));
        let after_slash = previous.is_some_and(|lexeme| lexeme.kind == Kind::Symbol('/'));
        let mut end_idx = idx + 1;
        let kind = match token.kind {
            TokenKind::Number => {
                let (value, next_idx) = amount_at(text, tokens, idx);
                end_idx = next_idx;
                Kind::Amount(value)
            }
            TokenKind::Symbol => match token.text.chars().next().expect("a symbol is one char") {
                '$' => {
                    // "US$", "CA$": the prefix word was already lexed as a word; replace it.
                    let prefixed = lexemes.last().and_then(|lexeme| match &lexeme.kind {
                        Kind::Word(word) if lexeme.end == token.start => dollar_prefix(word),
                        _ => None,
                    });
                    if let Some(code) = prefixed {
                        let prefix = lexemes.pop().expect("checked above");
                        lexemes.push(Lexeme {
                            kind: Kind::Currency(code),
                            start: prefix.start,
                            end: token.end,
                            spaced: prefix.spaced,
                        });
                        idx += 1;
                        continue;
                    }
                    Kind::Currency("USD")
                }
                '£' => Kind::Currency("GBP"),
                '€' => Kind::Currency("EUR"),
                '₹' => Kind::Currency("INR"),
                '¥' => Kind::Currency("JPY"),
                '₩' => Kind::Currency("KRW"),
                '₱' => Kind::Currency("PHP"),
                '-' | '–' | '—' | '~' => Kind::Dash,
                '+' => Kind::Plus,
                other => Kind::Symbol(other),
            },
            TokenKind::Word => {
                let word = token.lower.as_ref();
                let attached = !spaced && previous_is_amount;
                // "p.a." is per annum.
                let per_annum_dotted = word == "p"
                    && tokens
                        .get(idx + 1)
                        .is_some_and(|token| token.is_symbol(&['.']))
                    && tokens.get(idx + 2).is_some_and(|token| token.is_word("a"));
                if per_annum_dotted {
                    end_idx = idx + 3;
                    if tokens
                        .get(idx + 3)
                        .is_some_and(|token| token.is_symbol(&['.']))
                    {
                        end_idx += 1;
                    }
                    Kind::Period(PayPeriod::Year)
                } else if after_slash && let Some(period) = slash_period(word) {
                    Kind::Period(period)
                } else if let Some(period) = period_word(word) {
                    Kind::Period(period)
                } else if word == "an"
                    && previous.is_some_and(|lexeme| lexeme.kind == Kind::Word("par"))
                {
                    Kind::Period(PayPeriod::Year)
                } else if previous_is_amount && (word == "k" || word == "thousand") {
                    Kind::Scale(1e3)
                } else if attached && matches!(word, "m" | "mm")
                    || previous_is_amount && matches!(word, "mil" | "million" | "mn")
                {
                    Kind::Scale(1e6)
                } else if previous_is_amount && matches!(word, "lakh" | "lakhs" | "lac" | "lacs")
                    || attached && word == "l"
                {
                    Kind::Scale(1e5)
                } else if previous_is_amount && matches!(word, "crore" | "crores" | "cr") {
                    Kind::Scale(1e7)
                } else if word == "lpa" {
                    Kind::LakhPerAnnum
                } else if let Some(code) = CURRENCY_CODES.iter().find(|code| **code == word) {
                    Kind::Currency(currency_code(code))
                } else if matches!(word, "euro" | "euros") {
                    Kind::Currency("EUR")
                } else if matches!(word, "rs" | "rupees") {
                    Kind::Currency("INR")
                } else if word == "zł" {
                    Kind::Currency("PLN")
                } else if matches!(word, "dollar" | "dollars") {
                    Kind::Currency("USD")
                } else if matches!(word, "to" | "and") {
                    Kind::Dash
                } else if matches!(word, "upto" | "max" | "maximum" | "under") {
                    Kind::UpTo
                } else if word == "up"
                    && tokens.get(idx + 1).is_some_and(|token| token.is_word("to"))
                {
                    end_idx = idx + 2;
                    Kind::UpTo
                } else if matches!(word, "from" | "starting" | "starts" | "min" | "minimum") {
                    Kind::From
                } else if word == "at"
                    && tokens
                        .get(idx + 1)
                        .is_some_and(|token| token.is_word("least"))
                {
                    end_idx = idx + 2;
                    Kind::From
                } else {
                    Kind::Word(word)
                }
            }
        };
        lexemes.push(Lexeme {
            kind,
            start: token.start,
            end: tokens[end_idx - 1].end,
            spaced,
        });
        idx = end_idx;
    }
    lexemes
}

fn dollar_prefix(word: &str) -> Option<&'static str> {
    let code = match word {
        "us" => "USD",
        "ca" | "c" | "can" => "CAD",
        "a" | "au" => "AUD",
        "nz" => "NZD",
        "s" | "sg" => "SGD",
        "hk" => "HKD",
        "r" => "BRL",
        "mx" => "MXN",
        _ => return None,
    };
    Some(code)
}

fn currency_code(lowercase: &str) -> &'static str {
    match lowercase {
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "inr" => "INR",
        "cad" => "CAD",
        "aud" => "AUD",
        "nzd" => "NZD",
        "chf" => "CHF",
        "jpy" => "JPY",
        "sgd" => "SGD",
        "hkd" => "HKD",
        "sek" => "SEK",
        "nok" => "NOK",
        "dkk" => "DKK",
        "pln" => "PLN",
        "brl" => "BRL",
        "mxn" => "MXN",
        "zar" => "ZAR",
        "aed" => "AED",
        "ils" => "ILS",
        "czk" => "CZK",
        "huf" => "HUF",
        "krw" => "KRW",
        "php" => "PHP",
        _ => "CNY",
    }
}

/// Period words in English, German, French and Spanish.
fn period_word(word: &str) -> Option<PayPeriod> {
    let period = match word {
        "hour" | "hours" | "hourly" | "hr" | "hrs" | "stunde" | "std" => PayPeriod::Hour,
        "day" | "daily" | "diem" | "tag" | "jour" => PayPeriod::Day,
        "week" | "weekly" | "wk" | "woche" | "semaine" => PayPeriod::Week,
        "month" | "monthly" | "mo" | "mth" | "pcm" | "monat" | "monatlich" | "mois" | "mes"
        | "mensual" => PayPeriod::Month,
        "year" | "yearly" | "annual" | "annually" | "annum" | "yr" | "pa" | "jahr" | "jährlich"
        | "año" | "ano" | "anual" | "ctc" => PayPeriod::Year,
        _ => return None,
    };
    Some(period)
}

/// One-letter periods only count after a slash: "$60/h", "$5,000/m", "90k/y".
fn slash_period(word: &str) -> Option<PayPeriod> {
    let period = match word {
        "h" => PayPeriod::Hour,
        "d" => PayPeriod::Day,
        "w" => PayPeriod::Week,
        "m" => PayPeriod::Month,
        "y" | "a" => PayPeriod::Year,
        _ => return None,
    };
    Some(period)
}

/// Reads the figure starting at the number `tokens[idx]`, joining digit groups written with
/// `,` `.` `'` `’` or a single space, and returns its value and the index after it.
fn amount_at(text: &str, tokens: &[Token<'_>], idx: usize) -> (f64, usize) {
    let mut groups: Vec<&str> = vec![tokens[idx].text];
    let mut separators: Vec<char> = Vec::new();
    let mut next = idx + 1;
    loop {
        let last = &tokens[next - 1];
        let glued_separator = tokens
            .get(next)
            .filter(|token| token.is_symbol(&[',', '.', '\'', '’']) && adjacent(last, token));
        if let Some(separator) = glued_separator
            && let Some(group) = tokens.get(next + 1)
            && group.kind == TokenKind::Number
            && adjacent(separator, group)
        {
            separators.push(separator.text.chars().next().expect("a symbol is one char"));
            groups.push(group.text);
            next += 2;
            continue;
        }
        // "45 000": a single space (or no-break space) before exactly three digits, when every
        // group so far could be a thousands group.
        let spaced_group = tokens.get(next).filter(|group| {
            group.kind == TokenKind::Number
                && group.text.len() == 3
                && text[last.end..group.start].chars().count() == 1
                && groups.iter().all(|group| group.len() <= 3)
                && separators.iter().all(|separator| *separator == ' ')
                && !tokens
                    .get(next + 1)
                    .is_some_and(|after| after.is_symbol(&['.', ',']) && adjacent(group, after))
        });
        if let Some(group) = spaced_group {
            separators.push(' ');
            groups.push(group.text);
            next += 1;
            continue;
        }
        break;
    }
    (amount_value(&groups, &separators), next)
}

/// The value of digit `groups` joined by `separators` (one fewer than groups).
fn amount_value(groups: &[&str], separators: &[char]) -> f64 {
    let decimal_idx = decimal_separator(groups, separators);
    let mut number = String::with_capacity(groups.iter().map(|group| group.len() + 1).sum());
    for (idx, group) in groups.iter().enumerate() {
        if idx > 0 && decimal_idx == Some(idx - 1) {
            number.push('.');
        }
        number.push_str(group);
    }
    number.parse().unwrap_or(0.0)
}

/// Which separator (by index) is the decimal point, if any; see the module conventions.
fn decimal_separator(groups: &[&str], separators: &[char]) -> Option<usize> {
    let last_idx = separators.len().checked_sub(1)?;
    let last = separators[last_idx];
    if !matches!(last, '.' | ',') {
        return None;
    }
    let n_same = separators
        .iter()
        .filter(|separator| **separator == last)
        .count();
    let mixed = separators.iter().any(|separator| *separator != last);
    if mixed {
        return (n_same == 1).then_some(last_idx);
    }
    if n_same > 1 {
        return None;
    }
    let groups_thousands = groups[last_idx + 1].len() == 3 && groups[0].len() <= 3;
    (!groups_thousands).then_some(last_idx)
}

/// One end of a range: `[currency] amount [scale] [currency]`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Side {
    amount: f64,
    scale: Option<f64>,
    currency: Option<&'static str>,
    per_annum: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Range {
    low: Side,
    high: Option<Side>,
    plus: bool,
}

/// A side starting at `lexemes[idx]`, and the index after it.
fn side_at(lexemes: &[Lexeme], idx: usize) -> Option<(Side, usize)> {
    let mut next = idx;
    let mut currency = None;
    if let Some(Kind::Currency(code)) = lexemes.get(next).map(|lexeme| &lexeme.kind) {
        currency = Some(*code);
        next += 1;
    }
    let Some(Kind::Amount(amount)) = lexemes.get(next).map(|lexeme| &lexeme.kind) else {
        return None;
    };
    let amount = *amount;
    next += 1;
    let mut scale = None;
    let mut per_annum = false;
    match lexemes.get(next).map(|lexeme| &lexeme.kind) {
        Some(Kind::Scale(factor)) => {
            scale = Some(*factor);
            next += 1;
        }
        Some(Kind::LakhPerAnnum) => {
            scale = Some(1e5);
            per_annum = true;
            next += 1;
        }
        _ => {}
    }
    // "45k EUR", and "$215,000 USD" where the code repeats the symbol.
    if let Some(Kind::Currency(code)) = lexemes.get(next).map(|lexeme| &lexeme.kind)
        && currency.is_none_or(|known| known == *code)
    {
        currency = Some(*code);
        next += 1;
    }
    // "₹12 LPA": the suffix may follow a trailing currency too.
    if scale.is_none()
        && lexemes
            .get(next)
            .is_some_and(|lexeme| lexeme.kind == Kind::LakhPerAnnum)
    {
        scale = Some(1e5);
        per_annum = true;
        next += 1;
    }
    Some((
        Side {
            amount,
            scale,
            currency,
            per_annum,
        },
        next,
    ))
}

/// A figure or range starting at `lexemes[idx]`, and the index after it.
fn range_at(lexemes: &[Lexeme], idx: usize) -> Option<(Range, usize)> {
    let (low, mut next) = side_at(lexemes, idx)?;
    let mut high = None;
    if lexemes
        .get(next)
        .is_some_and(|lexeme| lexeme.kind == Kind::Dash)
        && let Some((side, after)) = side_at(lexemes, next + 1)
    {
        high = Some(side);
        next = after;
    }
    // "$100k+" is open-ended; "$100k + bonus" and a range's "+ equity" are not.
    let plus = high.is_none()
        && lexemes
            .get(next)
            .is_some_and(|lexeme| lexeme.kind == Kind::Plus && !lexeme.spaced);
    next += usize::from(plus);
    Some((Range { low, high, plus }, next))
}

/// Builds the salary for the range in `lexemes[start..end]`, or `None` when it is not pay.
fn salary_from_range(
    text: &str,
    lexemes: &[Lexeme],
    start: usize,
    end: usize,
    range: &Range,
) -> Option<Salary> {
    let Range { low, high, plus } = *range;
    let mut low = low;
    let mut high = high;
    // "100-120k": a suffix on one end applies to a bare end written in the same units.
    if let Some(high) = high.as_mut() {
        match (low.scale, high.scale) {
            (None, Some(scale)) if low.amount < 1000.0 => low.scale = Some(scale),
            (Some(scale), None) if high.amount < 1000.0 => high.scale = Some(scale),
            _ => {}
        }
        low.per_annum |= high.per_annum;
        high.per_annum |= low.per_annum;
    }
    let currency = low.currency.or(high.and_then(|high| high.currency));
    let has_scale = low.scale.is_some();
    let is_retirement_plan = currency.is_none()
        && high.is_none()
        && low.scale == Some(1e3)
        && [401.0, 403.0, 457.0].contains(&low.amount);
    if is_retirement_plan {
        return None;
    }
    let looks_like_years = currency.is_none()
        && !has_scale
        && [Some(low), high]
            .into_iter()
            .flatten()
            .all(|side| side.amount.fract() == 0.0 && (1900.0..=2100.0).contains(&side.amount));
    if looks_like_years {
        return None;
    }

    let qualifier_idx = qualifier_before(lexemes, start);
    let (period_idx, stated_period) = match stated_period(lexemes, start, end) {
        Some((idx, period)) => (Some(idx), Some(period)),
        None => (None, None),
    };
    let is_pay = currency.is_some()
        || has_scale
        || pay_word_before(lexemes, start)
        || is_whole_text(lexemes, start, end, period_idx);
    if !is_pay {
        return None;
    }

    let low_value = low.amount * low.scale.unwrap_or(1.0);
    let high_value = high.map(|high| high.amount * high.scale.unwrap_or(1.0));
    let (min, max) = match (
        high_value,
        qualifier_idx.map(|idx| &lexemes[idx].kind),
        plus,
    ) {
        (Some(high_value), _, _) => (
            Some(low_value.min(high_value)),
            Some(low_value.max(high_value)),
        ),
        (None, Some(Kind::UpTo), _) => (None, Some(low_value)),
        (None, Some(Kind::From), _) | (None, _, true) => (Some(low_value), None),
        (None, _, false) => (Some(low_value), Some(low_value)),
    };
    // Lakh and crore are Indian units, so such figures without a currency are rupees.
    let is_indian_unit = matches!(low.scale, Some(scale) if scale == 1e5 || scale == 1e7);
    let currency = currency.or(is_indian_unit.then_some("INR"));
    let period = if low.per_annum {
        PayPeriod::Year
    } else if let Some(period) = stated_period {
        period
    } else {
        inferred_period(max.or(min).unwrap_or(0.0), has_scale, currency)
    };

    let raw_start = qualifier_idx.unwrap_or(start);
    let raw_end = period_idx
        .filter(|&idx| idx >= end)
        .map_or(end, |idx| idx + 1);
    let raw = text[lexemes[raw_start].start..lexemes[raw_end - 1].end]
        .trim()
        .to_string();
    let per_year = period.per_year();
    Some(Salary {
        raw,
        min,
        max,
        currency: currency.map(str::to_string),
        period,
        annual_min: min.map(|value| value * per_year),
        annual_max: max.map(|value| value * per_year),
    })
}

/// The period stated after the range (skipping filler words, slashes and brackets, up to four
/// lexemes) or before it ("Hourly: $25", "Annual salary: $120,000"), with its index.
fn stated_period(lexemes: &[Lexeme], start: usize, end: usize) -> Option<(usize, PayPeriod)> {
    let is_skippable = |lexeme: &Lexeme| match &lexeme.kind {
        Kind::Word(word) => FILLER_WORDS.contains(word),
        Kind::Symbol(symbol) => matches!(symbol, '/' | '(' | ')' | ':' | '.' | ','),
        Kind::Currency(_) | Kind::Plus => true,
        _ => false,
    };
    // "12-hour shifts": a period glued to the figure by a hyphen is a compound adjective.
    let hyphen_compound = lexemes
        .get(end)
        .is_some_and(|lexeme| lexeme.kind == Kind::Dash)
        && !lexemes[end].spaced
        && lexemes.get(end + 1).is_some_and(|lexeme| !lexeme.spaced);
    if !hyphen_compound {
        for (idx, lexeme) in lexemes.iter().enumerate().skip(end).take(5) {
            if let Kind::Period(period) = lexeme.kind {
                return Some((idx, period));
            }
            if !is_skippable(lexeme) {
                break;
            }
        }
    }
    for idx in (start.saturating_sub(4)..start).rev() {
        if let Kind::Period(period) = lexemes[idx].kind {
            return Some((idx, period));
        }
        if !is_skippable(&lexemes[idx]) && !matches!(lexemes[idx].kind, Kind::UpTo | Kind::From) {
            break;
        }
    }
    None
}

/// The index of "up to", "from", "starting at" or the like just before the range, allowing
/// a few linking words between ("starting at", "up to a maximum of").
fn qualifier_before(lexemes: &[Lexeme], start: usize) -> Option<usize> {
    for idx in (start.saturating_sub(3)..start).rev() {
        match &lexemes[idx].kind {
            Kind::UpTo | Kind::From => return Some(idx),
            Kind::Word(word) if matches!(*word, "at" | "of" | "a" | "is") => {}
            Kind::Symbol(':') => {}
            _ => return None,
        }
    }
    None
}

/// Whether a pay word ("salary", "rate", "compensation") appears in the six lexemes before.
fn pay_word_before(lexemes: &[Lexeme], start: usize) -> bool {
    lexemes[start.saturating_sub(6)..start]
        .iter()
        .any(|lexeme| matches!(&lexeme.kind, Kind::Word(word) if PAY_WORDS.contains(word)))
}

/// Whether the text holds nothing but this range, its qualifier and its period: a salary field
/// such as "60,000 - 80,000".
fn is_whole_text(lexemes: &[Lexeme], start: usize, end: usize, period_idx: Option<usize>) -> bool {
    lexemes.iter().enumerate().all(|(idx, lexeme)| {
        (start..end).contains(&idx)
            || Some(idx) == period_idx
            || matches!(lexeme.kind, Kind::UpTo | Kind::From | Kind::Symbol(_))
            || matches!(&lexeme.kind, Kind::Word(word) if FILLER_WORDS.contains(word))
    })
}

/// The period of a figure whose text does not say; see the module conventions.
fn inferred_period(largest: f64, has_scale: bool, currency: Option<&str>) -> PayPeriod {
    let high_denomination = currency.is_some_and(|code| HIGH_DENOMINATION.contains(&code));
    if has_scale || high_denomination || largest >= 10_000.0 {
        PayPeriod::Year
    } else if largest < 200.0 {
        PayPeriod::Hour
    } else if largest < 1_000.0 {
        PayPeriod::Day
    } else {
        PayPeriod::Month
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(min, max, currency, period, annual_min, annual_max)`.
    type Expected<'a> = (
        Option<f64>,
        Option<f64>,
        Option<&'a str>,
        PayPeriod,
        Option<f64>,
        Option<f64>,
    );

    fn check(text: &str, expected: Option<Expected<'_>>) {
        let actual = parse_salary(text);
        let actual = actual.as_ref().map(|salary| {
            (
                salary.min,
                salary.max,
                salary.currency.as_deref(),
                salary.period,
                salary.annual_min,
                salary.annual_max,
            )
        });
        assert_eq!(actual, expected, "parse_salary({text:?})");
    }

    use PayPeriod::{Day, Hour, Month, Week, Year};

    #[test]
    fn yearly_ranges() {
        check(
            "$150K - $180K",
            Some((
                Some(150_000.0),
                Some(180_000.0),
                Some("USD"),
                Year,
                Some(150_000.0),
                Some(180_000.0),
            )),
        );
        check(
            "£45,000–£55,000 a year",
            Some((
                Some(45_000.0),
                Some(55_000.0),
                Some("GBP"),
                Year,
                Some(45_000.0),
                Some(55_000.0),
            )),
        );
        check(
            "45k-55k EUR",
            Some((
                Some(45_000.0),
                Some(55_000.0),
                Some("EUR"),
                Year,
                Some(45_000.0),
                Some(55_000.0),
            )),
        );
        check(
            "120,000 - 140,000 USD annually",
            Some((
                Some(120_000.0),
                Some(140_000.0),
                Some("USD"),
                Year,
                Some(120_000.0),
                Some(140_000.0),
            )),
        );
        check(
            "USD 120k–150k",
            Some((
                Some(120_000.0),
                Some(150_000.0),
                Some("USD"),
                Year,
                Some(120_000.0),
                Some(150_000.0),
            )),
        );
        check(
            "$100-120k",
            Some((
                Some(100_000.0),
                Some(120_000.0),
                Some("USD"),
                Year,
                Some(100_000.0),
                Some(120_000.0),
            )),
        );
        check(
            "$80,000 to $95,000 per annum",
            Some((
                Some(80_000.0),
                Some(95_000.0),
                Some("USD"),
                Year,
                Some(80_000.0),
                Some(95_000.0),
            )),
        );
        check(
            "£30k - £35k p.a.",
            Some((
                Some(30_000.0),
                Some(35_000.0),
                Some("GBP"),
                Year,
                Some(30_000.0),
                Some(35_000.0),
            )),
        );
        check(
            "€50.000 - €60.000 brutto/Jahr",
            Some((
                Some(50_000.0),
                Some(60_000.0),
                Some("EUR"),
                Year,
                Some(50_000.0),
                Some(60_000.0),
            )),
        );
        check(
            "45 000 € - 55 000 € par an",
            Some((
                Some(45_000.0),
                Some(55_000.0),
                Some("EUR"),
                Year,
                Some(45_000.0),
                Some(55_000.0),
            )),
        );
        check(
            "CHF 120'000 – 140'000",
            Some((
                Some(120_000.0),
                Some(140_000.0),
                Some("CHF"),
                Year,
                Some(120_000.0),
                Some(140_000.0),
            )),
        );
        check(
            "CA$90,000 - CA$110,000",
            Some((
                Some(90_000.0),
                Some(110_000.0),
                Some("CAD"),
                Year,
                Some(90_000.0),
                Some(110_000.0),
            )),
        );
        // A backwards range is the same range.
        check(
            "$180K - $150K",
            Some((
                Some(150_000.0),
                Some(180_000.0),
                Some("USD"),
                Year,
                Some(150_000.0),
                Some(180_000.0),
            )),
        );
    }

    #[test]
    fn hourly_daily_weekly_monthly() {
        check(
            "$60/hr",
            Some((
                Some(60.0),
                Some(60.0),
                Some("USD"),
                Hour,
                Some(124_800.0),
                Some(124_800.0),
            )),
        );
        check(
            "$25-$30 per hour",
            Some((
                Some(25.0),
                Some(30.0),
                Some("USD"),
                Hour,
                Some(52_000.0),
                Some(62_400.0),
            )),
        );
        check(
            "Pay: $18.50 - $22.00 an hour",
            Some((
                Some(18.5),
                Some(22.0),
                Some("USD"),
                Hour,
                Some(38_480.0),
                Some(45_760.0),
            )),
        );
        check(
            "$60/h",
            Some((
                Some(60.0),
                Some(60.0),
                Some("USD"),
                Hour,
                Some(124_800.0),
                Some(124_800.0),
            )),
        );
        check(
            "£350 - £450 per day",
            Some((
                Some(350.0),
                Some(450.0),
                Some("GBP"),
                Day,
                Some(91_000.0),
                Some(117_000.0),
            )),
        );
        check(
            "$1,500 weekly",
            Some((
                Some(1_500.0),
                Some(1_500.0),
                Some("USD"),
                Week,
                Some(78_000.0),
                Some(78_000.0),
            )),
        );
        check(
            "€4.500 pro Monat",
            Some((
                Some(4_500.0),
                Some(4_500.0),
                Some("EUR"),
                Month,
                Some(54_000.0),
                Some(54_000.0),
            )),
        );
        check(
            "$5,000/month",
            Some((
                Some(5_000.0),
                Some(5_000.0),
                Some("USD"),
                Month,
                Some(60_000.0),
                Some(60_000.0),
            )),
        );
        check(
            "$5,000/m",
            Some((
                Some(5_000.0),
                Some(5_000.0),
                Some("USD"),
                Month,
                Some(60_000.0),
                Some(60_000.0),
            )),
        );
        check(
            "Hourly rate: $35",
            Some((
                Some(35.0),
                Some(35.0),
                Some("USD"),
                Hour,
                Some(72_800.0),
                Some(72_800.0),
            )),
        );
        check(
            "$120K/yr",
            Some((
                Some(120_000.0),
                Some(120_000.0),
                Some("USD"),
                Year,
                Some(120_000.0),
                Some(120_000.0),
            )),
        );
    }

    #[test]
    fn open_ended() {
        check(
            "up to 120k",
            Some((None, Some(120_000.0), None, Year, None, Some(120_000.0))),
        );
        check(
            "from $90,000",
            Some((
                Some(90_000.0),
                None,
                Some("USD"),
                Year,
                Some(90_000.0),
                None,
            )),
        );
        check(
            "$100k+",
            Some((
                Some(100_000.0),
                None,
                Some("USD"),
                Year,
                Some(100_000.0),
                None,
            )),
        );
        check(
            "Starting at $22/hour",
            Some((Some(22.0), None, Some("USD"), Hour, Some(45_760.0), None)),
        );
        check(
            "Up to £40 per hour",
            Some((None, Some(40.0), Some("GBP"), Hour, None, Some(83_200.0))),
        );
        // A range beats a leading "from".
        check(
            "from $90,000 to $110,000",
            Some((
                Some(90_000.0),
                Some(110_000.0),
                Some("USD"),
                Year,
                Some(90_000.0),
                Some(110_000.0),
            )),
        );
    }

    #[test]
    fn rupees_lakhs_and_large_units() {
        check(
            "₹12 LPA",
            Some((
                Some(1_200_000.0),
                Some(1_200_000.0),
                Some("INR"),
                Year,
                Some(1_200_000.0),
                Some(1_200_000.0),
            )),
        );
        check(
            "12-18 LPA",
            Some((
                Some(1_200_000.0),
                Some(1_800_000.0),
                Some("INR"),
                Year,
                Some(1_200_000.0),
                Some(1_800_000.0),
            )),
        );
        check(
            "Rs. 8 lakh per annum",
            Some((
                Some(800_000.0),
                Some(800_000.0),
                Some("INR"),
                Year,
                Some(800_000.0),
                Some(800_000.0),
            )),
        );
        check(
            "INR 12,00,000",
            Some((
                Some(1_200_000.0),
                Some(1_200_000.0),
                Some("INR"),
                Year,
                Some(1_200_000.0),
                Some(1_200_000.0),
            )),
        );
        check(
            "¥6,000,000",
            Some((
                Some(6_000_000.0),
                Some(6_000_000.0),
                Some("JPY"),
                Year,
                Some(6_000_000.0),
                Some(6_000_000.0),
            )),
        );
        check(
            "$1.2M",
            Some((
                Some(1_200_000.0),
                Some(1_200_000.0),
                Some("USD"),
                Year,
                Some(1_200_000.0),
                Some(1_200_000.0),
            )),
        );
    }

    #[test]
    fn no_pay() {
        for text in [
            "competitive",
            "Competitive salary + benefits",
            "DOE",
            "Salary: negotiable",
            "",
            "401(k) matching and 12-hour shifts",
            "Great 401k plan",
            "Manage a 30-bed unit",
            "2019 - 2021",
        ] {
            check(text, None);
        }
    }

    #[test]
    fn bare_figures_need_a_reason() {
        check(
            "60,000 - 80,000",
            Some((
                Some(60_000.0),
                Some(80_000.0),
                None,
                Year,
                Some(60_000.0),
                Some(80_000.0),
            )),
        );
        check(
            "Salary: 3500 per month",
            Some((
                Some(3_500.0),
                Some(3_500.0),
                None,
                Month,
                Some(42_000.0),
                Some(42_000.0),
            )),
        );
        check(
            "Base salary range 150000-180000",
            Some((
                Some(150_000.0),
                Some(180_000.0),
                None,
                Year,
                Some(150_000.0),
                Some(180_000.0),
            )),
        );
        check("Join a team of 40 engineers in 3 countries", None);
    }

    #[test]
    fn periods_are_inferred_from_size_when_unstated() {
        check(
            "$25",
            Some((
                Some(25.0),
                Some(25.0),
                Some("USD"),
                Hour,
                Some(52_000.0),
                Some(52_000.0),
            )),
        );
        check(
            "£500",
            Some((
                Some(500.0),
                Some(500.0),
                Some("GBP"),
                Day,
                Some(130_000.0),
                Some(130_000.0),
            )),
        );
        check(
            "€4.500",
            Some((
                Some(4_500.0),
                Some(4_500.0),
                Some("EUR"),
                Month,
                Some(54_000.0),
                Some(54_000.0),
            )),
        );
        check(
            "$95,000",
            Some((
                Some(95_000.0),
                Some(95_000.0),
                Some("USD"),
                Year,
                Some(95_000.0),
                Some(95_000.0),
            )),
        );
    }

    #[test]
    fn a_spaced_plus_adds_to_pay_rather_than_opening_it() {
        check(
            "$100k + bonus",
            Some((
                Some(100_000.0),
                Some(100_000.0),
                Some("USD"),
                Year,
                Some(100_000.0),
                Some(100_000.0),
            )),
        );
        let salary = parse_salary("$150,000 - $180,000 + equity + 401k").unwrap();
        assert_eq!(salary.raw, "$150,000 - $180,000");
        assert_eq!(
            parse_salary("Compensation: $185,000 - $215,000 USD")
                .unwrap()
                .raw,
            "$185,000 - $215,000 USD"
        );
    }

    #[test]
    fn finds_pay_inside_a_description() {
        let description = "We offer 401(k) matching. The base salary range for this role is \
                           $150,000.00 - $180,000.00 per year plus equity. 12-hour shifts.";
        let salary = parse_salary(description).unwrap();
        assert_eq!((salary.min, salary.max), (Some(150_000.0), Some(180_000.0)));
        assert_eq!(salary.period, Year);
        assert_eq!(salary.raw, "$150,000.00 - $180,000.00 per year");
        assert_eq!(
            parse_salary("£45,000–£55,000 a year").unwrap().raw,
            "£45,000–£55,000 a year"
        );
        assert_eq!(
            parse_salary("Salary: up to 120k").unwrap().raw,
            "up to 120k"
        );
    }

    #[test]
    fn separators() {
        assert_eq!(amount_value(&["45", "000"], &[',']), 45_000.0);
        assert_eq!(amount_value(&["4", "500"], &['.']), 4_500.0);
        assert_eq!(amount_value(&["18", "50"], &['.']), 18.5);
        assert_eq!(amount_value(&["1", "5"], &[',']), 1.5);
        assert_eq!(amount_value(&["150", "000", "00"], &[',', '.']), 150_000.0);
        assert_eq!(amount_value(&["1", "234", "56"], &['.', ',']), 1_234.56);
        assert_eq!(amount_value(&["1", "000", "000"], &[',', ',']), 1_000_000.0);
        assert_eq!(amount_value(&["120", "000"], &['\'']), 120_000.0);
        assert_eq!(amount_value(&["1234", "567"], &['.']), 1_234.567);
    }
}
