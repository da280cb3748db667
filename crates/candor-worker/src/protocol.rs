//! The typed messages between the page and the worker.
//!
//! Every request carries an id chosen by the page; every answer to it carries the same id, so
//! the page can tell a stale answer from the one it waits for. Messages cross `postMessage` as
//! plain JS objects (serde-wasm-bindgen), never as strings the worker logs.

use candor_core::domain::{JobPosting, RankingReport};
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
    /// Fetch, verify and store a model. Sent only when the user clicked download: the request
    /// itself is the consent.
    DownloadModel { model_id: String },
    /// Rank `jobs` for `resume` with the stored model.
    Rank {
        model_id: String,
        resume: String,
        jobs: Vec<JobPosting>,
    },
}

/// A message from the worker to the page. `id` is `None` for [`ResponseBody::Ready`] and for
/// errors about a message that could not be decoded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: Option<RequestId>,
    pub body: ResponseBody,
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
    /// Answer to [`RequestBody::ModelStatus`], and the final answer to a download.
    ModelStatus(ModelStatus),
    /// A download stored and verified one more file.
    DownloadProgress {
        model_id: String,
        path: String,
        done_bytes: u64,
        total_bytes: u64,
    },
    /// Answer to [`RequestBody::Rank`].
    Ranked(RankingReport),
    /// The request failed; `message` is written for a person.
    Error { message: String },
}

/// The stored state of one model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModelStatus {
    pub model_id: String,
    /// Sum of the pinned sizes of the required files.
    pub total_bytes: u64,
    /// Sum of the pinned sizes of the required files already stored.
    pub stored_bytes: u64,
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

    #[test]
    fn requests_are_tagged_objects_the_page_and_worker_agree_on() {
        let request = Request {
            id: 7,
            body: RequestBody::DownloadModel {
                model_id: "m".into(),
            },
        };
        let json = serde_json::to_value(&request).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"id": 7, "body": {"type": "download_model", "model_id": "m"}})
        );
        assert_eq!(serde_json::from_value::<Request>(json).unwrap(), request);
    }

    #[test]
    fn a_model_is_complete_only_when_every_required_byte_is_stored() {
        let mut status = ModelStatus {
            model_id: "m".into(),
            total_bytes: 10,
            stored_bytes: 9,
        };
        assert!(!status.is_complete());
        status.stored_bytes = 10;
        assert!(status.is_complete());
    }
}
