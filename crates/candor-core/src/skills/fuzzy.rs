//! Typo-tolerant comparison of skill names: Jaro-Winkler similarity over a compact form that
//! ignores case, spaces and punctuation.
//!
//! Jaro-Winkler follows W. E. Winkler, "String Comparator Metrics and Enhanced Decision Rules
//! in the Fellegi-Sunter Model of Record Linkage" (1990): the Jaro similarity, plus a bonus of
//! 0.1 per shared leading character (at most 4) when the Jaro similarity exceeds 0.7, the
//! same rule as the `strsim` crate's `jaro_winkler`.

use super::tokenize::push_lowercase;

/// The compact form fuzzy matching and the punctuation-blind lookup compare: lowercase
/// alphanumerics plus `+` and `#`, so "Node.js", "NodeJS" and "node js" agree while "C",
/// "C++" and "C#" stay apart.
pub(crate) fn compact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            push_lowercase(&mut out, c);
        } else if c == '+' || c == '#' {
            out.push(c);
        }
    }
    out
}

/// Whether two compact forms, `a_chars` and `b_chars` characters long, are close enough in
/// length to be one misspelling apart: the shorter is at least three quarters of the longer.
/// Jaro-Winkler alone would let "java" reach 0.87 against "javascripts".
pub(crate) fn lengths_compatible(a_chars: usize, b_chars: usize) -> bool {
    4 * a_chars.min(b_chars) >= 3 * a_chars.max(b_chars)
}

/// How often each character occurs in a compact form: one count each for `a`–`z`, `0`–`9`,
/// `+` and `#`, and one shared count for everything else.
#[derive(Debug, Clone)]
pub(crate) struct CharCounts([u16; 39]);

fn bucket(c: char) -> usize {
    match c {
        'a'..='z' => c as usize - 'a' as usize,
        '0'..='9' => 26 + c as usize - '0' as usize,
        '+' => 36,
        '#' => 37,
        _ => 38,
    }
}

impl CharCounts {
    pub(crate) fn of(text: &str) -> CharCounts {
        let mut counts = [0u16; 39];
        for c in text.chars() {
            counts[bucket(c)] = counts[bucket(c)].saturating_add(1);
        }
        CharCounts(counts)
    }

    /// The size of the multiset intersection of these characters and `other`'s.
    fn overlap(&self, other: &str) -> usize {
        let mut left = self.0;
        other
            .chars()
            .filter(|&c| {
                let count = &mut left[bucket(c)];
                let hit = *count > 0;
                *count = count.saturating_sub(1);
                hit
            })
            .count()
    }
}

/// Whether `jaro_winkler(a, b)` can reach `threshold`, judged from `a`'s [`CharCounts`], the
/// character counts of both and `b` itself. Every matched character of `a` equals one of `b`,
/// so the matches are at most the multiset intersection of their characters; with no
/// transpositions and the full prefix bonus that bounds the similarity. Counting the
/// intersection costs one pass over `b`, a fraction of Jaro-Winkler's, and it lets a fuzzy
/// lookup skip about nine in ten names of a similar length; it never skips a pair that passes.
pub(crate) fn may_reach(
    a_counts: &CharCounts,
    a_chars: usize,
    b: &str,
    b_chars: usize,
    threshold: f32,
) -> bool {
    if a_chars == 0 || b_chars == 0 {
        return a_chars == b_chars;
    }
    let m = a_counts.overlap(b) as f32;
    let jaro = (m / a_chars as f32 + m / b_chars as f32 + 1.0) / 3.0;
    let best = if jaro > 0.7 { 0.6 * jaro + 0.4 } else { jaro };
    // The slack absorbs rounding: the bound and the score are computed in different orders.
    best + 1e-5 >= threshold
}

/// The longest string, in characters, [`jaro_winkler`] compares; longer inputs score 0. Skill
/// names are far shorter, and the cap lets the match flags live in two `u64`s.
pub(crate) const MAX_CHARS: usize = 64;

/// Jaro-Winkler similarity of `a` and `b` in [0, 1]: 1 for equal strings, 0 when nothing
/// matches, when exactly one is empty, or when either is longer than [`MAX_CHARS`].
pub(crate) fn jaro_winkler(a: &str, b: &str) -> f32 {
    if a.is_ascii() && b.is_ascii() {
        jaro_winkler_slices(a.as_bytes(), b.as_bytes())
    } else {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        jaro_winkler_slices(&a, &b)
    }
}

fn jaro_winkler_slices<T: PartialEq>(a: &[T], b: &[T]) -> f32 {
    let jaro = jaro(a, b);
    if jaro <= 0.7 {
        return jaro;
    }
    let prefix = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count();
    jaro + 0.1 * prefix as f32 * (1.0 - jaro)
}

fn jaro<T: PartialEq>(a: &[T], b: &[T]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() || a.len() > MAX_CHARS || b.len() > MAX_CHARS {
        return 0.0;
    }
    // Characters match when equal and at most `window` positions apart; each character of `b`
    // matches at most once. Bit i of a mask is set when position i has matched.
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let (mut a_matched, mut b_matched) = (0u64, 0u64);
    let mut n_matches = 0usize;
    for (i, x) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        for (j, y) in b.iter().enumerate().take(hi).skip(lo) {
            if b_matched & (1 << j) == 0 && x == y {
                a_matched |= 1 << i;
                b_matched |= 1 << j;
                n_matches += 1;
                break;
            }
        }
    }
    if n_matches == 0 {
        return 0.0;
    }
    // Half the matched characters that appear in a different order are transpositions.
    let mut n_out_of_order = 0usize;
    let mut j = 0;
    for (i, x) in a.iter().enumerate() {
        if a_matched & (1 << i) == 0 {
            continue;
        }
        while b_matched & (1 << j) == 0 {
            j += 1;
        }
        if *x != b[j] {
            n_out_of_order += 1;
        }
        j += 1;
    }
    let m = n_matches as f32;
    let t = (n_out_of_order / 2) as f32;
    (m / a.len() as f32 + m / b.len() as f32 + (m - t) / m) / 3.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_close(actual: f32, expected: f32) {
        assert!((actual - expected).abs() < 1e-4, "{actual} != {expected}");
    }

    #[test]
    fn winkler_paper_examples() {
        // MARTHA/MARHTA: m = 6, one transposition, Jaro 17/18; prefix 3 lifts it to 0.9611.
        assert_close(jaro(b"martha", b"marhta"), 17.0 / 18.0);
        assert_close(jaro_winkler("martha", "marhta"), 0.961_11);
        // DWAYNE/DUANE: m = 4, Jaro (4/6 + 4/5 + 1) / 3 = 0.8222; prefix 1 gives 0.84.
        assert_close(jaro_winkler("dwayne", "duane"), 0.84);
        // DIXON/DICKSONX: m = 4, Jaro (4/5 + 4/8 + 1) / 3 = 0.7667; prefix 2 gives 0.8133.
        assert_close(jaro_winkler("dixon", "dicksonx"), 0.813_33);
    }

    #[test]
    fn postgress_is_close_to_postgresql() {
        // 8 of 9 and 10 characters match in order: Jaro (8/9 + 8/10 + 1) / 3 = 0.8963, and
        // the 4-character prefix bonus adds 0.4 * 0.1037.
        assert_close(jaro_winkler("postgress", "postgresql"), 0.937_78);
    }

    #[test]
    fn no_prefix_bonus_at_or_below_jaro_0_7() {
        // "abcd"/"abxy": m = 2, Jaro (2/4 + 2/4 + 1) / 3 = 0.6667, so no bonus for "ab".
        assert_close(jaro_winkler("abcd", "abxy"), 2.0 / 3.0);
    }

    #[test]
    fn edge_cases() {
        assert_eq!(jaro_winkler("", ""), 1.0);
        assert_eq!(jaro_winkler("", "go"), 0.0);
        assert_eq!(jaro_winkler("abc", "xyz"), 0.0);
        assert_eq!(jaro_winkler("kubernetes", "kubernetes"), 1.0);
        assert_eq!(jaro_winkler(&"a".repeat(65), &"a".repeat(65)), 0.0);
        assert_close(jaro_winkler("café", "cafe"), jaro_winkler("cafx", "cafe"));
    }

    #[test]
    fn length_rule() {
        assert!(lengths_compatible(9, 10));
        assert!(lengths_compatible(6, 8));
        assert!(!lengths_compatible(5, 7));
        assert!(!lengths_compatible(4, 10));
    }

    #[test]
    fn the_bound_never_prunes_a_pair_that_passes() {
        let words = [
            "martha",
            "marhta",
            "dwayne",
            "duane",
            "dixon",
            "dicksonx",
            "postgress",
            "postgresql",
            "postgres",
            "kubernetes",
            "kubernets",
            "kubernetse",
            "tanya",
            "tonya",
            "java",
            "javascript",
            "pyhton",
            "python",
            "c++",
            "c#",
            "nodejs",
            "node",
            "café",
            "cafe",
            "aab",
            "abb",
            "",
        ];
        for a in words {
            let a_counts = CharCounts::of(a);
            for b in words {
                let (a_chars, b_chars) = (a.chars().count(), b.chars().count());
                for threshold in [0.5, 0.7, 0.85, 0.95, 1.0] {
                    if jaro_winkler(a, b) >= threshold {
                        assert!(
                            may_reach(&a_counts, a_chars, b, b_chars, threshold),
                            "{a} {b}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_bound_counts_repeated_characters_once_each() {
        // "aaaaa" and "abcde" share one "a": Jaro is at most (1/5 + 1/5 + 1) / 3 = 0.4667.
        let counts = CharCounts::of("aaaaa");
        assert_eq!(counts.overlap("abcde"), 1);
        assert!(!may_reach(&counts, 5, "abcde", 5, 0.467));
        assert!(may_reach(&counts, 5, "abcde", 5, 0.466));
        // Only e, r and t of "qwert" occur in "kubernetes": at most (3/5 + 3/10 + 1) / 3 = 0.633.
        assert!(!may_reach(
            &CharCounts::of("qwert"),
            5,
            "kubernetes",
            10,
            0.64
        ));
    }

    #[test]
    fn compact_drops_case_spaces_and_punctuation_but_keeps_plus_and_hash() {
        assert_eq!(compact("Node.js"), "nodejs");
        assert_eq!(compact("node JS"), "nodejs");
        assert_eq!(compact("C++"), "c++");
        assert_eq!(compact("C#"), "c#");
        assert_eq!(compact("CI/CD"), "cicd");
    }
}
