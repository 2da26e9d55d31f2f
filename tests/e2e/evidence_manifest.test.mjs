// The evidence manifest as a compliance manager uses it before an audit: from the account's
// task list to the list of every evidence file, downloaded as CSV (which a spreadsheet reads
// back with every digest, and a hostile title kept as text), printed, read at 360 px and in
// three languages; then "Check files" with a renamed copy, a changed file and a stranger, all
// read in the browser and nothing uploaded.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { appForTheseTests, openApp, watchedPage } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { createWorkspace, fillMainAccount, waitUntilSaved } from './support/journeys.mjs';
import { enter, switchLanguage, tabToId } from './support/keyboard.mjs';

const ACCOUNT = 'Laredo import account';
const POLICY = Buffer.from('Seal procedure, signed 2026-01-15\n'.repeat(200));
const HOSTILE_NAME = '=HYPERLINK("http://evil.example","x").pdf';
const HOSTILE = Buffer.from('visitor log\n'.repeat(50));
const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

const app = appForTheseTests();

/** A page whose content security policy lets the test inject axe-core. */
async function scannablePage() {
  const context = await app.browser.newContext({ bypassCSP: true, acceptDownloads: true });
  return watchedPage(await context.newPage());
}

/** Onboarding through the main account and an importer whose first criterion has two
 * evidence files; ends on the account's task list. */
async function importerWithEvidence(page) {
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
  await page.getByRole('button', { name: ACCOUNT, exact: true }).click();
  await page.getByRole('button', { name: /^1\. / }).first().click();
  const first = page.locator('.app-criterion').first();
  await first.getByRole('radio', { name: 'Implemented', exact: true }).check();
  await first.getByLabel('Add evidence file').setInputFiles([
    { name: 'seal-procedure.pdf', mimeType: 'application/pdf', buffer: POLICY },
    { name: HOSTILE_NAME, mimeType: 'application/pdf', buffer: HOSTILE },
  ]);
  await first.locator('.app-evidence__digest', { hasText: sha256(HOSTILE) }).waitFor();
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
  await page.locator('#task-evidence-manifest').waitFor();
}

/** RFC 4180 rows of `text` (a spreadsheet's reading of it). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r') { /* CRLF line end */ }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  return rows;
}

test('the manifest lists every evidence file and downloads as a CSV a spreadsheet reads back', async () => {
  const page = await scannablePage();
  await importerWithEvidence(page);
  assert.match(await page.locator('#task-evidence-manifest-count').innerText(), /Files recorded: 2/);

  // Keyboard only: from the task list to the page, and the download.
  await tabToId(page, 'task-evidence-manifest');
  await enter(page);
  await page.locator('h1', { hasText: 'Evidence files' }).waitFor();
  const table = page.locator('#evidence-manifest');
  for (const digest of [sha256(POLICY), sha256(HOSTILE)]) {
    await table.locator('td', { hasText: digest }).waitFor();
  }
  assert.match(await table.innerText(), /Criterion 1\.\d+/);
  await tabToId(page, 'download-manifest');
  const downloading = page.waitForEvent('download');
  await enter(page);
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^laredo-import-account-evidence-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = join(mkdtempSync(join(tmpdir(), 'ctpat-e2e-')), download.suggestedFilename());
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = parseCsv(text);
  assert.deepEqual(header, ['Title', 'Document date', 'File name', 'Size (bytes)', 'SHA-256', 'Supports']);
  assert.deepEqual(rows.map((row) => row[4]).sort(), [sha256(POLICY), sha256(HOSTILE)].sort());
  const hostile = rows.find((row) => row[4] === sha256(HOSTILE));
  assert.equal(hostile[0], `'${HOSTILE_NAME}`, 'a title a spreadsheet would run stays text');
  assert.equal(hostile[2], `'${HOSTILE_NAME}`);
  assert.equal(hostile[3], String(HOSTILE.length));
  assert.match(await page.locator('#download-manifest-status').innerText(), /was downloaded/);

  // Printed: the list without buttons or the file check.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#download-manifest').isVisible(), false);
  assert.equal(await page.locator('#check-files-input').isVisible(), false);
  assert.equal(await table.isVisible(), true);
  await page.emulateMedia({ media: 'screen' });

  // 360 px wide: nothing runs off the side.
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
  assert.deepEqual(await accessibilityViolations(page), [], 'the manifest at 360 px');
  await page.setViewportSize({ width: 1280, height: 800 });

  for (const language of ['fr', 'es', 'en']) {
    await page.locator('#download-manifest').focus();
    await switchLanguage(page, language);
    assert.deepEqual(await accessibilityViolations(page), [], `the manifest in ${language}`);
  }
  assert.match(await page.locator('h1').innerText(), /Evidence files/);
  assert.deepEqual(page.problems, []);
});

test('Check files says which evidence a file is, which changed, which is missing and which match nothing', async () => {
  const page = await scannablePage();
  await importerWithEvidence(page);
  await page.locator('#task-evidence-manifest').click();
  await page.locator('h1', { hasText: 'Evidence files' }).waitFor();
  const requests = [];
  page.on('request', (request) => requests.push(request.method()));

  await page.locator('#check-files-input').setInputFiles([
    { name: 'procedure (signed copy).pdf', mimeType: 'application/pdf', buffer: POLICY },
    { name: HOSTILE_NAME, mimeType: 'application/pdf', buffer: Buffer.from('visitor log, edited\n') },
    { name: 'holiday.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not evidence') },
  ]);
  await page.locator('#check-files-status', { hasText: 'Files checked: 3.' }).waitFor();
  const matched = await page.locator('#check-files-matched').innerText();
  assert.match(matched, /procedure \(signed copy\)\.pdf is “seal-procedure\.pdf” \(recorded as seal-procedure\.pdf\)/);
  const changed = await page.locator('#check-files-changed').innerText();
  assert.ok(changed.includes(`${HOSTILE_NAME} has the name of “${HOSTILE_NAME}” but not its content`), changed);
  assert.match(await page.locator('#check-files-missing').innerText(), /None\./);
  assert.match(await page.locator('#check-files-unknown').innerText(), /holiday\.jpg/);
  assert.deepEqual(await accessibilityViolations(page), [], 'the results of a check');

  // Another choice replaces the results: evidence without a file is now listed.
  await page.locator('#check-files-input').setInputFiles([
    { name: 'holiday.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not evidence') },
  ]);
  await page.locator('#check-files-status', { hasText: 'Files checked: 1.' }).waitFor();
  const missing = await page.locator('#check-files-missing').innerText();
  assert.ok(missing.includes('“seal-procedure.pdf” (seal-procedure.pdf)'), missing);
  assert.ok(missing.includes(HOSTILE_NAME), missing);
  assert.match(await page.locator('#check-files-matched').innerText(), /None\./);

  // Files dropped on the page are checked the same way.
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped-procedure.pdf', { type: 'application/pdf' }));
    const zone = document.getElementById('check-files-drop');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, POLICY.toString());
  await page.locator('#check-files-matched', { hasText: 'dropped-procedure.pdf is “seal-procedure.pdf”' }).waitFor();
  assert.ok((await page.locator('#check-files-missing').innerText()).includes(HOSTILE_NAME));

  assert.deepEqual(requests.filter((method) => method !== 'GET'), [], 'nothing was uploaded');
  for (const language of ['fr', 'es']) {
    await page.locator('#check-files-input').focus();
    await switchLanguage(page, language);
    assert.deepEqual(await accessibilityViolations(page), [], `the results in ${language}`);
  }
  assert.deepEqual(page.problems, []);
});
