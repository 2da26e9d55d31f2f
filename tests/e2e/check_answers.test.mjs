// A compliance manager attaches evidence to a criterion (the file stays on their computer:
// only its name, size and SHA-256 are kept), reviews the account on "Check your answers",
// goes back to change a section, and prints the dated gap report.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { addImporter, createWorkspace, reopen, fillMainAccount, unlock, waitUntilSaved } from './support/journeys.mjs';

const HOSTILE = '<img src=x onerror=alert(1)>';
const PLANNED = '2031-06-30';

const app = appForTheseTests();

/** From the account's task list, opens criteria category 1. */
async function openFirstCategory(page) {
  await page.getByRole('button', { name: /^1\. / }).first().click();
  await page.locator('#profile-category-title', { hasText: /^1\. / }).waitFor();
}

test('evidence fingerprinted in the browser, checked answers, a change, and the printed gap report', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await fillMainAccount(page, 'Laredo Imports');
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page, 'Laredo import account');
  await page.getByRole('button', { name: 'Laredo import account' }).click();
  await openFirstCategory(page);

  // The first criterion is in place, with a narrative and an evidence file.
  const first = page.locator('.app-criterion').first();
  const firstId = (await first.locator('.app-criterion__id').innerText()).trim();
  await first.getByRole('radio', { name: 'Implemented', exact: true }).check();
  await first.getByLabel('How the company meets this criterion').fill(`Signed policy ${HOSTILE}`);
  const contents = Buffer.alloc(5000, 'seal log line\n');
  const sha256 = createHash('sha256').update(contents).digest('hex');
  await first.getByLabel('Add evidence file').setInputFiles({
    name: 'seal-procedure.pdf',
    mimeType: 'application/pdf',
    buffer: contents,
  });
  await first.locator('.app-evidence__digest', { hasText: sha256 }).waitFor();
  assert.equal(await first.locator('.app-evidence__file-name').innerText(), 'seal-procedure.pdf');
  assert.equal(await first.locator('.app-evidence__size').innerText(), '4.9 KB');
  assert.equal(await first.locator('.app-evidence__digest').innerText(), sha256);
  assert.match(await first.getByRole('status').innerText(), /seal-procedure\.pdf added/);

  // A Must criterion is not implemented yet, planned for later.
  const must = page.locator('.app-criterion').filter({ has: page.locator('.app-criterion__mark--must') }).nth(1);
  const mustId = (await must.locator('.app-criterion__id').innerText()).trim();
  assert.notEqual(mustId, firstId);
  await must.getByRole('radio', { name: 'Not implemented', exact: true }).check();
  await must.getByLabel('Date it will be fully implemented').fill(PLANNED);
  await waitUntilSaved(page);
  assert.deepEqual(await accessibilityViolations(page), [], 'the criterion with its evidence');

  // Only name, size and fingerprint were kept, and they survive a reload.
  await reopen(page);
  await unlock(page);
  await page.getByRole('button', { name: 'Laredo import account' }).click();
  await openFirstCategory(page);
  assert.equal(await page.locator('.app-evidence__digest').first().innerText(), sha256);
  assert.equal(await page.locator('.app-evidence__file-name').first().innerText(), 'seal-procedure.pdf');

  // Check your answers, from the account's task list.
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.locator('#task-check-answers').click();
  const title = page.locator('h1', { hasText: 'Check your answers: Laredo import account' });
  await title.waitFor();
  const categoryOne = page.locator('.app-check-answers__section', { has: page.locator('h2', { hasText: /^1\. / }) });
  const firstRow = categoryOne.locator('.app-summary-list__row', { hasText: firstId });
  assert.match(await firstRow.innerText(), /Implemented/);
  assert.match(await firstRow.innerText(), /Evidence files: 1/);
  assert.ok((await firstRow.innerText()).includes(`Signed policy ${HOSTILE}`), 'typed markup shown as text');
  assert.equal(await page.locator('main img').count(), 0, 'typed markup never becomes an element');
  assert.match(await categoryOne.locator('.app-summary-list__row', { hasText: mustId }).innerText(), new RegExp(PLANNED));
  assert.deepEqual(await accessibilityViolations(page), [], 'check your answers');

  // "Change" goes back to the category.
  await categoryOne.getByRole('button', { name: /^Change 1\. / }).click();
  await page.locator('#profile-category-title', { hasText: /^1\. / }).waitFor();
  assert.equal(await page.locator('.app-evidence__digest').first().innerText(), sha256);
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.locator('#task-check-answers').click();
  await title.waitFor();

  // Printed: no navigation, no buttons; the dated gap report with the open Must criterion.
  const today = await page.evaluate(() => {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.app-header').isVisible(), false, 'header hidden');
  assert.equal(await page.locator('.app-skip-link').isVisible(), false, 'skip link hidden');
  assert.equal(await page.locator('#print-gap-report').isVisible(), false, 'print button hidden');
  assert.equal(await categoryOne.getByRole('button', { name: /^Change/ }).isVisible(), false, 'change hidden');
  const report = page.locator('#gap-report');
  assert.equal(await report.isVisible(), true);
  assert.equal(
    (await report.locator('#gap-report-title').innerText()).trim(),
    `Gap report — Laredo import account — Laredo Imports — prepared on ${today}`,
  );
  const mustRow = report.locator('tr', { hasText: mustId }).first();
  assert.equal(await mustRow.isVisible(), true);
  assert.match(await mustRow.innerText(), /Not implemented/);
  assert.match(await mustRow.innerText(), new RegExp(PLANNED));
  const colour = await title.evaluate((element) => getComputedStyle(element).color);
  assert.equal(colour, 'rgb(0, 0, 0)', 'black on white');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('#print-gap-report').isVisible(), true);
  assert.deepEqual(page.problems, []);
});
