// Candor's service worker: keeps the app shell available offline.
//
// Network first, cache as fallback, so a redeploy is picked up on the next online load and the
// last good shell still opens offline. Model files are deliberately not handled: they live in
// IndexedDB after verification, and caching 90 MB to 1 GB twice would only waste quota.
const CACHE = 'candor-shell-v1';
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

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const isShell = event.request.method === 'GET'
    && url.origin === self.location.origin
    && !url.pathname.includes('/models/');
  if (!isShell) return;
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(event.request, copy)));
        }
        return response;
      })
      .catch(() => caches.match(event.request, { ignoreSearch: true })
        .then((cached) => cached || Response.error())),
  );
});
