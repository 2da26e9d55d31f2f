// Helpers for the offline journeys: waiting for the service worker, reading the caches, and
// publishing a second build of the app on the same address, as a host does on a new release.
import { cp, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './static-server.mjs';

const PRECACHE_BUILD = /"build":"([^"]+)"/;

/** Waits until the service worker has cached the build and controls the page. */
export async function untilWorkingOffline(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 15000,
  });
}

/** The names of the app's caches in the page's browser profile, sorted. */
export async function appCacheNames(page) {
  const names = await page.evaluate(() => caches.keys());
  return names.filter((name) => name.startsWith('ctpat-editor')).sort();
}

/** The name of the cache of `build` for the app served from the folder `scope` (a URL). */
export function cacheName(scope, build) {
  return `ctpat-editor ${scope} ${build}`;
}

/** The build id the post-build hook wrote into a build's service worker. */
export async function buildIdOf(folder) {
  const worker = await readFile(join(folder, 'sw.js'), 'utf8');
  const [, build] = worker.match(PRECACHE_BUILD) ?? [];
  if (!build) throw new Error(`${folder}/sw.js carries no build id: was it built by trunk?`);
  return build;
}

/**
 * Two releases of the app from one build: `first` is a copy of `dist`, `next` a copy whose
 * service worker carries another build id (as a new release would). Served from one address
 * under `basePath`; `publish('next')` switches what the host serves, at once.
 */
export async function serveTwoReleases(dist, basePath = '/ctpat/editor/') {
  const folder = await mkdtemp(join(tmpdir(), 'ctpat-releases-'));
  const releases = { first: join(folder, 'first'), next: join(folder, 'next') };
  await cp(dist, releases.first, { recursive: true });
  await cp(dist, releases.next, { recursive: true });
  const firstBuild = await buildIdOf(releases.first);
  const nextBuild = `${firstBuild}-next`;
  const worker = join(releases.next, 'sw.js');
  await writeFile(
    worker,
    (await readFile(worker, 'utf8')).replace(PRECACHE_BUILD, `"build":"${nextBuild}"`),
  );

  const served = join(folder, 'site');
  await symlink(releases.first, served);
  const server = await serveStatic(served, basePath);
  return {
    url: server.url,
    builds: { first: firstBuild, next: nextBuild },
    /** Makes the host serve the named release from now on. */
    async publish(release) {
      const link = join(folder, 'site.new');
      await symlink(releases[release], link);
      await rename(link, served);
    },
    async close() {
      await server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
