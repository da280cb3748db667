// Candor's benchmark: `node e2e/bench/run.mjs` (after `e2e/bench/build.sh` and
// `e2e/bench/export_minilm_onnx.py`; see e2e/bench/README.md).
//
// In ONE headless Chromium session it measures, each engine in its own dedicated worker:
// - all-MiniLM-L6-v2 texts/s on the same 200 job-like texts (texts.mjs) for Candor (Candle wasm,
//   +simd128) and transformers.js (fp32 ONNX, onnxruntime-web WASM backend, 1 thread), one text
//   per call and in batches of 16; repetitions alternate between the engines so load changes on
//   the machine hit both alike; median of 3 after a warm-up;
// - f32 GEMM GFLOP/s of Candle's matmul, simd128 on and off;
// - where Candor's MiniLM time goes (op profile with the real shapes);
// - each engine's wasm memory after its run (wasm memory never shrinks: this is the peak).
// Prints one JSON object and writes it to e2e/bench/results/latest.json.
//
// - Qwen3-0.6B (real shapes, random weights, Q8_0 as shipped) through the shipped reranker:
//   prefill tokens/s for one sequence, and pairs/s for 512-token pairs, as a fraction of GEMM.
// Options: --quick (20 texts, 1 repetition, 2 Qwen3 layers: a smoke test, not a result),
// --only=gemm,minilm,qwen3,qwen3stream (sections to run), --no-write.
import { stat, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../browser.mjs';
import { serveRoutes } from './serve.mjs';
import { jobTexts } from './texts.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO = resolve(HERE, '../..');
const MINILM_REVISION = '1110a243fdf4706b3f48f1d95db1a4f5529b4d41';
const quick = process.argv.includes('--quick');
const REPETITIONS = quick ? 1 : 3;
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const sections = new Set(onlyArg ? onlyArg.slice('--only='.length).split(',') : ['gemm', 'minilm', 'qwen3', 'qwen3stream']);
const QWEN3_LAYERS = quick ? 2 : 28;
const write = !process.argv.includes('--no-write') && !quick && !onlyArg;
const texts = jobTexts().slice(0, quick ? 20 : 200);

// URL prefix -> folder. Everything the page may load; nothing else is served.
const ROUTES = [
  ['/bench/', HERE],
  ['/models/', join(HERE, 'models')],
  ['/candor-models/', join(REPO, `dist/models/sentence-transformers/all-MiniLM-L6-v2/resolve/${MINILM_REVISION}`)],
  ['/node_modules/', join(HERE, 'node_modules')],
  ['/qwen3-tokenizer/', join(REPO, 'dist/models/Qwen/Qwen3-Reranker-0.6B/resolve/e61197ed45024b0ed8a2d74b80b4d909f1255473')],
];
function log(message) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function checkPrerequisites() {
  const needed = [
    [join(HERE, 'pkg/simd/candor_bench.js'), 'run e2e/bench/build.sh'],
    [join(HERE, 'pkg/nosimd/candor_bench.js'), 'run e2e/bench/build.sh'],
    [join(HERE, 'models/sentence-transformers/all-MiniLM-L6-v2/onnx/model.onnx'), 'run e2e/bench/export_minilm_onnx.py (see its docstring)'],
    [join(ROUTES[2][1], 'model.safetensors'), 'run make stage-models'],
    [join(HERE, 'node_modules/@huggingface/transformers/dist/transformers.js'), 'run npm ci --ignore-scripts in e2e/bench/'],
  ];
  for (const [file, fix] of needed) {
    try {
      await stat(file);
    } catch {
      throw new Error(`missing ${file}: ${fix}`);
    }
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Candle f32 GEMM GFLOP/s: the +simd128 build, the build without it, and gemm's scalar kernels. */
async function benchGemm({ spawn, call, terminate }) {
  const gemm = {
    note: 'Candle 0.11.1 Tensor::matmul (gemm 0.19) on n x n f32, 1 thread, median of 3 runs of >= 1 s. gemm enables its wasm simd128 microkernels per function (#[target_feature]) whatever RUSTFLAGS say, so the build without +simd128 still runs them; "scalar" switches them off (gemm_common::set_wasm_simd128(false)).',
  };
  const variants = {
    simd128: 'variant=simd',
    no_simd128_flag: 'variant=nosimd',
    scalar: 'variant=nosimd&gemmSimd=0',
  };
  for (const [variant, query] of Object.entries(variants)) {
    const name = `gemm-${variant}`;
    await spawn(name, `engine=candor&${query}&model=none`);
    gemm[variant] = {};
    for (const n of quick ? [256] : [256, 512, 1024]) {
      const runs = [];
      for (let rep = 0; rep < REPETITIONS; rep++) runs.push(await call(name, 'gemm', { n, minMs: quick ? 200 : 1000 }));
      gemm[variant][n] = round(median(runs.map((r) => r.gflops)));
      log(`gemm ${variant} n=${n}: ${gemm[variant][n]} GFLOP/s`);
    }
    if (variant === 'simd128' && !quick) {
      // MiniLM's linears for a 160-token text, weight passed transposed (as candle_nn::Linear
      // does) or pre-transposed to a contiguous (in, out) matrix.
      gemm.minilm_linear_shapes_m160 = {};
      for (const [k, n] of [[384, 384], [384, 1536], [1536, 384]]) {
        for (const transposed of [true, false]) {
          const runs = [];
          for (let rep = 0; rep < REPETITIONS; rep++) runs.push(await call(name, 'gemm', { minMs: 1000, shape: [160, k, n, transposed] }));
          const key = `${k}x${n}_${transposed ? 'weight_transposed' : 'weight_contiguous'}`;
          gemm.minilm_linear_shapes_m160[key] = round(median(runs.map((r) => r.gflops)));
          log(`gemm 160x${k}x${n} ${transposed ? 'transposed' : 'contiguous'}: ${gemm.minilm_linear_shapes_m160[key]} GFLOP/s`);
        }
      }
    }
    await terminate(name);
  }
  return gemm;
}

/** MiniLM texts/s for Candor and transformers.js, loaded side by side, repetitions alternating. */
async function benchMiniLm({ page, spawn, call, terminate }) {
  const engines = {
    candor: { query: 'engine=candor&variant=simd&files=/candor-models/', label: 'Candor: candor_ml::minilm::MiniLm, Candle 0.11.1 wasm +simd128, 1 thread, safetensors f32' },
    transformers_js: { query: 'engine=tjs&threads=1', label: 'transformers.js 4.3.1 feature-extraction (mean pooling, normalize), onnxruntime-web 1.31 WASM backend, fp32 ONNX exported by export_minilm_onnx.py, 1 thread' },
    // Not part of the ratio: what transformers.js gets from the page being cross-origin isolated
    // (Candor's Candle build is single-threaded; wasm threads need nightly build-std).
    transformers_js_2_threads: { query: 'engine=tjs&threads=2', label: 'as transformers_js, numThreads 2 (cross-origin isolated page)', modes: ['one_at_a_time'] },
  };
  const memory = {};
  for (const [name, engine] of Object.entries(engines)) {
    engine.info = await spawn(name, engine.query);
    memory[name] = { after_load_mib: round(engine.info.wasm_memory_bytes / 2 ** 20, 1) };
    log(`${name} loaded in ${round(engine.info.loadMs, 0)} ms: ${JSON.stringify(engine.info)}`);
  }
  const warmup = texts.slice(0, 10);
  for (const name of Object.keys(engines)) {
    await call(name, 'embed', { texts: warmup, batch: 1 });
  }
  for (const name of Object.keys(engines).filter((n) => !engines[n].modes)) {
    await call(name, 'embed', { texts: warmup, batch: 10 });
  }
  const sortedTexts = [...texts].sort((a, b) => a.length - b.length);
  const modes = {
    one_at_a_time: { texts, batch: 1 },
    batch16_input_order: { texts, batch: 16 },
    batch16_sorted_by_length: { texts: sortedTexts, batch: 16 },
  };
  const minilm = {};
  for (const [mode, { texts: modeTexts, batch }] of Object.entries(modes)) {
    const names = Object.keys(engines).filter((name) => !engines[name].modes || engines[name].modes.includes(mode));
    const times = Object.fromEntries(names.map((name) => [name, []]));
    for (let rep = 0; rep < REPETITIONS; rep++) {
      for (const name of names) {
        const returnVectors = mode === 'one_at_a_time' && rep === REPETITIONS - 1;
        const { ms } = await call(name, 'embed', { texts: modeTexts, batch, returnVectors });
        times[name].push(ms);
        log(`${mode} rep ${rep + 1} ${name}: ${round((modeTexts.length / ms) * 1000)} texts/s (load avg ${loadavg()[0].toFixed(2)})`);
      }
    }
    minilm[mode] = Object.fromEntries(
      Object.entries(times).map(([name, ms]) => [name, { texts_per_s: round((modeTexts.length / median(ms)) * 1000), runs_ms: ms.map((t) => round(t, 0)) }]),
    );
    minilm[mode].ratio_candor_over_transformers_js = round(minilm[mode].candor.texts_per_s / minilm[mode].transformers_js.texts_per_s, 3);
    if (minilm[mode].transformers_js_2_threads) {
      minilm[mode].ratio_candor_over_transformers_js_2_threads = round(minilm[mode].candor.texts_per_s / minilm[mode].transformers_js_2_threads.texts_per_s, 3);
    }
    for (const name of names) {
      const { wasm_memory_bytes } = await call(name, 'memory', {});
      memory[name][`after_${mode}_mib`] = round(wasm_memory_bytes / 2 ** 20, 1);
    }
  }

  // Same vectors? Cosine between the engines' outputs for every text (last one-at-a-time run).
  const agreement = await page.evaluate((count) => {
    const { candor: a, transformers_js: b } = window.bench.vectors;
    const cosines = [];
    for (let t = 0; t < count; t++) {
      let dot = 0;
      for (let i = 0; i < 384; i++) dot += a[t * 384 + i] * b[t * 384 + i];
      cosines.push(dot);
    }
    return cosines;
  }, texts.length);
  const tokenCounts = await call('transformers_js', 'tokenCounts', { texts });
  for (const name of Object.keys(engines)) await terminate(name);

  // Where Candor's time goes: MiniLM forward passes rebuilt from the same Candle ops, op by op.
  await spawn('profile', 'engine=candor&variant=simd&model=none');
  const opProfile = {};
  for (const [batch, seqLen, iterations] of quick ? [[1, 64, 1]] : [[1, 32, 10], [1, 128, 3], [1, 256, 2], [16, 128, 1]]) {
    opProfile[`batch${batch}_len${seqLen}`] = await call('profile', 'opProfile', { batch, seqLen, iterations });
  }
  await terminate('profile');

  return {
    engines: Object.fromEntries(Object.entries(engines).map(([name, e]) => [name, { label: e.label, load_ms: round(e.info.loadMs, 0) }])),
    minilm,
    agreement: {
      worst_cosine: round(Math.min(...agreement), 6),
      texts_below_0_9999: agreement.filter((c) => c < 0.9999).length,
      indices_below_0_9999: agreement.flatMap((c, index) => (c < 0.9999 ? [index] : [])),
      worst_cosine_of_the_rest: round(Math.min(...agreement.filter((c) => c >= 0.9999)), 6),
      indices_over_256_tokens: tokenCounts.flatMap((n, index) => (n > 256 ? [index] : [])),
      note: "cosine between the two engines' vectors per text (one at a time; both L2-normalized). Both truncate texts over 256 tokens, not identically; Candor's truncation matches sentence-transformers (tests/minilm_parity.rs), so only those texts differ",
    },
    memory,
    opProfile,
  };
}

/** Qwen3-0.6B in its real shapes with random weights, through the shipped reranker (Q8_0). */
async function benchQwen3({ spawn, call, terminate }, gemm) {
  const layers = QWEN3_LAYERS;
  await spawn('qwen3', 'engine=candor&variant=simd&model=none');
  const loaded = await call('qwen3', 'qwen3Load', { layers, batchSize: 1, maxTokens: 1024 });
  log(`qwen3 (${layers} layers) generated in ${round(loaded.generate_ms, 0)} ms, loaded in ${round(loaded.load_ms, 0)} ms, ${round(loaded.wasm_memory_bytes / 2 ** 30, 2)} GiB`);
  // Matmul FLOPs per token (q, k, v, o, gate, up, down) and attention FLOPs (QK^T and AV over
  // all L x L positions, as the masked forward computes them) for one sequence of L tokens.
  const perLayerParams = 2048 * 1024 + 2 * 1024 * 1024 + 1024 * 2048 + 3 * 3072 * 1024;
  const flops = (tokens) => layers * (2 * perLayerParams * tokens + 2 * 2 * tokens * tokens * 16 * 128);
  await call('qwen3', 'qwen3Score', { pairs: 1, tokens: 16 }); // Warm-up.
  const result = {
    model: `Qwen3-0.6B shapes (${layers} layers, hidden 1024, 16/8 heads, head_dim 128, FFN 3072, vocab 151669), random bf16 weights quantized to Q8_0 at load by candor_ml::qwen3 (as shipped); run through candor_ml::qwen3_reranker::Qwen3Reranker::score_token_ids, batch 1`,
    generate_checkpoint_ms: round(loaded.generate_ms, 0),
    load_ms: round(loaded.load_ms, 0),
    wasm_memory_after_load_mib: round(loaded.wasm_memory_bytes / 2 ** 20, 0),
  };
  const runs = quick ? [[128, 1]] : [[128, 1], [512, 1]];
  for (const [tokens, pairs] of runs) {
    const { ms } = await call('qwen3', 'qwen3Score', { pairs, tokens });
    const gflops = (pairs * flops(tokens)) / ms / 1e6;
    result[`prefill_${tokens}_tokens`] = {
      ms: round(ms, 0),
      tokens_per_s: round((pairs * tokens * 1000) / ms, 1),
      pairs_per_s: round((pairs * 1000) / ms, 4),
      effective_gflops_per_s: round(gflops),
      fraction_of_f32_gemm_1024: gemm?.simd128?.[1024] ? round(gflops / gemm.simd128[1024], 3) : null,
    };
    log(`qwen3 ${tokens} tokens: ${JSON.stringify(result[`prefill_${tokens}_tokens`])}`);
  }
  const { wasm_memory_bytes } = await call('qwen3', 'memory', {});
  result.wasm_memory_peak_mib = round(wasm_memory_bytes / 2 ** 20, 0);
  await terminate('qwen3');
  return result;
}

/** Peak wasm memory of loading each Qwen3 model as the worker does, one tensor at a time, each
 * in a fresh worker (a wasm memory never shrinks, so its size after the load is the peak). */
async function benchQwen3StreamedLoad({ spawn, call, terminate }) {
  const layers = QWEN3_LAYERS;
  const result = {
    method: 'candor_bench::inference::qwen3_streamed_load: random bf16 tensors in the real shapes, generated one at a time and fed to candor_ml::qwen3::StreamedWeights (as the worker feeds them from IndexedDB; the store also holds one 16 MiB shard), Q8_0, then Qwen3Embedding/Qwen3Reranker::load_from',
  };
  for (const [label, reranker] of [['embedding', false], ['reranker', true]]) {
    await spawn('qwen3stream', 'engine=candor&variant=simd&model=none');
    const loaded = await call('qwen3stream', 'qwen3StreamedLoad', { layers, reranker });
    result[label] = { load_ms: round(loaded.load_ms, 0), wasm_memory_peak_mib: round(loaded.wasm_memory_bytes / 2 ** 20, 0) };
    log(`qwen3 ${label} streamed load: ${JSON.stringify(result[label])}`);
    await terminate('qwen3stream');
  }
  return result;
}

async function main() {
  await checkPrerequisites();
  const server = await serveRoutes(ROUTES);
  const browser = await launch();
  const blocked = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const guard = (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    };
    await context.route('**/*', guard);
    await page.route('**/*', guard);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') log(`page ${message.type()}: ${message.text()}`);
    });
    await page.goto(`${server.url}/bench/page.html`);
    await page.waitForFunction(() => window.bench);
    const isolated = await page.evaluate(() => self.crossOriginIsolated);
    const driver = {
      page,
      spawn: (name, query) => page.evaluate(([n, q]) => window.bench.spawn(n, `/bench/worker.mjs?${q}`), [name, query]),
      call: (name, cmd, args) => page.evaluate(([n, c, a]) => window.bench.call(n, c, a), [name, cmd, args]),
      terminate: (name) => page.evaluate((n) => window.bench.terminate(n), name),
    };
    const loadAtStart = loadavg().map((l) => round(l));

    const gemm = sections.has('gemm') ? await benchGemm(driver) : undefined;
    const minilm = sections.has('minilm') ? await benchMiniLm(driver) : undefined;
    const qwen3 = sections.has('qwen3') ? await benchQwen3(driver, gemm) : undefined;
    const qwen3Streamed = sections.has('qwen3stream') ? await benchQwen3StreamedLoad(driver) : undefined;

    if (blocked.length) throw new Error(`the page tried to reach other hosts: ${blocked.join(', ')}`);
    const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
    const result = {
      date: new Date().toISOString(),
      command: 'node e2e/bench/run.mjs',
      cpu_model: cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model,
      logical_cpus: cpus().length,
      load_average_at_start: loadAtStart,
      load_average_at_end: loadavg().map((l) => round(l)),
      chromium: browser.version(),
      cross_origin_isolated: isolated,
      method: `one headless Chromium page, each engine in its own dedicated module worker; MiniLM: ${REPETITIONS} repetitions per mode alternating between the engines, median reported, after a 10-text warm-up; times are performance.now() around whole embed calls inside the worker (tokenization + forward + pooling + normalization); one_at_a_time = one text per call, batch16 = 16 texts per call`,
      texts: { count: texts.length, generator: 'e2e/bench/texts.mjs jobTexts() (seed 20261123, 40-200 words)', median_words: median(texts.map((t) => t.split(' ').length)) },
      ...(minilm && {
        ratio_candor_over_transformers_js: minilm.minilm.one_at_a_time.ratio_candor_over_transformers_js,
        ratio_candor_over_transformers_js_batch16: minilm.minilm.batch16_input_order.ratio_candor_over_transformers_js,
        engines: minilm.engines,
        minilm: minilm.minilm,
        minilm_agreement: minilm.agreement,
      }),
      gemm_gflops: gemm,
      wasm_memory_mib: minilm?.memory,
      candor_minilm_op_profile: minilm?.opProfile,
      qwen3,
      qwen3_streamed_load: qwen3Streamed,
    };
    const json = JSON.stringify(result, null, 2);
    console.log(json);
    if (write) {
      await mkdir(join(HERE, 'results'), { recursive: true });
      await writeFile(join(HERE, 'results/latest.json'), `${json}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
