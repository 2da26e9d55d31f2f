// Two deployments of the editor on one origin (production and staging under two folders of one
// host) keep separate workspaces and separate offline caches; data stored by a version from
// before namespaces is taken over by the first deployment that starts, losing nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { appForTheseTests, DIST, openApp, watchedPage } from './support/app.mjs';
import { createWorkspace, storedValues, unlock, waitUntilSaved } from './support/journeys.mjs';
import { appCacheNames, buildIdOf, cacheName, untilWorkingOffline } from './support/offline.mjs';
import { serveStatic } from './support/static-server.mjs';

const LEGAL_NAME = 'Legal name of the company';
const FIXTURE = new URL('./fixtures/format-1-workspace.json', import.meta.url);

const app = appForTheseTests();

test('two deployments under two folders of one origin keep separate workspaces and caches', async () => {
  const site = await serveStatic(DIST, '/tools/ctpat/', ['/tools/ctpat-staging/']);
  const [production, staging] = site.urls;
  const context = await app.browser.newContext();
  try {
    const page = watchedPage(await context.newPage());
    await openApp(page, production);
    await untilWorkingOffline(page);
    await createWorkspace(page);
    await page.getByLabel(LEGAL_NAME).fill('Production Freight');
    await waitUntilSaved(page);

    // Same browser profile, the other folder: a first visit, with no workspace.
    const other = watchedPage(await context.newPage());
    await openApp(other, staging);
    await other.locator('#start-now').waitFor();
    await untilWorkingOffline(other);
    await createWorkspace(other, 'a staging passphrase of its own');
    await other.getByLabel(LEGAL_NAME).fill('Staging Freight');
    await waitUntilSaved(other);

    const build = await buildIdOf(DIST);
    assert.deepEqual(await appCacheNames(other), [cacheName(production, build), cacheName(staging, build)].sort());

    await page.reload();
    await unlock(page);
    assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Production Freight');
    await other.reload();
    await unlock(other, 'a staging passphrase of its own');
    assert.equal(await other.getByLabel(LEGAL_NAME).inputValue(), 'Staging Freight');

    const keys = Object.keys(await storedValues(page)).filter((key) => key.startsWith('ctpat.draft.'));
    assert.equal(keys.filter((key) => key.endsWith('@/tools/ctpat/')).length, 2, `${keys}`);
    assert.equal(keys.filter((key) => key.endsWith('@/tools/ctpat-staging/')).length, 2, `${keys}`);
    assert.deepEqual(page.problems, []);
    assert.deepEqual(other.problems, []);
  } finally {
    await context.close();
    await site.close();
  }
});

test('data stored before namespaces is taken over by this deployment once, and opens', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  const slots = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  await page.evaluate((values) => {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    localStorage.setItem('ctpat.preferences.v1', JSON.stringify({ language: 'fr-CA' }));
  }, slots);
  await page.reload();
  await page.locator('html[lang="fr-CA"]').waitFor();

  const stored = Object.keys(await storedValues(page)).filter((key) => key.startsWith('ctpat.'));
  assert.deepEqual(stored.filter((key) => !key.includes('@')), [], 'no key left without a namespace');
  assert.ok(stored.includes('ctpat.draft.v1.a@/ctpat/editor/'), `${stored}`);
  await page.locator('#language-switch').selectOption('en');
  await unlock(page);
  // Stored by a version from before recovery kits: first asked to make one.
  await page.locator('#kit-later').click();
  await page.locator('#field-organization-legalName').waitFor();
  assert.equal(await page.locator('#field-organization-legalName').inputValue(), 'Legacy Freight Lines');
});
