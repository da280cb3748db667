// The model worker: Candle inference, verified downloads and IndexedDB all run here, off the
// page's thread. run_worker() posts a "ready" message once it listens, so the page never
// loses a request sent while the wasm module was still starting.
import init, { run_worker } from './pkg/candor_worker.js';

// A failure nothing here catches (a Rust panic traps the wasm module, which is then unusable)
// must reach the page, which starts a fresh worker. An uncaught error does (the Worker's error
// event); a rejected promise nobody awaited does not, so it is thrown again as an uncaught error.
self.addEventListener('unhandledrejection', (event) => {
  setTimeout(() => { throw event.reason; });
});

// The wasm memory, for tools that report the heap size (e2e/bench/page.mjs).
self.candorMemory = (await init()).memory;
run_worker();
