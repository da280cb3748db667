//! The model lockfile, `models.lock.toml`: every model Candor may run, pinned to an upstream
//! commit, with the SHA-256 and size of each of its files.
//!
//! [`ModelLock::parse`] reads the TOML text and checks every rule the rest of Candor relies on
//! (unique ids, well-formed digests, the same-origin mirror first, sound instruction profiles), so
//! the store and the worker can trust a parsed lock without checking it again. Every error names
//! the line and column of the offending value. [`ModelLock::lock_hash`] fingerprints the pinned
//! values, for keys of cached vectors.
//!
//! This crate is the supply chain as data, shared by the model runtime, the store, the worker and
//! the CLI: the lock's schema and validation here, what a stored vector was computed with in
//! [`provenance`], and the SHA-256 helpers in [`digest`]. It does no IO.

pub mod digest;
pub mod provenance;
mod validate;

use std::fmt;

use serde::{Deserialize, Serialize};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::digest::sha256_hex;

/// The only lockfile `version` this build reads.
pub const SUPPORTED_VERSION: u32 = 1;

/// The parsed and validated contents of `models.lock.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelLock {
    /// The schema version; always [`SUPPORTED_VERSION`] in a parsed lock.
    pub version: u32,
    /// The models used when the user has not picked others.
    pub defaults: Defaults,
    /// Every pinned model, in file order, with unique ids.
    pub models: Vec<ModelEntry>,
}

/// The ids of the models Candor uses by default, one per role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// The embedding model for retrieval; always a model of kind [`ModelKind::Embedding`].
    pub embedding: String,
    /// The cross-encoder that rescores retrieved pairs; always a [`ModelKind::Reranker`].
    pub reranker: String,
    /// The smaller embedding model used when the default cannot run (for example, too little
    /// memory); always a model of kind [`ModelKind::Embedding`].
    pub fallback: String,
}

/// One pinned model: where its files come from, what they hash to, and how to run it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelEntry {
    /// The id other code and the lockfile's `defaults` refer to, such as `all-minilm-l6-v2`.
    pub id: String,
    /// The upstream repository, such as `sentence-transformers/all-MiniLM-L6-v2`.
    pub repo: String,
    /// The full 40-character lowercase hex commit id the files are pinned to.
    pub revision: String,
    /// The SPDX license identifier of the weights.
    pub license: String,
    /// Whether the model embeds texts or scores pairs.
    pub kind: ModelKind,
    /// The model code that runs the weights.
    pub backend: Backend,
    /// The width of the model's hidden state.
    pub native_dimension: u32,
    /// The width of stored vectors, between 1 and `native_dimension`; a smaller value means
    /// Matryoshka truncation, followed by normalizing again.
    pub stored_dimension: u32,
    /// The longest input, in tokens, the model was trained for.
    pub max_tokens: u32,
    /// The tokenizer the model's `tokenizer.json` implements.
    pub tokenizer_family: TokenizerFamily,
    /// How the hidden states become one vector or one score.
    pub pooling: Pooling,
    /// What is applied to pooled vectors.
    pub normalization: Normalization,
    /// Whether queries take a task instruction; when false, `instruction_profiles` is empty.
    pub instruction_support: bool,
    /// URL templates for each file, tried in order, with `{repo}`, `{revision}` and `{path}`
    /// placeholders. The first is always the same-origin mirror, relative to the app root.
    pub sources: Vec<String>,
    /// Every pinned file, with unique paths; at least one is required.
    pub files: Vec<ModelFile>,
    /// The instructions queries may be embedded or scored under, with unique ids.
    #[serde(default)]
    pub instruction_profiles: Vec<InstructionProfile>,
    /// How the model's output enters a match score: present on every reranker, absent from
    /// every embedding model (whose cosine is a learned signal of `hybrid_weights.json`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<ScoreRule>,
}

/// How a reranker's P(yes) enters a match score, as data rather than code: the worker and
/// `candor eval` pass these numbers to `candor_core`'s ranking.
///
/// In a parsed lock, `0 <= weight <= 1` and `rerank_top_k >= 1`. `validated = false` says the
/// values are defaults nobody has measured; `candor eval --reranker` measures them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreRule {
    /// The share of a reranked posting's score that is P(yes); the other signals' weighted
    /// mean fills the remaining `1 - weight`.
    pub weight: f32,
    /// How many of the best fully scored postings the reranker reads and reorders among
    /// themselves; postings below them keep their order.
    pub rerank_top_k: u32,
    /// True only when `weight` and `rerank_top_k` were chosen from metrics on the real weights
    /// (`candor eval --reranker`); false for hand-set defaults.
    pub validated: bool,
}

/// One file of a model, pinned by digest and size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    /// The path inside the repository, relative and `/`-separated, such as
    /// `1_Pooling/config.json`; never absolute and never containing `..`.
    pub path: String,
    /// The lowercase hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// The file's size in bytes; never zero.
    pub bytes: u64,
    /// Whether the model cannot run without the file; optional files are kept for provenance.
    pub required: bool,
    /// Optional SHA-256s of the file's fixed-size byte ranges ("shards"), so a download can
    /// check each range as it arrives and drop a bad source at its first bad shard instead of
    /// after the whole file. The whole-file `sha256` is always checked as well. Absent from the
    /// canonical form (and so from the lock hash) when not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shards: Option<ShardPins>,
}

/// The per-shard digests of one file: shard `i` covers bytes
/// `[i * bytes, min((i + 1) * bytes, file.bytes))`.
///
/// In a parsed lock, `bytes > 0`, there are exactly `ceil(file.bytes / bytes)` digests and each
/// is 64 lowercase hex characters. `candor lock shards` computes them from a verified local copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShardPins {
    /// The size of every shard but the last, in bytes.
    pub bytes: u64,
    /// The lowercase hex SHA-256 of each shard, in file order.
    pub sha256: Vec<String>,
}

impl ShardPins {
    /// How many shards of `shard_bytes` cover a file of `file_bytes`: `ceil(file / shard)`.
    ///
    /// # Panics
    ///
    /// Panics if `shard_bytes` is zero, which a parsed lock rules out.
    pub fn count_for(file_bytes: u64, shard_bytes: u64) -> u64 {
        file_bytes.div_ceil(shard_bytes)
    }
}

/// A task instruction queries are embedded or scored under, with the thresholds calibrated for
/// it.
///
/// Scores are only comparable under the same profile, and the profile is part of the key of
/// every stored query vector.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstructionProfile {
    /// The id other code refers to, unique within its model.
    pub id: String,
    /// The task instruction, in the model's own wording.
    pub instruction: String,
    /// The template a query is formatted with. It always contains `{instruction}` and
    /// `{query}`, and a reranker's also contains `{document}`.
    pub query_format: String,
    /// The score bands used to label matches under this profile.
    pub thresholds: Thresholds,
}

/// Score bands for labelling matches: cosine similarities for an embedding model, probabilities
/// for a reranker.
///
/// In a parsed lock, `1 >= strong > medium > weak >= -1`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// The lowest score of a strong match.
    pub strong: f32,
    /// The lowest score of a medium match.
    pub medium: f32,
    /// The lowest score of a weak match; anything lower is no match.
    pub weak: f32,
}

/// What a model computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ModelKind {
    /// One vector per text, compared by cosine similarity.
    Embedding,
    /// One relevance score per (query, document) pair.
    Reranker,
}

impl ModelKind {
    /// The name used in the lockfile: `embedding` or `reranker`.
    pub fn as_str(self) -> &'static str {
        match self {
            ModelKind::Embedding => "embedding",
            ModelKind::Reranker => "reranker",
        }
    }
}

impl fmt::Display for ModelKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The model code in candor-ml that runs a checkpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Backend {
    /// A BERT encoder, as in candle's `bert.rs`.
    CandleBert,
    /// A Qwen3 decoder, as in candle's `qwen3.rs`.
    CandleQwen3,
}

/// The tokenizer a model's `tokenizer.json` implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenizerFamily {
    /// BERT's WordPiece, with `[CLS]` and `[SEP]`.
    BertWordpiece,
    /// Qwen2's byte-level BPE, which appends `<|endoftext|>`.
    Qwen2Bpe,
}

/// How a model's hidden states become its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pooling {
    /// The mean over the tokens the attention mask keeps.
    Mean,
    /// The hidden state of each row's last real token.
    LastToken,
    /// P(yes) = sigmoid(logit_yes - logit_no) at the last position, for rerankers.
    YesNoLogits,
}

/// What is applied to pooled vectors before they are stored or compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Normalization {
    /// Scale to unit Euclidean length, so a dot product is the cosine similarity.
    L2,
    /// Leave the output as it is.
    None,
}

/// An error in `models.lock.toml`, located at the 1-based line and column (in characters) where
/// the offending value, key or table header starts.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("models.lock.toml:{line}:{column}: {kind}")]
pub struct LockError {
    /// The 1-based line of the offending value.
    pub line: usize,
    /// The 1-based column, in characters, of the offending value.
    pub column: usize,
    /// What is wrong, with the offending input.
    pub kind: LockErrorKind,
}

/// What is wrong with a lockfile. Each variant holds the offending input.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum LockErrorKind {
    /// The text is not TOML, or does not match the schema: an unknown key, a missing field, a
    /// value of the wrong type or an unknown enum name. The message is the TOML parser's.
    #[error("{message}")]
    Toml {
        /// The parser's message, naming the key or value at fault.
        message: String,
    },
    /// The `version` is not one this build reads.
    #[error("unsupported lockfile version {found}; this build reads version {supported}")]
    UnsupportedVersion {
        /// The version in the file.
        found: u32,
        /// The version this build reads, [`SUPPORTED_VERSION`].
        supported: u32,
    },
    /// A file's `sha256` is not 64 lowercase hex characters.
    #[error(
        "malformed sha256 {sha256:?} for file {path:?} of model {model:?}; \
         expected 64 lowercase hex characters"
    )]
    MalformedSha256 {
        /// The model's id.
        model: String,
        /// The file's path.
        path: String,
        /// The malformed digest.
        sha256: String,
    },
    /// A model's `revision` is not a full commit id.
    #[error(
        "malformed revision {revision:?} of model {model:?}; \
         expected a full commit id of 40 lowercase hex characters"
    )]
    MalformedRevision {
        /// The model's id.
        model: String,
        /// The malformed revision.
        revision: String,
    },
    /// Two models share an id.
    #[error("duplicate model id {id:?} (first defined on line {first_line})")]
    DuplicateModelId {
        /// The repeated id.
        id: String,
        /// The line where the id first appears.
        first_line: usize,
    },
    /// Two files of one model share a path.
    #[error("duplicate file path {path:?} in model {model:?} (first listed on line {first_line})")]
    DuplicateFilePath {
        /// The model's id.
        model: String,
        /// The repeated path.
        path: String,
        /// The line where the path first appears.
        first_line: usize,
    },
    /// Two instruction profiles of one model share an id.
    #[error(
        "duplicate instruction profile id {profile:?} in model {model:?} \
         (first defined on line {first_line})"
    )]
    DuplicateProfileId {
        /// The model's id.
        model: String,
        /// The repeated profile id.
        profile: String,
        /// The line where the profile id first appears.
        first_line: usize,
    },
    /// A default names no model in the lockfile.
    #[error("defaults.{role} names {id:?}, which is not a model in this lockfile")]
    UnknownDefault {
        /// The default's key: `embedding`, `reranker` or `fallback`.
        role: &'static str,
        /// The unknown model id.
        id: String,
    },
    /// A default names a model of the wrong kind.
    #[error("defaults.{role} names {id:?}, a {found} model; it must name a {expected} model")]
    DefaultKindMismatch {
        /// The default's key: `embedding`, `reranker` or `fallback`.
        role: &'static str,
        /// The model id.
        id: String,
        /// The kind the role needs.
        expected: ModelKind,
        /// The kind of the named model.
        found: ModelKind,
    },
    /// A model's `stored_dimension` is zero or above its `native_dimension`.
    #[error(
        "stored_dimension {stored} of model {model:?} must be between 1 and its \
         native_dimension {native}"
    )]
    StoredDimension {
        /// The model's id.
        model: String,
        /// The stored dimension.
        stored: u32,
        /// The native dimension.
        native: u32,
    },
    /// A model lists no sources.
    #[error("model {model:?} lists no sources")]
    NoSources {
        /// The model's id.
        model: String,
    },
    /// A model's first source is not relative to the app root.
    #[error(
        "first source {template:?} of model {model:?} must be a path relative to the app root, \
         because the same-origin mirror is always tried first"
    )]
    FirstSourceNotRelative {
        /// The model's id.
        model: String,
        /// The offending URL template.
        template: String,
    },
    /// A source cannot name a file.
    #[error("source {template:?} of model {model:?} has no {{path}} placeholder")]
    SourceWithoutPath {
        /// The model's id.
        model: String,
        /// The offending URL template.
        template: String,
    },
    /// A file path is absolute or could leave the model's directory.
    #[error(
        "file path {path:?} of model {model:?} must be relative and `/`-separated, \
         without empty, `.` or `..` segments"
    )]
    UnsafeFilePath {
        /// The model's id.
        model: String,
        /// The offending path.
        path: String,
    },
    /// A model has no required file, so nothing could be checked before running it.
    #[error("model {model:?} has no required files")]
    NoRequiredFiles {
        /// The model's id.
        model: String,
    },
    /// A file is pinned at zero bytes.
    #[error("file {path:?} of model {model:?} has bytes = 0")]
    EmptyFile {
        /// The model's id.
        model: String,
        /// The file's path.
        path: String,
    },
    /// A model without instruction support defines instruction profiles.
    #[error(
        "model {model:?} has instruction_support = false but defines instruction profile \
         {profile:?}"
    )]
    ProfileWithoutInstructionSupport {
        /// The model's id.
        model: String,
        /// The first profile's id.
        profile: String,
    },
    /// A profile's `query_format` lacks a placeholder it needs.
    #[error(
        "query_format {query_format:?} of profile {profile:?} in model {model:?} lacks the \
         {placeholder} placeholder"
    )]
    MissingPlaceholder {
        /// The model's id.
        model: String,
        /// The profile's id.
        profile: String,
        /// The missing placeholder, such as `{query}`.
        placeholder: &'static str,
        /// The offending query format.
        query_format: String,
    },
    /// A profile's thresholds are out of order or outside [-1, 1].
    #[error(
        "thresholds of profile {profile:?} in model {model:?} must satisfy \
         1 >= strong > medium > weak >= -1, but are strong = {strong}, medium = {medium}, \
         weak = {weak}"
    )]
    InvalidThresholds {
        /// The model's id.
        model: String,
        /// The profile's id.
        profile: String,
        /// The strong threshold.
        strong: f32,
        /// The medium threshold.
        medium: f32,
        /// The weak threshold.
        weak: f32,
    },
    /// A reranker has no `score` rule, so nothing says how its probability enters a score.
    #[error(
        "model {model:?} is a reranker but has no [models.score] table (weight, rerank_top_k, \
         validated) saying how its probability enters a match score"
    )]
    MissingScoreRule {
        /// The model's id.
        model: String,
    },
    /// An embedding model has a `score` rule, which only rerankers may have.
    #[error(
        "model {model:?} is an embedding model but has a [models.score] table; only rerankers \
         have one (an embedding's weight is learned into hybrid_weights.json)"
    )]
    ScoreRuleOnEmbedding {
        /// The model's id.
        model: String,
    },
    /// A `score.weight` is outside [0, 1] (or NaN).
    #[error("score.weight {weight} of model {model:?} must be between 0 and 1")]
    InvalidScoreWeight {
        /// The model's id.
        model: String,
        /// The offending weight.
        weight: f32,
    },
    /// A `score.rerank_top_k` is zero.
    #[error("score.rerank_top_k of model {model:?} must be at least 1")]
    ZeroRerankTopK {
        /// The model's id.
        model: String,
    },
    /// A file's shard size is zero.
    #[error("shards.bytes of file {path:?} in model {model:?} must be above zero")]
    ZeroShardSize {
        /// The model's id.
        model: String,
        /// The file's path.
        path: String,
    },
    /// A file lists the wrong number of shard digests for its size and shard size.
    #[error(
        "file {path:?} of model {model:?} has {found} shard digests, but {bytes} bytes in \
         shards of {shard_bytes} bytes need {expected}"
    )]
    ShardCount {
        /// The model's id.
        model: String,
        /// The file's path.
        path: String,
        /// The file's size in bytes.
        bytes: u64,
        /// The shard size in bytes.
        shard_bytes: u64,
        /// The number of digests the sizes call for.
        expected: u64,
        /// The number of digests listed.
        found: u64,
    },
    /// A shard digest is not 64 lowercase hex characters.
    #[error(
        "malformed sha256 {sha256:?} for shard {index} of file {path:?} in model {model:?}; \
         expected 64 lowercase hex characters"
    )]
    MalformedShardSha256 {
        /// The model's id.
        model: String,
        /// The file's path.
        path: String,
        /// The 0-based shard index.
        index: usize,
        /// The malformed digest.
        sha256: String,
    },
}

impl LockError {
    /// An error of `kind` at byte `offset` of `text`.
    fn at(text: &str, offset: usize, kind: LockErrorKind) -> Self {
        let (line, column) = line_column(text, offset);
        Self { line, column, kind }
    }

    /// An error for a TOML syntax or schema error, at the span the parser reports.
    ///
    /// The parser gives a span for every error seen in practice; one without a span is placed
    /// at the start of the document.
    fn from_toml(text: &str, error: &toml::de::Error) -> Self {
        let offset = error.span().map_or(0, |span| span.start);
        let message = error.message().to_owned();
        Self::at(text, offset, LockErrorKind::Toml { message })
    }
}

/// The 1-based line and column, in characters, of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// The workspace's `models.lock.toml`, compiled into every binary that loads models, so the
/// worker and the CLI check files against the same pins.
pub const BUNDLED_LOCK_TOML: &str = include_str!("../../../models.lock.toml");

impl ModelLock {
    /// The bundled lock. It is checked by a test, so this cannot fail in a released build.
    pub fn bundled() -> ModelLock {
        ModelLock::parse(BUNDLED_LOCK_TOML).expect("the bundled models.lock.toml is valid")
    }

    /// Parses and validates the text of `models.lock.toml`.
    ///
    /// Fails on the first TOML syntax error, schema mismatch (unknown key, missing field, wrong
    /// type) or broken rule, as documented on each field and on [`LockErrorKind`].
    pub fn parse(text: &str) -> Result<ModelLock, LockError> {
        let document = DeTable::parse(text).map_err(|error| LockError::from_toml(text, &error))?;
        let lock = ModelLock::deserialize(toml::de::Deserializer::from(document.clone()))
            .map_err(|error| LockError::from_toml(text, &error))?;
        let root = Spanned::new(document.span(), DeValue::Table(document.into_inner()));
        validate::validate(&lock, validate::Node::root(text, &root))?;
        Ok(lock)
    }

    /// The lowercase hex SHA-256 of the lock's canonical form: compact JSON of the parsed
    /// values, with the keys of every object sorted.
    ///
    /// The hash depends only on the pinned values, so TOML formatting, comments, key order and
    /// inline versus standard tables do not change it; changing any value (a digest, a size, a
    /// threshold, an instruction) does. Keys are sorted here rather than by serde_json's map,
    /// which keeps insertion order when its `preserve_order` feature is on.
    pub fn lock_hash(&self) -> String {
        let value = serde_json::to_value(self).expect("a model lock always serializes to JSON");
        let mut canonical = String::new();
        write_canonical_json(&value, &mut canonical);
        sha256_hex(canonical.as_bytes())
    }

    /// The model with `id`, if the lock has one.
    pub fn model(&self, id: &str) -> Option<&ModelEntry> {
        self.models.iter().find(|model| model.id == id)
    }
}

impl ModelEntry {
    /// The file at `path` in the repository, if it is pinned.
    pub fn file(&self, path: &str) -> Option<&ModelFile> {
        self.files.iter().find(|file| file.path == path)
    }

    /// The files the model cannot run without, in lockfile order.
    pub fn required_files(&self) -> impl Iterator<Item = &ModelFile> {
        self.files.iter().filter(|file| file.required)
    }

    /// The total size of the required files, in bytes: what a first run downloads.
    pub fn required_bytes(&self) -> u64 {
        self.required_files()
            .map(|file| file.bytes)
            .fold(0, u64::saturating_add)
    }

    /// The instruction profile with `id`, if the model has one.
    pub fn profile(&self, id: &str) -> Option<&InstructionProfile> {
        self.instruction_profiles
            .iter()
            .find(|profile| profile.id == id)
    }

    /// Every location of `file`, in the order to try them: each source template with `{repo}`,
    /// `{revision}` and `{path}` expanded. The first is the same-origin mirror.
    pub fn source_urls(&self, file: &ModelFile) -> Vec<String> {
        self.sources
            .iter()
            .map(|template| self.expand(template, file))
            .collect()
    }

    /// The mirror location of `file`, relative to the app root; natively, where the file is
    /// staged under a site root.
    ///
    /// # Panics
    ///
    /// Panics if `sources` is empty, which a parsed lock rules out.
    pub fn mirror_path(&self, file: &ModelFile) -> String {
        let mirror = self
            .sources
            .first()
            .expect("a parsed lock has a mirror source");
        self.expand(mirror, file)
    }

    /// Expands the placeholders of one source `template` for `file`, in a single pass, so a
    /// value that itself contains braces is never expanded again.
    fn expand(&self, template: &str, file: &ModelFile) -> String {
        let values = [
            ("{repo}", self.repo.as_str()),
            ("{revision}", self.revision.as_str()),
            ("{path}", file.path.as_str()),
        ];
        let mut expanded = String::with_capacity(template.len() + file.path.len() + 64);
        let mut rest = template;
        'scan: while let Some(open) = rest.find('{') {
            expanded.push_str(&rest[..open]);
            rest = &rest[open..];
            for (placeholder, value) in values {
                if let Some(after) = rest.strip_prefix(placeholder) {
                    expanded.push_str(value);
                    rest = after;
                    continue 'scan;
                }
            }
            expanded.push('{');
            rest = &rest[1..];
        }
        expanded.push_str(rest);
        expanded
    }
}

/// Appends `value` to `out` as compact JSON, with the keys of every object sorted.
fn write_canonical_json(value: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_unstable_by_key(|(key, _)| *key);
            out.push('{');
            for (index, (key, value)) in entries.into_iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_canonical_json(value, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                write_canonical_json(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKSPACE_LOCK: &str = BUNDLED_LOCK_TOML;

    /// A small valid lock: an embedding model without profiles and a reranker with one. Tests
    /// break it one edit at a time; line numbers in them refer to this text.
    const MINIMAL: &str = r#"version = 1

[defaults]
embedding = "mini"
reranker = "judge"
fallback = "mini"

[[models]]
id = "mini"
repo = "acme/mini"
revision = "0123456789abcdef0123456789abcdef01234567"
license = "Apache-2.0"
kind = "embedding"
backend = "candle-bert"
native_dimension = 8
stored_dimension = 8
max_tokens = 16
tokenizer_family = "bert-wordpiece"
pooling = "mean"
normalization = "l2"
instruction_support = false
sources = ["models/{repo}/resolve/{revision}/{path}", "https://example.com/{repo}/{path}"]

[[models.files]]
path = "config.json"
sha256 = "1111111111111111111111111111111111111111111111111111111111111111"
bytes = 10
required = true

[[models.files]]
path = "1_Pooling/config.json"
sha256 = "2222222222222222222222222222222222222222222222222222222222222222"
bytes = 20
required = false

[[models]]
id = "judge"
repo = "acme/judge"
revision = "fedcba9876543210fedcba9876543210fedcba98"
license = "MIT"
kind = "reranker"
backend = "candle-qwen3"
native_dimension = 16
stored_dimension = 16
max_tokens = 64
tokenizer_family = "qwen2-bpe"
pooling = "yes-no-logits"
normalization = "none"
instruction_support = true
sources = ["mirror/{revision}/{path}"]

[[models.files]]
path = "model.safetensors"
sha256 = "3333333333333333333333333333333333333333333333333333333333333333"
bytes = 30
required = true

[[models.instruction_profiles]]
id = "fit"
instruction = "Judge the fit."
query_format = "<Instruct>: {instruction}\n<Query>: {query}\n<Document>: {document}"
thresholds = { strong = 0.8, medium = 0.5, weak = 0.2 }

[models.score]
weight = 0.3
rerank_top_k = 10
validated = false
"#;

    /// `text` with its first `old` replaced by `new`; `old` must occur in `text`.
    fn replace_once(text: &str, old: &str, new: &str) -> String {
        assert!(text.contains(old), "{old:?} does not occur in the text");
        text.replacen(old, new, 1)
    }

    /// [`MINIMAL`] with its first `old` replaced by `new`.
    fn edit(old: &str, new: &str) -> String {
        replace_once(MINIMAL, old, new)
    }

    /// The error from parsing `text`, which must be rejected.
    fn parse_err(text: &str) -> LockError {
        ModelLock::parse(text).expect_err("the lock should be rejected")
    }

    /// Asserts that [`MINIMAL`] with `old` replaced by `new` fails with `kind` at `line:column`.
    fn check(old: &str, new: &str, kind: LockErrorKind, (line, column): (usize, usize)) {
        let error = parse_err(&edit(old, new));
        assert_eq!(error, LockError { line, column, kind }, "{error}");
    }

    /// Asserts that [`MINIMAL`] with `old` replaced by `new` fails with a TOML error whose
    /// message mentions `needle`, at `line:column`.
    fn check_toml(old: &str, new: &str, needle: &str, (line, column): (usize, usize)) {
        let error = parse_err(&edit(old, new));
        let LockErrorKind::Toml { message } = &error.kind else {
            panic!("expected a TOML error, got {error}");
        };
        assert!(message.contains(needle), "{error}");
        assert_eq!((error.line, error.column), (line, column), "{error}");
    }

    /// The lock hash of `text`, which must parse.
    fn hash(text: &str) -> String {
        ModelLock::parse(text).unwrap().lock_hash()
    }

    /// An owned copy of `text`, to keep expected error kinds short.
    fn owned(text: &str) -> String {
        text.to_owned()
    }

    #[test]
    fn minimal_lock_parses_and_omitted_profiles_are_empty() {
        let lock = ModelLock::parse(MINIMAL).unwrap();
        assert_eq!(lock.models.len(), 2);
        let mini = lock.model("mini").unwrap();
        assert!(mini.instruction_profiles.is_empty());
        assert_eq!(mini.required_bytes(), 10);
        let judge = lock.model("judge").unwrap();
        assert_eq!(judge.kind, ModelKind::Reranker);
        assert_eq!(judge.normalization, Normalization::None);
        let fit = judge.profile("fit").unwrap();
        assert_eq!(
            fit.query_format,
            "<Instruct>: {instruction}\n<Query>: {query}\n<Document>: {document}"
        );
        assert_eq!(
            fit.thresholds,
            Thresholds {
                strong: 0.8,
                medium: 0.5,
                weak: 0.2
            }
        );
        assert!(lock.model("nope").is_none());
    }

    #[test]
    fn toml_syntax_error_names_its_line() {
        check_toml("version = 1", "version = ", "expected", (1, 11));
    }

    #[test]
    fn unknown_key_is_rejected() {
        check_toml(
            "license = \"MIT\"",
            "license = \"MIT\"\ncolour = \"red\"",
            "colour",
            (41, 1),
        );
    }

    #[test]
    fn missing_field_points_at_its_table() {
        check_toml("bytes = 20\n", "", "bytes", (30, 1));
    }

    #[test]
    fn wrong_type_is_rejected() {
        check_toml("bytes = 10", "bytes = \"10\"", "invalid type", (27, 9));
    }

    #[test]
    fn unknown_enum_name_is_rejected() {
        check_toml(
            "kind = \"reranker\"",
            "kind = \"classifier\"",
            "classifier",
            (41, 8),
        );
    }

    #[test]
    fn unsupported_version_is_rejected() {
        let kind = LockErrorKind::UnsupportedVersion {
            found: 2,
            supported: 1,
        };
        check("version = 1", "version = 2", kind, (1, 11));
    }

    #[test]
    fn malformed_sha256_is_rejected() {
        let good = "1".repeat(64);
        for bad in [
            good.to_uppercase().replace('1', "A"),
            "1".repeat(63),
            format!("{good}0"),
        ] {
            let kind = LockErrorKind::MalformedSha256 {
                model: owned("mini"),
                path: owned("config.json"),
                sha256: bad.clone(),
            };
            check(&good, &bad, kind, (26, 10));
        }
    }

    #[test]
    fn malformed_revision_is_rejected() {
        let good = "0123456789abcdef0123456789abcdef01234567";
        for bad in [owned("0123456"), good.to_uppercase(), owned("main")] {
            let kind = LockErrorKind::MalformedRevision {
                model: owned("mini"),
                revision: bad.clone(),
            };
            check(good, &bad, kind, (11, 12));
        }
    }

    #[test]
    fn duplicate_model_id_is_rejected() {
        let kind = LockErrorKind::DuplicateModelId {
            id: owned("mini"),
            first_line: 9,
        };
        check("id = \"judge\"", "id = \"mini\"", kind, (37, 6));
    }

    #[test]
    fn duplicate_file_path_is_rejected() {
        let kind = LockErrorKind::DuplicateFilePath {
            model: owned("mini"),
            path: owned("config.json"),
            first_line: 25,
        };
        check(
            "path = \"1_Pooling/config.json\"",
            "path = \"config.json\"",
            kind,
            (31, 8),
        );
    }

    #[test]
    fn duplicate_profile_id_is_rejected() {
        let thresholds = "thresholds = { strong = 0.8, medium = 0.5, weak = 0.2 }";
        let second_profile = format!(
            "{thresholds}\n\n[[models.instruction_profiles]]\nid = \"fit\"\n\
             instruction = \"Again.\"\nquery_format = \"{{instruction}} {{query}} {{document}}\"\n\
             {thresholds}"
        );
        let kind = LockErrorKind::DuplicateProfileId {
            model: owned("judge"),
            profile: owned("fit"),
            first_line: 59,
        };
        check(thresholds, &second_profile, kind, (65, 6));
    }

    #[test]
    fn default_naming_an_unknown_model_is_rejected() {
        let kind = LockErrorKind::UnknownDefault {
            role: "fallback",
            id: owned("tiny"),
        };
        check("fallback = \"mini\"", "fallback = \"tiny\"", kind, (6, 12));
    }

    #[test]
    fn default_naming_a_model_of_the_wrong_kind_is_rejected() {
        let kind = LockErrorKind::DefaultKindMismatch {
            role: "reranker",
            id: owned("mini"),
            expected: ModelKind::Reranker,
            found: ModelKind::Embedding,
        };
        check("reranker = \"judge\"", "reranker = \"mini\"", kind, (5, 12));
        let kind = LockErrorKind::DefaultKindMismatch {
            role: "embedding",
            id: owned("judge"),
            expected: ModelKind::Embedding,
            found: ModelKind::Reranker,
        };
        check(
            "embedding = \"mini\"",
            "embedding = \"judge\"",
            kind,
            (4, 13),
        );
    }

    #[test]
    fn stored_dimension_above_native_is_rejected() {
        let kind = LockErrorKind::StoredDimension {
            model: owned("mini"),
            stored: 9,
            native: 8,
        };
        check(
            "stored_dimension = 8",
            "stored_dimension = 9",
            kind,
            (16, 20),
        );
    }

    #[test]
    fn zero_stored_dimension_is_rejected() {
        let kind = LockErrorKind::StoredDimension {
            model: owned("mini"),
            stored: 0,
            native: 8,
        };
        check(
            "stored_dimension = 8",
            "stored_dimension = 0",
            kind,
            (16, 20),
        );
    }

    #[test]
    fn empty_sources_are_rejected() {
        let kind = LockErrorKind::NoSources {
            model: owned("mini"),
        };
        let sources = MINIMAL.lines().nth(21).unwrap();
        check(sources, "sources = []", kind, (22, 11));
    }

    #[test]
    fn first_source_must_be_relative_to_the_app_root() {
        for template in [
            "https://huggingface.co/{repo}/{path}",
            "//cdn.example/{path}",
            "/models/{path}",
        ] {
            let kind = LockErrorKind::FirstSourceNotRelative {
                model: owned("judge"),
                template: owned(template),
            };
            let sources = format!("sources = [\"{template}\"]");
            check(
                "sources = [\"mirror/{revision}/{path}\"]",
                &sources,
                kind,
                (50, 12),
            );
        }
    }

    #[test]
    fn source_without_path_placeholder_is_rejected() {
        let kind = LockErrorKind::SourceWithoutPath {
            model: owned("mini"),
            template: owned("https://example.com/{repo}/model.bin"),
        };
        check("{repo}/{path}\"]", "{repo}/model.bin\"]", kind, (22, 55));
    }

    #[test]
    fn absolute_or_escaping_file_path_is_rejected() {
        for path in [
            "/etc/passwd",
            "../config.json",
            "1_Pooling/../../x",
            "a//b",
            "",
            "C:/x",
        ] {
            let kind = LockErrorKind::UnsafeFilePath {
                model: owned("mini"),
                path: owned(path),
            };
            let line = format!("path = \"{path}\"");
            check("path = \"1_Pooling/config.json\"", &line, kind, (31, 8));
        }
    }

    #[test]
    fn model_without_required_files_is_rejected() {
        let kind = LockErrorKind::NoRequiredFiles {
            model: owned("mini"),
        };
        check("required = true", "required = false", kind, (8, 1));
    }

    #[test]
    fn zero_byte_file_is_rejected() {
        let kind = LockErrorKind::EmptyFile {
            model: owned("mini"),
            path: owned("config.json"),
        };
        check("bytes = 10", "bytes = 0", kind, (27, 9));
    }

    #[test]
    fn profiles_need_instruction_support() {
        let kind = LockErrorKind::ProfileWithoutInstructionSupport {
            model: owned("judge"),
            profile: owned("fit"),
        };
        check(
            "instruction_support = true",
            "instruction_support = false",
            kind,
            (58, 1),
        );
    }

    #[test]
    fn query_format_needs_its_placeholders() {
        let cases = [
            ("<Query>: {query}", "<Query>: {text}", "{query}"),
            ("<Document>: {document}", "<Document>: {doc}", "{document}"),
            (
                "<Instruct>: {instruction}",
                "<Instruct>: Judge.",
                "{instruction}",
            ),
        ];
        for (old, new, placeholder) in cases {
            let query_format =
                "<Instruct>: {instruction}\n<Query>: {query}\n<Document>: {document}";
            let kind = LockErrorKind::MissingPlaceholder {
                model: owned("judge"),
                profile: owned("fit"),
                placeholder,
                query_format: query_format.replace(old, new),
            };
            check(old, new, kind, (61, 16));
        }
    }

    #[test]
    fn thresholds_out_of_order_are_rejected() {
        for (old, new, (strong, medium, weak)) in [
            ("strong = 0.8", "strong = 0.4", (0.4, 0.5, 0.2)),
            ("weak = 0.2", "weak = 0.5", (0.8, 0.5, 0.5)),
        ] {
            let kind = LockErrorKind::InvalidThresholds {
                model: owned("judge"),
                profile: owned("fit"),
                strong,
                medium,
                weak,
            };
            check(old, new, kind, (62, 14));
        }
    }

    #[test]
    fn thresholds_outside_unit_range_are_rejected() {
        for (old, new, (strong, medium, weak)) in [
            ("strong = 0.8", "strong = 1.5", (1.5, 0.5, 0.2)),
            ("weak = 0.2", "weak = -1.5", (0.8, 0.5, -1.5)),
        ] {
            let kind = LockErrorKind::InvalidThresholds {
                model: owned("judge"),
                profile: owned("fit"),
                strong,
                medium,
                weak,
            };
            check(old, new, kind, (62, 14));
        }
    }

    #[test]
    fn reranker_score_rule_parses() {
        let lock = ModelLock::parse(MINIMAL).unwrap();
        assert_eq!(lock.model("mini").unwrap().score, None);
        assert_eq!(
            lock.model("judge").unwrap().score,
            Some(ScoreRule {
                weight: 0.3,
                rerank_top_k: 10,
                validated: false
            })
        );
    }

    #[test]
    fn reranker_without_score_rule_is_rejected() {
        let text = edit(
            "\n[models.score]\nweight = 0.3\nrerank_top_k = 10\nvalidated = false\n",
            "",
        );
        let error = parse_err(&text);
        let kind = LockErrorKind::MissingScoreRule {
            model: owned("judge"),
        };
        assert_eq!(error.kind, kind, "{error}");
        assert!(error.to_string().contains("[models.score]"), "{error}");
    }

    #[test]
    fn score_weight_outside_unit_range_is_rejected() {
        for (new, weight) in [("weight = 1.5", 1.5), ("weight = -0.1", -0.1)] {
            let kind = LockErrorKind::InvalidScoreWeight {
                model: owned("judge"),
                weight,
            };
            check("weight = 0.3", new, kind, (65, 10));
        }
        let text = edit("weight = 0.3", "weight = nan");
        assert!(matches!(
            parse_err(&text).kind,
            LockErrorKind::InvalidScoreWeight { .. }
        ));
    }

    #[test]
    fn score_weight_bounds_are_allowed() {
        for new in ["weight = 0.0", "weight = 1.0"] {
            ModelLock::parse(&edit("weight = 0.3", new)).unwrap();
        }
    }

    #[test]
    fn zero_rerank_top_k_is_rejected() {
        let kind = LockErrorKind::ZeroRerankTopK {
            model: owned("judge"),
        };
        check("rerank_top_k = 10", "rerank_top_k = 0", kind, (66, 16));
    }

    #[test]
    fn score_rule_on_an_embedding_model_is_rejected() {
        let text = edit(
            "instruction_support = false\n",
            "instruction_support = false\nscore = { weight = 0.5, rerank_top_k = 5, validated = true }\n",
        );
        let error = parse_err(&text);
        let kind = LockErrorKind::ScoreRuleOnEmbedding {
            model: owned("mini"),
        };
        assert_eq!(
            error,
            LockError {
                line: 22,
                column: 9,
                kind
            },
            "{error}"
        );
    }

    #[test]
    fn score_rule_needs_every_field() {
        check_toml("validated = false\n", "", "validated", (64, 1));
    }

    #[test]
    fn score_rule_changes_the_lock_hash() {
        assert_ne!(hash(MINIMAL), hash(&edit("weight = 0.3", "weight = 0.4")));
    }

    /// [`MINIMAL`] with shard pins for the reranker's 30-byte `model.safetensors`: a shard size
    /// `shard_bytes` and the digest lines `digests`.
    fn with_shards(shard_bytes: &str, digests: &[&str]) -> String {
        let list: Vec<String> = digests.iter().map(|d| format!("  \"{d}\",\n")).collect();
        edit(
            "bytes = 30\nrequired = true\n",
            &format!(
                "bytes = 30\nrequired = true\n\n[models.files.shards]\nbytes = {shard_bytes}\n\
                 sha256 = [\n{}]\n",
                list.concat()
            ),
        )
    }

    #[test]
    fn shard_pins_parse_and_cover_the_file() {
        let (a, b) = ("a".repeat(64), "b".repeat(64));
        let lock = ModelLock::parse(&with_shards("16", &[&a, &b])).unwrap();
        let weights = lock
            .model("judge")
            .unwrap()
            .file("model.safetensors")
            .unwrap();
        let shards = weights.shards.as_ref().unwrap();
        assert_eq!((shards.bytes, shards.sha256.clone()), (16, vec![a, b]));
        assert_eq!(ShardPins::count_for(30, 16), 2);
        assert_eq!(ShardPins::count_for(32, 16), 2);
        assert_eq!(ShardPins::count_for(33, 16), 3);
        assert_eq!(ShardPins::count_for(30, 64), 1);
        assert!(lock.model("mini").unwrap().files[0].shards.is_none());
    }

    #[test]
    fn zero_shard_size_is_rejected() {
        let a = "a".repeat(64);
        let error = parse_err(&with_shards("0", &[&a]));
        let kind = LockErrorKind::ZeroShardSize {
            model: owned("judge"),
            path: owned("model.safetensors"),
        };
        assert_eq!(
            error,
            LockError {
                line: 59,
                column: 9,
                kind
            },
            "{error}"
        );
    }

    #[test]
    fn shard_digests_must_cover_the_file_exactly() {
        let a = "a".repeat(64);
        for digests in [vec![a.as_str()], vec![a.as_str(); 3]] {
            let error = parse_err(&with_shards("16", &digests));
            let kind = LockErrorKind::ShardCount {
                model: owned("judge"),
                path: owned("model.safetensors"),
                bytes: 30,
                shard_bytes: 16,
                expected: 2,
                found: digests.len() as u64,
            };
            assert_eq!(
                error,
                LockError {
                    line: 60,
                    column: 10,
                    kind
                },
                "{error}"
            );
        }
    }

    #[test]
    fn malformed_shard_digest_is_rejected_at_its_line() {
        let a = "a".repeat(64);
        let bad = "A".repeat(64);
        let error = parse_err(&with_shards("16", &[&a, &bad]));
        let kind = LockErrorKind::MalformedShardSha256 {
            model: owned("judge"),
            path: owned("model.safetensors"),
            index: 1,
            sha256: bad.clone(),
        };
        assert_eq!(
            error,
            LockError {
                line: 62,
                column: 3,
                kind
            },
            "{error}"
        );
    }

    #[test]
    fn shard_pins_change_the_lock_hash_and_round_trip() {
        let (a, b) = ("a".repeat(64), "b".repeat(64));
        let sharded = with_shards("16", &[&a, &b]);
        assert_ne!(hash(&sharded), hash(MINIMAL));
        assert_ne!(hash(&sharded), hash(&with_shards("16", &[&b, &a])));
        assert_ne!(
            hash(&with_shards("32", &[&a])),
            hash(&with_shards("31", &[&a]))
        );
        let lock = ModelLock::parse(&sharded).unwrap();
        let rewritten = toml::to_string_pretty(&lock).unwrap();
        assert_eq!(ModelLock::parse(&rewritten).unwrap(), lock);
    }

    #[test]
    fn error_display_names_file_line_and_column() {
        let error = parse_err(&edit("id = \"judge\"", "id = \"mini\""));
        assert_eq!(
            error.to_string(),
            "models.lock.toml:37:6: duplicate model id \"mini\" (first defined on line 9)"
        );
    }

    #[test]
    fn workspace_lock_pins_the_three_models() {
        let lock = ModelLock::parse(WORKSPACE_LOCK).unwrap();
        let ids: Vec<_> = lock.models.iter().map(|model| model.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "qwen3-embedding-0.6b",
                "qwen3-reranker-0.6b",
                "all-minilm-l6-v2"
            ]
        );
        assert_eq!(
            lock.defaults,
            Defaults {
                embedding: owned("qwen3-embedding-0.6b"),
                reranker: owned("qwen3-reranker-0.6b"),
                fallback: owned("all-minilm-l6-v2"),
            }
        );
        // The reranker's share and top K are hand-set defaults, marked as such until measured.
        assert_eq!(
            lock.model("qwen3-reranker-0.6b").unwrap().score,
            Some(ScoreRule {
                weight: 0.3,
                rerank_top_k: 10,
                validated: false
            })
        );
        assert_eq!(lock.model("all-minilm-l6-v2").unwrap().score, None);

        let minilm = lock.model("all-minilm-l6-v2").unwrap();
        assert_eq!(minilm.repo, "sentence-transformers/all-MiniLM-L6-v2");
        assert_eq!(minilm.revision, "1110a243fdf4706b3f48f1d95db1a4f5529b4d41");
        assert_eq!(
            (
                minilm.native_dimension,
                minilm.stored_dimension,
                minilm.max_tokens
            ),
            (384, 384, 256)
        );
        assert_eq!(
            (minilm.pooling, minilm.normalization),
            (Pooling::Mean, Normalization::L2)
        );
        assert!(!minilm.instruction_support && minilm.instruction_profiles.is_empty());
        let pins: Vec<_> = minilm
            .files
            .iter()
            .map(|file| {
                (
                    file.path.as_str(),
                    file.sha256.as_str(),
                    file.bytes,
                    file.required,
                )
            })
            .collect();
        assert_eq!(
            pins,
            [
                (
                    "config.json",
                    "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
                    612,
                    true
                ),
                (
                    "tokenizer.json",
                    "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
                    466247,
                    true
                ),
                (
                    "model.safetensors",
                    "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
                    90868376,
                    true
                ),
                (
                    "modules.json",
                    "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf",
                    349,
                    false
                ),
                (
                    "1_Pooling/config.json",
                    "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
                    190,
                    false
                ),
            ]
        );
        assert_eq!(minilm.required_bytes(), 612 + 466_247 + 90_868_376);
        let shards = minilm
            .file("model.safetensors")
            .unwrap()
            .shards
            .as_ref()
            .unwrap();
        assert_eq!((shards.bytes, shards.sha256.len()), (16 * 1024 * 1024, 6));
        assert!(minilm.file("config.json").unwrap().shards.is_none());

        let embedding = lock.model("qwen3-embedding-0.6b").unwrap();
        assert_eq!(
            (embedding.native_dimension, embedding.stored_dimension),
            (1024, 768)
        );
        assert_eq!(embedding.pooling, Pooling::LastToken);
        let evidence = embedding.profile("requirement-evidence").unwrap();
        assert_eq!(
            evidence.query_format,
            "Instruct: {instruction}\nQuery:{query}"
        );
        assert_eq!(
            evidence.thresholds,
            Thresholds {
                strong: 0.82,
                medium: 0.65,
                weak: 0.48
            }
        );
        let search = embedding.profile("job-search").unwrap();
        assert_eq!(
            search.thresholds,
            Thresholds {
                strong: 0.76,
                medium: 0.60,
                weak: 0.42
            }
        );
        assert_eq!(
            embedding.file("model.safetensors").unwrap().bytes,
            1_191_586_416
        );

        let reranker = lock.model("qwen3-reranker-0.6b").unwrap();
        assert_eq!(
            (reranker.kind, reranker.pooling),
            (ModelKind::Reranker, Pooling::YesNoLogits)
        );
        assert!(reranker.profile("job-fit").is_some());
        assert!(reranker.file("1_LogitScore/config.json").unwrap().required);
        assert!(!reranker.file("README.md").unwrap().required);
    }

    #[test]
    fn sources_expand_mirror_first() {
        let lock = ModelLock::parse(WORKSPACE_LOCK).unwrap();
        let minilm = lock.model("all-minilm-l6-v2").unwrap();
        let weights = minilm.file("model.safetensors").unwrap();
        let mirror = "models/sentence-transformers/all-MiniLM-L6-v2/resolve/\
                      1110a243fdf4706b3f48f1d95db1a4f5529b4d41/model.safetensors";
        let upstream = "https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/resolve/\
                        1110a243fdf4706b3f48f1d95db1a4f5529b4d41/model.safetensors";
        assert_eq!(minilm.source_urls(weights), [mirror, upstream]);
        assert_eq!(minilm.mirror_path(weights), mirror);
    }

    #[test]
    fn expansion_leaves_unknown_braces_alone() {
        let mut lock = ModelLock::parse(MINIMAL).unwrap();
        let mini = &mut lock.models[0];
        mini.sources = vec![owned("m/{repo}/{x}/{path}{")];
        mini.repo = owned("{path}");
        let file = mini.files[0].clone();
        assert_eq!(mini.mirror_path(&file), "m/{path}/{x}/config.json{");
    }

    #[test]
    fn lock_hash_ignores_formatting_comments_and_key_order() {
        let mut reformatted = edit(
            "version = 1",
            "# A comment changes nothing.\nversion    = 1 # Nor here.",
        );
        for (old, new) in [
            (
                "embedding = \"mini\"\nreranker = \"judge\"",
                "reranker = 'judge'\nembedding = \"mini\"",
            ),
            (
                "native_dimension = 16\nstored_dimension = 16",
                "stored_dimension = 16\nnative_dimension = 0x10",
            ),
            ("bytes = 20", "bytes = 2_0"),
            (
                "thresholds = { strong = 0.8, medium = 0.5, weak = 0.2 }",
                "\n[models.instruction_profiles.thresholds]\n\
                 weak = 0.2\nmedium = 0.50\nstrong = 8e-1",
            ),
        ] {
            reformatted = replace_once(&reformatted, old, new);
        }
        assert_eq!(hash(&reformatted), hash(MINIMAL));

        let lock = ModelLock::parse(WORKSPACE_LOCK).unwrap();
        let rewritten = toml::to_string_pretty(&lock).unwrap();
        assert_ne!(rewritten, WORKSPACE_LOCK);
        assert_eq!(ModelLock::parse(&rewritten).unwrap(), lock);
        assert_eq!(hash(&rewritten), lock.lock_hash());
    }

    #[test]
    fn lock_hash_changes_with_any_pinned_value() {
        let original = hash(MINIMAL);
        let edits = [
            (
                "1111111111111111111111111111111111111111111111111111111111111111",
                "1111111111111111111111111111111111111111111111111111111111111110",
            ),
            ("bytes = 10", "bytes = 11"),
            ("required = false", "required = true"),
            ("weak = 0.2", "weak = 0.25"),
            ("Judge the fit.", "Judge the fit!"),
        ];
        for (old, new) in edits {
            assert_ne!(hash(&edit(old, new)), original, "{old:?} -> {new:?}");
        }
        assert_eq!(original.len(), 64);
    }
}
