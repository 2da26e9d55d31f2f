// Room in the browser's storage: Settings says how much the editor's data takes and the figure
// follows what is saved; every screen warns when little room is left.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { createWorkspace, unlock, waitUntilSaved } from './support/journeys.mjs';

const app = appForTheseTests();

/** The kilobytes a figure in Settings shows. */
const kilobytes = async (page, id) => Number((await page.locator(`#${id}`).textContent()).match(/\d+/)[0]);

test('Settings show the storage the workspace takes, and the figure grows when data is added', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Storage in this browser' }).waitFor();
  const workspaceBefore = await kilobytes(page, 'storage-room-workspace');
  const totalBefore = await kilobytes(page, 'storage-room-total');
  assert.ok(workspaceBefore > 0, 'the two copies take some room');
  assert.equal(await kilobytes(page, 'storage-room-kept-aside'), 0);
  assert.match(await page.locator('#storage-room-total').textContent(), /of about 5120 KB/);

  // More typed in the workspace: both copies grow (random text, so compression cannot hide it).
  await page.getByRole('button', { name: 'Back to your tasks' }).click();
  const text = Array.from({ length: 6000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 89) ^ (i % 13))).join('');
  await page.getByLabel('Legal name of the company').fill(text);
  await waitUntilSaved(page);
  await page.getByLabel('Legal name of the company').fill(text + ' and more');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const workspaceAfter = await kilobytes(page, 'storage-room-workspace');
  assert.ok(workspaceAfter > workspaceBefore, `${workspaceAfter} KB > ${workspaceBefore} KB`);

  // Data kept aside (as a damaged value would be) is counted under its own line.
  await page.evaluate(() => localStorage.setItem('ctpat.quarantine.v1.1.test', 'x'.repeat(200 * 1024)));
  await page.reload();
  await unlock(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Storage in this browser' }).waitFor();
  assert.ok(await kilobytes(page, 'storage-room-kept-aside') >= 400, 'two bytes a character');
  assert.ok(await kilobytes(page, 'storage-room-total') >= totalBefore + 400);
  assert.equal(await page.locator('#low-storage-notice').count(), 0, 'plenty of room left');
  assert.deepEqual(page.problems, []);
});

test('every screen warns when less than a fifth of the room is left', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.evaluate(() => localStorage.setItem('ctpat.quarantine.v1.1.big', 'x'.repeat(2_200_000)));
  await page.reload();

  const notice = page.locator('#low-storage-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /nearly full/);
  await unlock(page);
  await notice.waitFor();
  assert.match(await notice.textContent(), /takes \d+% of the room/);
  assert.deepEqual(page.problems, []);
});
