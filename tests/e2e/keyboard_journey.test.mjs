// The product's promise, kept by keyboard alone: from an unlocked workspace, a newcomer switches
// to French, adds an importer and answers every section of its profile; switches to Spanish, adds
// a highway carrier and does the same; both are still complete after a reload, and "Check your
// answers" shows what was typed. Then the signed submission: each account is exported, passes the
// native verifier with the fingerprint Settings shows, and imports back as a new account; a copy
// with one character of a narrative changed is refused and changes nothing.
//
// Only the setup (onboarding and the main account) uses Playwright's fills. After that the app is
// driven with page.keyboard only (Tab, Shift+Tab, Enter, Space, arrow keys, typing); the page is
// read only to decide what to press, as a sighted keyboard user reads it. The one exception is the
// operating system's file dialog, which no page can drive: the file is handed to the file input
// with setInputFiles, and everything before and after it is done by keyboard.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { prepareVerifier, verify } from './support/verifier.mjs';
import { PASSPHRASE, createWorkspace, fillMainAccount } from './support/journeys.mjs';
import {
  completeSection,
  enter,
  focusLandsOn,
  isoDaysFromToday,
  switchLanguage,
  t,
  tabTo,
  tabToButton,
  tabToId,
  unlockByKeyboard,
  answerForm,
} from './support/keyboard.mjs';

const app = appForTheseTests(prepareVerifier);

/** The two accounts of the journey: what is typed for them, in their language. */
const IMPORTER = {
  language: 'fr',
  businessType: 'importer',
  name: 'Importations Laredo',
  identifiers: { 'importer-of-record-number': '12-345678900', 'cbp-bond-number': '99-1234567' },
  narrative: 'Fait.',
  words: { partners: 'Acier Nord', facilities: 'Entrepôt Sud', itControls: 'Sauvegardes', text: 'Oui' },
  forgotten: /-profile-training-.*-topic$/,
  forgottenMessage: 'finding.training.topic_missing',
};
const CARRIER = {
  language: 'es',
  businessType: 'highway-carrier-us-canada',
  name: 'Transportes Norte',
  identifiers: { scac: 'LRDO', 'usdot-number': '1234567' },
  narrative: 'Hecho.',
  words: { partners: 'Aceros MX', facilities: 'Patio Laredo', itControls: 'Respaldos', text: 'Sí' },
  forgotten: /-profile-answers-3-4-narrative$/,
  forgottenMessage: 'finding.answer.narrative_missing',
};

/** How many criteria of the catalogue apply to `businessType` (groups such as `all` expanded). */
function applicableCriteria(businessType) {
  const catalogue = JSON.parse(readFileSync(resolve('crates/core/src/domain/catalogue/criteria.json'), 'utf8'));
  const kinds = (names) => names.flatMap((name) => catalogue.groups[name] ?? [name]);
  return catalogue.categories
    .flatMap((category) => category.criteria)
    .filter((criterion) => kinds(criterion.appliesTo).includes(businessType)).length;
}

/** What a keyboard user types in each required field of `account`'s forms, by the field's id
 * (a finding path: `field-accounts-<id>-profile-facilities-<row>-address-postalCode`). The first
 * field matching `account.forgotten` is left empty once, so the page refuses the section and the
 * user fixes it from the error summary. */
function answersFor(account) {
  let forgotten = false;
  const past = isoDaysFromToday(-30);
  const byField = {
    narrative: account.narrative,
    country: 'US',
    line1: '1 Main St',
    city: 'Laredo',
    stateProvince: 'TX',
    postalCode: '78040',
    cameras: '12',
    retentionDays: '90',
    plannedDate: isoDaysFromToday(90),
  };
  return {
    valueFor(f) {
      const id = f.id;
      if (id.startsWith('field-accounts-new-')) {
        if (id === 'field-accounts-new-name') return account.name;
        const kind = Object.keys(account.identifiers).find((key) => id.endsWith(`-identifiers-${key}-value`));
        return kind && account.identifiers[kind];
      }
      if (!forgotten && account.forgotten.test(id)) {
        forgotten = true;
        return null;
      }
      const field = id.split('-').at(-1);
      if (f.type === 'date') return field === 'plannedDate' ? byField.plannedDate : past;
      if (field in byField) return byField[field];
      if (field === 'name') {
        const register = Object.keys(account.words).find((key) => id.includes(`-profile-${key}-`));
        return account.words[register] ?? account.words.text;
      }
      return account.words.text;
    },
    choose(f) {
      if (f.id === 'field-accounts-new-businessType') return (option) => option.value === account.businessType;
      return () => true;
    },
  };
}

/** Adds `account` from the "Add an account" page, by keyboard, and waits for the task list. */
async function addAccount(page, account) {
  await page.locator('#field-accounts-new-businessType').waitFor();
  await answerForm(page, answersFor(account));
  await page.locator('#task-list-accounts-heading').waitFor();
  await focusLandsOn(page, 'main-content');
}

/** From the task list, opens an account's own task list by keyboard. */
async function openAccount(page, account) {
  await tabToButton(page, account.name);
  await enter(page);
  await page.locator('#account-title', { hasText: account.name }).waitFor();
  await focusLandsOn(page, 'main-content');
}

/** On an account's task list, follows "Continue" section after section until only "Check your
 * answers" is left. Returns the error summaries met on the way (one: the forgotten field's). */
async function completeAccount(page, account) {
  const checkAnswers = t('account.check_answers', account.language);
  const answers = answersFor(account);
  const summaries = [];
  for (let sections = 0; sections < 30; sections += 1) {
    const continueButton = await tabToId(page, 'account-continue');
    if (continueButton.text === checkAnswers) return summaries;
    await enter(page);
    await focusLandsOn(page, 'main-content');
    // A criteria category's "Save and continue" opens the next one, until the last goes back.
    while (await page.locator('#account-title').count() === 0) {
      summaries.push(...(await completeSection(page, answers)));
    }
    await focusLandsOn(page, 'main-content');
  }
  throw new Error('the account never reached "Check your answers"');
}

/** The status tags of an importer's or a highway carrier's sections: its details, the twelve
 * criteria categories (all apply to both) and the five registers. */
const SECTIONS = [
  'account-details',
  ...Array.from({ length: 12 }, (_, index) => `criteria-${index + 1}`),
  'business-partners',
  'facilities',
  'personnel-screening',
  'training',
  'it-controls',
].map((key) => `task-${key}-status`);

/** The status words of every section on the account's task list, by task id. */
async function sectionStatuses(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[id^="task-"][id$="-status"]')].map((tag) => [tag.id, tag.innerText.trim()]),
    ),
  );
}

/** The section with the forgotten field was refused once, with the page's words for it, and
 * nothing else was: every other answer typed was taken. */
function assertRefusedOnce(summaries, account) {
  assert.equal(summaries.length, 1, `one refusal: ${summaries.join(' | ')}`);
  assert.ok(summaries[0].includes(t('form.error_summary_title', account.language)), summaries[0]);
  assert.ok(summaries[0].includes(t(account.forgottenMessage, account.language)), summaries[0]);
}

/** Asserts every section of the open account is completed and "Check your answers" can start. */
async function assertAllCompleted(page, account) {
  const statuses = await sectionStatuses(page);
  // Entering the answers in the Portal comes after the profile, and is not one of its sections.
  const { 'task-check-answers-status': check, 'task-portal-entry-status': portal, ...sections } = statuses;
  assert.ok(portal, 'the Portal entry task is on the task list');
  assert.deepEqual(Object.keys(sections), SECTIONS, 'every section of the profile is on the task list');
  const completed = t('onboarding.status.completed', account.language);
  for (const [task, status] of Object.entries(sections)) assert.equal(status, completed, `${task} of ${account.name}`);
  assert.notEqual(check, t('onboarding.status.cannot_start_yet', account.language), 'Check your answers can start');
  assert.equal(
    (await page.locator('#account-continue').innerText()).trim(),
    t('account.check_answers', account.language),
  );
}

/** Back from an account's task list to the task list, by keyboard. */
async function backToTasks(page, language) {
  await tabToButton(page, t('account.back_to_tasks', language), { backwards: true });
  await enter(page);
  await page.locator('#task-list-accounts-heading').waitFor();
  await focusLandsOn(page, 'main-content');
}

test('keyboard only: an importer in French and a highway carrier in Spanish answered in full, exported, verified and imported back', async (journey) => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await createWorkspace(page);
  await fillMainAccount(page, 'Laredo Trade Co');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#field-accounts-new-businessType').waitFor();
  await focusLandsOn(page, 'main-content');
  // From here on: the keyboard only.
  const started = Date.now();
  const steps = [];
  // Each step needs the ones before it: after a failure the rest are skipped.
  let failed = false;
  const step = async (name, run) => {
    const at = Date.now();
    await journey.test(name, { skip: failed && 'an earlier step failed' }, async () => {
      try {
        await run();
      } catch (error) {
        failed = true;
        throw error;
      }
    });
    steps.push(`${name.split(',')[0]}: ${Math.round((Date.now() - at) / 1000)} s`);
  };

  await step('in French, an importer is added and every section of it answered', async () => {
    await switchLanguage(page, 'fr');
    await page.locator('h1', { hasText: t('new_account.title', 'fr') }).waitFor();
    await addAccount(page, IMPORTER);
    await openAccount(page, IMPORTER);
    const summaries = await completeAccount(page, IMPORTER);
    assertRefusedOnce(summaries, IMPORTER);
    await assertAllCompleted(page, IMPORTER);
    await backToTasks(page, 'fr');
  });

  await step('in Spanish, a highway carrier is added and every section of it answered', async () => {
    await switchLanguage(page, 'es');
    await page.locator('h1', { hasText: t('home.title', 'es') }).waitFor();
    await tabToButton(page, t('home.add_account', 'es'));
    await enter(page);
    await focusLandsOn(page, 'main-content');
    await addAccount(page, CARRIER);
    await openAccount(page, CARRIER);
    const summaries = await completeAccount(page, CARRIER);
    assertRefusedOnce(summaries, CARRIER);
    await assertAllCompleted(page, CARRIER);
    await backToTasks(page, 'es');
  });

  await step('after a reload and an unlock both accounts are complete and Check your answers shows the answers', async () => {
    await page.waitForFunction(() => /\d\d:\d\d$/.test(document.querySelector('#save-status')?.innerText ?? ''));
    await page.reload();
    await unlockByKeyboard(page, PASSPHRASE);
    await page.locator('h1', { hasText: t('home.title', 'es') }).waitFor();
    for (const account of [IMPORTER, CARRIER]) {
      // The language chosen last is kept: both accounts now read in Spanish.
      const shown = { ...account, language: 'es' };
      await openAccount(page, shown);
      await assertAllCompleted(page, shown);
      await tabToId(page, 'account-continue');
      await enter(page);
      await page.locator('#check-answers-ready').waitFor();
      await focusLandsOn(page, 'main-content');
      const review = await page.locator('main').innerText();
      assert.ok(review.includes(account.name), 'the account name');
      assert.ok(review.includes(account.narrative), 'a narrative typed for a criterion');
      for (const word of Object.values(account.words)) assert.ok(review.includes(word), `the entry ${word}`);
      for (const value of Object.values(account.identifiers)) assert.ok(review.includes(value), `the identifier ${value}`);
      await tabToButton(page, t('form.back', 'es'));
      await enter(page);
      await page.locator('#account-title').waitFor();
      await focusLandsOn(page, 'main-content');
      await backToTasks(page, 'es');
    }
  });

  await step('each account is exported for submission, verified natively and imported back; a tampered copy is refused', async () => {
    // The fingerprint Settings shows, through the header.
    await tabToId(page, 'open-settings', { backwards: true });
    await enter(page);
    await page.locator('#signing-key-fingerprint').waitFor();
    await focusLandsOn(page, 'main-content');
    const fingerprint = (await page.locator('#signing-key-fingerprint').innerText()).trim();
    assert.ok(fingerprint.length > 0, 'Settings shows a fingerprint');
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.inMain, { what: 'the back link of Settings' });
    await enter(page);
    await page.locator('#task-list-accounts-heading').waitFor();
    await focusLandsOn(page, 'main-content');

    await tabToButton(page, t('transfer.title', 'es'));
    await enter(page);
    await page.locator('#import-file').waitFor();
    await focusLandsOn(page, 'main-content');
    assert.equal((await page.locator('#transfer-fingerprint').innerText()).trim(), fingerprint);
    const listed = () =>
      page.locator('#export-accounts li[data-account]').evaluateAll((rows) => rows.map((row) => ({ id: row.dataset.account, text: row.innerText })));
    const before = await listed();
    assert.equal(before.length, 2);

    const files = [];
    for (const account of [IMPORTER, CARRIER]) {
      const { id } = before.find((row) => row.text.includes(account.name));
      const button = await tabTo(page, (f) => f.data?.exportAccount === id, { what: `the export of ${account.name}` });
      assert.equal(button.disabled, false, `${account.name} can be exported`);
      const downloading = page.waitForEvent('download');
      await enter(page);
      const download = await downloading;
      const path = join(mkdtempSync(join(tmpdir(), 'ctpat-keyboard-')), download.suggestedFilename());
      await download.saveAs(path);
      const checked = verify(path);
      assert.equal(checked.code, 0, checked.err);
      assert.ok(checked.out.includes(`Signer fingerprint: ${fingerprint}`), 'the verifier shows the key Settings shows');
      assert.match(checked.out, /Document: C-TPAT profile submission/);
      assert.match(checked.out, new RegExp(`Business type: ${account.businessType}`));
      assert.match(checked.out, /Legal name: Laredo Trade Co/);
      const criteria = applicableCriteria(account.businessType);
      assert.match(checked.out, new RegExp(`Criteria answered: ${criteria}\n`), 'every applicable criterion answered');
      assert.match(checked.out, /Business partners: 1\n/);
      assert.match(checked.out, /Facilities: 1\n/);
      // What was typed by keyboard is what was signed.
      const { profile } = JSON.parse(readFileSync(path, 'utf8'));
      const answers = Object.values(profile.account.profile.answers);
      assert.equal(answers.length, criteria);
      assert.ok(answers.every((answer) => answer.status === 'implemented' && answer.narrative === account.narrative));
      assert.equal(profile.account.profile.partners[0].name, account.words.partners);
      assert.equal(profile.account.profile.facilities[0].name, account.words.facilities);
      assert.equal(profile.account.profile.itControls[0].name, account.words.itControls);
      assert.equal(profile.account.profile.training.length, 1);
      files.push({ account, path, name: download.suggestedFilename(), text: readFileSync(path, 'utf8') });
    }

    for (const [index, file] of files.entries()) {
      // Reached by keyboard; the operating system's file dialog it would open cannot be driven
      // from a page, so the chosen file is handed to the input directly.
      await tabToId(page, 'import-file');
      await page.locator('#import-file').setInputFiles(file.path);
      await page.locator('#import-preview').waitFor();
      assert.equal((await page.locator('#preview-signed-by').innerText()).trim(), t('transfer.import.signed_by_this_workspace', 'es'));
      await tabToId(page, 'import-as-new');
      await enter(page);
      await page.locator('#import-status', { hasText: t('transfer.import.imported', 'es') }).waitFor();
      // The pressed button went away with the preview: focus goes to the message, not to the
      // top of the page.
      await focusLandsOn(page, 'import-status');
      const rows = await listed();
      assert.equal(rows.length, 3 + index, 'the imported account is listed');
      assert.ok(rows.at(-1).text.includes(file.account.name), 'under its own name');
    }

    const original = files[0];
    const tampered = original.text.replace(`"${IMPORTER.narrative}"`, `"${IMPORTER.narrative.replace('t', 's')}"`);
    assert.notEqual(tampered, original.text, 'one character of a narrative changed');
    const tamperedPath = `${original.path}.tampered.json`;
    writeFileSync(tamperedPath, tampered);
    assert.equal(verify(tamperedPath).code, 1, 'the verifier calls it invalid');
    const accountsBefore = await listed();
    await tabToId(page, 'import-file', { backwards: true });
    await page.locator('#import-file').setInputFiles(tamperedPath);
    await page.locator('#import-error').waitFor();
    assert.equal((await page.locator('#import-error').innerText()).trim(), t('transfer.error.bad_signature', 'es'));
    assert.equal(await page.locator('#import-preview').count(), 0, 'nothing from the file is offered');
    assert.deepEqual(await listed(), accountsBefore, 'no account was added or changed');

    await tabToButton(page, t('transfer.back', 'es'), { backwards: true });
    await enter(page);
    await page.locator('#task-list-accounts-heading').waitFor();
    const names = await page.locator('.app-task-list__item--account .app-task-list__link').allInnerTexts();
    assert.deepEqual(names, [IMPORTER.name, CARRIER.name, IMPORTER.name, CARRIER.name]);
  });

  journey.diagnostic(`keyboard part: ${Math.round((Date.now() - started) / 1000)} s (${steps.join('; ')})`);
  assert.deepEqual(page.problems, [], 'no console error, no dialog');
});
