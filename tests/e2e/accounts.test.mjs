// Managing several entity accounts of one main account: two accounts of different business
// types, each with its own task list; one renamed, one duplicated with its answers and
// registers, one deleted only after a confirmation that names it; all of it still there after
// a reload and unlock. The account pages pass an accessibility scan.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, expectFocus, openApp } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { createWorkspace, fillMainAccount, unlock, waitUntilSaved } from './support/journeys.mjs';

const NARRATIVE = 'Signed security policy <b>reviewed</b> every year';

const app = appForTheseTests();

/** "Add an account" from the task list (or onboarding), back on the task list. */
async function addAccount(page, businessType, name, identifiers) {
  await page.locator('h1', { hasText: 'Add an account' }).waitFor();
  await page.getByLabel('Business type').selectOption(businessType);
  for (const [label, value] of identifiers) await page.getByLabel(label).fill(value);
  await page.getByLabel('Account name').fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).waitFor();
}

/** Opens an account's own task list from the task list. */
async function openAccount(page, name) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator('#account-title', { hasText: name }).waitFor();
}

/** The names of the accounts on the task list, in order. */
async function accountNames(page) {
  return page.locator('.app-task-list__item--account .app-task-list__link').allInnerTexts();
}

test('accounts are added, renamed, duplicated with their answers and registers, and deleted after confirmation', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await fillMainAccount(page, 'Laredo Logistics');
  await page.getByRole('button', { name: 'Continue' }).click();
  await addAccount(page, 'importer', 'Imports', [
    ['Importer of record number', '12-345678900'],
    ['CBP bond number', '99-1234567'],
  ]);
  await page.getByRole('button', { name: 'Add an entity account' }).click();
  await addAccount(page, 'highway-carrier-us-canada', 'Border trucks', [
    ['Standard Carrier Alpha Code (SCAC)', 'LRDO'],
    ['USDOT number', '1234567'],
  ]);
  assert.deepEqual(await accountNames(page), ['Imports', 'Border trucks']);
  const carrierRow = page.locator('.app-task-list__item--account', { hasText: 'Border trucks' });
  assert.match(await carrierRow.innerText(), /Highway carrier \(U\.S\.–Canada\)/);
  assert.match(await carrierRow.innerText(), /1 of \d+ sections completed/);
  assert.match(await carrierRow.innerText(), /Next: 1\. /);

  // The importer's task list: details completed, the first category next.
  await openAccount(page, 'Imports');
  assert.match(await page.locator('#task-account-details-status').innerText(), /Completed/);
  assert.match(await page.locator('#task-check-answers-status').innerText(), /Cannot start yet/);
  assert.deepEqual(await accessibilityViolations(page), [], 'the account page');

  // An answer through the profile editor, a partner through the register.
  await page.locator('#account-continue').click();
  await page.getByRole('radio', { name: 'Implemented', exact: true }).first().check();
  await page.getByLabel('How the company meets this criterion').first().fill(NARRATIVE);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.locator('#account-title').waitFor();
  assert.match(await page.locator('#task-criteria-1-status').innerText(), /In progress/);
  await page.locator('#task-business-partners').click();
  await page.getByRole('button', { name: 'Add a business partner' }).click();
  await page.getByLabel('Partner’s name').first().fill('Monterrey Steel SA');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.locator('#account-title').waitFor();
  await waitUntilSaved(page);

  // The details page refuses an empty name, with the error summary linked to the field.
  await page.locator('#task-account-details').click();
  const name = page.getByLabel('Account name');
  await name.fill('');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const summary = page.locator('.app-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /Enter/);
  assert.match(await page.title(), /^Error: /);
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await accessibilityViolations(page), [], 'the details page with errors');
  await name.fill('Imports');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.locator('#account-title', { hasText: 'Imports' }).waitFor();

  // Rename.
  await page.getByRole('button', { name: 'Rename' }).click();
  await expectFocus(page, '#field-account-rename-name');
  await page.getByLabel('Account name').fill('Imports – Laredo');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.locator('#account-title', { hasText: 'Imports – Laredo' }).waitFor();

  // Duplicate: the copy opens, announced, with the answer and the partner copied.
  await page.getByRole('button', { name: 'Duplicate' }).click();
  assert.equal(await page.getByLabel('Name of the copy').inputValue(), 'Imports – Laredo (copy)');
  await page.getByRole('button', { name: 'Create the copy' }).click();
  const banner = page.locator('#success-banner');
  await banner.waitFor();
  assert.match(await banner.innerText(), /Imports – Laredo \(copy\) created/);
  await expectFocus(page, '#success-banner');
  assert.match(await page.locator('#account-title').innerText(), /Imports – Laredo \(copy\)/);
  await page.locator('#task-criteria-1').click();
  assert.equal(await page.getByLabel('How the company meets this criterion').first().inputValue(), NARRATIVE);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.locator('#task-business-partners').click();
  assert.equal(await page.getByLabel('Partner’s name').first().inputValue(), 'Monterrey Steel SA');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Back to your accounts' }).click();
  assert.deepEqual(await accountNames(page), ['Imports – Laredo', 'Imports – Laredo (copy)', 'Border trucks']);

  // Delete, after cancelling once: the confirmation names the account.
  await openAccount(page, 'Border trucks');
  await page.getByRole('button', { name: 'Delete account' }).click();
  const confirmation = page.locator('#account-delete-title');
  assert.equal(await confirmation.innerText(), 'Delete Border trucks?');
  await expectFocus(page, '#account-delete-title');
  assert.match(await page.locator('#account-delete-body').innerText(), /cannot be undone/);
  assert.deepEqual(await accessibilityViolations(page), [], 'the delete confirmation');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await confirmation.waitFor({ state: 'detached' });
  await expectFocus(page, '#account-delete');
  await page.getByRole('button', { name: 'Back to your accounts' }).click();
  assert.deepEqual(await accountNames(page), ['Imports – Laredo', 'Imports – Laredo (copy)', 'Border trucks']);

  await openAccount(page, 'Border trucks');
  await page.getByRole('button', { name: 'Delete account' }).click();
  await page.locator('#account-delete-confirm').click();
  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).waitFor();
  assert.match(await page.locator('#success-banner').innerText(), /Border trucks was deleted/);
  assert.deepEqual(await accountNames(page), ['Imports – Laredo', 'Imports – Laredo (copy)']);
  await waitUntilSaved(page);

  // Everything is still there after a reload.
  await page.reload();
  await unlock(page);
  assert.deepEqual(await accountNames(page), ['Imports – Laredo', 'Imports – Laredo (copy)']);
  await openAccount(page, 'Imports – Laredo (copy)');
  await page.locator('#task-criteria-1').click();
  assert.equal(await page.getByLabel('How the company meets this criterion').first().inputValue(), NARRATIVE);
  assert.deepEqual(page.problems, []);
});
