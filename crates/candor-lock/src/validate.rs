//! The semantic rules of the lockfile, checked after the TOML text has matched the schema.
//!
//! The rules read the typed [`ModelLock`]. The spanned TOML tree is consulted only to locate the
//! offending value once a rule fails. Rules run in document order within each model, so the
//! first error reported is usually the first one a reader meets in the file.

use std::collections::HashMap;

use toml::Spanned;
use toml::de::DeValue;

use super::{
    LockError, LockErrorKind, ModelEntry, ModelFile, ModelKind, ModelLock, SUPPORTED_VERSION,
    ScoreRule, ShardPins, Thresholds, line_column,
};
use crate::digest::is_sha256_hex;

/// A value in the spanned TOML tree, used only to say where a rule failed.
///
/// Looking up a key or index that is absent (a field left to its default) stays on the nearest
/// present ancestor, so every error still points into the document.
#[derive(Clone, Copy)]
pub(super) struct Node<'a> {
    text: &'a str,
    value: &'a Spanned<DeValue<'a>>,
}

impl<'a> Node<'a> {
    /// The node for the whole document `text`, parsed into `root`.
    pub(super) fn root(text: &'a str, root: &'a Spanned<DeValue<'a>>) -> Self {
        Self { text, value: root }
    }

    /// The value under `key` in this table, or this node when the key is absent.
    fn key(self, key: &str) -> Self {
        self.value
            .get_ref()
            .get(key)
            .map_or(self, |value| Self { value, ..self })
    }

    /// The element at `index` of this array, or this node when there is no such element.
    fn index(self, index: usize) -> Self {
        self.value
            .get_ref()
            .get(index)
            .map_or(self, |value| Self { value, ..self })
    }

    /// The 1-based line on which this value starts.
    fn line(self) -> usize {
        line_column(self.text, self.value.span().start).0
    }

    /// An error of `kind` located at the start of this value.
    fn error(self, kind: LockErrorKind) -> LockError {
        LockError::at(self.text, self.value.span().start, kind)
    }
}

/// Checks every semantic rule of `lock`, whose TOML tree is `root`.
pub(super) fn validate(lock: &ModelLock, root: Node<'_>) -> Result<(), LockError> {
    if lock.version != SUPPORTED_VERSION {
        return Err(root
            .key("version")
            .error(LockErrorKind::UnsupportedVersion {
                found: lock.version,
                supported: SUPPORTED_VERSION,
            }));
    }
    let model_nodes = root.key("models");
    let mut first_index = HashMap::new();
    for (index, model) in lock.models.iter().enumerate() {
        let node = model_nodes.index(index);
        if let Some(first) = first_index.insert(model.id.as_str(), index) {
            return Err(node.key("id").error(LockErrorKind::DuplicateModelId {
                id: model.id.clone(),
                first_line: model_nodes.index(first).key("id").line(),
            }));
        }
        validate_model(model, node)?;
    }
    validate_defaults(lock, root.key("defaults"))
}

/// Checks that each default names a model of the kind its role needs.
fn validate_defaults(lock: &ModelLock, node: Node<'_>) -> Result<(), LockError> {
    let defaults = &lock.defaults;
    let roles = [
        ("embedding", &defaults.embedding, ModelKind::Embedding),
        ("reranker", &defaults.reranker, ModelKind::Reranker),
        ("fallback", &defaults.fallback, ModelKind::Embedding),
    ];
    for (role, id, expected) in roles {
        let kind = match lock.model(id) {
            None => LockErrorKind::UnknownDefault {
                role,
                id: id.clone(),
            },
            Some(model) if model.kind != expected => LockErrorKind::DefaultKindMismatch {
                role,
                id: id.clone(),
                expected,
                found: model.kind,
            },
            Some(_) => continue,
        };
        return Err(node.key(role).error(kind));
    }
    Ok(())
}

/// Checks one model entry: its revision, dimensions, sources, files, profiles and score rule.
fn validate_model(model: &ModelEntry, node: Node<'_>) -> Result<(), LockError> {
    if !is_commit_hex(&model.revision) {
        return Err(node
            .key("revision")
            .error(LockErrorKind::MalformedRevision {
                model: model.id.clone(),
                revision: model.revision.clone(),
            }));
    }
    if model.stored_dimension == 0 || model.stored_dimension > model.native_dimension {
        return Err(node
            .key("stored_dimension")
            .error(LockErrorKind::StoredDimension {
                model: model.id.clone(),
                stored: model.stored_dimension,
                native: model.native_dimension,
            }));
    }
    validate_sources(model, node.key("sources"))?;
    validate_files(model, node)?;
    validate_profiles(model, node)?;
    validate_score(model, node)
}

/// Checks that a reranker, and only a reranker, says how its output enters a score, with a
/// weight in [0, 1] and a top K of at least 1.
fn validate_score(model: &ModelEntry, node: Node<'_>) -> Result<(), LockError> {
    let id = model.id.clone();
    let score_node = node.key("score");
    let Some(ScoreRule {
        weight,
        rerank_top_k,
        ..
    }) = model.score
    else {
        return match model.kind {
            ModelKind::Reranker => Err(node.error(LockErrorKind::MissingScoreRule { model: id })),
            ModelKind::Embedding => Ok(()),
        };
    };
    let (node, kind) = if model.kind != ModelKind::Reranker {
        (
            score_node,
            LockErrorKind::ScoreRuleOnEmbedding { model: id },
        )
    } else if !(0.0..=1.0).contains(&weight) {
        let kind = LockErrorKind::InvalidScoreWeight { model: id, weight };
        (score_node.key("weight"), kind)
    } else if rerank_top_k == 0 {
        let kind = LockErrorKind::ZeroRerankTopK { model: id };
        (score_node.key("rerank_top_k"), kind)
    } else {
        return Ok(());
    };
    Err(node.error(kind))
}

/// Checks that the sources start with the same-origin mirror and all name the file.
fn validate_sources(model: &ModelEntry, node: Node<'_>) -> Result<(), LockError> {
    let Some(mirror) = model.sources.first() else {
        return Err(node.error(LockErrorKind::NoSources {
            model: model.id.clone(),
        }));
    };
    if !is_root_relative(mirror) {
        return Err(node.index(0).error(LockErrorKind::FirstSourceNotRelative {
            model: model.id.clone(),
            template: mirror.clone(),
        }));
    }
    match model
        .sources
        .iter()
        .position(|template| !template.contains("{path}"))
    {
        Some(index) => Err(node.index(index).error(LockErrorKind::SourceWithoutPath {
            model: model.id.clone(),
            template: model.sources[index].clone(),
        })),
        None => Ok(()),
    }
}

/// Checks each file's path, digest, size and shard pins, and that at least one file is
/// required.
fn validate_files(model: &ModelEntry, node: Node<'_>) -> Result<(), LockError> {
    let file_nodes = node.key("files");
    let mut first_index = HashMap::new();
    for (index, file) in model.files.iter().enumerate() {
        let (key, kind) = if !is_safe_relative_path(&file.path) {
            let path = file.path.clone();
            (
                "path",
                LockErrorKind::UnsafeFilePath {
                    model: model.id.clone(),
                    path,
                },
            )
        } else if let Some(first) = first_index.insert(file.path.as_str(), index) {
            let first_line = file_nodes.index(first).key("path").line();
            let path = file.path.clone();
            (
                "path",
                LockErrorKind::DuplicateFilePath {
                    model: model.id.clone(),
                    path,
                    first_line,
                },
            )
        } else if !is_sha256_hex(&file.sha256) {
            let (path, sha256) = (file.path.clone(), file.sha256.clone());
            (
                "sha256",
                LockErrorKind::MalformedSha256 {
                    model: model.id.clone(),
                    path,
                    sha256,
                },
            )
        } else if file.bytes == 0 {
            let path = file.path.clone();
            (
                "bytes",
                LockErrorKind::EmptyFile {
                    model: model.id.clone(),
                    path,
                },
            )
        } else if let Some(shards) = &file.shards {
            match shard_error(model, file, shards) {
                Some((key, kind)) => {
                    let node = file_nodes.index(index).key("shards").key(key);
                    let node = match &kind {
                        LockErrorKind::MalformedShardSha256 { index, .. } => node.index(*index),
                        _ => node,
                    };
                    return Err(node.error(kind));
                }
                None => continue,
            }
        } else {
            continue;
        };
        return Err(file_nodes.index(index).key(key).error(kind));
    }
    if model.required_files().next().is_none() {
        let model = model.id.clone();
        return Err(node.error(LockErrorKind::NoRequiredFiles { model }));
    }
    Ok(())
}

/// The first broken rule of a file's shard pins, with the key under `shards` to point at: a
/// zero shard size, a digest count that does not cover the file exactly, or a malformed digest.
fn shard_error(
    model: &ModelEntry,
    file: &ModelFile,
    shards: &ShardPins,
) -> Option<(&'static str, LockErrorKind)> {
    let (model, path) = (model.id.clone(), file.path.clone());
    if shards.bytes == 0 {
        return Some(("bytes", LockErrorKind::ZeroShardSize { model, path }));
    }
    let expected = ShardPins::count_for(file.bytes, shards.bytes);
    let found = shards.sha256.len() as u64;
    if found != expected {
        let kind = LockErrorKind::ShardCount {
            model,
            path,
            bytes: file.bytes,
            shard_bytes: shards.bytes,
            expected,
            found,
        };
        return Some(("sha256", kind));
    }
    let (index, sha256) = shards
        .sha256
        .iter()
        .enumerate()
        .find(|(_, sha256)| !is_sha256_hex(sha256))?;
    let sha256 = sha256.clone();
    let kind = LockErrorKind::MalformedShardSha256 {
        model,
        path,
        index,
        sha256,
    };
    Some(("sha256", kind))
}

/// Checks the instruction profiles: allowed at all, unique ids, placeholders and thresholds.
///
/// Every query format must contain `{instruction}` and `{query}`; a reranker's must also contain
/// `{document}`, because the reranker reads the pair as one prompt.
fn validate_profiles(model: &ModelEntry, node: Node<'_>) -> Result<(), LockError> {
    let profile_nodes = node.key("instruction_profiles");
    if let (false, Some(profile)) = (
        model.instruction_support,
        model.instruction_profiles.first(),
    ) {
        let (model, profile) = (model.id.clone(), profile.id.clone());
        let kind = LockErrorKind::ProfileWithoutInstructionSupport { model, profile };
        return Err(profile_nodes.index(0).error(kind));
    }
    let placeholders: &[&'static str] = match model.kind {
        ModelKind::Embedding => &["{instruction}", "{query}"],
        ModelKind::Reranker => &["{instruction}", "{query}", "{document}"],
    };
    let mut first_index = HashMap::new();
    for (index, profile) in model.instruction_profiles.iter().enumerate() {
        let (model, profile_id) = (model.id.clone(), profile.id.clone());
        let missing_placeholder = placeholders
            .iter()
            .find(|placeholder| !profile.query_format.contains(**placeholder));
        let (key, kind) = if let Some(first) = first_index.insert(profile.id.as_str(), index) {
            let first_line = profile_nodes.index(first).key("id").line();
            let kind = LockErrorKind::DuplicateProfileId {
                model,
                profile: profile_id,
                first_line,
            };
            ("id", kind)
        } else if let Some(&placeholder) = missing_placeholder {
            let query_format = profile.query_format.clone();
            let kind = LockErrorKind::MissingPlaceholder {
                model,
                profile: profile_id,
                placeholder,
                query_format,
            };
            ("query_format", kind)
        } else if !are_valid_thresholds(&profile.thresholds) {
            let Thresholds {
                strong,
                medium,
                weak,
            } = profile.thresholds;
            let kind = LockErrorKind::InvalidThresholds {
                model,
                profile: profile_id,
                strong,
                medium,
                weak,
            };
            ("thresholds", kind)
        } else {
            continue;
        };
        return Err(profile_nodes.index(index).key(key).error(kind));
    }
    Ok(())
}

/// True when `revision` is a full Git commit id: 40 lowercase hex characters.
fn is_commit_hex(revision: &str) -> bool {
    revision.len() == 40
        && revision
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// True when `1 >= strong > medium > weak >= -1`, which also rules out NaN.
fn are_valid_thresholds(thresholds: &Thresholds) -> bool {
    let Thresholds {
        strong,
        medium,
        weak,
    } = *thresholds;
    strong <= 1.0 && strong > medium && medium > weak && weak >= -1.0
}

/// True when `template` is a path relative to the app root.
///
/// A scheme (`https:`), a protocol-relative `//host` or a leading `/` is rejected: each would
/// leave the app's origin, or escape a sub-path deployment or a site root on disk.
fn is_root_relative(template: &str) -> bool {
    !template.starts_with(['/', '\\']) && !has_scheme(template)
}

/// True when `path` is relative, uses `/` separators and has no empty, `.` or `..` segments, so
/// it stays inside the model's directory both in a URL and on disk.
fn is_safe_relative_path(path: &str) -> bool {
    !path.contains('\\')
        && !has_scheme(path)
        && path
            .split('/')
            .all(|segment| !matches!(segment, "" | "." | ".."))
}

/// True when `text` starts with a URI scheme such as `https:` (RFC 3986, section 3.1), which
/// also catches Windows drive letters such as `C:`.
fn has_scheme(text: &str) -> bool {
    text.split_once(':').is_some_and(|(scheme, _)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}
