// Runs the ranking benchmark (candor_bench::rank through the bench wasm's `rank_bench`
// export, the same code as the native rank_bench example) in a dedicated module worker, where
// the app ranks too. Query: ?jobs=10000,100000&dims=384,768&repeats=7.
// Posts {type: 'progress', step}, then {type: 'result', results, simd128} or {type: 'error'}.
const params = new URL(self.location.href).searchParams;
const numbers = (name) => params.get(name).split(',').map(Number);

try {
  const wasm = await import('./pkg/simd/candor_bench.js');
  await wasm.default();
  const results = wasm.rank_bench(
    Uint32Array.from(numbers('jobs')),
    Uint32Array.from(numbers('dims')),
    Number(params.get('repeats')),
    () => performance.now(),
    (step) => postMessage({ type: 'progress', step }),
  );
  postMessage({ type: 'result', results, simd128: wasm.simd128_enabled() });
} catch (error) {
  postMessage({ type: 'error', error: String(error?.stack ?? error) });
}
