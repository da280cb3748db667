//! The stored postings, prepared ([`JobIndex`]: each posting's skills, requirements, place and
//! scam flag, and one BM25 index over them) and kept in memory between rankings, so a ranking
//! only scores. The user database's jobs generation, written with every change to the jobs (an
//! import or a delete, in this tab or another), says when to build the index again; so does a
//! new day, which can expire postings.
//!
//! Each posting is prepared once: its [`Preparation`] is stored beside it (`prepared` in the
//! user database) as soon as it is made, and every later build (after the next import, after
//! a reload) reads it back instead of preparing it again, while its stamp and the posting's
//! content hash are current.
//!
//! The page lists the stored jobs when it opens and after every import, from the worker's
//! [`Catalog`] (read once, then kept up to date by the imports); a second later, unless another
//! import began, the worker builds the index ([`Worker::warm_stored_index`]), preparing new
//! postings a few at a time so that it keeps answering, and a ranking asked for meanwhile waits
//! for that build instead of starting its own.

use candor_core::domain::{Date, JobStatus};
use candor_core::matching::{JobIndex, PREPARATION_VERSION, Preparation, preparation_stamp};
use candor_core::samples::sample_jobs;
use candor_core::skills;
use candor_import::jobs::ImportedJob;
use candor_store::user_data::{StoredPreparation, UserData};

use super::catalog::Catalog;
use super::snapshot;
use super::*;
use crate::pipeline::yield_to_event_loop;

/// How long the jobs must stay unchanged before the worker prepares them unasked.
const WARM_AFTER_MS: i32 = 1000;

/// Postings prepared between two turns of the worker's event loop.
const PREPARE_BATCH: usize = 50;

/// The postings a ranking without explicit jobs ranks, prepared.
pub(super) struct StoredIndex {
    /// The jobs generation they were read at.
    generation: Option<String>,
    /// The day their expiry was judged on.
    today: Date,
    pub(super) index: JobIndex,
}

/// An index built from the stored postings and not yet written as a snapshot, with the catalog
/// of the same postings.
pub(super) struct DueSnapshot {
    index: Rc<StoredIndex>,
    catalog: Catalog,
}

/// The stored postings as read at one jobs generation.
pub(super) struct ReadJobs {
    generation: Option<String>,
    jobs: Vec<ImportedJob>,
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
    /// Every stored posting (the page's list), each judged expired or not today.
    pub(super) async fn list_jobs(&self) -> Result<ResponseBody, String> {
        let store = imports::open_user_data().await?;
        if let Some(read) = self.current_catalog(&store).await? {
            // The preparation that follows a listing uses what was read.
            *self.listed_jobs.borrow_mut() = Some(read);
        }
        let today = imports::today()?;
        let catalog = self.catalog.borrow();
        let listed = catalog.as_ref().map(|catalog| catalog.listing(today));
        Ok(ResponseBody::Jobs {
            jobs: listed.unwrap_or_default(),
        })
    }

    /// Imports a job file ([`imports::jobs`]) against the stored postings this worker knows.
    pub(super) async fn import_jobs(
        &self,
        bytes: &[u8],
        file_name: &str,
    ) -> Result<ResponseBody, String> {
        let store = imports::open_user_data().await?;
        self.current_catalog(&store).await?;
        let existing = self
            .catalog
            .borrow()
            .as_ref()
            .map(Catalog::content_hashes)
            .unwrap_or_default();
        let (batch, generation) = imports::jobs(&store, &existing, bytes, file_name).await?;
        // A listing's postings kept for a preparation are out of date now.
        *self.listed_jobs.borrow_mut() = None;
        let mut catalog = self.catalog.borrow_mut();
        let catalog = catalog.get_or_insert_with(|| Catalog::of(None, &[]));
        catalog.store(generation, &batch.jobs);
        Ok(ResponseBody::JobsImported {
            report: batch.report,
            total_stored: catalog.len() as u32,
        })
    }

    /// Deletes every stored posting and the person's statuses ([`imports::delete_all`]).
    pub(super) async fn delete_jobs(&self) -> Result<ResponseBody, String> {
        let body = imports::delete_all().await;
        // Whatever was deleted, the next listing reads what is left.
        *self.catalog.borrow_mut() = None;
        body
    }

    /// Makes [`Worker::catalog`] current: kept while the jobs generation stands, else restored
    /// with the prepared index from the stored snapshot ([`snapshot`]) when there is a current
    /// one, else read from the stored postings, which are then returned.
    pub(super) async fn current_catalog(
        &self,
        store: &UserData,
    ) -> Result<Option<ReadJobs>, String> {
        let generation = store.jobs_generation().await.map_err(|e| e.to_string())?;
        let current = self
            .catalog
            .borrow()
            .as_ref()
            .is_some_and(|catalog| catalog.generation == generation);
        if current || self.restore_snapshot(store).await? {
            return Ok(None);
        }
        let read = read_jobs(store).await?;
        *self.catalog.borrow_mut() = Some(Catalog::of(read.generation.clone(), &read.jobs));
        Ok(Some(read))
    }

    /// Restores [`Worker::catalog`] and [`Worker::stored_index`] from the stored snapshot when
    /// it is of the current jobs generation and this build; false when there is none such.
    async fn restore_snapshot(&self, store: &UserData) -> Result<bool, String> {
        let (generation, snapshot) = store.index_snapshot().await.map_err(|e| e.to_string())?;
        let Some(snapshot) = snapshot.filter(|snapshot| snapshot.generation == generation) else {
            return Ok(false);
        };
        let today = imports::today()?;
        let Some((catalog, index)) = snapshot::restore(&snapshot, today) else {
            return Ok(false);
        };
        *self.catalog.borrow_mut() = Some(catalog);
        *self.snapshot_due.borrow_mut() = None;
        *self.stored_index.borrow_mut() = Some(Rc::new(StoredIndex {
            generation,
            today,
            index,
        }));
        Ok(true)
    }

    /// Writes the stored index as a snapshot for the next visit, when it was built from the
    /// stored postings since the last one was written and is still the one in memory. Called
    /// at the end of every request. A failure (a full disk), or jobs that changed meanwhile,
    /// only mean a slower next visit.
    pub(super) async fn write_snapshot_if_due(&self) {
        // Not while postings are prepared or a ranking runs: encoding takes the worker's
        // thread for a while, and the next request's end finds it still due.
        if self.preparing_jobs.get() || !self.matches.borrow().is_empty() {
            return;
        }
        // Taken before any await, so two requests ending together do not both write it.
        let Some(due) = self.snapshot_due.borrow_mut().take() else {
            return;
        };
        let current = self
            .stored_index
            .borrow()
            .as_ref()
            .is_some_and(|index| Rc::ptr_eq(index, &due.index));
        let header = snapshot::header(&due.catalog, &due.index.index, due.index.today);
        let (true, Some(header)) = (current, header) else {
            return;
        };
        let Ok(store) = imports::open_user_data().await else {
            return;
        };
        let write = store.put_index_snapshot(
            due.index.generation.as_deref(),
            snapshot::parts(header, &due.index.index),
        );
        let _ = write.await;
    }

    /// The stored postings that have not expired (the bundled samples when none are stored),
    /// prepared: from memory when nothing changed since they were last prepared.
    pub(super) async fn stored_index(&self) -> Result<Rc<StoredIndex>, String> {
        loop {
            if let Prepared::Ready(index) = self.prepare_stored_jobs().await? {
                return Ok(index);
            }
        }
    }

    /// The posting `job_id`, whole: from the index the last ranking read when it holds it,
    /// else the one stored record, else the bundled samples (what a ranking reads with nothing
    /// stored). Never prepares the stored postings just to show one.
    pub(super) async fn posting(&self, job_id: &str) -> Result<ResponseBody, String> {
        let in_index = self.stored_index.borrow().as_ref().and_then(|stored| {
            let prepared = stored.index.jobs().iter().find(|p| p.job.id == job_id);
            prepared.map(|prepared| prepared.job.clone())
        });
        let posting = match in_index {
            Some(posting) => Some(posting),
            None => {
                let store = imports::open_user_data().await?;
                let stored = store.job(job_id).await.map_err(|e| e.to_string())?;
                stored
                    .map(|imported| imported.job)
                    .or_else(|| sample_jobs().into_iter().find(|job| job.id == job_id))
            }
        };
        let posting = posting.ok_or_else(|| {
            "that posting is no longer stored (it was deleted); rank again to see the current ones"
                .to_owned()
        })?;
        Ok(ResponseBody::Posting { posting })
    }

    /// Prepares the stored postings soon, so the next ranking only scores. After an import or
    /// delete it waits for a pause first: a person importing several files imports them one
    /// after another, and each preparation would begin by reading every stored posting again.
    /// It stops when an import or delete begins (the page lists the jobs again after it, which
    /// starts a new one); a ranking asked for meanwhile prepares at once. A failure here is
    /// only a slower first ranking, which reports it.
    pub(super) async fn warm_stored_index(&self) {
        let epoch = self.jobs_epoch.get();
        // The listing when the page opens follows no import: prepare at once, so a person who
        // opens the page and presses Rank waits for less of it.
        if epoch > 0 {
            sleep_ms(WARM_AFTER_MS).await;
        }
        if self.jobs_epoch.get() == epoch {
            let _ = self.prepare_stored_jobs().await;
        }
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
        *self.snapshot_due.borrow_mut() = None;
        let listed = self.listed_jobs.borrow_mut().take();
        let stored = match listed {
            Some(listed) if listed.generation == generation => listed.jobs,
            _ => read_jobs(&store).await?.jobs,
        };
        // The snapshot's catalog comes from the postings the index is built from, not from
        // `Worker::catalog`, which an import in another tab may have left short.
        let (index, catalog) = if stored.is_empty() {
            (JobIndex::new(sample_jobs(), skills::bundled()), None)
        } else {
            let catalog = Catalog::of(generation.clone(), &stored);
            match self.index_stored(&store, stored, today, epoch).await? {
                Some(index) => (index, Some(catalog)),
                None => return Ok(Prepared::Superseded),
            }
        };
        let index = Rc::new(StoredIndex {
            generation,
            today,
            index,
        });
        *self.stored_index.borrow_mut() = Some(index.clone());
        *self.snapshot_due.borrow_mut() = catalog.map(|catalog| DueSnapshot {
            index: index.clone(),
            catalog,
        });
        Ok(Prepared::Ready(index))
    }

    /// The open postings of `stored` indexed, from their stored preparations where current;
    /// the others are prepared now, a batch per event-loop turn, and theirs stored. `None`
    /// when an import or delete began meanwhile (the jobs epoch moved on from `epoch`).
    async fn index_stored(
        &self,
        store: &UserData,
        stored: Vec<ImportedJob>,
        today: Date,
        epoch: u64,
    ) -> Result<Option<JobIndex>, String> {
        let mut preparations = store.preparations().await.map_err(|e| e.to_string())?;
        let taxonomy = skills::bundled();
        let stamp = preparation_stamp(taxonomy);
        // Each open posting with its stored preparation when that is current; `None` for the
        // ones to prepare now (just imported or changed, or prepared by an older Candor).
        let mut postings: Vec<(ImportedJob, Option<Preparation>)> = stored
            .into_iter()
            .filter_map(|mut imported| {
                imported.refresh_status(today);
                if imported.job.status != JobStatus::Open {
                    return None;
                }
                let preparation = preparations
                    .remove(&imported.key)
                    .filter(|stored| {
                        stored.stamp == stamp && stored.content_hash == imported.content_hash
                    })
                    .map(|stored| stored.preparation);
                Some((imported, preparation))
            })
            .collect();
        drop(preparations);
        let mut unprepared = postings
            .iter_mut()
            .filter(|(_, preparation)| preparation.is_none())
            .peekable();
        while unprepared.peek().is_some() {
            let mut made = Vec::with_capacity(PREPARE_BATCH);
            for (imported, slot) in unprepared.by_ref().take(PREPARE_BATCH) {
                let preparation = if imported.enriched_by == PREPARATION_VERSION {
                    Preparation::of_enriched(&imported.job, taxonomy)
                } else {
                    Preparation::of(&imported.job, taxonomy)
                };
                made.push((
                    imported.key.as_str(),
                    StoredPreparation {
                        stamp: stamp.clone(),
                        content_hash: imported.content_hash.clone(),
                        preparation: preparation.clone(),
                    },
                ));
                *slot = Some(preparation);
            }
            // Kept even if this preparation is superseded, so no posting is prepared twice. A
            // failure to store (a full disk) only means preparing it again next time.
            let _ = store.put_preparations(&made).await;
            yield_to_event_loop().await;
            if self.jobs_epoch.get() != epoch {
                return Ok(None);
            }
        }
        Ok(Some(JobIndex::from_preparations(
            postings
                .into_iter()
                .filter_map(|(imported, preparation)| Some((imported.job, preparation?))),
        )))
    }
}

/// Every stored posting, with the jobs generation read just before them: if they change
/// meanwhile, the generation is older than what was read, and the next check reads again.
async fn read_jobs(store: &UserData) -> Result<ReadJobs, String> {
    let generation = store.jobs_generation().await.map_err(|e| e.to_string())?;
    let jobs = store.jobs().await.map_err(|e| e.to_string())?;
    Ok(ReadJobs { generation, jobs })
}
