//! Bundled sample data, so a first-time visitor (and every test) can rank without importing.

use crate::domain::JobPosting;

/// The bundled sample job postings, as JSON.
pub const SAMPLE_JOBS_JSON: &str = include_str!("../data/sample_jobs.json");

/// The bundled sample job postings.
pub fn sample_jobs() -> Vec<JobPosting> {
    serde_json::from_str(SAMPLE_JOBS_JSON).expect("bundled sample_jobs.json is valid")
}

#[cfg(test)]
mod tests {
    #[test]
    fn bundled_samples_parse_with_unique_ids() {
        let jobs = super::sample_jobs();
        assert!(jobs.len() >= 5);
        let mut ids: Vec<&str> = jobs.iter().map(|job| job.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), jobs.len());
    }
}
