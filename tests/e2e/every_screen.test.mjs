// Every screen of an open workspace — the task list, the main account, an account's own task
// list and each of its sections (details, every criteria category, every register), check your
// answers, export and import, settings — at 360 px wide: an automated WCAG 2.2 AA scan
// (axe-core) finds no violation, with and without the error summary showing, and nothing is
// wider than the screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { addImporter, addRegisterRow, createWorkspace, fillMainAccount } from './support/journeys.mjs';

const app = appForTheseTests();

/** Scans the screen and checks it fits a 360 px wide viewport. */
async function assertUsable(page, screen) {
  assert.deepEqual(await accessibilityViolations(page), [], `${screen} has accessibility violations`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${screen} is ${overflow} px wider than a 360 px screen`);
}

async function heading(page) {
  return (await page.locator('h1').first().innerText()).trim();
}

test('every screen of an account passes the accessibility scan and fits 360 px, with and without errors', async () => {
  const page = await app.newPage();
  await page.setViewportSize({ width: 360, height: 780 });
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.locator('h1', { hasText: 'Your company' }).waitFor();
  await fillMainAccount(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page, 'Laredo import account');

  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).or(page.locator('h1', { hasText: 'Laredo import account' })).first().waitFor();
  if ((await heading(page)) !== 'Laredo import account') {
    await assertUsable(page, 'task list');
    await page.getByRole('button', { name: 'Laredo import account' }).click();
  }
  await page.locator('h1', { hasText: 'Laredo import account' }).waitFor();
  await assertUsable(page, 'account task list');

  const tasks = page.locator('main section.app-task-list .app-task-list__link');
  const count = await tasks.count();
  assert.ok(count >= 15, `an importer's task list has its details, criteria categories and registers (found ${count})`);
  const visited = [];
  const scannedWithErrors = [];
  for (let index = 0; index < count; index += 1) {
    const task = tasks.nth(index);
    const name = (await task.innerText()).trim();
    if (await task.isDisabled()) continue;
    await task.click();
    await page.locator('#account-title').waitFor({ state: 'detached' });
    await assertUsable(page, name);
    // A register is scanned with a row being filled in, not only empty.
    if (await addRegisterRow(page)) {
      await assertUsable(page, `${name} with a row`);
    }
    const save = page.locator('main form button[type="submit"]').first();
    if (await save.count()) {
      await save.click();
      if (await page.locator('.app-error-summary').count()) {
        await assertUsable(page, `${name} showing errors`);
        scannedWithErrors.push(name);
      }
    }
    visited.push(name);
    // "Save and continue" with nothing wrong goes back by itself (or on to the next category).
    if (!(await page.locator('#account-title').count())) {
      await page.locator('.app-back-link').first().click();
    }
    await page.locator('#account-title').waitFor();
  }
  assert.ok(visited.some((name) => /business partners/i.test(name)), visited.join(' | '));
  assert.ok(scannedWithErrors.length >= 5, `screens shown with errors: ${scannedWithErrors.join(' | ')}`);

  await page.locator('#task-check-answers').click();
  await page.locator('h1', { hasText: 'Check your answers' }).waitFor();
  await assertUsable(page, 'check your answers and gap report');
  await page.locator('.app-back-link').first().click();
  await page.locator('#account-title').waitFor();

  const home = page.locator('h1', { hasText: 'Your C-TPAT profile' });
  await page.locator('.app-back-link').first().click();
  await home.waitFor();
  await assertUsable(page, 'task list with an account');
  for (const [open, screen, leave] of [
    ['text=Add an entity account', 'Add an account', '.app-back-link, button:has-text("Cancel")'],
    ['text=Export and import', 'Export and import', '.app-back-link'],
    ['#task-main-account', 'Your company', 'main form button[type="submit"]'],
    ['#open-settings', 'Settings', '.app-back-link'],
  ]) {
    await page.locator(open).first().click();
    await page.locator('h1', { hasText: screen }).waitFor();
    await assertUsable(page, screen);
    await page.locator(leave).first().click();
    await home.waitFor();
  }
  assert.deepEqual(page.problems, []);
});
