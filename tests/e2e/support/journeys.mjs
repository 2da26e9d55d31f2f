// Steps of the user's journeys that many tests share: creating a workspace, unlocking it.

import { foreignBackup } from './foreign_files.mjs';

export const PASSPHRASE = 'tangerine ferry lantern 42';
export const QUESTIONS = [
  ['first_concert', 'Rolling Stones'],
  ['first_car_model', 'Ford Pinto'],
  ['childhood_nickname', 'Bibou'],
];

/** From the start page a browser without a workspace shows, "Start now" into onboarding; does
 * nothing when onboarding is already on screen. */
export async function startOnboarding(page) {
  const start = page.locator('#start-now');
  await page.locator('#start-now, #new-passphrase').first().waitFor();
  if (await start.isVisible()) {
    await start.click();
    await page.locator('#new-passphrase').waitFor();
  }
}

/** Onboarding steps 1 and 2 (pressing Start on the start page first): passphrase, three
 * questions, then the recovery kit kept and confirmed; waits for the open workspace and returns
 * the recovery key as the kit shows it. */
export async function createWorkspace(page, passphrase = PASSPHRASE) {
  await startOnboarding(page);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const [index, [question, answer]] of QUESTIONS.entries()) {
    await page.locator(`#question-${index + 1}`).selectOption(question);
    await page.locator(`#answer-${index + 1}`).fill(answer);
  }
  await page.getByRole('button', { name: 'Create the encrypted workspace' }).click();
  const recoveryKey = await confirmRecoveryKit(page);
  await page.locator('#save-status').waitFor({ timeout: 30000 });
  return recoveryKey;
}

/** On a recovery kit: reads the key, types back the group asked for and confirms; returns the
 * key as shown. */
export async function confirmRecoveryKit(page) {
  const shown = page.locator('#recovery-key-shown');
  await shown.waitFor();
  const recoveryKey = (await shown.textContent()).trim();
  const hint = await page.locator('#kit-confirmation-hint').textContent();
  const group = Number(/(\d)/.exec(hint)[1]);
  await page.locator('#kit-confirmation').fill(recoveryKey.split('-')[group - 1]);
  await page.getByRole('button', { name: 'I have kept the kit' }).click();
  return recoveryKey;
}

/** The recovery screen: recovery key (when the workspace has a kit), answers, new passphrase. */
export async function recover(page, { recoveryKey, answers = QUESTIONS.map(([, answer]) => answer), newPassphrase }) {
  await page.getByRole('button', { name: 'I forgot my passphrase' }).click();
  if (recoveryKey !== undefined) await page.locator('#recovery-key').fill(recoveryKey);
  for (const [index, answer] of answers.entries()) await page.locator(`#answer-${index + 1}`).fill(answer);
  await page.locator('#recover-passphrase').fill(newPassphrase);
  await page.locator('#recover-confirmation').fill(newPassphrase);
  await page.getByRole('button', { name: 'Set the new passphrase and open' }).click();
}

/**
 * Opens the app again at its own address, as a user coming back to it does: it asks for the
 * passphrase and starts at the task list (a reload instead stays on the screen it shows).
 */
export async function reopen(page) {
  const address = new URL(page.url());
  address.hash = '';
  await page.goto(address.href);
}

/** The unlock screen: types the passphrase and waits for the open workspace. */
export async function unlock(page, passphrase = PASSPHRASE) {
  await page.locator('h1', { hasText: 'Unlock your workspace' }).waitFor();
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('#save-status').waitFor({ timeout: 30000 });
}

/** Waits until the save indicator says the draft is saved. */
export async function waitUntilSaved(page) {
  await page.locator('#save-status', { hasText: /^Saved \d\d:\d\d$/ }).waitFor({ timeout: 10000 });
}

/** What this page's deployment keeps, by the app's own key names (the browser's keys end with
 * `@<the folder the app is served from>`, which is left out here). */
export async function appValues(page) {
  const folder = await page.evaluate(() => location.pathname.replace(/[^/]*$/, ''));
  const suffix = `@${folder}`;
  return Object.fromEntries(
    Object.entries(await storedValues(page))
      .filter(([key]) => key.endsWith(suffix))
      .map(([key, value]) => [key.slice(0, -suffix.length), value]),
  );
}

/** Every value this app keeps in localStorage, by key. */
export async function storedValues(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
}

/** Fills the main account with what the Portal requires: company, headquarters, two contacts
 * with the first one an officer and the primary point of contact. */
export async function fillMainAccount(page, legalName = 'Acme Imports') {
  await page.getByLabel('Legal name of the company').fill(legalName);
  await page.getByLabel('Company telephone').fill('+1 859 555 0142');
  await page.getByLabel('Country', { exact: true }).selectOption('US');
  await page.getByLabel('Street address', { exact: true }).fill('1 Main Street');
  await page.getByLabel('City').fill('Lexington');
  await page.getByLabel('State or province').fill('KY');
  await page.getByLabel('ZIP or postal code').fill('40507');
  for (const index of [0, 1]) {
    await page.getByLabel('First name').nth(index).fill(index ? 'Luis' : 'Ana');
    await page.getByLabel('Last name').nth(index).fill('Ruiz');
    await page.getByLabel('E-mail address').nth(index).fill(`contact${index}@example.com`);
    await page.getByLabel('Telephone', { exact: true }).nth(index).fill('+1 859 555 0143');
  }
  await page.getByLabel('This person is a company officer').first().check();
  await page.getByLabel('This person is the primary point of contact').first().click();
}


/** Adds an importer account from the "Add an account" page and waits until it is saved. */
export async function addImporter(page, name = 'Imports') {
  const heading = page.locator('h1', { hasText: 'Add an account' });
  await heading.waitFor();
  await page.getByLabel('Business type').selectOption('importer');
  await page.getByLabel('Importer of record number').fill('12-345678900');
  await page.getByLabel('CBP bond number').fill('99-1234567');
  await page.getByLabel('Account name').fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading.waitFor({ state: 'detached' });
}

/** Adds a row to the register on screen, if it has an add button, and waits until the app has
 * put the focus in the new row (it does so on the next frame). Without the wait, a focus the
 * test moves elsewhere can be taken back by the app, and the row's first field, left later,
 * shows its message at a moment the test did not choose. Returns whether a row was added. */
export async function addRegisterRow(page) {
  const add = page.locator('main .app-register-list > button.app-button--secondary');
  if (!(await add.count())) return false;
  const rows = await page.locator('main .app-list-item').count();
  await add.first().click();
  await page.waitForFunction(
    (rows) => {
      const items = document.querySelectorAll('main .app-list-item');
      return items.length === rows + 1 && items[items.length - 1].contains(document.activeElement);
    },
    rows,
    { timeout: 5000 },
  );
  return true;
}

/**
 * On the open app's first visit: a new workspace with the main account and an importer, then
 * `workspace` restored into it from a backup signed by another key (the sender's fingerprint
 * confirmed), as a company moving its work to this browser does. Ends on Export and import.
 */
export async function restoredWorkspace(page, workspace, fileName = 'backup.json') {
  await createWorkspace(page);
  await page.locator('h1', { hasText: 'Your company' }).waitFor();
  await fillMainAccount(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await addImporter(page);
  await page.getByRole('button', { name: 'Export and import' }).click();
  await page.locator('h1', { hasText: 'Export and import' }).waitFor();
  const backup = await foreignBackup(workspace);
  await page.locator('#import-file').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text),
  });
  await page.locator('#import-preview').waitFor();
  await page.getByLabel('I have compared this fingerprint with the one the sender gave me').check();
  await page.locator('#import-restore').click();
  await page.locator('#import-confirm').click();
  await page.locator('#import-status', { hasText: 'The workspace was restored from the backup.' }).waitFor();
}
