// Undoing an import that replaced something: replacing an account by a submission, or the
// whole workspace by a backup, keeps the workspace as it was (encrypted), and "Undo import of
// <file>" — under the import's notice, and in Settings after a reload, until the next such
// import — brings exactly that workspace back as a newer revision. A copy the current keys do
// not open is kept and said so; with storage full the import does not happen.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { foreignBackup, foreignSubmission } from './support/foreign_files.mjs';
import { PASSPHRASE, addImporter, createWorkspace, reopen, fillMainAccount, appValues, unlock, waitUntilSaved } from './support/journeys.mjs';

const app = appForTheseTests();
const UNDO_KEY = 'ctpat.undo.v1';
const complete = () => JSON.parse(readFileSync(resolve('tests/e2e/fixtures/complete-workspace.json'), 'utf8'));

async function workspaceWithAnImporter(page) {
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.locator('h1', { hasText: 'Your company' }).waitFor();
  await fillMainAccount(page, 'Acme Imports');
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page);
}

async function openTransfer(page) {
  await page.getByRole('button', { name: 'Export and import' }).click();
  await page.locator('h1', { hasText: 'Export and import' }).waitFor();
}

async function openSettings(page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.locator('h1', { hasText: 'Settings' }).waitFor();
}

/** The workspace as a backup of it holds it: everything typed, nothing of the file's date. */
async function backupNow(page) {
  const downloading = page.waitForEvent('download');
  await page.locator('#export-backup').click();
  const download = await downloading;
  const path = join(mkdtempSync(join(tmpdir(), 'ctpat-e2e-')), download.suggestedFilename());
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  return { name: download.suggestedFilename(), text, workspace: JSON.parse(text).profile.workspace };
}

async function chooseFile(page, name, text) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator('#import-preview').waitFor();
}

async function confirmComparedFingerprint(page) {
  await page.getByLabel('I have compared this fingerprint with the one the sender gave me').check();
}

async function restore(page, name, text, { foreign }) {
  await chooseFile(page, name, text);
  if (foreign) await confirmComparedFingerprint(page);
  await page.locator('#import-restore').click();
  await page.locator('#import-confirm').click();
  await page.locator('#import-status', { hasText: 'The workspace was restored from the backup.' }).waitFor();
}

/** The newest revision in the draft slots. */
async function storedRevision(page) {
  const values = await appValues(page);
  return Math.max(0, ...['ctpat.draft.v1.a', 'ctpat.draft.v1.b'].filter((key) => values[key]).map((key) => JSON.parse(values[key]).revision));
}

test('an account replaced by a submission comes back exactly as it was with Undo, as a newer revision', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  await openTransfer(page);
  await restore(page, 'northwind-backup.json', (await foreignBackup(complete())).text, { foreign: true });
  await waitUntilSaved(page);
  const before = await backupNow(page);
  assert.ok(before.workspace.accounts.some((account) => account.name === 'U.S. imports'));

  const replacement = await foreignSubmission({ id: 'theirs', name: 'Replacement imports', businessType: 'importer' });
  await chooseFile(page, 'replacement.ctpat.json', replacement.text);
  await confirmComparedFingerprint(page);
  await page.locator('[data-replace-account="importer"]').click();
  await page.locator('#import-confirm').click();
  await page.locator('#import-status', { hasText: 'The account U.S. imports was replaced.' }).waitFor();
  assert.ok((await page.locator('#export-accounts').innerText()).includes('Replacement imports'));
  await waitUntilSaved(page);
  const kept = (await appValues(page))[UNDO_KEY];
  assert.equal(JSON.parse(kept).fileName, 'replacement.ctpat.json');
  assert.ok(!kept.includes('U.S. imports') && !kept.includes('Northwind'), 'the kept copy is encrypted');
  const revisionAfterImport = await storedRevision(page);

  await page.getByRole('button', { name: 'Undo import of replacement.ctpat.json' }).click();
  await page.locator('#import-status', { hasText: 'The import of replacement.ctpat.json was undone' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'import-status');
  assert.equal(await page.locator('#import-undo-button').count(), 0, 'offered once');
  assert.ok(await storedRevision(page) > revisionAfterImport, 'saved as a newer revision');
  assert.equal((await appValues(page))[UNDO_KEY], undefined, 'the kept copy is gone');
  const after = await backupNow(page);
  assert.deepEqual(after.workspace, before.workspace, 'names, answers and all, as before');
  assert.deepEqual(page.problems, []);
});

test('a restored backup is undone from Settings after a reload, and only the last import is offered', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  await openTransfer(page);
  const acme = await backupNow(page);
  await restore(page, 'northwind-backup.json', (await foreignBackup(complete())).text, { foreign: true });
  await page.getByRole('button', { name: 'Undo import of northwind-backup.json' }).waitFor();
  await waitUntilSaved(page);
  const northwind = await backupNow(page);
  assert.notDeepEqual(northwind.workspace, acme.workspace);

  // The next import that replaces something replaces the offer.
  await restore(page, acme.name, acme.text, { foreign: false });
  await page.getByRole('button', { name: `Undo import of ${acme.name}` }).waitFor();
  await waitUntilSaved(page);

  await reopen(page);
  await unlock(page, PASSPHRASE);
  await openSettings(page);
  assert.match(await page.locator('#undo-import-intro').innerText(), new RegExp(`^${acme.name.replaceAll('.', '\\.')} was imported on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\.`));
  assert.equal(await page.getByRole('button', { name: 'Undo import of northwind-backup.json' }).count(), 0);
  await page.getByRole('button', { name: `Undo import of ${acme.name}` }).click();
  await page.locator('#settings-undo-status', { hasText: `The import of ${acme.name} was undone` }).waitFor();
  await page.locator('#undo-import-none').waitFor();

  await reopen(page);
  await unlock(page, PASSPHRASE);
  await openTransfer(page);
  const after = await backupNow(page);
  assert.deepEqual(after.workspace, northwind.workspace, 'the workspace as it was before the last import');
  assert.deepEqual(page.problems, []);
});

test('after a change of passphrase the kept copy is not opened, is said so and can be deleted', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  await openTransfer(page);
  await restore(page, 'northwind-backup.json', (await foreignBackup(complete())).text, { foreign: true });
  await waitUntilSaved(page);
  const restored = await backupNow(page);

  await openSettings(page);
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.locator('#change-passphrase').fill('a completely different harbour');
  await page.locator('#change-confirmation').fill('a completely different harbour');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await page.getByText('Your passphrase has been changed.').waitFor({ timeout: 30000 });

  await page.getByRole('button', { name: 'Undo import of northwind-backup.json' }).click();
  const error = page.locator('#settings-undo-error');
  await error.waitFor();
  assert.match(await error.innerText(), /cannot be opened with this workspace’s current keys: the passphrase or the recovery kit was changed since/);
  assert.ok((await appValues(page))[UNDO_KEY], 'the copy is kept');
  await page.locator('#undo-import-intro').waitFor();

  const downloading = page.waitForEvent('download');
  await page.locator('#undo-copy-download').click();
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'ctpat-undo-copy.json');
  await page.locator('#undo-copy-delete').click();
  await page.locator('#undo-copy-delete-yes').click();
  await page.locator('#settings-undo-status', { hasText: 'The kept copy was deleted.' }).waitFor();
  await page.locator('#undo-import-none').waitFor();
  assert.equal((await appValues(page))[UNDO_KEY], undefined);

  await page.locator('.app-back-link').first().click();
  await openTransfer(page);
  assert.deepEqual((await backupNow(page)).workspace, restored.workspace, 'nothing was changed');
  assert.deepEqual(page.problems, []);
});

test('with the browser’s storage full, a restore does not happen and says why', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  await openTransfer(page);
  await waitUntilSaved(page);
  const before = await backupNow(page);
  const backup = await foreignBackup(complete());
  await chooseFile(page, 'northwind-backup.json', backup.text);
  await confirmComparedFingerprint(page);
  // Another page of this site filled the storage (not this app's keys).
  await page.evaluate(() => {
    let size = 1 << 20;
    for (let index = 0; size >= 16; index += 1) {
      try {
        localStorage.setItem(`other-app.filler.${index}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  });
  await page.locator('#import-restore').click();
  await page.locator('#import-confirm').click();
  const error = page.locator('#import-error');
  await error.waitFor();
  assert.match(await error.innerText(), /storage for this site is full.*Nothing was imported/);
  assert.equal(await page.locator('#import-undo-button').count(), 0);
  await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('other-app.')).forEach((key) => localStorage.removeItem(key)));
  assert.deepEqual((await backupNow(page)).workspace, before.workspace, 'nothing was replaced');
  assert.deepEqual(page.problems, []);
});
