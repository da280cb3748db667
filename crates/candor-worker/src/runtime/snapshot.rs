//! The stored postings kept ready to rank across visits: the worker's [`Catalog`] and prepared
//! [`JobIndex`] written as one IndexedDB snapshot ([`IndexSnapshot`]) after it built them, and
//! read back when the page opens. Reading 10,000 postings and their preparations record by
//! record and tokenizing them all again for BM25 took seconds; the snapshot is a few large
//! parts, one BM25 index as stored, and no preparation.
//!
//! Parts, in order:
//! 1. the header, JSON: the layout, the [`stamp`] of the build that wrote it, the day it was
//!    built, the catalog, and how many posting parts follow;
//! 2. the prepared postings, JSON arrays of at most [`JOBS_PER_PART`] [`PreparedJob`]s each;
//! 3. their BM25 index ([`Bm25Index::to_bytes`]).
//!
//! A snapshot is used only at the jobs generation it names (the store clears it with every
//! change to the jobs, and writes one only at the current generation), with this build's
//! [`stamp`], and from the day it was built on; anything else, or any part that does not read,
//! means reading the stored postings as before, and nothing is lost: the snapshot is derived
//! from them.

use std::collections::BTreeMap;

use candor_core::bm25::{self, Bm25Index};
use candor_core::domain::Date;
use candor_core::matching::{JobIndex, PreparedJob, preparation_stamp};
use candor_core::skills;
use candor_store::user_data::IndexSnapshot;
use serde::{Deserialize, Serialize};

use super::catalog::{Catalog, Entry};

/// The snapshot layout this build writes and reads.
const LAYOUT: u32 = 1;

/// Postings per part: small enough that one part's bytes are a few megabytes of wasm memory.
const JOBS_PER_PART: usize = 2000;

#[derive(Serialize, Deserialize)]
struct Header<E> {
    layout: u32,
    stamp: String,
    /// The day the index was built on, which judged which postings were open.
    built: Date,
    job_parts: usize,
    catalog: E,
}

/// What a snapshot must have been written with to be read: what prepared its postings
/// ([`preparation_stamp`]) and what indexed them ([`bm25::INDEX_VERSION`]).
fn stamp() -> String {
    format!(
        "{}-bm25.{}",
        preparation_stamp(skills::bundled()),
        bm25::INDEX_VERSION
    )
}

/// The header part of a snapshot of `catalog` with `index`, built on `built` from the same
/// stored postings.
pub(super) fn header(catalog: &Catalog, index: &JobIndex, built: Date) -> Option<Vec<u8>> {
    serde_json::to_vec(&Header {
        layout: LAYOUT,
        stamp: stamp(),
        built,
        job_parts: index.len().div_ceil(JOBS_PER_PART),
        catalog: &catalog.entries,
    })
    .ok()
}

/// The parts of a snapshot, `header` (of the catalog built from the same stored postings as
/// `index`) first, made one at a time as the store asks for them.
pub(super) fn parts(header: Vec<u8>, index: &JobIndex) -> impl FnMut() -> Option<Vec<u8>> + '_ {
    let mut header = Some(header);
    let mut job_parts = index.jobs().chunks(JOBS_PER_PART);
    let mut bm25 = Some(index.bm25());
    move || {
        if let Some(header) = header.take() {
            return Some(header);
        }
        match job_parts.next() {
            // A posting always serializes; an empty part would only be refused when read.
            Some(jobs) => Some(serde_json::to_vec(jobs).unwrap_or_default()),
            None => bm25.take().map(Bm25Index::to_bytes),
        }
    }
}

/// The catalog and the index of the open postings `today`, read back from `snapshot` (already
/// checked to be of the current jobs generation); `None` when it was written with another
/// stamp or layout or after `today` (a clock set back), or a part does not read.
pub(super) fn restore(snapshot: &IndexSnapshot, today: Date) -> Option<(Catalog, JobIndex)> {
    let header: Header<BTreeMap<String, Entry>> =
        serde_json::from_slice(&snapshot.part(0)?).ok()?;
    if header.layout != LAYOUT
        || header.stamp != stamp()
        || header.built > today
        || Some(snapshot.n_parts()) != header.job_parts.checked_add(2)
    {
        return None;
    }
    let catalog = Catalog {
        generation: snapshot.generation.clone(),
        entries: header.catalog,
    };
    let mut jobs: Vec<PreparedJob> = Vec::new();
    for part_idx in 1..=header.job_parts {
        let part: Vec<PreparedJob> = serde_json::from_slice(&snapshot.part(part_idx)?).ok()?;
        jobs.extend(part);
    }
    let n_indexed = jobs.len();
    // The index held the postings open the day it was built; some may have expired since
    // (none can have opened again: `today` is not before that day). Then BM25 must count
    // without them.
    jobs.retain(|job| catalog.is_open(&job.job.id, today));
    let index = if jobs.len() == n_indexed {
        let bm25 = Bm25Index::from_bytes(&snapshot.part(header.job_parts + 1)?).ok()?;
        JobIndex::with_bm25(jobs, bm25)?
    } else {
        JobIndex::from_prepared(jobs)
    };
    Some((catalog, index))
}
