//! Candor's Web Worker: it owns the models, the IndexedDB model store and all inference, and
//! talks to the page only through the typed messages in [`protocol`].
//!
//! The page imports this crate with default features off, which leaves only [`protocol`].

pub mod protocol;

#[cfg(all(feature = "runtime", target_arch = "wasm32"))]
mod allocator;

#[cfg(all(feature = "runtime", target_arch = "wasm32"))]
mod imports;
#[cfg(all(feature = "runtime", target_arch = "wasm32"))]
pub mod pipeline;
#[cfg(all(feature = "runtime", target_arch = "wasm32"))]
mod profile;
#[cfg(all(feature = "runtime", target_arch = "wasm32"))]
mod recruiter;
#[cfg(all(feature = "runtime", target_arch = "wasm32"))]
mod runtime;
