// The whole first journey of a compliance manager: onboarding through the main account and the
// first entity account, then answering a criterion of its Security Profile, which is still
// there after a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { createWorkspace, fillMainAccount, unlock, waitUntilSaved, reopen } from './support/journeys.mjs';

const app = appForTheseTests();

test('from onboarding to an answered criterion of the first account, kept across a reload', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await fillMainAccount(page, 'Laredo Imports');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.locator('h1', { hasText: 'Add an account' }).waitFor();
  await page.getByLabel('Business type').selectOption('importer');
  await page.getByLabel('Importer of record number').fill('12-345678900');
  await page.getByLabel('CBP bond number').fill('99-1234567');
  await page.getByLabel('Account name').fill('Laredo import account');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).waitFor();
  assert.match(await page.locator('.app-task-list__item', { hasText: 'Main account information' }).innerText(), /Completed/);
  await page.getByRole('button', { name: 'Laredo import account' }).click();
  // The account's own task list: its next section is the first criteria category.
  const next = page.locator('#account-continue');
  assert.match(await next.innerText(), /^Continue: 1\. /);
  await next.click();

  const narrative = page.getByLabel('How the company meets this criterion').first();
  await narrative.waitFor();
  await page.getByRole('radio', { name: 'Implemented', exact: true }).first().check();
  await narrative.fill('Signed statement by the president, posted at every site <script>x()</script>');
  await waitUntilSaved(page);
  assert.deepEqual(await accessibilityViolations(page), [], 'the Security Profile page');

  await reopen(page);
  await unlock(page);
  await page.getByRole('button', { name: 'Laredo import account' }).click();
  await page.locator('#task-criteria-1').click();
  assert.equal(
    await page.getByLabel('How the company meets this criterion').first().inputValue(),
    'Signed statement by the president, posted at every site <script>x()</script>',
  );
  assert.equal(await page.getByRole('radio', { name: 'Implemented', exact: true }).first().isChecked(), true);
  assert.deepEqual(page.problems, []);
});
