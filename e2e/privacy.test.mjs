// The privacy promise over a whole session: a real PDF resume is imported, edited and ranked
// against imported jobs with the model; the profile is filled in, statuses set, the matches
// searched and exported, a candidate added in recruiter mode; the page is reloaded and ranks
// again, and all along no
// request of the page, the model worker or the service worker carries any of the resume (in its
// URL, headers or body), every request goes to the app's own origin, none is a POST or PUT, and
// nothing of the resume lands in localStorage, sessionStorage, cookies, Cache Storage or
// IndexedDB. The session runs under the app's policy sent as a header too (so it binds both
// workers) and no CSP violation happens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { SHELL_FILES, fixture, openApp, openResume, rankAndWait, untilAnswered } from './page.mjs';
import { watch, cspProblems } from './watch.mjs';

const RESUME_PDF = fixture('../tests/fixtures/resumes/jose_nunez.pdf');
const JOBS_JSON = fixture('./fixtures/jobs.json');
const DOWNLOAD_TIMEOUT = 180_000;
/** Phrases of the PDF's text found nowhere else (not in the jobs, the app or the model files). */
const PDF_PHRASES = [
  'José Núñez', 'Núñez', 'jose.nunez@example.com', 'jose.nunez', 'Ferrocarril Pagos',
  'settlement service', 'Logística Ñandú', 'Universidad Politécnica', 'route planning',
];
/** The edit typed into the resume box, and phrases of it. */
const EDIT = 'Also led the Quetzal Freight zanahoria migration for Tlaloc Insurance.';
const EDIT_PHRASES = ['Quetzal Freight', 'zanahoria', 'Tlaloc Insurance'];
/** A line added to the resume for a last ranking, and a phrase of it. */
const NEW_RESUME_LINE = 'Volunteer: taught Xochimilco Rowing Club members to build dashboards.';
const NEW_RESUME_PHRASE = 'Xochimilco Rowing';
/** Personal details the person types into the profile: kept in IndexedDB (that is where the
 * profile lives), and nowhere else. */
const PROFILE = { salary: '$187,500', location: 'Villanueva del Pardillo' };
/** A candidate's resume in recruiter mode: stored in the pool (IndexedDB), sent nowhere. */
const CANDIDATE_DOCX = fixture('../tests/fixtures/resumes/zoe_two_column.docx');
const CANDIDATE_PHRASES = ['Zoë Brontë', 'Crème & Co'];
/** What Cache Storage may hold: the service worker's shell, relative to the app. */
const SHELL = new Set(SHELL_FILES);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** `text` folded for comparison: compatibility-normalized (so "Núñez" typed as n + combining
 * tilde, or in full-width letters, is the same) and lower-cased. */
const fold = (text) => text.normalize('NFKC').toLowerCase();

/** `text` and its URL-decoded form, folded, so an encoded or re-normalized phrase is found too. */
function haystacks(text) {
  const found = [fold(text)];
  try {
    found.push(fold(decodeURIComponent(text.replace(/\+/g, ' '))));
  } catch {
    // Not URL-encoded text; the raw form is checked.
  }
  return found;
}

/**
 * What `secret` looks like inside base64 text (standard and URL-safe alphabets), as it was
 * written (NFC) and decomposed (NFD): for each of the three alignments it can have in the
 * encoded bytes, the characters that depend on the secret alone.
 */
function base64Forms(secret) {
  const forms = [];
  for (const written of new Set([secret.normalize('NFC'), secret.normalize('NFD')])) {
    for (const shift of [0, 1, 2]) {
      const encoded = Buffer.concat([Buffer.alloc(shift), Buffer.from(written, 'utf8')]).toString('base64');
      // Drop the group that mixes in the bytes before, and the last (mixed with what follows).
      const bytes = Buffer.byteLength(written) + shift;
      const stable = encoded.slice(shift ? 4 : 0, Math.floor(bytes / 3) * 4);
      if (stable.length >= 8) forms.push(stable, stable.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return forms;
}

/** The secrets of `session` (and `more`) that occur in `text`: as written, URL-encoded,
 * re-normalized, in any case, or base64-encoded. */
function leaked(session, text, more = []) {
  const places = haystacks(text);
  return [...session.secrets, ...more].filter((secret) => places.some((place) => place.includes(fold(secret)))
    || base64Forms(secret).some((form) => text.includes(form)));
}

/** Every string in `value`, however deep (binary values are skipped). */
function strings(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => [key, ...strings(v)]);
  return [];
}

/** Every string key and value of every IndexedDB database of the origin (bytes skipped). */
function indexedDbStrings(page) {
  return page.evaluate(async () => {
    const request = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const out = [];
    const plain = (value) => {
      if (typeof value === 'string') {
        out.push(value);
        // Jobs and their preparations are stored as JSON strings: their strings are read as
        // written, so an escaped secret cannot hide in one.
        if (/^[[{]/.test(value)) {
          try { plain(JSON.parse(value)); } catch { /* not JSON after all */ }
        }
      }
      else if (Array.isArray(value)) value.forEach(plain);
      else if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)
        && !(value instanceof Blob)) {
        for (const [key, inner] of Object.entries(value)) { out.push(key); plain(inner); }
      }
    };
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name));
      for (const store of db.objectStoreNames) {
        const objects = db.transaction(store).objectStore(store);
        (await request(objects.getAllKeys())).forEach(plain);
        // Model shards are bytes only; their records are read one at a time to spare memory.
        if (store === 'shards') continue;
        (await request(objects.getAll())).forEach(plain);
      }
      db.close();
    }
    return out;
  });
}

/**
 * Every binary or blob value in the origin's IndexedDB (records read one at a time), decoded as
 * UTF-8 and UTF-16LE text: which of `folded` (lower-case) and `exact` (base64) occur where.
 */
function binaryLeaks(page, folded, exact) {
  return page.evaluate(async ({ folded, exact }) => {
    const request = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const found = [];
    let values = 0;
    const check = async (value, where) => {
      if (value instanceof Blob) value = await value.arrayBuffer();
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        values += 1;
        for (const encoding of ['utf-8', 'utf-16le']) {
          const text = new TextDecoder(encoding).decode(value);
          const lower = text.toLowerCase();
          for (const secret of folded) if (lower.includes(secret)) found.push(`${where} (${encoding}): ${secret}`);
          for (const form of exact) if (text.includes(form)) found.push(`${where} (${encoding}, base64): ${form}`);
        }
      } else if (value && typeof value === 'object') {
        for (const inner of Object.values(value)) await check(inner, where);
      }
    };
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name));
      for (const store of db.objectStoreNames) {
        const keys = await request(db.transaction(store).objectStore(store).getAllKeys());
        for (const key of keys) {
          const value = await request(db.transaction(store).objectStore(store).get(key));
          await check(value, `${name}/${store} ${JSON.stringify(key)}`);
        }
      }
      db.close();
    }
    return { values, found };
  }, { folded, exact });
}

/** How many vectors the model database caches. */
function storedVectors(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const opened = indexedDB.open('candor');
    opened.onerror = () => reject(opened.error);
    opened.onsuccess = () => {
      const db = opened.result;
      const counted = db.transaction('vectors').objectStore('vectors').count();
      counted.onsuccess = () => { db.close(); resolve(counted.result); };
      counted.onerror = () => reject(counted.error);
    };
  }));
}

/** localStorage, sessionStorage and Cache Storage of the page's origin. */
function webStorage(page) {
  return page.evaluate(async () => {
    const dump = (storage) => Object.fromEntries(Array.from({ length: storage.length }, (_, i) => {
      const key = storage.key(i);
      return [key, storage.getItem(key)];
    }));
    const cached = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      cached[name] = [];
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const type = response.headers.get('content-type') ?? '';
        cached[name].push({ url: request.url, text: type.includes('wasm') ? '' : await response.text() });
      }
    }
    return { local: dump(localStorage), session: dump(sessionStorage), cached };
  });
}

async function rankWithMiniLm(page) {
  assert.match(await rankAndWait(page, DOWNLOAD_TIMEOUT), /^Ranked by all-minilm-l6-v2 with/);
  return page.locator('#matches > li .title').allTextContents();
}

/**
 * The session, in order. Each step gets the shared `session` ({ context, page, server, base,
 * secrets, ... }); the requests made during a step are checked right after it, so a failure
 * names the step that leaked. A step that brings personal text into the app pushes it onto
 * `session.secrets` (allowed nowhere: the job seeker's resume is never stored) or
 * `session.localOnly` (the profile and a recruiter's candidate pool, which are kept in IndexedDB
 * and must appear nowhere else). Steps before 'reload' are proven across the reload too.
 */
const STEPS = [
  ['open the page', async (session) => {
    await openApp(session.page, session.base);
  }],
  ['download the model from the mirror', async ({ page }) => {
    await page.click('#download-model');
    await page.getByTestId('model-status').filter({ hasText: 'stored in this browser' })
      .waitFor({ timeout: DOWNLOAD_TIMEOUT });
  }],
  ['import the PDF resume', async (session) => {
    const { page } = session;
    assert.match(await openResume(page, RESUME_PDF), /^Detected in jose_nunez\.pdf: /);
    session.imported = await page.inputValue('#resume');
    for (const phrase of PDF_PHRASES) {
      assert.ok(session.imported.includes(phrase), `the PDF's text holds "${phrase}"; pick phrases it has`);
    }
    session.secrets.push(...PDF_PHRASES);
    session.texts.push(session.imported);
  }],
  ['edit the resume text', async (session) => {
    session.edited = `${session.imported}\n${EDIT}`;
    await session.page.fill('#resume', session.edited);
    session.secrets.push(...EDIT_PHRASES);
    session.texts.push(session.edited);
  }],
  ['import jobs', async ({ page }) => {
    const report = await untilAnswered(page, 'import-report', () => page.setInputFiles('#import-jobs', JOBS_JSON));
    assert.match(await report.textContent(), /^Imported jobs\.json: /);
    assert.match(await page.getByTestId('stored-jobs').textContent(), /^2 jobs stored/);
  }],
  ['rank, to the end', async (session) => {
    assert.deepEqual(await rankWithMiniLm(session.page), ['Senior Rust Engineer']);
  }],
  ['edit the profile and filters', async (session) => {
    const { page } = session;
    await page.click('#profile summary');
    const fields = [['#profile-salary', PROFILE.salary], ['#profile-location', PROFILE.location],
      ['#filter-companies', 'Harbor Clinic']];
    for (const [i, [field, value]] of fields.entries()) {
      await page.fill(field, value);
      const leave = () => page.press(field, 'Tab');
      // Only the answer to the last edit marks the profile saved.
      await (i < fields.length - 1 ? leave() : untilAnswered(page, 'profile-saved', leave));
    }
    assert.match(await page.getByTestId('profile-saved').textContent(), /^Saved/);
    session.localOnly.push(PROFILE.salary, '187500', PROFILE.location);
  }],
  ['rank with the profile, and set statuses', async (session) => {
    const { page } = session;
    assert.deepEqual(await rankWithMiniLm(page), ['Senior Rust Engineer']);
    const card = page.locator('#matches li.match').first();
    await card.locator('button[data-status=shortlisted]').click();
    await card.locator('.badge.status', { hasText: 'shortlisted' }).waitFor();
    await card.locator('button[data-status=applied]').click();
    await card.locator('.badge.status', { hasText: 'applied' }).waitFor();
  }],
  ['search the matches and export them', async ({ page }) => {
    await page.fill('#match-search', 'rust');
    await page.getByTestId('match-count').filter({ hasText: '1 matches' }).waitFor();
    for (const [button, name] of [['#export-csv', 'candor-matches.csv'], ['#export-json', 'candor-matches.json']]) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      assert.equal(file.suggestedFilename(), name);
      assert.ok(file.url().startsWith('blob:'), `the export is built in the page: ${file.url()}`);
    }
  }],
  ['recruiter mode: add a candidate and rank', async (session) => {
    const { page } = session;
    // The panel lists the stored candidates when it opens: the wait for the import below keys
    // on the count that listing shows.
    await untilAnswered(page, 'candidate-count', () => page.click('#mode-recruiter'));
    const count = await untilAnswered(page, 'candidate-count', () => page.setInputFiles('#candidate-files', CANDIDATE_DOCX));
    assert.match(await count.textContent(), /^1 candidate stored/);
    await untilAnswered(page, 'candidates-ranked-by', () => page.click('#rank-candidates'));
    assert.equal(await page.locator('#ranked-candidates li.match').count(), 1);
    session.localOnly.push(...CANDIDATE_PHRASES);
    await page.click('#mode-seeker');
  }],
  ['reload', async (session) => {
    await openApp(session.page, session.base);
    assert.match(await session.page.getByTestId('model-status').textContent(), /stored in this browser/);
    assert.match(await session.page.getByTestId('stored-jobs').textContent(), /^2 jobs stored/);
    assert.equal(await session.page.inputValue('#resume'), '', 'the resume is not kept across a reload');
  }],
  ['rank again', async (session) => {
    await session.page.fill('#resume', session.edited);
    assert.deepEqual(await rankWithMiniLm(session.page), ['Senior Rust Engineer']);
  }],
  ['rank a resume never ranked before: no vector is cached for it', async (session) => {
    const { page } = session;
    const cached = await storedVectors(page);
    assert.ok(cached >= 1 && cached <= 2, `one cached vector per posting the model read, not ${cached}`);
    const text = `${session.edited}\n${NEW_RESUME_LINE}`;
    session.secrets.push(NEW_RESUME_PHRASE);
    session.texts.push(text);
    await page.fill('#resume', text);
    assert.deepEqual(await rankWithMiniLm(page), ['Senior Rust Engineer']);
    assert.equal(await storedVectors(page), cached, 'the postings\' vectors are all the cache holds');
  }],
];

/** Fails if any request recorded during `step` leaves the origin, writes, or carries a secret. */
function checkRequests(session, step) {
  for (const request of session.requests.filter((r) => r.step === step)) {
    const where = `${step}: ${request.method} ${request.url} (${request.by})`;
    assert.equal(new URL(request.url).origin, session.origin, `cross-origin request in ${where}`);
    assert.ok(['GET', 'HEAD'].includes(request.method), `a ${request.method} request in ${where}`);
    assert.equal(request.body, '', `a request body in ${where}`);
    const inRequest = [request.url, request.body, ...Object.values(request.headers)]
      .flatMap((text) => leaked(session, text, session.localOnly));
    assert.deepEqual(inRequest, [], `resume text in ${where}`);
  }
}

test('a whole session sends nothing of the resume anywhere and stores none of it', async () => {
  const server = await serve({ csp: true });
  const context = await browser.newContext();
  const recorded = await watch(context);
  const session = {
    context, server, base: server.base, origin: new URL(server.base).origin,
    // `secrets` may be nowhere; `localOnly` (profile, candidates' resumes) only in IndexedDB.
    page: null, secrets: [], localOnly: [], texts: [], requests: [], console: [],
  };
  let step = 'start';
  context.on('request', (request) => {
    session.requests.push({
      step,
      by: request.serviceWorker() ? 'service worker' : 'page or model worker', method: request.method(), url: request.url(),
      body: request.postData() ?? '', headers: request.headers(),
    });
  });
  try {
    session.page = await context.newPage();
    // The context's console: the page's, the model worker's and the service worker's.
    context.on('console', (message) => session.console.push({
      text: message.text(), from: message.worker()?.url() ?? message.page()?.url() ?? 'unknown',
    }));
    for (const [name, run] of STEPS) {
      step = name;
      await run(session);
      checkRequests(session, name);
    }
    step = 'checks';

    // The recorder saw the workers' requests too, so the checks above covered them.
    assert.ok(session.requests.some((r) => r.by === 'service worker'), 'service worker requests are recorded');
    assert.ok(session.requests.some((r) => r.url.includes('/models/')), 'the model worker\'s requests are recorded');
    // The server agrees: reads only, all on its origin (anything else would not reach it).
    // Its log has each request line as sent, query string included.
    for (const entry of server.log) {
      assert.ok(['GET', 'HEAD'].includes(entry.method), `${entry.method} ${entry.url}`);
      assert.deepEqual(leaked(session, entry.url, session.localOnly), [], `resume text in ${entry.url}`);
    }

    // Nothing of the resume is stored by the page, the service worker or the model worker.
    const { page } = session;
    const stored = await webStorage(page);
    assert.deepEqual(stored.local, {}, 'localStorage is untouched');
    assert.deepEqual(leaked(session, JSON.stringify(stored), session.localOnly), [], 'personal text in web storage');
    assert.deepEqual(stored.session, {}, 'sessionStorage is untouched');
    assert.deepEqual(await context.cookies(), [], 'no cookies');
    for (const [name, entries] of Object.entries(stored.cached)) {
      for (const { url, text } of entries) {
        assert.ok(url.startsWith(session.base) && SHELL.has(url.slice(session.base.length)),
          `cache ${name} holds ${url}, which is not a shell file`);
        assert.deepEqual(leaked(session, text, session.localOnly), [], `resume text in the cached ${url}`);
      }
    }
    // IndexedDB holds the model, its job vectors and the imported jobs: no resume text, and no
    // record keyed by a hash of the resume (as a cached resume vector would be).
    const digests = session.texts.map((text) => createHash('sha256').update(text).digest('hex'));
    const inDb = await indexedDbStrings(page);
    assert.ok(inDb.some((text) => text.includes('Senior Rust Engineer')), 'the jobs are read back from IndexedDB');
    assert.deepEqual(inDb.flatMap((text) => leaked(session, text)), [], 'resume text in IndexedDB');
    assert.deepEqual(inDb.filter((text) => digests.some((digest) => text.includes(digest))), [],
      'a record keyed by the resume\'s hash in IndexedDB');
    // Bytes too: every binary or blob value (the model's shards, the cached vectors) read as
    // text, in UTF-8 and UTF-16.
    const binary = await binaryLeaks(page, session.secrets.flatMap((secret) => [
      ...new Set([fold(secret), secret.normalize('NFD').toLowerCase()]),
    ]), session.secrets.flatMap(base64Forms));
    assert.ok(binary.values > 0, 'binary values were read');
    assert.deepEqual(binary.found, [], 'resume text in a binary IndexedDB value');
    // Each context's console is recorded: a line logged in each now shows up.
    const [serviceWorker] = context.serviceWorkers();
    const [modelWorker] = page.workers();
    for (const target of [page, modelWorker, serviceWorker]) await target.evaluate(() => console.info('candor console probe'));
    assert.ok(await until(() => session.console.filter((line) => line.text === 'candor console probe').length === 3),
      `the probe is logged by the page, the model worker and the service worker: ${JSON.stringify(session.console.filter((line) => line.text === 'candor console probe'))}`);
    assert.deepEqual(session.console.flatMap((line) => leaked(session, line.text, session.localOnly)), [],
      'resume text logged');
    // The profile and the candidate pool are where they belong: in this browser's IndexedDB.
    for (const kept of [PROFILE.salary, PROFILE.location, CANDIDATE_PHRASES[0]]) {
      assert.ok(inDb.some((text) => text.includes(kept)), `"${kept}" is kept in IndexedDB`);
    }

    assert.deepEqual(cspProblems(recorded, server), []);
    assert.deepEqual(recorded.dialogs, []);
  } finally {
    await context.close();
    await server.close();
  }
});

/** Waits (polling) until `condition()` holds or `ms` pass; returns whether it held. */
async function until(condition, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, 50));
  }
  return true;
}

// The policy the session ran under binds the model worker and the service worker only because
// the host sends it as a header: a worker never inherits the page's meta tag. Both halves are
// shown with every way a script could reach another origin: fetch, WebSocket, EventSource and
// sendBeacon (and an image, in the page), towards a server that answers all of them (CORS on)
// and logs every request, WebSocket handshakes included.
const PROBES = {
  fetch: (url) => fetch(url).then((response) => `fetched ${response.status}`, () => 'failed'),
  websocket: (url) => new Promise((resolve) => {
    if (typeof WebSocket === 'undefined') return resolve('absent');
    try {
      const socket = new WebSocket(url.replace(/^http/, 'ws'));
      socket.onopen = () => resolve('opened');
      socket.onerror = () => resolve('failed');
    } catch {
      resolve('failed');
    }
  }),
  eventsource: (url) => new Promise((resolve) => {
    if (typeof EventSource === 'undefined') return resolve('absent');
    const source = new EventSource(url);
    source.onopen = () => { source.close(); resolve('opened'); };
    source.onerror = () => { source.close(); resolve('failed'); };
  }),
  beacon: (url) => (self.navigator.sendBeacon ? String(navigator.sendBeacon(url, 'probe')) : 'absent'),
  image: (url) => new Promise((resolve) => {
    if (typeof Image === 'undefined') return resolve('absent');
    const image = new Image();
    image.onload = () => resolve('loaded');
    image.onerror = () => resolve('failed');
    image.src = url;
  }),
};

test('the header policy binds the page and both workers to the origin; the meta tag binds the page only', async () => {
  const elsewhere = await serve({ cors: true });
  try {
    for (const csp of [true, false]) {
      const server = await serve({ csp });
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(server.base);
        await page.getByTestId('model-status').filter({ hasNotText: 'Starting' }).waitFor();
        await page.evaluate(() => navigator.serviceWorker.ready);
        const [worker] = page.workers();
        const [serviceWorker] = context.serviceWorkers();
        assert.ok(worker && serviceWorker, 'the model worker and the service worker run');
        const url = (where, kind) => `${elsewhere.url}probe-${where}-${kind}-${csp}`;
        const tried = [];
        for (const [where, target] of [['page', page], ['worker', worker], ['sw', serviceWorker]]) {
          for (const [kind, probe] of Object.entries(PROBES)) {
            const result = await target.evaluate(`(${probe})(${JSON.stringify(url(where, kind))})`);
            if (result !== 'absent') tried.push(`${where} ${kind}`);
          }
        }
        assert.deepEqual(tried.filter((probe) => probe.startsWith('page')).length, 5, 'every probe runs in the page');
        // Beacons and reports are sent by the browser after the fact.
        const reached = () => tried.filter((probe) => {
          const [where, kind] = probe.split(' ');
          return elsewhere.log.some((entry) => entry.path === `/probe-${where}-${kind}-${csp}`);
        });
        if (csp) {
          await until(() => server.cspReports.length >= tried.length);
          const blocked = server.cspReports.map((report) => report['blocked-uri'].replace(/^ws/, 'http'));
          assert.deepEqual(tried.filter((probe) => !blocked.includes(url(...probe.split(' ')))), [],
            'each attempt is reported as blocked');
          assert.deepEqual(reached(), [], 'nothing reached the other origin');
        } else {
          // The workers' attempts reach the other server (its log shows them); the page's do not.
          await until(() => reached().length >= tried.filter((probe) => !probe.startsWith('page')).length);
          assert.deepEqual(reached(), tried.filter((probe) => !probe.startsWith('page')),
            'without the header, only the page is bound by the policy');
        }
      } finally {
        await context.close();
        await server.close();
      }
    }
  } finally {
    await elsewhere.close();
  }
});
