//! The page's side of the worker protocol: spawns `worker.js` as a module worker, numbers
//! requests, holds them until the worker says it is ready, and decodes its messages.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use candor_worker::protocol::{Request, RequestBody, RequestId, Response, ResponseBody};
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// A handle to the model worker. Cloning shares the same worker.
#[derive(Clone)]
pub struct WorkerClient {
    worker: Worker,
    next_id: Rc<Cell<RequestId>>,
    /// Requests sent before the worker was ready; a module worker would drop them.
    pending: Rc<RefCell<Option<Vec<Request>>>>,
}

impl WorkerClient {
    /// Spawns the worker from `worker.js` next to the page; every decoded message goes to
    /// `on_message`.
    pub fn spawn(on_message: impl Fn(Response) + 'static) -> Result<WorkerClient, String> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options("./worker.js", &options)
            .map_err(|e| format!("could not start the model worker: {e:?}"))?;
        let client = WorkerClient {
            worker,
            next_id: Rc::new(Cell::new(1)),
            pending: Rc::new(RefCell::new(Some(Vec::new()))),
        };
        let handler_client = client.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let response = decode(event.data());
            if let ResponseBody::Ready { .. } = &response.body {
                handler_client.flush_pending();
            }
            on_message(response);
        });
        client
            .worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        Ok(client)
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
