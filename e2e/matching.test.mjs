// Matching through the real worker in headless Chromium: which models ran is reported (none →
// the deterministic signals; MiniLM once stored), a preview from the cheap signals comes before
// the model's work, job vectors are cached in IndexedDB so a second
// match embeds nothing, a cancel between batches keeps what was computed, and the page's own
// timer keeps firing while the worker embeds (the UI thread never waits for the model).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve } from './server.mjs';
import { CONSENT, MINILM, answer, ask, launch, openWorker, send } from './worker_harness.mjs';

const RESUME = `Senior backend engineer. Eight years of Rust and Go building distributed
services: Tokio, gRPC, PostgreSQL, Kafka. Ran production Kubernetes clusters.`;
const SAMPLES = JSON.parse(await readFile(new URL('../crates/candor-core/data/sample_jobs.json', import.meta.url)));
/** The page's timer period while the worker indexes. */
const TICK_MS = 50;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** `count` distinct postings made from the samples; `batch` makes their texts (and vectors) new. */
function jobs(count, batch) {
  return Array.from({ length: count }, (_, i) => {
    const sample = SAMPLES[i % SAMPLES.length];
    return { ...sample, id: `${sample.id}-${batch}-${i}`, description: `${sample.description} Team ${batch}-${i}.` };
  });
}

function match(jobs) {
  return { type: 'match', resume: RESUME, jobs };
}

/** Match progress messages of request `id`. */
function matchProgress(page, id) {
  return page.evaluate((id) => window.candor.messages
    .filter((m) => m.id === id && m.body.type === 'match_progress').map((m) => m.body), id);
}

test('with no model stored, matching still ranks and says the deterministic signals ran', async () => {
  const context = await browser.newContext();
  try {
    const page = await openWorker(context, server.url);
    const reply = await ask(page, match(SAMPLES));
    assert.equal(reply.body.type, 'matched', JSON.stringify(reply.body));
    assert.equal(reply.body.mode, 'deterministic');
    assert.equal(reply.body.embedding_model, null);
    assert.equal(reply.body.matches.length, SAMPLES.length);
    assert.equal(reply.body.matches[0].job_id, 'sample-rust-backend');
  } finally {
    await context.close();
  }
});

test('with MiniLM stored: progress while indexing, a timer that keeps firing, cached vectors, cancel', async () => {
  const context = await browser.newContext();
  try {
    const page = await openWorker(context, server.url);
    const download = await ask(page, { type: 'start_download', model_id: MINILM, consent: CONSENT });
    assert.equal(download.body.type, 'model_status', JSON.stringify(download.body));

    // The page ticks a timer while the worker embeds 40 postings.
    await page.evaluate((tick) => {
      window.ticks = [];
      window.ticker = setInterval(() => window.ticks.push(performance.now()), tick);
    }, TICK_MS);
    const first = await send(page, match(jobs(40, 'a')));
    const reply = await answer(page, first);
    const ticks = await page.evaluate(() => { clearInterval(window.ticker); return window.ticks; });
    assert.equal(reply.body.type, 'matched', JSON.stringify(reply.body));
    assert.equal(reply.body.mode, 'mini_lm');
    assert.equal(reply.body.embedding_model, MINILM);
    assert.deepEqual([reply.body.vectors_cached, reply.body.vectors_computed], [0, 40]);
    assert.equal(reply.body.matches.length, 40);

    // Results first from the cheap signals: a whole preview before any posting was embedded.
    const order = await page.evaluate((id) => window.candor.messages
      .filter((m) => m.id === id).map((m) => [m.body.type, m.body.done ?? m.body.matches?.length]), first);
    const previewAt = order.findIndex(([type]) => type === 'match_preview');
    const firstBatchAt = order.findIndex(([type, done]) => type === 'match_progress' && done > 0);
    assert.ok(previewAt >= 0 && previewAt < firstBatchAt, JSON.stringify(order));
    assert.equal(order[previewAt][1], 40);

    const progress = await matchProgress(page, first);
    assert.deepEqual(progress.map((p) => p.done), [0, 8, 16, 24, 32, 40], 'progress after each batch of 8');
    assert.ok(progress.every((p) => p.stage === 'embedding' && p.total === 40));

    // A blocked page would show one gap as long as the whole indexing; a free one ticks on.
    const sent = await page.evaluate((id) => window.candor[`sent${id}`], first);
    const during = ticks.filter((at) => at >= sent && at <= sent + reply.elapsed);
    const gaps = during.slice(1).map((at, i) => at - during[i]);
    const longest = Math.max(...gaps);
    assert.ok(reply.elapsed > 4 * TICK_MS, `indexing took ${reply.elapsed} ms, long enough to measure`);
    assert.ok(during.length >= reply.elapsed / TICK_MS / 2,
      `${during.length} ticks in ${Math.round(reply.elapsed)} ms of indexing`);
    assert.ok(longest < 1000, `the longest pause of the page's timer was ${Math.round(longest)} ms`);

    // The same postings again: every vector comes from IndexedDB, the ranking is the same.
    const again = await ask(page, match(jobs(40, 'a')));
    assert.deepEqual([again.body.vectors_cached, again.body.vectors_computed], [40, 0]);
    assert.deepEqual(again.body.matches.map((m) => m.job_id), reply.body.matches.map((m) => m.job_id));

    // New postings, cancelled after the first batch: the computed vectors are kept.
    const cancelled = await send(page, match(jobs(40, 'b')));
    await page.waitForFunction((id) => window.candor.messages.some((m) => m.id === id
      && m.body.type === 'match_progress' && m.body.done >= 8), cancelled);
    const ack = await ask(page, { type: 'cancel_match', request_id: cancelled });
    assert.deepEqual(ack.body, { type: 'cancel_acknowledged', request_id: cancelled, running: true });
    const stopped = await answer(page, cancelled);
    assert.equal(stopped.body.type, 'match_cancelled', JSON.stringify(stopped.body));
    const kept = stopped.body.vectors_computed;
    assert.ok(kept >= 8 && kept < 40, `${kept} vectors computed before the cancel`);
    const resumed = await ask(page, match(jobs(40, 'b')));
    assert.deepEqual([resumed.body.vectors_cached, resumed.body.vectors_computed], [kept, 40 - kept]);
  } finally {
    await context.close();
  }
});
