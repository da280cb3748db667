// The model worker: Candle inference, verified downloads and IndexedDB all run here, off the
// page's thread. run_worker() posts a "ready" message once it listens, so the page never
// loses a request sent while the wasm module was still starting.
import init, { run_worker } from './pkg/candor_worker.js';

// The wasm memory, for tools that report the heap size (e2e/bench/page.mjs).
self.candorMemory = (await init()).memory;
run_worker();
