//! The model requests: what is stored, downloads with progress and cancel, delete, verify and
//! the diagnostics view.

use super::*;

/// The window the download rate is averaged over.
const RATE_WINDOW_MS: f64 = 5_000.0;

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl Worker {
    pub(super) async fn file_statuses(
        &self,
        model: &ModelEntry,
    ) -> Result<Vec<FileStatus>, String> {
        let store = self.store().await?;
        let states = store.file_states(model).await.map_err(|e| e.to_string())?;
        Ok(states
            .into_iter()
            .zip(&model.files)
            .map(|(state, file)| FileStatus {
                path: state.path,
                required: file.required,
                bytes: state.bytes,
                stored_bytes: state.stored_bytes,
                present: state.stored_bytes > 0,
                verified: state.verified,
                shards_stored: state.shards_stored,
                shards_total: state.shards_total,
                rejected: state
                    .rejections
                    .into_iter()
                    .map(|rejection| RejectedSource {
                        source: rejection.source,
                        reason: rejection.reason,
                    })
                    .collect(),
            })
            .collect())
    }

    pub(super) async fn model_status(&self, model_id: &str) -> Result<ModelStatus, String> {
        let model = self.model(model_id)?;
        let files = self.file_statuses(model).await?;
        let required = files.iter().filter(|file| file.required);
        let (stored_bytes, partial_bytes) =
            required.fold((0, 0), |(stored, partial), file| match file.verified {
                true => (stored + file.bytes, partial),
                false => (stored, partial + file.stored_bytes),
            });
        Ok(ModelStatus {
            model_id: model.id.clone(),
            total_bytes: model.required_bytes(),
            stored_bytes,
            partial_bytes,
            files,
        })
    }

    pub(super) async fn download(
        &self,
        id: RequestId,
        model_id: &str,
        consent: DownloadConsent,
    ) -> Result<ResponseBody, String> {
        let model = self.model(model_id)?;
        if self.downloads.borrow().contains_key(&model.id) {
            return Err(format!("{model_id} is already being downloaded"));
        }
        let status = self.model_status(model_id).await?;
        let needed = status.total_bytes - status.stored_bytes - status.partial_bytes;
        if needed > consent.accepted_bytes {
            return Err(format!(
                "{model_id} still needs {needed} bytes, more than the {} agreed to; ask again \
                 with the new size",
                consent.accepted_bytes
            ));
        }
        if consent.allow_upstream {
            self.upstream_allowed.set(true);
        }
        if consent.persisted.is_some() {
            self.persisted.set(consent.persisted);
        }
        let store = self.store().await?;
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let policy = if consent.allow_upstream {
            SourcePolicy::AllSources
        } else {
            SourcePolicy::MirrorOnly
        };
        let mut options = DownloadOptions::new(&scope.location().href(), policy);
        options.lock_hash = Some(self.lock_hash.clone());

        let token = CancelToken::new();
        self.downloads
            .borrow_mut()
            .insert(model.id.clone(), token.clone());
        let mut meter = RateMeter::new(now_ms(), RATE_WINDOW_MS);
        let mut last_post = f64::NEG_INFINITY;
        let mut progress = |path: &str, file_done, file_total, done, total, fetched| {
            let now = now_ms();
            meter.add(now, fetched - meter.transferred());
            if now - last_post < PROGRESS_INTERVAL_MS && file_done != file_total {
                return;
            }
            last_post = now;
            post(
                Some(id),
                ResponseBody::DownloadProgress {
                    model_id: model.id.clone(),
                    path: path.to_owned(),
                    done_bytes: done,
                    total_bytes: total,
                    file_done_bytes: file_done,
                    file_total_bytes: file_total,
                    bytes_per_second: meter.bytes_per_second(now),
                    eta_seconds: meter.eta_seconds(now, total.saturating_sub(done)),
                },
            );
        };
        let mut done_so_far = 0;
        let mut fetched_so_far = 0;
        let result =
            download::download(&store, model, &options, &token, &mut |event| match event {
                DownloadEvent::Progress {
                    path,
                    file_done,
                    file_total,
                    done,
                    total,
                    fetched,
                } => {
                    done_so_far = done;
                    fetched_so_far = fetched;
                    progress(path, file_done, file_total, done, total, fetched);
                }
                DownloadEvent::FileVerified { file } => {
                    let total = model.required_bytes();
                    progress(
                        &file.path,
                        file.bytes,
                        file.bytes,
                        done_so_far,
                        total,
                        fetched_so_far,
                    );
                }
                DownloadEvent::ShardStored { .. }
                | DownloadEvent::SourceRejected { .. }
                | DownloadEvent::Retrying { .. } => {}
            })
            .await;
        self.downloads.borrow_mut().remove(&model.id);
        match result {
            Ok(()) => Ok(ResponseBody::ModelStatus(
                self.model_status(model_id).await?,
            )),
            Err(StoreError::Cancelled {
                stored_bytes,
                total_bytes,
                ..
            }) => Ok(ResponseBody::DownloadCancelled {
                model_id: model.id.clone(),
                stored_bytes,
                total_bytes,
            }),
            Err(error) => Err(error.to_string()),
        }
    }

    pub(super) async fn cancel(&self, model_id: &str) -> Result<ModelStatus, String> {
        let model = self.model(model_id)?;
        let token = self.downloads.borrow().get(&model.id).cloned();
        if let Some(token) = token {
            token.cancel();
        }
        self.model_status(model_id).await
    }

    pub(super) async fn delete(&self, model_id: &str) -> Result<ModelStatus, String> {
        let model = self.model(model_id)?;
        // A running download is stopped first and allowed to finish its last write, so no
        // shard lands after the delete.
        let token = self.downloads.borrow().get(&model.id).cloned();
        if let Some(token) = token {
            token.cancel();
            for _ in 0..100 {
                if !self.downloads.borrow().contains_key(&model.id) {
                    break;
                }
                sleep_ms(50).await;
            }
        }
        self.forget_loaded(&model.id);
        let store = self.store().await?;
        store.delete_model(model).await.map_err(|e| e.to_string())?;
        self.model_status(model_id).await
    }

    pub(super) async fn verify(&self, model_id: &str) -> Result<ResponseBody, String> {
        let model = self.model(model_id)?;
        let store = self.store().await?;
        let started = now_ms();
        let checks = store.check(model).await.map_err(|e| e.to_string())?;
        let elapsed_ms = now_ms() - started;
        let mut checked_bytes = 0;
        let files = checks
            .into_iter()
            .map(|check| {
                if check.result.is_ok() {
                    checked_bytes += model.file(&check.path).map_or(0, |file| file.bytes);
                }
                FileCheckReport {
                    path: check.path,
                    ok: check.result.is_ok(),
                    problem: check.result.err().map(|error| error.to_string()),
                }
            })
            .collect::<Vec<_>>();
        if files.iter().any(|file| !file.ok) {
            // A damaged file may be what the loaded model was built from on an earlier read;
            // the next match loads and re-checks again.
            self.forget_loaded(&model.id);
        }
        Ok(ResponseBody::IntegrityReport {
            model_id: model.id.clone(),
            files,
            elapsed_ms,
            checked_bytes,
        })
    }

    pub(super) async fn diagnostics(&self) -> Result<Diagnostics, String> {
        let mut models = Vec::new();
        let mut model_bytes = 0;
        for model in &self.lock.models {
            let files = self.file_statuses(model).await?;
            model_bytes += files.iter().map(|file| file.stored_bytes).sum::<u64>();
            models.push(ModelDiagnostics {
                model_id: model.id.clone(),
                repo: model.repo.clone(),
                revision: model.revision.clone(),
                license: model.license.clone(),
                kind: model.kind,
                backend: model.backend,
                native_dimension: model.native_dimension,
                stored_dimension: model.stored_dimension,
                max_tokens: model.max_tokens,
                runnable: RUNNABLE_BACKENDS.contains(&model.backend),
                complete: files
                    .iter()
                    .filter(|file| file.required)
                    .all(|file| file.verified),
                files,
            });
        }
        let mode = choose_mode(&self.lock, |id| {
            models
                .iter()
                .any(|model| model.model_id == id && model.complete && model.runnable)
        });
        let estimate = storage::estimate().await.ok().flatten();
        let persisted = match storage::persisted().await.ok().flatten() {
            Some(persisted) => Some(persisted),
            None => self.persisted.get(),
        };
        Ok(Diagnostics {
            mode,
            lock_hash: self.lock_hash.clone(),
            schema_version: SCHEMA_VERSION,
            models,
            storage: StorageDiagnostics {
                usage_bytes: estimate.map(|estimate| estimate.usage),
                quota_bytes: estimate.map(|estimate| estimate.quota),
                persisted,
                model_bytes,
            },
            vectors: self.vector_counts().await?,
            privacy: if self.upstream_allowed.get() {
                PrivacyMode::UpstreamAllowed
            } else {
                PrivacyMode::SameOriginOnly
            },
            downloading: self.downloads.borrow().keys().cloned().collect(),
        })
    }

    /// Cached vectors judged against what the current lock and pipeline would record for the
    /// same text.
    async fn vector_counts(&self) -> Result<VectorCounts, String> {
        let store = self.store().await?;
        let provenances = store
            .vector_provenances()
            .await
            .map_err(|e| e.to_string())?;
        let mut counts = VectorCounts::default();
        for provenance in provenances {
            let valid = provenance.is_some_and(|stored| {
                self.lock.model(&stored.model_id).is_some_and(|model| {
                    VectorProvenance::for_text(
                        model,
                        &self.lock_hash,
                        stored.instruction_profile.as_deref(),
                        PipelineVersions::CURRENT,
                        "",
                    )
                    .is_ok_and(|current| {
                        let current = current.with_text_sha256(&stored.text_sha256);
                        stored.stale_fields(&current).is_empty()
                    })
                })
            });
            if valid {
                counts.valid += 1;
            } else {
                counts.stale += 1;
            }
        }
        Ok(counts)
    }
}
