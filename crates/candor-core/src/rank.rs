//! Dense ranking: cosine similarity of L2-normalized vectors, highest first.

use crate::domain::{JobPosting, RankedJob};

/// Dot product of two equal-length vectors. For L2-normalized vectors this is their cosine.
///
/// # Panics
/// When the lengths differ: mixing vectors of two models is a bug, never a ranking.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len(), "vectors of different dimensions");
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Cosine similarity; 0 when either vector is all zeros.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let norms = dot(a, a).sqrt() * dot(b, b).sqrt();
    if norms == 0.0 { 0.0 } else { dot(a, b) / norms }
}

/// Ranks `jobs` by the similarity of `job_vectors[i]` to `query_vector`, best first. Ties keep
/// the input order so a ranking is reproducible.
pub fn rank_jobs(
    query_vector: &[f32],
    jobs: &[JobPosting],
    job_vectors: &[Vec<f32>],
) -> Vec<RankedJob> {
    assert_eq!(jobs.len(), job_vectors.len(), "one vector per job");
    let mut ranked: Vec<RankedJob> = jobs
        .iter()
        .zip(job_vectors)
        .map(|(job, vector)| RankedJob {
            job_id: job.id.clone(),
            title: job.title.clone(),
            company: job.company.clone(),
            score: cosine(query_vector, vector),
        })
        .collect();
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score));
    ranked
}

/// Anything that turns texts into L2-normalized vectors of one fixed dimension: MiniLM and
/// Qwen3 in `candor-ml`, or a test double.
pub trait Embedder {
    type Error;
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, Self::Error>;
}

/// Anything that reads a query with each document and scores how well the document answers it,
/// as a probability in [0, 1], one per document in order: the Qwen3 reranker in `candor-ml`,
/// or a test double.
pub trait Reranker {
    type Error;
    fn score(&self, query: &str, docs: &[&str]) -> Result<Vec<f32>, Self::Error>;
}

/// The reranker of a pipeline that has none: `None::<&NoReranker>`. It cannot be built, so it
/// never scores anything.
#[derive(Debug, Clone, Copy)]
pub enum NoReranker {}

impl Reranker for NoReranker {
    type Error = std::convert::Infallible;

    fn score(&self, _query: &str, _docs: &[&str]) -> Result<Vec<f32>, Self::Error> {
        match *self {}
    }
}

/// Embeds the resume and every job's [`JobPosting::embedding_text`] in one call, then ranks the
/// jobs by cosine similarity to the resume. The worker and the CLI both rank through here.
pub fn rank_resume<E: Embedder>(
    embedder: &E,
    resume: &str,
    jobs: &[JobPosting],
) -> Result<Vec<RankedJob>, E::Error> {
    let job_texts: Vec<String> = jobs.iter().map(JobPosting::embedding_text).collect();
    let mut texts: Vec<&str> = Vec::with_capacity(jobs.len() + 1);
    texts.push(resume);
    texts.extend(job_texts.iter().map(String::as_str));
    let mut vectors = embedder.embed(&texts)?;
    let job_vectors = vectors.split_off(1);
    Ok(rank_jobs(&vectors[0], jobs, &job_vectors))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(id: &str) -> JobPosting {
        JobPosting {
            id: id.into(),
            title: format!("title {id}"),
            company: String::new(),
            location: String::new(),
            description: String::new(),
            ..JobPosting::default()
        }
    }

    #[test]
    fn cosine_of_hand_computed_vectors() {
        assert_eq!(cosine(&[1.0, 0.0], &[0.0, 1.0]), 0.0);
        assert!((cosine(&[1.0, 1.0], &[1.0, 0.0]) - std::f32::consts::FRAC_1_SQRT_2).abs() < 1e-6);
        assert_eq!(cosine(&[0.0, 0.0], &[1.0, 0.0]), 0.0);
    }

    #[test]
    fn ranks_most_similar_first_and_keeps_ties_in_input_order() {
        let jobs = [job("a"), job("b"), job("c"), job("d")];
        let vectors = vec![
            vec![0.0, 1.0],
            vec![1.0, 0.0],
            vec![0.6, 0.8],
            vec![1.0, 0.0],
        ];
        let ranked = rank_jobs(&[1.0, 0.0], &jobs, &vectors);
        let order: Vec<&str> = ranked.iter().map(|r| r.job_id.as_str()).collect();
        assert_eq!(order, ["b", "d", "c", "a"]);
        assert!((ranked[2].score - 0.6).abs() < 1e-6);
    }

    /// Embeds by counting two letters, so the expected order is computable by hand.
    struct LetterCounts;

    impl Embedder for LetterCounts {
        type Error = std::convert::Infallible;
        fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, Self::Error> {
            Ok(texts
                .iter()
                .map(|text| {
                    vec![
                        text.matches('x').count() as f32,
                        text.matches('y').count() as f32,
                    ]
                })
                .collect())
        }
    }

    #[test]
    fn rank_resume_embeds_resume_and_jobs_together() {
        let mut jobs = [job("a"), job("b")];
        jobs[0].description = "yyyy".into();
        jobs[1].description = "xxxx".into();
        let ranked = rank_resume(&LetterCounts, "xx", &jobs).unwrap();
        assert_eq!(ranked[0].job_id, "b");
        assert!((ranked[0].score - 1.0).abs() < 1e-6);
        assert_eq!(ranked[1].score, 0.0);
    }
}
