// A workspace saved by a newer version of the editor, met by this (older) build: it is left
// exactly as it is, the app says so plainly and offers to reload into the newer build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { createWorkspace, waitUntilSaved } from './support/journeys.mjs';

const app = appForTheseTests();

/** The draft slots' stored keys (they may carry a suffix after the slot name). */
const slotKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('ctpat.draft.')).sort());

test('a slot written in a newer vault format is left intact after a reload, and the app says so', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel('Legal name of the company').fill('Future Freight');
  await waitUntilSaved(page);

  // A newer build saved over this workspace: its sealed vault is in format 9, with a field
  // this build does not know.
  const [key] = await slotKeys(page);
  const newer = await page.evaluate((key) => {
    const envelope = JSON.parse(localStorage.getItem(key));
    envelope.revision += 10;
    envelope.sealed.vault.format = 9;
    envelope.sealed.vault.addedByTheNewerBuild = 'kept';
    const text = JSON.stringify(envelope);
    localStorage.setItem(key, text);
    return text;
  }, key);
  const before = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

  await page.reload();
  const notice = page.locator('#newer-version-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /saved by a newer version of the editor/);
  assert.equal(await page.getByRole('button', { name: 'Reload to update' }).count(), 1);

  // Trying to open it changes nothing either.
  await page.getByLabel('Passphrase').fill('tangerine ferry lantern 42');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('.app-error-summary', { hasText: /newer version of the editor/ }).waitFor({ timeout: 30000 });

  const after = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  assert.equal(after[key], newer, 'the newer copy is byte for byte where it was');
  assert.deepEqual(after, before, 'nothing moved aside, nothing written');
  assert.ok(!Object.keys(after).some((k) => k.startsWith('ctpat.quarantine.')), 'nothing quarantined');
  assert.equal(await page.locator('#storage-notice').count(), 0);

  // Reload to update: with no newer build waiting it reloads the page, which still leaves it be.
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
  await notice.waitFor();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), key), newer);
  assert.deepEqual(page.problems, []);
});

test('an open tab of this build does not save over a copy a newer build saved in another tab', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel('Legal name of the company').fill('Two Builds Ltd');
  await waitUntilSaved(page);

  const keys = await slotKeys(page);
  const newer = await page.evaluate((keys) => {
    const [envelope] = keys.map((key) => localStorage.getItem(key)).filter(Boolean).map((text) => JSON.parse(text));
    const text = JSON.stringify({ ...envelope, version: 2, revision: envelope.revision + 5 });
    // The other slot: the one this tab would write next.
    const target = keys.find((key) => !localStorage.getItem(key)) ?? keys[0];
    localStorage.setItem(target, text);
    return { target, text };
  }, keys);

  await page.getByLabel('Legal name of the company').fill('Two Builds Ltd, edited in the old tab');
  await page.locator('#newer-version-notice').waitFor({ timeout: 10000 });
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), newer.target), newer.text);
  assert.equal(await page.getByLabel('Legal name of the company').inputValue(), 'Two Builds Ltd, edited in the old tab', 'the edit stays in the tab');
});
