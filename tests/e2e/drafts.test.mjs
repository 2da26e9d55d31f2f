// Encrypted drafts as a user lives with them: onboarding, reloading, unlocking, recovering,
// damaged storage, two tabs, and closing the tab right after typing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, expectFocus, openApp, watchedPage } from './support/app.mjs';
import { PASSPHRASE, QUESTIONS, createWorkspace, recover, storedValues, unlock, waitUntilSaved } from './support/journeys.mjs';

const LEGAL_NAME = 'Legal name of the company';

const app = appForTheseTests();

test('what is typed after onboarding survives a reload and is never stored in clear', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);

  await page.getByLabel(LEGAL_NAME).fill('Acme Cross-Border Imports');
  await waitUntilSaved(page);
  const stored = await storedValues(page);
  assert.ok(Object.keys(stored).every((key) => key.startsWith('ctpat.')), 'only prefixed keys');
  assert.ok(!JSON.stringify(stored).includes('Acme'), 'the company name is not readable in storage');
  assert.ok(!JSON.stringify(stored).includes('Pinto'), 'the answers are not stored');

  await page.reload();
  await unlock(page);

  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Acme Cross-Border Imports');
  assert.deepEqual(page.problems, []);
});

test('a wrong passphrase is refused with a clear message and opens nothing', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Secret Corp');
  await waitUntilSaved(page);
  await page.reload();

  await page.getByLabel('Passphrase').fill('not the right passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();

  const summary = page.locator('.app-error-summary');
  await summary.waitFor();
  assert.match(await summary.textContent(), /The passphrase is not right for this workspace/);
  await expectFocus(page, '.app-error-summary');
  assert.match(await page.title(), /^Error:/);
  assert.equal(await page.getByLabel(LEGAL_NAME).count(), 0);
  await unlock(page);
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Secret Corp');
});

test('a forgotten passphrase is replaced with the recovery key and the answers', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  const recoveryKey = await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Recovered Logistics');
  await waitUntilSaved(page);
  await page.reload();

  // The key as a person types it (lower case, spaces); answers compared after normalisation.
  await recover(page, {
    recoveryKey: recoveryKey.toLowerCase().replaceAll('-', ' '),
    answers: ['  rolling   STONES ', 'ford pintó', 'bibou'],
    newPassphrase: 'a brand new harbour passphrase',
  });

  await page.getByLabel(LEGAL_NAME).waitFor({ timeout: 30000 });
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Recovered Logistics');

  await page.reload();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('.app-error-summary').waitFor();
  await unlock(page, 'a brand new harbour passphrase');
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Recovered Logistics');
});

test('wrong answers with the right recovery key do not open the workspace', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  const recoveryKey = await createWorkspace(page);
  await page.reload();
  await recover(page, {
    recoveryKey,
    answers: ['The Beatles', QUESTIONS[1][1], QUESTIONS[2][1]],
    newPassphrase: 'another long passphrase here',
  });
  await page.locator('.app-error-summary', { hasText: 'The recovery key and the answers do not open' }).waitFor({ timeout: 30000 });
  assert.equal(await page.getByLabel(LEGAL_NAME).count(), 0);
});

test('the answers alone do not recover: the recovery key is asked for, checked group by group, and must be the right one', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  const recoveryKey = await createWorkspace(page);
  await page.reload();

  await recover(page, { recoveryKey: '', newPassphrase: 'another long passphrase here' });
  await page.locator('.app-error-summary', { hasText: 'Enter the recovery key' }).waitFor();

  // One character of group 4 changed: named before any key derivation.
  const groups = recoveryKey.split('-');
  groups[3] = (groups[3][0] === 'A' ? 'B' : 'A') + groups[3].slice(1);
  await page.locator('#recovery-key').fill(groups.join('-'));
  await page.getByRole('button', { name: 'Set the new passphrase and open' }).click();
  await page.locator('.app-error-summary', { hasText: 'Group 4 of the recovery key is mistyped' }).waitFor();

  // A well-formed key that is not this workspace's (another browser's), with the right answers.
  const elsewhere = await app.newPage();
  await openApp(elsewhere, app.url);
  const otherKey = await createWorkspace(elsewhere);
  assert.notEqual(otherKey, recoveryKey);
  await page.locator('#recovery-key').fill(otherKey);
  await page.getByRole('button', { name: 'Set the new passphrase and open' }).click();
  await page.locator('.app-error-summary', { hasText: 'The recovery key and the answers do not open' }).waitFor({ timeout: 30000 });
  assert.equal(await page.getByLabel(LEGAL_NAME).count(), 0);
  await page.reload();
  await unlock(page);
});

test('question IDs or answer rules edited in storage fail the integrity check: nothing opens and the copies are kept aside', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Future Freight');
  await waitUntilSaved(page);
  const rewritten = await page.evaluate(() => {
    let count = 0;
    for (const key of Object.keys(localStorage)) {
      const value = localStorage.getItem(key);
      if (/"answerNormalization":1\b/.test(value)) {
        localStorage.setItem(key, value.replace(/"answerNormalization":1\b/g, '"answerNormalization":2').replace('"first_concert"', '"first_stuffed_toy"'));
        count += 1;
      }
    }
    return count;
  });
  assert.ok(rewritten >= 1, 'the stored workspace records its answer rules');
  await page.reload();
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('.app-error-summary', { hasText: 'cannot be opened' }).waitFor({ timeout: 30000 });
  const kept = Object.keys(await storedValues(page)).filter((key) => key.startsWith('ctpat.quarantine.'));
  assert.ok(kept.length >= 1, `the altered copies are kept aside: ${kept}`);
  page.problems.length = 0;
});

test('a damaged stored copy is reported and kept aside, and the app still opens', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Durable Freight');
  await waitUntilSaved(page);
  await page.getByLabel(LEGAL_NAME).fill('Durable Freight Inc');
  await waitUntilSaved(page);
  const before = await storedValues(page);
  const [newestKey] = Object.entries(before)
    .filter(([key]) => key.startsWith('ctpat.draft.'))
    .sort(([, a], [, b]) => JSON.parse(b).revision - JSON.parse(a).revision)[0];
  const damaged = before[newestKey].slice(0, 120);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [newestKey, damaged]);

  await page.reload();
  await page.locator('#storage-notice').waitFor();
  await unlock(page);

  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Durable Freight', 'the other copy opens');
  const after = await storedValues(page);
  const quarantined = Object.entries(after).filter(([key]) => key.startsWith('ctpat.quarantine.'));
  assert.equal(quarantined.length, 1);
  assert.equal(JSON.parse(quarantined[0][1]).value, damaged, 'the damaged copy is kept byte for byte');
  assert.deepEqual(page.problems, []);
});

test('two tabs editing the same workspace never silently overwrite each other', async () => {
  const context = await app.browser.newContext();
  const first = watchedPage(await context.newPage());
  await openApp(first, app.url);
  await createWorkspace(first);
  await first.getByLabel(LEGAL_NAME).fill('Started here');
  await waitUntilSaved(first);

  const second = watchedPage(await context.newPage());
  await openApp(second, app.url);
  await unlock(second);
  await second.getByLabel(LEGAL_NAME).fill('Changed in the second tab');
  await waitUntilSaved(second);

  await first.getByLabel(LEGAL_NAME).fill('Changed in the first tab');
  const notice = first.locator('.app-notification', { hasText: 'changed in another tab' });
  await notice.waitFor({ timeout: 10000 });
  assert.equal(await first.getByLabel(LEGAL_NAME).inputValue(), 'Changed in the first tab', 'the first tab keeps its edit');
  assert.match(await first.locator('#save-status').textContent(), /Not saved: changed in another tab/);

  await second.reload();
  await unlock(second);
  assert.equal(await second.getByLabel(LEGAL_NAME).inputValue(), 'Changed in the second tab', 'nothing was overwritten silently');

  await first.getByRole('button', { name: 'Keep this tab’s version' }).click();
  await waitUntilSaved(first);
  await second.reload();
  await unlock(second);
  assert.equal(await second.getByLabel(LEGAL_NAME).inputValue(), 'Changed in the first tab', 'kept only when chosen');
  await context.close();
});

test('two tabs saving the same revision in the same moment: the tab whose save was overwritten says so and keeps its edit', async () => {
  const context = await app.browser.newContext();
  const first = watchedPage(await context.newPage());
  await openApp(first, app.url);
  await createWorkspace(first);
  await first.getByLabel(LEGAL_NAME).fill('Started here');
  await waitUntilSaved(first);
  const second = watchedPage(await context.newPage());
  // The first tab's storage event can be held back from the second tab, as if it had not
  // arrived yet when the second tab saved.
  await second.addInitScript(() => {
    window.holdStorageEvents = false;
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      if (this === window && type === 'storage' && typeof listener === 'function') {
        const held = listener;
        listener = function (event) {
          if (!window.holdStorageEvents) return held.call(this, event);
        };
      }
      return add.call(this, type, listener, options);
    };
  });
  await openApp(second, app.url);
  await unlock(second);

  // The second tab reads storage as it is now, before the first tab's next save lands: its
  // save will see the same revision the first tab saved on top of (the race, made certain).
  await second.evaluate(() => {
    const slots = Object.keys(localStorage).filter((key) => key.startsWith('ctpat.draft.'));
    const before = Object.fromEntries(slots.map((key) => [key, localStorage.getItem(key)]));
    const getItem = Storage.prototype.getItem;
    const setItem = Storage.prototype.setItem;
    window.readingStale = false;
    window.holdStorageEvents = true;
    Storage.prototype.getItem = function (key) {
      return window.readingStale && key in before ? before[key] : getItem.call(this, key);
    };
    Storage.prototype.setItem = function (key, value) {
      if (key in before) window.readingStale = false;
      return setItem.call(this, key, value);
    };
  });
  await first.getByLabel(LEGAL_NAME).fill('Changed in the first tab');
  await waitUntilSaved(first);
  await second.evaluate(() => { window.readingStale = true; });
  await second.getByLabel(LEGAL_NAME).fill('Changed in the second tab');
  await second.evaluate(() => {
    window.dispatchEvent(new Event('pagehide'));
    window.holdStorageEvents = false;
  });
  await waitUntilSaved(second);

  // The second tab's copy has the first tab's revision: the first tab must not believe its
  // save stands.
  const notice = first.locator('.app-notification', { hasText: 'changed in another tab' });
  await notice.waitFor({ timeout: 10000 });
  assert.equal(await first.getByLabel(LEGAL_NAME).inputValue(), 'Changed in the first tab', 'the first tab keeps its edit');
  await first.getByRole('button', { name: 'Keep this tab’s version' }).click();
  await waitUntilSaved(first);
  const third = watchedPage(await context.newPage());
  await openApp(third, app.url);
  await unlock(third);
  assert.equal(await third.getByLabel(LEGAL_NAME).inputValue(), 'Changed in the first tab');
  await context.close();
});

test('text typed just before closing the tab is there on reopening', async () => {
  const context = await app.browser.newContext();
  const page = watchedPage(await context.newPage());
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Typed then closed');
  await page.close({ runBeforeUnload: true });

  const reopened = watchedPage(await context.newPage());
  await openApp(reopened, app.url);
  await unlock(reopened);
  assert.equal(await reopened.getByLabel(LEGAL_NAME).inputValue(), 'Typed then closed');
  await context.close();
});

test('locking clears the workspace from the page until it is unlocked again', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Locked Away Ltd');

  await page.getByRole('button', { name: 'Lock', exact: true }).click();

  await page.locator('h1', { hasText: 'Unlock your workspace' }).waitFor();
  assert.ok(!(await page.content()).includes('Locked Away Ltd'));
  await unlock(page);
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Locked Away Ltd', 'pending edits were saved on lock');
});
