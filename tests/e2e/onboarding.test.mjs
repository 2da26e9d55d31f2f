// Onboarding and the other passphrase forms as people meet them: pressing Continue straight
// from a field that is wrong submits at the first click, and a password manager finds one name
// to file the passphrase under.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { createWorkspace, startOnboarding, waitUntilSaved } from './support/journeys.mjs';

const app = appForTheseTests();

test('one click on Continue, straight from a mistyped confirmation, shows the error summary', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await startOnboarding(page);
  await page.getByLabel('Passphrase', { exact: true }).fill('tangerine ferry lantern 42');
  const again = page.getByLabel('Type the passphrase again');
  await again.fill('tangerine ferry lantern 24');
  const continueButton = page.getByRole('button', { name: 'Continue' });

  // A person's press lasts a moment: long enough for a message appearing on leaving the field
  // to move the button from under the pointer.
  await continueButton.click({ delay: 120 });
  const summary = page.locator('.app-error-summary');
  await summary.waitFor({ timeout: 3000 });
  assert.match(await summary.innerText(), /passphrases do not match/i);
  assert.equal(await page.locator('h1').innerText(), 'Choose a passphrase for this workspace');

  await again.fill('tangerine ferry lantern 42');
  await continueButton.click({ delay: 120 });
  await page.locator('#question-1').waitFor({ timeout: 3000 });
  assert.deepEqual(page.problems, []);
});

/** The hidden user names of the form holding the first password field on screen. */
async function passphraseFormNames(page) {
  return page.locator('form:has(input[type="password"])').evaluateAll((forms) =>
    forms.map((form) => {
      const names = [...form.querySelectorAll('input[autocomplete="username"]')];
      const password = form.querySelector('input[type="password"]');
      return names.map((name) => ({
        value: name.value,
        hidden: name.hidden && name.getBoundingClientRect().width === 0,
        beforePassword: Boolean(name.compareDocumentPosition(password) & Node.DOCUMENT_POSITION_FOLLOWING),
      }));
    }),
  );
}

test('every passphrase form carries one hidden workspace name for password managers', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await startOnboarding(page);
  const expected = [[{ value: 'C-TPAT workspace', hidden: true, beforePassword: true }]];
  assert.deepEqual(await passphraseFormNames(page), expected, 'choosing the passphrase');

  await createWorkspace(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.locator('#current-passphrase').waitFor();
  assert.deepEqual(await passphraseFormNames(page), expected, 'changing the passphrase');

  await waitUntilSaved(page);
  await page.reload();
  await page.locator('h1', { hasText: 'Unlock your workspace' }).waitFor();
  assert.deepEqual(await passphraseFormNames(page), expected, 'unlocking');

  await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
  await page.locator('h1', { hasText: 'Answer your security questions' }).waitFor();
  assert.deepEqual(await passphraseFormNames(page), expected, 'recovering');
  assert.deepEqual(page.problems, []);
});

test('every message on the security questions step is announced as an error, as in the summary', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await startOnboarding(page);
  await page.getByLabel('Passphrase', { exact: true }).fill('tangerine ferry lantern 42');
  await page.getByLabel('Type the passphrase again').fill('tangerine ferry lantern 42');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#question-1').waitFor();
  await page.getByRole('button', { name: 'Create the encrypted workspace' }).click();
  await page.locator('.app-error-summary').waitFor();

  const messages = await page.locator('main .app-error-message').allTextContents();
  assert.ok(messages.length >= 6, `a message for each question and answer: ${messages}`);
  for (const message of messages) assert.match(message, /^Error: \S/, 'read out as an error');
  const summary = await page.locator('.app-error-summary li').allTextContents();
  for (const entry of summary) {
    assert.ok(messages.some((message) => message === `Error: ${entry}`), `“${entry}” is said the same way at its field`);
  }
  assert.deepEqual(page.problems, []);
});
