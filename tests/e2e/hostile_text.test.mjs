// Hostile text is inert: markup or script typed into any field shows as text everywhere it
// appears (lists, summaries, print). Every free-text field of every screen — main account,
// account details, each criteria category, each register, evidence titles and an evidence
// file's name — gets markup, script and template payloads; then every place that shows them
// again (task lists, account page, error summaries, check your answers and its printed gap
// report, export and import, the delete confirmation, after a reload) shows them literally,
// makes no element of them and runs none of them. The signed backup holds them verbatim.
//
// The page runs without its content security policy, so that markup made into elements would
// really run and set window.__pwned: the test proves the text is never interpreted, not only
// that the policy would stop it (the policy has its own tests).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { appForTheseTests, openApp, watchedPage } from './support/app.mjs';
import { addImporter, addRegisterRow, createWorkspace, fillMainAccount, unlock, waitUntilSaved } from './support/journeys.mjs';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
const TEMPLATE = '{{7*7}} ${7*7} javascript:alert(1)';

/** Every payload in one text, after a word that tells the fields apart. */
const hostile = (label) => `${label} ${IMG} ${SCRIPT} ${SVG} ${TEMPLATE}`;

const LEGAL_NAME = hostile('Company');
const ACCOUNT = hostile('Account');
const EVIDENCE_FILE = `${IMG}.pdf`;
const TRAINING_FILE = `${SVG}.txt`;

/** Text inputs and text areas a user types into (dates, checkboxes, files and selects aside). */
const TEXT_FIELDS =
  'main :is(input[type="text"], input[type="email"], input[type="tel"], input[type="url"], input[type="search"], textarea):visible';

const app = appForTheseTests();

let fieldCount = 0;

/** Types a distinct hostile text into every visible text field of the screen that is still
 * empty or holds something else; returns what each field (by id) was given. */
async function fillEveryTextField(page) {
  const given = new Map();
  for (const field of await page.locator(TEXT_FIELDS).all()) {
    const id = await field.getAttribute('id');
    const value = hostile(`F${++fieldCount}`);
    await field.fill(value);
    given.set(id, value);
  }
  assert.ok(given.size > 0, 'the screen has text fields');
  return given;
}

/** Each field still holds exactly what was typed into it. */
async function assertKept(page, given, screen) {
  for (const [id, value] of given) {
    const field = page.locator(`[id="${id}"]`);
    if (!(await field.count())) continue;
    assert.equal(await field.inputValue(), value, `${screen}: #${id} keeps the typed text`);
  }
}

/** What the app's own page holds before anything is typed: its scripts. */
async function ownScripts(page) {
  return page.evaluate(() => [...document.scripts].map((script) => script.src || script.textContent));
}

let baselineScripts = [];

/** Nothing typed ran, and nothing typed became an element or an attribute. */
async function assertInert(page, screen) {
  const found = await page.evaluate((baseline) => {
    const all = [...document.querySelectorAll('*')];
    return {
      pwned: window.__pwned,
      images: document.querySelectorAll('img[src="x"]').length,
      svgs: document.querySelectorAll('svg[onload]').length,
      handlers: all
        .filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on')))
        .map((element) => element.outerHTML.slice(0, 80)),
      scripts: [...document.scripts].map((script) => script.src || script.textContent).filter((s) => !baseline.includes(s)),
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
    };
  }, baselineScripts);
  assert.equal(found.pwned, undefined, `${screen}: typed script ran`);
  assert.equal(found.images, 0, `${screen}: typed <img> became an element`);
  assert.equal(found.svgs, 0, `${screen}: typed <svg> became an element`);
  assert.deepEqual(found.handlers, [], `${screen}: an element carries an inline event handler`);
  assert.deepEqual(found.scripts, [], `${screen}: a script that is not the app's own`);
  assert.equal(found.javascriptLinks, 0, `${screen}: a javascript: link`);
  assert.deepEqual(page.problems, [], `${screen}: errors or dialogs`);
}

/** `text` appears literally in the visible text of `locator`. */
async function assertShows(locator, text, where) {
  const shown = await locator.innerText();
  assert.ok(shown.includes(text), `${where} shows ${JSON.stringify(text)} as text; it shows ${JSON.stringify(shown.slice(0, 3000))}`);
}

async function pressSaveAndContinue(page) {
  await page.locator('main form button[type="submit"]').first().click();
}

async function backToAccount(page) {
  if (!(await page.locator('#account-title').count())) await page.locator('.app-back-link').first().click();
  await page.locator('#account-title').waitFor();
}

async function openTask(page, id) {
  await page.locator(`#${id}`).click();
  await page.locator('#account-title').waitFor({ state: 'detached' });
}

const accountLink = (page) => page.locator('.app-task-list__item--account .app-task-list__link').first();

/** Every value in `value` (a parsed JSON document), depth first. */
function* strings(value) {
  if (typeof value === 'string') yield value;
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) yield* strings(inner);
}

/** Date fields get valid dates: a planned date in the future, any other in the past. */
async function fillDates(page) {
  for (const date of await page.locator('main input[type="date"]:visible').all()) {
    const planned = /plannedDate$/.test(await date.getAttribute('id'));
    await date.fill(planned ? '2031-06-30' : '2025-01-15');
  }
}

const STATUSES = ['Not applicable', 'Implemented', 'Partially implemented', 'Not implemented'];

test('markup and script typed into every field show as text everywhere and never run', async () => {
  const context = await app.browser.newContext({ bypassCSP: true, acceptDownloads: true });
  const page = watchedPage(await context.newPage());
  await openApp(page, app.url);
  baselineScripts = await ownScripts(page);
  await createWorkspace(page);
  await fillMainAccount(page, 'Acme');
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page, 'Imports');
  const home = page.locator('h1', { hasText: 'Your C-TPAT profile' });
  await home.waitFor();

  // Main account: every text field, with one more address, contact and program membership.
  await page.locator('#task-main-account').click();
  for (const name of ['Add another address', 'Add another contact', 'Add a program membership']) {
    await page.getByRole('button', { name }).click();
  }
  const mainGiven = await fillEveryTextField(page);
  await page.getByLabel('Legal name of the company').fill(LEGAL_NAME);
  mainGiven.set(await page.getByLabel('Legal name of the company').getAttribute('id'), LEGAL_NAME);
  await assertKept(page, mainGiven, 'main account');
  await assertInert(page, 'main account, typed');
  await pressSaveAndContinue(page);
  const summary = page.locator('.app-error-summary');
  await summary.waitFor();
  assert.match(await page.title(), /^Error: /);
  await assertInert(page, 'main account error summary');

  // Fields with a format get valid values so the main account is complete again (a reload
  // then opens the task list); everything else stays hostile.
  for (const [label, value] of [
    ['Company telephone', '+1 859 555 0142'],
    ['Company fax (optional)', '+1 859 555 0144'],
    ['Website (optional)', 'www.example.com'],
    ['Date the business started (optional)', '2009-03-31'],
    ['Number of employees', '120'],
  ]) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  for (const field of await page.getByLabel('E-mail address').all()) await field.fill(`c${++fieldCount}@example.com`);
  for (const field of await page.getByLabel('Telephone', { exact: true }).all()) await field.fill('+1 859 555 0143');
  for (const field of await page.getByLabel('ZIP or postal code').all()) await field.fill('40507');
  await page.getByLabel('Country', { exact: true }).nth(1).selectOption('US');
  await page.getByLabel('Program', { exact: true }).selectOption({ index: 1 });
  await pressSaveAndContinue(page);
  await home.waitFor();
  await assertInert(page, 'task list');

  // Add an account: refused (the identifiers have no valid format), the summary inert; cancelled.
  await page.getByRole('button', { name: 'Add an entity account' }).click();
  await page.locator('h1', { hasText: 'Add an account' }).waitFor();
  await page.getByLabel('Business type').selectOption('importer');
  const newGiven = await fillEveryTextField(page);
  assert.ok(newGiven.size >= 3, 'the name and the identifiers');
  await page.getByRole('button', { name: 'Continue' }).click();
  await summary.waitFor();
  await assertKept(page, newGiven, 'add an account');
  await assertInert(page, 'add an account error summary');
  await page.locator('main').getByRole('button', { name: 'Cancel' }).click();
  await home.waitFor();
  assert.equal(await page.locator('.app-task-list__item--account').count(), 1, 'nothing was added');

  // Account details: the name and the identifiers.
  await accountLink(page).click();
  await page.locator('#account-title').waitFor();
  await openTask(page, 'task-account-details');
  const detailsGiven = await fillEveryTextField(page);
  await page.getByLabel('Account name').fill(ACCOUNT);
  await pressSaveAndContinue(page);
  await summary.waitFor();
  await assertInert(page, 'account details error summary');
  await page.getByLabel('Importer of record number').fill('12-345678900');
  await page.getByLabel('CBP bond number').fill('99-1234567');
  await page.getByLabel('CBSA business number (BN15) (optional)').fill('');
  await page.getByLabel('D-U-N-S number (optional)').fill('');
  assert.equal(await page.getByLabel('Account name').inputValue(), ACCOUNT);
  assert.ok(detailsGiven.size >= 3);
  await pressSaveAndContinue(page);
  await page.locator('#account-title').waitFor();
  assert.equal((await page.locator('#account-title .app-account__name').innerText()).trim(), ACCOUNT);
  await assertInert(page, 'account page');

  // Every criteria category: statuses in turn (so the justification, the planned date and the
  // evidence list show), an evidence file with a hostile name in category 1, and every text.
  const categories = await page.locator('main [id^="task-criteria-"]').evaluateAll((tasks) =>
    tasks.map((task) => task.id).filter((id) => /^task-criteria-\d+$/.test(id)),
  );
  assert.ok(categories.length >= 10, `criteria categories: ${categories}`);
  let firstNarrative;
  let firstJustification;
  for (const task of categories) {
    await openTask(page, task);
    await page.locator('#profile-category-title').waitFor();
    const criteria = page.locator('.app-criterion');
    const count = await criteria.count();
    for (let index = 0; index < count; index += 1) {
      const status = STATUSES[index % STATUSES.length];
      await criteria.nth(index).getByRole('radio', { name: status, exact: true }).check();
    }
    if (task === 'task-criteria-1') {
      const evidence = criteria.nth(1);
      await evidence.getByLabel('Add evidence file').setInputFiles({
        name: EVIDENCE_FILE,
        mimeType: 'application/pdf',
        buffer: Buffer.from('seal log'),
      });
      await evidence.locator('.app-evidence__digest').waitFor();
      assert.equal(await evidence.locator('.app-evidence__file-name').innerText(), EVIDENCE_FILE);
      await assertShows(evidence.getByRole('status'), EVIDENCE_FILE, 'the evidence added message');
    }
    await fillDates(page);
    const given = await fillEveryTextField(page);
    if (task === 'task-criteria-1') {
      // Check your answers shows a justification for "not applicable", else the narrative.
      firstNarrative = given.get(await criteria.nth(1).getByLabel('How the company meets this criterion').getAttribute('id'));
      firstJustification = given.get(await criteria.nth(0).locator('textarea').nth(1).getAttribute('id'));
    }
    await assertKept(page, given, task);
    await pressSaveAndContinue(page);
    await assertInert(page, `${task} after Save and continue`);
    await backToAccount(page);
  }

  // Every register: a row with every checkbox ticked and every select on its last choice
  // (which reveals the dependent fields), every text typed, then the error summary, whose
  // entries name the row by its (hostile) name.
  const namedInSummary = [];
  const registers = ['task-business-partners', 'task-facilities', 'task-personnel-screening', 'task-training', 'task-it-controls'];
  for (const task of registers) {
    await openTask(page, task);
    await addRegisterRow(page);
    for (let round = 0; round < 3; round += 1) {
      for (const box of await page.locator('main input[type="checkbox"]:visible').all()) {
        if (!(await box.isChecked())) await box.check();
      }
      for (const select of await page.locator('main select:visible').all()) {
        const last = await select.evaluate((element) => element.options[element.options.length - 1].value);
        if ((await select.inputValue()) !== last) await select.selectOption(last);
      }
    }
    if (task === 'task-training') {
      await page.getByLabel('Add evidence file').setInputFiles({ name: TRAINING_FILE, mimeType: 'text/plain', buffer: Buffer.from('sheet') });
      await page.locator('.app-evidence__digest').waitFor();
      assert.equal(await page.locator('.app-evidence__file-name').innerText(), TRAINING_FILE);
    }
    await fillDates(page);
    const given = await fillEveryTextField(page);
    await assertKept(page, given, task);
    await assertInert(page, task);
    await pressSaveAndContinue(page);
    if (await summary.count()) {
      await assertInert(page, `${task} error summary`);
      const legend = page.locator('main .app-list-item legend').first();
      if (await legend.count()) {
        const rowName = given.get(await page.locator('main .app-list-item input[type="text"]').first().getAttribute('id'));
        await assertShows(legend, rowName, `${task}: the row's heading`);
        await assertShows(summary, rowName, `${task}: the error summary`);
        namedInSummary.push(task);
      }
    }
    await backToAccount(page);
  }
  assert.deepEqual(namedInSummary, ['task-business-partners', 'task-facilities'], 'rows named in their error summary');
  await assertInert(page, 'account page with every section filled');

  // Check your answers, on screen and printed.
  await page.locator('#task-check-answers').click();
  const checkTitle = page.locator('#check-answers-title');
  await checkTitle.waitFor();
  await assertShows(checkTitle, ACCOUNT, 'the check your answers heading');
  await assertShows(page.locator('#check-criteria-1'), firstNarrative, 'the category 1 answers');
  await assertShows(page.locator('#check-criteria-1'), firstJustification, 'the category 1 answers');
  await assertShows(page.locator('main'), EVIDENCE_FILE.slice(0, 20), 'check your answers');
  await assertInert(page, 'check your answers');
  await page.emulateMedia({ media: 'print' });
  const report = page.locator('#gap-report');
  assert.equal(await report.isVisible(), true);
  await assertShows(report.locator('#gap-report-title'), ACCOUNT, 'the printed gap report title');
  await assertShows(report.locator('#gap-report-title'), LEGAL_NAME, 'the printed gap report title');
  await assertInert(page, 'printed gap report');
  await page.emulateMedia({ media: 'screen' });
  await page.locator('.app-back-link').first().click();
  await page.locator('#account-title').waitFor();

  // The delete confirmation names the account, and is cancelled.
  await page.locator('#account-delete').click();
  assert.equal(await page.locator('#account-delete-title').innerText(), `Delete ${ACCOUNT}?`);
  await assertInert(page, 'delete confirmation');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('#account-delete-title').waitFor({ state: 'detached' });

  // The task list and export and import.
  await page.getByRole('button', { name: 'Back to your accounts' }).click();
  await home.waitFor();
  assert.equal((await accountLink(page).innerText()).trim(), ACCOUNT);
  await assertInert(page, 'task list with the account');
  await page.getByRole('button', { name: 'Export and import' }).click();
  await page.locator('h1', { hasText: 'Export and import' }).waitFor();
  await assertShows(page.locator('#export-accounts'), ACCOUNT, 'the export list');
  await assertInert(page, 'export and import');

  // The signed backup holds every text verbatim, as JSON strings; its file name is safe.
  const downloading = page.waitForEvent('download');
  await page.locator('#export-backup').click();
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^[a-z0-9-]+\.json$/, `a safe file name: ${download.suggestedFilename()}`);
  const path = join(mkdtempSync(join(tmpdir(), 'ctpat-hostile-')), 'backup.json');
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  const held = new Set(strings(JSON.parse(text)));
  for (const value of [LEGAL_NAME, ACCOUNT, firstNarrative, firstJustification, EVIDENCE_FILE, TRAINING_FILE]) {
    assert.ok(held.has(value), `the backup holds ${JSON.stringify(value)}`);
    assert.ok(text.includes(JSON.stringify(value)), `the backup holds ${JSON.stringify(value)} as a JSON string`);
  }
  await assertInert(page, 'after the backup');

  // Read back, the backup's preview shows the names as text.
  await page.locator('#import-file').setInputFiles({ name: EVIDENCE_FILE, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator('#import-preview').waitFor();
  assert.equal(await page.locator('#preview-legal-name').innerText(), LEGAL_NAME);
  await assertInert(page, 'the backup previewed');

  // After a reload and unlock, the same texts, still text.
  await page.getByRole('button', { name: 'Back to the task list' }).click();
  await home.waitFor();
  await waitUntilSaved(page);
  await page.reload();
  await unlock(page);
  await home.waitFor();
  assert.equal((await accountLink(page).innerText()).trim(), ACCOUNT);
  await assertInert(page, 'task list after a reload');
  await accountLink(page).click();
  await page.locator('#account-title').waitFor();
  assert.equal((await page.locator('#account-title .app-account__name').innerText()).trim(), ACCOUNT);
  await openTask(page, 'task-criteria-1');
  assert.equal(await page.getByLabel('How the company meets this criterion').nth(1).inputValue(), firstNarrative);
  assert.equal(await page.locator('.app-evidence__file-name').first().innerText(), EVIDENCE_FILE);
  await assertInert(page, 'category 1 after a reload');
  await backToAccount(page);
  await page.getByRole('button', { name: 'Back to your accounts' }).click();
  await page.locator('#task-main-account').click();
  assert.equal(await page.getByLabel('Legal name of the company').inputValue(), LEGAL_NAME);
  await assertInert(page, 'main account after a reload');
});
