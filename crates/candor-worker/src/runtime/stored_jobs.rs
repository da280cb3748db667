//! The stored postings, prepared once ([`JobIndex`]: each posting's skills, requirements,
//! place and scam flag, and one BM25 index over them) and kept in memory between rankings, so
//! a ranking only scores. The user database's jobs generation, written with every change to
//! the jobs (an import or a delete, in this tab or another), says when to prepare them again;
//! so does a new day, which can expire postings.
//!
//! The page lists the stored jobs when it opens and after every import; the worker then
//! prepares them at once ([`Worker::warm_stored_index`]), a few at a time so that it keeps
//! answering, and a ranking asked for meanwhile waits for that preparation instead of starting
//! its own.

use candor_core::domain::{Date, JobStatus};
use candor_core::matching::{JobIndex, PreparedJob};
use candor_core::samples::sample_jobs;
use candor_core::skills;

use super::*;
use crate::pipeline::yield_to_event_loop;

/// Postings prepared between two turns of the worker's event loop.
const PREPARE_BATCH: usize = 200;

/// The postings a ranking without explicit jobs ranks, prepared.
pub(super) struct StoredIndex {
    /// The jobs generation they were read at.
    generation: Option<String>,
    /// The day their expiry was judged on.
    today: Date,
    pub(super) index: JobIndex,
}

/// Clears the "preparing" flag however the preparation ends.
struct Preparing<'a>(&'a Cell<bool>);

impl Drop for Preparing<'_> {
    fn drop(&mut self) {
        self.0.set(false);
    }
}

/// How a preparation ended.
enum Prepared {
    Ready(Rc<StoredIndex>),
    /// An import or delete began meanwhile; what was prepared is out of date.
    Superseded,
}

impl Worker {
    /// The stored postings that have not expired (the bundled samples when none are stored),
    /// prepared: from memory when nothing changed since they were last prepared.
    pub(super) async fn stored_index(&self) -> Result<Rc<StoredIndex>, String> {
        loop {
            if let Prepared::Ready(index) = self.prepare_stored_jobs().await? {
                return Ok(index);
            }
        }
    }

    /// Prepares the stored postings now, so the next ranking only scores; it stops when an
    /// import or delete begins (the page lists the jobs again after it, which starts a new
    /// one). A failure here is only a slower first ranking, which reports it.
    pub(super) async fn warm_stored_index(&self) {
        let _ = self.prepare_stored_jobs().await;
    }

    /// Called when an import or delete of jobs begins.
    pub(super) fn jobs_changing(&self) {
        self.jobs_epoch.set(self.jobs_epoch.get() + 1);
    }

    async fn prepare_stored_jobs(&self) -> Result<Prepared, String> {
        // One preparation at a time: wait for the one running, then use it if still current.
        while self.preparing_jobs.get() {
            sleep_ms(10).await;
        }
        let _preparing = Preparing(&self.preparing_jobs);
        self.preparing_jobs.set(true);
        let epoch = self.jobs_epoch.get();
        let store = imports::open_user_data().await?;
        let generation = store.jobs_generation().await.map_err(|e| e.to_string())?;
        let today = imports::today()?;
        if let Some(cached) = self.stored_index.borrow().as_ref()
            && cached.generation == generation
            && cached.today == today
        {
            return Ok(Prepared::Ready(cached.clone()));
        }
        // The old index's memory goes before the new one is built.
        *self.stored_index.borrow_mut() = None;
        let stored = store.jobs().await.map_err(|e| e.to_string())?;
        let jobs = if stored.is_empty() {
            sample_jobs()
        } else {
            stored
                .into_iter()
                .filter_map(|mut imported| {
                    imported.refresh_status(today);
                    (imported.job.status == JobStatus::Open).then_some(imported.job)
                })
                .collect()
        };
        let taxonomy = skills::bundled();
        let mut prepared: Vec<PreparedJob> = Vec::with_capacity(jobs.len());
        let mut jobs = jobs.into_iter().peekable();
        while jobs.peek().is_some() {
            prepared.extend(
                jobs.by_ref()
                    .take(PREPARE_BATCH)
                    .map(|job| JobIndex::prepare(job, taxonomy)),
            );
            yield_to_event_loop().await;
            if self.jobs_epoch.get() != epoch {
                return Ok(Prepared::Superseded);
            }
        }
        let index = Rc::new(StoredIndex {
            generation,
            today,
            index: JobIndex::from_prepared(prepared),
        });
        *self.stored_index.borrow_mut() = Some(index.clone());
        Ok(Prepared::Ready(index))
    }
}
