// Accessibility of the real page: axe-core finds no violations on each state of the main view,
// and the whole flow works from the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DOWNLOAD_TIMEOUT = 180_000;

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Runs axe on the current page; returns the violations as readable lines. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('keyboard only: download, type a resume, rank; axe is clean at every step', async () => {
  // axe is injected as a script, which the app's own CSP would (rightly) refuse.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  const status = page.getByTestId('model-status');
  await status.filter({ hasNotText: 'Starting' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'first visit');

  // Tab order: the download button is the first focusable control.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'download-model');
  await page.keyboard.press('Enter');
  await status.filter({ hasText: 'stored in this browser' }).waitFor({ timeout: DOWNLOAD_TIMEOUT });

  // Focus stays in the models panel as its buttons change (Cancel while downloading, then
  // Verify and Delete), and Tab leaves the panel after its last control (the diagnostics).
  const focusedInPanel = () => page.evaluate(() => document.getElementById('models-panel').contains(document.activeElement));
  await page.waitForFunction(() => document.activeElement?.textContent === 'Verify stored files');
  for (let n = 0; ; n++) {
    assert.ok(n < 12 && await focusedInPanel(), 'Tab walks the models panel, then leaves it');
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.id) === 'import-jobs') break;
  }

  // Then the jobs (import a file, or the samples), then the resume (a file, or the text box).
  for (const id of ['use-sample-jobs', 'resume-file', 'resume']) {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), id);
  }
  await page.keyboard.type('Registered nurse, ICU, BLS and ACLS certified, eight years of patient care.');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rank');
  await page.keyboard.press('Enter');
  await page.locator('#matches > li').first().waitFor();
  assert.deepEqual(await axeViolations(page), [], 'with results');

  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `no horizontal scrolling at 360 px (${widths})`);
  await context.close();
});
