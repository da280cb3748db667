//! Searching the stored postings for what a person types ("night shift ICU nurse"), by
//! keywords, the skills it names and, with the stored embedding model, by meaning
//! ([`candor_core::matching::JobIndex::search`]). Meaning comes from the vectors rankings
//! cached: a search embeds only its query, which is never stored.

use std::rc::Rc;

use candor_core::matching::{DenseQuery, learned_weights};
use candor_core::skills;

use super::Worker;
use super::stored_jobs::StoredIndex;
use crate::pipeline::{CachedJobVectors, cached_job_vectors, choose_mode};
use crate::protocol::{ResponseBody, RuntimeMode, SEARCH_HITS};

/// The cached vectors of a search, kept while the stored postings and the model are the same
/// (and only when complete: a ranking may still add to a partial set).
pub(super) struct SearchVectors {
    index: Rc<StoredIndex>,
    model_id: String,
    vectors: Rc<CachedJobVectors>,
}

/// What searches by meaning: the model, its vectors of the postings and the query's.
struct Meaning {
    model_id: String,
    vectors: Rc<CachedJobVectors>,
    query_vector: Vec<f32>,
}

impl Worker {
    /// Searches the stored postings for `query`; `without_models` (the page's reason the
    /// models are left out of its rankings until a reload) searches without them too.
    pub(super) async fn search(
        &self,
        query: &str,
        without_models: Option<String>,
    ) -> Result<ResponseBody, String> {
        if query.trim().is_empty() {
            return Err("type what you are looking for, e.g. \"night shift ICU nurse\"".into());
        }
        let stored = self.stored_index().await?;
        let (meaning, mut note) = match without_models {
            Some(reason) => (
                None,
                Some(format!(
                    "Searched by keywords and skills only: the models are left out ({reason}) \
                     until the page is reloaded."
                )),
            ),
            None => match self.meaning(&stored, query).await {
                Ok(meaning) => (meaning, None),
                Err(note) => (None, Some(note)),
            },
        };
        let index = &stored.index;
        if let Some(meaning) = &meaning
            && !meaning.vectors.complete()
        {
            note = Some(format!(
                "Searched by meaning among the {} of {} postings {} has read (those your \
                 rankings kept), the others by keywords and skills only.",
                meaning.vectors.cached,
                index.len(),
                meaning.model_id
            ));
        }
        let dense = meaning.as_ref().map(|meaning| DenseQuery {
            job_vectors: &meaning.vectors.vectors,
            query_vector: &meaning.query_vector,
        });
        let hits = index.search(
            query,
            dense,
            skills::bundled(),
            &learned_weights(),
            SEARCH_HITS,
        );
        Ok(ResponseBody::SearchResults {
            query: query.to_owned(),
            hits,
            by_meaning: meaning.map(|meaning| meaning.model_id),
            note,
        })
    }

    /// The ranking embedding model's cached vectors of `stored` and `query`'s vector; `None`
    /// when no model is stored; `Err` with a note for the person when one is, but cannot
    /// search by meaning now.
    async fn meaning(
        &self,
        stored: &Rc<StoredIndex>,
        query: &str,
    ) -> Result<Option<Meaning>, String> {
        let ready = self.ready_models().await?;
        let defaults = &self.lock.defaults;
        let model_id = match choose_mode(&self.lock, |id| ready.contains(id)) {
            RuntimeMode::Qwen3Pair => &defaults.embedding,
            RuntimeMode::MiniLm => &defaults.fallback,
            RuntimeMode::Deterministic => return Ok(None),
        };
        let model = self.model(model_id)?;
        let keywords_only = |why: String| format!("Searched by keywords and skills only: {why}.");
        let vectors = self
            .search_vectors(stored, model)
            .await
            .map_err(|error| {
                keywords_only(format!("the stored vectors could not be read ({error})"))
            })?
            .ok_or_else(|| {
                keywords_only(format!(
                    "{model_id} has not read the postings yet. Rank with it, then search again"
                ))
            })?;
        // Loading a model takes seconds and much memory: a search never loads one while a
        // ranking may be loading it too.
        let loaded = self.embedder.borrow().clone();
        let loaded = match loaded {
            Some(loaded) if loaded.model.id == *model_id => loaded,
            _ if !self.matches.borrow().is_empty() => {
                return Err(keywords_only(format!(
                    "{model_id} is busy with a ranking; search again when it is done"
                )));
            }
            _ => self.embedder(model).await.map_err(|error| {
                keywords_only(format!("{model_id} could not be loaded ({error})"))
            })?,
        };
        let query_vector = loaded
            .embedder
            .embed_query(query)
            .map_err(|error| keywords_only(format!("{model_id} failed ({error})")))?;
        Ok(Some(Meaning {
            model_id: model_id.clone(),
            vectors,
            query_vector,
        }))
    }

    /// The cached vectors of `stored` by `model`: the ones the last search read when they were
    /// complete and are still current, else read from the cache (kept when complete).
    async fn search_vectors(
        &self,
        stored: &Rc<StoredIndex>,
        model: &candor_lock::ModelEntry,
    ) -> Result<Option<Rc<CachedJobVectors>>, String> {
        let kept = self.search_vectors.borrow_mut().take();
        if let Some(kept) = kept
            && Rc::ptr_eq(&kept.index, stored)
            && kept.model_id == model.id
        {
            let vectors = kept.vectors.clone();
            *self.search_vectors.borrow_mut() = Some(kept);
            return Ok(Some(vectors));
        }
        let store = self.store().await?;
        let Some(vectors) =
            cached_job_vectors(&store, model, &self.lock_hash, &stored.index).await?
        else {
            return Ok(None);
        };
        let vectors = Rc::new(vectors);
        if vectors.complete() {
            *self.search_vectors.borrow_mut() = Some(SearchVectors {
                index: stored.clone(),
                model_id: model.id.clone(),
                vectors: vectors.clone(),
            });
        }
        Ok(Some(vectors))
    }
}
