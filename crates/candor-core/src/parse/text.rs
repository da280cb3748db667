//! The tokenizer the parsers share: words, digit runs and single symbols, each with its byte
//! span so a parser can tell "5+" (adjacent) from "5 +" and slice the original text back out.

use std::borrow::Cow;

/// What a [`Token`] is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// A run of letters (any script).
    Word,
    /// A run of ASCII digits; separators and decimal points are separate symbols.
    Number,
    /// One character that is neither a letter, a digit nor whitespace.
    Symbol,
}

/// One token of the input.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token<'a> {
    pub kind: TokenKind,
    /// The token as written.
    pub text: &'a str,
    /// The lowercased text; the `n't` of a contraction is its own word `not`, so "isn't" is
    /// `is`, `not` and negation checks only look for `not`. Borrowed from the input when it is
    /// lowercase already, as most of a posting is: the parsers tokenize whole postings, and an
    /// allocation per token was a third of an import's time.
    pub lower: Cow<'a, str>,
    /// Byte offsets into the input, `start..end`.
    pub start: usize,
    pub end: usize,
}

impl Token<'_> {
    pub fn is_word(&self, word: &str) -> bool {
        self.kind == TokenKind::Word && self.lower == word
    }

    pub fn is_any_word(&self, words: &[&str]) -> bool {
        self.kind == TokenKind::Word && words.contains(&self.lower.as_ref())
    }

    pub fn is_symbol(&self, symbols: &[char]) -> bool {
        self.kind == TokenKind::Symbol
            && self
                .text
                .chars()
                .next()
                .is_some_and(|c| symbols.contains(&c))
    }

    /// The value of a digit run, `None` for other tokens or more than 18 digits.
    pub fn number(&self) -> Option<u64> {
        if self.kind == TokenKind::Number && self.text.len() <= 18 {
            self.text.parse().ok()
        } else {
            None
        }
    }
}

/// Whether `second` starts exactly where `first` ends (no whitespace between them).
pub(crate) fn adjacent(first: &Token<'_>, second: &Token<'_>) -> bool {
    first.end == second.start
}

/// Splits `text` into words, digit runs and symbols; whitespace separates and is dropped.
pub(crate) fn text_tokens(text: &str) -> Vec<Token<'_>> {
    // About one token per five bytes of a posting: grown once or twice at most.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let start = at;
        at += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            at = run_end(text, at, |c| c.is_ascii_digit());
            tokens.push(token(TokenKind::Number, text, start, at));
        } else if c.is_alphabetic() {
            at = run_end(text, at, char::is_alphabetic);
            push_word(&mut tokens, text, start, at);
        } else {
            tokens.push(token(TokenKind::Symbol, text, start, at));
        }
    }
    tokens
}

/// Where the run of characters that `belong`, starting at byte `from`, ends. ASCII bytes, most
/// of a posting, are tested without decoding.
fn run_end(text: &str, from: usize, belong: impl Fn(char) -> bool) -> usize {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(&byte) = bytes.get(at) {
        let c = if byte.is_ascii() {
            char::from(byte)
        } else {
            text[at..].chars().next().expect("at is on a char boundary")
        };
        if !belong(c) {
            break;
        }
        at += c.len_utf8();
    }
    at
}

fn token(kind: TokenKind, text: &str, start: usize, end: usize) -> Token<'_> {
    let written = &text[start..end];
    let lower = if written
        .bytes()
        .any(|byte| byte.is_ascii_uppercase() || !byte.is_ascii())
    {
        Cow::Owned(written.to_lowercase())
    } else {
        Cow::Borrowed(written)
    };
    Token {
        kind,
        text: written,
        lower,
        start,
        end,
    }
}

/// Pushes the word `text[start..end]`, splitting a trailing `n't` ("isn't", "can’t") that the
/// apostrophe already cut into `isn` and `t`: the word loses its `n` and a `not` follows.
fn push_word<'a>(tokens: &mut Vec<Token<'a>>, text: &'a str, start: usize, end: usize) {
    let word = &text[start..end];
    let n_tokens = tokens.len();
    let is_contraction_tail = word.eq_ignore_ascii_case("t")
        && n_tokens >= 2
        && tokens[n_tokens - 1].is_symbol(&['\'', '’'])
        && tokens[n_tokens - 1].end == start
        && tokens[n_tokens - 2].kind == TokenKind::Word
        && adjacent(&tokens[n_tokens - 2], &tokens[n_tokens - 1])
        && tokens[n_tokens - 2].lower.ends_with('n');
    if is_contraction_tail {
        let apostrophe = tokens.pop().expect("checked above");
        let stem = tokens.last_mut().expect("checked above");
        stem.lower.to_mut().pop();
        tokens.push(Token {
            kind: TokenKind::Word,
            text: &text[apostrophe.start..end],
            lower: Cow::Borrowed("not"),
            start: apostrophe.start,
            end,
        });
    } else {
        tokens.push(token(TokenKind::Word, text, start, end));
    }
}

/// Whether the words ending just before `tokens[idx]` are `phrase` (lowercase words), with
/// nothing else between them. `idx` may be `tokens.len()`.
pub(crate) fn phrase_ends_before(tokens: &[Token<'_>], idx: usize, phrase: &[&str]) -> bool {
    idx >= phrase.len()
        && phrase
            .iter()
            .zip(&tokens[idx - phrase.len()..idx])
            .all(|(word, token)| token.is_word(word))
}

/// Whether the words starting at `tokens[idx]` are `phrase` (lowercase words).
pub(crate) fn phrase_starts_at(tokens: &[Token<'_>], idx: usize, phrase: &[&str]) -> bool {
    idx + phrase.len() <= tokens.len()
        && phrase
            .iter()
            .zip(&tokens[idx..idx + phrase.len()])
            .all(|(word, token)| token.is_word(word))
}

/// The small English number words job ads spell out, "one" through "twenty".
pub(crate) fn number_word(word: &str) -> Option<u32> {
    const WORDS: [&str; 20] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    WORDS
        .iter()
        .position(|candidate| *candidate == word)
        .map(|idx| idx as u32 + 1)
}

/// The month a (lowercase) English month name or abbreviation names, 1 for January. Accepts
/// "sept" and "sep" since both are common.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &["jan", "january"],
        &["feb", "february"],
        &["mar", "march"],
        &["apr", "april"],
        &["may"],
        &["jun", "june"],
        &["jul", "july"],
        &["aug", "august"],
        &["sep", "sept", "september"],
        &["oct", "october"],
        &["nov", "november"],
        &["dec", "december"],
    ];
    MONTHS
        .iter()
        .position(|names| names.contains(&word))
        .map(|idx| idx as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowers(text: &str) -> Vec<String> {
        text_tokens(text)
            .into_iter()
            .map(|token| token.lower.into_owned())
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_symbols_with_spans() {
        let tokens = text_tokens("5+ yrs, Café");
        let kinds: Vec<TokenKind> = tokens.iter().map(|token| token.kind).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Number,
                TokenKind::Symbol,
                TokenKind::Word,
                TokenKind::Symbol,
                TokenKind::Word
            ]
        );
        assert!(adjacent(&tokens[0], &tokens[1]));
        assert!(!adjacent(&tokens[1], &tokens[2]));
        assert_eq!(tokens[4].text, "Café");
        assert_eq!(tokens[4].lower, "café");
        assert_eq!(&"5+ yrs, Café"[tokens[4].start..tokens[4].end], "Café");
    }

    #[test]
    fn contractions_become_not() {
        assert_eq!(lowers("isn't remote"), ["is", "not", "remote"]);
        assert_eq!(lowers("can’t"), ["ca", "not"]);
        // A quoted "t" that is no contraction stays as written.
        assert_eq!(lowers("'t'"), ["'", "t", "'"]);
    }

    #[test]
    fn number_and_month_words() {
        assert_eq!(number_word("three"), Some(3));
        assert_eq!(number_word("twenty"), Some(20));
        assert_eq!(number_word("several"), None);
        assert_eq!(month_number("sept"), Some(9));
        assert_eq!(month_number("december"), Some(12));
        assert_eq!(month_number("dez"), None);
    }
}
