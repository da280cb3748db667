//! The typed messages between the page and the worker.
//!
//! Every request carries an id chosen by the page; every answer to it carries the same id, so
//! the page can tell a stale answer from the one it waits for. Requests cross `postMessage` as
//! plain JS objects (serde-wasm-bindgen, so file bytes go as one `Uint8Array`); responses as
//! JSON text ([`Response::to_json`]): a ranking of ten thousand explained matches is one
//! string to copy, not millions of JS objects built and read back field by field. Neither is
//! ever logged.

use candor_core::domain::{Date, JobPosting};
use candor_core::feedback::PersonalSummary;
use candor_core::matching::{ExplainedMatch, SearchHit};
use candor_core::preferences::{LeftOutJob, Preferences};
use candor_core::tracking::{MatchStatus, StatusRecord};
use candor_import::jobs::ImportReport;
use candor_lock::provenance::VectorCounts;
use candor_lock::{Backend, ModelKind};
use serde::{Deserialize, Serialize};

/// A page-assigned request id.
pub type RequestId = u32;

/// A message from the page to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: RequestId,
    pub body: RequestBody,
}

/// What the page asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RequestBody {
    /// Which model files are stored. Reads no weights.
    ModelStatus { model_id: String },
    /// Fetch, verify and store a model (or resume a stopped download) within the limits the
    /// user agreed to. Progress comes as [`ResponseBody::DownloadProgress`]; the final answer
    /// is [`ResponseBody::ModelStatus`] when every file is verified,
    /// [`ResponseBody::DownloadCancelled`] after [`RequestBody::CancelDownload`], or
    /// [`ResponseBody::Error`].
    StartDownload {
        model_id: String,
        consent: DownloadConsent,
    },
    /// Stop the running download of a model within a second. Verified shards are kept, so the
    /// next download resumes. Answered with [`ResponseBody::ModelStatus`].
    CancelDownload { model_id: String },
    /// Delete every stored byte and cached vector of a model. Answered with
    /// [`ResponseBody::ModelStatus`].
    DeleteModel { model_id: String },
    /// Re-check every stored byte of a model against the lock without running it. Damaged
    /// files are removed and reported. Answered with [`ResponseBody::IntegrityReport`].
    VerifyModel { model_id: String },
    /// What runs and what is stored, without loading weights or touching user text. Answered
    /// with [`ResponseBody::Diagnostics`].
    Diagnostics,
    /// Rank `jobs` for `resume` with the best verified model set (Qwen3 pair, else MiniLM,
    /// else the deterministic signals alone). Progress comes as [`ResponseBody::MatchProgress`];
    /// the final answer is [`ResponseBody::Matched`], [`ResponseBody::MatchCancelled`] after
    /// [`RequestBody::CancelMatch`], or [`ResponseBody::Error`].
    Match {
        resume: String,
        /// `None` (or absent): the stored postings that have not expired, or the bundled
        /// samples when none are stored. The worker keeps the stored postings prepared in
        /// memory until they change, so a ranking only scores.
        #[serde(default)]
        jobs: Option<Vec<JobPosting>>,
        /// How many of the best postings the reranker reads (when it runs); default the
        /// `score.rerank_top_k` of the reranker's lock entry (10 for Qwen3, unvalidated).
        #[serde(default)]
        rerank_top_k: Option<u32>,
        /// The person's profile (over what the resume says) and filters (postings they leave
        /// out are not ranked, and are listed in [`MatchReport::left_out`]).
        #[serde(default)]
        preferences: Preferences,
        /// The person's match statuses: the postings they rated, which the ranking learns
        /// from (see [`MatchReport::personal`]).
        #[serde(default)]
        statuses: Vec<StatusRecord>,
        /// Rank by the deterministic signals alone, loading no model, for this reason (said in
        /// the report's notes): the page asks for this after a ranking with a model stopped
        /// the worker on a memory fault, since loading that model again would stop it again.
        #[serde(default)]
        without_models: Option<String>,
    },
    /// Stop the running [`RequestBody::Match`] with id `request_id` before its next batch.
    /// Vectors computed so far stay cached. Answered with [`ResponseBody::CancelAcknowledged`].
    CancelMatch { request_id: RequestId },
    /// Read a resume file (TXT, PDF, DOCX, JSON Resume) the person opened or dropped. Answered
    /// with [`ResponseBody::ResumeImported`], or [`ResponseBody::Error`] saying what to do next.
    ImportResume {
        file_name: String,
        /// The browser's MIME type for the file, when it gave one.
        #[serde(default)]
        mime: Option<String>,
        #[serde(with = "bytes")]
        bytes: Vec<u8>,
    },
    /// Import a job file (JSON, CSV, schema.org `JobPosting` JSON-LD) into the stored jobs: new
    /// and updated postings are stored, duplicates are not. Answered with
    /// [`ResponseBody::JobsImported`].
    ImportJobs {
        file_name: String,
        #[serde(with = "bytes")]
        bytes: Vec<u8>,
    },
    /// Add a published job index from this site: fetch its manifest (which must hash to
    /// `pin`) and shards, verify them and store its postings and vectors
    /// (`runtime/job_indexes.rs`). Progress comes as [`ResponseBody::JobIndexProgress`]; the
    /// final answer is [`ResponseBody::JobsImported`] (one report line per posting),
    /// [`ResponseBody::JobIndexCancelled`] after [`RequestBody::CancelJobIndex`], or
    /// [`ResponseBody::Error`] (not enough storage, a file that does not match its pin, ...).
    AddJobIndex { manifest_url: String, pin: String },
    /// Stop the running [`RequestBody::AddJobIndex`] with id `request_id`: its download is
    /// aborted and nothing of the index is stored. Once it has started storing, it finishes.
    /// Answered with [`ResponseBody::CancelAcknowledged`].
    CancelJobIndex { request_id: RequestId },
    /// The job indexes this site offers (`indexes/catalog.json`, if it has one) and those
    /// added in this browser. Answered with [`ResponseBody::JobIndexes`].
    ListJobIndexes,
    /// The stored jobs. Answered with [`ResponseBody::Jobs`].
    ListJobs,
    /// Delete every stored job and every match status. Answered with [`ResponseBody::Jobs`]
    /// (empty).
    DeleteJobs,
    /// The stored profile, filters and match statuses. Answered with
    /// [`ResponseBody::UserProfile`].
    LoadProfile,
    /// Store the profile and filters. Answered with [`ResponseBody::UserProfile`].
    SavePreferences { preferences: Preferences },
    /// Move a match to a status, dated today after the ones it had. Answered with
    /// [`ResponseBody::UserProfile`].
    SetStatus { job_id: String, status: MatchStatus },
    /// Take back the latest change of a match's status, if it still has `shown`, the status
    /// the page showed when the person pressed (a second press sent before the first was
    /// answered takes back nothing more). Answered with [`ResponseBody::UserProfile`].
    TakeBackStatus { job_id: String, shown: MatchStatus },
    /// Recruiter mode: read a resume file (as [`RequestBody::ImportResume`] does) and add it to
    /// the stored candidates. Answered with [`ResponseBody::Candidates`].
    ImportCandidate {
        file_name: String,
        #[serde(default)]
        mime: Option<String>,
        #[serde(with = "bytes")]
        bytes: Vec<u8>,
    },
    /// The stored candidates. Answered with [`ResponseBody::Candidates`].
    ListCandidates,
    /// Delete one stored candidate, or all with `None`. Answered with
    /// [`ResponseBody::Candidates`].
    DeleteCandidates {
        #[serde(default)]
        candidate_id: Option<String>,
    },
    /// Recruiter mode: rank every stored candidate for the posting `job_id` (one of those a
    /// [`RequestBody::Match`] without jobs ranks: the stored open postings, or the samples),
    /// with the stored embedding model when there is one. Answered with
    /// [`ResponseBody::CandidatesRanked`].
    RankCandidates { job_id: String },
    /// The whole posting behind a match, for the person to read: one of those a
    /// [`RequestBody::Match`] without jobs ranks. Answered with [`ResponseBody::Posting`].
    Posting { job_id: String },
    /// Search the postings a [`RequestBody::Match`] without jobs ranks for `query`: by
    /// keywords (BM25), the skills it names and, when the stored embedding model has read every
    /// posting, by meaning. Answered with [`ResponseBody::SearchResults`].
    Search {
        query: String,
        /// Why the models are left out of the page's rankings until a reload, if they are:
        /// the search leaves them out too.
        #[serde(default)]
        without_models: Option<String>,
    },
}

/// File bytes as a `Uint8Array` on the page's side (one copy, not an array of numbers), and as
/// an array of numbers in JSON.
mod bytes {
    use serde::de::{SeqAccess, Visitor};
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        deserializer.deserialize_byte_buf(BytesVisitor)
    }

    struct BytesVisitor;

    impl<'de> Visitor<'de> for BytesVisitor {
        type Value = Vec<u8>;

        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("bytes or an array of bytes")
        }

        fn visit_bytes<E>(self, bytes: &[u8]) -> Result<Vec<u8>, E> {
            Ok(bytes.to_vec())
        }

        fn visit_byte_buf<E>(self, bytes: Vec<u8>) -> Result<Vec<u8>, E> {
            Ok(bytes)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<u8>, A::Error> {
            let mut bytes = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 20));
            while let Some(byte) = seq.next_element()? {
                bytes.push(byte);
            }
            Ok(bytes)
        }
    }
}

/// What the user agreed to before a download starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DownloadConsent {
    /// The most bytes the user agreed to download (the page shows the size first). A download
    /// that still needs more is refused before any request.
    pub accepted_bytes: u64,
    /// Whether the lock's upstream hosts (Hugging Face) may be contacted when the same-origin
    /// mirror fails. Off, no third party is ever contacted.
    pub allow_upstream: bool,
    /// The result of the page's `navigator.storage.persist()` (only a page can ask), kept for
    /// diagnostics; `None` when it did not ask.
    #[serde(default)]
    pub persisted: Option<bool>,
}

/// A message from the worker to the page. `id` is `None` for [`ResponseBody::Ready`] and for
/// errors about a message that could not be decoded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: Option<RequestId>,
    pub body: ResponseBody,
}

impl Response {
    /// The response as the worker posts it.
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }

    /// A response the worker posted.
    pub fn from_json(text: &str) -> Result<Response, serde_json::Error> {
        serde_json::from_str(text)
    }
}

/// What the worker reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ResponseBody {
    /// The worker's wasm is initialized and it accepts requests. Sent once, unprompted; a
    /// module worker drops messages that arrive before this. `model` is the stored state of
    /// the model the page offers (the lock's fallback embedding model).
    Ready {
        lock_hash: String,
        model: ModelStatus,
    },
    /// Unprompted: the browser cleared or evicted this site's stored data while the page was
    /// open (the models, vectors, jobs, profile and statuses are gone); what the page shows of
    /// them is to be read again.
    StorageCleared,
    /// Answer to [`RequestBody::ModelStatus`], and the final answer to a download.
    ModelStatus(ModelStatus),
    /// The final answer to a download the user cancelled: `stored_bytes` (verified and
    /// partial) are kept and the next download resumes from there.
    DownloadCancelled {
        model_id: String,
        stored_bytes: u64,
        total_bytes: u64,
    },
    /// Answer to [`RequestBody::VerifyModel`].
    IntegrityReport {
        model_id: String,
        files: Vec<FileCheckReport>,
        /// How long reading and re-hashing took.
        elapsed_ms: f64,
        /// The bytes re-checked.
        checked_bytes: u64,
    },
    /// Answer to [`RequestBody::Diagnostics`].
    Diagnostics(Diagnostics),
    /// A download made progress: sent at most every 250 ms, and when a file is verified.
    DownloadProgress {
        model_id: String,
        /// The file being fetched.
        path: String,
        /// Bytes of all required files stored so far, resumed ones included.
        done_bytes: u64,
        /// The pinned size of all required files.
        total_bytes: u64,
        /// Bytes of `path` stored so far.
        #[serde(default)]
        file_done_bytes: u64,
        /// The pinned size of `path`.
        #[serde(default)]
        file_total_bytes: u64,
        /// The network rate over the last few seconds; `None` until it is known.
        #[serde(default)]
        bytes_per_second: Option<f64>,
        /// Seconds left at that rate; `None` until it is known.
        #[serde(default)]
        eta_seconds: Option<f64>,
    },
    /// A match made progress: after the vector cache was read, after each embedded batch and
    /// after each reranked posting.
    MatchProgress {
        stage: MatchStage,
        done: u32,
        total: u32,
        /// Of `done`, how many vectors came from the cache.
        cached: u32,
    },
    /// A report to show while the match runs; a later one replaces it:
    /// - the ranking from the cheap signals alone, sent once before a model starts reading the
    ///   postings (only when one will), with `preliminary` true;
    /// - the best [`FIRST_CARDS`] of a long report (this preview or the final
    ///   [`ResponseBody::Matched`]), sent ahead of it with `more` counting the rest, so the
    ///   first cards show before thousands of matches are encoded and decoded.
    ///
    /// A long report itself then comes in pieces: [`ResponseBody::MatchPart`]s with its other
    /// matches, in order, and last the report with only its first cards, `more` counting what
    /// the parts brought. The page decodes one part per message, never the whole list in one
    /// task, so it keeps answering while ten thousand matches arrive.
    MatchPreview(MatchReport),
    /// The next [`MATCH_PART`] (or fewer) matches of the report this request sends next; see
    /// [`ResponseBody::MatchPreview`].
    MatchPart { matches: Vec<ExplainedMatch> },
    /// Answer to [`RequestBody::Match`].
    Matched(MatchReport),
    /// The final answer to a [`RequestBody::Match`] the page cancelled.
    MatchCancelled {
        /// Job vectors computed (and cached) before it stopped.
        vectors_computed: u32,
    },
    /// Answer to [`RequestBody::CancelMatch`] and [`RequestBody::CancelJobIndex`]; `running` is
    /// false when that request had already finished (or never existed).
    CancelAcknowledged {
        request_id: RequestId,
        running: bool,
    },
    /// Answer to [`RequestBody::ImportResume`]: the text to show for editing, and what was
    /// detected in it.
    ResumeImported {
        text: String,
        /// Canonical skill names: the skills sections' first, then those found in the text.
        skills: Vec<String>,
        /// Years of work experience, overlapping jobs counted once; `None` without dated jobs.
        years: Option<f32>,
        /// Job titles, the current (or latest) first.
        titles: Vec<String>,
    },
    /// Answer to [`RequestBody::ImportJobs`].
    JobsImported {
        report: ImportReport,
        /// How many jobs are stored now, this file's included.
        total_stored: u32,
    },
    /// An index being added ([`RequestBody::AddJobIndex`]) fetched more of its files: posted a
    /// few times a second while they download, and once when all are in.
    JobIndexProgress {
        /// Bytes of the index's files fetched so far.
        fetched_bytes: u64,
        /// The bytes of every file this browser fetches from the index (the manifest's sizes).
        total_bytes: u64,
    },
    /// Answer to [`RequestBody::AddJobIndex`] when [`RequestBody::CancelJobIndex`] stopped it
    /// before anything was stored.
    JobIndexCancelled,
    /// Answer to [`RequestBody::ListJobIndexes`].
    JobIndexes {
        /// Offered by this site, each with the pin the site's build wrote for it.
        offered: Vec<JobIndexSummary>,
        /// Added in this browser, at the version held.
        added: Vec<JobIndexSummary>,
    },
    /// Answer to [`RequestBody::ListJobs`] and [`RequestBody::DeleteJobs`].
    Jobs { jobs: Vec<StoredJob> },
    /// Answer to [`RequestBody::LoadProfile`], [`RequestBody::SavePreferences`] and
    /// [`RequestBody::SetStatus`]: everything stored about the person, as stored now.
    UserProfile {
        preferences: Preferences,
        statuses: Vec<StatusRecord>,
    },
    /// Answer to the candidate pool's requests: who is stored now.
    Candidates {
        candidates: Vec<PooledResumeSummary>,
    },
    /// Answer to [`RequestBody::RankCandidates`]: best first.
    CandidatesRanked {
        /// The embedding model that added the meaning signal, if one was stored.
        embedding_model: Option<String>,
        matches: Vec<RankedPooledResume>,
    },
    /// Answer to [`RequestBody::Posting`].
    Posting { posting: JobPosting },
    /// Answer to [`RequestBody::Search`]: the best [`SEARCH_HITS`] postings, best first.
    SearchResults {
        query: String,
        hits: Vec<SearchHit>,
        /// The embedding model that searched by meaning too; `None`: keywords and skills only.
        by_meaning: Option<String>,
        /// Why the stored model did not search by meaning, for the person.
        note: Option<String>,
    },
    /// The request failed; `message` is written for a person.
    Error { message: String },
}

/// A stored candidate as the page lists it (the resume text stays in the worker).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PooledResumeSummary {
    pub candidate_id: String,
    pub name: String,
    pub file_name: String,
    pub imported: Date,
    /// Canonical skill names found in the resume.
    pub skills: Vec<String>,
}

/// One candidate ranked for a posting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedPooledResume {
    pub candidate_id: String,
    pub name: String,
    pub explained: ExplainedMatch,
}

/// A published job index, as offered or as added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobIndexSummary {
    pub name: String,
    /// The manifest's absolute URL.
    pub manifest_url: String,
    /// The manifest's SHA-256.
    pub pin: String,
    /// The version held; `None` for an offer (read when it is added).
    pub version: Option<u64>,
    /// How many postings it holds; `None` for an offer.
    pub postings: Option<u64>,
}

/// A stored job posting as the page lists it: without its text, which stays in the worker (ten
/// thousand postings' texts are tens of megabytes to send after every import).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredJob {
    /// The import's de-duplication key, which is also the posting's id.
    pub id: String,
    pub title: String,
    pub company: String,
    /// The day it was (last) imported.
    pub imported: Date,
    /// True 30 days after its posted date (or import date without one), past its closing date,
    /// or when the posting says it is closed; judged on the day it was listed.
    pub expired: bool,
}

/// The stored state of one model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelStatus {
    pub model_id: String,
    /// Sum of the pinned sizes of the required files.
    pub total_bytes: u64,
    /// Sum of the pinned sizes of the required files stored and verified.
    pub stored_bytes: u64,
    /// Bytes of required files kept from a stopped download, not yet verified; the next
    /// download resumes after them.
    #[serde(default)]
    pub partial_bytes: u64,
    /// Every file the lock lists for the model, required or not.
    #[serde(default)]
    pub files: Vec<FileStatus>,
}

/// What is stored of one pinned file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileStatus {
    pub path: String,
    pub required: bool,
    /// The pinned size.
    pub bytes: u64,
    /// Bytes stored (all of them once verified).
    pub stored_bytes: u64,
    /// True when any byte is stored.
    pub present: bool,
    /// True when every byte is stored and its SHA-256 matched the pin.
    pub verified: bool,
    pub shards_stored: u64,
    pub shards_total: u64,
    /// Sources that failed for this file (bad hash, bad range, errors), newest last.
    pub rejected: Vec<RejectedSource>,
}

/// A source dropped for one file, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RejectedSource {
    pub source: String,
    pub reason: String,
}

/// The result of re-checking one stored file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileCheckReport {
    pub path: String,
    /// True when every stored byte still matched the lock.
    pub ok: bool,
    /// Why not, for a person: not stored, or damaged (and removed).
    pub problem: Option<String>,
}

/// What runs and what is stored, for the diagnostics panel. Built from the lock and the store's
/// records alone: no weights are loaded and no user text is read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostics {
    /// What ranking would use now.
    pub mode: RuntimeMode,
    pub lock_hash: String,
    /// The IndexedDB layout version.
    pub schema_version: u32,
    pub models: Vec<ModelDiagnostics>,
    pub storage: StorageDiagnostics,
    /// Cached vectors, judged against the current lock and pipeline.
    pub vectors: VectorCounts,
    pub privacy: PrivacyMode,
    /// Models being downloaded by this worker right now.
    pub downloading: Vec<String>,
}

/// Which models rank matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuntimeMode {
    /// The default Qwen3 embedding model and reranker, both verified and runnable.
    Qwen3Pair,
    /// The MiniLM fallback embedder.
    MiniLm,
    /// No verified runnable model: only the deterministic (lexical) signals.
    Deterministic,
}

/// The part of a match that is running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchStage {
    /// Job vectors: read from the cache or computed.
    Embedding,
    /// The reranker reads the best postings.
    Reranking,
}

/// A ranked, explained list and what produced it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchReport {
    /// Which models ran.
    pub mode: RuntimeMode,
    pub embedding_model: Option<String>,
    pub reranker_model: Option<String>,
    pub lock_hash: String,
    /// Job vectors reused from the cache.
    pub vectors_cached: u32,
    /// Job vectors computed (and cached) by this match.
    pub vectors_computed: u32,
    /// Postings the reranker read, in its input order.
    pub reranked_job_ids: Vec<String>,
    /// Things the person should know, in plain words (a model that failed to load and was
    /// skipped, a cache that could not be written).
    pub notes: Vec<String>,
    /// Best first.
    pub matches: Vec<ExplainedMatch>,
    /// True for a [`ResponseBody::MatchPreview`]: no model signal is in it yet.
    #[serde(default)]
    pub preliminary: bool,
    /// Matches ranked below these, which the next report of this request brings (see
    /// [`MatchReport::first_cards`]); 0 in a whole report.
    #[serde(default)]
    pub more: u32,
    /// Postings the person's filters left out (not ranked), and why.
    #[serde(default)]
    pub left_out: Vec<LeftOutJob>,
    /// Milliseconds the worker had spent on this match when it sent this report (the page's
    /// benchmark subtracts it to find the page's share).
    #[serde(default)]
    pub elapsed_ms: u32,
    /// How the person's rated postings moved the weights this ranking used, when they held a
    /// liked and a disliked one ([`candor_core::feedback`]).
    #[serde(default)]
    pub personal: Option<PersonalSummary>,
    /// Postings the person has not rated whose rating would change the ranking most ("rate
    /// these next"); only in the final report.
    #[serde(default)]
    pub rate_next: Vec<String>,
    /// Ranked with the shipped weights only, as the person asked
    /// ([`Preferences::shipped_weights_only`]): their choices were not read.
    #[serde(default)]
    pub shipped_weights_only: bool,
}

/// How many of a report's best matches go ahead of it, as their own
/// [`ResponseBody::MatchPreview`], when it holds more: about the cards a page shows first.
pub const FIRST_CARDS: usize = 50;

/// How many postings a [`RequestBody::Search`] answers with.
pub const SEARCH_HITS: usize = 20;

/// The most matches in one [`ResponseBody::MatchPart`]: about a megabyte of JSON, which the
/// page decodes in a few milliseconds.
pub const MATCH_PART: usize = 500;

impl MatchReport {
    /// A report of no match by no model, under the lock `lock_hash`: what a ranking fills in.
    pub fn empty(lock_hash: &str) -> MatchReport {
        MatchReport {
            mode: RuntimeMode::Deterministic,
            embedding_model: None,
            reranker_model: None,
            lock_hash: lock_hash.to_owned(),
            vectors_cached: 0,
            vectors_computed: 0,
            reranked_job_ids: Vec::new(),
            notes: Vec::new(),
            matches: Vec::new(),
            preliminary: false,
            left_out: Vec::new(),
            more: 0,
            elapsed_ms: 0,
            personal: None,
            rate_next: Vec::new(),
            shipped_weights_only: false,
        }
    }

    /// The best [`FIRST_CARDS`] of this report, with `more` counting the rest; `None` when
    /// it holds no more than that.
    pub fn first_cards(&self) -> Option<MatchReport> {
        (self.matches.len() > FIRST_CARDS).then(|| {
            let mut head = self.clone_without_matches();
            head.matches = self.matches[..FIRST_CARDS].to_vec();
            head.more = (self.matches.len() - FIRST_CARDS) as u32;
            head
        })
    }

    /// Splits a long report for sending ([`ResponseBody::MatchPreview`]): keeps its first
    /// cards, with `more` counting the rest, and returns the rest as the matches of
    /// [`ResponseBody::MatchPart`]s, in order. A report of no more than [`FIRST_CARDS`] stays
    /// whole, with no parts.
    pub fn split_into_parts(&mut self) -> Vec<Vec<ExplainedMatch>> {
        if self.matches.len() <= FIRST_CARDS {
            return Vec::new();
        }
        let rest = self.matches.split_off(FIRST_CARDS);
        self.more = rest.len() as u32;
        let mut rest = rest.into_iter().peekable();
        let mut parts = Vec::new();
        while rest.peek().is_some() {
            parts.push(rest.by_ref().take(MATCH_PART).collect());
        }
        parts
    }

    /// Makes a report [`MatchReport::split_into_parts`] split whole again from its `parts`,
    /// provided they bring exactly the `more` matches it lacks; returns whether they did (else
    /// the report stays as it was).
    pub fn join_parts(&mut self, parts: Vec<ExplainedMatch>) -> bool {
        if parts.len() != self.more as usize {
            return false;
        }
        self.matches.extend(parts);
        self.more = 0;
        true
    }

    /// Everything but the matches (and the left-out list), cheaply.
    fn clone_without_matches(&self) -> MatchReport {
        MatchReport {
            mode: self.mode,
            embedding_model: self.embedding_model.clone(),
            reranker_model: self.reranker_model.clone(),
            lock_hash: self.lock_hash.clone(),
            vectors_cached: self.vectors_cached,
            vectors_computed: self.vectors_computed,
            reranked_job_ids: self.reranked_job_ids.clone(),
            notes: self.notes.clone(),
            matches: Vec::new(),
            preliminary: self.preliminary,
            left_out: Vec::new(),
            more: self.more,
            elapsed_ms: self.elapsed_ms,
            personal: self.personal.clone(),
            rate_next: self.rate_next.clone(),
            shipped_weights_only: self.shipped_weights_only,
        }
    }
}

/// Which hosts may be contacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrivacyMode {
    /// Model files come from this site only; no third party is contacted.
    SameOriginOnly,
    /// The user allowed the lock's upstream hosts as a fallback for model files. Resume text
    /// and jobs still never leave the worker.
    UpstreamAllowed,
}

/// One model of the lock and what is stored of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelDiagnostics {
    pub model_id: String,
    pub repo: String,
    pub revision: String,
    pub license: String,
    pub kind: ModelKind,
    pub backend: Backend,
    pub native_dimension: u32,
    pub stored_dimension: u32,
    pub max_tokens: u32,
    /// True when this build can run the model's backend.
    pub runnable: bool,
    /// True when every required file is verified.
    pub complete: bool,
    pub files: Vec<FileStatus>,
}

/// The origin's storage, as the browser estimates it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StorageDiagnostics {
    /// Bytes this origin uses (everything, not only models); `None` when unknown.
    pub usage_bytes: Option<u64>,
    /// The most this origin may use; `None` when unknown.
    pub quota_bytes: Option<u64>,
    /// Whether the browser promised to keep the data under pressure; `None` when unknown.
    pub persisted: Option<bool>,
    /// Bytes of model files stored, verified or partial, by the lock's pins.
    pub model_bytes: u64,
}

impl ModelStatus {
    /// True when every required file is stored.
    pub fn is_complete(&self) -> bool {
        self.stored_bytes == self.total_bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report of `n` matches (the sample postings, repeated).
    fn report_of(n: usize) -> MatchReport {
        use candor_core::domain::Candidate;
        use candor_core::matching::{MatchInputs, PreparedResume, learned_weights, match_jobs};
        let taxonomy = candor_core::skills::bundled();
        let candidate = Candidate {
            resume_text: "Backend engineer: Rust, Kubernetes.".into(),
            ..Candidate::default()
        };
        let profile = PreparedResume::new(&candidate, taxonomy);
        let weights = learned_weights();
        let inputs = MatchInputs {
            today: Date::new(2026, 12, 6).unwrap(),
            weights: &weights,
            dense: None,
            reranker: None,
        };
        let explained = match_jobs(
            &profile,
            &candor_core::samples::sample_jobs(),
            taxonomy,
            &inputs,
        );
        MatchReport {
            mode: RuntimeMode::Deterministic,
            embedding_model: None,
            reranker_model: None,
            lock_hash: "lock".into(),
            vectors_cached: 0,
            vectors_computed: 0,
            reranked_job_ids: Vec::new(),
            notes: vec!["a note".into()],
            matches: explained.iter().cycle().take(n).cloned().collect(),
            preliminary: false,
            left_out: Vec::new(),
            more: 0,
            elapsed_ms: 12,
            personal: Some(PersonalSummary {
                liked: 2,
                disliked: 1,
                changes: vec![candor_core::feedback::WeightChange {
                    kind: candor_core::hybrid::SignalKind::SkillCoverage,
                    from: 0.21,
                    to: 0.27,
                }],
                resume_moved: true,
            }),
            rate_next: vec!["a-job".into()],
            shipped_weights_only: false,
        }
    }

    #[test]
    fn a_long_report_sends_its_first_cards_ahead_and_responses_round_trip_as_json() {
        assert_eq!(report_of(FIRST_CARDS).first_cards(), None);
        let whole = report_of(FIRST_CARDS + 7);
        let head = whole.first_cards().expect("more than the first cards");
        assert_eq!(head.matches[..], whole.matches[..FIRST_CARDS]);
        assert_eq!(head.more, 7);
        assert_eq!(
            (head.notes.clone(), head.elapsed_ms),
            (whole.notes.clone(), 12)
        );

        // Sent in parts and joined again, a long report is the report that was split.
        let mut head = whole.clone();
        let parts = head.split_into_parts();
        assert_eq!(head.matches.len(), FIRST_CARDS);
        assert_eq!(head.more, 7);
        assert_eq!(parts.len(), 1);
        let mut incomplete = head.clone();
        assert!(!incomplete.join_parts(Vec::new()), "a part missing");
        assert!(head.join_parts(parts.concat()));
        assert_eq!(head, whole);
        let mut long = report_of(FIRST_CARDS + MATCH_PART + 1);
        let parts = long.split_into_parts();
        let sizes: Vec<usize> = parts.iter().map(Vec::len).collect();
        assert_eq!(sizes, [MATCH_PART, 1]);
        let mut short = report_of(FIRST_CARDS);
        assert!(short.split_into_parts().is_empty());
        assert_eq!(short, report_of(FIRST_CARDS));

        let response = Response {
            id: Some(3),
            body: ResponseBody::Matched(whole),
        };
        let text = response.to_json().unwrap();
        assert_eq!(Response::from_json(&text).unwrap(), response);
        assert!(Response::from_json("{\"id\": 3}").is_err());
    }

    #[test]
    fn a_match_without_jobs_ranks_the_stored_ones() {
        let request: Request = serde_json::from_value(
            serde_json::json!({"id": 1, "body": {"type": "match", "resume": "Rust"}}),
        )
        .unwrap();
        let RequestBody::Match { jobs, .. } = request.body else {
            panic!("a match request");
        };
        assert_eq!(jobs, None);
    }

    #[test]
    fn requests_are_tagged_objects_the_page_and_worker_agree_on() {
        let request = Request {
            id: 7,
            body: RequestBody::DeleteModel {
                model_id: "m".into(),
            },
        };
        let json = serde_json::to_value(&request).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"id": 7, "body": {"type": "delete_model", "model_id": "m"}})
        );
        assert_eq!(serde_json::from_value::<Request>(json).unwrap(), request);
    }

    #[test]
    fn file_imports_carry_their_bytes_and_answers_round_trip() {
        let request = Request {
            id: 5,
            body: RequestBody::ImportResume {
                file_name: "cv.pdf".into(),
                mime: Some("application/pdf".into()),
                bytes: b"%PDF".to_vec(),
            },
        };
        let json = serde_json::to_value(&request).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"id": 5, "body": {"type": "import_resume", "file_name": "cv.pdf",
                "mime": "application/pdf", "bytes": [37, 80, 68, 70]}})
        );
        assert_eq!(serde_json::from_value::<Request>(json).unwrap(), request);
        let jobs = serde_json::json!({"id": 6, "body": {"type": "import_jobs",
            "file_name": "jobs.csv", "bytes": [116]}});
        assert_eq!(
            serde_json::from_value::<Request>(jobs).unwrap().body,
            RequestBody::ImportJobs {
                file_name: "jobs.csv".into(),
                bytes: b"t".to_vec()
            }
        );

        let imported = Response {
            id: Some(5),
            body: ResponseBody::ResumeImported {
                text: "Jane".into(),
                skills: vec!["Rust".into()],
                years: Some(8.0),
                titles: vec!["Engineer".into()],
            },
        };
        let json = serde_json::to_value(&imported).unwrap();
        assert_eq!(json["body"]["type"], "resume_imported");
        assert_eq!(serde_json::from_value::<Response>(json).unwrap(), imported);

        let listed = Response {
            id: Some(7),
            body: ResponseBody::Jobs {
                jobs: vec![StoredJob {
                    id: "acme:1".into(),
                    title: "Rust Engineer".into(),
                    company: "Acme".into(),
                    imported: Date::new(2026, 11, 25).unwrap(),
                    expired: true,
                }],
            },
        };
        let json = serde_json::to_value(&listed).unwrap();
        assert_eq!(json["body"]["jobs"][0]["imported"], "2026-11-25");
        assert_eq!(serde_json::from_value::<Response>(json).unwrap(), listed);
    }

    #[test]
    fn a_model_is_complete_only_when_every_required_byte_is_stored() {
        let mut status = ModelStatus {
            model_id: "m".into(),
            total_bytes: 10,
            stored_bytes: 9,
            partial_bytes: 1,
            files: Vec::new(),
        };
        assert!(!status.is_complete());
        status.stored_bytes = 10;
        assert!(status.is_complete());
    }

    #[test]
    fn start_download_carries_the_consent() {
        let request = Request {
            id: 3,
            body: RequestBody::StartDownload {
                model_id: "m".into(),
                consent: DownloadConsent {
                    accepted_bytes: 100,
                    allow_upstream: false,
                    persisted: Some(true),
                },
            },
        };
        let json = serde_json::to_value(&request).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"id": 3, "body": {"type": "start_download", "model_id": "m",
                "consent": {"accepted_bytes": 100, "allow_upstream": false, "persisted": true}}})
        );
        assert_eq!(serde_json::from_value::<Request>(json).unwrap(), request);
        let bare = serde_json::json!({"id": 1, "body": {"type": "diagnostics"}});
        assert_eq!(
            serde_json::from_value::<Request>(bare).unwrap().body,
            RequestBody::Diagnostics
        );
    }

    #[test]
    fn download_progress_and_cancel_answers_round_trip_as_responses() {
        let progress = serde_json::json!({"id": 2, "body": {"type": "download_progress",
            "model_id": "m", "path": "p", "done_bytes": 1, "total_bytes": 2}});
        let response: Response = serde_json::from_value(progress).unwrap();
        let ResponseBody::DownloadProgress {
            file_done_bytes,
            bytes_per_second,
            ..
        } = response.body
        else {
            panic!("{response:?}")
        };
        assert_eq!((file_done_bytes, bytes_per_second), (0, None));

        let cancelled = Response {
            id: Some(4),
            body: ResponseBody::DownloadCancelled {
                model_id: "m".into(),
                stored_bytes: 5,
                total_bytes: 10,
            },
        };
        let json = serde_json::to_value(&cancelled).unwrap();
        assert_eq!(json["body"]["type"], "download_cancelled");
        assert_eq!(serde_json::from_value::<Response>(json).unwrap(), cancelled);
    }
}
