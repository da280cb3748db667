//! The same-origin model mirror on disk, `{site}/models/{repo}/resolve/{revision}/{path}`: the
//! layout the app serves and the lockfile's first source. The CLI ranks from it and setup
//! verifies it after staging, so a bad file is caught before a browser ever fetches it.

use std::num::NonZeroU64;
use std::path::{Path, PathBuf};

use candor_lock::{ModelEntry, ModelFile, ShardPins};

use crate::shards::pins_for_bytes;
use crate::{StoreError, VerifiedFiles, verify_file};

/// Where `file` of `model` lives under the site root `site`.
pub fn file_path(site: &Path, model: &ModelEntry, file: &ModelFile) -> PathBuf {
    site.join(model.mirror_path(file))
}

/// The state of one file in the mirror.
#[derive(Debug, Clone, PartialEq)]
pub enum FileCheck {
    Verified,
    Missing,
    Rejected(StoreError),
}

/// Checks every file of `model` that the lock lists, required or not.
pub fn check_model(site: &Path, model: &ModelEntry) -> Vec<(ModelFile, FileCheck)> {
    model
        .files
        .iter()
        .map(|file| {
            let path = file_path(site, model, file);
            let check = match read(&path, model, file)
                .and_then(|bytes| verify_file(model, file, &path.display().to_string(), &bytes))
            {
                Ok(()) => FileCheck::Verified,
                Err(StoreError::NotStored { .. }) => FileCheck::Missing,
                Err(err) => FileCheck::Rejected(err),
            };
            (file.clone(), check)
        })
        .collect()
}

/// Reads and verifies every required file of `model`; the first missing or mismatching file is
/// the error.
pub fn load_model(site: &Path, model: &ModelEntry) -> Result<VerifiedFiles, StoreError> {
    let mut files = VerifiedFiles::default();
    for file in model.required_files() {
        let path = file_path(site, model, file);
        let bytes = read(&path, model, file)?;
        files.insert_checked(model, file, &path.display().to_string(), bytes)?;
    }
    Ok(files)
}

/// Computes per-shard pins for `file` of `model` from its copy under `site`, for
/// `candor lock shards`. The copy must match the file's whole-file pin first, so a pin is never
/// derived from unverified bytes.
pub fn shard_pins(
    site: &Path,
    model: &ModelEntry,
    file: &ModelFile,
    shard_bytes: NonZeroU64,
) -> Result<ShardPins, StoreError> {
    let path = file_path(site, model, file);
    let bytes = read(&path, model, file)?;
    verify_file(model, file, &path.display().to_string(), &bytes)?;
    Ok(pins_for_bytes(&bytes, shard_bytes))
}

/// The `[models.files.shards]` table to paste under the file's `[[models.files]]` entry in
/// `models.lock.toml`.
pub fn shard_pins_toml(pins: &ShardPins) -> String {
    let mut toml = format!(
        "[models.files.shards]\nbytes = {}\nsha256 = [\n",
        pins.bytes
    );
    for sha256 in &pins.sha256 {
        toml.push_str(&format!("  \"{sha256}\",\n"));
    }
    toml.push_str("]\n");
    toml
}

fn read(path: &Path, model: &ModelEntry, file: &ModelFile) -> Result<Vec<u8>, StoreError> {
    std::fs::read(path).map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => StoreError::NotStored {
            model_id: model.id.clone(),
            path: file.path.clone(),
        },
        _ => StoreError::Io {
            path: path.display().to_string(),
            message: err.to_string(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use candor_lock::ModelLock;
    use candor_lock::digest::sha256_hex;

    /// A site directory holding `bytes` as `file` of the bundled MiniLM entry, whose pin is
    /// rewritten to match; removed on drop.
    struct Site {
        root: PathBuf,
        model: ModelEntry,
        file: ModelFile,
    }

    impl Site {
        fn new(name: &str, bytes: &[u8]) -> Site {
            let mut model = ModelLock::bundled()
                .model("all-minilm-l6-v2")
                .unwrap()
                .clone();
            let file = ModelFile {
                path: "model.safetensors".into(),
                sha256: sha256_hex(bytes),
                bytes: bytes.len() as u64,
                required: true,
                shards: None,
            };
            model.files = vec![file.clone()];
            let root =
                std::env::temp_dir().join(format!("candor-store-{name}-{}", std::process::id()));
            let path = file_path(&root, &model, &file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, bytes).unwrap();
            Site { root, model, file }
        }
    }

    impl Drop for Site {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.root);
        }
    }

    #[test]
    fn shard_pins_hash_each_range_of_a_verified_copy() {
        let site = Site::new("pins", b"0123456789abcdefghij!");
        let size = NonZeroU64::new(8).unwrap();
        let pins = shard_pins(&site.root, &site.model, &site.file, size).unwrap();
        assert_eq!(
            pins,
            ShardPins {
                bytes: 8,
                sha256: vec![
                    sha256_hex(b"01234567"),
                    sha256_hex(b"89abcdef"),
                    sha256_hex(b"ghij!"),
                ],
            }
        );
        let toml = shard_pins_toml(&pins);
        assert!(toml.starts_with("[models.files.shards]\nbytes = 8\nsha256 = [\n  \""));
        assert_eq!(toml.lines().count(), 7);
    }

    #[test]
    fn the_locked_minilm_shard_pins_match_the_staged_weights() {
        let site = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist");
        let lock = ModelLock::bundled();
        let minilm = lock.model("all-minilm-l6-v2").unwrap();
        let weights = minilm.file("model.safetensors").unwrap();
        let pinned = weights.shards.as_ref().unwrap();
        assert!(
            file_path(&site, minilm, weights).is_file(),
            "the MiniLM weights are not staged; run .ci/stage-models.sh"
        );
        let size = NonZeroU64::new(pinned.bytes).unwrap();
        assert_eq!(&shard_pins(&site, minilm, weights, size).unwrap(), pinned);
    }

    #[test]
    fn shard_pins_refuse_a_copy_that_does_not_match_its_pin() {
        let mut site = Site::new("pins-bad", b"0123456789");
        site.file.sha256 = sha256_hex(b"something else");
        let size = NonZeroU64::new(4).unwrap();
        let error = shard_pins(&site.root, &site.model, &site.file, size).unwrap_err();
        assert!(matches!(error, StoreError::HashMismatch { .. }), "{error}");
    }
}
