//! The ranking requests: which models are ready and loaded, a match with progress, preview and
//! cancel ([`Matcher`]), and ranking a recruiter's candidates.

use candor_core::matching::JobIndex;

use super::*;

/// The models one match runs with.
struct LoadedModels<'a> {
    mode: RuntimeMode,
    embedder: Option<&'a LoadedEmbedder>,
    reranker: Option<&'a LoadedReranker>,
}

impl Worker {
    /// Ids of the models whose required files are all verified and whose backend runs here.
    pub(super) async fn ready_models(&self) -> Result<HashSet<String>, String> {
        let mut ready = HashSet::new();
        for model in &self.lock.models {
            if !RUNNABLE_BACKENDS.contains(&model.backend) {
                continue;
            }
            let files = self.file_statuses(model).await?;
            if files
                .iter()
                .filter(|file| file.required)
                .all(|file| file.verified)
            {
                ready.insert(model.id.clone());
            }
        }
        Ok(ready)
    }

    /// Drops loaded weights of `model_id`, so the next use reads (and re-checks) them again,
    /// and the vectors a search kept.
    pub(super) fn forget_loaded(&self, model_id: &str) {
        *self.search_vectors.borrow_mut() = None;
        if self
            .embedder
            .borrow()
            .as_ref()
            .is_some_and(|loaded| loaded.model.id == model_id)
        {
            *self.embedder.borrow_mut() = None;
        }
        if self
            .reranker
            .borrow()
            .as_ref()
            .is_some_and(|loaded| loaded.model.id == model_id)
        {
            *self.reranker.borrow_mut() = None;
        }
    }

    pub(super) async fn embedder(&self, model: &ModelEntry) -> Result<Rc<LoadedEmbedder>, String> {
        if let Some(loaded) = self.embedder.borrow().as_ref()
            && loaded.model.id == model.id
        {
            return Ok(loaded.clone());
        }
        // Free the previous model's memory before the next one is read.
        *self.embedder.borrow_mut() = None;
        let store = self.store().await?;
        let loaded = Rc::new(pipeline::load_embedder(&store, model).await?);
        *self.embedder.borrow_mut() = Some(loaded.clone());
        Ok(loaded)
    }

    async fn reranker(&self, model: &ModelEntry) -> Result<Rc<LoadedReranker>, String> {
        if let Some(loaded) = self.reranker.borrow().as_ref()
            && loaded.model.id == model.id
        {
            return Ok(loaded.clone());
        }
        let store = self.store().await?;
        let loaded = Rc::new(pipeline::load_reranker(&store, model).await?);
        *self.reranker.borrow_mut() = Some(loaded.clone());
        Ok(loaded)
    }

    /// Loads the models of the best mode that loads: a model that fails (too little memory,
    /// say) is reported in `notes` and the next mode down is tried.
    async fn load_mode(
        &self,
        ready: &HashSet<String>,
        notes: &mut Vec<String>,
    ) -> (
        RuntimeMode,
        Option<Rc<LoadedEmbedder>>,
        Option<Rc<LoadedReranker>>,
    ) {
        let defaults = &self.lock.defaults;
        let mut mode = choose_mode(&self.lock, |id| ready.contains(id));
        if mode == RuntimeMode::Qwen3Pair {
            let pair = async {
                let embedder = self.embedder(self.model(&defaults.embedding)?).await?;
                let reranker = self.reranker(self.model(&defaults.reranker)?).await?;
                Ok::<_, String>((embedder, reranker))
            };
            match pair.await {
                Ok((embedder, reranker)) => return (mode, Some(embedder), Some(reranker)),
                Err(message) => {
                    *self.reranker.borrow_mut() = None;
                    notes.push(format!("The Qwen3 models were skipped: {message}"));
                    mode = choose_mode(&self.lock, |id| {
                        id != defaults.embedding && id != defaults.reranker && ready.contains(id)
                    });
                }
            }
        }
        if mode == RuntimeMode::MiniLm {
            let fallback = async { self.embedder(self.model(&defaults.fallback)?).await };
            match fallback.await {
                Ok(embedder) => return (mode, Some(embedder), None),
                Err(message) => notes.push(format!("The MiniLM model was skipped: {message}")),
            }
        }
        (RuntimeMode::Deterministic, None, None)
    }

    /// Ranks `resume` against `jobs` (the stored postings when `None`), registered under `id`
    /// for its whole run, so a `CancelMatch` reaches it and the worker knows a ranking runs
    /// (no snapshot is encoded meanwhile) while it waits for the index and the models too.
    pub(super) async fn match_resume(
        &self,
        id: RequestId,
        resume: &str,
        jobs: Option<Vec<JobPosting>>,
        person: Person<'_>,
        rerank_top_k: Option<usize>,
        without_models: Option<String>,
    ) -> Result<ResponseBody, String> {
        let cancel = Rc::new(Cell::new(false));
        self.matches.borrow_mut().insert(id, cancel.clone());
        let ranked = self
            .rank_resume(
                id,
                &cancel,
                resume,
                jobs,
                person,
                rerank_top_k,
                without_models,
            )
            .await;
        self.matches.borrow_mut().remove(&id);
        ranked
    }

    #[allow(clippy::too_many_arguments)]
    async fn rank_resume(
        &self,
        id: RequestId,
        cancel: &Cell<bool>,
        resume: &str,
        jobs: Option<Vec<JobPosting>>,
        person: Person<'_>,
        rerank_top_k: Option<usize>,
        without_models: Option<String>,
    ) -> Result<ResponseBody, String> {
        let stored;
        let given;
        let index = match jobs {
            Some(jobs) => {
                given = JobIndex::new(jobs, candor_core::skills::bundled());
                &given
            }
            None => {
                stored = self.stored_index().await?;
                &stored.index
            }
        };
        let mut notes = Vec::new();
        let ready = match without_models {
            Some(reason) => {
                notes.push(format!(
                    "The models were left out of this ranking: {reason}. Reload the page to \
                     try them again."
                ));
                HashSet::new()
            }
            None => self.ready_models().await?,
        };
        self.preview_if_loading(id, &ready, resume, index, person)?;
        let (mode, embedder, reranker) = self.load_mode(&ready, &mut notes).await;
        let models = LoadedModels {
            mode,
            embedder: embedder.as_deref(),
            reranker: reranker.as_deref(),
        };
        let result = self
            .run_matcher(
                id,
                cancel,
                models,
                rerank_top_k,
                resume,
                index,
                person,
                &notes,
            )
            .await;
        match result {
            Ok(mut report) => {
                notes.append(&mut report.notes);
                report.notes = notes;
                // Its first cards went ahead (`Matcher::first_cards`).
                send_rest(id, &mut report);
                Ok(ResponseBody::Matched(report))
            }
            Err(MatchError::Cancelled { vectors_computed }) => {
                Ok(ResponseBody::MatchCancelled { vectors_computed })
            }
            Err(MatchError::Failed(message)) => Err(message),
        }
    }

    /// When the models of this ranking must first be read from storage, posts the cheap
    /// signals' best cards at once ([`pipeline::preview_before_loading`]), so a person who
    /// ranks right after opening the page does not wait for the models to see a list.
    fn preview_if_loading(
        &self,
        id: RequestId,
        ready: &HashSet<String>,
        resume: &str,
        index: &JobIndex,
        person: Person<'_>,
    ) -> Result<(), String> {
        let defaults = &self.lock.defaults;
        let mode = choose_mode(&self.lock, |id| ready.contains(id));
        let embedding_model = match mode {
            RuntimeMode::Qwen3Pair => &defaults.embedding,
            RuntimeMode::MiniLm => &defaults.fallback,
            RuntimeMode::Deterministic => return Ok(()),
        };
        let loaded = self
            .embedder
            .borrow()
            .as_ref()
            .is_some_and(|loaded| &loaded.model.id == embedding_model);
        if loaded {
            return Ok(());
        }
        let report = MatchReport {
            mode,
            embedding_model: Some(embedding_model.clone()),
            ..MatchReport::empty(&self.lock_hash)
        };
        let today = imports::today()?;
        let mut preview = pipeline::preview_before_loading(resume, index, person, today, report);
        send_parts(id, &mut preview);
        post(Some(id), ResponseBody::MatchPreview(preview));
        Ok(())
    }

    /// Runs one match, stopped by `cancel`, with progress posted to `id`.
    #[allow(clippy::too_many_arguments)]
    async fn run_matcher(
        &self,
        id: RequestId,
        cancel: &Cell<bool>,
        models: LoadedModels<'_>,
        rerank_top_k: Option<usize>,
        resume: &str,
        index: &JobIndex,
        person: Person<'_>,
        notes: &[String],
    ) -> Result<MatchReport, MatchError> {
        let today = imports::today().map_err(MatchError::Failed)?;
        let store = self.store().await.map_err(MatchError::Failed)?;
        let cancelled = || cancel.get();
        let mut progress = |progress: pipeline::Progress| {
            post(
                Some(id),
                ResponseBody::MatchProgress {
                    stage: progress.stage,
                    done: progress.done,
                    total: progress.total,
                    cached: progress.cached,
                },
            )
        };
        let mut preview = |mut report: MatchReport| {
            send_parts(id, &mut report);
            post(Some(id), ResponseBody::MatchPreview(report));
        };
        let mut first_cards = |mut head: MatchReport| {
            head.notes.splice(0..0, notes.iter().cloned());
            post(Some(id), ResponseBody::MatchPreview(head));
        };
        let mut matcher = Matcher {
            store: &store,
            lock_hash: &self.lock_hash,
            mode: models.mode,
            embedder: models.embedder,
            reranker: models.reranker,
            rerank_top_k,
            cancelled: &cancelled,
            progress: &mut progress,
            preview: &mut preview,
            first_cards: &mut first_cards,
        };
        matcher.run_on_index(resume, index, person, today).await
    }

    /// Recruiter mode: ranks the stored candidates for `job` with the best stored embedding
    /// model (or the deterministic signals when none is stored).
    pub(super) async fn rank_candidates(&self, job_id: &str) -> Result<ResponseBody, String> {
        let stored = self.stored_index().await?;
        let job = stored
            .index
            .jobs()
            .iter()
            .find(|prepared| prepared.job.id == job_id)
            .map(|prepared| prepared.job.clone())
            .ok_or_else(|| {
                "that job is no longer stored (or has expired); pick another one".to_owned()
            })?;
        drop(stored);
        let ready = self.ready_models().await?;
        let mut notes = Vec::new();
        let (_mode, embedder, _reranker) = self.load_mode(&ready, &mut notes).await;
        let embedder = embedder.as_deref();
        let body = recruiter::rank(&job, embedder).await?;
        Ok(body)
    }
}

/// Posts the best cards of a long `report` ahead of it ([`MatchReport::first_cards`]), so the
/// page shows them at once, then the rest of its matches in parts, leaving in `report` the
/// first cards to post last (see [`ResponseBody::MatchPreview`]).
fn send_parts(id: RequestId, report: &mut MatchReport) {
    if let Some(head) = report.first_cards() {
        post(Some(id), ResponseBody::MatchPreview(head));
    }
    send_rest(id, report);
}

/// The parts of [`send_parts`] without the first cards, which went ahead already.
fn send_rest(id: RequestId, report: &mut MatchReport) {
    for matches in report.split_into_parts() {
        post(Some(id), ResponseBody::MatchPart { matches });
    }
}
