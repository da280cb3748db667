// Helpers shared by the tests that drive the app's page.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The files the service worker precaches (www/sw.js), relative to the app: what the app needs
 * to open and rank offline, and all Cache Storage may ever hold. */
export const SHELL_FILES = [
  '', 'index.html', 'app.js', 'worker.js', 'style.css', 'manifest.webmanifest',
  'icons/icon.svg', 'icons/icon-192.png', 'icons/icon-512.png',
  'pkg/candor_web.js', 'pkg/candor_web_bg.wasm', 'pkg/candor_worker.js', 'pkg/candor_worker_bg.wasm',
];

/** The absolute path of `path`, relative to e2e/. */
export const fixture = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * axe-core's violations on the page (or only inside `include`, a CSS selector), as readable
 * lines. axe is injected as a script, so the context needs `bypassCSP: true`: the app's own CSP
 * (rightly) refuses it.
 */
export async function axeViolations(page, include) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(
    async (include) => (await window.axe.run(include ? { include: [include] } : document)).violations,
    include ?? null);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the app at `url` and waits until the worker answered and the stored jobs are listed. */
export async function openApp(page, url) {
  await page.goto(url);
  await page.getByTestId('model-status').filter({ hasNotText: 'Starting' }).waitFor();
  await page.getByTestId('stored-jobs').filter({ hasNotText: 'Reading' }).waitFor();
}

/**
 * Presses Rank (by `press`: a click unless given) and waits for this ranking to end, returning
 * the "Ranked by …" line. The wait keys on this action, never on text an earlier ranking left in
 * the page: an observer notes when the button turns busy (`aria-disabled=true`), then the wait
 * is for it to turn idle again.
 */
export async function rankAndWait(page, timeout = 300_000, press = () => page.click('#rank')) {
  await page.evaluate(() => {
    const button = document.querySelector('#rank');
    window.candorRankStarted = false;
    const observer = new MutationObserver(() => {
      if (button.getAttribute('aria-disabled') === 'true') {
        window.candorRankStarted = true;
        observer.disconnect();
      }
    });
    observer.observe(button, { attributes: true, attributeFilter: ['aria-disabled'] });
  });
  await press();
  await page.waitForFunction(() => window.candorRankStarted, null, { timeout });
  await page.locator('#rank[aria-disabled=false]').waitFor({ timeout });
  const rankedBy = page.getByTestId('ranked-by');
  await rankedBy.filter({ hasText: /^Ranked by/ }).waitFor({ timeout });
  return rankedBy.textContent();
}

/**
 * Runs `action`, then waits until each part of the page named by `testids` (one data-testid or
 * several) shows its answer to it: a `data-generation` above the one it had before `action`.
 * The wait keys on this action's answer, never on text an earlier action left in the page.
 * Returns the locator of the (first) part.
 */
export async function untilAnswered(page, testids, action, { timeout = 120_000 } = {}) {
  const ids = [testids].flat();
  const generations = (ids) => ids.map(
    (id) => Number(document.querySelector(`[data-testid="${id}"]`)?.dataset.generation ?? 0));
  const before = await page.evaluate(generations, ids);
  await action();
  await page.waitForFunction(([ids, before]) => ids.every((id, i) =>
    Number(document.querySelector(`[data-testid="${id}"]`)?.dataset.generation ?? 0) > before[i]),
  [ids, before], { timeout });
  return page.getByTestId(ids[0]);
}

/** Opens a resume file in the resume box and returns what the page says was detected in it. */
export async function openResume(page, file) {
  const detected = await untilAnswered(page, 'detected', () => page.setInputFiles('#resume-file', file));
  return detected.textContent();
}

/** Today's date as the page dates a change (YYYY-MM-DD, in this machine's time zone). */
export const today = () => new Date().toLocaleDateString('sv-SE');

/**
 * Drops a file named `name` holding `text` on the element at `selector`, as a person dragging
 * it from their desktop would (the page reads it as a File from the drop's DataTransfer).
 */
export async function dropFile(page, selector, name, text) {
  const dataTransfer = await page.evaluateHandle(([name, text]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name));
    return transfer;
  }, [name, text]);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** Clicks "Use sample jobs" and returns the import report (shown once the jobs are listed). */
export async function useSampleJobs(page) {
  const report = await untilAnswered(page, 'import-report', () => page.click('#use-sample-jobs'));
  return report.textContent();
}

/**
 * Writes `count` postings from the real-length eval set to `path` (JSON), each under its own id:
 * the last titled `lastTitle` when given (a posting a search can single out), each description
 * cut to `descriptionChars` when given (to fit many in one file). Returns the path and a resume
 * from the same set.
 */
export async function writePostings(path, count, { lastTitle, descriptionChars, idPrefix = 'large' } = {}) {
  const lines = (await readFile(fixture('../tests/eval/long/long_dev.jsonl'), 'utf8'))
    .split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const docs = lines.filter((line) => line.type === 'doc');
  const posted = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const postings = Array.from({ length: count }, (_, i) => {
    const doc = docs[i % docs.length];
    return {
      platform: 'Test Board',
      external_job_id: `${idPrefix}-${i}`,
      title: lastTitle && i === count - 1 ? lastTitle : doc.title,
      company: doc.company ?? '',
      location: doc.location ?? '',
      description: doc.text.slice(0, descriptionChars),
      posted_date: posted,
    };
  });
  await writeFile(path, JSON.stringify(postings));
  return { path, resume: lines.find((line) => line.type === 'query').text };
}

/** Waits for a download started by clicking `selector` and returns its name and text. */
export async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Waits until a service worker is active and controls the page; returns what it reports. */
export function serviceWorkerState(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    // The worker claims the page while it is still activating (clients.claim() runs inside
    // its activate event); wait for the end of activation too.
    const worker = registration.active;
    if (worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') resolve();
      }));
    }
    return {
      scope: registration.scope,
      script: registration.active.scriptURL,
      state: registration.active.state,
      controller: navigator.serviceWorker.controller.scriptURL,
    };
  });
}
