//! Okapi BM25 lexical scoring over an inverted index, and best-passage search within a resume.
//!
//! The scoring function is Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25
//! and Beyond" (2009), with Lucene's always-positive idf
//! (<https://lucene.apache.org/core/9_0_0/core/org/apache/lucene/search/similarities/BM25Similarity.html>):
//!
//! ```text
//! idf(t)      = ln(1 + (N - n(t) + 0.5) / (n(t) + 0.5))
//! score(q, d) = sum over query terms t of  qtf(t) * idf(t) * tf(t, d) * (k1 + 1)
//!                                          / (tf(t, d) + k1 * (1 - b + b * |d| / avgdl))
//! ```
//!
//! A term repeated in the query counts once per repetition, as when Lucene sums one clause per
//! query token. Per-document length norms are computed once when the index is built and each
//! query's weights once per query, so scoring a document is a lookup, a multiply and a divide.

use std::ops::Range;

mod bytes;
pub use bytes::{Bm25BytesError, INDEX_VERSION};

use crate::skills::hash::FxHashMap;

/// Term-frequency saturation, Lucene's default.
pub const K1: f32 = 1.2;
/// Length normalization strength, Lucene's default.
pub const B: f32 = 0.75;

/// BM25's two free parameters. The default is [`K1`] = 1.2 and [`B`] = 0.75.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bm25Params {
    /// Term-frequency saturation: 0 scores presence only; larger values let repeats count longer.
    pub k1: f32,
    /// Length normalization in [0, 1]: 0 ignores document length, 1 divides fully by it.
    pub b: f32,
}

impl Default for Bm25Params {
    fn default() -> Self {
        Bm25Params { k1: K1, b: B }
    }
}

/// Lucene's BM25 inverse document frequency of a term found in `doc_frequency` of `n_docs`
/// documents: `ln(1 + (N - n + 0.5) / (n + 0.5))`. Always positive, even for a term in every
/// document.
pub fn idf(n_docs: usize, doc_frequency: usize) -> f32 {
    let n_docs = n_docs as f64;
    let doc_frequency = doc_frequency as f64;
    (1.0 + (n_docs - doc_frequency + 0.5) / (doc_frequency + 0.5)).ln() as f32
}

/// Personal pronouns, which are no tokens: a resume written in the third person ("she led",
/// "their team") or with pronouns in its header must score as the same resume in the first.
/// "it" stays a token: it is also IT, the field.
const PRONOUNS: &[&str] = &[
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "they",
    "them",
    "their",
    "theirs",
    "themself",
    "themselves",
    "xe",
    "xem",
    "xyr",
    "xyrs",
    "ze",
    "zir",
    "zirs",
    "hir",
    "hirs",
];

/// Calls `visit` with each lowercase token of `text`, in order, reusing `buffer` for the token.
///
/// A token is a run of letters and digits, and also keeps:
/// - a trailing run of `+` or `#` after letters (`C++`, `C#`, `F#`, `Notepad++`), but not after
///   digits (`5+ years` gives `5`);
/// - a `.` between two letters or digits (`Node.js`, `ASP.NET`, `3.5`) and a leading `.` before
///   a letter or digit at the start of a token (`.NET`); trailing dots end a token.
///
/// An apostrophe ends a token and a possessive `'s` after it is dropped (`nurse's` gives
/// `nurse`). Everything else separates tokens.
pub fn for_each_token(text: &str, buffer: &mut String, mut visit: impl FnMut(&str)) {
    buffer.clear();
    // Whether the buffer holds only letters so far, so `+` and `#` may follow.
    let mut buffer_is_alphabetic = true;
    // Whether the buffer ends in a `+`/`#` suffix, after which only more suffix characters fit.
    let mut in_suffix = false;
    let mut chars = text.chars().peekable();
    fn flush(buffer: &mut String, visit: &mut impl FnMut(&str)) {
        if !buffer.is_empty() && !PRONOUNS.contains(&buffer.as_str()) {
            visit(buffer);
        }
        buffer.clear();
    }
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        if c.is_alphanumeric() {
            if in_suffix {
                flush(buffer, &mut visit);
                in_suffix = false;
            }
            if buffer.is_empty() {
                buffer_is_alphabetic = true;
            }
            buffer_is_alphabetic &= c.is_alphabetic();
            // ASCII first: nearly every character of a posting, and far cheaper to lowercase.
            if c.is_ascii() {
                buffer.push(c.to_ascii_lowercase());
            } else {
                buffer.extend(c.to_lowercase());
            }
        } else if c == '.' && !in_suffix && next.is_some_and(char::is_alphanumeric) {
            if buffer.is_empty() {
                buffer_is_alphabetic = true;
            }
            buffer.push('.');
        } else if (c == '+' || c == '#')
            && !buffer.is_empty()
            && (in_suffix || buffer_is_alphabetic)
        {
            buffer.push(c);
            in_suffix = true;
        } else {
            flush(buffer, &mut visit);
            in_suffix = false;
            if (c == '\'' || c == '\u{2019}')
                && matches!(next, Some('s' | 'S'))
                && (chars.clone().nth(1)).is_none_or(|after| !after.is_alphanumeric())
            {
                chars.next();
            }
        }
    }
    flush(buffer, &mut visit);
}

/// The lowercase tokens of `text`; see [`for_each_token`].
pub fn terms(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut buffer = String::new();
    for_each_token(text, &mut buffer, |token| tokens.push(token.to_owned()));
    tokens
}

/// One document containing a term, and how often.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Posting {
    doc_idx: u32,
    term_frequency: u32,
}

/// An inverted index over a fixed set of documents, built once and scored many times.
/// Documents are identified by their position in the slice the index was built from.
#[derive(Debug, Clone)]
pub struct Bm25Index {
    params: Bm25Params,
    term_ids: FxHashMap<String, u32>,
    /// `postings[term_id]`, sorted by document.
    postings: Vec<Vec<Posting>>,
    doc_lengths: Vec<u32>,
    /// `k1 * (1 - b + b * |d| / avgdl)` per document: the tf denominator minus tf.
    length_norms: Vec<f32>,
    average_doc_length: f32,
}

impl Bm25Index {
    /// Tokenizes and indexes `documents`.
    pub fn for_documents<S: AsRef<str>>(documents: &[S], params: Bm25Params) -> Self {
        let mut term_ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut postings: Vec<Vec<Posting>> = Vec::new();
        let mut doc_lengths = Vec::with_capacity(documents.len());
        let mut doc_term_ids: Vec<u32> = Vec::new();
        let mut buffer = String::new();
        for (doc_idx, document) in documents.iter().enumerate() {
            doc_term_ids.clear();
            for_each_token(document.as_ref(), &mut buffer, |token| {
                let next_id = term_ids.len() as u32;
                let term_id = match term_ids.get(token) {
                    Some(&id) => id,
                    None => {
                        term_ids.insert(token.to_owned(), next_id);
                        postings.push(Vec::new());
                        next_id
                    }
                };
                doc_term_ids.push(term_id);
            });
            doc_lengths.push(doc_term_ids.len() as u32);
            doc_term_ids.sort_unstable();
            for run in doc_term_ids.chunk_by(|a, b| a == b) {
                postings[run[0] as usize].push(Posting {
                    doc_idx: doc_idx as u32,
                    term_frequency: run.len() as u32,
                });
            }
        }
        Bm25Index::from_parts(params, term_ids, postings, doc_lengths)
    }

    /// The index of these terms, postings and document lengths (as [`Bm25Index::for_documents`]
    /// gathers them, or as they were stored): the lengths' average and norms follow from them.
    fn from_parts(
        params: Bm25Params,
        term_ids: FxHashMap<String, u32>,
        postings: Vec<Vec<Posting>>,
        doc_lengths: Vec<u32>,
    ) -> Self {
        let total_length: u64 = doc_lengths.iter().map(|&n| u64::from(n)).sum();
        let average_doc_length = if doc_lengths.is_empty() {
            0.0
        } else {
            total_length as f32 / doc_lengths.len() as f32
        };
        let length_norms = doc_lengths
            .iter()
            .map(|&length| {
                let relative_length = if average_doc_length > 0.0 {
                    length as f32 / average_doc_length
                } else {
                    1.0
                };
                params.k1 * (1.0 - params.b + params.b * relative_length)
            })
            .collect();
        Bm25Index {
            params,
            term_ids,
            postings,
            doc_lengths,
            length_norms,
            average_doc_length,
        }
    }

    /// How many documents the index holds.
    pub fn n_docs(&self) -> usize {
        self.doc_lengths.len()
    }

    /// The mean document length in tokens; 0 for an empty index.
    pub fn average_doc_length(&self) -> f32 {
        self.average_doc_length
    }

    /// The length of document `doc_idx` in tokens.
    pub fn doc_length(&self, doc_idx: usize) -> usize {
        self.doc_lengths[doc_idx] as usize
    }

    /// How many documents contain `term`, which must already be a token (lowercase).
    pub fn doc_frequency(&self, term: &str) -> usize {
        self.term_ids
            .get(term)
            .map_or(0, |&id| self.postings[id as usize].len())
    }

    /// [`idf`] of `term` in this index; terms absent from the index have no idf.
    pub fn idf(&self, term: &str) -> Option<f32> {
        match self.doc_frequency(term) {
            0 => None,
            doc_frequency => Some(idf(self.n_docs(), doc_frequency)),
        }
    }

    /// Tokenizes `text` and precomputes each distinct known term's weight
    /// `qtf * idf * (k1 + 1)`. Terms absent from the index are dropped: they score nothing.
    pub fn query(&self, text: &str) -> Bm25Query {
        let mut term_ids: Vec<u32> = Vec::new();
        let mut buffer = String::new();
        for_each_token(text, &mut buffer, |token| {
            if let Some(&id) = self.term_ids.get(token) {
                term_ids.push(id);
            }
        });
        term_ids.sort_unstable();
        let terms = term_ids
            .chunk_by(|a, b| a == b)
            .map(|run| {
                let term_id = run[0];
                let doc_frequency = self.postings[term_id as usize].len();
                QueryTerm {
                    term_id,
                    weight: run.len() as f32
                        * idf(self.n_docs(), doc_frequency)
                        * (self.params.k1 + 1.0),
                }
            })
            .collect();
        Bm25Query { terms }
    }

    /// Writes the BM25 score of every document for `query` into `scores`, which is cleared and
    /// resized to [`Bm25Index::n_docs`]; documents sharing no term with the query score 0.
    /// Allocates nothing once `scores` has the capacity.
    ///
    /// `query` must come from [`Bm25Index::query`] on this index.
    pub fn score_into(&self, query: &Bm25Query, scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.n_docs(), 0.0);
        for term in &query.terms {
            for posting in &self.postings[term.term_id as usize] {
                let doc_idx = posting.doc_idx as usize;
                let term_frequency = posting.term_frequency as f32;
                scores[doc_idx] +=
                    term.weight * term_frequency / (term_frequency + self.length_norms[doc_idx]);
            }
        }
    }

    /// The BM25 score of one document for `query`; [`Bm25Index::score_into`] is the fast path
    /// for scoring them all.
    pub fn score(&self, query: &Bm25Query, doc_idx: usize) -> f32 {
        let mut score = 0.0;
        for term in &query.terms {
            let postings = &self.postings[term.term_id as usize];
            if let Ok(found) = postings.binary_search_by_key(&(doc_idx as u32), |p| p.doc_idx) {
                let term_frequency = postings[found].term_frequency as f32;
                score +=
                    term.weight * term_frequency / (term_frequency + self.length_norms[doc_idx]);
            }
        }
        score
    }
}

/// One distinct query term and its precomputed weight `qtf * idf * (k1 + 1)`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct QueryTerm {
    term_id: u32,
    weight: f32,
}

/// A query prepared against one [`Bm25Index`]: its known terms with their weights.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bm25Query {
    terms: Vec<QueryTerm>,
}

impl Bm25Query {
    /// How many distinct query terms occur in the index.
    pub fn n_terms(&self) -> usize {
        self.terms.len()
    }

    /// True when no query term occurs in the index, so every document scores 0.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

/// Splits a resume into passages, as byte ranges into `text`: each non-blank line, without
/// surrounding whitespace or a leading bullet (`-`, `*`, `•`, `·`, `–`, `▪`, `>`), and further
/// split after `.`, `!`, `?` or `;` plus whitespace when the word before has at least 4 letters
/// (so `Sr.`, `B.S.` and `e.g.` do not split). Passages without letters or digits are dropped.
pub fn split_passages(text: &str) -> Vec<Range<usize>> {
    let mut passages = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_range = line_start..line_start + line.len();
        line_start = line_range.end;
        let mut sentence_start = line_range.start;
        let mut letters_before = 0usize;
        let mut chars = line.char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            if c.is_alphabetic() {
                letters_before += 1;
                continue;
            }
            let ends_sentence = matches!(c, '.' | '!' | '?' | ';')
                && letters_before >= 4
                && chars.peek().is_some_and(|&(_, next)| next.is_whitespace());
            letters_before = 0;
            if ends_sentence {
                let end = line_range.start + offset + c.len_utf8();
                push_passage(text, sentence_start..end, &mut passages);
                sentence_start = end;
            }
        }
        push_passage(text, sentence_start..line_range.end, &mut passages);
    }
    passages
}

/// Trims whitespace and a leading bullet from `range` and keeps it if any word character is left.
fn push_passage(text: &str, range: Range<usize>, passages: &mut Vec<Range<usize>>) {
    const BULLETS: &[char] = &['-', '*', '•', '·', '–', '▪', '>'];
    let slice = &text[range.clone()];
    let trimmed_start =
        slice.trim_start_matches(|c: char| c.is_whitespace() || BULLETS.contains(&c));
    let trimmed = trimmed_start.trim_end();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return;
    }
    let start = range.start + (slice.len() - trimmed_start.len());
    passages.push(start..start + trimmed.len());
}

/// The passage that best supports one requirement.
#[derive(Debug, Clone, PartialEq)]
pub struct PassageMatch {
    /// The passage's position in [`PassageIndex::passages`].
    pub passage_idx: usize,
    /// The passage's byte range in the indexed text.
    pub range: Range<usize>,
    /// Its BM25 score for the requirement, always above 0.
    pub score: f32,
}

/// A resume split by [`split_passages`] with a BM25 index whose documents are the passages, so
/// idf comes from the resume itself: a word on every line says little about any one line.
#[derive(Debug, Clone)]
pub struct PassageIndex {
    passages: Vec<Range<usize>>,
    index: Bm25Index,
}

impl PassageIndex {
    /// Splits and indexes `text` with the default parameters.
    pub fn for_text(text: &str) -> Self {
        let passages = split_passages(text);
        let passage_texts: Vec<&str> = passages.iter().map(|r| &text[r.clone()]).collect();
        let index = Bm25Index::for_documents(&passage_texts, Bm25Params::default());
        PassageIndex { passages, index }
    }

    /// The passages' byte ranges in the indexed text, in order.
    pub fn passages(&self) -> &[Range<usize>] {
        &self.passages
    }

    /// The highest-scoring passage for `requirement`, the first on ties, or `None` when no
    /// passage shares a term with it. `scores` is scratch, reused across requirements.
    pub fn best_passage(&self, requirement: &str, scores: &mut Vec<f32>) -> Option<PassageMatch> {
        let query = self.index.query(requirement);
        self.index.score_into(&query, scores);
        let (passage_idx, &score) = scores.iter().enumerate().reduce(|best, candidate| {
            if candidate.1 > best.1 {
                candidate
            } else {
                best
            }
        })?;
        (score > 0.0).then(|| PassageMatch {
            passage_idx,
            range: self.passages[passage_idx].clone(),
            score,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_close(actual: f32, expected: f64) {
        assert!(
            (f64::from(actual) - expected).abs() < 1e-5,
            "{actual} != {expected}"
        );
    }

    #[test]
    fn idf_is_lucenes() {
        // ln(1 + (2 - 1 + 0.5) / (1 + 0.5)) = ln 2, tantivy's pinned value.
        assert_close(idf(2, 1), std::f64::consts::LN_2);
        // A term in every one of 3 documents: ln(1 + 0.5 / 3.5) = ln(8 / 7), still positive.
        assert_close(idf(3, 3), (8.0f64 / 7.0).ln());
        // A term in 1 of 3: ln(1 + 2.5 / 1.5) = ln(8 / 3).
        assert_close(idf(3, 1), (8.0f64 / 3.0).ln());
    }

    #[test]
    fn tokenizer_keeps_language_names_and_lowercases() {
        assert_eq!(
            terms("C++, C#, .NET and Node.js; F# too. Notepad++!"),
            [
                "c++",
                "c#",
                ".net",
                "and",
                "node.js",
                "f#",
                "too",
                "notepad++"
            ]
        );
        assert_eq!(
            terms("ASP.NET Core 8, Python 3.12."),
            ["asp.net", "core", "8", "python", "3.12"]
        );
        assert_eq!(
            terms("5+ years; CI/CD, full-stack"),
            ["5", "years", "ci", "cd", "full", "stack"]
        );
        assert_eq!(
            terms("the nurse's shift, don't"),
            ["the", "nurse", "shift", "don", "t"]
        );
        assert_eq!(terms("C#developer ÉCOLE"), ["c#", "developer", "école"]);
        assert_eq!(
            terms("She/her. They led their IT team; he and him, xe"),
            ["led", "it", "team", "and"]
        );
        assert_eq!(terms("... . -- ++ #1"), ["1"]);
        assert!(terms("").is_empty());
    }

    /// The toy corpus every scoring test below uses, with lengths 2, 4 and 3 (avgdl = 3).
    fn toy_index() -> Bm25Index {
        Bm25Index::for_documents(
            &["rust engineer", "rust rust nurse shift", "truck driver cdl"],
            Bm25Params::default(),
        )
    }

    #[test]
    fn index_counts_documents_lengths_and_frequencies() {
        let index = toy_index();
        assert_eq!(index.n_docs(), 3);
        assert_eq!(index.average_doc_length(), 3.0);
        assert_eq!(index.doc_length(1), 4);
        assert_eq!(index.doc_frequency("rust"), 2);
        assert_eq!(index.doc_frequency("cdl"), 1);
        assert_eq!(index.doc_frequency("pastry"), 0);
        // ln(1 + (3 - 2 + 0.5) / 2.5) = ln 1.6.
        assert_close(index.idf("rust").unwrap(), 1.6f64.ln());
        assert_eq!(index.idf("pastry"), None);
    }

    #[test]
    fn scores_match_hand_computation() {
        let index = toy_index();
        let query = index.query("Rust nurse pastry");
        assert_eq!(query.n_terms(), 2, "pastry is not in the index");
        let mut scores = vec![99.0; 7];
        index.score_into(&query, &mut scores);
        assert_eq!(scores.len(), 3);

        let idf_rust = 1.6f64.ln();
        let idf_nurse = (8.0f64 / 3.0).ln();
        // Document 0: tf(rust) = 1, |d| = 2, norm = 1.2 * (0.25 + 0.75 * 2 / 3) = 0.9.
        let doc0 = idf_rust * 1.0 * 2.2 / (1.0 + 0.9);
        // Document 1: |d| = 4, norm = 1.2 * (0.25 + 0.75 * 4 / 3) = 1.5; tf(rust) = 2.
        let doc1 = idf_rust * 2.0 * 2.2 / (2.0 + 1.5) + idf_nurse * 1.0 * 2.2 / (1.0 + 1.5);
        assert_close(scores[0], doc0);
        assert_close(scores[1], doc1);
        assert_eq!(scores[2], 0.0);
        for (doc_idx, &score) in scores.iter().enumerate() {
            assert_close(index.score(&query, doc_idx), f64::from(score));
        }
    }

    #[test]
    fn repeated_query_terms_count_once_per_repetition() {
        let index = toy_index();
        let mut once = Vec::new();
        let mut twice = Vec::new();
        index.score_into(&index.query("cdl"), &mut once);
        index.score_into(&index.query("CDL cdl"), &mut twice);
        assert_close(twice[2], 2.0 * f64::from(once[2]));
    }

    #[test]
    fn parameters_change_saturation_and_length_normalization() {
        let documents = ["rust", "rust rust rust filler filler"];
        let binary = Bm25Index::for_documents(&documents, Bm25Params { k1: 0.0, b: 0.75 });
        let mut scores = Vec::new();
        binary.score_into(&binary.query("rust"), &mut scores);
        assert_eq!(scores[0], scores[1], "k1 = 0 scores presence only");

        let no_length =
            Bm25Index::for_documents(&["a b", "a b c d e f"], Bm25Params { k1: 1.2, b: 0.0 });
        no_length.score_into(&no_length.query("a"), &mut scores);
        assert_eq!(scores[0], scores[1], "b = 0 ignores length");
    }

    #[test]
    fn empty_index_and_empty_query_score_nothing() {
        let empty = Bm25Index::for_documents::<&str>(&[], Bm25Params::default());
        let mut scores = vec![1.0];
        empty.score_into(&empty.query("rust"), &mut scores);
        assert!(scores.is_empty());

        let index = toy_index();
        let query = index.query("!!!");
        assert!(query.is_empty());
        index.score_into(&query, &mut scores);
        assert_eq!(scores, [0.0, 0.0, 0.0]);
    }

    fn passage_texts(text: &str) -> Vec<&str> {
        split_passages(text)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn passages_are_lines_and_sentences_without_bullets() {
        let resume = "Jane Doe\n\nSummary: Backend engineer. Led a team of four; shipped Rust services.\n  \
                      - Built C++ firmware (B.S. in EE, e.g. motor control).\r\n• Kubernetes on-call\n---\n";
        assert_eq!(
            passage_texts(resume),
            [
                "Jane Doe",
                "Summary: Backend engineer.",
                "Led a team of four;",
                "shipped Rust services.",
                "Built C++ firmware (B.S. in EE, e.g. motor control).",
                "Kubernetes on-call",
            ]
        );
        assert!(split_passages("").is_empty());
    }

    #[test]
    fn best_passage_finds_the_line_that_supports_a_requirement() {
        let resume = "Registered nurse, 3 years.\n\
                      - ICU experience with ventilated patients\n\
                      - BLS and ACLS certified\n\
                      - Patient education for patients and families";
        let passages = PassageIndex::for_text(resume);
        assert_eq!(passages.passages().len(), 4);
        let mut scores = Vec::new();

        let acls = passages
            .best_passage("Current ACLS certification", &mut scores)
            .unwrap();
        assert_eq!(&resume[acls.range.clone()], "BLS and ACLS certified");
        assert_eq!(acls.passage_idx, 2);
        assert!(acls.score > 0.0);

        let icu = passages
            .best_passage("ICU nursing experience", &mut scores)
            .unwrap();
        assert_eq!(
            &resume[icu.range],
            "ICU experience with ventilated patients"
        );

        assert_eq!(passages.best_passage("CDL class A", &mut scores), None);
    }
}
