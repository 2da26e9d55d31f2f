// The first visit as a new user meets it: a start page in their language that says what the
// editor is for and leads to onboarding, to restoring a backup or to the example; restoring on a
// new computer, with its own passphrase and recovery kit and no main-account step, or with a
// tampered backup that leaves nothing behind; and the example, marked on every screen, leaving
// no trace in storage and exporting files Import refuses as a real submission.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import {
  PASSPHRASE,
  QUESTIONS,
  addImporter,
  appValues,
  confirmRecoveryKit,
  createWorkspace,
  fillMainAccount,
  recover,
  unlock,
  waitUntilSaved,
} from './support/journeys.mjs';

const app = appForTheseTests();

const LANGUAGES = [
  { label: 'English', title: 'Prepare your C-TPAT Security Profile', passphrase: 'Choose a passphrase for this workspace', banner: 'You are exploring the example workspace', back: 'Back' },
  { label: 'Français (Canada)', title: 'Préparez votre profil de sécurité C-TPAT', passphrase: 'Choisissez une phrase de passe pour cet espace de travail', banner: 'Vous parcourez l’espace de travail d’exemple', back: 'Retour' },
  { label: 'Español (México)', title: 'Prepare su perfil de seguridad C-TPAT', passphrase: 'Elija una frase de contraseña para este espacio de trabajo', banner: 'Está explorando el espacio de trabajo de ejemplo', back: 'Volver' },
];

/** The keys this deployment holds that belong to a workspace (the language preference aside). */
async function workspaceKeys(page) {
  return Object.keys(await appValues(page)).filter((key) => !key.startsWith('ctpat.preferences.'));
}

async function saveDownload(download) {
  const path = join(mkdtempSync(join(tmpdir(), 'ctpat-start-')), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function download(page, selector) {
  const downloading = page.waitForEvent('download');
  await page.locator(selector).click();
  return saveDownload(await downloading);
}

/** A workspace with a main account and an importer, as on another computer; its backup. */
async function backupFromAnotherComputer() {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.locator('h1', { hasText: 'Your company' }).waitFor();
  await fillMainAccount(page, 'Moving Freight Ltd');
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page, 'Imports moved');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Export and import' }).click();
  const backup = await download(page, '#export-backup');
  assert.deepEqual(page.problems, []);
  await page.context().close();
  return backup;
}

/** On a fresh browser: Restore from a backup, then the passphrase, questions and kit. */
async function restoreUpToTheBackup(page) {
  await openApp(page, app.url);
  await page.locator('#start-restore').click();
  await page.locator('#restore-intro').waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const [index, [question, answer]] of QUESTIONS.entries()) {
    await page.locator(`#question-${index + 1}`).selectOption(question);
    await page.locator(`#answer-${index + 1}`).fill(answer);
  }
  await page.getByRole('button', { name: 'Create the encrypted workspace' }).click();
  const recoveryKey = await confirmRecoveryKit(page);
  await page.locator('h1', { hasText: 'Choose the backup to restore' }).waitFor();
  return recoveryKey;
}

test('the start page, in each language, passes axe and leads to onboarding, restore and the example', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  for (const language of LANGUAGES) {
    await page.locator('.app-language-switch select').selectOption({ label: language.label });
    await page.locator('h1', { hasText: language.title }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], `start page in ${language.label}`);
    for (const id of ['#start-now', '#start-restore', '#start-example']) {
      assert.ok(await page.locator(id).isVisible(), `${id} in ${language.label}`);
    }

    await page.locator('#start-now').click();
    await page.locator('h1', { hasText: language.passphrase }).waitFor();
    assert.equal(await page.locator('#restore-intro').count(), 0, 'Start is onboarding, not a restore');
    await page.locator('#back-to-start').click();

    await page.locator('#start-restore').click();
    await page.locator('h1', { hasText: language.passphrase }).waitFor();
    await page.locator('#restore-intro').waitFor();
    await page.locator('#back-to-start').click();

    await page.locator('#start-example').click();
    await page.locator('#example-banner', { hasText: language.banner }).waitFor();
    await page.locator('#leave-example').click();
    await page.locator('h1', { hasText: language.title }).waitFor();
  }
  assert.deepEqual(await workspaceKeys(page), [], 'looking around stores no workspace');
  assert.deepEqual(page.problems, []);
});

test('a start page reached by keyboard alone leads into onboarding', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await page.locator('#start-now').focus();
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: 'Choose a passphrase for this workspace' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('a backup restored on a new computer opens with its data, no main-account step, and its own recovery kit', async () => {
  const backup = await backupFromAnotherComputer();
  const page = await app.newPage();
  const recoveryKey = await restoreUpToTheBackup(page);
  assert.deepEqual(await workspaceKeys(page), [], 'nothing is stored before the backup is restored');

  await page.locator('#restore-file').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await page.locator('#preview-legal-name', { hasText: 'Moving Freight Ltd' }).waitFor();
  assert.equal(await page.locator('#preview-accounts').textContent(), '1');
  // Another computer's key: nothing happens until the fingerprint is confirmed, as on Import.
  await page.locator('#restore-confirm').click();
  await page.locator('.app-error-summary').waitFor();
  assert.deepEqual(await workspaceKeys(page), []);
  assert.deepEqual(await accessibilityViolations(page), [], 'the backup step with its error');
  await page.locator('#import-signer-compared').check();
  await page.locator('#restore-confirm').click();

  // The main account came with the backup: the task list, not "Your company".
  await page.locator('#save-status').waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: 'Export and import' }).waitFor();
  assert.equal(await page.locator('h1', { hasText: 'Your company' }).count(), 0);
  assert.match(await page.locator('main').innerText(), /Imports moved/);
  await page.getByRole('button', { name: 'Settings' }).waitFor();

  // It is stored, opens with this computer's passphrase, and its recovery kit works.
  await page.reload();
  await unlock(page);
  assert.match(await page.locator('main').innerText(), /Imports moved/);
  await page.getByRole('button', { name: 'Lock' }).click();
  await recover(page, { recoveryKey, newPassphrase: 'a new passphrase after the move' });
  await page.locator('#save-status').waitFor({ timeout: 30000 });
  assert.match(await page.locator('main').innerText(), /Imports moved/);
  assert.deepEqual(page.problems, []);
});

test('a tampered backup on a new computer is refused, says why and leaves storage empty', async () => {
  const backup = await backupFromAnotherComputer();
  const tampered = backup.text.replace('Moving Freight Ltd', 'Moving Freight Lts');
  assert.notEqual(tampered, backup.text);
  const page = await app.newPage();
  await restoreUpToTheBackup(page);

  await page.locator('#restore-file').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(tampered) });

  await page.locator('#restore-error').waitFor();
  assert.match(await page.locator('#restore-error').textContent(), /signature/i);
  assert.equal(await page.locator('#restore-confirm').count(), 0);
  assert.deepEqual(await workspaceKeys(page), []);
  await page.reload();
  await page.locator('#start-now').waitFor();
  assert.deepEqual(await workspaceKeys(page), [], 'a reload starts afresh: nothing was kept');
  assert.deepEqual(page.problems, []);
});

test('the example is marked on every screen, leaves no trace, and Import refuses its files as real ones', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await page.locator('#start-example').click();
  const banner = page.locator('#example-banner');
  await banner.waitFor();
  assert.match(await page.locator('main').innerText(), /Great Lakes Housewares/);
  assert.equal(await page.getByRole('button', { name: 'Settings' }).count(), 0, 'no settings in the example');
  assert.deepEqual(await accessibilityViolations(page), [], 'the example task list');

  // Every screen carries the mark: an account, one of its sections, its check, and back.
  const marked = async (what) => {
    await banner.waitFor();
    assert.equal(await banner.count(), 1, `the example is marked on ${what}`);
  };
  await page.locator('[data-account="example-carrier"] .app-task-list__link').click();
  await page.locator('#account-title').waitFor();
  await marked('the account');
  await page.locator('#task-check-answers').click();
  await page.locator('.app-back-link').first().waitFor();
  await marked('check your answers');
  assert.deepEqual(await accessibilityViolations(page), [], 'check your answers in the example');
  await page.locator('.app-back-link').first().click();
  await page.locator('#account-title').waitFor();
  await page.locator('main .app-task-list__items .app-task-list__link').first().click();
  await page.locator('.app-back-link').first().waitFor();
  await marked('an account section');
  await page.locator('.app-back-link').first().click();
  await page.locator('#account-title').waitFor();
  await page.locator('.app-back-link').first().click();
  await page.locator('#task-main-account').click();
  await page.getByLabel('Legal name of the company').waitFor();
  await marked('the main account');

  // Edits happen in memory only.
  await page.getByLabel('Legal name of the company').fill('Great Lakes Housewares (edited)');
  await page.waitForTimeout(1500);
  assert.deepEqual(await workspaceKeys(page), [], 'nothing of the example is stored, edits included');

  await page.locator('#leave-example').click();
  await page.locator('#start-now').waitFor();
  await page.locator('#start-example').click();
  await banner.waitFor();
  await page.getByRole('button', { name: 'Export and import' }).click();
  await page.locator('h1', { hasText: 'Export and import' }).waitFor();
  await banner.waitFor();
  assert.ok(await page.locator('#import-example').isVisible(), 'importing is not offered in the example');
  const submission = await download(page, '[data-export-account="example-importer"]');
  const backup = await download(page, '#export-backup');
  assert.equal(JSON.parse(submission.text).profile.example, true);
  assert.equal(JSON.parse(backup.text).profile.example, true);
  assert.deepEqual(await workspaceKeys(page), [], 'exporting stores nothing either');

  await page.locator('#leave-example').click();
  await page.locator('#start-now').waitFor();
  assert.deepEqual(await workspaceKeys(page), [], 'leaving the example leaves no trace');

  // A real workspace's Import refuses both files with a clear message.
  await createWorkspace(page);
  await page.locator('h1', { hasText: 'Your company' }).waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /Great Lakes/, 'the example is not mixed in');
  await fillMainAccount(page, 'Real Imports Inc');
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page);
  await page.getByRole('button', { name: 'Export and import' }).click();
  for (const file of [submission, backup]) {
    await page.locator('#import-file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    const error = page.locator('#import-error');
    await error.waitFor();
    assert.match(await error.textContent(), /exported from the example workspace/);
  }
  assert.equal(await page.locator('#import-preview').count(), 0);
  assert.deepEqual(page.problems, []);
});
