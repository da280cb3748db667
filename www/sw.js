// Candor's service worker: keeps the app shell available offline.
//
// Network first, cache as fallback, so a redeploy is picked up on the next online load and the
// last good shell still opens offline. Only the files of SHELL are ever handled or stored, under
// their own URLs: model files (kept in IndexedDB after verification; caching 90 MB to 1 GB
// twice would only waste quota), the upstream model hosts and any other request go straight to
// the network, and nothing a page asks for with a query string is written to Cache Storage.
//
// Every URL is relative to this script, so the app works from any sub-path of a static host.
// Changing SHELL or this logic: bump CACHE, so the new worker replaces the old cache whole.
const CACHE = 'candor-shell-v2';
const SHELL = [
  './',
  'index.html',
  'app.js',
  'worker.js',
  'style.css',
  'manifest.webmanifest',
  'icons/icon.svg',
  'icons/icon-192.png',
  'icons/icon-512.png',
  'pkg/candor_web.js',
  'pkg/candor_web_bg.wasm',
  'pkg/candor_worker.js',
  'pkg/candor_worker_bg.wasm',
];
const SHELL_URLS = new Set(SHELL.map((path) => new URL(path, self.location).href));
const START_URL = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  // `cache: 'reload'` skips the HTTP cache, so a redeploy never precaches a stale file.
  const requests = SHELL.map((path) => new Request(path, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const bare = `${url.origin}${url.pathname}`;
  const isShellFile = SHELL_URLS.has(bare);
  // A navigation anywhere in the app's scope opens the app offline.
  const isNavigation = request.mode === 'navigate' && bare.startsWith(START_URL);
  if (!isShellFile && !isNavigation) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.status === 200 && isShellFile && url.search === '') {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
        }
        return response;
      })
      .catch(() => caches.open(CACHE)
        .then((cache) => cache.match(isShellFile ? bare : START_URL))
        .then((cached) => cached || Response.error())),
  );
});
