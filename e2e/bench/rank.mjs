// Candor's ranking benchmark in headless Chromium: `node e2e/bench/rank.mjs` (after
// `BENCH_VARIANTS=simd e2e/bench/build.sh`).
//
// One resume against 10K and 100K synthetic postings with precomputed 384-d and 768-d vectors,
// timed inside a dedicated module worker (where the app ranks) by the same Rust code as the
// native `cargo run --release -p candor-bench --example rank_bench` (candor_bench::rank):
// dense top-200, BM25 over every posting, the full hybrid on the 200 dense candidates (through
// match_jobs, which prepares postings per call, and on postings prepared at import), and the
// whole two-stage ranking. Median of 7 runs after a warm-up; milliseconds.
// Prints one JSON object and writes it to e2e/bench/results/rank.json.
// Options: --quick (2,000 postings, 1 run: a smoke test, not a result), --no-write.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../browser.mjs';
import { serveRoutes } from './serve.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const quick = process.argv.includes('--quick');
const write = !quick && !process.argv.includes('--no-write');
const JOBS = quick ? [2000] : [10_000, 100_000];
const DIMENSIONS = [384, 768];
const REPEATS = quick ? 1 : 7;
// The goals for a whole ranking in the browser, by posting count.
const GOALS_MS = { 10000: 10, 100000: 50 };
function log(message) {
  process.stderr.write(`[rank ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function main() {
  try {
    await stat(join(HERE, 'pkg/simd/candor_bench.js'));
  } catch {
    throw new Error('missing e2e/bench/pkg/simd/candor_bench.js: run BENCH_VARIANTS=simd e2e/bench/build.sh');
  }
  const server = await serveRoutes([['/bench/', HERE]]);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    page.on('console', (message) => log(`page: ${message.text()}`));
    await page.goto(`${server.url}/bench/page.html`);
    const query = `jobs=${JOBS.join(',')}&dims=${DIMENSIONS.join(',')}&repeats=${REPEATS}`;
    const started = Date.now();
    const { results, simd128 } = await page.evaluate(
      (url) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(url, { type: 'module' });
          worker.onerror = (event) => reject(new Error(event.message));
          worker.onmessage = ({ data }) => {
            if (data.type === 'progress') console.log(data.step);
            else if (data.type === 'error') reject(new Error(data.error));
            else resolve(data);
          };
        }),
      `/bench/rank_worker.mjs?${query}`,
    );
    log(`done in ${round((Date.now() - started) / 1000, 1)} s`);
    const rows = results.map((row) => {
      const rounded = Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, key.endsWith('_ms') ? round(value, 3) : value]),
      );
      const goal = GOALS_MS[row.jobs];
      return goal === undefined
        ? rounded
        : { ...rounded, goal_ms: goal, two_stage_meets_goal: row.two_stage_ms < goal, total_meets_goal: row.total_ms < goal };
    });
    const report = {
      bench: `rank (headless Chromium ${browser.version()}, wasm32 ${simd128 ? '+simd128' : 'without simd128'}, dedicated worker, 1 thread, median of ${REPEATS} after a warm-up)`,
      note: 'Same code as `cargo run --release -p candor-bench --example rank_bench` (candor_bench::rank). total_ms = dense_top_k_ms + bm25_ms + hybrid_prepared_ms; two_stage_ms is the whole rank_two_stage (BM25 and dense top-100 each, full scoring of their union, no reranker), the latency of a ranking once the resume is embedded. hybrid_match_jobs_ms is the same 200 candidates through match_jobs, which prepares postings on every call.',
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, load_average_1m: round(loadavg()[0]) },
      date: new Date().toISOString(),
      results: rows,
    };
    const json = JSON.stringify(report, null, 2);
    if (write) {
      await mkdir(join(HERE, 'results'), { recursive: true });
      await writeFile(join(HERE, 'results/rank.json'), `${json}\n`);
      log('written to e2e/bench/results/rank.json');
    }
    console.log(json);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
