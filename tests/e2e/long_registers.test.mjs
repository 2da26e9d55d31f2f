// A register of 500 business partners as a compliance manager works through it: it opens
// with only the rows near the screen in the page, says where each row stands ("Row 250 of
// 500"), the keyboard walks from the first row to the last without losing its place, the find
// box narrows it by words and status, an error in row 480 is reached from the error summary and
// from the export screen, and printing shows every row.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { appForTheseTests, openApp, watchedPage } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { restoredWorkspace } from './support/journeys.mjs';

const app = appForTheseTests();
const PARTNERS = 500;
const COUNTRIES = ['MX', 'CA', 'US', 'CN', 'DE'];
/** The one partner with an error: no country. */
const BROKEN = 480;
/** The most rows the page may hold at once: those on screen, a margin, the focused one's. */
const FEW = 20;
/** The rows of the register the keyboard walks through. */
const WALKED = 150;

/** The complete workspace of the fixtures, its importer holding `partners` partners. */
function workspaceWithManyPartners(partners = PARTNERS) {
  const workspace = JSON.parse(readFileSync(resolve('tests/e2e/fixtures/complete-workspace.json'), 'utf8'));
  const importer = workspace.accounts.find((account) => account.businessType === 'importer');
  const model = importer.profile.partners[0];
  importer.profile.partners = Array.from({ length: partners }, (_, index) => {
    const number = index + 1;
    const country = number === BROKEN ? '' : COUNTRIES[index % COUNTRIES.length];
    return { ...model, id: `partner-${number}`, name: `Partner ${number} ${country || 'nowhere'}`, country };
  });
  return { workspace, importer };
}

async function openPartners(page, importer) {
  await page.getByRole('button', { name: 'Back to the task list', exact: true }).click();
  await page.getByRole('button', { name: importer.name, exact: true }).click();
  await page.getByRole('button', { name: 'Business partners', exact: true }).click();
  await page.locator('h1', { hasText: 'Business partners' }).waitFor();
  await page.locator('.app-register-list__row').first().waitFor();
}

const rowsInPage = (page) => page.locator('.app-register-list__row').count();
const focusedRow = (page) =>
  page.evaluate(() => document.activeElement?.closest('[data-row]')?.getAttribute('data-row') ?? null);

/** A page on the partners register of a workspace with `partners` partners; its content
 * security policy lets the test inject axe-core (the app's own policy is checked elsewhere). */
async function pageWithManyPartners(partners = PARTNERS) {
  const { workspace, importer } = workspaceWithManyPartners(partners);
  const context = await app.browser.newContext({ bypassCSP: true });
  const page = watchedPage(await context.newPage());
  await openApp(page, app.url);
  await restoredWorkspace(page, workspace, 'many-partners.json');
  await openPartners(page, importer);
  return page;
}

test('a 500-partner register holds only the rows near the screen, each saying where it stands', async () => {
  const page = await pageWithManyPartners();
  assert.ok((await rowsInPage(page)) <= FEW, `opened with ${await rowsInPage(page)} rows in the page`);
  assert.equal(await page.locator('.app-register-find__count').innerText(), 'Showing 500 of 500.');
  const first = page.getByRole('group', { name: 'Partner 1 MX Row 1 of 500' });
  assert.equal(await first.count(), 1, 'the first row is named with its position');
  assert.deepEqual(await accessibilityViolations(page), [], 'the long register with its find box');

  // Scrolled to the end: the last rows are built, the first ones are gone, the page is as long
  // as 500 rows are.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height > PARTNERS * 300, `the page is ${height}px long`);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator('legend', { hasText: 'Partner 500 DE' }).waitFor();
  assert.equal(await page.locator('legend', { hasText: 'Partner 1 MX' }).count(), 0);
  assert.ok((await rowsInPage(page)) <= FEW, `at the end: ${await rowsInPage(page)} rows in the page`);
  assert.equal(await page.locator('#' + (await page.locator('legend', { hasText: 'Partner 500 DE' }).getAttribute('id')) + '-position').innerText(), 'Row 500 of 500');

  // Halfway, by the scroll bar.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.app-register-list__row legend')].some((legend) => /^Partner 2\d\d /.test(legend.textContent)),
  );
  assert.deepEqual(page.problems, []);
});

test('the keyboard walks every row from the first to the last, and back, without losing its place', async () => {
  // 150 rows, not 500, to keep the walk (about 13 stops a row) short: the page builds no more
  // rows at once either way.
  const page = await pageWithManyPartners(WALKED);
  await page.getByLabel('Partner’s name').first().focus();
  const walked = await page.evaluate(() => {
    window.walk = { rows: [], most: 0, lost: 0 };
    document.addEventListener('focusin', () => {
      const row = document.activeElement?.closest('[data-row]')?.getAttribute('data-row');
      if (!row) return;
      if (window.walk.rows.at(-1) !== row) window.walk.rows.push(row);
      window.walk.most = Math.max(window.walk.most, document.querySelectorAll('.app-register-list__row').length);
    });
    document.addEventListener('focusout', (event) => {
      if (!event.relatedTarget) window.walk.lost += 1;
    });
    return true;
  });
  assert.ok(walked);
  const add = page.getByRole('button', { name: 'Add a business partner' });
  for (let presses = 0; presses < WALKED * 20; presses += 1) {
    await page.keyboard.press('Tab');
    if (presses % 50 === 49 && (await add.evaluate((button) => button === document.activeElement))) break;
  }
  while (!(await add.evaluate((button) => button === document.activeElement))) await page.keyboard.press('Tab');
  const walk = await page.evaluate(() => window.walk);
  const expected = Array.from({ length: WALKED }, (_, index) => `partner-${index + 1}`);
  assert.deepEqual(walk.rows.slice(0, 3), expected.slice(0, 3));
  assert.equal(walk.rows.length, WALKED, `rows reached in order: ${walk.rows.slice(-3)}`);
  assert.deepEqual(walk.rows, expected, 'every row, in order, each once');
  assert.equal(walk.lost, 0, 'focus never fell out of the page');
  assert.ok(walk.most <= FEW, `at most ${walk.most} rows in the page at once`);

  // Back into the last row with Shift+Tab, and on up into the one before.
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  assert.equal(await focusedRow(page), `partner-${WALKED - 1}`);
  assert.deepEqual(page.problems, []);
});

test('the find box narrows the register by words and by status, and gives every row back', async () => {
  const page = await pageWithManyPartners();
  const count = page.locator('.app-register-find__count');
  await page.getByLabel('Find in this register').fill('ca');
  await count.filter({ hasText: 'Showing 100 of 500.' }).waitFor();
  const legends = await page.locator('.app-register-list__row legend').allInnerTexts();
  assert.ok(legends.length > 0 && legends.every((legend) => legend.endsWith(' CA')), legends.join(', '));
  assert.equal(await page.locator('.app-register-list__row legend').first().innerText(), 'Partner 2 CA');

  await page.getByLabel('Find in this register').fill('partner 33');
  await count.filter({ hasText: 'Showing 14 of 500.' }).waitFor(); // 33, 133, 233, 330–339 and 433

  await page.getByLabel('Find in this register').fill('');
  await page.getByLabel('Show').selectOption({ label: 'Rows with errors to fix' });
  await count.filter({ hasText: 'Showing 1 of 500.' }).waitFor();
  assert.deepEqual(await page.locator('.app-register-list__row legend').allInnerTexts(), [`Partner ${BROKEN} nowhere`]);
  assert.equal(
    await page.getByRole('group', { name: `Partner ${BROKEN} nowhere Row ${BROKEN} of 500` }).count(),
    1,
    'a found row keeps its place in the whole register',
  );

  // Fixing the row does not take it away while the user is in it.
  await page.getByRole('group', { name: new RegExp(`^Partner ${BROKEN} `) }).getByLabel('Country').fill('MX');
  assert.equal(await rowsInPage(page), 1);

  await page.getByLabel('Find in this register').fill('no such partner');
  await count.filter({ hasText: 'No row matches. Clear the search to see every row.' }).waitFor();
  assert.equal(await rowsInPage(page), 0);
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await count.filter({ hasText: 'Showing 500 of 500.' }).waitFor();
  assert.equal(await page.getByLabel('Show').inputValue(), 'any');
  assert.deepEqual(page.problems, []);
});

test('an error in row 480 is reached from the error summary and from the export screen', async () => {
  const { workspace, importer } = workspaceWithManyPartners();
  const page = await app.newPage();
  await openApp(page, app.url);
  await restoredWorkspace(page, workspace, 'many-partners.json');

  // From the export screen, where the restore ends: the finding's link opens the register at
  // the row.
  await page.getByRole('link', { name: 'Enter the business partner’s country.' }).click();
  await page.locator('h1', { hasText: 'Business partners' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('[data-row]'));
  assert.equal(await focusedRow(page), `partner-${BROKEN}`);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'INPUT');
  assert.ok((await rowsInPage(page)) <= FEW);

  // From the register's own error summary, after going back to the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByLabel('Partner’s name').first().focus();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const summary = page.locator('.app-error-summary');
  await summary.waitFor();
  const link = summary.getByRole('link', { name: new RegExp(`Partner ${BROKEN} nowhere`) });
  assert.equal(await link.count(), 1);
  await link.click();
  await page.waitForFunction((row) => document.activeElement?.closest('[data-row]')?.getAttribute('data-row') === row, `partner-${BROKEN}`);
  const country = page.locator(':focus');
  assert.equal(await country.getAttribute('aria-invalid'), 'true', 'the field in error has the focus');
  assert.ok(await country.isVisible(), 'and is on screen');
  await page.keyboard.type('CA');
  assert.equal(await country.inputValue(), 'CA');
  assert.ok((await rowsInPage(page)) <= FEW);
  assert.equal(importer.profile.partners.length, PARTNERS);
  assert.deepEqual(page.problems, []);
});

test('printing the register shows every row; the screen goes back to the rows near it', async () => {
  const page = await pageWithManyPartners();
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction((count) => document.querySelectorAll('.app-register-list__row').length === count, PARTNERS);
  assert.equal(await page.locator('.app-register-list__room').count(), 0);
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction((few) => document.querySelectorAll('.app-register-list__row').length <= few, FEW);

  // A real print (to PDF) runs the browser's own beforeprint: every row is on paper.
  const pdf = (await page.pdf()).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  assert.ok(pages > PARTNERS / 4, `${pages} printed pages for ${PARTNERS} partners`);
  await page.waitForFunction((few) => document.querySelectorAll('.app-register-list__row').length <= few, FEW);
  assert.deepEqual(page.problems, []);
});
