// Installs the service worker (sw.js, beside this page) and tells the app when a newer build
// is installed and waiting, so it can offer "Update available — reload".
//
// The app (src/state/app_update.rs) and this file speak through the window:
// - here → app: `<html data-app-update="ready">` and the `ctpat-update-ready` event, once a new
//   build waits (the attribute covers an update found before the app has started);
// - app → here: the `ctpat-update-accept` event, when the user chooses to reload.
// Only then does the waiting build take over (`skip-waiting`), and the page reloads into it.

const READY_EVENT = 'ctpat-update-ready';
const ACCEPT_EVENT = 'ctpat-update-accept';
const WORKER_URL = './sw.js';
// How often a tab left open all day looks for a newer build.
const CHECK_EVERY_MS = 60 * 60 * 1000;

async function start() {
  const registration = await navigator.serviceWorker.register(WORKER_URL, { scope: './' });
  let waiting = null;
  let accepted = false;

  const offer = (worker) => {
    waiting = worker;
    document.documentElement.dataset.appUpdate = 'ready';
    window.dispatchEvent(new Event(READY_EVENT));
  };
  // A build that installs while an older one controls the page waits for the user.
  const watch = (worker) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  };

  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watch(registration.installing);
  });

  window.addEventListener(ACCEPT_EVENT, () => {
    accepted = true;
    if (waiting && waiting.state === 'installed') {
      waiting.postMessage({ type: 'skip-waiting' });
    } else {
      // Another tab already let the new build take over: it controls this page too.
      window.location.reload();
    }
  });
  // The first install also takes control (no reload then: it is the build already running).
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) window.location.reload();
  });

  setInterval(() => {
    registration.update().catch(() => {
      // Offline or the host is unreachable: the next check will try again.
    });
  }, CHECK_EVERY_MS);
}

if ('serviceWorker' in navigator) {
  start().catch((error) => {
    // Without a worker the app still works online; only offline use is lost.
    console.warn('The editor could not be made available offline:', error);
  });
}
