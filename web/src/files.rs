//! Reading the files a person picks or drops, for the worker to parse.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, Event, File, HtmlInputElement};

/// The file picked in the `<input type=file>` that fired `event`. The input is cleared, so
/// picking the same file again (after fixing it, say) fires again.
pub(crate) fn picked_file(event: &Event) -> Option<File> {
    let input = event.target()?.dyn_into::<HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}

/// The first file dropped by `event`, if it carried one (dropped text carries none).
pub(crate) fn dropped_file(event: &DragEvent) -> Option<File> {
    event.data_transfer()?.files()?.get(0)
}

/// Lets files be dropped on the element (browsers refuse drops unless `dragover` is cancelled).
pub(crate) fn allow_file_drop(event: DragEvent) {
    let carries_files = event
        .data_transfer()
        .is_some_and(|transfer| transfer.types().includes(&"Files".into(), 0));
    if carries_files {
        event.prevent_default();
    }
}

/// A file's size in mebibytes, as the import layer words its limits ("12.4 MB").
pub(crate) fn megabytes(bytes: f64) -> String {
    format!("{:.1} MB", bytes / (1024.0 * 1024.0))
}

/// Reads `file` into memory, refusing before reading when it is over `limit` bytes (the
/// worker would refuse it anyway, and a huge file should not be copied twice first); the
/// refusal's message is `too_large(size, limit)`.
pub(crate) async fn read_file(
    file: &File,
    limit: usize,
    too_large: impl FnOnce(String, String) -> String,
) -> Result<Vec<u8>, String> {
    if file.size() > limit as f64 {
        return Err(too_large(megabytes(file.size()), megabytes(limit as f64)));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("{} could not be read; try opening it again.", file.name()))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
