// Importing files on the real page with the real worker in headless Chromium: a LibreOffice PDF
// resume fills the resume box and shows what was detected; a corrupt file gets a clear alert and
// breaks nothing; job files (JSON, CSV) give a batch report, are stored in IndexedDB across a
// reload, and are what Rank ranks. axe finds no violations with the report shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { axeViolations, fixture, openApp, openResume, rankAndWait, untilAnswered } from './page.mjs';

const RESUME_PDF = fixture('../tests/fixtures/resumes/jose_nunez.pdf');
const JOBS_JSON = fixture('./fixtures/jobs.json');
const JOBS_CSV = fixture('./fixtures/jobs.csv');

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });



/** Imports a job file (a path or a file payload) and returns its report (shown once the stored
 * jobs are listed again after it). */
async function importJobs(page, file, name) {
  const report = await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', file));
  const text = await report.textContent();
  assert.ok(text.startsWith(`Imported ${name}:`), text);
  return text;
}


test('resume and job files: import, report, store, reload, rank; axe is clean', async () => {
  // axe is injected as a script, which the app's own CSP would (rightly) refuse.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const console_lines = [];
  page.on('console', (message) => console_lines.push(message.text()));
  await openApp(page, server.url);
  assert.match(await page.getByTestId('stored-jobs').textContent(), /No jobs stored yet/);

  // A real PDF resume (LibreOffice from DOCX): its text fills the box, detections show below.
  const summary = await openResume(page, RESUME_PDF);
  assert.match(summary, /^Detected in jose_nunez\.pdf: /);
  const resume = await page.inputValue('#resume');
  for (const expected of ['José Núñez', 'Senior Backend Engineer', 'Ferrocarril Pagos', 'Kafka']) {
    assert.ok(resume.includes(expected), `the resume box holds "${expected}"`);
  }
  assert.match(summary, /\d+ years · Senior Backend Engineer · /);
  for (const skill of ['Rust', 'Go', 'PostgreSQL', 'Kubernetes']) {
    assert.ok(summary.includes(skill), `"${skill}" is detected in: ${summary}`);
  }

  // Dropping a file on the resume box imports it the same way (here the UTF-16 text file).
  const utf16 = [...await readFile(fixture('../tests/fixtures/resumes/jose_nunez_utf16.txt'))];
  const dropped = await untilAnswered(page, 'detected', () => page.evaluate((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'dropped.txt', { type: 'text/plain' }));
    document.querySelector('#resume').dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, utf16));
  assert.match(await dropped.textContent(), /^Detected in dropped\.txt: /);
  assert.ok((await page.inputValue('#resume')).includes('Logística Ñandú'));
  assert.match(await openResume(page, RESUME_PDF), /^Detected in jose_nunez\.pdf: /);

  // Random bytes named .pdf: a clear alert, and the resume box keeps its text.
  const alert = await untilAnswered(page, 'error', () => page.setInputFiles('#resume-file',
    { name: 'x.pdf', mimeType: 'application/pdf', buffer: randomBytes(4096) }));
  assert.match(await alert.textContent(), /This PDF could not be read.*paste the text instead/);
  assert.equal(await page.inputValue('#resume'), resume, 'a failed import leaves the text alone');
  await alert.getByRole('button', { name: 'Dismiss' }).click();

  // Jobs: JSON with a repeated posting and one without a title, then a CSV.
  const json_report = await importJobs(page, JOBS_JSON, 'jobs.json');
  assert.match(json_report, /2 new, 0 updated, 1 duplicates, 1 failed/);
  assert.match(json_report, /item 3: duplicate of item 1: Senior Rust Engineer/);
  assert.match(json_report, /item 4: no title/);
  const csv_report = await importJobs(page, JOBS_CSV, 'jobs.csv');
  assert.match(csv_report, /2 new, 0 updated, 0 duplicates, 1 failed/);
  assert.match(csv_report, /row 4: no title/);
  const stored = page.getByTestId('stored-jobs');
  assert.match(await stored.textContent(), /^4 jobs stored in this browser \(1 expired\)/,
    'the 2020 posting is marked expired');
  assert.deepEqual(await axeViolations(page), [], 'with the import report and detections shown');
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(widths[0] <= widths[1], `no horizontal scrolling at 360 px (${widths})`);

  // Importing the same rows again (under another name, to tell the reports apart) stores
  // nothing new.
  const again = { name: 'again.csv', mimeType: 'text/csv', buffer: await readFile(JOBS_CSV) };
  assert.match(await importJobs(page, again, 'again.csv'), /0 new, 0 updated, 2 duplicates, 1 failed/);

  // The jobs outlive a reload, and Rank ranks the current ones (not the samples).
  await page.reload();
  await openApp(page, server.url);
  assert.match(await stored.textContent(), /4 jobs stored in this browser \(1 expired\)/);
  assert.match(await openResume(page, RESUME_PDF), /^Detected in jose_nunez\.pdf: /);
  // The expired posting (the 2020 night-shift nurse) stays listed but is not ranked.
  assert.equal(await page.textContent('#rank'), 'Rank 3 current jobs (1 expired left out)');
  await rankAndWait(page);
  const titles = await page.locator('#matches > li .title').allTextContents();
  assert.deepEqual([...titles].sort(), ['Go Platform Engineer', 'Pastry Cook', 'Senior Rust Engineer']);
  assert.equal(titles[0], 'Senior Rust Engineer');

  // Delete them all; the sample jobs are one click away.
  await untilAnswered(page, 'stored-jobs', () => page.click('#delete-jobs'));
  assert.match(await stored.textContent(), /^No jobs stored yet/);
  const samples = await untilAnswered(page, 'import-report', () => page.click('#use-sample-jobs'));
  assert.match(await samples.textContent(), /^Imported sample jobs: 6 new, 0 updated, 0 duplicates, 0 failed/);
  assert.match(await stored.textContent(), /^6 jobs stored/);

  for (const line of console_lines) {
    assert.ok(!line.includes('Núñez') && !line.includes('Ferrocarril'), `resume or job text logged: ${line}`);
  }
  await context.close();
});
