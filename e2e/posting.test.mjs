// The job seeker's loop on the real page, with the real worker and IndexedDB: drop a jobs file
// and a resume anywhere on the page, rank, open the best match's posting (read in full, as
// text; it is marked viewed), follow the link to the original (a new tab with no referrer and
// no opener; where to apply is linked the same way), and track the application through its stages, dated, kept across a reload and
// exported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { axeViolations, download, dropFile, openApp, rankAndWait, today, untilAnswered } from './page.mjs';

const RESUME = `Dana Okafor
Registered Nurse (RN), BLS and ACLS certified
ICU Staff Nurse, Mercy General, 2017 - present: critical care for ventilated patients.`;

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

test('drop a resume, rank, read the best posting, open the original with no referrer, track the application', async () => {
  const original = `${server.url}original-postings/icu-rn-77`;
  const jobs = [
    {
      title: 'ICU Registered Nurse', company: 'Riverside Health', location: 'Portland, OR',
      url: original, apply_url: `${server.url}apply/icu-rn-77`, salary: '$52-$64 an hour', posted_date: today(),
      description: 'Critical care nursing in a 24-bed ICU.\n\nYou hold an active RN licence, BLS and ACLS, and two years of ICU experience. <script>alert(1)</script>',
      requirements: ['Active RN licence', 'ACLS certification'],
    },
    {
      title: 'Pastry Chef', company: 'Crumb', location: 'Austin, TX', url: 'javascript:alert(1)',
      description: 'Laminated doughs and plated desserts.',
    },
  ];
  const context = await browser.newContext({ bypassCSP: true, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, server.url);
  // The page tells postings from a resume wherever they are dropped: the postings on the
  // resume box go to the jobs, the resume dropped where no box is goes to the resume box.
  const report = await untilAnswered(page, 'import-report',
    () => dropFile(page, '#resume', 'jobs.json', JSON.stringify(jobs)));
  assert.match(await report.textContent(), /2 new/);
  assert.equal(await page.inputValue('#resume'), '');
  const detected = await untilAnswered(page, 'detected',
    () => dropFile(page, 'header h1', 'dana-okafor.txt', RESUME));
  assert.match(await detected.textContent(), /^Detected in dana-okafor\.txt: /);
  assert.equal(await page.inputValue('#resume'), RESUME);
  await rankAndWait(page);
  const stage = (name) => page.locator(`.pipeline button[data-stage=${name}]`);
  assert.equal(await stage('suggested').getAttribute('data-count'), '2');
  // What the import added, at a glance, and a minimum grade that narrows the list to it.
  const grades = await page.locator('#matches li.match .grade').allTextContents();
  const goodGrades = grades.filter((grade) => ['A+', 'A', 'B'].includes(grade));
  assert.equal(await page.locator('[data-summary=new]').textContent(),
    `Of the 2 ranked postings your last import added, ${goodGrades.length} ${goodGrades.length === 1 ? 'is' : 'are'} graded B or better.`);
  assert.equal(grades.at(-1), 'F', `the pastry chef fails a nurse: ${grades}`);
  await page.selectOption('#min-grade', 'B');
  assert.deepEqual(await page.locator('#matches li.match .grade').allTextContents(), goodGrades);
  await page.selectOption('#min-grade', '');
  assert.deepEqual(await page.locator('#matches li.match .grade').allTextContents(), grades);

  // The best match opens to the whole posting, as text (the markup in it stays text).
  const best = page.locator('#matches li.match').first();
  assert.equal(await best.locator('.title').textContent(), 'ICU Registered Nurse');
  await best.locator('details.posting summary').click();
  const posting = best.getByTestId('posting');
  await posting.locator('.posting-text').waitFor();
  assert.match(await posting.locator('.posting-facts').textContent(), /^Riverside Health · Portland, OR · \$52-\$64 an hour · posted \d{4}-\d{2}-\d{2}$/);
  const text = await posting.locator('.posting-text').textContent();
  assert.match(text, /Critical care nursing in a 24-bed ICU\./);
  assert.match(text, /<script>alert\(1\)<\/script>/, 'markup in a posting is shown as text');
  assert.equal(await page.locator('#matches script').count(), 0);
  assert.deepEqual(await posting.locator('.posting-requirements li').allTextContents(), ['Active RN licence', 'ACLS certification']);
  // Each requirement's resume evidence, labelled.
  const evidence = await best.locator('ul.evidence li').allTextContents();
  assert.equal(evidence.length, 2);
  assert.ok(evidence.every((line) => /\((no evidence|keywords only|related, incomplete|strong, direct evidence|exceptional ownership)\)$/.test(line)), evidence.join('\n'));
  assert.deepEqual(await axeViolations(page), [], 'axe: a posting opened');

  // Reading it marked it viewed, dated today.
  await best.locator('.badge.status', { hasText: 'viewed' }).waitFor();
  assert.equal(await best.getByTestId('history').textContent(), `History: viewed ${today()}.`);

  // The link to the original: a new tab, no referrer, no opener.
  const link = posting.locator('a.original');
  assert.equal(await link.getAttribute('href'), original);
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(await link.getAttribute('referrerpolicy'), 'no-referrer');
  const apply = posting.locator('a.apply');
  assert.equal(await apply.getAttribute('href'), `${server.url}apply/icu-rn-77`);
  assert.equal(await apply.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(await apply.getAttribute('referrerpolicy'), 'no-referrer');
  assert.equal(await apply.getAttribute('target'), '_blank');
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.waitForLoadState('domcontentloaded');
  assert.equal(tab.url(), original);
  assert.deepEqual(await tab.evaluate(() => [document.referrer, window.opener]), ['', null]);
  await tab.close();

  // A posting whose address is not http(s) has no link.
  const chef = page.locator('#matches li.match', { has: page.locator('.title', { hasText: 'Pastry Chef' }) });
  await chef.locator('details.posting summary').click();
  await chef.getByTestId('posting').locator('.posting-text').waitFor();
  assert.equal(await chef.locator('a.original').count(), 0);
  // Hiding a match leaves the other cards as they were: the best's posting stays open.
  await chef.locator('button[data-status=hidden]').click();
  await chef.waitFor({ state: 'detached' });
  assert.equal(await best.locator('details.posting').getAttribute('open'), '');

  // Track it: applied, then interviewing (from the stage list), each change dated and kept in
  // this browser; the pipeline counts it at its stage and narrows the list to it.
  await best.locator('button[data-status=applied]').click();
  await best.locator('.badge.status', { hasText: 'applied' }).waitFor();
  await best.locator('select.stage-select').selectOption('interviewing');
  await best.locator('.badge.status', { hasText: 'interviewing' }).waitFor();
  const history = `History: viewed ${today()}; applied ${today()}; interviewing ${today()}.`;
  assert.equal(await best.getByTestId('history').textContent(), history);
  await stage('interviewing').filter({ hasText: '1 interviewing' }).waitFor();
  assert.equal(await page.locator('[data-summary=top]').textContent(), 'Of your top 2 matches, 1 shortlisted or further along.');
  assert.equal(await stage('suggested').getAttribute('data-count'), '0', 'the other posting is hidden');
  await stage('interviewing').click();
  assert.equal(await stage('interviewing').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await page.locator('#matches li.match .title').allTextContents(), ['ICU Registered Nurse']);
  assert.deepEqual(await axeViolations(page), [], 'axe: the application track');

  const csv = (await download(page, '#export-csv')).text;
  const row = csv.split('\r\n').find((line) => line.includes('ICU Registered Nurse'));
  assert.ok(row.includes(`,interviewing,viewed ${today()}; applied ${today()}; interviewing ${today()},`) && row.endsWith(`,${original}`), row);

  // After a reload the track is as it was; pressing the status again takes its latest change back.
  await openApp(page, server.url);
  await page.fill('#resume', RESUME);
  await rankAndWait(page);
  await best.getByTestId('history').filter({ hasText: history }).waitFor();
  await best.locator('select.stage-select').selectOption('offer');
  await best.locator('.badge.status', { hasText: 'offer' }).waitFor();
  await best.locator('select.stage-select').selectOption('interviewing');
  await best.locator('.badge.status', { hasText: 'interviewing' }).waitFor();
  await best.locator('button[data-status=applied]').click();
  await best.locator('.badge.status', { hasText: /^applied$/ }).waitFor();
  await best.locator('button[data-status=applied]').click();
  await best.getByTestId('history').filter({ hasText: `interviewing ${today()}; offer ${today()}; interviewing ${today()}.` }).waitFor();
  // Viewed is behind it now: the stage list does not offer it.
  assert.equal(await best.locator('select.stage-select option[value=viewed]').isDisabled(), true);

  // Two presses of Undo before the first is answered take back one change, not two.
  await best.locator('button.take-back').evaluate((button) => { button.click(); button.click(); });
  await best.locator('.badge.status', { hasText: 'offer' }).waitFor();
  await best.getByTestId('history').filter({ hasText: new RegExp(`interviewing ${today()}; offer ${today()}\\.$`) }).waitFor();
  // A change sent after both is stored after both: the second took back nothing more.
  await best.locator('button[data-status=shortlisted]').click();
  await best.locator('.badge.status', { hasText: 'shortlisted' }).waitFor();
  assert.match(await best.getByTestId('history').textContent(),
    new RegExp(`interviewing ${today()}; offer ${today()}; shortlisted ${today()}\\.$`));
  await context.close();
});
