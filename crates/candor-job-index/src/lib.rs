//! Published job indexes: a publisher (a job board, a career office) embeds its postings once,
//! natively, and publishes them as static files; a browser verifies them like model shards and
//! only ever embeds the resume. The format is specified in `docs/job-index.md`.
//!
//! - [`manifest`]: the manifest, whose own SHA-256 is what a user pins, and its checks.
//! - [`build`]: postings and their vectors in, the manifest and shard files out (byte-identical
//!   for the same input).
//! - [`open`]: a pinned manifest and its shards' bytes in, a [`candor_core::matching::JobIndex`]
//!   and its vectors out, or an error a person understands.
//! - [`quantize`]: the int8 vectors with a scale per vector.
//!
//! Nothing here reads files or the network: the CLI and the worker bring the bytes.

pub mod build;
pub mod manifest;
pub mod open;
pub mod quantize;

pub use build::{BuildInput, BuiltIndex, build};
pub use manifest::{Manifest, ModelStamp, ShardEntry, ShardKind};
pub use open::{Expected, IndexError, PublishedIndex, VectorKind, accept, open};
