// Locking never loses edits: a lock (the Lock button or auto-lock) that cannot save first —
// the browser's storage is full, or another tab saved over this one — leaves the workspace open,
// says why and what to do, and the emergency download is a signed backup that Import takes back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp, watchedPage } from './support/app.mjs';
import { addImporter, createWorkspace, fillMainAccount, unlock, waitUntilSaved } from './support/journeys.mjs';

const LEGAL_NAME = 'Legal name of the company';
const UNLOCK_HEADING = 'Unlock your workspace';

const app = appForTheseTests();

/** Fills this origin's localStorage until the browser refuses even one more character, so any
 * save that grows the stored workspace fails as it would on a full device. */
async function fillStorage(page) {
  const keys = await page.evaluate(() => {
    let count = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 4)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler.${count}`, chunk);
          count += 1;
        } catch {
          break;
        }
      }
    }
    return count;
  });
  assert.ok(keys > 0, 'storage was filled');
}

/** Frees what `fillStorage` took, as a user clearing room would. */
async function freeRoom(page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
  });
}

/** Counts the app's attempts to write a draft slot, from before the app starts. */
async function countDraftWrites(page) {
  await page.addInitScript(() => {
    window.draftWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function countedSetItem(key, value) {
      if (String(key).startsWith('ctpat.draft.')) window.draftWrites += 1;
      return setItem.call(this, key, value);
    };
  });
}

const draftWrites = (page) => page.evaluate(() => window.draftWrites);

/** The notice that tells why this tab's edits are not saved (and why a lock was refused). */
const unsavedNotice = (page) => page.locator('#unsaved-work');

/** Waits until the autosave has tried and failed for lack of room. */
async function waitUntilStorageFull(page) {
  await page.locator('#save-status', { hasText: 'Not saved: storage full' }).waitFor({ timeout: 10000 });
}

/** Sets up two tabs of one browser on one workspace; the second saves last, so the first tab's
 * next edit ("Changed in the first tab") is not saved over it. */
async function twoTabsWithTheFirstStale(context) {
  const first = watchedPage(await context.newPage());
  await openApp(first, app.url);
  await createWorkspace(first);
  await first.getByLabel(LEGAL_NAME).fill('Started here');
  await waitUntilSaved(first);

  const second = watchedPage(await context.newPage());
  await openApp(second, app.url);
  await unlock(second);
  await second.getByLabel(LEGAL_NAME).fill('Changed in the second tab');
  await waitUntilSaved(second);

  await first.getByLabel(LEGAL_NAME).fill('Changed in the first tab');
  await first.locator('#save-status', { hasText: 'Not saved: changed in another tab' }).waitFor({ timeout: 10000 });
  return { first, second };
}

test('auto-lock with storage full keeps every typed character open with the reason, and locks once room is freed', async () => {
  const page = await app.newPage();
  await countDraftWrites(page);
  await page.clock.install();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Acme');
  await waitUntilSaved(page);

  await fillStorage(page);
  const typed = 'Acme Cross-Border Imports and Consolidated Freight Services of the Americas, S. de R.L. de C.V.';
  await page.getByLabel(LEGAL_NAME).fill(typed);
  await waitUntilStorageFull(page);

  await page.clock.fastForward('15:30');
  const notice = unsavedNotice(page);
  await notice.locator('h2', { hasText: 'Not locked automatically: your latest changes are not saved' }).waitFor({ timeout: 10000 });
  const text = await notice.innerText();
  assert.match(text, /storage for this site is full/);
  assert.match(text, /Settings lists the data kept aside/);
  assert.match(text, /It locks itself as soon as your changes are saved/);
  assert.equal(await notice.getByRole('button', { name: 'Open Settings' }).count(), 1, 'it points to Settings');
  assert.equal(await notice.getByRole('button', { name: 'Download this tab’s version' }).count(), 1);
  assert.equal(await page.locator('h1', { hasText: UNLOCK_HEADING }).count(), 0, 'the workspace stays open');
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), typed, 'every typed character is still there');

  // Left alone, it does not keep trying: no save is attempted while nobody acts.
  const writesWhenRefused = await draftWrites(page);
  await page.clock.fastForward('30:00');
  assert.equal(await draftWrites(page), writesWhenRefused, 'no retry loop while the user is away');
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), typed);

  // Room is freed; the next thing the user does lets the save happen, and the lock with it.
  await freeRoom(page);
  await page.keyboard.press('Shift');
  await page.locator('h1', { hasText: UNLOCK_HEADING }).waitFor({ timeout: 10000 });
  assert.ok(!(await page.content()).includes('Consolidated Freight'), 'nothing decrypted is left in the page');

  await unlock(page);
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), typed, 'the text is there after unlocking');
  assert.equal(await unsavedNotice(page).count(), 0, 'nothing is reported lost');
  assert.deepEqual(page.problems, []);
});

test('Lock in a tab another tab saved over keeps its text open until this tab’s version is kept', async () => {
  const context = await app.browser.newContext();
  const { first, second } = await twoTabsWithTheFirstStale(context);

  await first.getByRole('button', { name: 'Lock', exact: true }).click();
  const notice = unsavedNotice(first);
  await notice.locator('h2', { hasText: 'Not locked: your latest changes are not saved' }).waitFor();
  const text = await notice.innerText();
  assert.match(text, /Another tab saved this workspace after this tab did/);
  assert.match(text, /Lock again once it is saved/);
  assert.equal(await first.locator('h1', { hasText: UNLOCK_HEADING }).count(), 0, 'the workspace stays open');
  assert.equal(await first.getByLabel(LEGAL_NAME).inputValue(), 'Changed in the first tab');

  await notice.getByRole('button', { name: 'Keep this tab’s version' }).click();
  await waitUntilSaved(first);
  await notice.waitFor({ state: 'detached' });
  await first.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(first);
  assert.equal(await first.getByLabel(LEGAL_NAME).inputValue(), 'Changed in the first tab', 'the typed text was kept');
  assert.deepEqual([...first.problems, ...second.problems], []);
  await context.close();
});

test('auto-lock in a tab another tab saved over waits, and locks once this tab’s version is kept', async () => {
  const context = await app.browser.newContext();
  await context.clock.install();
  const { first, second } = await twoTabsWithTheFirstStale(context);

  await first.clock.fastForward('15:30');
  const notice = unsavedNotice(first);
  await notice.locator('h2', { hasText: 'Not locked automatically' }).waitFor({ timeout: 10000 });
  assert.match(await notice.innerText(), /Another tab saved this workspace after this tab did/);
  assert.equal(await first.getByLabel(LEGAL_NAME).inputValue(), 'Changed in the first tab');

  await notice.getByRole('button', { name: 'Keep this tab’s version' }).click();
  await first.locator('h1', { hasText: UNLOCK_HEADING }).waitFor({ timeout: 10000 });
  await unlock(first);
  assert.equal(await first.getByLabel(LEGAL_NAME).inputValue(), 'Changed in the first tab', 'the typed text was kept');
  assert.deepEqual([...first.problems, ...second.problems], []);
  await context.close();
});

test('the download offered when storage is full is a signed backup that Import takes back', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.locator('h1', { hasText: 'Your company' }).waitFor();
  await fillMainAccount(page, 'Acme Imports');
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page);
  await waitUntilSaved(page);

  await page.locator('#task-main-account').click();
  await page.locator('h1', { hasText: 'Your company' }).waitFor();
  await fillStorage(page);
  await page.getByLabel(LEGAL_NAME).fill('Rescued Freight Lines');
  await waitUntilStorageFull(page);
  const downloading = page.waitForEvent('download');
  await unsavedNotice(page).getByRole('button', { name: 'Download this tab’s version' }).click();
  const download = await downloading;
  const name = download.suggestedFilename();
  assert.match(name, /^rescued-freight-lines-backup-\d{4}-\d\d-\d\d\.json$/);
  const path = await download.path();
  await page.locator('#unsaved-work-download', { hasText: `Downloaded ${name}: a signed backup` }).waitFor();

  // Later, with room again and the name changed since, the file is imported back.
  await freeRoom(page);
  await page.getByLabel(LEGAL_NAME).fill('Changed afterwards');
  await waitUntilSaved(page);
  await page.locator('main form button[type="submit"]').click();
  await page.getByRole('button', { name: 'Export and import' }).click();
  await page.locator('h1', { hasText: 'Export and import' }).waitFor();
  await page.locator('#import-file').setInputFiles(path);
  await page.locator('#import-preview').waitFor();
  assert.equal(await page.locator('#import-error').count(), 0, 'Import accepts it');
  assert.equal(await page.locator('#preview-signed-by').innerText(), 'Signed by this workspace.');
  assert.equal(await page.locator('#preview-legal-name').innerText(), 'Rescued Freight Lines');
  await page.locator('#import-restore').click();
  await page.locator('#import-confirm').click();
  await page.locator('#import-status', { hasText: 'The workspace was restored from the backup.' }).waitFor();
  await waitUntilSaved(page);
  assert.deepEqual(page.problems, []);
});
