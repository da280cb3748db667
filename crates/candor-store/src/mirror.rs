//! The same-origin model mirror on disk, `{site}/models/{repo}/resolve/{revision}/{path}`: the
//! layout the app serves and the lockfile's first source. The CLI ranks from it and setup
//! verifies it after staging, so a bad file is caught before a browser ever fetches it.

use std::path::{Path, PathBuf};

use candor_core::lockfile::{ModelEntry, ModelFile};

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
