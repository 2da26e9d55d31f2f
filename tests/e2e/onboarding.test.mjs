// Onboarding as a mouse user meets it: pressing Continue straight from a field that is wrong
// must submit at the first click, not only make the field's message appear.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp, startApp } from './support/app.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('one click on Continue, straight from a mistyped confirmation, shows the error summary', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
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
