//! Resume files (PDF, DOCX, JSON Resume, text in any encoding), with the file name and type a
//! browser might give: read or refused with a clear error, never a panic, and in bounded time
//! (libFuzzer's -timeout turns a slow input into a finding).
#![no_main]

use libfuzzer_sys::fuzz_target;

const HINTS: [(Option<&str>, Option<&str>); 6] = [
    (None, None),
    (Some("resume.pdf"), Some("application/pdf")),
    (
        Some("resume.docx"),
        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ),
    (Some("resume.json"), Some("application/json")),
    (Some("resume.txt"), Some("text/plain")),
    (Some("resume.doc"), None),
];

fuzz_target!(|data: &[u8]| {
    let Some((&choice, bytes)) = data.split_first() else {
        return;
    };
    let (name, mime) = HINTS[usize::from(choice) % HINTS.len()];
    let _ = candor_import::resume::import_resume(bytes, name, mime);
});
