// Switching language keeps all state: in the middle of editing — the main account partly filled
// with an error showing, a criteria category with a narrative typed and its error summary
// showing, a register with a row half filled — the header's language switch turns the screen
// into French, then Spanish, and everything typed, the screen, the row and the focus stay. The
// labels, messages, error summary, status tags, task names, page title and <html lang> follow;
// the choice survives a reload; and no message key is ever shown raw.
//
// Expected texts come from the message files and the criteria catalogue themselves, so the test
// follows their wording: each text seen in English is traced back to the message (or criterion)
// it came from, and after a switch the same place must show that message in the new language.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { appForTheseTests, openApp, watchedPage } from './support/app.mjs';
import { addImporter, addRegisterRow, confirmRecoveryKit, createWorkspace, reopen, fillMainAccount, PASSPHRASE, QUESTIONS, startOnboarding } from './support/journeys.mjs';

const LANGUAGES = ['en', 'fr', 'es'];

/** Every message by key, in every language, as the app compiles them in. */
const MESSAGES = (() => {
  const folder = resolve('crates/core/src/i18n/messages');
  const all = {};
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    Object.assign(all, JSON.parse(readFileSync(join(folder, file), 'utf8')));
  }
  return all;
})();

/** The criteria catalogue's texts, as pseudo-messages keyed by where they come from. */
const CATALOGUE = (() => {
  const catalogue = JSON.parse(readFileSync(resolve('crates/core/src/domain/catalogue/criteria.json'), 'utf8'));
  const texts = {};
  const each = (fn) => Object.fromEntries(LANGUAGES.map((language) => [language, fn(language)]));
  for (const [key, name] of Object.entries(catalogue.requirements)) texts[`requirement:${key}`] = name;
  for (const area of catalogue.focusAreas) texts[`focus:${area.id}`] = area.name;
  for (const category of catalogue.categories) {
    texts[`category:${category.number}`] = category.name;
    texts[`category:${category.number}:numbered`] = each((language) => `${category.number}. ${category.name[language]}`);
    for (const criterion of category.criteria) {
      texts[`criterion:${criterion.id}:text`] = criterion.text;
      if (criterion.help) texts[`criterion:${criterion.id}:help`] = criterion.help;
    }
  }
  return texts;
})();

/** The text of `key` in `language`, placeholders filled from `args`. */
function t(language, key, args = {}) {
  const message = MESSAGES[key];
  assert.ok(message, `message ${key} exists`);
  return message[language].replace(/\{(\w+)\}/g, (whole, name) => args[name] ?? whole);
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each template as a pattern (placeholders match anything), per language; templates that are
 * nearly all placeholder would match any text and tell nothing, so they are left out. */
const PATTERNS = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    Object.entries({ ...MESSAGES, ...CATALOGUE })
      .filter(([, message]) => message[language].replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length >= 2)
      .map(([key, message]) => {
        const parts = message[language].split(/\{\w+\}/).map(escape);
        // Case aside: the style sheet upper-cases some marks ("MUST").
        return [key, new RegExp(`^${parts.join('[\\s\\S]+?')}$`, 'iu')];
      }),
  ]),
);

const normalize = (text) => text.replace(/\s+/g, ' ').trim();

/** The messages (and criterion texts) `text` can be, in `language`. A field's label may end with
 * "(optional)" and a field's message starts with "Error:" or "Warning:": those are messages too. */
function keysFor(text, language) {
  const variants = new Set([normalize(text)]);
  for (const variant of [...variants]) {
    for (const prefix of ['form.error_prefix', 'form.warning_prefix']) {
      if (variant.startsWith(`${t(language, prefix)} `)) variants.add(variant.slice(t(language, prefix).length + 1));
    }
  }
  // An error listed for a criterion or a register row is named by it: "1.2: Answer this
  // criterion." Criterion headings start with the criterion's ID.
  for (const variant of [...variants]) {
    const named = variant.match(/^[^:]{1,80}?\s?:\s(.+)$/);
    if (named) variants.add(named[1]);
    const numbered = variant.match(/^\d+\.\d+ (.+)$/);
    if (numbered) variants.add(numbered[1]);
  }
  for (const variant of [...variants]) {
    const optional = ` ${t(language, 'form.optional')}`;
    if (variant.endsWith(optional)) variants.add(variant.slice(0, -optional.length));
  }
  const keys = new Set();
  for (const variant of variants) {
    for (const [key, pattern] of PATTERNS[language]) if (pattern.test(variant)) keys.add(key);
  }
  return keys;
}

/** Where translated text shows: headings, labels, hints, messages, summary entries, status tags,
 * task names, buttons, criterion texts, the header. */
const TRANSLATED =
  ':is(header, main) :is(h1, h2, h3, legend, label, .app-hint, .app-error-message, .app-warning-message, .app-error-summary a, .app-tag, .app-task-list__link, .app-task-list__counts, button, .app-criterion__text, .app-details__summary, .app-body-lead, option)';

/** The visible texts of the screen, in document order. The focus moves to the language switch
 * first, as it must before a switch: a field left then shows its message, which is not the
 * switch's doing. */
async function snapshot(page) {
  await page.locator('#language-switch').focus();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.locator(TRANSLATED).evaluateAll((elements) =>
    // A container of blocks (a warning with its paragraphs and buttons) is checked block by block.
    elements.filter((element) => !element.querySelector('p, div, button, ul, h2, h3')).map((element) => ({
      what: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`,
      text: (element.tagName === 'OPTION' ? element.textContent : element.innerText).replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** Every text of `before` (in English) that is a message shows that same message in `language`
 * now, at the same place. Returns how many were checked. */
async function assertTranslated(page, before, language, screen) {
  const now = await snapshot(page);
  assert.deepEqual(
    now.map(({ what }) => what),
    before.map(({ what }) => what),
    `${screen}: the same elements are shown in ${language}`,
  );
  const wrong = [];
  let checked = 0;
  for (const [index, { what, text }] of before.entries()) {
    const expected = keysFor(text, 'en');
    if (!expected.size || now[index].text === '') continue;
    // The language switch names each language in itself, whatever the language.
    if (what.startsWith('option') && /^(English|Français|Español)/.test(text)) continue;
    checked += 1;
    const found = keysFor(now[index].text, language);
    if (![...expected].some((key) => found.has(key))) {
      wrong.push(`${what}: "${text}" → "${now[index].text}" (expected ${[...expected].map((key) => JSON.stringify((MESSAGES[key] ?? CATALOGUE[key])[language])).join(' or ')})`);
    }
  }
  assert.deepEqual(wrong, [], `${screen}: texts not in ${language}`);
  return checked;
}

/** The first segments of every message key ("profile", "finding", …): a word.word token
 * starting with one of them on screen is a key shown raw, whether or not the key exists. */
const NAMESPACES = new Set(Object.keys(MESSAGES).map((key) => key.split('.')[0]));

/** Message keys shown raw: in the visible text, the title, or an accessible name. */
async function rawKeys(page) {
  const text = await page.evaluate(() =>
    [
      document.body.innerText,
      document.title,
      ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')].map((element) =>
        ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? '').join(' '),
      ),
    ].join('\n'),
  );
  return [...text.matchAll(/\b[a-z_]+(?:\.[a-z0-9_]+)+\b/g)]
    .map(([token]) => token)
    .filter((token) => MESSAGES[token] || NAMESPACES.has(token.split('.')[0]));
}

/** Text nodes still in English after a switch to `language`: each visible text that is an
 * English message whose translation differs, and is not also a text of `language`. This catches
 * a text rendered once instead of following the language, wherever it is. */
async function englishLeft(page, language) {
  const texts = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, option[lang]')) continue;
      if (!parent.checkVisibility()) continue;
      found.push(text);
    }
    return found;
  });
  return [...new Set(texts)].filter((text) => {
    const english = keysFor(text, 'en');
    if (!english.size || keysFor(text, language).size) return false;
    return [...english].some((key) => {
      const message = MESSAGES[key] ?? CATALOGUE[key];
      return message[language] !== message.en;
    });
  });
}

async function assertNoEnglishLeft(page, language, screen) {
  assert.deepEqual(await englishLeft(page, language), [], `${screen}: texts left in English`);
}

async function assertNoRawKeys(page, screen) {
  assert.deepEqual(await rawKeys(page), [], `${screen}: message keys shown raw`);
}

/** The switch's value for `language` (what the app sets as <html lang> too). */
async function tagOf(page, language) {
  const values = await page.locator('#language-switch option').evaluateAll((options) => options.map((option) => option.value));
  const tag = values.find((value) => value.split('-')[0] === language);
  assert.ok(tag, `the switch offers ${language}: ${values}`);
  return tag;
}

/** Chooses `language` with the header switch, as a keyboard user would: focus, then choose. */
async function switchTo(page, language) {
  const tag = await tagOf(page, language);
  const switcher = page.locator('#language-switch');
  await switcher.focus();
  await switcher.selectOption(tag);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, tag);
  assert.equal(await page.evaluate(() => document.documentElement.lang), tag, '<html lang> follows');
  assert.equal(await switcher.inputValue(), tag);
  const focused = await page.evaluate(() => {
    const active = document.activeElement;
    return !active || active === document.body ? 'nowhere' : active.id || active.tagName;
  });
  // The user is on the switch: the focus stays there, neither lost nor moved (to an error
  // summary whose wording changed, say).
  assert.equal(focused, 'language-switch', `focus stays on the switch after switching to ${language}`);
}

/** The document title: the app's name, after "Error:" while an error summary shows. */
async function assertTitle(page, language, withError) {
  const name = t(language, 'app.name');
  const expected = withError ? `${t(language, 'form.error_title_prefix')} ${name}` : name;
  assert.equal(await page.title(), expected, `the page title in ${language}`);
}

const app = appForTheseTests();

test('switching language mid-edit keeps values, screen, row and focus, and translates everything', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);
  await startOnboarding(page);
  // Onboarding: the passphrase refused, then the security questions, in every language.
  await assertFollowsEveryLanguage(page, 'create workspace');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(`${PASSPHRASE} typo`);
  await page.keyboard.press('Enter');
  await page.locator('.app-error-summary').waitFor();
  await assertFollowsEveryLanguage(page, 'create workspace with errors', true);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#question-1').waitFor();
  await assertFollowsEveryLanguage(page, 'security questions');
  for (const [index, [question, answer]] of QUESTIONS.entries()) {
    await page.locator(`#question-${index + 1}`).selectOption(question);
    await page.locator(`#answer-${index + 1}`).fill(answer);
  }
  await page.getByRole('button', { name: 'Create the encrypted workspace' }).click();
  await page.locator('#recovery-key-shown').waitFor();
  await assertFollowsEveryLanguage(page, 'recovery kit');
  await confirmRecoveryKit(page);
  await page.locator('#save-status').waitFor({ timeout: 30000 });

  // 1. The main account, partly filled, an e-mail address refused at the field.
  await page.locator('h1', { hasText: t('en', 'main_account.title') }).waitFor();
  const legalName = page.locator('#field-organization-legalName');
  await legalName.fill('Acme Imports');
  const email = page.getByLabel(t('en', 'main_account.contact.email')).first();
  await email.fill('ana@');
  await email.blur();
  const emailId = await email.getAttribute('id');
  const emailError = page.locator(`[id="${emailId}"]`).locator('xpath=..').locator('.app-error-message');
  await emailError.waitFor();
  const emailErrorKeys = keysFor(await emailError.innerText(), 'en');
  assert.ok(emailErrorKeys.size > 0, `the e-mail error is a message: ${await emailError.innerText()}`);
  await assertTitle(page, 'en', false);
  await assertNoRawKeys(page, 'main account (en)');
  const mainAccount = await snapshot(page);
  for (const language of ['fr', 'es']) {
    await switchTo(page, language);
    const checked = await assertTranslated(page, mainAccount, language, `main account (${language})`);
    assert.ok(checked >= 30, `main account texts checked: ${checked}`);
    assert.equal(await page.locator('h1').first().innerText(), t(language, 'main_account.title'), 'still the main account');
    assert.equal(await legalName.inputValue(), 'Acme Imports');
    assert.equal(await page.locator(`[id="${emailId}"]`).inputValue(), 'ana@');
    assert.equal(await page.locator(`[id="${emailId}"]`).getAttribute('aria-invalid'), 'true');
    assert.ok([...keysFor(await emailError.innerText(), language)].some((key) => emailErrorKeys.has(key)), 'the error follows');
    await assertTitle(page, language, false);
    await assertNoRawKeys(page, `main account (${language})`);
  }

  // Continue shows the error summary, which follows the language too, and so does the title.
  await page.locator('main form button[type="submit"]').click();
  const summary = page.locator('.app-error-summary');
  await summary.waitFor();
  await assertTitle(page, 'es', true);
  await switchTo(page, 'en');
  await assertTitle(page, 'en', true);
  const mainWithSummary = await snapshot(page);
  assert.ok((await summary.locator('a').count()) > 3, 'several errors listed');
  await switchTo(page, 'fr');
  await assertTranslated(page, mainWithSummary, 'fr', 'main account error summary (fr)');
  await assertTitle(page, 'fr', true);
  await assertNoRawKeys(page, 'main account error summary (fr)');
  await switchTo(page, 'en');

  await fillMainAccount(page, 'Acme Imports');
  await page.getByRole('button', { name: t('en', 'form.continue') }).click();
  await addImporter(page, 'Imports');
  await page.locator('h1', { hasText: t('en', 'home.title') }).waitFor();

  // 2. Criteria category 1: a narrative typed, then Save and continue shows the summary.
  await page.locator('.app-task-list__item--account .app-task-list__link').first().click();
  await page.locator('#account-title').waitFor();
  await page.locator('#task-criteria-1').click();
  const categoryTitle = page.locator('#profile-category-title');
  await categoryTitle.waitFor();
  const first = page.locator('.app-criterion').first();
  await first.getByRole('radio', { name: t('en', 'profile.status.implemented'), exact: true }).check();
  const narrative = first.getByLabel(t('en', 'profile.answer.narrative'));
  const narrativeId = await narrative.getAttribute('id');
  await narrative.fill('Signed statement in the lobby');
  await page.locator('main form button[type="submit"]').first().click();
  await summary.waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('app-error-summary'));
  await assertTitle(page, 'en', true);
  await assertNoRawKeys(page, 'category 1 with errors (en)');
  const category = await snapshot(page);
  const summaryCount = await summary.locator('a').count();
  assert.ok(summaryCount >= 3, `the unanswered criteria are listed: ${summaryCount}`);
  for (const language of ['fr', 'es']) {
    await switchTo(page, language);
    const checked = await assertTranslated(page, category, language, `category 1 (${language})`);
    assert.ok(checked >= 20, `category texts checked: ${checked}`);
    assert.equal(await categoryTitle.innerText(), CATALOGUE['category:1:numbered'][language], 'still category 1');
    assert.equal(await page.locator('#account-title .app-caption, h1 .app-caption').first().innerText(), t(language, 'business_type.importer'));
    assert.equal(await page.locator(`[id="${narrativeId}"]`).inputValue(), 'Signed statement in the lobby');
    assert.equal(await first.getByRole('radio').first().isChecked(), true, 'the status stays chosen');
    assert.equal(await summary.locator('a').count(), summaryCount, 'the same errors are listed');
    assert.equal(await first.locator('.app-criterion__text').innerText(), CATALOGUE['criterion:1.1:text'][language]);
    await assertTitle(page, language, true);
    await assertNoRawKeys(page, `category 1 (${language})`);
  }

  // The account's task list and the task list, in Spanish, then French.
  await page.locator('.app-back-link').first().click();
  await page.locator('#account-title').waitFor();
  await assertTitle(page, 'es', false);
  await assertNoRawKeys(page, 'account page (es)');
  await switchTo(page, 'en');
  const accountPage = await snapshot(page);
  for (const language of ['fr', 'es']) {
    await switchTo(page, language);
    const checked = await assertTranslated(page, accountPage, language, `account page (${language})`);
    assert.ok(checked >= 30, `account page texts checked: ${checked}`);
    assert.equal(
      await page.locator('#task-criteria-1-status').innerText(),
      t(language, 'profile.index.in_progress'),
      'category 1 is in progress, in words',
    );
    await assertNoRawKeys(page, `account page (${language})`);
  }
  await switchTo(page, 'en');
  await page.locator('.app-back-link').first().click();
  await page.locator('h1', { hasText: t('en', 'home.title') }).waitFor();
  const home = await snapshot(page);
  for (const language of ['fr', 'es']) {
    await switchTo(page, language);
    const checked = await assertTranslated(page, home, language, `task list (${language})`);
    assert.ok(checked >= 8, `task list texts checked: ${checked}`);
    await assertNoRawKeys(page, `task list (${language})`);
  }

  // 3. Business partners: a row half filled (a name, certified, no number yet).
  await switchTo(page, 'en');
  await page.locator('.app-task-list__item--account .app-task-list__link').first().click();
  await page.locator('#task-business-partners').click();
  await page.getByRole('button', { name: t('en', 'partner.add') }).click();
  const partnerName = page.getByLabel(t('en', 'partner.name'));
  await partnerName.fill('Monterrey Steel');
  const partnerId = await partnerName.getAttribute('id');
  const ctpatLabel = page.getByLabel(t('en', 'partner.ctpat_status'));
  const ctpat = page.locator(`[id="${await ctpatLabel.getAttribute('id')}"]`);
  await ctpat.selectOption('certified');
  const number = page.getByLabel(t('en', 'partner.ctpat_number'));
  await number.waitFor();
  const numberId = await number.getAttribute('id');
  await number.fill('CT-88');
  await assertNoRawKeys(page, 'business partners (en)');
  const register = await snapshot(page);
  for (const language of ['fr', 'es']) {
    await switchTo(page, language);
    const checked = await assertTranslated(page, register, language, `business partners (${language})`);
    assert.ok(checked >= 15, `register texts checked: ${checked}`);
    assert.equal(await page.locator(`[id="${partnerId}"]`).inputValue(), 'Monterrey Steel', 'the row keeps its name');
    assert.equal(await page.locator(`[id="${numberId}"]`).inputValue(), 'CT-88', 'the revealed field stays, with its value');
    assert.equal(await page.locator(`[id="${partnerId}"]`).locator('xpath=ancestor::fieldset[1]/legend').innerText(), 'Monterrey Steel');
    assert.equal(await page.locator('main .app-list-item').count(), 1, 'still one row');
    assert.equal(await ctpat.inputValue(), 'certified');
    assert.equal(
      await page.locator(`label[for="${partnerId}"]`).innerText(),
      t(language, 'partner.name'),
      'the row’s labels are translated',
    );
    await assertNoRawKeys(page, `business partners (${language})`);
  }

  // The choice survives a reload: the unlock screen and the workspace open in Spanish.
  await page.locator('#save-status', { hasText: new RegExp(`^${escape(t('es', 'session.save.saved', { time: 'TIME' })).replace('TIME', '\\d\\d:\\d\\d')}$`) }).waitFor();
  await reopen(page);
  await page.locator('h1', { hasText: t('es', 'unlock.title') }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), await tagOf(page, 'es'));
  await assertTitle(page, 'es', false);
  await assertNoRawKeys(page, 'unlock (es)');
  await page.getByLabel(t('es', 'unlock.passphrase_label')).fill(PASSPHRASE);
  await page.getByRole('button', { name: t('es', 'unlock.button') }).click();
  await page.locator('h1', { hasText: t('es', 'home.title') }).waitFor({ timeout: 30000 });
  assert.equal(await page.locator('#language-switch').inputValue(), await tagOf(page, 'es'));
  await assertNoRawKeys(page, 'task list after a reload (es)');
  await page.locator('.app-task-list__item--account .app-task-list__link').first().click();
  await page.locator('#task-business-partners').click();
  assert.equal(await page.getByLabel(t('es', 'partner.name')).inputValue(), 'Monterrey Steel');
  await assertNoRawKeys(page, 'business partners after a reload (es)');
  assert.deepEqual(page.problems, []);
});

/** Switches the current screen to French then Spanish and back to English, checking that every
 * message shown follows and that no key shows raw in any of the three. */
async function assertFollowsEveryLanguage(page, screen, withError = false) {
  await assertNoRawKeys(page, `${screen} (en)`);
  const english = await snapshot(page);
  for (const language of ['fr', 'es']) {
    await switchTo(page, language);
    const checked = await assertTranslated(page, english, language, `${screen} (${language})`);
    assert.ok(checked >= 5, `${screen}: texts checked ${checked}`);
    await assertTitle(page, language, withError);
    await assertNoRawKeys(page, `${screen} (${language})`);
    await assertNoEnglishLeft(page, language, `${screen} (${language})`);
  }
  await switchTo(page, 'en');
}

test('every screen of an account follows a language switch, with and without errors, and shows no key raw', async () => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  const page = watchedPage(await context.newPage());
  await openApp(page, app.url);
  await createWorkspace(page);
  await fillMainAccount(page, 'Acme Imports');
  await page.getByRole('button', { name: t('en', 'form.continue') }).click();
  await addImporter(page, 'Imports');
  const home = page.locator('h1', { hasText: t('en', 'home.title') });
  await home.waitFor();
  await assertFollowsEveryLanguage(page, 'task list');

  // Content for the screens that show answers: category 1 answered in three ways, an evidence
  // file, a business partner.
  await page.locator('.app-task-list__item--account .app-task-list__link').first().click();
  await page.locator('#account-title').waitFor();
  await page.locator('#task-criteria-1').click();
  const criteria = page.locator('.app-criterion');
  await criteria.nth(0).getByRole('radio', { name: t('en', 'profile.status.implemented'), exact: true }).check();
  await criteria.nth(0).getByLabel(t('en', 'profile.answer.narrative')).fill('Signed statement in the lobby');
  await criteria.nth(0).getByLabel(t('en', 'profile.answer.responsible_person')).fill('Ana Ruiz');
  await criteria.nth(0).getByLabel(t('en', 'evidence.add')).setInputFiles({
    name: 'statement.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(5000, 'statement'),
  });
  await criteria.nth(0).locator('.app-evidence__digest').waitFor();
  await criteria.nth(1).getByRole('radio', { name: t('en', 'profile.status.not_applicable'), exact: true }).check();
  await criteria.nth(2).getByRole('radio', { name: t('en', 'profile.status.not_implemented'), exact: true }).check();
  await criteria.nth(2).getByLabel(t('en', 'profile.answer.planned_date')).fill('2031-06-30');
  await assertFollowsEveryLanguage(page, 'category 1 answered, with an evidence file');
  await page.locator('.app-back-link').first().click();
  await page.locator('#task-business-partners').click();
  await page.getByRole('button', { name: t('en', 'partner.add') }).click();
  await page.getByLabel(t('en', 'partner.name')).fill('Monterrey Steel');
  await page.locator('.app-back-link').first().click();
  await page.locator('#account-title').waitFor();

  const tasks = await page
    .locator('main section.app-task-list .app-task-list__link')
    .evaluateAll((links) => links.map((link) => link.id));
  assert.ok(tasks.length >= 18, `the account's sections: ${tasks}`);
  for (const task of tasks) {
    await page.locator(`#${task}`).click();
    await page.locator('#account-title').waitFor({ state: 'detached' });
    await addRegisterRow(page);
    await assertFollowsEveryLanguage(page, task);
    const save = page.locator('main form button[type="submit"]').first();
    if (await save.count()) {
      await save.click();
      if (await page.locator('.app-error-summary').count()) {
        await assertFollowsEveryLanguage(page, `${task} with errors`, true);
      }
    }
    if (!(await page.locator('#account-title').count())) await page.locator('.app-back-link').first().click();
    await page.locator('#account-title').waitFor();
  }

  // The printed gap report.
  await page.locator('#task-check-answers').click();
  await page.locator('#gap-report').waitFor();
  for (const language of ['fr', 'es', 'en']) {
    await switchTo(page, language);
    await page.emulateMedia({ media: 'print' });
    const title = await page.locator('#gap-report-title').innerText();
    assert.ok(keysFor(title, language).has('gap_report.title'), `the printed gap report's title in ${language}: ${title}`);
    await assertNoRawKeys(page, `printed gap report (${language})`);
    if (language !== 'en') await assertNoEnglishLeft(page, language, `printed gap report (${language})`);
    await page.emulateMedia({ media: 'screen' });
  }
  await page.locator('.app-back-link').first().click();
  await page.locator('#account-title').waitFor();

  // The account's own forms and confirmation: rename, duplicate, delete; the banner after a copy.
  for (const [button, cancel] of [
    ['account.rename', 'form.cancel'],
    ['account.duplicate', 'form.cancel'],
    ['account.delete', 'form.cancel'],
  ]) {
    await page.locator('main').getByRole('button', { name: t('en', button), exact: true }).click();
    await assertFollowsEveryLanguage(page, button);
    await page.locator('main').getByRole('button', { name: t('en', cancel), exact: true }).click();
  }
  await page.locator('main').getByRole('button', { name: t('en', 'account.duplicate'), exact: true }).click();
  // A name of its own: the proposed "… (copy)" is text the user keeps, in the language it was made.
  await page.getByLabel(t('en', 'account.duplicate.name')).fill('Imports Laredo');
  await page.getByRole('button', { name: t('en', 'account.duplicate.create') }).click();
  await page.locator('#success-banner').waitFor();
  await assertFollowsEveryLanguage(page, 'the copy, announced');

  await page.locator('.app-back-link').first().click();
  await home.waitFor();
  await page.locator('#task-main-account').click();
  await page.locator('h1', { hasText: t('en', 'main_account.title') }).waitFor();
  await assertFollowsEveryLanguage(page, 'main account');
  await page.locator('main form button[type="submit"]').click();
  await home.waitFor();
  await page.locator('#open-settings').click();
  await page.locator('h1', { hasText: t('en', 'settings.title') }).waitFor();
  await assertFollowsEveryLanguage(page, 'settings');
  await page.getByRole('button', { name: t('en', 'settings.back_to_tasks') }).click();
  await home.waitFor();
  await page.getByRole('button', { name: t('en', 'transfer.title') }).click();
  await page.locator('h1', { hasText: t('en', 'transfer.title') }).waitFor();
  await assertFollowsEveryLanguage(page, 'export and import');
  const downloading = page.waitForEvent('download');
  await page.locator('#export-backup').click();
  const backup = await downloading;
  await page.locator('#export-status').filter({ hasText: /\S/ }).waitFor();
  await assertFollowsEveryLanguage(page, 'export and import, a backup downloaded');
  const backupText = readFileSync(await backup.path(), 'utf8');
  await page.locator('#import-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await page.locator('#import-error').waitFor();
  await assertFollowsEveryLanguage(page, 'export and import, a file refused');
  await page.locator('#import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
  await page.locator('#import-preview').waitFor();
  await assertFollowsEveryLanguage(page, 'export and import, a backup previewed');
  await page.locator('#import-restore').click();
  await page.locator('#import-confirmation').waitFor();
  await assertFollowsEveryLanguage(page, 'export and import, restoring confirmed');
  assert.deepEqual(page.problems, []);
});
