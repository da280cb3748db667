//! Searching the stored postings for what a person types ("night shift ICU nurse"), by
//! keywords, the skills it names and, with the stored embedding model, by meaning
//! ([`candor_core::matching::JobIndex::search`]). The query is embedded here and never stored.

use candor_core::matching::{DenseQuery, learned_weights};
use candor_core::skills;

use super::Worker;
use crate::pipeline::cached_job_vectors;
use crate::protocol::{ResponseBody, SEARCH_HITS};

impl Worker {
    pub(super) async fn search(&self, query: &str) -> Result<ResponseBody, String> {
        if query.trim().is_empty() {
            return Err("type what you are looking for, e.g. \"night shift ICU nurse\"".into());
        }
        let stored = self.stored_index().await?;
        let index = &stored.index;
        let ready = self.ready_models().await?;
        let (_mode, embedder, _reranker) = self.load_mode(&ready, &mut Vec::new()).await;
        let mut note = None;
        let mut dense = None;
        if let Some(loaded) = embedder.as_deref() {
            let store = self.store().await?;
            match cached_job_vectors(&store, loaded, &self.lock_hash, index).await? {
                Some(job_vectors) => {
                    let query_vector = loaded
                        .embedder
                        .embed_query(query)
                        .map_err(|error| format!("the model failed: {error}"))?;
                    dense = Some((loaded.model.id.clone(), job_vectors, query_vector));
                }
                None => {
                    note = Some(format!(
                        "Searched by keywords and skills only: {} has not read every posting \
                         yet. Rank once with it, then search again to search by meaning too.",
                        loaded.model.id
                    ));
                }
            }
        }
        let hits = index.search(
            query,
            dense
                .as_ref()
                .map(|(_, job_vectors, query_vector)| DenseQuery {
                    job_vectors,
                    query_vector,
                }),
            skills::bundled(),
            &learned_weights(),
            SEARCH_HITS,
        );
        Ok(ResponseBody::SearchResults {
            query: query.to_owned(),
            hits,
            by_meaning: dense.map(|(model_id, ..)| model_id),
            note,
        })
    }
}
