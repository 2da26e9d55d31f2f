// The Security Profile's registers as a compliance manager uses them: from an account's task
// list to its business partners, a partner added and filled in, refused with an error summary
// whose links lead to the fields, kept across a reload and unlock, then removed; and an
// accessibility scan of every register page, empty, filled and showing errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, expectFocus, openApp, watchedPage } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { createWorkspace, fillMainAccount, unlock, waitUntilSaved, reopen } from './support/journeys.mjs';

const ACCOUNT = 'Laredo import account';

const app = appForTheseTests();

/** A page whose content security policy lets the test inject axe-core (the app's own policy
 * is checked by the policy tests). */
async function scannablePage() {
  const context = await app.browser.newContext({ bypassCSP: true });
  return watchedPage(await context.newPage());
}

async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Onboarding through the main account and a first importer account. */
async function onboardWithAnImporter(page) {
  await openApp(page, app.url);
  await createWorkspace(page);
  await fillMainAccount(page, 'Laredo Imports');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('h1', { hasText: 'Add an account' }).waitFor();
  await page.getByLabel('Business type').selectOption('importer');
  await page.getByLabel('Importer of record number').fill('12-345678900');
  await page.getByLabel('CBP bond number').fill('99-1234567');
  await page.getByLabel('Account name').fill(ACCOUNT);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).waitFor();
}

/** From the workspace's task list to register `name` of the account, by its task. */
async function openRegister(page, name) {
  await page.getByRole('button', { name: ACCOUNT, exact: true }).click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator('h1', { hasText: name }).waitFor();
}

/** Back to the account's task list and on to register `name`. */
async function switchRegister(page, name) {
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator('h1', { hasText: name }).waitFor();
}

test('a business partner is added, refused until complete, kept across a reload, then removed', async () => {
  const page = await scannablePage();
  await onboardWithAnImporter(page);
  await openRegister(page, 'Business partners');

  await page.getByText('No business partners yet.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the empty business partners page');

  await page.getByRole('button', { name: 'Add a business partner' }).click();
  const name = page.getByLabel('Partner’s name');
  await name.waitFor();
  assert.equal(await focusedId(page), await name.getAttribute('id'), 'focus moves to the new partner’s name');
  assert.equal(await page.getByText('No business partners yet.').count(), 0);

  await page.keyboard.type('ACME Freight');
  await page.getByLabel('What the partner does for you').selectOption('carrier');
  await page.getByLabel('Is the partner CTPAT certified?').selectOption('certified');
  await page.getByLabel('Partner’s CTPAT account number').waitFor();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  const summary = page.locator('.app-error-summary');
  await summary.waitFor();
  assert.match(await page.title(), /^Error:/);
  await expectFocus(page, '.app-error-summary');
  const links = await summary.getByRole('link').evaluateAll((found) => found.map((link) => link.getAttribute('href')));
  assert.equal(links.length, 2, `country and CTPAT number: ${links}`);
  for (const href of links) {
    assert.equal(await page.locator(href).count(), 1, `summary link ${href} points at one field`);
  }
  assert.deepEqual(await accessibilityViolations(page), [], 'the business partners page with errors');

  await summary
    .getByRole('link', { name: 'ACME Freight: You said this partner is CTPAT certified: enter its CTPAT account number.' })
    .click();
  const number = page.getByLabel('Partner’s CTPAT account number');
  assert.equal(await focusedId(page), await number.getAttribute('id'), 'the link leads to the field');
  await page.keyboard.type('CT-884411');
  await page.getByLabel('Country', { exact: true }).fill('MX');
  await waitUntilSaved(page);

  await reopen(page);
  await unlock(page);
  await openRegister(page, 'Business partners');
  assert.equal(await page.getByLabel('Partner’s name').inputValue(), 'ACME Freight');
  assert.equal(await page.getByLabel('Partner’s CTPAT account number').inputValue(), 'CT-884411');
  assert.equal(await page.getByLabel('What the partner does for you').inputValue(), 'carrier');
  assert.equal(await page.locator('legend', { hasText: 'ACME Freight' }).count(), 1);

  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('button', { name: 'Business partners', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Business partners', exact: true }).click();

  await page.getByRole('button', { name: 'Remove ACME Freight' }).click();
  await page.getByText('No business partners yet.').waitFor();
  assert.equal(await page.getByLabel('Partner’s name').count(), 0);
  await waitUntilSaved(page);

  await reopen(page);
  await unlock(page);
  await openRegister(page, 'Business partners');
  await page.getByText('No business partners yet.').waitFor();
  assert.deepEqual(page.problems, []);
});

test('every register page passes the accessibility scan, empty and filled in', async () => {
  const page = await scannablePage();
  await onboardWithAnImporter(page);
  await openRegister(page, 'Facilities');

  await page.getByText('No facilities yet.').waitFor();
  await page.getByRole('button', { name: 'Add a facility' }).click();
  await page.getByLabel('Facility name').fill('Laredo warehouse');
  await page.getByLabel('The facility has an intrusion alarm').check();
  await page.getByLabel('Who monitors the alarm').waitFor();
  await page.getByLabel('The facility has video surveillance').check();
  await page.getByLabel('Number of cameras').fill('12');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.locator('.app-error-summary').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the facilities page with errors');

  await switchRegister(page, 'Personnel screening');
  await page.getByLabel('There is a written screening policy').check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.locator('.app-error-summary').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the personnel screening page with errors');

  await switchRegister(page, 'Training records');
  assert.deepEqual(await accessibilityViolations(page), [], 'the empty training records page');
  await page.getByRole('button', { name: 'Add a training session' }).click();
  await page.getByLabel('Topic').fill('Reporting suspicious activity');
  assert.deepEqual(await accessibilityViolations(page), [], 'the training records page');

  await switchRegister(page, 'IT and cybersecurity controls');
  await page.getByRole('button', { name: 'Add an IT control' }).click();
  await page.getByLabel('Control', { exact: true }).fill('Daily backups');
  await page.getByLabel('Who is responsible for it').focus();
  await page.getByLabel('Who is responsible for it').blur();
  await page.locator('.app-warning-message').waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'the IT controls page with a warning');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('button', { name: 'IT and cybersecurity controls', exact: true }).waitFor();
  assert.deepEqual(page.problems, []);
});
