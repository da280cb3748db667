// One benchmark engine in a dedicated module worker: `worker.mjs?engine=candor&variant=simd` or
// `worker.mjs?engine=tjs&threads=1`. Before the engine's code loads, it records every
// WebAssembly.Memory the engine creates or exports, so `memory` reports the engine's wasm
// memory (it never shrinks, so its size after the run is the peak).
//
// Messages: the worker posts {type: 'ready'} (or {type: 'error'}) once loaded; then each
// {id, cmd, args} is answered by {id, result} or {id, error}. Timing is done here, with the same
// performance.now() calls around both engines.

const memories = new Set();
const OriginalMemory = WebAssembly.Memory;
WebAssembly.Memory = new Proxy(OriginalMemory, {
  construct(target, args) {
    const memory = new target(...args);
    memories.add(memory);
    return memory;
  },
});
const keepExportedMemories = (instance) => {
  for (const value of Object.values(instance.exports)) {
    if (value instanceof OriginalMemory) memories.add(value);
  }
};
for (const name of ['instantiate', 'instantiateStreaming']) {
  const original = WebAssembly[name];
  WebAssembly[name] = async function (...args) {
    const result = await original.apply(this, args);
    keepExportedMemories(result.instance ?? result);
    return result;
  };
}
WebAssembly.Instance = new Proxy(WebAssembly.Instance, {
  construct(target, args) {
    const instance = new target(...args);
    keepExportedMemories(instance);
    return instance;
  },
});

function memory() {
  const sizes = [...memories].map((m) => m.buffer.byteLength);
  return { wasm_memories: sizes.length, wasm_memory_bytes: sizes.reduce((a, b) => a + b, 0) };
}

const params = new URL(self.location.href).searchParams;
const engine = params.get('engine');

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Loads an engine; returns { embed(texts) -> Float32Array, ...extras }. */
async function loadCandor() {
  const variant = params.get('variant') ?? 'simd';
  const wasm = await import(`./pkg/${variant}/candor_bench.js`);
  await wasm.default();
  // gemm chooses its kernel on the first matmul; only a fresh module can switch.
  const gemmSimd128 = params.get('gemmSimd') !== '0';
  wasm.gemm_use_simd128(gemmSimd128);
  let qwen3;
  const api = {
    simd128: wasm.simd128_enabled(),
    gemmSimd128,
    gemm(n, minMs, shape) {
      // shape: [m, k, n, bTransposed] for a non-square product; FLOPs are 2·m·k·n.
      const gemm = shape ? wasm.GemmBench.shaped(...shape) : new wasm.GemmBench(n);
      const flops = shape ? 2 * shape[0] * shape[1] * shape[2] : 2 * n ** 3;
      gemm.run(1); // Warm-up: first call initializes gemm's kernel pointer and caches.
      let iterations = 1;
      let elapsed = 0;
      for (;;) {
        const start = performance.now();
        gemm.run(iterations);
        elapsed = performance.now() - start;
        if (elapsed >= minMs) break;
        iterations *= 2;
      }
      gemm.free();
      return { n, shape, iterations, ms: elapsed, gflops: (flops * iterations) / elapsed / 1e6 };
    },
    opProfile(batch, seqLen, iterations) {
      return JSON.parse(wasm.minilm_op_profile(batch, seqLen, iterations));
    },
    async qwen3Load({ layers, batchSize, maxTokens }) {
      const tokenizer = await fetchBytes('/qwen3-tokenizer/tokenizer.json');
      qwen3 = new wasm.Qwen3Bench(tokenizer, layers, batchSize, maxTokens);
      return { generate_ms: qwen3.generate_ms, load_ms: qwen3.load_ms, ...memory() };
    },
    async qwen3StreamedLoad({ layers, reranker }) {
      const tokenizer = await fetchBytes('/qwen3-tokenizer/tokenizer.json');
      const loadMs = wasm.qwen3_streamed_load(tokenizer, layers, reranker);
      return { load_ms: loadMs, ...memory() };
    },
    qwen3Score({ pairs, tokens }) {
      const start = performance.now();
      const checksum = qwen3.score(pairs, tokens);
      return { ms: performance.now() - start, checksum };
    },
  };
  if (params.get('model') !== 'none') {
    const base = params.get('files');
    const start = performance.now();
    const [config, tokenizer, weights] = await Promise.all(
      ['config.json', 'tokenizer.json', 'model.safetensors'].map((f) => fetchBytes(base + f)),
    );
    const model = new wasm.MiniLmBench(config, tokenizer, weights, 16);
    api.loadMs = performance.now() - start;
    api.embed = (texts) => model.embed(texts);
  }
  return api;
}

async function loadTransformersJs() {
  const { pipeline, env } = await import('/node_modules/@huggingface/transformers/dist/transformers.js');
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = '/models/';
  env.useBrowserCache = false;
  const ortDist = '/node_modules/onnxruntime-web/dist/';
  const flavor = params.get('ort') ?? 'ort-wasm-simd-threaded.asyncify';
  env.backends.onnx.wasm.wasmPaths = { mjs: `${ortDist}${flavor}.mjs`, wasm: `${ortDist}${flavor}.wasm` };
  env.backends.onnx.wasm.numThreads = Number(params.get('threads') ?? 1);
  const start = performance.now();
  const extractor = await pipeline('feature-extraction', 'sentence-transformers/all-MiniLM-L6-v2', {
    device: 'wasm',
    dtype: 'fp32',
  });
  return {
    loadMs: performance.now() - start,
    ort: flavor,
    threads: env.backends.onnx.wasm.numThreads,
    async embed(texts) {
      const output = await extractor(texts, { pooling: 'mean', normalize: true });
      return output.data;
    },
    /** Token counts with special tokens, before truncation. */
    tokenCounts(texts) {
      return texts.map((text) => extractor.tokenizer(text, { truncation: false }).input_ids.dims[1]);
    },
  };
}

/**
 * Embeds `texts` in chunks of `batch` (1 = one text per call), in the given order; returns the
 * elapsed milliseconds and the vectors.
 */
async function embedAll(api, texts, batch) {
  const vectors = new Float32Array(texts.length * 384);
  const start = performance.now();
  for (let at = 0; at < texts.length; at += batch) {
    const chunk = texts.slice(at, at + batch);
    vectors.set(await api.embed(chunk), at * 384);
  }
  return { ms: performance.now() - start, vectors };
}

let api;
try {
  api = engine === 'candor' ? await loadCandor() : await loadTransformersJs();
  self.postMessage({
    type: 'ready',
    info: { loadMs: api.loadMs, simd128: api.simd128, gemmSimd128: api.gemmSimd128, ort: api.ort, threads: api.threads, crossOriginIsolated: self.crossOriginIsolated, ...memory() },
  });
} catch (error) {
  self.postMessage({ type: 'error', error: String(error?.stack ?? error) });
}

self.onmessage = async ({ data: { id, cmd, args } }) => {
  try {
    let result;
    if (cmd === 'embed') {
      const { ms, vectors } = await embedAll(api, args.texts, args.batch);
      result = { ms, vectors: args.returnVectors ? vectors : undefined };
    } else if (cmd === 'gemm') {
      result = api.gemm(args.n, args.minMs, args.shape);
    } else if (cmd === 'opProfile') {
      result = api.opProfile(args.batch, args.seqLen, args.iterations);
    } else if (cmd === 'qwen3Load') {
      result = await api.qwen3Load(args);
    } else if (cmd === 'qwen3StreamedLoad') {
      result = await api.qwen3StreamedLoad(args);
    } else if (cmd === 'qwen3Score') {
      result = api.qwen3Score(args);
    } else if (cmd === 'tokenCounts') {
      result = api.tokenCounts(args.texts);
    } else if (cmd === 'memory') {
      result = memory();
    } else {
      throw new Error(`unknown command ${cmd}`);
    }
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: String(error?.stack ?? error) });
  }
};
