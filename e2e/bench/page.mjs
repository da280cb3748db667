// The page benchmark: imports 1K, 10K and 50K realistic postings into the real page (the built
// site in dist/, its real worker and IndexedDB, headless Chromium) and times what a person
// waits for: the import, and the click on Rank to the first cards shown, with no model and
// with MiniLM's vectors cached; then the same after a reload with the postings stored.
// Not a test: it prints JSON and writes results/page.json (`--quick`: 1K only, writes nothing;
// `--sizes=1000,10000` picks sizes and writes nothing).
//
// `--index`: the same postings as a published job index instead (built natively by `candor
// index build` into dist/indexes/bench-<N>, each distinct text embedded once), added by its
// address with MiniLM stored: the click to its report (download, verify, store), the shards'
// megabytes per second over that, the browser storage it took (`navigator.storage.estimate()`
// before and after), then the MiniLM rankings (only the resume embedded) and the first one after
// a reload. Writes results/index_page.json.
//
//   make site models && node e2e/bench/page.mjs [--index]
//
// Postings: the 202 hand-written postings of tests/eval/long (300-900 words each), repeated
// under new ids. Their texts repeat too, so that MiniLM embeds 202 distinct texts, not 10,000
// (hours on one wasm thread): the vector cache is still read once per posting.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../server.mjs';
import { launch } from '../browser.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const LONG_SET = join(HERE, '../../tests/eval/long/long_dev.jsonl');
const ROOT = join(HERE, '../..');
const INDEX = process.argv.includes('--index');
const RESULTS = join(HERE, INDEX ? 'results/index_page.json' : 'results/page.json');
const FILE_POSTINGS = 4000; // about 12 MB of JSON per file, under the 20 MB import limit
const RUNS = 3;
const TICK_MS = 10;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args.find((arg) => arg.startsWith('--sizes='));
const SIZES = quick ? [1000] : sizesArg ? sizesArg.slice(8).split(',').map(Number) : [1000, 10000, 50000];
const writeResults = !quick && !sizesArg;
// MiniLM's first ranking embeds the 202 texts (minutes); the cached ranking is timed at these sizes.
const WITH_MODEL = !args.includes('--no-model');

const lines = (await readFile(LONG_SET, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line));
const docs = lines.filter((line) => line.type === 'doc');
const resume = lines.find((line) => line.type === 'query').text;

function postings(count) {
  const posted = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const doc = docs[i % docs.length];
    return {
      platform: 'Bench Board',
      external_job_id: `bench-${i}`,
      title: doc.title,
      company: doc.company ?? '',
      location: doc.location ?? '',
      description: doc.text,
      posted_date: posted,
      ...(doc.salary ? { salary: doc.salary } : {}),
    };
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const round = (value) => Math.round(value * 10) / 10;

/** Starts counting the page's timer gaps: the longest time the page could not run a timer. */
const startTicks = (page) => page.evaluate((tick) => {
  window.benchTicks = [performance.now()];
  window.benchTicker = setInterval(() => window.benchTicks.push(performance.now()), tick);
}, TICK_MS);
const stopTicks = (page) => page.evaluate(() => {
  clearInterval(window.benchTicker);
  const ticks = [...window.benchTicks, performance.now()];
  return Math.max(...ticks.slice(1).map((t, i) => t - ticks[i]));
});

async function jsHeapMb(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
  await session.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
  return used ? round(used.value / 1048576) : null;
}

/** The worker's wasm memory (what Candle, the postings and the index live in), in MB. */
async function workerWasmMb(page) {
  for (const worker of page.workers()) {
    const bytes = await worker.evaluate(() => self.candorMemory?.buffer.byteLength ?? null).catch(() => null);
    if (bytes) return round(bytes / 1048576);
  }
  return null;
}

async function openApp(page, url) {
  await page.goto(url);
  await page.getByTestId('model-status').filter({ hasNotText: 'Starting' }).waitFor({ timeout: 120_000 });
  await page.getByTestId('stored-jobs').filter({ hasNotText: 'Reading' }).waitFor({ timeout: 600_000 });
}

/** Writes `count` postings into `dir` in files the import takes; returns their paths. */
async function writePostings(dir, count) {
  const all = postings(count);
  const paths = [];
  for (let start = 0, part = 0; start < all.length; start += FILE_POSTINGS, part += 1) {
    const path = join(dir, `jobs-${count}-${String(part).padStart(3, '0')}.json`);
    await writeFile(path, JSON.stringify(all.slice(start, start + FILE_POSTINGS)));
    paths.push(path);
  }
  return paths;
}

/**
 * Runs `action` and returns the milliseconds until the import report says `Imported <name>`,
 * timed in the page to the frame after the one that painted it (as the first cards are):
 * Playwright's own wait polls less and less often, up to every 500 ms.
 */
async function untilReported(page, name, action) {
  const began = await page.evaluate((name) => {
    window.importShown = null;
    const shown = () => document.querySelector('[data-testid=import-report]')?.textContent.includes(`Imported ${name}`);
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => { window.importShown = performance.now(); }));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    return performance.now();
  }, name);
  await action();
  await page.getByTestId('import-report').filter({ hasText: `Imported ${name}` }).waitFor({ timeout: 3_600_000 });
  await page.waitForFunction(() => window.importShown !== null, null, { polling: 50 });
  return (await page.evaluate(() => window.importShown)) - began;
}

/** Waits until the page lists `count` stored jobs. */
const storedCount = (page, count) => page.getByTestId('stored-jobs')
  .filter({ hasText: new RegExp(`\\b${count.toLocaleString('en-US')}\\b|\\b${count}\\b`) })
  .waitFor({ timeout: 600_000 });

/** Imports `count` postings file by file; returns the milliseconds until the last report shows. */
async function importPostings(page, dir, count) {
  let total = 0;
  for (const path of await writePostings(dir, count)) {
    const name = path.split('/').pop();
    total += await untilReported(page, name, () => page.setInputFiles('#import-jobs', path));
  }
  await storedCount(page, count);
  return total;
}

/** Builds the index of `count` postings into dist/indexes/bench-<count>; returns its report. */
async function buildIndex(dir, count) {
  const jobs = join(dir, `jobs-${count}`);
  await mkdir(jobs, { recursive: true });
  await writePostings(jobs, count);
  const out = join(ROOT, `dist/indexes/bench-${count}`);
  await rm(out, { recursive: true, force: true });
  const report = execFileSync(join(ROOT, 'target/debug/candor'), ['index', 'build', '--site', join(ROOT, 'dist'),
    '--jobs', jobs, '--name', `Bench ${count}`, '--version', '1', '--out', out], { maxBuffer: 1 << 30 });
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
  // What the page fetches: the postings, the f32 vectors and BM25 (not the int8 vectors).
  const fetched = manifest.shards.filter((shard) => shard.kind !== 'vectors_int8')
    .reduce((sum, shard) => sum + shard.bytes, 0);
  return { pin: JSON.parse(report).manifest_sha256, out, fetchedBytes: fetched };
}

const storageUsage = (page) => page.evaluate(async () => (await navigator.storage.estimate()).usage);

/** The published-index path for `count` postings: see `--index` at the top. */
async function benchIndex(page, dir, count) {
  const index = await buildIndex(dir, count);
  try {
    await page.click('#download-model');
    await page.getByTestId('model-status').filter({ hasText: 'stored in this browser' }).waitFor({ timeout: 600_000 });
    const usageBefore = await storageUsage(page);
    await page.getByText('Add a job index by its address', { exact: true }).click();
    const manifestUrl = new URL(`indexes/bench-${count}/manifest.json`, server.url).href;
    await page.fill('#index-url', manifestUrl);
    await page.fill('#index-pin', index.pin);
    await startTicks(page);
    const addMs = await untilReported(page, `job index ${manifestUrl}`, () => page.click('#add-index'));
    const addGap = await stopTicks(page);
    await storedCount(page, count);
    const usageAfter = await storageUsage(page);
    await page.fill('#resume', resume);
    const first = await rankOnce(page);
    const rankedBy = page.getByTestId('ranked-by');
    return {
      postings: count,
      fetched_mb: round(index.fetchedBytes / 1e6),
      add_ms: round(addMs),
      add_mb_per_s: round(index.fetchedBytes / 1e6 / (addMs / 1000)),
      add_longest_timer_gap_ms: round(addGap),
      storage_mb: round((usageAfter - usageBefore) / 1e6),
      first_ranking_after_add: {
        ...first,
        vectors_computed: Number(await rankedBy.getAttribute('data-vectors-computed')),
        vectors_cached: Number(await rankedBy.getAttribute('data-vectors-cached')),
      },
      minilm: await rankRuns(page),
      minilm_after_reload: await afterReload(page, server.url),
    };
  } finally {
    await rm(index.out, { recursive: true, force: true });
  }
}

/** The import path for `count` postings: see the top of this file. */
async function benchImport(page, dir, count) {
  await startTicks(page);
  const importMs = await importPostings(page, dir, count);
  const importGap = await stopTicks(page);
  await page.fill('#resume', resume);
  const row = {
    postings: count,
    import_ms: round(importMs),
    import_longest_timer_gap_ms: round(importGap),
    // Waits for the new postings to be prepared (once: their preparations are stored).
    first_ranking_after_import: await rankOnce(page),
    no_model: await rankRuns(page),
    no_model_after_reload: await afterReload(page, server.url),
  };
  if (WITH_MODEL) {
    await page.click('#download-model');
    await page.getByTestId('model-status').filter({ hasText: 'stored in this browser' }).waitFor({ timeout: 600_000 });
    // The warm-up in rankRuns embeds the 202 distinct texts and caches them.
    row.minilm_cached = await rankRuns(page);
    row.minilm_cached_after_reload = await afterReload(page, server.url);
  }
  return row;
}

/**
 * Clicks Rank and times it: to the first list this click produced (the list's `data-request`
 * turns to a new request id, then the frame after the one that painted it begins: two animation
 * frames, which the browser runs between tasks even while the rest of the report's parts are
 * being decoded, where a timer would wait behind them), and to the end of the ranking (the
 * button idle again). The worker's share is the time it reports for that first list
 * (`data-worker-ms`).
 */
async function rankOnce(page) {
  await page.evaluate(() => {
    const list = document.querySelector('#matches');
    const button = document.querySelector('#rank');
    const before = list.dataset.request ?? null;
    window.bench = { clicked: 0, firstCards: null, busy: false, done: null, workerMs: null };
    const cards = new MutationObserver(() => {
      if ((list.dataset.request ?? null) === before) return;
      cards.disconnect();
      window.bench.workerMs = Number(list.dataset.workerMs ?? NaN);
      requestAnimationFrame(() => requestAnimationFrame(() => { window.bench.firstCards = performance.now(); }));
    });
    cards.observe(list, { attributes: true, attributeFilter: ['data-request'] });
    const idle = new MutationObserver(() => {
      const disabled = button.getAttribute('aria-disabled') === 'true';
      if (disabled) window.bench.busy = true;
      if (!disabled && window.bench.busy) { window.bench.done = performance.now(); idle.disconnect(); }
    });
    idle.observe(button, { attributes: true, attributeFilter: ['aria-disabled'] });
    window.bench.clicked = performance.now();
    button.click();
  });
  await page.waitForFunction(() => window.bench.done !== null && window.bench.firstCards !== null, null,
    { timeout: 3_600_000, polling: 50 });
  const bench = await page.evaluate(() => window.bench);
  const shown = await page.locator('#matches li.match').count();
  const firstCardsMs = bench.firstCards - bench.clicked;
  return {
    first_cards_ms: round(firstCardsMs),
    done_ms: round(Math.max(bench.done, bench.firstCards) - bench.clicked),
    worker_ms: Number.isFinite(bench.workerMs) ? round(bench.workerMs) : null,
    page_ms: Number.isFinite(bench.workerMs) ? round(firstCardsMs - bench.workerMs) : null,
    cards_rendered: shown,
  };
}

/** `RUNS` rankings after one untimed warm-up; medians, and the longest timer gap seen. */
async function rankRuns(page) {
  await rankOnce(page);
  await startTicks(page);
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await rankOnce(page));
  const gap = await stopTicks(page);
  const pick = (key) => (runs[0][key] === null ? null : median(runs.map((run) => run[key])));
  return {
    first_cards_ms: pick('first_cards_ms'),
    done_ms: pick('done_ms'),
    worker_ms: pick('worker_ms'),
    page_ms: pick('page_ms'),
    cards_rendered: runs[0].cards_rendered,
    longest_timer_gap_ms: round(gap),
    heap: { page_js_mb: await jsHeapMb(page), worker_wasm_mb: await workerWasmMb(page) },
  };
}

/** The first ranking after a reload with the postings stored: one click, not warmed up. */
async function afterReload(page, url) {
  const began = Date.now();
  await openApp(page, url);
  const openMs = Date.now() - began;
  await page.fill('#resume', resume);
  await startTicks(page);
  const first = await rankOnce(page);
  const gap = await stopTicks(page);
  return { open_ms: openMs, ...first, longest_timer_gap_ms: round(gap) };
}

if (INDEX) execFileSync('cargo', ['build', '--quiet', '-p', 'candor-cli'], { cwd: ROOT, stdio: 'inherit' });
const server = await serve();
const browser = await launch();
const dir = await mkdtemp(join(tmpdir(), 'candor-page-bench-'));
const results = [];
try {
  for (const count of SIZES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openApp(page, server.url);
    const row = INDEX ? await benchIndex(page, dir, count) : await benchImport(page, dir, count);
    results.push(row);
    console.error(JSON.stringify(row));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

const INDEX_NOTE = 'Written by `node e2e/bench/page.mjs --index`; do not edit by hand. The postings of the import '
  + 'benchmark (results/page.json) as a published job index built by `candor index build`, added by its address with '
  + 'MiniLM stored. add_ms: the click on Add to the import report painted (fetching the manifest and the postings, f32 '
  + 'vectors and BM25 shards, verifying each, storing postings, preparations and vectors); add_mb_per_s: the shards\' '
  + 'megabytes over add_ms; storage_mb: navigator.storage.estimate() usage after minus before. first_ranking_after_add: '
  + 'the first click on Rank, which prepares nothing (the index brought its preparations) and embeds only the resume '
  + '(vectors_computed). minilm: medians of 3 after a warm-up; minilm_after_reload: the first ranking after a reload.';
const output = {
  bench: 'page (headless Chromium, the built site in dist/, real worker and IndexedDB)',
  note: INDEX ? INDEX_NOTE : 'Written by e2e/bench/page.mjs; do not edit by hand. first_cards_ms: click on Rank to the first match card of that ranking '
    + '(with MiniLM: the preview, then done_ms when the final list replaced it); worker_ms: the worker\'s time to that first report; '
    + 'page_ms: the rest (message transfer, decoding, rendering). import_ms: the files chosen to each import report shown '
    + '(timed in the page, to the frame after the one that painted it); '
    + 'first_ranking_after_import: the first click on Rank right after, which waits for the new postings to be prepared (once: '
    + 'their preparations are stored). Medians of 3 after a warm-up; *_after_reload: the first ranking after a reload, '
    + 'from the index snapshot the worker stored after it built the index (open_ms includes reading it back; with '
    + 'MiniLM the first cards come before the model is read from storage).',
  goals_ms: INDEX ? { first_cards_100k: 50 } : { first_cards_10k: 300, first_cards_50k: 1000, import_10k: 3000 },
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model.trim(), load_average_1m: round(loadavg()[0]) },
  date: new Date().toISOString(),
  results,
};
console.log(JSON.stringify(output, null, 2));
if (writeResults) await writeFile(RESULTS, `${JSON.stringify(output, null, 2)}\n`);
