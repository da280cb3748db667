//! Where a stored vector came from, when it is stale, and whether a model runtime matches the
//! lock before it indexes or scores anything.
//!
//! Every cached vector carries a [`VectorProvenance`]: the model (id, repo, revision, backend),
//! the vector's shape and post-processing (dimension, pooling, normalization), how its text was
//! prepared (instruction profile, chunker and normalizer versions), the lock hash and the hash of
//! the text itself. A vector is reused only when every field equals what the current pipeline
//! would record for the same text ([`VectorProvenance::stale_fields`]); otherwise it is stale and
//! rebuilt ([`reuse_or_rebuild`]), never mixed into a ranking.
//!
//! [`check_runtime`] compares what a loaded runtime actually implements ([`RuntimeSpec`], read
//! from the verified checkpoint files with [`CheckpointFacts`]) with the lock's entry, field by
//! field, so a mismatch (a BERT runtime asked to run a Qwen3 entry, a 768-wide checkpoint pinned
//! as 384) is an error before a single vector exists.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::digest::sha256_hex;
use crate::{Backend, ModelEntry, Normalization, Pooling, TokenizerFamily};

/// The versions of the text preparation steps whose output is embedded. Bump a version whenever
/// its step changes what text reaches the model: every vector built before becomes stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PipelineVersions {
    /// How documents are cut into embedded chunks.
    pub chunker: u32,
    /// How text is cleaned (whitespace, Unicode normalization) before chunking.
    pub normalizer: u32,
}

impl PipelineVersions {
    /// The versions of this build's chunker and normalizer.
    pub const CURRENT: PipelineVersions = PipelineVersions {
        chunker: 1,
        normalizer: 1,
    };
}

/// Everything that determines a stored vector's values. Two vectors are interchangeable only
/// when their provenance is equal in every field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VectorProvenance {
    pub model_id: String,
    pub repo: String,
    pub revision: String,
    pub backend: Backend,
    /// The stored width: the lock's `stored_dimension` (after any Matryoshka truncation).
    pub dimension: u32,
    /// The instruction profile the text was embedded under; `None` for documents and for
    /// models without instructions.
    pub instruction_profile: Option<String>,
    pub chunker_version: u32,
    pub normalizer_version: u32,
    pub pooling: Pooling,
    pub normalization: Normalization,
    /// [`crate::ModelLock::lock_hash`] of the lock the vector was built under.
    pub lock_hash: String,
    /// The lowercase hex SHA-256 of the exact text that was embedded.
    pub text_sha256: String,
}

/// One field of a [`VectorProvenance`], to say why a vector is stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProvenanceField {
    ModelId,
    Repo,
    Revision,
    Backend,
    Dimension,
    InstructionProfile,
    ChunkerVersion,
    NormalizerVersion,
    Pooling,
    Normalization,
    LockHash,
    TextHash,
}

/// An instruction profile that the model does not define.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("model {model_id:?} has no instruction profile {profile:?}")]
pub struct UnknownProfile {
    pub model_id: String,
    pub profile: String,
}

impl VectorProvenance {
    /// The provenance a vector of `text` gets when `model` embeds it now, under the lock with
    /// `lock_hash`, the pipeline `versions` and instruction `profile` (which `model` must
    /// define).
    pub fn for_text(
        model: &ModelEntry,
        lock_hash: &str,
        profile: Option<&str>,
        versions: PipelineVersions,
        text: &str,
    ) -> Result<VectorProvenance, UnknownProfile> {
        if let Some(profile) = profile
            && model.profile(profile).is_none()
        {
            return Err(UnknownProfile {
                model_id: model.id.clone(),
                profile: profile.to_owned(),
            });
        }
        Ok(VectorProvenance {
            model_id: model.id.clone(),
            repo: model.repo.clone(),
            revision: model.revision.clone(),
            backend: model.backend,
            dimension: model.stored_dimension,
            instruction_profile: profile.map(str::to_owned),
            chunker_version: versions.chunker,
            normalizer_version: versions.normalizer,
            pooling: model.pooling,
            normalization: model.normalization,
            lock_hash: lock_hash.to_owned(),
            text_sha256: sha256_hex(text.as_bytes()),
        })
    }

    /// The same provenance for another text hash: what the current pipeline would record for
    /// the text a stored vector was built from, to judge it without the text at hand.
    pub fn with_text_sha256(&self, text_sha256: &str) -> VectorProvenance {
        VectorProvenance {
            text_sha256: text_sha256.to_owned(),
            ..self.clone()
        }
    }

    /// The fields in which this (stored) provenance differs from `current`, in declaration
    /// order; empty when the vector may be reused.
    pub fn stale_fields(&self, current: &VectorProvenance) -> Vec<ProvenanceField> {
        use ProvenanceField as F;
        let checks = [
            (F::ModelId, self.model_id == current.model_id),
            (F::Repo, self.repo == current.repo),
            (F::Revision, self.revision == current.revision),
            (F::Backend, self.backend == current.backend),
            (F::Dimension, self.dimension == current.dimension),
            (
                F::InstructionProfile,
                self.instruction_profile == current.instruction_profile,
            ),
            (
                F::ChunkerVersion,
                self.chunker_version == current.chunker_version,
            ),
            (
                F::NormalizerVersion,
                self.normalizer_version == current.normalizer_version,
            ),
            (F::Pooling, self.pooling == current.pooling),
            (
                F::Normalization,
                self.normalization == current.normalization,
            ),
            (F::LockHash, self.lock_hash == current.lock_hash),
            (F::TextHash, self.text_sha256 == current.text_sha256),
        ];
        checks
            .into_iter()
            .filter(|(_, same)| !same)
            .map(|(field, _)| field)
            .collect()
    }
}

/// A cached vector and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredVector {
    pub provenance: VectorProvenance,
    pub vector: Vec<f32>,
}

/// Whether a stored vector may be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VectorState {
    Valid,
    /// The fields that changed, or [`ProvenanceField::Dimension`] when the data does not have
    /// the width its provenance claims.
    Stale(Vec<ProvenanceField>),
}

impl StoredVector {
    /// Valid only when the provenance equals `current` in every field and the data has the
    /// recorded width.
    pub fn state(&self, current: &VectorProvenance) -> VectorState {
        let mut stale = self.provenance.stale_fields(current);
        if self.vector.len() != current.dimension as usize
            && !stale.contains(&ProvenanceField::Dimension)
        {
            stale.push(ProvenanceField::Dimension);
        }
        if stale.is_empty() {
            VectorState::Valid
        } else {
            VectorState::Stale(stale)
        }
    }
}

/// What [`reuse_or_rebuild`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reuse {
    /// The stored vector was valid and is returned as it was.
    Reused,
    /// Nothing was stored: the vector was built.
    Built,
    /// The stored vector was stale in these fields: it was dropped and the vector rebuilt.
    Rebuilt(Vec<ProvenanceField>),
}

/// The vector for `current`: the stored one when it is valid, else a fresh one from `build`
/// (which the caller then stores with `current`). A stale vector is never returned.
pub fn reuse_or_rebuild<E>(
    stored: Option<StoredVector>,
    current: &VectorProvenance,
    build: impl FnOnce() -> Result<Vec<f32>, E>,
) -> Result<(Vec<f32>, Reuse), E> {
    let reuse = match stored {
        None => Reuse::Built,
        Some(stored) => match stored.state(current) {
            VectorState::Valid => return Ok((stored.vector, Reuse::Reused)),
            VectorState::Stale(fields) => Reuse::Rebuilt(fields),
        },
    };
    Ok((build()?, reuse))
}

/// Counts of cached vectors by state, for diagnostics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VectorCounts {
    pub valid: u64,
    pub stale: u64,
}

/// What a loaded model runtime implements, to compare with the lock's entry before use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuntimeSpec {
    pub model_id: String,
    pub backend: Backend,
    /// The width of the hidden state the runtime produces.
    pub native_dimension: u32,
    pub tokenizer_family: TokenizerFamily,
    pub pooling: Pooling,
    pub normalization: Normalization,
    /// The number of tokens the runtime truncates inputs to.
    pub max_tokens: u32,
    pub instruction_support: bool,
}

/// One field of a [`RuntimeSpec`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuntimeField {
    ModelId,
    Backend,
    Dimension,
    TokenizerFamily,
    Pooling,
    Normalization,
    MaxTokens,
    InstructionSupport,
}

impl fmt::Display for RuntimeField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RuntimeField::ModelId => "model id",
            RuntimeField::Backend => "backend",
            RuntimeField::Dimension => "dimension",
            RuntimeField::TokenizerFamily => "tokenizer family",
            RuntimeField::Pooling => "pooling",
            RuntimeField::Normalization => "normalization",
            RuntimeField::MaxTokens => "max tokens",
            RuntimeField::InstructionSupport => "instruction support",
        })
    }
}

/// A field where the runtime differs from the lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeMismatch {
    pub field: RuntimeField,
    /// The lock's value.
    pub expected: String,
    /// The runtime's value.
    pub found: String,
}

/// The runtime does not implement what the lock pins; nothing may be indexed or scored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "the runtime loaded for {model_id} does not match models.lock.toml: {}",
    mismatches
        .iter()
        .map(|m| format!("{} is {} but the lock says {}", m.field, m.found, m.expected))
        .collect::<Vec<_>>()
        .join("; ")
)]
pub struct IncompatibleRuntime {
    pub model_id: String,
    pub mismatches: Vec<RuntimeMismatch>,
}

/// Checks every field of `runtime` against `model`'s lock entry; all mismatches are reported
/// at once.
pub fn check_runtime(model: &ModelEntry, runtime: &RuntimeSpec) -> Result<(), IncompatibleRuntime> {
    fn debug(value: impl fmt::Debug) -> String {
        format!("{value:?}")
    }
    let checks = [
        (
            RuntimeField::ModelId,
            model.id.clone(),
            runtime.model_id.clone(),
        ),
        (
            RuntimeField::Backend,
            debug(model.backend),
            debug(runtime.backend),
        ),
        (
            RuntimeField::Dimension,
            model.native_dimension.to_string(),
            runtime.native_dimension.to_string(),
        ),
        (
            RuntimeField::TokenizerFamily,
            debug(model.tokenizer_family),
            debug(runtime.tokenizer_family),
        ),
        (
            RuntimeField::Pooling,
            debug(model.pooling),
            debug(runtime.pooling),
        ),
        (
            RuntimeField::Normalization,
            debug(model.normalization),
            debug(runtime.normalization),
        ),
        (
            RuntimeField::MaxTokens,
            model.max_tokens.to_string(),
            runtime.max_tokens.to_string(),
        ),
        (
            RuntimeField::InstructionSupport,
            model.instruction_support.to_string(),
            runtime.instruction_support.to_string(),
        ),
    ];
    let mismatches: Vec<RuntimeMismatch> = checks
        .into_iter()
        .filter(|(_, expected, found)| expected != found)
        .map(|(field, expected, found)| RuntimeMismatch {
            field,
            expected,
            found,
        })
        .collect();
    if mismatches.is_empty() {
        Ok(())
    } else {
        Err(IncompatibleRuntime {
            model_id: model.id.clone(),
            mismatches,
        })
    }
}

/// Facts read from a checkpoint's verified `config.json` and `tokenizer.json`, from which the
/// worker builds its [`RuntimeSpec`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckpointFacts {
    /// `hidden_size` in config.json.
    pub hidden_size: u32,
    /// `max_position_embeddings` in config.json: the most tokens the weights can take.
    pub max_position_embeddings: u32,
    /// From `model.type` in tokenizer.json: `WordPiece` or `BPE` (with a byte-level
    /// pre-tokenizer, as Qwen2's).
    pub tokenizer_family: Option<TokenizerFamily>,
}

impl CheckpointFacts {
    /// Reads the facts from the two files' bytes; the error names the file and what is missing.
    pub fn read(config_json: &[u8], tokenizer_json: &[u8]) -> Result<CheckpointFacts, String> {
        #[derive(Deserialize)]
        struct Config {
            hidden_size: u32,
            max_position_embeddings: u32,
        }
        #[derive(Deserialize)]
        struct Tokenizer {
            model: TokenizerModel,
        }
        #[derive(Deserialize)]
        struct TokenizerModel {
            #[serde(rename = "type")]
            kind: String,
        }
        let config: Config =
            serde_json::from_slice(config_json).map_err(|error| format!("config.json: {error}"))?;
        let tokenizer: Tokenizer = serde_json::from_slice(tokenizer_json)
            .map_err(|error| format!("tokenizer.json: {error}"))?;
        let tokenizer_family = match tokenizer.model.kind.as_str() {
            "WordPiece" => Some(TokenizerFamily::BertWordpiece),
            "BPE" => Some(TokenizerFamily::Qwen2Bpe),
            _ => None,
        };
        Ok(CheckpointFacts {
            hidden_size: config.hidden_size,
            max_position_embeddings: config.max_position_embeddings,
            tokenizer_family,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ModelLock;

    fn lock() -> ModelLock {
        ModelLock::bundled()
    }

    fn minilm_provenance(text: &str) -> VectorProvenance {
        let lock = lock();
        let model = lock.model("all-minilm-l6-v2").unwrap();
        VectorProvenance::for_text(
            model,
            &lock.lock_hash(),
            None,
            PipelineVersions::CURRENT,
            text,
        )
        .unwrap()
    }

    #[test]
    fn provenance_records_the_lock_entry_and_the_text_hash() {
        let provenance = minilm_provenance("Rust engineer");
        assert_eq!(provenance.model_id, "all-minilm-l6-v2");
        assert_eq!(provenance.repo, "sentence-transformers/all-MiniLM-L6-v2");
        assert_eq!(
            provenance.revision,
            "1110a243fdf4706b3f48f1d95db1a4f5529b4d41"
        );
        assert_eq!(provenance.backend, Backend::CandleBert);
        assert_eq!(provenance.dimension, 384);
        assert_eq!(
            (provenance.pooling, provenance.normalization),
            (Pooling::Mean, Normalization::L2)
        );
        assert_eq!(provenance.text_sha256, sha256_hex(b"Rust engineer"));
        assert_eq!(provenance.lock_hash, lock().lock_hash());
        assert!(provenance.stale_fields(&provenance.clone()).is_empty());
    }

    #[test]
    fn an_unknown_profile_is_an_error() {
        let lock = lock();
        let qwen = lock.model("qwen3-embedding-0.6b").unwrap();
        let versions = PipelineVersions::CURRENT;
        let ok = VectorProvenance::for_text(qwen, "h", Some("job-search"), versions, "q");
        assert_eq!(
            ok.unwrap().instruction_profile.as_deref(),
            Some("job-search")
        );
        let error = VectorProvenance::for_text(qwen, "h", Some("nope"), versions, "q").unwrap_err();
        assert_eq!(
            error.to_string(),
            "model \"qwen3-embedding-0.6b\" has no instruction profile \"nope\""
        );
    }

    /// Changes exactly one field of a valid provenance and expects exactly that field to be
    /// reported stale, and the vector to be rebuilt rather than reused.
    fn check_stale(field: ProvenanceField, change: impl FnOnce(&mut VectorProvenance)) {
        let current = minilm_provenance("Rust engineer");
        let mut stored = current.clone();
        change(&mut stored);
        assert_eq!(stored.stale_fields(&current), [field]);
        let vector = StoredVector {
            provenance: stored,
            vector: vec![0.5; 384],
        };
        assert_eq!(vector.state(&current), VectorState::Stale(vec![field]));
        let (rebuilt, reuse) =
            reuse_or_rebuild(Some(vector), &current, || Ok::<_, ()>(vec![1.0; 384])).unwrap();
        assert_eq!(rebuilt, vec![1.0; 384], "a stale vector is never returned");
        assert_eq!(reuse, Reuse::Rebuilt(vec![field]));
    }

    #[test]
    fn a_changed_model_id_is_stale() {
        check_stale(ProvenanceField::ModelId, |p| p.model_id = "other".into());
    }

    #[test]
    fn a_changed_repo_is_stale() {
        check_stale(ProvenanceField::Repo, |p| p.repo = "fork/all-MiniLM".into());
    }

    #[test]
    fn a_changed_revision_is_stale() {
        check_stale(ProvenanceField::Revision, |p| p.revision = "0".repeat(40));
    }

    #[test]
    fn a_changed_backend_is_stale() {
        check_stale(ProvenanceField::Backend, |p| {
            p.backend = Backend::CandleQwen3
        });
    }

    #[test]
    fn a_changed_dimension_is_stale() {
        check_stale(ProvenanceField::Dimension, |p| p.dimension = 256);
    }

    #[test]
    fn a_changed_instruction_profile_is_stale() {
        check_stale(ProvenanceField::InstructionProfile, |p| {
            p.instruction_profile = Some("job-search".into())
        });
    }

    #[test]
    fn a_changed_chunker_version_is_stale() {
        check_stale(ProvenanceField::ChunkerVersion, |p| p.chunker_version += 1);
    }

    #[test]
    fn a_changed_normalizer_version_is_stale() {
        check_stale(ProvenanceField::NormalizerVersion, |p| {
            p.normalizer_version += 1
        });
    }

    #[test]
    fn a_changed_pooling_is_stale() {
        check_stale(ProvenanceField::Pooling, |p| p.pooling = Pooling::LastToken);
    }

    #[test]
    fn a_changed_normalization_is_stale() {
        check_stale(ProvenanceField::Normalization, |p| {
            p.normalization = Normalization::None
        });
    }

    #[test]
    fn a_changed_lock_hash_is_stale() {
        check_stale(ProvenanceField::LockHash, |p| p.lock_hash = "f".repeat(64));
    }

    #[test]
    fn a_changed_text_is_stale() {
        check_stale(ProvenanceField::TextHash, |p| {
            p.text_sha256 = sha256_hex(b"Pastry chef")
        });
    }

    #[test]
    fn a_valid_vector_is_reused_and_a_missing_one_built() {
        let current = minilm_provenance("Rust engineer");
        let stored = StoredVector {
            provenance: current.clone(),
            vector: vec![0.25; 384],
        };
        let (vector, reuse) = reuse_or_rebuild(Some(stored), &current, || -> Result<_, ()> {
            panic!("a valid vector must not be rebuilt")
        })
        .unwrap();
        assert_eq!((vector, reuse), (vec![0.25; 384], Reuse::Reused));
        let (vector, reuse) = reuse_or_rebuild(None, &current, || Ok::<_, ()>(vec![1.0])).unwrap();
        assert_eq!((vector, reuse), (vec![1.0], Reuse::Built));
    }

    #[test]
    fn data_of_the_wrong_width_is_stale_even_with_matching_provenance() {
        let current = minilm_provenance("Rust engineer");
        let truncated = StoredVector {
            provenance: current.clone(),
            vector: vec![0.25; 383],
        };
        assert_eq!(
            truncated.state(&current),
            VectorState::Stale(vec![ProvenanceField::Dimension])
        );
    }

    #[test]
    fn with_text_sha256_judges_a_stored_vector_by_the_rest() {
        let current = minilm_provenance("Rust engineer");
        let stored = minilm_provenance("Pastry chef");
        let expected = current.with_text_sha256(&stored.text_sha256);
        assert!(stored.stale_fields(&expected).is_empty());
    }

    #[test]
    fn provenance_round_trips_through_json() {
        let provenance = minilm_provenance("x");
        let json = serde_json::to_string(&provenance).unwrap();
        assert!(json.contains("\"backend\":\"candle-bert\""), "{json}");
        let back: VectorProvenance = serde_json::from_str(&json).unwrap();
        assert_eq!(back, provenance);
    }

    fn minilm_runtime() -> RuntimeSpec {
        RuntimeSpec {
            model_id: "all-minilm-l6-v2".into(),
            backend: Backend::CandleBert,
            native_dimension: 384,
            tokenizer_family: TokenizerFamily::BertWordpiece,
            pooling: Pooling::Mean,
            normalization: Normalization::L2,
            max_tokens: 256,
            instruction_support: false,
        }
    }

    /// Changes one field of the matching MiniLM runtime and expects exactly that mismatch.
    fn check_runtime_field(
        field: RuntimeField,
        (expected, found): (&str, &str),
        change: impl FnOnce(&mut RuntimeSpec),
    ) {
        let lock = lock();
        let model = lock.model("all-minilm-l6-v2").unwrap();
        assert_eq!(check_runtime(model, &minilm_runtime()), Ok(()));
        let mut runtime = minilm_runtime();
        change(&mut runtime);
        let error = check_runtime(model, &runtime).unwrap_err();
        assert_eq!(
            error.mismatches,
            [RuntimeMismatch {
                field,
                expected: expected.into(),
                found: found.into()
            }]
        );
        assert!(
            error.to_string().contains(&format!("{field} is {found}")),
            "{error}"
        );
    }

    #[test]
    fn runtime_model_id_must_match() {
        check_runtime_field(RuntimeField::ModelId, ("all-minilm-l6-v2", "x"), |r| {
            r.model_id = "x".into()
        });
    }

    #[test]
    fn runtime_backend_must_match() {
        check_runtime_field(RuntimeField::Backend, ("CandleBert", "CandleQwen3"), |r| {
            r.backend = Backend::CandleQwen3
        });
    }

    #[test]
    fn runtime_dimension_must_match() {
        check_runtime_field(RuntimeField::Dimension, ("384", "768"), |r| {
            r.native_dimension = 768
        });
    }

    #[test]
    fn runtime_tokenizer_family_must_match() {
        check_runtime_field(
            RuntimeField::TokenizerFamily,
            ("BertWordpiece", "Qwen2Bpe"),
            |r| r.tokenizer_family = TokenizerFamily::Qwen2Bpe,
        );
    }

    #[test]
    fn runtime_pooling_must_match() {
        check_runtime_field(RuntimeField::Pooling, ("Mean", "LastToken"), |r| {
            r.pooling = Pooling::LastToken
        });
    }

    #[test]
    fn runtime_normalization_must_match() {
        check_runtime_field(RuntimeField::Normalization, ("L2", "None"), |r| {
            r.normalization = Normalization::None
        });
    }

    #[test]
    fn runtime_max_tokens_must_match() {
        check_runtime_field(RuntimeField::MaxTokens, ("256", "512"), |r| {
            r.max_tokens = 512
        });
    }

    #[test]
    fn runtime_instruction_support_must_match() {
        check_runtime_field(RuntimeField::InstructionSupport, ("false", "true"), |r| {
            r.instruction_support = true
        });
    }

    #[test]
    fn every_mismatch_is_reported_at_once() {
        let lock = lock();
        let qwen = lock.model("qwen3-embedding-0.6b").unwrap();
        let error = check_runtime(qwen, &minilm_runtime()).unwrap_err();
        let fields: Vec<RuntimeField> = error.mismatches.iter().map(|m| m.field).collect();
        assert_eq!(
            fields,
            [
                RuntimeField::ModelId,
                RuntimeField::Backend,
                RuntimeField::Dimension,
                RuntimeField::TokenizerFamily,
                RuntimeField::Pooling,
                RuntimeField::MaxTokens,
                RuntimeField::InstructionSupport,
            ]
        );
    }

    #[test]
    fn checkpoint_facts_are_read_from_config_and_tokenizer() {
        let config = br#"{"hidden_size": 384, "max_position_embeddings": 512, "x": [1]}"#;
        let wordpiece = br#"{"version": "1.0", "model": {"type": "WordPiece", "vocab": {}}}"#;
        let facts = CheckpointFacts::read(config, wordpiece).unwrap();
        assert_eq!(
            facts,
            CheckpointFacts {
                hidden_size: 384,
                max_position_embeddings: 512,
                tokenizer_family: Some(TokenizerFamily::BertWordpiece),
            }
        );
        let bpe = br#"{"model": {"type": "BPE"}}"#;
        let facts = CheckpointFacts::read(config, bpe).unwrap();
        assert_eq!(facts.tokenizer_family, Some(TokenizerFamily::Qwen2Bpe));
        let unigram = br#"{"model": {"type": "Unigram"}}"#;
        assert_eq!(
            CheckpointFacts::read(config, unigram)
                .unwrap()
                .tokenizer_family,
            None
        );
        let error = CheckpointFacts::read(b"{\"hidden_size\": 384}", bpe).unwrap_err();
        assert!(
            error.starts_with("config.json: missing field `max_position_embeddings`"),
            "{error}"
        );
    }
}
