//! A [`Bm25Index`] as bytes, so that a browser can keep the index of its stored postings and
//! read it back instead of tokenizing every posting again (the costliest part of building it).
//!
//! Layout, every integer an unsigned LEB128 varint:
//! - the magic `CBM1`, then `k1` and `b` as little-endian `f32`s;
//! - the number of documents, then each document's length in tokens;
//! - the number of terms, then per term in id order: its UTF-8 length and bytes, its number of
//!   postings, and per posting the document index (the first as is, each next as the distance
//!   from the previous one) and the term frequency.
//!
//! Reading checks everything a built index guarantees (documents in range and increasing, no
//! term twice, frequencies of at least 1, nothing left over), so bytes that were cut short or
//! changed give an error, never a wrong index.

use super::{Bm25Index, Bm25Params, Posting};
use crate::skills::hash::FxHashMap;

const MAGIC: &[u8; 4] = b"CBM1";

/// The version of what a [`Bm25Index`] of postings holds: the tokenizer, the default
/// [`Bm25Params`] and the text of a posting it indexes
/// ([`crate::domain::JobPosting::embedding_text`]). An index kept as bytes under another version
/// is built again; `version_is_bumped_when_indexing_changes` fails until it is bumped.
pub const INDEX_VERSION: u32 = 1;

/// Why bytes are not a [`Bm25Index`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the stored keyword index is damaged: {0}")]
pub struct Bm25BytesError(&'static str);

impl Bm25Index {
    /// The index as bytes; [`Bm25Index::from_bytes`] reads them back.
    pub fn to_bytes(&self) -> Vec<u8> {
        let n_postings: usize = self.postings.iter().map(Vec::len).sum();
        let mut out = Vec::with_capacity(16 + 3 * n_postings + 12 * self.term_ids.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.params.k1.to_le_bytes());
        out.extend_from_slice(&self.params.b.to_le_bytes());
        write_varint(&mut out, self.doc_lengths.len() as u64);
        for &length in &self.doc_lengths {
            write_varint(&mut out, u64::from(length));
        }
        let mut terms: Vec<&str> = vec![""; self.term_ids.len()];
        for (term, &id) in &self.term_ids {
            terms[id as usize] = term;
        }
        write_varint(&mut out, terms.len() as u64);
        for (term, postings) in terms.iter().zip(&self.postings) {
            write_varint(&mut out, term.len() as u64);
            out.extend_from_slice(term.as_bytes());
            write_varint(&mut out, postings.len() as u64);
            let mut previous = 0;
            for posting in postings {
                write_varint(&mut out, u64::from(posting.doc_idx - previous));
                write_varint(&mut out, u64::from(posting.term_frequency));
                previous = posting.doc_idx;
            }
        }
        out
    }

    /// Reads an index written by [`Bm25Index::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Bm25Index, Bm25BytesError> {
        let mut reader = Reader { bytes, at: 0 };
        if reader.take(4)? != MAGIC {
            return Err(Bm25BytesError("not a keyword index"));
        }
        let k1 = reader.f32()?;
        let b = reader.f32()?;
        if !(k1.is_finite() && k1 >= 0.0 && (0.0..=1.0).contains(&b)) {
            return Err(Bm25BytesError("its parameters are out of range"));
        }
        let n_docs = reader.count()?;
        let doc_lengths = (0..n_docs)
            .map(|_| reader.u32())
            .collect::<Result<Vec<u32>, _>>()?;
        let n_terms = reader.count()?;
        let mut term_ids = FxHashMap::default();
        term_ids.reserve(n_terms);
        let mut postings = Vec::with_capacity(n_terms);
        for term_id in 0..n_terms {
            let length = reader.count()?;
            let term = std::str::from_utf8(reader.take(length)?)
                .map_err(|_| Bm25BytesError("a term is not UTF-8"))?;
            if term_ids.insert(term.to_owned(), term_id as u32).is_some() {
                return Err(Bm25BytesError("a term appears twice"));
            }
            let n_postings = reader.count()?;
            let mut term_postings = Vec::with_capacity(n_postings);
            let mut doc_idx = 0u64;
            for posting_idx in 0..n_postings {
                let step = reader.varint()?;
                if posting_idx > 0 && step == 0 {
                    return Err(Bm25BytesError("a document is listed twice for a term"));
                }
                doc_idx = doc_idx
                    .checked_add(step)
                    .filter(|&doc_idx| doc_idx < n_docs as u64)
                    .ok_or(Bm25BytesError("a posting names a document past the end"))?;
                let term_frequency = reader.u32()?;
                if term_frequency == 0 {
                    return Err(Bm25BytesError("a posting has no occurrence"));
                }
                term_postings.push(Posting {
                    doc_idx: doc_idx as u32,
                    term_frequency,
                });
            }
            postings.push(term_postings);
        }
        if reader.at != bytes.len() {
            return Err(Bm25BytesError("bytes follow the index"));
        }
        Ok(Bm25Index::from_parts(
            Bm25Params { k1, b },
            term_ids,
            postings,
            doc_lengths,
        ))
    }
}

fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Bm25BytesError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())
            .ok_or(Bm25BytesError("it ends too soon"))?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Ok(taken)
    }

    fn f32(&mut self) -> Result<f32, Bm25BytesError> {
        let bytes = self.take(4)?;
        Ok(f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn varint(&mut self) -> Result<u64, Bm25BytesError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.take(1)?[0];
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(Bm25BytesError("a number is too long"))
    }

    fn u32(&mut self) -> Result<u32, Bm25BytesError> {
        u32::try_from(self.varint()?).map_err(|_| Bm25BytesError("a number is too large"))
    }

    /// A count of items that follow, each at least one byte: never more than the bytes left,
    /// so a damaged count cannot make the reader allocate more than the input's size.
    fn count(&mut self) -> Result<usize, Bm25BytesError> {
        let count = self.u32()? as usize;
        if count > self.bytes.len() - self.at {
            return Err(Bm25BytesError("a count is larger than what follows"));
        }
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Bm25Index {
        Bm25Index::for_documents(
            &[
                "Registered nurse, ICU: RN licence and BLS required.",
                "Forklift driver; C++ and C# welcome (not really) — Node.js",
                "",
                "nurse nurse nurse manager",
            ],
            Bm25Params { k1: 1.5, b: 0.6 },
        )
    }

    #[test]
    fn an_index_reads_back_scoring_the_same() {
        let index = sample();
        let read = Bm25Index::from_bytes(&index.to_bytes()).expect("reads back");
        assert_eq!(read.n_docs(), index.n_docs());
        assert_eq!(read.average_doc_length(), index.average_doc_length());
        for text in ["nurse ICU", "c++ node.js driver", "nothing matches"] {
            let (mut expected, mut actual) = (Vec::new(), Vec::new());
            index.score_into(&index.query(text), &mut expected);
            read.score_into(&read.query(text), &mut actual);
            assert_eq!(actual, expected, "{text}");
        }
        assert_eq!(read.to_bytes(), index.to_bytes());
    }

    /// A hash of the bundled samples' index under each [`INDEX_VERSION`]. A new version
    /// appends its own.
    const INDEXED_SAMPLES: &[(u32, u64)] = &[(1, 7158194257317469463)];

    #[test]
    fn version_is_bumped_when_indexing_changes() {
        use std::hash::Hasher;
        let texts: Vec<String> = crate::samples::sample_jobs()
            .iter()
            .map(|job| job.embedding_text())
            .collect();
        let index = Bm25Index::for_documents(&texts, Bm25Params::default());
        let mut hasher = crate::skills::hash::FxHasher::default();
        hasher.write(&index.to_bytes());
        let digest = hasher.finish();
        let expected = INDEXED_SAMPLES
            .iter()
            .find(|(version, _)| *version == INDEX_VERSION)
            .map(|(_, digest)| *digest);
        assert_eq!(
            expected,
            Some(digest),
            "what a posting's keyword index holds changed: bump INDEX_VERSION (kept indexes are \
             then built again) and add ({}, {digest}) to INDEXED_SAMPLES",
            INDEX_VERSION + 1
        );
    }

    #[test]
    fn an_empty_index_reads_back() {
        let index = Bm25Index::for_documents::<&str>(&[], Bm25Params::default());
        let read = Bm25Index::from_bytes(&index.to_bytes()).expect("reads back");
        assert_eq!(read.n_docs(), 0);
    }

    #[test]
    fn damaged_bytes_are_an_error_never_a_panic() {
        let bytes = sample().to_bytes();
        for cut in 0..bytes.len() {
            assert!(
                Bm25Index::from_bytes(&bytes[..cut]).is_err(),
                "cut at {cut}"
            );
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(Bm25Index::from_bytes(&longer).is_err());
        // Any single byte changed reads as an error or as some index, and never panics.
        for at in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[at] ^= 0x5a;
            let _ = Bm25Index::from_bytes(&changed);
        }
        assert_eq!(
            Bm25Index::from_bytes(b"nope").unwrap_err(),
            Bm25BytesError("not a keyword index")
        );
    }

    /// Written by hand: `CBM1`, `k1`, `b`, then `docs`, then one term "a" with `steps`.
    fn one_term(k1: f32, b: f32, n_docs: u64, steps: &[u64]) -> Vec<u8> {
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&k1.to_le_bytes());
        bytes.extend_from_slice(&b.to_le_bytes());
        write_varint(&mut bytes, n_docs);
        for _ in 0..n_docs {
            write_varint(&mut bytes, 1);
        }
        write_varint(&mut bytes, 1);
        write_varint(&mut bytes, 1);
        bytes.push(b'a');
        write_varint(&mut bytes, steps.len() as u64);
        for &step in steps {
            write_varint(&mut bytes, step);
            write_varint(&mut bytes, 1);
        }
        bytes
    }

    #[test]
    fn postings_that_wrap_around_or_parameters_out_of_range_are_refused() {
        assert!(Bm25Index::from_bytes(&one_term(1.2, 0.75, 3, &[0, 2])).is_ok());
        // 2, then 2 + (2^64 - 1) would wrap around to document 1.
        assert!(Bm25Index::from_bytes(&one_term(1.2, 0.75, 3, &[2, u64::MAX])).is_err());
        for (k1, b) in [(f32::NAN, 0.75), (-1.0, 0.75), (1.2, -0.1), (1.2, 1.5)] {
            assert!(
                Bm25Index::from_bytes(&one_term(k1, b, 3, &[0])).is_err(),
                "{k1} {b}"
            );
        }
    }
}
