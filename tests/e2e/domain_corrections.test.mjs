// Corrections to what the editor says about identifiers and criteria, seen where a compliance
// manager sees them: a manufacturer's MID is checked against the address of the plant it
// belongs to (and against nothing without one), a sea carrier records its container-prefix
// SCAC with only a warning, a consolidator without FMC or IATA number is advised, not blocked,
// and criteria whose applicability to the business type is inferred say so.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp, watchedPage } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { createWorkspace, fillMainAccount, waitUntilSaved } from './support/journeys.mjs';
import { switchLanguage } from './support/keyboard.mjs';

const app = appForTheseTests();

/** A page whose content security policy lets the test inject axe-core. */
async function scannablePage() {
  const context = await app.browser.newContext({ bypassCSP: true });
  return watchedPage(await context.newPage());
}

/** Onboarding through the main account (Northwind Imports, headquarters 1 Main Street,
 * Lexington), up to "Add an account". */
async function onboard(page) {
  await openApp(page, app.url);
  await createWorkspace(page);
  await fillMainAccount(page, 'Northwind Imports');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('h1', { hasText: 'Add an account' }).waitFor();
}

/** From the workspace's task list, "Add an account". */
async function openAddAccount(page) {
  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).waitFor();
  await page.getByRole('button', { name: 'Add an entity account' }).first().click();
  await page.locator('h1', { hasText: 'Add an account' }).waitFor();
}

/** The message shown at the field labelled `label`, or '' when none. */
async function messageAt(page, label) {
  const id = await page.getByLabel(label, { exact: true }).getAttribute('id');
  const message = page.locator(`[id="${id}-message"]`);
  return (await message.count()) ? message.innerText() : '';
}

test('a MID is checked against the address of its plant, and against no address without one', async () => {
  const page = await scannablePage();
  await onboard(page);
  await page.getByLabel('Business type').selectOption('foreign-manufacturer');
  const mid = 'Manufacturer identification code (MID)';
  // Built from the company's name and the Monterrey plant's address, not the headquarters'.
  await page.getByLabel(mid).fill('MXNORIMP1500MON');
  await page.getByLabel('Account name').fill('Monterrey plant');
  await page.getByLabel(mid).focus();
  await page.getByLabel('Account name').focus();
  assert.equal(await messageAt(page, mid), '', 'no plant yet: the MID is compared with no address');
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('button', { name: 'Monterrey plant', exact: true }).click();
  await page.getByRole('button', { name: 'Facilities', exact: true }).click();
  await page.getByRole('button', { name: 'Add a facility' }).click();
  await page.getByLabel('Facility name').fill('Plant 1');
  await page.getByLabel('Country code').fill('MX');
  await page.getByLabel('Street address', { exact: true }).fill('Av. Industrial 1500');
  await page.getByLabel('City').fill('Monterrey');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.getByRole('button', { name: 'Account details', exact: true }).click();

  const plant = 'Plant of MID MXNORIMP1500MON';
  await page.getByLabel(plant).selectOption({ label: 'Plant 1 (Monterrey)' });
  await page.getByLabel(mid).focus();
  await page.getByLabel(plant).focus();
  assert.equal(await messageAt(page, mid), '', 'the MID is the one the plant’s address gives');

  // A MID that does not match the plant is a warning naming the MID the plant gives.
  await page.getByLabel(mid).fill('MXNORIMP1400MON');
  await page.getByLabel('Plant of MID MXNORIMP1400MON').focus();
  const warning = await messageAt(page, mid);
  assert.match(warning, /does not match the manufacturer’s name and address, which give MXNORIMP1500MON/);
  assert.deepEqual(await accessibilityViolations(page), [], 'the details with a plant chosen');

  // Without a plant, no address to compare with: the warning goes.
  await page.getByLabel('Plant of MID MXNORIMP1400MON').selectOption('');
  await page.getByLabel(mid).focus();
  await page.getByLabel('Plant of MID MXNORIMP1400MON').focus();
  assert.equal(await messageAt(page, mid), '');
  assert.deepEqual(page.problems, []);
});

test('a sea carrier records its container-prefix SCAC, and a consolidator may leave out its FMC or IATA number', async () => {
  const page = await scannablePage();
  await onboard(page);
  await page.getByLabel('Business type').selectOption('sea-carrier');
  await page.getByLabel('CBP bond number').fill('99-1234567');
  await page.getByLabel('FMC organization number').fill('012345');
  const scac = 'Standard Carrier Alpha Code (SCAC)';
  await page.getByLabel(scac).fill('MAEU');
  await page.getByLabel('Account name').fill('Ocean lines');
  await page.getByLabel('Account name').focus();
  const warning = page.locator('.app-warning-message', { hasText: 'container prefix' });
  await warning.waitFor();
  assert.match(await warning.innerText(), /MAEU/);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Ocean lines', exact: true }).waitFor();

  await openAddAccount(page);
  await page.getByLabel('Business type').selectOption('nvocc');
  await page.getByLabel('CBP bond number').fill('99-7654321');
  await page.getByLabel('Account name').fill('NVOCC');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'NVOCC', exact: true }).click();
  // The missing FMC or IATA number is counted as a warning on the task list, not an error.
  const details = page.locator('li', { has: page.locator('#task-account-details') });
  assert.match(await details.innerText(), /0 errors, 1 warnings/);
  await page.locator('#task-account-details').click();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.locator('#account-title').waitFor();
  assert.equal(await page.locator('.app-error-summary').count(), 0, 'the warning does not block');
  assert.deepEqual(page.problems, []);
});

test('criteria whose applicability to the business type is inferred say so, on the profile and in Check your answers', async () => {
  const page = await scannablePage();
  await onboard(page);
  await page.getByLabel('Business type').selectOption('sea-carrier');
  await page.getByLabel('CBP bond number').fill('99-1234567');
  await page.getByLabel('FMC organization number').fill('012345');
  await page.getByLabel('Account name').fill('Ocean lines');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Ocean lines', exact: true }).click();
  await page.getByRole('button', { name: /^1\. / }).first().click();
  const criteria = page.locator('.app-criterion');
  await criteria.first().waitFor();
  const notes = criteria.locator('.app-criterion__inferred');
  assert.ok((await notes.count()) > 0);
  assert.equal(await notes.count(), await criteria.count(), 'category 1 is sourced for importers only');
  assert.match(await notes.first().innerText(), /Check that this criterion applies to you/);
  for (const language of ['fr', 'es', 'en']) {
    await criteria.first().getByRole('radio').first().focus();
    await switchLanguage(page, language);
    assert.deepEqual(await accessibilityViolations(page), [], `a criterion with its note in ${language}`);
  }

  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.locator('#task-check-answers').click();
  const categoryOne = page.locator('.app-check-answers__section', { has: page.locator('h2', { hasText: /^1\. / }) });
  assert.match(await categoryOne.locator('.app-summary-list__row').first().innerText(), /Applicability to this business type inferred/);
  assert.deepEqual(page.problems, []);
});
