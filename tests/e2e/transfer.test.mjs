// Signed files as a user and a recipient handle them: an account that is not ready cannot be
// exported and says why; a backup downloads, passes the native verifier and restores after
// confirmation; a tampered file is refused with nothing changed; a file signed by someone else's
// key is previewed as such, shows both fingerprints and changes nothing until the user confirms
// they compared its fingerprint with the sender's; its text is shown as text.
import assert from 'node:assert/strict';
import { createHash, webcrypto } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { appForTheseTests, expectFocus, openApp } from './support/app.mjs';
import { prepareVerifier, verify } from './support/verifier.mjs';
import { addImporter, createWorkspace, fillMainAccount, waitUntilSaved } from './support/journeys.mjs';

const app = appForTheseTests(prepareVerifier);

/** Onboarding through the main account and a first importer account, to the task list. */
async function workspaceWithAnImporter(page, legalName = 'Acme Imports') {
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.locator('h1', { hasText: 'Your company' }).waitFor();
  await fillMainAccount(page, legalName);
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page);
}

async function openTransfer(page) {
  await page.getByRole('button', { name: 'Export and import' }).click();
  await page.locator('h1', { hasText: 'Export and import' }).waitFor();
}

async function downloadBackup(page) {
  const downloading = page.waitForEvent('download');
  await page.locator('#export-backup').click();
  const download = await downloading;
  const path = join(mkdtempSync(join(tmpdir(), 'ctpat-e2e-')), download.suggestedFilename());
  await download.saveAs(path);
  return { path, name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function chooseFile(page, name, text) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function dropFile(page, name, text) {
  const dataTransfer = await page.evaluateHandle(
    ([name, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    },
    [name, text],
  );
  await page.dispatchEvent('#import-drop', 'drop', { dataTransfer });
}

const base64url = (bytes) => Buffer.from(bytes).toString('base64url');

/** RFC 8785 for what this test signs: objects, ASCII strings and whole numbers only. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fingerprint as the app shows it: 16 groups of 4 upper-case hex digits. */
const forPeople = (kid) => Buffer.from(kid, 'base64url').toString('hex').toUpperCase().match(/.{4}/g).join(' ');

/** `profile` in the format of docs/file-formats.md §1, signed with `typ` by a fresh ES256 key
 * that is not the workspace's, with WebCrypto: what another editor or tool would write. The file's
 * text and the signer's fingerprint as the app shows it. */
async function signedByAFreshKey(profile, typ) {
  const { privateKey, publicKey } = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const { crv, kty, x, y } = await webcrypto.subtle.exportKey('jwk', publicKey);
  const jwk = { crv, kty, x, y };
  const kid = base64url(createHash('sha256').update(canonical(jwk)).digest());
  const header = { alg: 'ES256', typ, kid, jwk };
  const protectedHeader = base64url(JSON.stringify(header));
  const input = `${protectedHeader}.${base64url(canonical(profile))}`;
  const signature = await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, Buffer.from(input));
  const text = JSON.stringify({ profile, signature: { protected: protectedHeader, signature: base64url(signature) } }, null, 2);
  return { text, fingerprint: forPeople(kid) };
}

/** Ticks "I have compared this fingerprint with the one the sender gave me". */
async function confirmComparedFingerprint(page) {
  await page.getByLabel('I have compared this fingerprint with the one the sender gave me').check();
}

/** The error summary's one entry and the message at its field, once an action was refused. */
async function refusedFor(page, fieldId) {
  const summary = page.locator('.app-error-summary');
  await summary.waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('app-error-summary'));
  const entries = summary.locator('li a');
  assert.equal(await entries.count(), 1);
  assert.equal(await entries.getAttribute('href'), `#${fieldId}`);
  const message = (await page.locator(`#${fieldId}-message`).innerText()).replace(/^Error:\s*/, '');
  return { summary: await entries.innerText(), message };
}

/** A submission signed by someone else's key. */
const foreignSubmission = (profile) => signedByAFreshKey(profile, 'ctpat-profile+jws');

/** A backup of `workspace` signed by someone else's key. */
const foreignBackup = (workspace) =>
  signedByAFreshKey(
    { format: 'ctpat-workspace-backup', version: 1, exportedAt: '2026-11-27T19:00:00Z', workspace },
    'ctpat-workspace-backup+jws',
  );

test('an account with blocking findings cannot be exported; the screen says why and links each finding to its field', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  await openTransfer(page);
  const button = page.locator('button[data-export-account]');
  assert.equal(await button.count(), 1);
  assert.equal(await button.isDisabled(), true, 'an unanswered profile is not exported');
  const why = page.locator('[data-blocked-account]');
  assert.match(await why.innerText(), /\d+ finding\(s\) must be fixed before this account can be exported/);
  assert.ok((await why.locator('li').count()) > 0, 'the blocking findings are listed');

  const first = why.locator('li a').first();
  const target = (await first.getAttribute('href')).slice(1);
  const [criterion] = (await first.innerText()).split(':');
  await first.click();
  await page.locator('h1', { hasText: 'Export and import' }).waitFor({ state: 'detached' });
  await page.waitForFunction((id) => document.activeElement?.id === id, target);
  const field = page.locator(`[id="${target}"]`);
  const block = page.locator('.app-criterion', { has: field });
  assert.match(await block.innerText(), new RegExp(criterion.replace('.', '\\.')), 'the field of that criterion is shown');
  assert.ok(await block.locator('.app-error-message').first().isVisible(), 'its message is shown at once');
  assert.deepEqual(page.problems, []);
});

test('a mistyped second identifier blocks export, and its link opens the details page at that very field', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  await page.locator('.app-task-list__item--account .app-task-list__link').first().click();
  await page.locator('#task-account-details').click();
  await page.getByRole('button', { name: 'Add another Importer of record number' }).click();
  const second = page.getByLabel('Importer of record number 2');
  await expectFocus(page, `[id="${await second.getAttribute('id')}"]`);
  await second.fill('12-34');
  await waitUntilSaved(page);
  // Back to the task list, from where the export screen opens.
  await page.locator('.app-back-link').first().click();
  await page.locator('#account-title').waitFor();
  await page.locator('.app-back-link').first().click();
  await openTransfer(page);
  const link = page.locator('[data-blocked-account] li a', { hasText: 'Enter the importer of record number in a CBP format' });
  assert.equal(await link.count(), 1, 'the mistyped identifier is among the blocking findings');
  const target = (await link.getAttribute('href')).slice(1);
  await link.click();
  await expectFocus(page, `[id="${target}"]`);
  assert.equal(await page.locator(`[id="${target}"]`).inputValue(), '12-34', 'the focus is in the second identifier’s field');
  assert.equal(await page.locator(`[id="${target}"]`).getAttribute('aria-invalid'), 'true', 'its message is shown');
  assert.deepEqual(page.problems, []);
});

test('a backup downloads signed, passes the native verifier and restores after confirmation', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page, 'Acme Imports');
  await openTransfer(page);
  const backup = await downloadBackup(page);
  assert.match(backup.name, /^acme-imports-backup-\d{4}-\d\d-\d\d\.json$/);

  const checked = verify(backup.path);
  assert.equal(checked.code, 0, checked.err);
  assert.match(checked.out, /Document: workspace backup/);
  assert.match(checked.out, /Legal name: Acme Imports/);
  const fingerprint = (await page.locator('#transfer-fingerprint').innerText()).trim();
  assert.ok(checked.out.includes(`Signer fingerprint: ${fingerprint}`), 'the verifier shows the key the app shows');

  await chooseFile(page, backup.name, backup.text);
  await page.locator('#import-preview').waitFor();
  assert.equal(await page.locator('#preview-signed-by').innerText(), 'Signed by this workspace.');
  assert.equal(await page.locator('#preview-legal-name').innerText(), 'Acme Imports');
  assert.equal(await page.locator('#preview-accounts').innerText(), '1');

  await page.locator('#import-restore').click();
  assert.match(await page.locator('#import-confirmation').innerText(), /Replace everything in this workspace/);
  await page.waitForFunction(() => document.activeElement?.id === 'import-confirmation');
  await page.locator('#import-cancel').click();
  await page.locator('#import-confirmation').waitFor({ state: 'detached' });
  // Focus goes back to the preview the choice was made in, not to the top of the page.
  await page.waitForFunction(() => document.activeElement?.id === 'import-preview');
  await page.locator('#import-restore').click();
  await page.locator('#import-confirm').click();
  await page.locator('#import-status', { hasText: 'The workspace was restored from the backup.' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('a file changed after export is refused by the app and the verifier, and nothing changes', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page, 'Acme Imports');
  await openTransfer(page);
  const backup = await downloadBackup(page);
  const tampered = backup.text.replace('"Imports"', '"Exports"');
  assert.notEqual(tampered, backup.text);
  const tamperedPath = `${backup.path}.tampered.json`;
  (await import('node:fs')).writeFileSync(tamperedPath, tampered);
  assert.equal(verify(tamperedPath).code, 1, 'the verifier calls it invalid');

  await dropFile(page, 'tampered.json', tampered);
  const error = page.locator('#import-error');
  await error.waitFor();
  assert.match(await error.innerText(), /The signature does not match.*Nothing was changed/);
  assert.equal(await page.locator('#import-preview').count(), 0);

  await chooseFile(page, 'notes.json', 'these are not the files you are looking for');
  await page.locator('#import-error', { hasText: 'The file is not valid JSON' }).waitFor();
  assert.equal(await page.locator('[data-account]').count(), 1, 'still the one account');
  assert.ok((await page.locator('#export-accounts').innerText()).includes('Imports'));
  assert.deepEqual(page.problems, []);
});

test('a submission signed by another key is shown as such and imports as a new account, its text as text', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  await openTransfer(page);
  const file = await foreignSubmission({
    schemaVersion: 1,
    profileId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
    issuedAt: '2026-11-27T19:00:00Z',
    appVersion: 'another-tool 2.0',
    mainAccount: { organization: { legalName: 'Foreign <img src=x onerror="window.pwned=1"> Co' } },
    account: { id: 'theirs', name: 'Imported <b>account</b>', businessType: 'importer' },
  });
  await chooseFile(page, 'foreign.ctpat.json', file.text);
  await page.locator('#import-preview').waitFor();
  assert.match(await page.locator('#preview-signed-by').innerText(), /^Signed by another key/);
  assert.equal(await page.locator('#preview-signer').innerText(), file.fingerprint);
  assert.equal(await page.locator('#preview-legal-name').innerText(), 'Foreign <img src=x onerror="window.pwned=1"> Co');
  assert.equal(await page.locator('main img').count(), 0, 'no element was made from the file');
  assert.equal(await page.locator('#preview-criteria').innerText(), '0');

  await page.locator('#import-as-new').click();
  const refused = await refusedFor(page, 'import-signer-compared');
  assert.match(refused.summary, /^Confirm that you have compared the fingerprint/);
  assert.ok(refused.message.includes(refused.summary), 'the field says what the summary says');
  assert.equal(await page.locator('[data-account]').count(), 1, 'nothing imported unconfirmed');
  await confirmComparedFingerprint(page);
  await page.locator('.app-error-summary').waitFor({ state: 'detached' });
  await page.locator('#import-as-new').click();
  await page.locator('#import-status', { hasText: 'The account was imported.' }).waitFor();
  assert.equal(await page.locator('[data-account]').count(), 2);
  assert.ok((await page.locator('#export-accounts').innerText()).includes('Imported <b>account</b>'));
  assert.equal(await page.locator('main b').count(), 0, 'markup in an imported name stays text');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(page.problems, []);
});

test('a complete profile is exported for submission, passes the native verifier and imports back', async () => {
  const complete = JSON.parse(readFileSync(resolve('tests/e2e/fixtures/complete-workspace.json'), 'utf8'));
  const page = await app.newPage();
  await workspaceWithAnImporter(page);
  await openTransfer(page);
  await chooseFile(page, 'complete-backup.json', (await foreignBackup(complete)).text);
  await page.locator('#import-preview').waitFor();
  await confirmComparedFingerprint(page);
  await page.locator('#import-restore').click();
  await page.locator('#import-confirm').click();
  await page.locator('#import-status', { hasText: 'The workspace was restored from the backup.' }).waitFor();

  const exportButton = page.locator('button[data-export-account="importer"]');
  assert.equal(await exportButton.isDisabled(), false, 'a complete profile can be exported');
  const downloading = page.waitForEvent('download');
  await exportButton.click();
  const download = await downloading;
  const path = join(mkdtempSync(join(tmpdir(), 'ctpat-e2e-')), download.suggestedFilename());
  await download.saveAs(path);
  assert.match(download.suggestedFilename(), /^northwind-imports-inc-importer-\d{4}-\d\d-\d\d\.ctpat\.json$/);
  const fingerprint = (await page.locator('#transfer-fingerprint').innerText()).trim();

  const verified = verify(path);
  assert.equal(verified.code, 0, verified.err);
  assert.ok(verified.out.includes(fingerprint), 'the verifier shows the fingerprint the app shows');
  assert.match(verified.out, /Northwind Imports Inc\./);

  await chooseFile(page, download.suggestedFilename(), readFileSync(path, 'utf8'));
  await page.locator('#import-preview').waitFor();
  assert.equal(await page.locator('#preview-signed-by').innerText(), 'Signed by this workspace.');
  await page.getByRole('button', { name: 'Import as a new account' }).click();
  await page.locator('#import-status', { hasText: 'The account was imported.' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('a backup signed by another key restores only once its fingerprint is confirmed as the sender’s', async () => {
  const complete = JSON.parse(readFileSync(resolve('tests/e2e/fixtures/complete-workspace.json'), 'utf8'));
  const page = await app.newPage();
  await workspaceWithAnImporter(page, 'Acme Imports');
  await openTransfer(page);
  const ours = (await page.locator('#transfer-fingerprint').innerText()).trim();
  const backup = await foreignBackup(complete);
  const someoneElse = await foreignBackup(complete);
  await chooseFile(page, 'complete-backup.json', backup.text);
  await page.locator('#import-preview').waitFor();
  assert.match(await page.locator('#preview-signed-by').innerText(), /^Signed by another key/);
  assert.equal(await page.locator('#preview-signer').innerText(), backup.fingerprint, 'the signer’s fingerprint');
  assert.equal(await page.locator('#preview-workspace-key').innerText(), ours, 'beside this workspace’s');

  // Unconfirmed, Restore only says what is missing: no question, nothing replaced.
  await page.locator('#import-restore').click();
  const missing = await refusedFor(page, 'import-signer-compared');
  assert.match(missing.summary, /compared the fingerprint with the one the sender gave you/);
  assert.equal(await page.locator('#import-confirmation').count(), 0, 'no replacement offered');
  assert.match(await page.title(), /^Error:/);

  // Another key's fingerprint entered is a mismatch, said at the field, even with the box ticked.
  const field = page.getByLabel('Or enter the fingerprint the sender gave you');
  await field.fill(someoneElse.fingerprint);
  await confirmComparedFingerprint(page);
  await page.locator('#import-restore').click();
  const mismatch = await refusedFor(page, 'import-signer-expected');
  assert.match(mismatch.summary, /^The fingerprint you entered is not the one of the key that signed this file/);
  assert.ok(mismatch.message.includes(mismatch.summary));
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#import-confirmation').count(), 0);

  await field.fill('ABCD 1234');
  await page.locator('#import-restore').click();
  await page.locator('#import-signer-expected-message', { hasText: 'Enter the fingerprint as 16 groups of 4 characters' }).waitFor();

  // The sender's fingerprint, as they read it out (lower case, spaces around), is a match.
  await field.fill(`  ${backup.fingerprint.toLowerCase()} `);
  await page.locator('#import-signer-expected-status', { hasText: 'is the one of the key that signed this file' }).waitFor();
  await page.locator('.app-error-summary').waitFor({ state: 'detached' });
  await page.locator('#import-restore').click();
  await page.waitForFunction(() => document.activeElement?.id === 'import-confirmation');
  await page.locator('#import-confirm').click();
  await page.locator('#import-status', { hasText: 'The workspace was restored from the backup.' }).waitFor();
  assert.ok((await page.locator('#export-accounts').innerText()).includes('U.S. imports'), 'the backup’s account is in place');
  assert.deepEqual(page.problems, []);
});

test('a backup of this workspace needs no fingerprint confirmation', async () => {
  const page = await app.newPage();
  await workspaceWithAnImporter(page, 'Acme Imports');
  await openTransfer(page);
  const backup = await downloadBackup(page);
  await chooseFile(page, backup.name, backup.text);
  await page.locator('#import-preview').waitFor();
  assert.equal(await page.locator('#import-signer-check').count(), 0, 'no confirmation asked');
  await page.locator('#import-restore').click();
  await page.locator('#import-confirmation').waitFor();
  assert.equal(await page.locator('.app-error-summary').count(), 0);
  assert.deepEqual(page.problems, []);
});
