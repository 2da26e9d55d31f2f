// Onboarding steps 3 and 4 as a user goes through them, by keyboard and mouse: the main account
// refused with a linked error summary, fixed, then the first entity account with the identifiers
// its business type asks for; and an accessibility scan of both forms while they show errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, expectFocus, openApp, watchedPage } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { createWorkspace, fillMainAccount } from './support/journeys.mjs';

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

test('an incomplete main account is refused with an error summary linking every problem to its field', async () => {
  const page = await scannablePage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.locator('h1', { hasText: 'Your company' }).waitFor();

  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.app-error-summary');
  await summary.waitFor();
  assert.match(await page.title(), /^Error:/);
  await expectFocus(page, '.app-error-summary');
  const links = await summary.getByRole('link').evaluateAll((found) => found.map((link) => link.getAttribute('href')));
  for (const href of links) {
    assert.equal(await page.locator(href).count(), 1, `summary link ${href} points at one field`);
  }
  await summary.getByRole('link', { name: 'Enter the company’s legal name.' }).click();
  assert.equal(await focusedId(page), 'field-organization-legalName');
  assert.deepEqual(await accessibilityViolations(page), [], 'the main account form with errors');

  await page.keyboard.type('Acme Imports');
  await page.locator('#field-organization-legalName-message').waitFor({ state: 'detached' });
  const hostile = '<img src=x onerror="document.title=1">';
  await page.getByLabel('Website').fill(hostile);
  await page.getByLabel('Website').blur();
  const warning = page.locator('#field-organization-website-message');
  assert.ok((await warning.innerText()).includes(hostile), 'the typed markup is quoted as text');
  assert.equal(await page.locator('main img').count(), 0, 'no element was made from the typed markup');
  assert.deepEqual(page.problems, []);
});

// The form stays until the user presses "Continue", even once everything in it is valid.
test(
  'a complete main account goes on to the first entity account when the user continues',
  async () => {
    const page = await scannablePage();
    page.setDefaultTimeout(5000);
    await openApp(page, app.url);
    await createWorkspace(page);
    await page.locator('h1', { hasText: 'Your company' }).waitFor();

    await fillMainAccount(page, 'Acme <b>Imports</b>');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.locator('h1', { hasText: 'Add an account' }).waitFor();
    assert.equal(await page.locator('main b').count(), 0, 'markup typed as a name stays text');
    assert.deepEqual(page.problems, []);
  },
);

test('the new account form asks for the identifiers of the business type and checks them as typed', async () => {
  const page = await scannablePage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.locator('h1', { hasText: 'Your company' }).waitFor();
  await fillMainAccount(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  const heading = page.locator('h1', { hasText: 'Add an account' });
  await heading.waitFor();

  assert.equal(await page.getByLabel('Importer of record number').count(), 0, 'no identifier before the type');
  await page.getByLabel('Business type').selectOption('importer');
  const ior = page.getByLabel('Importer of record number');
  await ior.fill('12-3456');
  const message = page.locator('#field-accounts-new-identifiers-importer-of-record-number-value-message');
  await message.waitFor();
  assert.equal(await ior.getAttribute('aria-invalid'), 'true');
  assert.match(await ior.getAttribute('aria-describedby'), /-value-message/);

  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.app-error-summary');
  await summary.waitFor();
  assert.ok((await summary.innerText()).includes(await message.innerText().then((text) => text.replace(/^Error:\s*/, ''))));
  assert.deepEqual(await accessibilityViolations(page), [], 'the new account form with errors');

  await ior.fill('12-345678900');
  await message.waitFor({ state: 'detached' });
  await page.getByLabel('CBP bond number').fill('99-1234567');
  await page.getByLabel('Account name').fill('Imports <i>Laredo</i>');
  await page.getByRole('button', { name: 'Continue' }).click();

  await heading.waitFor({ state: 'detached' });
  assert.ok((await page.locator('main').innerText()).includes('Imports <i>Laredo</i>'), 'the new account is listed as typed');
  assert.equal(await page.locator('main i').count(), 0, 'markup typed as a name stays text');
  assert.deepEqual(page.problems, []);
});
