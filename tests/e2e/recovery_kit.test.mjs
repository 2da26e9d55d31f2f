// The recovery kit as a user lives with it: shown once at onboarding, printed or downloaded and
// confirmed; replaced from Settings (the old kit then fails), with other questions and answers;
// and made for a workspace stored before kits existed, whose answers alone opened it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { PASSPHRASE, QUESTIONS, confirmRecoveryKit, createWorkspace, recover, startOnboarding, storedValues, unlock, waitUntilSaved, reopen } from './support/journeys.mjs';

const LEGAL_NAME = 'Legal name of the company';
const FIXTURE = new URL('./fixtures/format-1-workspace.json', import.meta.url);

const app = appForTheseTests();

test('onboarding shows the kit once, prints and downloads it, and creates nothing until a group is typed back', async () => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, app.url);
  await startOnboarding(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const [index, [question, answer]] of QUESTIONS.entries()) {
    await page.locator(`#question-${index + 1}`).selectOption(question);
    await page.locator(`#answer-${index + 1}`).fill(answer);
  }
  await page.getByRole('button', { name: 'Create the encrypted workspace' }).click();

  const key = (await page.locator('#recovery-key-shown').textContent()).trim();
  assert.match(key, /^([0-9A-HJKMNP-TV-Z]{5}-){6}[0-9A-HJKMNP-TV-Z]{5}$/);
  const kit = await page.locator('#recovery-kit').innerText();
  assert.match(kit, /Signing key fingerprint/);
  assert.match(kit, /[0-9a-f]{4}( [0-9a-f]{4}){15}/i, 'the signing key fingerprint');
  assert.match(kit, /\d{4}-\d\d-\d\d/, 'the date');
  assert.ok(kit.includes(new URL(app.url).pathname), 'where the workspace is kept');

  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.locator('#print-kit').click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  const downloading = page.waitForEvent('download');
  await page.locator('#download-kit').click();
  const download = await downloading;
  assert.match(download.suggestedFilename(), /^recovery-kit-\d{4}-\d\d-\d\d\.txt$/);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.includes(key), 'the downloaded kit holds the key');
  assert.match(text, /forgot my passphrase/);

  assert.equal(Object.keys(await storedValues(page)).filter((k) => k.startsWith('ctpat.draft')).length, 0, 'nothing stored before the kit is confirmed');
  await page.locator('#kit-confirmation').fill('ZZZZZ');
  await page.getByRole('button', { name: 'I have kept the kit' }).click();
  await page.locator('#kit-confirmation-message', { hasText: 'This is not group' }).waitFor();
  assert.equal(Object.keys(await storedValues(page)).filter((k) => k.startsWith('ctpat.draft')).length, 0);

  const confirmed = await confirmRecoveryKit(page);
  assert.equal(confirmed, key);
  await page.getByLabel(LEGAL_NAME).waitFor({ timeout: 30000 });
  const stored = JSON.stringify(await storedValues(page));
  assert.ok(stored.includes('recoveryWrap') && !stored.includes('answersWrap'), 'recovered by kit and answers only');
  assert.ok(!stored.includes(key) && !stored.includes(key.replaceAll('-', '')), 'the key is never stored');
  await context.close();
});

test('replacing the kit (with a new answer) makes the old kit and the old answer fail, and the new ones work', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  const oldKey = await createWorkspace(page);
  await page.getByLabel(LEGAL_NAME).fill('Kit Freight');
  await waitUntilSaved(page);

  await page.locator('#open-settings').click();
  await page.locator('#replace-recovery-kit').click();
  await page.locator('#kit-passphrase').fill('not the passphrase at all');
  for (const [index, [, answer]] of QUESTIONS.entries()) await page.locator(`#answer-${index + 1}`).fill(answer);
  await page.getByRole('button', { name: 'Make the recovery key' }).click();
  await page.locator('.app-error-summary', { hasText: 'The passphrase is not right' }).waitFor({ timeout: 30000 });

  await page.locator('#kit-passphrase').fill(PASSPHRASE);
  // Another question in third place, with its answer.
  await page.locator('#question-3').selectOption('first_stuffed_toy');
  await page.locator('#answer-3').fill('Mister Bear');
  await page.getByRole('button', { name: 'Make the recovery key' }).click();
  const newKey = await confirmRecoveryKit(page);
  assert.notEqual(newKey, oldKey);
  await page.locator('#recovery-kit-saved', { hasText: 'Recovery kit saved' }).waitFor({ timeout: 30000 });

  await reopen(page);
  const newAnswers = [QUESTIONS[0][1], QUESTIONS[1][1], 'Mister Bear'];
  await recover(page, { recoveryKey: oldKey, answers: newAnswers, newPassphrase: 'another long passphrase here' });
  await page.locator('.app-error-summary', { hasText: 'The recovery key and the answers do not open' }).waitFor({ timeout: 30000 });
  await reopen(page);
  await recover(page, { recoveryKey: newKey, newPassphrase: 'another long passphrase here' });
  await page.locator('.app-error-summary', { hasText: 'The recovery key and the answers do not open' }).waitFor({ timeout: 30000 });
  await reopen(page);
  await recover(page, { recoveryKey: newKey, answers: newAnswers, newPassphrase: 'another long passphrase here' });
  await page.getByLabel(LEGAL_NAME).waitFor({ timeout: 30000 });
  assert.equal(await page.getByLabel(LEGAL_NAME).inputValue(), 'Kit Freight');
});

test('a workspace stored before recovery kits opens with its passphrase, says recovery is weak, and is walked through making a kit; no answers-only wrap remains', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  const slots = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  await page.evaluate((values) => { for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value); }, slots);
  await page.reload();
  await unlock(page);

  await page.locator('h1', { hasText: 'Make your recovery kit' }).waitFor();
  await page.locator('#kit-later').click();
  await page.locator('#weak-recovery', { hasText: 'Recovery is weak' }).waitFor();
  assert.ok(JSON.stringify(await storedValues(page)).includes('answersWrap'), 'the answers still open it until a kit is made');

  await page.locator('#make-recovery-kit').click();
  for (const [index, [, answer]] of QUESTIONS.entries()) await page.locator(`#answer-${index + 1}`).fill(answer);
  await page.getByRole('button', { name: 'Make the recovery key' }).click();
  const key = await confirmRecoveryKit(page);
  await page.locator('#recovery-kit-saved', { hasText: 'Recovery kit saved' }).waitFor({ timeout: 30000 });
  assert.equal(await page.locator('#weak-recovery').count(), 0);

  const stored = await storedValues(page);
  const drafts = Object.entries(stored).filter(([name]) => name.startsWith('ctpat.draft'));
  assert.equal(drafts.length, 2);
  for (const [name, value] of drafts) {
    assert.ok(!value.includes('answersWrap'), `${name} keeps no answers-only wrap`);
    assert.ok(value.includes('recoveryWrap'), `${name} is recovered by the kit`);
  }

  await reopen(page);
  await recover(page, { recoveryKey: key, newPassphrase: 'another long passphrase here' });
  await page.locator('#field-organization-legalName').waitFor({ timeout: 30000 });
  assert.equal(await page.locator('#field-organization-legalName').inputValue(), 'Legacy Freight Lines');
});
