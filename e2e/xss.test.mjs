// Hostile job files and resumes are text, never markup: a jobs JSON whose every field carries an
// XSS payload, and a resume full of them, are imported, stored, listed and ranked through the
// real page. Nothing runs (no `window.__pwned`, no dialog, no CSP violation), no element of a
// payload reaches the DOM, the payloads show literally where the page shows those fields, and
// no `javascript:` URL is stored or linked: each match is opened to its whole posting, the one
// place the page links a posting's address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { watch, cspProblems } from './watch.mjs';
import { openApp, rankAndWait, untilAnswered } from './page.mjs';

const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">';
const SCRIPT = '<script>window.__pwned=1;alert(2)</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const IFRAME = "'><iframe src=\"javascript:window.__pwned=1\"></iframe>";
const JOBS = [
  {
    platform: 'Evil Board',
    external_job_id: 'x-1',
    title: `Senior Rust Engineer ${IMG}`,
    company: `Acme ${SCRIPT}`,
    location: `Madrid ${SVG}`,
    description: `Build payment services in Rust and Go. ${IMG} PostgreSQL, Kafka and Kubernetes. ${SCRIPT}`,
    skills: ['Rust', IMG, SVG],
    job_url: 'javascript:window.__pwned=1',
    posted_date: '2 days ago',
  },
  {
    platform: 'Evil Board',
    external_job_id: 'x-2',
    title: `Go Platform Engineer ${SVG}`,
    company: `Globex ${IFRAME}`,
    location: `Remote ${IMG}`,
    // Real HTML markup next to the payloads: the importer converts it to text.
    description: `<p>Run Kubernetes and Go services.</p><ul><li>Terraform</li></ul>${SCRIPT}<p>${IMG}</p>`,
    skills: `Go; ${SCRIPT}`,
    url: ' JaVaScRiPt:window.__pwned=1',
    posted_date: '3 days ago',
  },
  {
    // The same posting again, so the import report quotes its title.
    platform: 'Evil Board',
    external_job_id: 'x-1',
    title: `Senior Rust Engineer ${IMG}`,
    company: `Acme ${SCRIPT}`,
    description: `Build payment services in Rust and Go. ${IMG} PostgreSQL, Kafka and Kubernetes. ${SCRIPT}`,
  },
];
const RESUME = `${IMG} Senior backend engineer ${SVG}. Eight years of Rust and Go ${SCRIPT}:
PostgreSQL, Kafka, Kubernetes and Terraform in production. ${IFRAME}
javascript:window.__pwned=1`;

let browser;
let server;
before(async () => { browser = await launch(); server = await serve({ csp: true }); });
after(async () => { await browser?.close(); await server?.close(); });

/** Elements no page state of Candor has, attributes that run code, and `javascript:` URLs. */
function injected(page) {
  return page.evaluate(() => {
    const found = [];
    for (const element of document.querySelectorAll('img, svg, iframe, object, embed, frame, script')) {
      // The one script of the shell: app.js, loaded by index.html.
      if (element.tagName === 'SCRIPT' && element.getAttribute('src') === 'app.js') continue;
      found.push(element.outerHTML);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) found.push(`${element.tagName} ${name}=${value}`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)
          && /^\s*javascript:/i.test(value)) found.push(`${element.tagName} ${name}=${value}`);
      }
    }
    return found;
  });
}

/** Every stored job record of the `candor-user` database. */
function storedJobs(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('candor-user');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('jobs').objectStore('jobs').getAll();
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(all.error);
    };
  }));
}

/** Every string in `value`, however deep; a record stored as a JSON string is read as JSON. */
function strings(value) {
  if (typeof value === 'string') {
    return /^[[{]/.test(value) ? [value, ...strings(JSON.parse(value))] : [value];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// Twice: under the app's policy, and with the policy bypassed, so that the page's rendering is
// proven safe by itself (the policy would block an inline handler even if one got through).
for (const bypassCSP of [false, true]) {
  test(`payloads in a job file and a resume stay text (${bypassCSP ? 'CSP bypassed' : 'CSP enforced'})`, async () => {
    await session(await browser.newContext({ bypassCSP }));
  });
}

async function session(context) {
  const recorded = await watch(context);
  const page = await context.newPage();
  try {
    await openApp(page, server.base);
    const report = await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', {
      name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(JOBS)),
    }));
    const reportText = await report.textContent();
    assert.match(reportText, /^Imported evil\.json: /);
    assert.match(reportText, /2 new, 0 updated, 1 duplicates, 0 failed/);
    assert.ok(reportText.includes(`Senior Rust Engineer ${IMG}`), `the report quotes the title as text: ${reportText}`);
    assert.match(await page.getByTestId('stored-jobs').textContent(), /^2 jobs stored/);

    // No `javascript:` URL survives the import, whatever its case or leading space.
    const stored = await storedJobs(page);
    assert.equal(stored.length, 2);
    const scriptUrls = stored.flatMap(strings).filter((text) => /^\s*javascript:/i.test(text));
    assert.deepEqual(scriptUrls, [], 'no javascript: URL is stored');

    // The stored list (inside <details>) shows the titles and companies literally.
    await page.click('summary');
    const listed = await page.locator('#stored-jobs > li').evaluateAll((items) => items.map((li) => li.textContent));
    assert.ok(listed.some((text) => text.includes(`Senior Rust Engineer ${IMG}`) && text.includes(`Acme ${SCRIPT}`)), listed.join('\n'));
    assert.ok(listed.some((text) => text.includes(`Go Platform Engineer ${SVG}`) && text.includes(`Globex ${IFRAME}`)), listed.join('\n'));

    await page.fill('#resume', RESUME);
    await rankAndWait(page);
    const cards = page.locator('#matches > li');
    assert.equal(await cards.count(), 2);
    const titles = await cards.locator('.title').allTextContents();
    const companies = await cards.locator('.company').allTextContents();
    assert.deepEqual([...titles].sort(), [`Go Platform Engineer ${SVG}`, `Senior Rust Engineer ${IMG}`]);
    assert.deepEqual([...companies].sort(), [`Acme ${SCRIPT}`, `Globex ${IFRAME}`]);
    assert.equal(await page.inputValue('#resume'), RESUME, 'the resume box holds the text as typed');
    for (const card of await cards.all()) {
      await card.locator('details.posting summary').click();
      await card.getByTestId('posting').locator('.posting-text').waitFor();
    }
    assert.ok((await page.locator('.posting-text').allTextContents()).some((text) => text.includes(SCRIPT)), 'the description shows the payload as text');
    assert.equal(await page.locator('a.original').count(), 0, 'no posting address is a link');

    // Nothing ran and nothing was parsed as markup, in the page or by the policy's account.
    assert.deepEqual(await injected(page), []);
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
    assert.deepEqual(recorded.dialogs, []);
    assert.deepEqual(cspProblems(recorded, server), []);
  } finally {
    await context.close();
  }
}
