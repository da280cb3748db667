//! Job files as a person might drop them (JSON, JSON-LD, CSV, HTML, anything), named by the
//! first byte's choice of extension: the importer must return rows or a clear error, never panic.
#![no_main]

use std::collections::HashMap;

use candor_core::domain::Date;
use libfuzzer_sys::fuzz_target;

const NAMES: [Option<&str>; 6] = [
    None,
    Some("jobs.json"),
    Some("jobs.csv"),
    Some("jobs.html"),
    Some("jobs.jsonld"),
    Some("jobs.txt"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, bytes)) = data.split_first() else {
        return;
    };
    let today = Date::new(2026, 11, 1).expect("a valid date");
    let name = NAMES[usize::from(choice) % NAMES.len()];
    if let Ok(batch) = candor_import::jobs::import_jobs(bytes, name, &HashMap::new(), today) {
        let _ = batch.report.summary();
    }
});
