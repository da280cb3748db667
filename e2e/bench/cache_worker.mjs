// Runs the job-vector cache benchmark (the bench wasm's `vector_cache_bench`) in a dedicated
// module worker, where the app's IndexedDB cache lives. Query: ?counts=200,2000&dim=384&repeats=5.
// Posts {type: 'result', results} or {type: 'error', error}.
const params = new URL(self.location.href).searchParams;

try {
  const wasm = await import('./pkg/simd/candor_bench.js');
  await wasm.default();
  const results = await wasm.vector_cache_bench(
    Uint32Array.from(params.get('counts').split(',').map(Number)),
    Number(params.get('dim')),
    Number(params.get('repeats')),
    () => performance.now(),
  );
  postMessage({ type: 'result', results });
} catch (error) {
  postMessage({ type: 'error', error: String(error?.stack ?? error) });
}
