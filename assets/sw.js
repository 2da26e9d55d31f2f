// The service worker: keeps every file of one build in a cache named after that build, so the
// editor opens and works with the network off after one online visit.
//
// Why by hand rather than a generator (Workbox): the whole job is "precache this list, serve it
// cache-first, drop older builds", and it must run from any folder of any static host with no
// build-time bundler and no script from anywhere else.
//
// A new build is installed beside the running one and then waits: it takes over only when the
// user accepts the "Update available" prompt (the page posts `skip-waiting`), so the code never
// changes under someone who is editing. Every URL here is relative to this file, so the worker's
// scope is the folder the app is served from.

// Written by scripts/hooks/post-build.mjs at build time: the build's id and its files, relative
// to this worker. Keep this on one line; the hook replaces the whole line.
const PRECACHE = { build: 'unbuilt', files: [] }; // precache-manifest

const INDEX_URL = new URL('./index.html', self.location).href;
const SCOPE_URL = new URL('./', self.location).href;
// Caches carry the folder the app is served from, so two deployments on one origin
// (production and staging under two paths) never drop each other's builds.
const CACHE_PREFIX = `ctpat-editor ${SCOPE_URL} `;
const CACHE_NAME = CACHE_PREFIX + PRECACHE.build;
// How caches were named before they carried the folder: such a cache is ours only if it holds
// this folder's index.html.
const UNSCOPED_CACHE_PREFIX = 'ctpat-editor-';

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(dropOtherBuilds().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') {
    self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE_URL)) {
    return;
  }
  event.respondWith(respond(request));
});

/** Fetches every file of this build, bypassing the HTTP cache, into this build's cache. */
async function precache() {
  const cache = await caches.open(CACHE_NAME);
  const requests = PRECACHE.files.map(
    (file) => new Request(new URL(file, self.location).href, { cache: 'no-cache' }),
  );
  await cache.addAll(requests);
}

/** Deletes the caches of every other build of this deployment (and nothing that is not ours:
 * not another deployment's, not another app's). */
async function dropOtherBuilds() {
  const names = await caches.keys();
  await Promise.all(
    names.map(async (name) => {
      const olderBuildOfOurs = name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME;
      const unscopedOfOurs =
        name.startsWith(UNSCOPED_CACHE_PREFIX) && (await (await caches.open(name)).match(INDEX_URL)) !== undefined;
      if (olderBuildOfOurs || unscopedOfOurs) await caches.delete(name);
    }),
  );
}

/**
 * Cache first: the build that is running is the build that is cached. Opening the app's folder
 * (or any page of it) gets this build's index.html; there is no path routing, so nothing else
 * needs a rewrite. Anything not in the build goes to the network.
 */
async function respond(request) {
  const cache = await caches.open(CACHE_NAME);
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  const isAppPage = request.mode === 'navigate' && (url.href === SCOPE_URL || url.href === INDEX_URL);
  const cached = await cache.match(isAppPage ? INDEX_URL : request, { ignoreSearch: true });
  return cached ?? fetch(request);
}
