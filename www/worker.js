// The model worker: Candle inference, verified downloads and IndexedDB all run here, off the
// page's thread. run_worker() posts a "ready" message once it listens, so the page never
// loses a request sent while the wasm module was still starting.
import init, { run_worker, failed_allocation_bytes } from './pkg/candor_worker.js';

// A failure nothing here catches (a Rust panic traps the wasm module, which is then unusable)
// must reach the page, which starts a fresh worker. An uncaught error does (the Worker's error
// event); a rejected promise nobody awaited does not, so it is thrown again as an uncaught error.
// A trap that followed an allocation the module could not get is an abort on running out of
// memory: said so, with the size asked for, instead of "unreachable".
self.addEventListener('unhandledrejection', (event) => {
  setTimeout(() => { throw described(event.reason); });
});
self.addEventListener('error', (event) => {
  const error = described(event.error);
  if (error === event.error) return;
  event.preventDefault();
  setTimeout(() => { throw error; });
});

function described(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return error;
  const bytes = failed_allocation_bytes();
  if (bytes === 0) return error;
  const megabytes = (bytes / 1e6).toFixed(1);
  return new Error(`the worker could not get ${megabytes} MB more memory`);
}

// The wasm memory, for tools that report the heap size (e2e/bench/page.mjs).
self.candorMemory = (await init()).memory;
run_worker();
