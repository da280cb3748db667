//! Candor's pure-Rust core: the model lockfile schema, job and match types, and ranking.
//!
//! This crate does no IO and knows nothing about wasm, Candle or the browser, so every rule in
//! it is unit-tested natively and behaves the same inside the Web Worker.

pub mod bm25;
pub mod dense;
pub mod domain;
pub mod eval;
pub mod feedback;
pub mod hybrid;
pub mod matching;
pub mod parse;
pub mod preferences;
pub mod rank;
pub mod samples;
pub mod skills;
pub mod summary;
pub mod tracking;
