//! The job and match types every layer shares: the worker ranks them, the page shows them and
//! the CLI prints them.

use serde::{Deserialize, Serialize};

/// One job posting as imported or bundled. Only `id`, `title` and `description` are required;
/// later importers fill the rest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobPosting {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub company: String,
    #[serde(default)]
    pub location: String,
    pub description: String,
}

impl JobPosting {
    /// The text a model embeds for this job: title, company and description, one per line.
    pub fn embedding_text(&self) -> String {
        let mut text = String::with_capacity(
            self.title.len() + self.company.len() + self.description.len() + 2,
        );
        text.push_str(&self.title);
        if !self.company.is_empty() {
            text.push('\n');
            text.push_str(&self.company);
        }
        text.push('\n');
        text.push_str(&self.description);
        text
    }
}

/// One job in a ranked result list. `score` is the signal the ranking used, in [-1, 1] for
/// cosine similarity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedJob {
    pub job_id: String,
    pub title: String,
    pub company: String,
    pub score: f32,
}

/// Which model produced a ranking, so the page and the CLI can say what ran.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankingReport {
    pub model_id: String,
    pub lock_hash: String,
    pub matches: Vec<RankedJob>,
}
