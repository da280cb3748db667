//! Candor's page. It owns no model and does no inference: the [`worker_client`] spawns the
//! model worker and everything heavy happens there, so the page never blocks.

mod app;
mod files;
mod job_indexes;
mod jobs_panel;
mod learning;
mod matches;
mod models_panel;
mod posting;
mod profile_panel;
mod recruiter_panel;
mod resume_import;
mod resume_panel;
mod search;
mod state;
pub mod worker_client;

pub use app::App;

/// Entry point called by the wasm-bindgen glue when `app.js` initializes the module.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
