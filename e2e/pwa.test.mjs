// The app as an installable, offline web app served from a sub-path of a static host: the
// service worker precaches the shell (both wasm modules included) with URLs relative to its own
// location, the manifest is valid and linked and its icons load, the model mirror resolves
// under the sub-path, and once the network is really gone (the server is closed, so every
// request fails) a reload still opens the page from the service worker's cache, the worker
// loads MiniLM from IndexedDB and ranking works. No Content-Security-Policy violation happens
// on the way. A redeploy (new files, a new service worker) is picked up by the next online load
// and is what opens offline afterwards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serve } from './server.mjs';
import { launch } from './browser.mjs';
import { watch, cspProblems } from './watch.mjs';
import { SHELL_FILES, rankAndWait, serviceWorkerState } from './page.mjs';

const PREFIX = '/some/sub/path/';
const DOWNLOAD_TIMEOUT = 180_000;
const RESUME = `Senior backend engineer. Eight years of Rust and Go building distributed
services: Tokio, gRPC, PostgreSQL, Kafka. Ran production Kubernetes clusters, wrote Terraform.`;
/** What the service worker must hold for the app to open and rank offline, relative to the app. */
const SHELL = SHELL_FILES;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Every Cache Storage cache of the origin and the URLs it holds. */
function cacheContents(page) {
  return page.evaluate(async () => {
    const contents = {};
    for (const name of await caches.keys()) {
      contents[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    }
    return contents;
  });
}

/** Pastes `resume`, ranks, and waits for the final (not the preliminary) ranking. */
async function rank(page, resume) {
  await page.fill('#resume', resume);
  return {
    rankedBy: await rankAndWait(page),
    ids: await page.locator('#matches > li').evaluateAll((items) => items.map((li) => li.dataset.jobId)),
  };
}

test('served from a sub-path: installable, precached, and ranking with MiniLM offline', async () => {
  const server = await serve({ prefix: PREFIX, csp: true });
  const base = server.base;
  let serverClosed = false;
  const context = await browser.newContext();
  const recorded = await watch(context);
  try {
    // The host serves the site under the prefix only.
    assert.equal(base, `${server.url}some/sub/path/`);
    for (const path of ['', 'index.html', 'worker.js', 'pkg/candor_web.js', 'sw.js']) {
      assert.equal((await fetch(`${server.url}${path}`)).status, 404, `/${path} is outside the site`);
    }
    assert.equal((await fetch(base)).status, 200);

    const page = await context.newPage();
    await page.goto(base);
    const status = page.getByTestId('model-status');
    await status.filter({ hasNotText: 'Starting' }).waitFor();

    // The service worker: registered for the sub-path, active, controlling the page.
    const sw = await serviceWorkerState(page);
    assert.deepEqual(sw, { scope: base, script: `${base}sw.js`, state: 'activated', controller: `${base}sw.js` });

    // The manifest is linked, valid for Chromium, and scoped to the sub-path; its icons load.
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.equal(manifest.url, `${base}manifest.webmanifest`);
    assert.deepEqual(manifest.errors, [], 'Chromium parses the manifest without errors');
    const data = JSON.parse(manifest.data);
    assert.equal(new URL(data.start_url, manifest.url).href, base);
    assert.equal(new URL(data.scope, manifest.url).href, base);
    assert.equal(data.display, 'standalone');
    assert.ok(data.name && data.short_name, 'the manifest names the app');
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // A Playwright context is an incognito profile, where nothing installs; any other reason
    // would be the app's.
    assert.deepEqual(installabilityErrors.filter((error) => error.errorId !== 'in-incognito'), [],
      'Chromium finds the app installable');
    const icons = await page.evaluate(async (icons) => Promise.all(icons.map(async (icon) => {
      const url = new URL(icon.src, new URL('manifest.webmanifest', document.baseURI)).href;
      const response = await fetch(url);
      const image = new Image();
      image.src = url;
      await image.decode();
      return { ...icon, url, status: response.status, contentType: response.headers.get('content-type'),
        size: `${image.naturalWidth}x${image.naturalHeight}` };
    })), data.icons);
    assert.ok(icons.some((icon) => icon.sizes === '192x192') && icons.some((icon) => icon.sizes === '512x512'));
    for (const icon of icons) {
      assert.ok(icon.url.startsWith(base), `icon ${icon.src} resolves under the sub-path`);
      assert.equal(icon.status, 200, icon.url);
      assert.ok(icon.contentType.startsWith(icon.type), `${icon.url} is ${icon.type}, not ${icon.contentType}`);
      if (icon.sizes !== 'any') assert.equal(icon.size, icon.sizes, `${icon.url} is ${icon.sizes}`);
    }

    // The precache: the whole shell including both wasm files, under the sub-path, no models.
    const caches = await cacheContents(page);
    const names = Object.keys(caches);
    assert.equal(names.length, 1, `one shell cache, not ${names}`);
    assert.match(names[0], /^candor-shell-v\d+$/);
    const cached = new Set(caches[names[0]]);
    for (const path of SHELL) assert.ok(cached.has(`${base}${path}`), `${base}${path} is precached`);
    for (const url of cached) assert.ok(url.startsWith(base) && !url.includes('/models/'), `cached ${url}`);
    // Requests with a query string, or for anything but the shell, are never written to the
    // cache (checked once the model is downloaded, long after these fetches finished).
    await page.evaluate(async () => {
      await fetch('style.css?q=Rust+engineer');
      await fetch('index.html?resume=secret');
      await fetch('no-such-file.txt');
    });

    // Download the default model: the mirror is found under the sub-path.
    await page.click('#download-model');
    await status.filter({ hasText: 'stored in this browser' }).waitFor({ timeout: DOWNLOAD_TIMEOUT });
    const models = server.log.filter((entry) => entry.path.includes('/models/'));
    assert.ok(models.length >= 3, 'the model files were fetched');
    for (const entry of models) {
      assert.ok(entry.path.startsWith(`${PREFIX}models/`), `the mirror is under the sub-path: ${entry.path}`);
      assert.ok([200, 206].includes(entry.status), `${entry.path}: ${entry.status}`);
    }
    assert.deepEqual(new Set(Object.values(await cacheContents(page)).flat()), cached,
      'Cache Storage holds the shell and nothing else');
    const online = await rank(page, RESUME);
    assert.match(online.rankedBy, /^Ranked by all-minilm-l6-v2 with/);
    assert.equal(online.ids[0], 'sample-rust-backend');
    assert.deepEqual(cspProblems(recorded, server), [], 'no CSP violation online');

    // Now the network is gone for real: every request to the host fails.
    await server.close();
    serverClosed = true;
    await assert.rejects(fetch(base), 'the host no longer answers');
    const offlineResponses = [];
    context.on('response', (response) => offlineResponses.push(response));
    await page.reload();
    await status.filter({ hasText: 'stored in this browser' }).waitFor();
    assert.equal((await serviceWorkerState(page)).controller, `${base}sw.js`);
    const offline = await rank(page, `${RESUME}\nAlso mentored two junior engineers.`);
    assert.match(offline.rankedBy, /^Ranked by all-minilm-l6-v2 with/, 'MiniLM ran, loaded from IndexedDB');
    assert.equal(offline.ids[0], 'sample-rust-backend');
    assert.equal(offline.ids.length, online.ids.length);

    // Everything the page and its worker loaded came from the service worker.
    const loaded = offlineResponses.map((response) => response.url());
    for (const path of ['', 'app.js', 'worker.js', 'pkg/candor_web_bg.wasm', 'pkg/candor_worker_bg.wasm']) {
      assert.ok(loaded.includes(`${base}${path}`), `${base}${path} was loaded offline (${loaded})`);
    }
    for (const response of offlineResponses) {
      if (response.url().startsWith(base)) {
        assert.ok(response.fromServiceWorker(), `${response.url()} came from the service worker`);
      }
    }
    assert.deepEqual(cspProblems(recorded, server), [], 'no CSP violation offline');
    assert.deepEqual(recorded.dialogs, []);
  } finally {
    await context.close();
    if (!serverClosed) await server.close();
  }
});

/** Waits (polling) until `condition()` resolves true or `ms` pass; returns whether it did. */
async function until(condition, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, 100));
  }
  return true;
}

test('a redeploy is picked up on the next online load and then opens offline', async () => {
  // A copy of the built site (no models: this test ranks nothing) that can be redeployed.
  const root = await mkdtemp(join(tmpdir(), 'candor-redeploy-'));
  await cp(DIST, root, { recursive: true, filter: (source) => !source.startsWith(join(DIST, 'models')) });
  const server = await serve({ root, prefix: PREFIX, csp: true });
  let serverClosed = false;
  const context = await browser.newContext();
  const recorded = await watch(context);
  try {
    const page = await context.newPage();
    await page.goto(server.base);
    await page.getByTestId('model-status').filter({ hasNotText: 'Starting' }).waitFor();
    await serviceWorkerState(page);
    const [firstCache] = Object.keys(await cacheContents(page));
    assert.match(firstCache, /^candor-shell-v\d+$/);

    // Redeploy: a changed stylesheet and a service worker with a new cache version.
    const MARK = '/* redeployed */';
    await writeFile(join(root, 'style.css'), `${await readFile(join(root, 'style.css'), 'utf8')}\n${MARK}\n`);
    const sw = await readFile(join(root, 'sw.js'), 'utf8');
    assert.ok(sw.includes(`'${firstCache}'`), 'sw.js names its cache version in one place');
    await writeFile(join(root, 'sw.js'), sw.replace(`'${firstCache}'`, "'candor-shell-redeployed'"));

    // The next online load installs the new worker, which replaces the old cache whole.
    await page.reload();
    await page.getByTestId('model-status').filter({ hasNotText: 'Starting' }).waitFor();
    const replaced = await until(async () => {
      const names = Object.keys(await cacheContents(page));
      return names.length === 1 && names[0] === 'candor-shell-redeployed';
    });
    assert.ok(replaced, `the new service worker's cache replaces ${firstCache}`);
    const styleUrl = `${server.base}style.css`;
    const cachedStyle = () => page.evaluate(async (url) => (await (await caches.match(url)).text()), styleUrl);
    assert.ok((await cachedStyle()).includes(MARK), 'the new stylesheet is precached');

    // Offline, the redeployed files open.
    await server.close();
    serverClosed = true;
    await page.reload();
    await page.getByTestId('model-status').filter({ hasNotText: 'Starting' }).waitFor();
    const served = await page.evaluate(async (url) => (await fetch(url)).text(), styleUrl);
    assert.ok(served.includes(MARK), 'offline, the page gets the redeployed stylesheet');
    assert.deepEqual(cspProblems(recorded, server), []);
  } finally {
    await context.close();
    if (!serverClosed) await server.close();
    await rm(root, { recursive: true, force: true });
  }
});
