//! The worker's typed protocol as it decodes what crosses the page/worker boundary: any JSON
//! (or not) is a request and a response or a decode error, and a decoded one encodes again to
//! the same value.
#![no_main]

use candor_worker::protocol::{Request, Response};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(request) = serde_json::from_slice::<Request>(data) {
        let again = serde_json::to_vec(&request).expect("a decoded request encodes");
        let decoded: Request = serde_json::from_slice(&again).expect("and decodes again");
        assert_eq!(decoded, request);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Response::from_json(text);
    }
});
