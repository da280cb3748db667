// Boots the Leptos app (its wasm start function mounts the page) and registers the service
// worker that makes the shell available offline.
import init from './pkg/candor_web.js';

await init();

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((error) => {
    // Offline support is optional; the app works without it.
    console.warn('Candor: service worker not registered:', error.message);
  });
}
