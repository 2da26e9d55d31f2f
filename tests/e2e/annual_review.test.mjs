// The annual review as a compliance manager does it: the account's task list and the home task
// list say when the review window opens and closes; last year's signed submission is chosen on
// "Compare with last year", which lists exactly what changed since (a partner added, a facility
// removed, a narrative changed, with both values), each difference is marked reviewed and the
// review dates shown follow; Settings downloads the next review as a calendar file. The page
// passes the accessibility scan in the three languages and fits 360 px. A backup is refused, and
// a file signed by another key is compared only once its signer is confirmed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { foreignSubmission } from './support/foreign_files.mjs';
import { restoredWorkspace, waitUntilSaved } from './support/journeys.mjs';
import { switchLanguage } from './support/keyboard.mjs';

const app = appForTheseTests();

const DAY = 86400000;

/** A local date as ISO `YYYY-MM-DD`, as the app reads "today" (the browser's time zone). */
function localIso(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const daysFrom = (iso, days) => {
  const [y, m, d] = iso.split('-').map(Number);
  return localIso(new Date(new Date(y, m - 1, d).getTime() + days * DAY + DAY / 2));
};
const inYear = (iso, years) => `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;

const TODAY = localIso(new Date());
// This year's anniversary a month ahead (never a 29 February), so the window is open today.
const DUE = ((due) => (due.endsWith('-02-29') ? daysFrom(TODAY, 31) : due))(daysFrom(TODAY, 30));
const OPENS = daysFrom(DUE, -90);
const NEXT_DUE = inYear(DUE, 1);
const NEXT_OPENS = daysFrom(NEXT_DUE, -90);

async function download(page, click) {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  const path = join(mkdtempSync(join(tmpdir(), 'ctpat-e2e-')), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** A workspace holding the complete sample account, certified two years before its coming
 * anniversary and reviewed last year, restored from a backup. */
async function certifiedWorkspace(page) {
  const complete = JSON.parse(readFileSync(resolve('tests/e2e/fixtures/complete-workspace.json'), 'utf8'));
  const account = complete.accounts[0];
  account.status = 'certified';
  account.anniversaryDate = inYear(DUE, -2);
  account.lastAnnualReview = daysFrom(TODAY, -300);
  await openApp(page, app.url);
  await restoredWorkspace(page, complete, 'complete-backup.json');
}

async function openAccount(page) {
  await page.getByRole('button', { name: 'Back to the task list' }).first().click();
  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).waitFor();
  await page.getByRole('button', { name: 'U.S. imports' }).click();
  await page.locator('#account-title').waitFor();
}

async function assertFits(page, what) {
  assert.deepEqual(await accessibilityViolations(page), [], `${what} has accessibility violations`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} is ${overflow} px wider than a 360 px screen`);
}

test('comparing with last year’s submission lists exactly what changed, marks update the review dates, and the next review downloads as a calendar file', async () => {
  const page = await app.newPage();
  await page.setViewportSize({ width: 360, height: 780 });
  await certifiedWorkspace(page);

  // Last year's submission.
  const submission = await download(page, () => page.locator('button[data-export-account="importer"]').click());
  assert.match(submission.name, /\.ctpat\.json$/);

  // The task lists show the window, open now.
  await page.getByRole('button', { name: 'Back to the task list' }).first().click();
  await page.locator('h1', { hasText: 'Your C-TPAT profile' }).waitFor();
  const entry = page.locator('.app-task-list__item[data-account="importer"]');
  assert.match(await entry.innerText(), new RegExp(`Annual review window: ${OPENS} to ${DUE}`));
  await page.getByRole('button', { name: 'U.S. imports' }).click();
  await page.locator('#account-title').waitFor();
  assert.equal(
    await page.locator('#annual-review-window').innerText(),
    `The annual review window is open: it opened on ${OPENS} and closes on ${DUE}.`,
  );

  // This year's changes: a partner added, a facility removed, a narrative changed.
  await page.locator('#task-business-partners').click();
  await page.getByRole('button', { name: 'Add a business partner' }).click();
  // The second row's name: the one just added, not the first row's.
  await page.getByLabel('Partner’s name').nth(1).fill('Broker Two Ltd.');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.locator('#account-title').waitFor();
  await page.locator('#task-facilities').click();
  await page.getByRole('button', { name: 'Remove Warehouse 0' }).click();
  await page.getByRole('button', { name: 'Remove Warehouse 0' }).waitFor({ state: 'detached' });
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.locator('#account-title').waitFor();
  await page.locator('#task-criteria-1').click();
  const narrative = page.getByLabel('How the company meets this criterion').first();
  const before = await narrative.inputValue();
  await narrative.fill('Reviewed by the board every quarter since March.');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.locator('#account-title').waitFor();

  // Compare with last year's file, signed by this workspace: no signer question.
  await page.locator('#task-annual-review').click();
  await page.locator('h1', { hasText: 'Compare with last year' }).waitFor();
  await page.locator('#annual-review-file').setInputFiles({
    name: submission.name,
    mimeType: 'application/json',
    buffer: Buffer.from(submission.text),
  });
  await page.locator('#annual-review-record').waitFor();
  const differences = page.locator('.app-annual-review__difference');
  assert.equal(await differences.count(), 3, await page.locator('#annual-review-record').innerText());
  const changes = await differences.evaluateAll((found) =>
    found.map((item) => [item.closest('[data-group]').dataset.group, item.dataset.change, item.querySelector('.app-annual-review__name').textContent]),
  );
  assert.deepEqual(changes, [
    ['criteria', 'annual_review.change.changed', '1.1'],
    ['partners', 'annual_review.change.added', 'Broker Two Ltd.'],
    ['facilities', 'annual_review.change.removed', 'Warehouse 0'],
  ]);
  const changed = page.locator('[data-difference="criteria-1.1"]');
  const row = changed.locator('tr', { hasText: 'How the company meets this criterion' });
  assert.equal(await row.locator('[data-side="last-year"]').innerText(), before);
  assert.equal(await row.locator('[data-side="this-year"]').innerText(), 'Reviewed by the board every quarter since March.');
  assert.equal(await changed.locator('tbody tr').count(), 1, 'only the narrative differs');
  assert.match(await page.locator('[data-unchanged="facilities"]').innerText(), /Unchanged: 0/);
  assert.match(await page.locator('[data-unchanged="criteria"]').innerText(), /Unchanged: \d+/);
  assert.equal(await page.locator('#annual-review-progress').innerText(), 'Differences since last year: 3. Reviewed: 0.');
  assert.equal(await page.locator('[data-reviewed-on="criteria-1.1"]').innerText(), 'Answer last reviewed: 2026-10-28');
  await assertFits(page, 'the comparison');
  for (const language of ['fr', 'es']) {
    await switchLanguage(page, language);
    await page.locator('html').getAttribute('lang').then((lang) => assert.ok(lang.startsWith(language)));
    await assertFits(page, `the comparison in ${language}`);
  }
  await switchLanguage(page, 'en');
  await page.locator('#annual-review-progress', { hasText: 'Differences since last year' }).waitFor();

  // Marked reviewed with the keyboard, one by one.
  for (const id of ['criteria-1.1', 'partners-', 'facilities-facility-0']) {
    await page.locator(`[data-difference^="${id}"] input[type="checkbox"]`).focus();
    await page.keyboard.press('Space');
  }
  await page.locator('#annual-review-progress', { hasText: 'Reviewed: 3.' }).waitFor();
  assert.equal(await page.locator('[data-reviewed-on="criteria-1.1"]').innerText(), `Answer last reviewed: ${TODAY}`);
  assert.equal(await page.locator('#annual-review-last').innerText(), `Last annual review: ${TODAY}`);
  assert.match(await page.locator('#annual-review-done').innerText(), new RegExp(`is now ${TODAY}`));
  assert.equal(
    await page.locator('#annual-review-window').innerText(),
    `Next annual review: the window opens on ${NEXT_OPENS} and closes on ${NEXT_DUE}.`,
  );
  await waitUntilSaved(page);

  // The criterion's own page shows the date written.
  await page.getByRole('button', { name: 'Back to the account' }).click();
  await page.locator('#task-criteria-1').click();
  assert.equal(await page.getByLabel(/Date last reviewed/).first().inputValue(), TODAY);

  // Settings: the next review as a calendar file.
  await page.locator('#open-settings').click();
  const reminder = await download(page, () => page.locator('button[data-reminder-account="importer"]').click());
  assert.match(reminder.name, new RegExp(`^u-s-imports-annual-review-${NEXT_DUE}\\.ics$`));
  assert.ok(reminder.text.startsWith('BEGIN:VCALENDAR\r\n'));
  const lines = reminder.text.replace(/\r\n /g, '').split('\r\n');
  assert.ok(lines.includes(`DTSTART;VALUE=DATE:${NEXT_OPENS.replaceAll('-', '')}`), reminder.text);
  assert.ok(lines.includes('TRIGGER:-P7D'));
  assert.ok(lines.some((line) => line.startsWith('DESCRIPTION:') && line.includes(NEXT_DUE)), 'the review date is in the event');
  assert.ok(reminder.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines are folded');
  await page.locator('#review-reminders-status', { hasText: reminder.name }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('a backup or another business type’s submission is not compared, and nothing changes', async () => {
  const page = await app.newPage();
  await certifiedWorkspace(page);
  const backup = await download(page, () => page.locator('#export-backup').click());
  await openAccount(page);
  await page.locator('#task-annual-review').click();
  await page.locator('#annual-review-file').setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
  await page.locator('#annual-review-error', { hasText: 'This file is a workspace backup.' }).waitFor();
  assert.equal(await page.locator('#annual-review-record').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('a submission signed by another key is compared only once its fingerprint is confirmed as the sender’s', async () => {
  const page = await app.newPage();
  await certifiedWorkspace(page);
  const complete = JSON.parse(readFileSync(resolve('tests/e2e/fixtures/complete-workspace.json'), 'utf8'));
  const lastYear = complete.accounts[0];
  lastYear.profile.partners = [];
  const { text, fingerprint } = await foreignSubmission(lastYear, 'Northwind Imports Inc.');
  await openAccount(page);
  await page.locator('#task-annual-review').click();
  await page.locator('#annual-review-file').setInputFiles({ name: 'last-year.ctpat.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator('#annual-review-signer').waitFor();
  assert.equal(await page.locator('#annual-review-signer-key').innerText(), fingerprint);
  await page.locator('#annual-review-show').click();
  await page.locator('.app-error-summary a[href="#import-signer-compared"]').waitFor();
  assert.equal(await page.locator('#annual-review-record').count(), 0, 'nothing is compared before the signer is confirmed');

  await page.getByLabel('I have compared this fingerprint with the one the sender gave me').check();
  await page.locator('#annual-review-show').click();
  await page.locator('#annual-review-record').waitFor();
  const added = page.locator('.app-annual-review__difference[data-change="annual_review.change.added"]');
  assert.equal(await added.count(), 1, 'the partner missing from that file is listed as added');
  assert.deepEqual(page.problems, []);
});
