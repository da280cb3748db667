//! What the worker keeps in memory about every stored posting, at one jobs generation: enough
//! to list them (title, company, expired or not) and to tell an import's new postings from
//! updates (content hashes), without reading every posting from IndexedDB again. A few hundred
//! bytes per posting, where the postings themselves are kilobytes: reading 10,000 of them
//! back after every imported file made importing many files quadratic.

use std::collections::{BTreeMap, HashMap};

use candor_core::domain::{Date, JobStatus};
use candor_import::jobs::{ImportedJob, expiry_status};

use serde::{Deserialize, Serialize};

use crate::protocol::StoredJob;

/// The stored postings as of [`Catalog::generation`], by key.
pub(super) struct Catalog {
    pub(super) generation: Option<String>,
    pub(super) entries: BTreeMap<String, Entry>,
}

/// One stored posting in brief; kept in the index snapshot too ([`super::snapshot`]).
#[derive(Serialize, Deserialize)]
pub(super) struct Entry {
    content_hash: String,
    title: String,
    company: String,
    imported: Date,
    posted: Option<Date>,
    valid_through: Option<Date>,
    /// The posting said it is closed: it stays closed whatever the dates say.
    closed: bool,
}

impl Entry {
    fn of(job: &ImportedJob) -> Entry {
        Entry {
            content_hash: job.content_hash.clone(),
            title: job.job.title.clone(),
            company: job.job.company.clone(),
            imported: job.imported,
            posted: job.job.posted,
            valid_through: job.valid_through,
            closed: job.job.status == JobStatus::Closed,
        }
    }

    /// Open `today`, as [`ImportedJob::refresh_status`] judges it.
    fn is_open(&self, today: Date) -> bool {
        !self.closed
            && expiry_status(self.posted, self.imported, self.valid_through, today)
                == JobStatus::Open
    }
}

impl Catalog {
    /// The catalog of `jobs`, all the stored postings at `generation`.
    pub(super) fn of(generation: Option<String>, jobs: &[ImportedJob]) -> Catalog {
        let mut catalog = Catalog {
            generation,
            entries: BTreeMap::new(),
        };
        catalog.extend(jobs);
        catalog
    }

    /// Adds or replaces `jobs`, just stored under the jobs generation `generation`.
    pub(super) fn store(&mut self, generation: String, jobs: &[ImportedJob]) {
        self.generation = Some(generation);
        self.extend(jobs);
    }

    fn extend(&mut self, jobs: &[ImportedJob]) {
        self.entries
            .extend(jobs.iter().map(|job| (job.key.clone(), Entry::of(job))));
    }

    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Each stored posting's content hash, by key: what an import compares its rows with.
    pub(super) fn content_hashes(&self) -> HashMap<String, String> {
        self.entries
            .iter()
            .map(|(key, entry)| (key.clone(), entry.content_hash.clone()))
            .collect()
    }

    /// The page's list, in key order, each judged expired or not `today` as
    /// [`ImportedJob::refresh_status`] judges it.
    pub(super) fn listing(&self, today: Date) -> Vec<StoredJob> {
        self.entries
            .iter()
            .map(|(key, entry)| StoredJob {
                id: key.clone(),
                title: entry.title.clone(),
                company: entry.company.clone(),
                imported: entry.imported,
                expired: !entry.is_open(today),
            })
            .collect()
    }

    /// Whether the posting stored under `key` is open `today`; false when none is.
    pub(super) fn is_open(&self, key: &str, today: Date) -> bool {
        self.entries
            .get(key)
            .is_some_and(|entry| entry.is_open(today))
    }
}
