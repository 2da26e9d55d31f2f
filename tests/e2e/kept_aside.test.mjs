// Copies kept aside: a copy of the workspace that storage could not take back in place (here,
// one an earlier version left under its keys after this deployment already had a workspace)
// is listed in Settings, and can be brought back (with the passphrase it was saved with),
// downloaded and imported back, or deleted after a confirmation. Bringing one back is undone
// like a restored backup.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { appValues, createWorkspace, reopen, fillMainAccount, PASSPHRASE, unlock, waitUntilSaved } from './support/journeys.mjs';

const app = appForTheseTests();
const LEGAL_NAME = 'Legal name of the company';
const NEW_PASSPHRASE = 'a completely different harbour';

/** The newest copy of the two draft slots. */
function newestCopy(values) {
  const copies = ['ctpat.draft.v1.a', 'ctpat.draft.v1.b'].map((key) => values[key]).filter(Boolean);
  assert.ok(copies.length > 0, 'a draft slot holds the workspace');
  return copies.sort((one, other) => JSON.parse(other).revision - JSON.parse(one).revision)[0];
}

/** The company's legal name as the main account page shows it (from any screen). */
async function legalName(page) {
  const task = page.locator('#task-main-account');
  if (await task.count()) await task.click();
  return page.getByLabel(LEGAL_NAME).inputValue();
}

/** Creates a workspace named `oldName` (with a complete main account if `complete`), keeps a
 * copy of its stored draft, then (optionally after a passphrase change) renames it `newName`,
 * and puts the old copy where an earlier version of the editor kept drafts: the next load
 * keeps it aside. */
async function workspaceWithCopyKeptAside(page, { oldName, newName, changePassphrase, complete }) {
  await openApp(page, app.url);
  await createWorkspace(page);
  if (complete) {
    await fillMainAccount(page, oldName);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('#task-main-account').click();
  } else {
    await page.getByLabel(LEGAL_NAME).fill(oldName);
  }
  await waitUntilSaved(page);
  const oldCopy = newestCopy(await appValues(page));

  let passphrase = PASSPHRASE;
  if (changePassphrase) {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Current passphrase').fill(PASSPHRASE);
    await page.locator('#change-passphrase').fill(NEW_PASSPHRASE);
    await page.locator('#change-confirmation').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('Your passphrase has been changed.').waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: 'Back to your tasks' }).click();
    passphrase = NEW_PASSPHRASE;
  }
  await page.getByLabel(LEGAL_NAME).fill(newName);
  await waitUntilSaved(page);

  await page.evaluate((value) => localStorage.setItem('ctpat.draft.v1.a', value), oldCopy);
  await page.reload();
  await unlock(page, passphrase);
  await page.locator('#storage-notice').waitFor();
  assert.equal(await legalName(page), newName, 'the newer workspace opens');
  return oldCopy;
}

const keptAsideKeys = async (page) => Object.keys(await appValues(page)).filter((key) => key.startsWith('ctpat.quarantine.'));

test('a copy kept aside under an old passphrase is brought back with it, and that can be undone', async () => {
  const page = await app.newPage();
  await workspaceWithCopyKeptAside(page, { oldName: 'Before Traders', newName: 'After Traders', changePassphrase: true });
  assert.equal((await keptAsideKeys(page)).length, 1);

  await page.getByRole('button', { name: 'Settings' }).click();
  const item = page.locator('.app-kept-aside__item');
  await item.getByRole('button', { name: 'Bring this copy back' }).click();
  await item.getByRole('button', { name: 'Yes, bring it back' }).click();

  // The copy is sealed under the old passphrase: it is asked for, and a wrong one changes nothing.
  const passphrase = item.getByLabel('Passphrase this copy was saved with');
  await passphrase.waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await passphrase.fill('not the old passphrase');
  const open = item.getByRole('button', { name: 'Open the copy and bring it back' });
  await open.click();
  // The key is derived off the page's thread: the page says so, keeps the button from a second
  // press, and answers meanwhile.
  await item.getByRole('status').filter({ hasText: 'Opening the copy… This takes about a second.' }).waitFor();
  assert.equal(await open.isDisabled(), true, 'the button waits for the first attempt');
  assert.equal(await page.evaluate(() => new Promise((done) => setTimeout(() => done('answered'), 0))), 'answered');
  await item.getByText('This passphrase does not open the copy. Nothing was changed.').first().waitFor({ timeout: 30000 });
  assert.equal(await open.isDisabled(), false);
  assert.equal((await keptAsideKeys(page)).length, 1, 'the copy is still kept aside');

  await passphrase.fill(PASSPHRASE);
  await item.getByRole('button', { name: 'Open the copy and bring it back' }).click();
  await page.locator('#kept-aside-brought-back', { hasText: 'The copy was brought back and saved.' }).waitFor({ timeout: 30000 });
  assert.deepEqual(await keptAsideKeys(page), [], 'a copy brought back is no longer kept aside');
  await page.getByRole('button', { name: 'Back to your tasks' }).click();
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Before Traders');

  // Saved under the current passphrase, and the replaced workspace comes back by undo.
  await page.reload();
  await unlock(page, NEW_PASSPHRASE);
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Before Traders');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.locator('#settings-undo-import').click();
  await page.locator('#settings-undo-status', { hasText: /\S/ }).waitFor();
  await page.getByRole('button', { name: 'Back to your tasks' }).click();
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'After Traders');
  assert.deepEqual(page.problems, []);
});

test('a copy kept aside can be downloaded, deleted after a confirmation, and imported back from the file', async () => {
  const page = await app.newPage();
  await workspaceWithCopyKeptAside(page, { oldName: 'Kept Copy Freight', newName: 'Current Freight', changePassphrase: false, complete: true });

  await page.getByRole('button', { name: 'Settings' }).click();
  const item = page.locator('.app-kept-aside__item');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('button', { name: 'Download' }).click(),
  ]);
  const file = await download.path();
  const downloaded = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(downloaded.from.startsWith('ctpat.draft.v1.a'), true, 'the file says where the copy came from');

  await item.getByRole('button', { name: 'Delete' }).click();
  await item.getByRole('button', { name: 'Keep it' }).click();
  assert.equal((await keptAsideKeys(page)).length, 1, '"Keep it" deletes nothing');
  await item.getByRole('button', { name: 'Delete' }).click();
  await item.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByText('Nothing has been kept aside.').waitFor();
  assert.deepEqual(await keptAsideKeys(page), []);
  await page.getByRole('button', { name: 'Back to your tasks' }).click();
  assert.equal(await legalName(page), 'Current Freight', 'deleting changed nothing else');

  // The downloaded file is not a signed file, and Import says what it is and offers it back.
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Export and import' }).click();
  await page.locator('#import-file').setInputFiles(file);
  const offer = page.locator('#import-kept-copy');
  await offer.getByRole('heading', { name: 'A copy of the workspace kept aside' }).waitFor();
  await offer.getByRole('button', { name: 'Bring this copy back' }).click();
  await offer.getByRole('button', { name: 'Yes, bring it back' }).click();
  await page.locator('#import-status', { hasText: 'was brought back and saved' }).waitFor({ timeout: 30000 });
  await reopen(page);
  await unlock(page);
  assert.equal(await legalName(page), 'Kept Copy Freight');
  assert.deepEqual(page.problems, []);
});

test('a damaged copy kept aside can only be downloaded or deleted', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Damaged Copy Ltd');
  await waitUntilSaved(page);
  await page.evaluate(() => localStorage.setItem('ctpat.draft.v1.a', '{"format":"ctpat-draft","version":1,"revision":'));
  await page.reload();
  await unlock(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const item = page.locator('.app-kept-aside__item');
  await item.getByText('This version of the editor cannot open this copy').waitFor();
  assert.equal(await item.getByRole('button', { name: 'Bring this copy back' }).count(), 0);
  assert.equal(await page.getByLabel(LEGAL_NAME, { exact: true }).count(), 0, 'still on Settings');
  assert.deepEqual(page.problems, []);
});
