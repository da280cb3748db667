//! Free-text search over postings: a query such as "rust kubernetes remote" ranked by BM25,
//! by meaning when a model ran, and by the share of the query's skills each posting names.
//! The same learned weights as matching weigh the signals, so the page can draw the same bars.

use serde::{Deserialize, Serialize};

use crate::dense::VectorMatrix;
use crate::domain::JobPosting;
use crate::hybrid::{Combined, Signal, SignalKind, Weights, combine};
use crate::rank::Embedder;
use crate::skills::Taxonomy;

use super::{
    DenseQuery, JobIndex, PreparedJob, Shortlist, bm25_signal, dense_signal, learned_weights,
    skill_ids_in,
};

/// One posting found by a search, best first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    pub job_id: String,
    pub title: String,
    pub company: String,
    pub location: String,
    pub score: f32,
    /// The signals and how much each added; the same shape as a match's.
    pub combined: Combined,
    /// The query's skills this posting names too, by their canonical names.
    pub matched_skills: Vec<String>,
}

impl PreparedJob {
    /// Whether the posting names `skill`, required or preferred.
    fn names_skill(&self, skill: crate::skills::SkillId) -> bool {
        self.required_skills
            .iter()
            .chain(&self.preferred_skills)
            .flat_map(|named| &named.options)
            .any(|option| option.resolved.is_some_and(|r| r.skill == skill))
    }
}

impl JobIndex {
    /// The at most `limit` best postings for `query`, best first (ties keep index order).
    /// Candidates are the `limit` best by BM25 and, with `dense`, by embedding; each is scored
    /// on BM25 (relative to the best candidate), dense similarity, and, when the query names
    /// skills, the share of them the posting names. Postings scoring 0 are left out.
    pub fn search(
        &self,
        query: &str,
        dense: Option<DenseQuery<'_>>,
        taxonomy: &Taxonomy,
        weights: &Weights,
        limit: usize,
    ) -> Vec<SearchHit> {
        let candidates = self.candidates(query, dense, Shortlist::Top(limit));
        let bm25_best = candidates
            .iter()
            .map(|candidate| candidate.bm25)
            .fold(0.0f32, f32::max);
        let query_skills = skill_ids_in(taxonomy, query);
        let mut hits: Vec<SearchHit> = candidates
            .iter()
            .map(|candidate| {
                let prepared = &self.jobs()[candidate.job_idx];
                let mut signals = Vec::with_capacity(3);
                signals.extend(
                    candidate
                        .cosine
                        .map(|cosine| dense_signal(cosine, &weights.dense_map)),
                );
                signals.push(bm25_signal(candidate.bm25, bm25_best));
                let matched_skills: Vec<String> = query_skills
                    .iter()
                    .filter(|skill| prepared.names_skill(**skill))
                    .map(|skill| taxonomy.skill(*skill).name.clone())
                    .collect();
                if !query_skills.is_empty() {
                    signals.push(Signal::new(
                        SignalKind::SkillCoverage,
                        matched_skills.len() as f32 / query_skills.len() as f32,
                        format!(
                            "names {} of the {} skills searched for",
                            matched_skills.len(),
                            query_skills.len()
                        ),
                    ));
                }
                let combined = combine(&signals, Vec::new(), weights);
                let job = &prepared.job;
                SearchHit {
                    job_id: job.id.clone(),
                    title: job.title.clone(),
                    company: job.company.clone(),
                    location: job.location.clone(),
                    score: combined.score,
                    combined,
                    matched_skills,
                }
            })
            .filter(|hit| hit.score > 0.0)
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score));
        hits.truncate(limit);
        hits
    }
}

/// Searches `jobs` for `query` with the learned weights: prepares and indexes the postings,
/// embeds the query and every posting with `embedder` when one is given, then
/// [`JobIndex::search`]. For repeated searches keep a [`JobIndex`] and the job vectors instead.
pub fn search_jobs<E: Embedder>(
    embedder: Option<&E>,
    query: &str,
    jobs: &[JobPosting],
    limit: usize,
) -> Result<Vec<SearchHit>, E::Error> {
    let taxonomy = crate::skills::bundled();
    let index = JobIndex::new(jobs.to_vec(), taxonomy);
    let weights = learned_weights();
    let Some(embedder) = embedder else {
        return Ok(index.search(query, None, taxonomy, &weights, limit));
    };
    let job_texts: Vec<String> = index
        .jobs()
        .iter()
        .map(|j| j.job.embedding_text())
        .collect();
    let mut texts: Vec<&str> = Vec::with_capacity(job_texts.len() + 1);
    texts.push(query);
    texts.extend(job_texts.iter().map(String::as_str));
    let mut vectors = embedder.embed(&texts)?;
    let job_vectors = vectors.split_off(1);
    let dimension = vectors[0].len();
    let job_vectors = VectorMatrix::from_rows(dimension, &job_vectors)
        .expect("an embedder returns vectors of one dimension");
    let dense = DenseQuery {
        job_vectors: &job_vectors,
        query_vector: &vectors[0],
    };
    Ok(index.search(query, Some(dense), taxonomy, &weights, limit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skills;

    fn posting(id: &str, title: &str, description: &str) -> JobPosting {
        JobPosting {
            id: id.into(),
            title: title.into(),
            description: description.into(),
            ..JobPosting::default()
        }
    }

    fn index() -> JobIndex {
        JobIndex::new(
            vec![
                posting(
                    "nurse",
                    "ICU Nurse",
                    "Critical care; BLS and ACLS required.",
                ),
                posting(
                    "rust",
                    "Rust Engineer",
                    "Rust services on Kubernetes (k8s).",
                ),
                posting(
                    "docker",
                    "DevOps Engineer",
                    "Docker, CI pipelines and Terraform.",
                ),
                posting("chef", "Pastry Chef", "Plated desserts."),
            ],
            skills::bundled(),
        )
    }

    fn search(query: &str) -> Vec<SearchHit> {
        index().search(query, None, skills::bundled(), &learned_weights(), 10)
    }

    #[test]
    fn a_query_finds_the_postings_that_name_its_words_and_skills() {
        let hits = search("Rust and kubernetes");
        let ids: Vec<&str> = hits.iter().map(|h| h.job_id.as_str()).collect();
        assert_eq!(ids[0], "rust", "{ids:?}");
        assert_eq!(hits[0].matched_skills, ["Rust", "Kubernetes"]);
        let points: f32 = hits[0]
            .combined
            .contributions
            .iter()
            .map(|c| c.points)
            .sum();
        assert!((points - hits[0].score).abs() < 1e-5);
    }

    #[test]
    fn skill_aliases_in_the_query_count_and_unmatched_postings_are_left_out() {
        let hits = search("k8s or docker engineer");
        let ids: Vec<&str> = hits.iter().map(|h| h.job_id.as_str()).collect();
        assert!(ids.contains(&"rust") && ids.contains(&"docker"), "{ids:?}");
        assert!(!ids.contains(&"chef") && !ids.contains(&"nurse"), "{ids:?}");
        let rust = hits.iter().find(|h| h.job_id == "rust").unwrap();
        assert_eq!(rust.matched_skills, ["Kubernetes"]);
        assert!(search("").is_empty());
    }
}
