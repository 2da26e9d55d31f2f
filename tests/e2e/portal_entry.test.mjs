// Portal entry mode: CBP's Portal cannot import a file, so an importer's compliance manager
// works through the account's answers in the Portal's own order (Upper Management first,
// Cybersecurity last, by question number), copies each answer with a button, pastes it into the
// Portal and ticks the question. The ticks are saved with the workspace (encrypted) and shown as
// progress per section; where the browser refuses the clipboard, the answer is selected instead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp, watchedPage } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { addImporter, appValues, createWorkspace, reopen, fillMainAccount, unlock, waitUntilSaved } from './support/journeys.mjs';
import { untilWorkingOffline } from './support/offline.mjs';

const app = appForTheseTests();

const PORTAL_ORDER = [
  '1. Upper Management',
  '2. Risk Assessment',
  '3. Business Partners',
  '4. Procedural Security',
  '5. Conveyance and Instruments of International Traffic',
  '6. Agricultural Procedures',
  '7. Physical Security',
  '8. Access Controls',
  '9. Personnel Security',
  '10. Education and Training',
  '11. Cybersecurity',
];
// Written in Spanish while the editor is in English: shown and copied as written.
const ANSWER_1_2 = 'El comité de seguridad reúne a RR. HH., TI y Comercio Exterior.\nSe reúne cada mes.';
const ANSWER_1_3 = 'Annual internal audit of the security program, reviewed by the CFO.';

/** A page in a context of its own; with `clipboard`, allowed to write and read the clipboard. */
async function newPage({ clipboard }) {
  const context = await app.browser.newContext(clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {});
  return watchedPage(await context.newPage());
}

/** A workspace with an importer whose criteria 1.2 and 1.3 are answered; ends on its task list. */
async function importerWithTwoAnswers(page) {
  await openApp(page, app.url);
  await createWorkspace(page);
  await fillMainAccount(page, 'Laredo Imports');
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page, 'Laredo import account');
  await page.getByRole('button', { name: 'Laredo import account' }).click();
  await page.getByRole('button', { name: /^1\. / }).first().click();
  await page.locator('#profile-category-title', { hasText: /^1\. / }).waitFor();
  for (const [id, text] of [['1.2', ANSWER_1_2], ['1.3', ANSWER_1_3]]) {
    const criterion = page.locator('.app-criterion', { has: page.locator('.app-criterion__id', { hasText: new RegExp(`^${id.replace('.', '\\.')}$`) }) });
    await criterion.getByRole('radio', { name: 'Implemented', exact: true }).check();
    await criterion.getByLabel('How the company meets this criterion').fill(text);
  }
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.locator('#task-portal-entry').waitFor();
}

/** From the account's task list, opens Portal entry mode. */
async function openPortalEntry(page) {
  await page.locator('#task-portal-entry').click();
  await page.locator('#portal-entry-title', { hasText: 'Enter in the Portal: Laredo import account' }).waitFor();
}

const question = (page, number) => page.locator(`#portal-question-${number}`);

test('an importer’s answers are copied in the Portal’s order and the ticks are saved across a reload', async () => {
  const page = await newPage({ clipboard: true });
  await importerWithTwoAnswers(page);
  assert.equal((await page.locator('#task-portal-entry-progress').innerText()).trim(), '0 of 141 entered');
  await openPortalEntry(page);

  // The Portal's sections in its order, not the criteria's (Cybersecurity, criteria 4.x, last).
  const sections = await page.locator('.app-portal-section__title').allInnerTexts();
  assert.deepEqual(sections.map((text) => text.trim()), PORTAL_ORDER);
  const upper = page.locator('#portal-section-upper_management');
  const numbers = await upper.locator('.app-portal-question__title').allInnerTexts();
  assert.deepEqual(numbers, ['Question 1', 'Question 2', 'Question 3', 'Question 4', 'Question 5', 'Question 7']);
  assert.match(await question(page, 1).innerText(), /Criterion 1\.2/);
  assert.match(await question(page, 7).innerText(), /Criterion 1\.1/);
  // Question 16 is criterion 7.10, asked among the business partners in the Portal.
  assert.match(await page.locator('#portal-section-business_partners #portal-question-16').innerText(), /Criterion 7\.10/);

  // The answer is shown as written, line break and language included; Copy puts exactly it on
  // the clipboard and the live region says so. All by keyboard.
  assert.equal(await page.locator('#portal-answer-1-1-2').innerText(), ANSWER_1_2);
  const copy = question(page, 1).getByRole('button', { name: 'Copy answer for question 1, criterion 1.2' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await page.locator('#portal-entry-announcement', { hasText: 'Answer for question 1, criterion 1.2 copied. Paste it into the Portal.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), ANSWER_1_2);
  assert.match(await question(page, 1).innerText(), /copied\. Paste it into the Portal\./);
  await question(page, 1).getByLabel('Entered in the Portal').focus();
  await page.keyboard.press('Space');

  await question(page, 2).getByRole('button', { name: /^Copy answer/ }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#portal-entry-announcement', { hasText: 'question 2, criterion 1.3 copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), ANSWER_1_3);
  await question(page, 2).getByLabel('Entered in the Portal').focus();
  await page.keyboard.press('Space');

  // An unanswered question has nothing to copy.
  assert.match(await question(page, 7).innerText(), /No answer written yet\./);
  assert.equal(await question(page, 7).getByRole('button', { name: /^Copy answer/ }).count(), 0);

  assert.equal((await page.locator('#portal-progress-upper_management').innerText()).trim(), '2 of 6 entered');
  assert.equal((await page.locator('#portal-progress-risk_assessment').innerText()).trim(), '0 of 4 entered');
  assert.equal((await page.locator('#portal-entry-progress').innerText()).trim(), '2 of 141 questions entered in the Portal');
  assert.equal((await page.locator('#portal-index-progress-upper_management').innerText()).trim(), '2 of 6 entered');
  await waitUntilSaved(page);
  const stored = JSON.stringify(await appValues(page));
  assert.ok(!stored.includes('portalEntered'), 'the ticks are stored encrypted, like everything else');

  // Printed: a checklist without buttons, the ticks and answers kept.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await copy.isVisible(), false, 'copy buttons do not print');
  assert.equal(await page.locator('#portal-entry-print').isVisible(), false);
  assert.equal(await page.locator('#portal-answer-1-1-2').isVisible(), true);
  assert.equal(await question(page, 1).getByLabel('Entered in the Portal').isChecked(), true);
  await page.emulateMedia({ media: 'screen' });

  // After a reload and unlock, the ticks and the progress are as they were.
  await reopen(page);
  await unlock(page);
  await page.getByRole('button', { name: 'Laredo import account' }).click();
  assert.equal((await page.locator('#task-portal-entry-progress').innerText()).trim(), '2 of 141 entered');
  assert.equal((await page.locator('#task-portal-entry-status').innerText()).trim(), 'In progress');
  await openPortalEntry(page);
  assert.equal(await question(page, 1).getByLabel('Entered in the Portal').isChecked(), true);
  assert.equal(await question(page, 2).getByLabel('Entered in the Portal').isChecked(), true);
  assert.equal(await question(page, 3).getByLabel('Entered in the Portal').isChecked(), false);
  assert.equal((await page.locator('#portal-progress-upper_management').innerText()).trim(), '2 of 6 entered');

  // Unticking counts down again.
  await question(page, 2).getByLabel('Entered in the Portal').uncheck();
  await page.locator('#portal-progress-upper_management', { hasText: '1 of 6 entered' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('where the browser refuses the clipboard, the answer is selected for the user to copy', async () => {
  const page = await newPage({ clipboard: false });
  // As a browser that denies clipboard access does: writing is refused with NotAllowedError.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      get: () => ({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }),
    });
  });
  await importerWithTwoAnswers(page);
  await openPortalEntry(page);
  await question(page, 2).getByRole('button', { name: 'Copy answer for question 2, criterion 1.3' }).click();
  const said = 'Your browser did not allow copying. The answer for question 2, criterion 1.3 is selected: copy it with Ctrl+C (⌘+C on a Mac).';
  await page.locator('#portal-entry-announcement', { hasText: said }).waitFor();
  assert.equal(await page.evaluate(() => window.getSelection().toString()), ANSWER_1_3);
  assert.ok((await question(page, 2).innerText()).includes(said), 'said beside the answer too');
  assert.deepEqual(page.problems, []);
});

test('Portal entry mode passes axe in English, French and Spanish, with the Portal’s own section names beside', async () => {
  const page = await newPage({ clipboard: true });
  await importerWithTwoAnswers(page);
  await openPortalEntry(page);
  await question(page, 1).getByLabel('Entered in the Portal').check();
  await question(page, 1).getByRole('button', { name: /^Copy answer/ }).click();
  await page.locator('#portal-entry-announcement', { hasText: 'copied' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), [], 'English');

  await page.locator('#language-switch').selectOption('fr-CA');
  await page.locator('#portal-entry-title', { hasText: 'Saisir dans le Portail : Laredo import account' }).waitFor();
  assert.equal((await page.locator('#portal-section-upper_management .app-portal-section__title').innerText()).trim(), '1. Haute direction');
  assert.equal(await page.locator('#portal-section-upper_management .app-portal-section__portal-name').innerText(), 'Dans le Portail : « Upper Management »');
  assert.equal((await page.locator('#portal-progress-upper_management').innerText()).trim(), '1 sur 6 saisies');
  assert.equal(await page.locator('#portal-answer-1-1-2').innerText(), ANSWER_1_2, 'the answer stays as written');
  assert.deepEqual(await accessibilityViolations(page), [], 'French');

  await page.locator('#language-switch').selectOption('es-MX');
  await page.locator('#portal-entry-title', { hasText: 'Capturar en el Portal: Laredo import account' }).waitFor();
  assert.equal((await page.locator('#portal-section-cybersecurity .app-portal-section__title').innerText()).trim(), '11. Ciberseguridad');
  assert.deepEqual(await accessibilityViolations(page), [], 'Spanish');

  // At 360 px wide nothing needs scrolling sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scrolling at 360 px');
  assert.deepEqual(page.problems, []);
});

test('with the network off, Portal entry mode opens, copies and keeps its ticks', async () => {
  const page = await newPage({ clipboard: true });
  await importerWithTwoAnswers(page);
  await untilWorkingOffline(page);
  await page.context().setOffline(true);
  await reopen(page);
  await unlock(page);
  await page.getByRole('button', { name: 'Laredo import account' }).click();
  await openPortalEntry(page);
  await question(page, 2).getByRole('button', { name: /^Copy answer/ }).click();
  await page.locator('#portal-entry-announcement', { hasText: 'question 2, criterion 1.3 copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), ANSWER_1_3);
  await question(page, 2).getByLabel('Entered in the Portal').check();
  await page.locator('#portal-progress-upper_management', { hasText: '1 of 6 entered' }).waitFor();
  await waitUntilSaved(page);
  await reopen(page);
  await unlock(page);
  await page.getByRole('button', { name: 'Laredo import account' }).click();
  assert.equal((await page.locator('#task-portal-entry-progress').innerText()).trim(), '1 of 141 entered');
  assert.deepEqual(page.problems, []);
});
