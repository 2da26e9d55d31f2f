// Every screen has its own address: the browser's Back and Forward move between screens, a
// reload (after unlocking) stays on the screen, and an address that names no screen says so
// and leads back to the task list. The app is served from a sub-path, as on any static host.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { addImporter, createWorkspace, fillMainAccount, unlock, waitUntilSaved } from './support/journeys.mjs';

const app = appForTheseTests();

async function workspaceWithAnImporter(page) {
  await openApp(page, app.url);
  await createWorkspace(page);
  await fillMainAccount(page, 'History Freight');
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page, 'History imports');
  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).waitFor();
  // The tests reload: the draft must be stored first.
  await waitUntilSaved(page);
}

const heading = (page) => page.locator('h1').first().innerText();
const fragment = (page) => new URL(page.url()).hash;

test('Back and Forward move between screens, and a reload stays on the screen', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  assert.equal(fragment(page), '#/tasks');
  assert.ok(new URL(page.url()).pathname.startsWith(new URL(app.url).pathname), 'still under the sub-path');

  await page.getByRole('button', { name: 'History imports' }).click();
  await page.locator('#task-criteria-1').waitFor();
  assert.match(fragment(page), /^#\/accounts\/[^/]+$/);
  await page.locator('#task-criteria-1').click();
  await page.getByLabel('How the company meets this criterion').first().waitFor();
  const criteriaAddress = fragment(page);
  assert.match(criteriaAddress, /^#\/accounts\/[^/]+\/criteria-1$/);

  await page.goBack();
  await page.locator('#task-criteria-1').waitFor();
  await page.goBack();
  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).waitFor();
  assert.equal(fragment(page), '#/tasks');
  await page.goForward();
  await page.locator('#task-criteria-1').waitFor();
  await page.goForward();
  await page.getByLabel('How the company meets this criterion').first().waitFor();
  assert.equal(fragment(page), criteriaAddress);

  // Settings too; then a reload asks for the passphrase and comes back to the same screen.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.locator('h1', { hasText: 'Settings' }).waitFor();
  assert.equal(fragment(page), '#/settings');
  await page.goBack();
  await page.getByLabel('How the company meets this criterion').first().waitFor();
  await page.reload();
  await unlock(page);
  await page.getByLabel('How the company meets this criterion').first().waitFor();
  assert.equal(fragment(page), criteriaAddress);
  assert.deepEqual(page.problems, []);
});

test('an address that names no screen, or an account that is not there, says so and leads to the task list', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  for (const address of ['#/nowhere', '#/accounts/no-such-account/criteria-1']) {
    // Typed into the address bar, then loaded again.
    await page.goto(new URL(address, page.url()).href);
    await page.reload();
    await unlock(page);
    await page.locator('h1', { hasText: 'Page not found' }).waitFor();
    assert.equal(fragment(page), address, 'the address typed is kept, to be corrected');
  }
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByRole('button', { name: 'Go to your task list' }).click();
  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).waitFor();
  assert.equal(fragment(page), '#/tasks');
  assert.equal(await heading(page), 'Your C-TPAT profile');
  assert.deepEqual(page.problems, []);
});

test('a bookmarked screen opens after unlocking', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  await page.getByRole('button', { name: 'Export and import' }).click();
  await page.locator('h1', { hasText: 'Export and import' }).waitFor();
  const bookmark = page.url();
  await waitUntilSaved(page);
  const context = page.context();
  await page.close();

  // Later, in the same browser, the bookmark is opened.
  const later = await context.newPage();
  await later.goto(bookmark);
  await unlock(later);
  await later.locator('h1', { hasText: 'Export and import' }).waitFor();
  assert.equal(fragment(later), '#/transfer');
});
