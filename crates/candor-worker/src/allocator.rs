//! The worker's allocator: the system one, which also remembers the last allocation it could
//! not serve. Rust aborts on a failed allocation, and in wasm an abort is a bare `unreachable`
//! trap; `worker.js` asks [`failed_allocation_bytes`] after a trap, so the page can say that
//! the worker ran out of memory (and how much it asked for) instead of "unreachable".

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use wasm_bindgen::prelude::*;

/// The size of the last allocation that failed, 0 while none has.
static FAILED_ALLOCATION_BYTES: AtomicUsize = AtomicUsize::new(0);

struct Remembering;

// SAFETY: every call is passed to `System` unchanged; only a null result is noted.
unsafe impl GlobalAlloc for Remembering {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `layout` is `System::alloc`'s.
        noted(unsafe { System.alloc(layout) }, layout.size())
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        noted(unsafe { System.alloc_zeroed(layout) }, layout.size())
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, that is from `System`, with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; `new_size` is the caller's to check.
        noted(unsafe { System.realloc(ptr, layout, new_size) }, new_size)
    }
}

fn noted(ptr: *mut u8, bytes: usize) -> *mut u8 {
    if ptr.is_null() {
        FAILED_ALLOCATION_BYTES.store(bytes, Ordering::Relaxed);
    }
    ptr
}

#[global_allocator]
static ALLOCATOR: Remembering = Remembering;

/// The size of the last allocation the worker could not get (0 while every one succeeded).
#[wasm_bindgen]
pub fn failed_allocation_bytes() -> usize {
    FAILED_ALLOCATION_BYTES.load(Ordering::Relaxed)
}
