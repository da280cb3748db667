//! The one tokenizer both the taxonomy's surface forms and free text go through, so a form
//! matches text exactly when their token keys agree.
//!
//! Rules, in the order they are tried at each character:
//! - Whitespace separates tokens and is otherwise dropped.
//! - `/` and `&` are symbol tokens of their own, so "CI/CD", "A/B testing" and "R&D" match
//!   only with the symbol, while "Python/Django" still yields both words.
//! - A `-` between two alphanumerics is a soft break: "full-stack" is the two tokens "full"
//!   and "stack", so it matches "full stack" too. Any other `-` is a break.
//! - A word starts at an alphanumeric, or at a `.` followed by one and not preceded by one
//!   (".NET"). It runs over alphanumerics, keeps a `.` that is followed by an alphanumeric
//!   ("node.js", "asp.net", "3.11") and drops an apostrophe between two alphanumerics
//!   ("driver's" is "drivers"). Trailing `+`s and then one `#` join it ("c++", "a+", "c#").
//! - Everything else (`,`, `(`, `:`, a sentence-final `.`, ...) is a break token, which no
//!   surface form contains, so no match spans it.
//!
//! A word's key is its lowercased text without apostrophes; a symbol's key is the symbol.

/// What a token is; only words and symbols can be part of a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    Symbol,
    Break,
}

/// One token of a text: its kind and its byte span in that text. The span of a word covers
/// its raw text, apostrophes included, so `&text[start..end]` is what the writer typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
}

fn char_at(text: &str, index: usize) -> Option<char> {
    text.get(index..).and_then(|rest| rest.chars().next())
}

fn char_before(text: &str, index: usize) -> Option<char> {
    text[..index].chars().next_back()
}

/// Appends `c` lowercased; ASCII, nearly every character here, skips the Unicode tables.
pub(crate) fn push_lowercase(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        out.extend(c.to_lowercase());
    }
}

fn is_alnum(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Splits `text` into tokens, calling `emit(token, key)` for each in order. `key` is the
/// token's match key (empty for a break); it borrows `scratch`, which is cleared and reused
/// for every word so tokenizing allocates nothing once `scratch` has grown.
pub(crate) fn skill_tokens(text: &str, scratch: &mut String, mut emit: impl FnMut(Token, &str)) {
    let mut index = 0;
    while let Some(c) = char_at(text, index) {
        let len = c.len_utf8();
        let next = char_at(text, index + len);
        if c.is_whitespace() {
            index += len;
        } else if c == '/' || c == '&' {
            let token = Token {
                kind: TokenKind::Symbol,
                start: index,
                end: index + len,
            };
            emit(token, &text[index..index + len]);
            index += len;
        } else if c == '-' && is_alnum(char_before(text, index)) && is_alnum(next) {
            index += len;
        } else if c.is_alphanumeric()
            || (c == '.' && is_alnum(next) && !is_alnum(char_before(text, index)))
        {
            let start = index;
            scratch.clear();
            push_lowercase(scratch, c);
            index += len;
            while let Some(c) = char_at(text, index) {
                let len = c.len_utf8();
                let next = char_at(text, index + len);
                if c.is_alphanumeric() {
                    push_lowercase(scratch, c);
                } else if c == '.' && is_alnum(next) {
                    scratch.push('.');
                } else if (c == '\'' || c == '\u{2019}')
                    && is_alnum(char_before(text, index))
                    && is_alnum(next)
                {
                    // Dropped from the key: "driver's" and "drivers" are one word.
                } else {
                    break;
                }
                index += len;
            }
            while text[index..].starts_with('+') {
                scratch.push('+');
                index += 1;
            }
            if text[index..].starts_with('#') {
                scratch.push('#');
                index += 1;
            }
            emit(
                Token {
                    kind: TokenKind::Word,
                    start,
                    end: index,
                },
                scratch,
            );
        } else {
            emit(
                Token {
                    kind: TokenKind::Break,
                    start: index,
                    end: index + len,
                },
                "",
            );
            index += len;
        }
    }
}

/// The space-joined token keys of `form`, or `None` when it holds a break token or no token
/// at all, which a skill name or alias may not: what the trie keys forms by, spelt out for
/// the tests.
#[cfg(test)]
pub(crate) fn form_key(form: &str) -> Option<String> {
    let mut scratch = String::new();
    let mut key = String::with_capacity(form.len());
    let mut valid = true;
    skill_tokens(form, &mut scratch, |token, token_key| {
        if token.kind == TokenKind::Break {
            valid = false;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(token_key);
    });
    (valid && !key.is_empty()).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of `text`'s tokens, with `|` standing for a break.
    fn keys(text: &str) -> Vec<String> {
        let mut scratch = String::new();
        let mut out = Vec::new();
        skill_tokens(text, &mut scratch, |token, key| {
            out.push(if token.kind == TokenKind::Break {
                "|".to_owned()
            } else {
                key.to_owned()
            })
        });
        out
    }

    #[test]
    fn symbols_in_language_names_stay_in_the_word() {
        assert_eq!(
            keys("C, C++, C#, F# and .NET"),
            ["c", "|", "c++", "|", "c#", "|", "f#", "and", ".net"]
        );
        assert_eq!(
            keys("Node.js, ASP.NET Core"),
            ["node.js", "|", "asp.net", "core"]
        );
        assert_eq!(
            keys("CompTIA A+ and Security+"),
            ["comptia", "a+", "and", "security+"]
        );
    }

    #[test]
    fn slash_and_ampersand_are_tokens_hyphen_between_words_is_not() {
        assert_eq!(keys("CI/CD"), ["ci", "/", "cd"]);
        assert_eq!(keys("A/B testing"), ["a", "/", "b", "testing"]);
        assert_eq!(keys("R&D"), ["r", "&", "d"]);
        assert_eq!(keys("Objective-C"), ["objective", "c"]);
        assert_eq!(keys("full-stack"), keys("full stack"));
        assert_eq!(keys("Python - Django"), ["python", "|", "django"]);
    }

    #[test]
    fn sentence_dots_break_but_inner_dots_and_apostrophes_do_not() {
        assert_eq!(
            keys("I know Python. Go"),
            ["i", "know", "python", "|", "go"]
        );
        assert_eq!(keys("Python 3.11"), ["python", "3.11"]);
        assert_eq!(keys("driver's licence"), ["drivers", "licence"]);
        assert_eq!(keys("driver\u{2019}s"), ["drivers"]);
        assert_eq!(keys("drivers' licence"), ["drivers", "|", "licence"]);
    }

    #[test]
    fn spans_are_byte_offsets_of_the_raw_text() {
        let text = "Café • Über-Kubernetes";
        let mut scratch = String::new();
        let mut words = Vec::new();
        skill_tokens(text, &mut scratch, |token, key| {
            if token.kind == TokenKind::Word {
                words.push((&text[token.start..token.end], key.to_owned()));
            }
        });
        assert_eq!(
            words,
            [
                ("Café", "café".to_owned()),
                ("Über", "über".to_owned()),
                ("Kubernetes", "kubernetes".to_owned())
            ]
        );
    }

    #[test]
    fn form_key_rejects_punctuation_a_form_cannot_hold() {
        assert_eq!(
            form_key("CI/CD pipelines").as_deref(),
            Some("ci / cd pipelines")
        );
        assert_eq!(form_key("  Go  ").as_deref(), Some("go"));
        assert_eq!(form_key("RT(R)"), None);
        assert_eq!(form_key("Workers' compensation"), None);
        assert_eq!(form_key(""), None);
    }
}
