// Offline use and updates, as a user meets them: after one online visit the editor opens with
// the network off, from a sub-path or from the site root; a new release is offered, never
// forced (a tab left open looks for one every hour), and once accepted it replaces the old one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, DIST, openApp, watchedPage } from './support/app.mjs';
import { appCacheNames, buildIdOf, cacheName, serveTwoReleases, untilWorkingOffline } from './support/offline.mjs';
import { createWorkspace, fillMainAccount, unlock, waitUntilSaved } from './support/journeys.mjs';
import { recordPolicyViolations } from './support/policy.mjs';
import { serveStatic } from './support/static-server.mjs';

const app = appForTheseTests();

/** A page in a fresh browser profile whose policy violations are recorded too. */
async function newWatchedPage() {
  const page = await app.newPage();
  page.violations = await recordPolicyViolations(page);
  return page;
}

test('after one visit the editor opens and switches language with the network off', async () => {
  const page = await newWatchedPage();
  await openApp(page, app.url);
  await untilWorkingOffline(page);

  await page.context().setOffline(true);
  await page.reload();
  await page.locator('.app-header__product', { hasText: 'C-TPAT Profile Editor' }).waitFor();
  // Spanish was never chosen online: its texts come from the copy kept at the first visit.
  await page.getByLabel('Language').selectOption({ label: 'Español (México)' });
  await page.locator('.app-header__product', { hasText: 'Editor de perfil C-TPAT' }).waitFor();

  await page.reload();
  await page.locator('.app-header__product', { hasText: 'Editor de perfil C-TPAT' }).waitFor();
  assert.equal(await page.getByLabel('Idioma').inputValue(), 'es-MX');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es-MX');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.violations, []);
});

test('after one visit, the workspace is unlocked, edited and kept with the network off', async () => {
  const page = await newWatchedPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await untilWorkingOffline(page);

  await page.context().setOffline(true);
  await page.reload();
  await unlock(page);
  await page.getByLabel('Legal name of the company').fill('Acme Cross-Border Imports');
  await waitUntilSaved(page);
  await page.reload();
  await unlock(page);

  assert.equal(await page.getByLabel('Legal name of the company').inputValue(), 'Acme Cross-Border Imports');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.violations, []);
});

test('with the network off, onboarding is finished, an account added and a signed backup exported', async () => {
  const page = await newWatchedPage();
  await openApp(page, app.url);
  await untilWorkingOffline(page);

  await page.context().setOffline(true);
  await page.reload();
  await createWorkspace(page);
  await fillMainAccount(page, 'Offline Freight');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Business type').selectOption('importer');
  await page.getByLabel('Importer of record number').fill('12-345678900');
  await page.getByLabel('CBP bond number').fill('99-1234567');
  await page.getByLabel('Account name').fill('Offline imports');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Export and import' }).click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const file = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
  assert.equal(file.profile.format, 'ctpat-workspace-backup');
  assert.equal(file.profile.workspace.organization.legalName, 'Offline Freight');
  assert.match(file.signature.signature, /^[A-Za-z0-9_-]{86}$/, 'a 64-byte ES256 signature');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.violations, []);
});

test('the service worker looks after the folder the app is served from, and only that', async () => {
  const page = await newWatchedPage();
  await openApp(page, app.url);
  await untilWorkingOffline(page);

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, app.url);
  const cached = await page.evaluate(async () => {
    const [name] = await caches.keys();
    return (await (await caches.open(name)).keys()).map((request) => request.url);
  });
  assert.ok(cached.includes(`${app.url}index.html`), 'the page itself is cached');
  assert.deepEqual(cached.filter((url) => !url.startsWith(app.url)), [], 'nothing outside the app folder');
  assert.deepEqual(await appCacheNames(page), [cacheName(app.url, await buildIdOf(DIST))]);
  assert.deepEqual(page.problems, []);
});

test('the app can be installed: its manifest names it and its icons load from the app folder', async () => {
  const page = await newWatchedPage();
  await openApp(page, app.url);

  const manifest = await page.evaluate(async () => {
    const url = document.querySelector('link[rel="manifest"]').href;
    const { name, start_url: start, scope, icons } = await (await fetch(url)).json();
    const loaded = await Promise.all(
      icons.map(async (icon) => {
        const src = new URL(icon.src, url).href;
        const response = await fetch(src);
        const image = new Image();
        image.src = src;
        await image.decode();
        const size = `${image.naturalWidth}x${image.naturalHeight}`;
        return { declared: icon.sizes, type: response.headers.get('content-type'), size };
      }),
    );
    return { name, start: new URL(start, url).href, scope: new URL(scope, url).href, loaded };
  });

  assert.equal(manifest.name, 'C-TPAT Profile Editor');
  assert.equal(manifest.start, app.url);
  assert.equal(manifest.scope, app.url);
  assert.deepEqual(
    manifest.loaded.map(({ declared, type }) => [declared, type]),
    [
      ['any', 'image/svg+xml'],
      ['192x192', 'image/png'],
      ['512x512', 'image/png'],
    ],
  );
  const bitmaps = manifest.loaded.filter(({ type }) => type === 'image/png');
  assert.deepEqual(bitmaps.map(({ size }) => size), bitmaps.map(({ declared }) => declared), 'each image is the size it claims');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(page.violations, []);
});

test('served from the root of a site, the app also works offline after one visit', async () => {
  const site = await serveStatic(DIST, '/');
  const context = await app.browser.newContext();
  try {
    const page = watchedPage(await context.newPage());
    await openApp(page, site.url);
    await untilWorkingOffline(page);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), site.url);

    await context.setOffline(true);
    await page.reload();
    await page.locator('.app-header__product', { hasText: 'C-TPAT Profile Editor' }).waitFor();
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
    await site.close();
  }
});

test('a new release waits for the user, then replaces the old one when they choose to reload', async () => {
  const host = await serveTwoReleases(DIST);
  const context = await app.browser.newContext();
  try {
    const page = watchedPage(await context.newPage());
    const violations = await recordPolicyViolations(page);
    await openApp(page, host.url);
    await untilWorkingOffline(page);
    assert.deepEqual(await appCacheNames(page), [cacheName(host.url, host.builds.first)]);

    await host.publish('next');
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
    await prompt.waitFor({ timeout: 15000 });

    // Offered, not forced: the page stays as it is and the running release keeps its cache.
    await page.evaluate(() => {
      window.stillTheSamePage = true;
    });
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.stillTheSamePage), true);
    assert.deepEqual(await appCacheNames(page), [
      cacheName(host.url, host.builds.first),
      cacheName(host.url, host.builds.next),
    ]);

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await page.locator('.app-header__product').waitFor();
    assert.equal(await page.evaluate(() => window.stillTheSamePage), undefined, 'the page reloaded');
    assert.deepEqual(await appCacheNames(page), [cacheName(host.url, host.builds.next)]);
    assert.equal(await page.getByRole('status').textContent(), '', 'no prompt once up to date');
    assert.deepEqual(page.problems, []);
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
    await host.close();
  }
});

test('a tab left open finds a new release within the hour, without a reload', async () => {
  const host = await serveTwoReleases(DIST);
  const context = await app.browser.newContext();
  try {
    const page = watchedPage(await context.newPage());
    // The page's clock runs as usual, but the test can move it on by an hour.
    await page.clock.install();
    await openApp(page, host.url);
    await untilWorkingOffline(page);
    await host.publish('next');

    // Before the hour is up the running release keeps quiet about the new one.
    const prompt = page.getByRole('status').filter({ hasText: 'Update available' });
    await page.clock.fastForward('58:00');
    await page.waitForTimeout(1500);
    assert.equal(await prompt.count(), 0, 'no prompt before the hourly check');

    await page.clock.fastForward('02:30');
    await prompt.waitFor({ timeout: 15000 });
    assert.deepEqual(await appCacheNames(page), [
      cacheName(host.url, host.builds.first),
      cacheName(host.url, host.builds.next),
    ]);
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
    await host.close();
  }
});

test('the update prompt speaks the language the user chose', async () => {
  const host = await serveTwoReleases(DIST);
  const context = await app.browser.newContext();
  try {
    const page = watchedPage(await context.newPage());
    await openApp(page, host.url);
    await untilWorkingOffline(page);
    await page.getByLabel('Language').selectOption({ label: 'Français (Canada)' });
    await page.locator('html[lang="fr-CA"]').waitFor({ state: 'attached' });

    await host.publish('next');
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'Mise à jour disponible' });
    await prompt.waitFor({ timeout: 15000 });
    assert.equal(
      await prompt.getByRole('button').textContent(),
      'Recharger pour mettre à jour',
    );
    assert.deepEqual(page.problems, []);
  } finally {
    await context.close();
    await host.close();
  }
});
