//! The page's side of the worker protocol: spawns `worker.js` as a module worker, numbers
//! requests, holds them until the worker says it is ready, and decodes its messages.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use candor_worker::protocol::{Request, RequestBody, RequestId, Response, ResponseBody};
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};

/// What the page does with the worker's messages and with its crash.
struct Handlers {
    on_message: Box<dyn Fn(Response)>,
    /// Called once with the browser's words for the failure when the worker stops on an error
    /// nothing in it caught (a Rust panic traps the wasm module, which is then unusable).
    on_crash: Box<dyn Fn(String)>,
}

/// A handle to the model worker. Cloning shares the same worker.
#[derive(Clone)]
pub struct WorkerClient {
    worker: Worker,
    /// Shared with the clients that [`WorkerClient::restart`] makes, so a request id is never
    /// used twice in a page's life and an old answer cannot be taken for a new request's.
    next_id: Rc<Cell<RequestId>>,
    /// Requests sent before the worker was ready; a module worker would drop them.
    pending: Rc<RefCell<Option<Vec<Request>>>>,
    /// Whether the worker said it was ready: one that fails before that cannot start here, and
    /// is not started again.
    ready: Rc<Cell<bool>>,
    handlers: Rc<Handlers>,
}

impl WorkerClient {
    /// Spawns the worker from `worker.js` next to the page; every decoded message goes to
    /// `on_message`, and an error that stops it to `on_crash`.
    pub fn spawn(
        on_message: impl Fn(Response) + 'static,
        on_crash: impl Fn(String) + 'static,
    ) -> Result<WorkerClient, String> {
        let handlers = Rc::new(Handlers {
            on_message: Box::new(on_message),
            on_crash: Box::new(on_crash),
        });
        WorkerClient::start(Rc::new(Cell::new(1)), handlers)
    }

    /// Stops this worker for good and starts a fresh one with the same handlers; requests sent
    /// to the new one wait until it is ready, as at the start.
    pub fn restart(&self) -> Result<WorkerClient, String> {
        self.terminate();
        WorkerClient::start(self.next_id.clone(), self.handlers.clone())
    }

    /// The id the next request will get: every request sent so far has a lower one.
    pub fn next_request_id(&self) -> RequestId {
        self.next_id.get()
    }

    /// Whether the worker had said it was ready before it stopped.
    pub fn was_ready(&self) -> bool {
        self.ready.get()
    }

    fn start(next_id: Rc<Cell<RequestId>>, handlers: Rc<Handlers>) -> Result<WorkerClient, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options("./worker.js", &options)
            .map_err(|e| format!("could not start the model worker: {e:?}"))?;
        let client = WorkerClient {
            worker,
            next_id,
            pending: Rc::new(RefCell::new(Some(Vec::new()))),
            ready: Rc::new(Cell::new(false)),
            handlers,
        };
        let handler_client = client.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let response = decode(event.data());
            if let ResponseBody::Ready { .. } = &response.body {
                handler_client.ready.set(true);
                handler_client.flush_pending();
            }
            (handler_client.handlers.on_message)(response);
        });
        client
            .worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let crashed_client = client.clone();
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            // Told once: the page replaces this worker, and its later errors are not news.
            crashed_client.worker.set_onerror(None);
            crashed_client.worker.set_onmessage(None);
            (crashed_client.handlers.on_crash)(event.message());
        });
        client
            .worker
            .set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
        Ok(client)
    }

    /// Stops the worker at once; whatever it was doing ends there. IndexedDB aborts its
    /// unfinished transactions, so nothing it was writing is kept half-written.
    pub fn terminate(&self) {
        self.worker.set_onerror(None);
        self.worker.set_onmessage(None);
        self.worker.terminate();
    }

    /// Sends a request and returns its id; responses to it carry the same id.
    pub fn send(&self, body: RequestBody) -> RequestId {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        let request = Request { id, body };
        match self.pending.borrow_mut().as_mut() {
            Some(queue) => queue.push(request),
            None => self.post(&request),
        }
        id
    }

    fn flush_pending(&self) {
        let queued = self.pending.borrow_mut().take().unwrap_or_default();
        for request in &queued {
            self.post(request);
        }
    }

    fn post(&self, request: &Request) {
        // File bytes go as one `Uint8Array`, not an array of numbers.
        let serializer =
            serde_wasm_bindgen::Serializer::json_compatible().serialize_bytes_as_arrays(false);
        if let Ok(message) = serde::Serialize::serialize(request, &serializer) {
            let _ = self.worker.post_message(&message);
        }
    }
}

/// Decodes one message from the worker (JSON text, see [`Response::to_json`]); one it cannot
/// read becomes an error saying why.
fn decode(data: JsValue) -> Response {
    let decoded = match data.as_string() {
        Some(text) => Response::from_json(&text).map_err(|error| error.to_string()),
        None => Err("not JSON text".to_owned()),
    };
    decoded.unwrap_or_else(|error| Response {
        id: None,
        body: ResponseBody::Error {
            message: format!("unreadable message from the model worker: {error}"),
        },
    })
}
