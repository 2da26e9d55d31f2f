// Checking a passphrase takes about a second (Argon2id, 64 MiB), and the page does not freeze
// meanwhile: the key is derived in the key-derivation worker, the form says what it is doing and
// cannot be sent twice, and a click elsewhere (here, the language switch) is answered at once,
// before the workspace opens. Where no worker can start, the key is derived on the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { createWorkspace, PASSPHRASE } from './support/journeys.mjs';
import { untilWorkingOffline } from './support/offline.mjs';

const app = appForTheseTests();

const CHECKING_EN = 'Checking your passphrase… This takes about a second.';
const CHECKING_FR = 'Vérification de votre phrase de passe… Cela prend environ une seconde.';
const WORKER = /\/kdf-worker_loader\.js$/;

/** Records, in the page, every text its status messages show and when the workspace opened, so
 * what happened during the unlock can be read once it is over. */
async function recordWhatTheUnlockShows(page) {
  await page.evaluate(() => {
    window.shown = [];
    const observer = new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = status.textContent.trim();
        if (text && window.shown.at(-1) !== text) window.shown.push(text);
      }
      if (document.querySelector('#save-status') && !window.shown.includes('opened')) window.shown.push('opened');
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** A workspace created, then the page reloaded onto the unlock screen. */
async function lockedWorkspace() {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.reload();
  await page.locator('h1', { hasText: 'Unlock your workspace' }).waitFor();
  return page;
}

test('while the passphrase is checked the page answers a click, and the form cannot be sent twice', async () => {
  const page = await lockedWorkspace();
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await recordWhatTheUnlockShows(page);

  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText(CHECKING_EN).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Unlock' }).isDisabled(), true, 'no second submission');
  await page.getByLabel('Language').selectOption({ label: 'Français (Canada)' });
  await page.locator('#save-status').waitFor({ timeout: 30000 });

  const shown = await page.evaluate(() => window.shown);
  const french = shown.indexOf(CHECKING_FR);
  assert.ok(french >= 0, `the language changed while the passphrase was checked: ${JSON.stringify(shown)}`);
  assert.ok(french < shown.indexOf('opened'), 'and before the workspace opened');
  assert.ok(workers.some((url) => WORKER.test(url)), `the key came from the worker: ${JSON.stringify(workers)}`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr-CA');
  assert.deepEqual(page.problems, []);
});

test('with the network off, the worker comes from the offline copy and unlocks the workspace', async () => {
  const page = await lockedWorkspace();
  await untilWorkingOffline(page);
  await page.context().setOffline(true);
  await page.reload();
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('#save-status').waitFor({ timeout: 30000 });

  assert.ok(workers.some((url) => WORKER.test(url)), `the key came from the worker: ${JSON.stringify(workers)}`);
  assert.deepEqual(page.problems, []);
});

test('where the worker cannot be loaded, the passphrase is checked on the page and the workspace opens', async () => {
  const page = await lockedWorkspace();
  await page.route(WORKER, (route) => route.fulfill({ status: 404, body: '' }));

  await page.getByLabel('Passphrase').fill('not the passphrase at all');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText('The passphrase is not right', { exact: false }).first().waitFor({ timeout: 30000 });
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('#save-status').waitFor({ timeout: 30000 });

  // The refused worker is the only problem the page met.
  assert.deepEqual(
    page.problems.filter((problem) => !WORKER.test(problem.split(' ').at(-1)) && !problem.includes('kdf-worker_loader.js')),
    [],
  );
});
