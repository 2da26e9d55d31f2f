// Settings as a user meets them: the signing key's fingerprint, changing the passphrase, and
// the workspace locking itself after a quiet spell.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { PASSPHRASE, createWorkspace, unlock, waitUntilSaved, reopen } from './support/journeys.mjs';

const LEGAL_NAME = 'Legal name of the company';

const app = appForTheseTests();

test('settings show the signing key fingerprint, and a changed passphrase replaces the old one', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Fingerprint Traders');
  await waitUntilSaved(page);

  await page.getByRole('button', { name: 'Settings' }).click();
  const fingerprint = (await page.locator('#signing-key-fingerprint').textContent()).trim();
  assert.match(fingerprint, /^([0-9A-F]{4} ){15}[0-9A-F]{4}$/, 'sixteen groups of four hexadecimal digits');

  await page.getByLabel('Current passphrase').fill('not my passphrase at all');
  await page.locator('#change-passphrase').fill('a completely different harbour');
  await page.locator('#change-confirmation').fill('a completely different harbour');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await page.getByText('The current passphrase is not right').first().waitFor({ timeout: 30000 });

  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await page.getByText('Your passphrase has been changed.').waitFor({ timeout: 30000 });

  await reopen(page);
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('.app-error-summary').waitFor({ timeout: 30000 });
  await unlock(page, 'a completely different harbour');
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Fingerprint Traders');
  await page.getByRole('button', { name: 'Settings' }).click();
  assert.equal((await page.locator('#signing-key-fingerprint').textContent()).trim(), fingerprint, 'same key');
  assert.deepEqual(page.problems, []);
});

test('after the chosen minutes without activity the workspace locks itself, keeping what was typed', async () => {
  const page = await app.newPage();
  await page.clock.install();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Quiet Afternoon Ltd');

  await page.clock.fastForward('14:00');
  assert.equal(await page.getByLabel(LEGAL_NAME).count(), 1, 'still open before 15 minutes');
  await page.clock.fastForward('01:30');

  await page.locator('h1', { hasText: 'Unlock your workspace' }).waitFor({ timeout: 10000 });
  assert.ok(!(await page.content()).includes('Quiet Afternoon Ltd'), 'nothing decrypted is left in the page');
  await unlock(page);
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Quiet Afternoon Ltd');
});
