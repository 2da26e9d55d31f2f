// Two programs, one page: a first visit downloads only the start program (the start page in its
// frame), paints that page, then fetches the editor and hands the page over to it at the way the
// user chose. These journeys check what a user would notice of that: the start page comes first;
// a choice made before the editor is there waits for it and then opens; an editor that cannot be
// downloaded is said so, loses nothing and is fetched again on the next try; a browser holding a
// workspace goes straight to it; another tab's new workspace takes the start page over.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { createWorkspace, unlock, waitUntilSaved } from './support/journeys.mjs';

const app = appForTheseTests();
const EDITOR_FILES = /\/ctpat-profile-editor-[0-9a-f]{16}(\.js|_bg\.wasm)$/;

/** Routes the editor's files through `answer(route)`: a test holds or refuses them. */
async function interceptEditor(page, answer) {
  await page.route((url) => EDITOR_FILES.test(url.pathname), answer);
}

test('the start page is painted before the editor is fetched, and Start now then opens onboarding', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await page.locator('#start-page').waitFor();
  // The editor is fetched once the page is painted, so the download does not delay it.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /ctpat-profile-editor-[0-9a-f]+_bg\.wasm$/.test(entry.name)));
  const { painted, editorAsked, startAsked } = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource');
    const started = (pattern) => resources.find((entry) => pattern.test(entry.name))?.startTime;
    return {
      painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      editorAsked: started(/ctpat-profile-editor-[0-9a-f]+_bg\.wasm$/),
      startAsked: started(/start-[0-9a-f]+_bg\.wasm$/),
    };
  });
  assert.ok(startAsked < painted, `the start program (asked at ${startAsked} ms) comes before the first paint (${painted} ms)`);
  assert.ok(editorAsked >= painted, `the editor was asked for at ${editorAsked} ms, before the first paint at ${painted} ms`);

  await page.locator('#start-now').click();
  await page.locator('#new-passphrase').waitFor();
  // The start program's page is gone: one header, one main area.
  assert.equal(await page.locator('header.app-header').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  assert.deepEqual(page.problems, []);
});

test('a choice made while the editor downloads says so on its button, then opens when it arrives', async () => {
  // No service worker: it would answer from its own cache, around the route.
  const page = await app.newPage({ serviceWorkers: 'block' });
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await interceptEditor(page, async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page, app.url);
  await page.locator('#start-example').click();
  await page.locator('#start-example', { hasText: 'Opening the editor…' }).waitFor();
  assert.equal(await page.locator('#start-opening[aria-live="polite"]').textContent(), 'Opening the editor…', 'announced');
  // The page still answers: the language can be changed meanwhile.
  await page.locator('#language-switch').selectOption('es-MX');
  await page.locator('h1', { hasText: 'Prepare su perfil de seguridad C-TPAT' }).waitFor();
  release();
  const banner = page.locator('#example-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Está explorando el espacio de trabajo de ejemplo/, 'in the language chosen meanwhile');
  assert.deepEqual(page.problems, []);
});

test('an editor that cannot be downloaded is said so, the start page stays, and the next choice fetches it again', async () => {
  const page = await app.newPage({ serviceWorkers: 'block' });
  let refuse = true;
  await interceptEditor(page, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
  await openApp(page, app.url);
  await page.locator('#start-now').click();
  const failure = page.locator('#start-failure');
  await failure.waitFor();
  assert.match(await failure.textContent(), /could not be downloaded.*Check the connection and choose again/);
  assert.equal(await failure.getAttribute('role'), 'alert');
  assert.equal(await page.locator('#start-now').textContent(), 'Start now', 'the button is itself again');

  refuse = false;
  await page.locator('#start-now').click();
  await page.locator('#new-passphrase').waitFor();
  assert.equal(await page.locator('#start-failure').count(), 0);
  // The refused downloads are the only problems: no uncaught error.
  const refused = (problem) =>
    (problem.startsWith('request failed:') && EDITOR_FILES.test(new URL(problem.split(' ')[2]).pathname)) ||
    problem === 'console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED';
  assert.ok(page.problems.length > 0 && page.problems.every(refused), page.problems.join('\n'));
});

test('a browser holding a workspace opens it without the start page, or says the editor is missing and tries again', async () => {
  const page = await app.newPage({ serviceWorkers: 'block' });
  await openApp(page, app.url);
  await createWorkspace(page);
  await waitUntilSaved(page);

  await page.reload();
  await page.locator('h1', { hasText: 'Unlock your workspace' }).waitFor();
  assert.equal(await page.locator('#start-page').count(), 0);

  let refuse = true;
  await interceptEditor(page, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
  await page.reload();
  const missing = page.locator('#editor-missing');
  await missing.waitFor();
  assert.match(await missing.textContent(), /could not be opened.*What you saved is still in this browser/);
  assert.equal(await page.locator('#start-page').count(), 0, 'never the start page over a workspace');
  refuse = false;
  await page.locator('#editor-try-again').click();
  await unlock(page);
  await page.locator('#save-status').waitFor();
});

test('a workspace made in another tab takes the start page over, to unlock it', async () => {
  const first = await app.newPage();
  await openApp(first, app.url);
  await first.locator('#start-page').waitFor();
  const second = await first.context().newPage();
  await openApp(second, app.url);
  await createWorkspace(second);
  await waitUntilSaved(second);
  await first.locator('h1', { hasText: 'Unlock your workspace' }).waitFor();
  assert.equal(await first.locator('#start-page').count(), 0);
  await unlock(first);
});
