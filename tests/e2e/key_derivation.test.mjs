// Checking a passphrase takes about a second (Argon2id, 64 MiB), and the page does not freeze
// meanwhile: the key is derived in the key-derivation worker, the form says what it is doing and
// cannot be sent twice, and a click elsewhere (here, the language switch) is answered while the
// worker computes, before its answer comes. Where no worker can start, the key is derived on the
// page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { createWorkspace, PASSPHRASE } from './support/journeys.mjs';
import { untilWorkingOffline } from './support/offline.mjs';

const app = appForTheseTests();

const CHECKING_EN = 'Checking your passphrase… This takes about a second.';
const CHECKING_FR = 'Vérification de votre phrase de passe… Cela prend environ une seconde.';
const WORKER = /\/kdf-worker_loader\.js$/;

/** Records, in the page, when a key is asked of the worker and when it answers, when the
 * language is changed, every text the status messages show, and when the workspace opens, so
 * what happened during the unlock can be read in order once it is over. */
async function recordWhatTheUnlockShows(page) {
  await page.evaluate(() => {
    window.timeline = [];
    const note = (what, at = performance.now()) => window.timeline.push([what, at]);
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (message && typeof message === 'object' && 'memoryKib' in message) {
        note('key asked');
        // When the answer arrived (its event's time), though the app hears it first.
        this.addEventListener('message', (event) => {
          if (event.data && 'id' in event.data) note('key answered', event.timeStamp);
        });
      }
      return post.call(this, message, ...rest);
    };
    document.addEventListener(
      'change',
      (event) => {
        if (event.target instanceof HTMLSelectElement) note('language changed');
      },
      true,
    );
    let opened = false;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = status.textContent.trim();
        if (text && !window.timeline.some(([what]) => what === text)) note(text);
      }
      if (!opened && document.querySelector('#save-status')) {
        opened = true;
        note('opened');
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** When `what` first happened in the recorded timeline (in ms; `undefined` if it did not). */
function momentOf(timeline, what) {
  return timeline.find(([name]) => name === what)?.[1];
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

test('while the worker derives the key the page answers a click, and the form cannot be sent twice', async () => {
  const page = await lockedWorkspace();
  await recordWhatTheUnlockShows(page);

  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText(CHECKING_EN).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Unlock' }).isDisabled(), true, 'no second submission');
  // Once the key is being derived, a click elsewhere: the language switch.
  await page.waitForFunction(() => window.timeline.some(([what]) => what === 'key asked'));
  await page.getByLabel('Language').selectOption({ label: 'Français (Canada)' });
  await page.locator('#save-status').waitFor({ timeout: 30000 });

  const timeline = await page.evaluate(() => window.timeline);
  const order = JSON.stringify(timeline.sort(([, a], [, b]) => a - b).map(([what, at]) => `${what} ${Math.round(at)}`));
  const asked = momentOf(timeline, 'key asked');
  const changed = momentOf(timeline, 'language changed');
  const answered = momentOf(timeline, 'key answered');
  assert.ok(answered > asked, `the key was derived by the worker: ${order}`);
  assert.ok(asked < changed && changed < answered, `the click was handled while the worker derived the key: ${order}`);
  assert.ok(momentOf(timeline, CHECKING_FR) < momentOf(timeline, 'opened'), `the progress message changed language: ${order}`);
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
