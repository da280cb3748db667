//! HTTP for model files: byte-range requests read as streams, cancellation through
//! `AbortController`, and a watchdog that abandons a request that stops sending.
//!
//! A request for shard `[start, end)` of a file sends `Range: bytes=start-(end-1)`. A `206`
//! must answer exactly that range; a `200` means the server ignored the range, and the body is
//! then read as the whole file from offset 0 (skipping what is not needed) and kept open for
//! the following shards, so such a server costs one streamed GET rather than one per shard.
//! Whether a failure is worth retrying is decided here ([`Failure`]); the retry loop and the
//! hashing live in [`crate::download`].

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, Headers, ReadableStreamDefaultReader, RequestCache, RequestInit, Response,
};

use crate::StoreError;
use crate::shards::{ContentRange, range_header};
use crate::transfer::is_retryable_status;

#[wasm_bindgen]
extern "C" {
    // Globals present on both `Window` and `WorkerGlobalScope`.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &str, init: &RequestInit) -> Promise;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &js_sys::Function, ms: i32) -> i32;
    #[wasm_bindgen(js_name = setInterval)]
    fn set_interval(handler: &js_sys::Function, ms: i32) -> i32;
    #[wasm_bindgen(js_name = clearInterval)]
    fn clear_interval(handle: i32);
}

/// Which of the lock's sources a fetch may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourcePolicy {
    /// Only the same-origin mirror (relative sources). The default: no third-party request.
    MirrorOnly,
    /// Every source in lock order, cross-origin hosts included, after the user agreed.
    AllSources,
}

impl SourcePolicy {
    /// True when `source` (an unexpanded or expanded lock source) may be used.
    pub fn allows(self, source: &str) -> bool {
        self == SourcePolicy::AllSources || !source.contains("://")
    }
}

/// Stops a download: sets a flag the download checks between shards and aborts the request in
/// flight, so the network goes quiet at once. Clones share the same state.
#[derive(Clone, Default)]
pub struct CancelToken {
    inner: Rc<CancelInner>,
}

#[derive(Default)]
struct CancelInner {
    cancelled: Cell<bool>,
    /// The controller of the request in flight, if any.
    current: RefCell<Option<AbortController>>,
}

impl CancelToken {
    /// A token that has not been cancelled.
    pub fn new() -> CancelToken {
        CancelToken::default()
    }

    /// Cancels: the request in flight is aborted and no new one starts.
    pub fn cancel(&self) {
        self.inner.cancelled.set(true);
        if let Some(controller) = self.inner.current.borrow_mut().take() {
            controller.abort();
        }
    }

    /// True once [`CancelToken::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.inner.cancelled.get()
    }

    /// Makes `controller` the one [`CancelToken::cancel`] aborts; aborts it at once if the
    /// token is already cancelled.
    fn attach(&self, controller: &AbortController) {
        if self.is_cancelled() {
            controller.abort();
        } else {
            *self.inner.current.borrow_mut() = Some(controller.clone());
        }
    }
}

/// Why a request failed, and whether asking the same source again may help.
#[derive(Debug)]
pub(crate) struct Failure {
    pub error: StoreError,
    pub kind: FailureKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FailureKind {
    /// A network error, a cut or stalled body, or a 5xx/408/429: try the same source again.
    Retry,
    /// A 404, a wrong range, a wrong size or a hash mismatch: this source will not do.
    Source,
    /// The user cancelled.
    Cancelled,
}

impl Failure {
    fn retry(url: &str, message: impl Into<String>) -> Failure {
        Failure {
            error: StoreError::Network {
                url: url.to_owned(),
                message: message.into(),
            },
            kind: FailureKind::Retry,
        }
    }

    pub(crate) fn source(error: StoreError) -> Failure {
        Failure {
            error,
            kind: FailureKind::Source,
        }
    }

    fn cancelled(url: &str) -> Failure {
        Failure {
            error: StoreError::Network {
                url: url.to_owned(),
                message: "cancelled".into(),
            },
            kind: FailureKind::Cancelled,
        }
    }
}

/// Fetches a small file whole whose size is not known beforehand (a published job index's
/// manifest, the site's catalog of indexes): `GET url`, answered `200`, at most `max_bytes`
/// (a larger `Content-Length` is refused before the body is read). Cancelling `token` aborts
/// it.
pub async fn fetch_whole(
    url: &str,
    max_bytes: u64,
    token: &CancelToken,
) -> Result<Vec<u8>, StoreError> {
    let network = |message: String| StoreError::Network {
        url: url.to_owned(),
        message,
    };
    if token.is_cancelled() {
        return Err(network("cancelled".into()));
    }
    let controller = AbortController::new().map_err(|e| network(js_message(&e)))?;
    token.attach(&controller);
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_signal(Some(&controller.signal()));
    // What is fetched is kept in IndexedDB; a copy in the HTTP cache would only waste quota.
    init.set_cache(RequestCache::NoStore);
    let response: Response = JsFuture::from(global_fetch(url, &init))
        .await
        .and_then(|response| response.dyn_into())
        .map_err(|e| network(js_message(&e)))?;
    if response.status() != 200 {
        return Err(StoreError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let too_large = || network(format!("the file is larger than {max_bytes} bytes"));
    if let Some(length) = response.headers().get("Content-Length").ok().flatten()
        && length.parse::<u64>().is_ok_and(|length| length > max_bytes)
    {
        controller.abort();
        return Err(too_large());
    }
    let buffer = response
        .array_buffer()
        .map_err(|e| network(js_message(&e)))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|e| network(js_message(&e)))?;
    let bytes = Uint8Array::new(&buffer);
    if u64::from(bytes.length()) > max_bytes {
        return Err(too_large());
    }
    Ok(bytes.to_vec())
}

/// Fetches a file of exactly `bytes` bytes (a published job index's shard, whose size the
/// manifest gives and whose hash the caller checks): a range request that also takes a `200`,
/// abandoned when no byte arrives for `stall_timeout_ms`, and refused when the body is longer
/// or shorter. Cancelling `token` aborts it. `on_bytes` is told the size of each piece that
/// arrives.
pub async fn fetch_exact(
    url: &str,
    bytes: u64,
    token: &CancelToken,
    stall_timeout_ms: u32,
    on_bytes: &mut dyn FnMut(u64),
) -> Result<Vec<u8>, StoreError> {
    if bytes == 0 {
        return Ok(Vec::new());
    }
    let mut body = Body::open(url, 0, bytes, bytes, token, stall_timeout_ms)
        .await
        .map_err(|failure| failure.error)?;
    let mut out = Vec::with_capacity(usize::try_from(bytes).unwrap_or(0));
    body.read_exact(&mut out, bytes, on_bytes)
        .await
        .map_err(|failure| failure.error)?;
    body.expect_end(bytes)
        .await
        .map_err(|failure| failure.error)?;
    Ok(out)
}

/// Resolves a lock source against the app's base URL, so the mirror works from any sub-path.
pub fn resolve_url(source: &str, base_url: &str) -> Result<String, StoreError> {
    web_sys::Url::new_with_base(source, base_url)
        .map(|url| url.href())
        .map_err(|e| StoreError::Network {
            url: source.to_owned(),
            message: js_message(&e),
        })
}

/// Waits `ms` milliseconds.
pub(crate) async fn sleep(ms: u32) {
    if ms == 0 {
        return;
    }
    let promise = Promise::new(&mut |resolve, _reject| {
        set_timeout(&resolve, ms.min(i32::MAX as u32) as i32);
    });
    let _: Result<JsValue, JsValue> = JsFuture::from(promise).await;
}

/// Milliseconds since the epoch, for rates and stall detection.
pub(crate) fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Aborts a request that delivers no byte for `timeout_ms`: a timer checks every so often when
/// the last byte arrived. Stops when dropped.
struct Watchdog {
    last_activity: Rc<Cell<f64>>,
    stalled: Rc<Cell<bool>>,
    handle: i32,
    _tick: Closure<dyn FnMut()>,
}

impl Watchdog {
    fn start(controller: &AbortController, timeout_ms: u32) -> Watchdog {
        let last_activity = Rc::new(Cell::new(now_ms()));
        let stalled = Rc::new(Cell::new(false));
        let tick = {
            let (last_activity, stalled) = (last_activity.clone(), stalled.clone());
            let controller = controller.clone();
            Closure::<dyn FnMut()>::new(move || {
                if !stalled.get() && now_ms() - last_activity.get() > f64::from(timeout_ms) {
                    stalled.set(true);
                    controller.abort();
                }
            })
        };
        let period = (timeout_ms / 4).clamp(50, 1_000) as i32;
        let handle = set_interval(tick.as_ref().unchecked_ref(), period);
        Watchdog {
            last_activity,
            stalled,
            handle,
            _tick: tick,
        }
    }

    fn touch(&self) {
        self.last_activity.set(now_ms());
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        clear_interval(self.handle);
    }
}

/// An open response body, positioned at a file offset.
pub(crate) struct Body {
    url: String,
    reader: ReadableStreamDefaultReader,
    controller: AbortController,
    watchdog: Watchdog,
    stall_timeout_ms: u32,
    token: CancelToken,
    /// The file offset of the next byte to hand out.
    offset: u64,
    /// True when the server ignored the range and this body is the whole file.
    whole: bool,
    /// The unread tail of the last chunk: the chunk and the index of its first unread byte.
    pending: Option<(Uint8Array, u32)>,
    finished: bool,
}

impl Body {
    /// Sends `GET url` for `[start, end)` of a file of `file_bytes`, and checks the status and
    /// range of the answer.
    pub(crate) async fn open(
        url: &str,
        start: u64,
        end: u64,
        file_bytes: u64,
        token: &CancelToken,
        stall_timeout_ms: u32,
    ) -> Result<Body, Failure> {
        if token.is_cancelled() {
            return Err(Failure::cancelled(url));
        }
        let controller = AbortController::new().map_err(|e| Failure::retry(url, js_message(&e)))?;
        token.attach(&controller);
        let headers = Headers::new().map_err(|e| Failure::retry(url, js_message(&e)))?;
        headers
            .set("Range", &range_header(start, end))
            .map_err(|e| Failure::retry(url, js_message(&e)))?;
        let init = RequestInit::new();
        init.set_method("GET");
        init.set_headers(&headers);
        init.set_signal(Some(&controller.signal()));
        // Model files are kept in IndexedDB; a second copy in the HTTP cache would only waste
        // quota.
        init.set_cache(RequestCache::NoStore);
        let watchdog = Watchdog::start(&controller, stall_timeout_ms);

        let response: JsValue = match JsFuture::from(global_fetch(url, &init)).await {
            Ok(response) => response,
            Err(error) => {
                return Err(if token.is_cancelled() {
                    Failure::cancelled(url)
                } else if watchdog.stalled.get() {
                    Failure::retry(url, stalled_message(stall_timeout_ms))
                } else {
                    Failure::retry(url, js_message(&error))
                });
            }
        };
        let response: Response = response
            .dyn_into()
            .map_err(|e| Failure::retry(url, js_message(&e)))?;
        let status = response.status();
        let whole = match status {
            206 => {
                let content_range = response.headers().get("Content-Range").ok().flatten();
                // Without an exposed Content-Range the body length and the hashes still decide.
                if let Some(value) = content_range
                    && !ContentRange::parse(&value)
                        .is_some_and(|range| range.answers(start, end, file_bytes))
                {
                    controller.abort();
                    return Err(Failure::source(StoreError::WrongRange {
                        url: url.to_owned(),
                        start,
                        end: end - 1,
                        answer: value,
                    }));
                }
                false
            }
            200 => {
                let length = response.headers().get("Content-Length").ok().flatten();
                let encoded = response
                    .headers()
                    .get("Content-Encoding")
                    .ok()
                    .flatten()
                    .is_some_and(|encoding| encoding != "identity");
                if let Some(length) = length.and_then(|length| length.parse::<u64>().ok())
                    && !encoded
                    && length != file_bytes
                {
                    controller.abort();
                    return Err(Failure::source(StoreError::WrongRange {
                        url: url.to_owned(),
                        start,
                        end: end - 1,
                        answer: format!(
                            "the whole file, but {length} bytes instead of {file_bytes}"
                        ),
                    }));
                }
                true
            }
            status => {
                controller.abort();
                let error = StoreError::Http {
                    url: url.to_owned(),
                    status,
                };
                return Err(if is_retryable_status(status) {
                    Failure {
                        error,
                        kind: FailureKind::Retry,
                    }
                } else {
                    Failure::source(error)
                });
            }
        };
        let Some(stream) = response.body() else {
            return Err(Failure::retry(url, "the response has no body"));
        };
        let reader: ReadableStreamDefaultReader = stream
            .get_reader()
            .dyn_into()
            .map_err(|e| Failure::retry(url, js_message(&e)))?;
        Ok(Body {
            url: url.to_owned(),
            reader,
            controller,
            watchdog,
            stall_timeout_ms,
            token: token.clone(),
            offset: if whole { 0 } else { start },
            whole,
            pending: None,
            finished: false,
        })
    }

    /// True when the server ignored the range and this body is the whole file.
    pub(crate) fn is_whole(&self) -> bool {
        self.whole
    }

    /// The file offset of the next byte this body yields.
    pub(crate) fn offset(&self) -> u64 {
        self.offset
    }

    /// The next chunk of the body, or `None` at its end.
    async fn next_chunk(&mut self) -> Result<Option<(Uint8Array, u32)>, Failure> {
        if let Some(pending) = self.pending.take() {
            return Ok(Some(pending));
        }
        if self.finished {
            return Ok(None);
        }
        let result: Result<JsValue, JsValue> = JsFuture::from(self.reader.read()).await;
        let result = match result {
            Ok(result) => result,
            Err(error) => {
                self.finished = true;
                return Err(if self.token.is_cancelled() {
                    Failure::cancelled(&self.url)
                } else if self.watchdog.stalled.get() {
                    Failure::retry(&self.url, stalled_message(self.stall_timeout_ms))
                } else {
                    Failure::retry(
                        &self.url,
                        format!(
                            "the connection failed after byte {}: {}",
                            self.offset,
                            js_message(&error)
                        ),
                    )
                });
            }
        };
        self.watchdog.touch();
        let done = Reflect::get(&result, &JsValue::from_str("done"))
            .map(|done| done.is_truthy())
            .unwrap_or(true);
        if done {
            self.finished = true;
            return Ok(None);
        }
        let value = Reflect::get(&result, &JsValue::from_str("value"))
            .map_err(|e| Failure::retry(&self.url, js_message(&e)))?;
        let chunk: Uint8Array = value
            .dyn_into()
            .map_err(|_| Failure::retry(&self.url, "the body yielded a non-byte chunk"))?;
        Ok(Some((chunk, 0)))
    }

    /// Appends exactly `len` bytes to `out`, calling `on_bytes` with each piece's length as it
    /// arrives. A body that ends early is a retryable network error naming where it stopped.
    pub(crate) async fn read_exact(
        &mut self,
        out: &mut Vec<u8>,
        len: u64,
        on_bytes: &mut dyn FnMut(u64),
    ) -> Result<(), Failure> {
        let target = out.len() + usize::try_from(len).unwrap_or(usize::MAX);
        while out.len() < target {
            let Some((chunk, from)) = self.next_chunk().await? else {
                return Err(Failure::retry(
                    &self.url,
                    format!(
                        "the body ended at byte {} of the file, {} bytes short",
                        self.offset,
                        target - out.len()
                    ),
                ));
            };
            let available = chunk.length() - from;
            let take = available.min(u32::try_from(target - out.len()).unwrap_or(u32::MAX));
            let piece = chunk.subarray(from, from + take);
            let at = out.len();
            out.resize(at + take as usize, 0);
            piece.copy_to(&mut out[at..]);
            if take < available {
                self.pending = Some((chunk, from + take));
            }
            self.offset += u64::from(take);
            on_bytes(u64::from(take));
        }
        Ok(())
    }

    /// Reads and drops bytes until the body is at file offset `offset`.
    pub(crate) async fn skip_to(&mut self, offset: u64) -> Result<(), Failure> {
        while self.offset < offset {
            let Some((chunk, from)) = self.next_chunk().await? else {
                return Err(Failure::retry(
                    &self.url,
                    format!("the body ended at byte {} of the file", self.offset),
                ));
            };
            let available = u64::from(chunk.length() - from);
            let take = available.min(offset - self.offset);
            if take < available {
                self.pending = Some((chunk, from + take as u32));
            }
            self.offset += take;
        }
        Ok(())
    }

    /// Checks that nothing follows the bytes read so far: a longer body is not the pinned file
    /// (or not the requested range).
    pub(crate) async fn expect_end(&mut self, file_bytes: u64) -> Result<(), Failure> {
        match self.next_chunk().await? {
            None => Ok(()),
            Some((chunk, from)) => {
                let extra = chunk.length() - from;
                let answer = if self.whole {
                    format!("a body of more than {file_bytes} bytes, the pinned size")
                } else {
                    format!("{extra} or more bytes past the end of the range")
                };
                Err(Failure::source(StoreError::WrongRange {
                    url: self.url.clone(),
                    start: 0,
                    end: self.offset.saturating_sub(1),
                    answer,
                }))
            }
        }
    }
}

impl Drop for Body {
    fn drop(&mut self) {
        // Release the connection when a body is abandoned half-read.
        if !self.finished || self.pending.is_some() {
            self.controller.abort();
        }
    }
}

fn stalled_message(timeout_ms: u32) -> String {
    format!(
        "no data arrived for {:.1} s, so the request was abandoned",
        f64::from(timeout_ms) / 1000.0
    )
}

/// The lowercase hex SHA-256 of a JS byte array, computed by the browser's WebCrypto (native
/// code, several times faster than hashing in wasm, and the bytes never enter wasm memory).
/// Falls back to hashing a copy in wasm where `crypto.subtle` is missing (an insecure context).
pub(crate) async fn sha256_hex_of(bytes: &Uint8Array) -> String {
    let subtle = Reflect::get(&js_sys::global(), &"crypto".into())
        .and_then(|crypto| Reflect::get(&crypto, &"subtle".into()))
        .ok()
        .filter(|subtle| subtle.is_object());
    let digest = subtle.and_then(|subtle| {
        let function = Reflect::get(&subtle, &"digest".into()).ok()?;
        let function: &js_sys::Function = function.dyn_ref()?;
        let promise = function
            .call2(&subtle, &"SHA-256".into(), bytes)
            .ok()?
            .dyn_into::<Promise>()
            .ok()?;
        Some(JsFuture::from(promise))
    });
    if let Some(digest) = digest
        && let Ok(buffer) = digest.await
    {
        return hex::encode(Uint8Array::new(&buffer).to_vec());
    }
    candor_lock::digest::sha256_hex(&bytes.to_vec())
}

/// A readable message from a thrown JS value (an `Error`, a `DOMException` or anything else).
pub(crate) fn js_message(value: &JsValue) -> String {
    if let Some(exception) = value.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", exception.name(), exception.message());
    }
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}

/// The `name` of a thrown `DOMException` (such as `QuotaExceededError`), if it is one.
pub(crate) fn dom_exception_name(value: &JsValue) -> Option<String> {
    value
        .dyn_ref::<web_sys::DomException>()
        .map(|exception| exception.name())
}
