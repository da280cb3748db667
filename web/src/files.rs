//! Reading the files a person picks or drops, for the worker to parse.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, DragEvent, Event, File, HtmlAnchorElement, HtmlInputElement, Url,
};

/// The file picked in the `<input type=file>` that fired `event`. The input is cleared, so
/// picking the same file again (after fixing it, say) fires again.
pub(crate) fn picked_file(event: &Event) -> Option<File> {
    picked_files(event).into_iter().next()
}

/// Every file picked in the `<input type=file multiple>` that fired `event`; the input is
/// cleared as in [`picked_file`].
pub(crate) fn picked_files(event: &Event) -> Vec<File> {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input.files().map_or_else(Vec::new, |list| {
        (0..list.length()).filter_map(|idx| list.get(idx)).collect()
    });
    input.set_value("");
    files
}

/// The first file dropped by `event`, if it carried one (dropped text carries none).
pub(crate) fn dropped_file(event: &DragEvent) -> Option<File> {
    event.data_transfer()?.files()?.get(0)
}

/// The first `n` bytes of `file` (all of it when shorter); `None` when it cannot be read.
pub(crate) async fn read_head(file: &File, n: usize) -> Option<Vec<u8>> {
    let head = file.slice_with_f64_and_f64(0.0, n as f64).ok()?;
    let buffer = JsFuture::from(head.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
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

/// Offers `text` to the person as a file download named `name`. The file is built in the page
/// (a `Blob` behind a `blob:` URL) and saved by the browser: nothing is uploaded.
pub(crate) fn save_text_file(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let failed = |what: &str| format!("could not save {name}: {what}");
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| failed("the browser refused to build the file"))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| failed("no object URL"))?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| failed("no document"))?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| failed("no link element"))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has started the download; the URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
    Ok(())
}
