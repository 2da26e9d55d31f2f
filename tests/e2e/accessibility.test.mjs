// Every screen a user can reach so far, and the same screens showing errors, pass an automated
// WCAG 2.2 AA scan (axe-core) with no violation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';
import { QUESTIONS, createWorkspace, startOnboarding } from './support/journeys.mjs';

const app = appForTheseTests();

async function assertAccessible(page, screen) {
  assert.deepEqual(await accessibilityViolations(page), [], `${screen} has accessibility violations`);
}

test('onboarding screens, with and without errors, have no accessibility violations', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await startOnboarding(page);
  await assertAccessible(page, 'passphrase step');

  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.app-error-summary').waitFor();
  await assertAccessible(page, 'passphrase step with errors');

  await page.getByLabel('Passphrase', { exact: true }).fill('tangerine ferry lantern 42');
  await page.getByLabel('Type the passphrase again').fill('tangerine ferry lantern 42');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#question-1').waitFor();
  await assertAccessible(page, 'security questions step');

  await page.getByRole('button', { name: 'Create the encrypted workspace' }).click();
  await page.locator('.app-error-summary').waitFor();
  await assertAccessible(page, 'security questions step with errors');

  for (const [index, [question, answer]] of QUESTIONS.entries()) {
    await page.locator(`#question-${index + 1}`).selectOption(question);
    await page.locator(`#answer-${index + 1}`).fill(answer);
  }
  await page.getByRole('button', { name: 'Create the encrypted workspace' }).click();
  await page.locator('#recovery-key-shown').waitFor();
  await assertAccessible(page, 'recovery kit');
  await page.locator('#kit-confirmation').fill('00000');
  await page.getByRole('button', { name: 'I have kept the kit' }).click();
  await page.locator('#kit-confirmation-message').waitFor();
  await assertAccessible(page, 'recovery kit with a wrong group');
});

test('replacing the recovery kit from Settings, with and without errors, has no accessibility violations', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await page.locator('#open-settings').click();
  await page.locator('#replace-recovery-kit').click();
  await page.locator('#kit-passphrase').waitFor();
  await assertAccessible(page, 'replace the recovery kit');
  await page.getByRole('button', { name: 'Make the recovery key' }).click();
  await page.locator('.app-error-summary').waitFor();
  await assertAccessible(page, 'replace the recovery kit with errors');
});

test('the open workspace, unlock, recovery and settings have no accessibility violations', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await assertAccessible(page, 'main account information');

  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.app-error-summary').waitFor();
  await assertAccessible(page, 'main account information with errors');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.locator('#signing-key-fingerprint').waitFor();
  await assertAccessible(page, 'settings');

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.locator('h1', { hasText: 'Unlock your workspace' }).waitFor();
  await assertAccessible(page, 'unlock');

  await page.getByLabel('Passphrase').fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('.app-error-summary').waitFor({ timeout: 30000 });
  await assertAccessible(page, 'unlock with an error');

  await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
  await page.locator('h1', { hasText: 'Answer your security questions' }).waitFor();
  await assertAccessible(page, 'recovery');
});

test('the scan itself catches a violation (an input without a label)', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await page.evaluate(() => document.querySelector('main').append(document.createElement('input')));

  const violations = await accessibilityViolations(page);

  assert.ok(violations.some((line) => line.startsWith('label:')), violations.join('\n'));
});
