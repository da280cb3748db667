//! Turning files a person drops on the page into Candor's inputs: job postings (JSON, CSV,
//! schema.org `JobPosting` JSON-LD) with a per-row batch report, and resume text (TXT, PDF,
//! DOCX, JSON Resume), and telling which of the two a file dropped anywhere on the page is.
//!
//! Everything here works on bytes already in memory and never reads a clock: the caller passes
//! the file's bytes, its name when known, and `today`. Every error is a sentence a person can act
//! on, and no input, however damaged, makes these functions panic; each format has a test that
//! feeds it truncated and garbled bytes.

pub mod dropped;
pub mod jobs;
pub mod resume;

mod docx;
mod json_resume;
mod markup;
mod pdf;
mod text;
mod zip;

/// One mebibyte, for size limits and their messages.
const MIB: usize = 1024 * 1024;

/// `bytes` in mebibytes with one decimal, for messages ("12.4 MB").
fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / MIB as f64)
}
