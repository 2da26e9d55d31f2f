// Driving the app as a keyboard user does: Tab and Shift+Tab to move, Enter and Space to act,
// arrow keys in selects and radio groups, typing into fields. The page is read only the way a
// sighted keyboard user reads it (which control has focus, its label, its value), to decide what
// to press next; nothing is clicked or filled programmatically.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Every message of the app, by key and language, to recognise the words on the page in fr and es. */
export const MESSAGES = Object.assign(
  {},
  ...readdirSync(resolve('crates/core/src/i18n/messages'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(resolve('crates/core/src/i18n/messages', file), 'utf8'))),
);

/** The message `key` in `language`, with `{name}` arguments replaced. */
export function t(key, language, args = {}) {
  const message = MESSAGES[key]?.[language];
  if (message === undefined) throw new Error(`no message ${key} in ${language}`);
  return message.replace(/\{(\w+)\}/g, (_, name) => args[name] ?? `{${name}}`);
}

const OPTIONAL_MARKS = Object.values(MESSAGES['form.optional']);

/** What a sighted keyboard user can tell of the focused control. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'BODY', id: '', type: '', text: '', label: '', value: '' };
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const list = el.closest('.app-register-list');
    return {
      tag: el.tagName,
      type: (el.type ?? '').toString(),
      id: el.id,
      value: typeof el.value === 'string' ? el.value : '',
      checked: Boolean(el.checked),
      label: label ? label.innerText.trim() : '',
      text: (el.innerText ?? '').trim().slice(0, 160),
      submit: el.tagName === 'BUTTON' && el.type === 'submit',
      inMain: Boolean(el.closest('main')),
      radioGroupChecked:
        el.type === 'radio' && el.name ? [...document.getElementsByName(el.name)].some((radio) => radio.checked) : false,
      registerAdd: Boolean(list) && el.id === `${list.id}-add`,
      registerEmpty: Boolean(list) && list.querySelector('.app-list-item') === null,
      disabled: Boolean(el.disabled),
      classes: el.className?.toString() ?? '',
      data: { ...el.dataset },
    };
  });
}

/** One line for a trail of focus, in failure messages. */
export const describe = (f) => `${f.tag}${f.id ? `#${f.id}` : ''}${f.type ? `[${f.type}]` : ''}${f.text ? ` "${f.text.slice(0, 40)}"` : ''}`;

/** Presses Tab (or Shift+Tab) and says where focus went. */
export async function tab(page, { backwards = false } = {}) {
  await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  return focused(page);
}

/** Presses Tab until the focused control matches; fails with the trail of focus when it never does
 * (a control unreachable by keyboard, or a focus trap). */
export async function tabTo(page, matches, { backwards = false, max = 400, what = 'the control' } = {}) {
  let current = await focused(page);
  const trail = [describe(current)];
  for (let step = 0; step <= max; step += 1) {
    if (matches(current)) return current;
    current = await tab(page, { backwards });
    trail.push(describe(current));
  }
  throw new Error(`Tab never reached ${what}; last stops: ${trail.slice(-12).join(' → ')}`);
}

/** Tab to the control with this id. */
export const tabToId = (page, id, options = {}) => tabTo(page, (f) => f.id === id, { what: `#${id}`, ...options });

/** Tab to the button whose words are `text`. */
export const tabToButton = (page, text, options = {}) =>
  tabTo(page, (f) => f.tag === 'BUTTON' && f.text === text, { what: `the button "${text}"`, ...options });

/** Presses Enter on the focused control. */
export const enter = (page) => page.keyboard.press('Enter');

/** Waits until focus is on the element with this id (where the app puts it after an action). */
export async function focusLandsOn(page, id, timeout = 10000) {
  await page.waitForFunction((wanted) => document.activeElement?.id === wanted, id, { timeout });
}

/** In the focused select, moves with the arrow keys to the option `wanted` picks ({value, text}). */
export async function chooseOption(page, wanted) {
  const { options, selected } = await page.evaluate(() => {
    const select = document.activeElement;
    if (select?.tagName !== 'SELECT') throw new Error('focus is not on a select');
    return {
      options: [...select.options].map((option) => ({ value: option.value, text: option.text.trim() })),
      selected: select.selectedIndex,
    };
  });
  const target = options.findIndex(wanted);
  if (target < 0) throw new Error(`no such option among ${options.map((o) => o.value).join(', ')}`);
  const key = target > selected ? 'ArrowDown' : 'ArrowUp';
  for (let step = 0; step < Math.abs(target - selected); step += 1) await page.keyboard.press(key);
  const value = await page.evaluate(() => document.activeElement.value);
  if (value !== options[target].value) throw new Error(`the select shows ${value}, not ${options[target].value}`);
}

/** Switches the app's language (`fr`, `es`, `en`) with the header's language switch, reached with
 * Shift+Tab from wherever focus is in the main area (the switch is the header's last control),
 * and waits until the page is in it (the first time, its texts are fetched). */
export async function switchLanguage(page, language) {
  await tabTo(page, (f) => f.id === 'language-switch', { backwards: true, what: 'the language switch' });
  await chooseOption(page, (option) => option.value.split('-')[0] === language);
  await page.locator(`html[lang^="${language}"]`).waitFor({ state: 'attached' });
}

/** Types an ISO date into the focused date input, segment by segment as the browser shows them
 * (month, day, year in the en-US browser locale), and checks the input took it. */
export async function typeDate(page, iso) {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
  const value = await page.evaluate(() => document.activeElement.value);
  if (value !== iso) throw new Error(`typed ${iso} into a date field, which holds "${value}"`);
}

/** An ISO date `days` from today (negative: in the past). */
export function isoDaysFromToday(days) {
  const date = new Date(Date.now() + days * 86400000);
  return date.toISOString().slice(0, 10);
}

const isOptional = (f) => OPTIONAL_MARKS.some((mark) => f.label.includes(mark));
const isTextEntry = (f) =>
  (f.tag === 'TEXTAREA' || (f.tag === 'INPUT' && ['text', 'date', 'email', 'tel', 'number', 'password'].includes(f.type)));

/**
 * Answers a form from the focused control to its submit button, then presses Enter on that button.
 * For each control reached with Tab: a radio group with nothing chosen gets its first choice (with
 * the arrow keys), an unticked checkbox is ticked with Space, a select on "Choose…" gets
 * `choose(f)`'s option (default: the first real one), an empty field that is not marked optional
 * gets `valueFor(f)` typed (dates as dates; `null` leaves it empty), a register's "Add" button on an empty list is pressed
 * and focus goes on into the new row. Anything else (links, help, file pickers, remove buttons)
 * is passed with Tab. Returns the number of keys pressed.
 */
export async function answerForm(page, { valueFor, choose = () => () => true, maxSteps = 4000 }) {
  let current = await focused(page);
  let keys = 0;
  for (let step = 0; step < maxSteps; step += 1) {
    if (current.submit) {
      await enter(page);
      return keys + 1;
    }
    if (current.tag === 'BODY') throw new Error('focus was lost to the page body while answering the form');
    let moved = false;
    if (current.type === 'radio' && !current.radioGroupChecked) {
      // The first choice, reached as a keyboard user does: down to the next one and back up.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      keys += 2;
    } else if (current.type === 'checkbox' && !current.checked) {
      await page.keyboard.press('Space');
      keys += 1;
    } else if (current.tag === 'SELECT' && current.value === '' && current.id !== 'language-switch') {
      await chooseOption(page, (option) => option.value !== '' && choose(current)(option));
      keys += 1;
    } else if (isTextEntry(current) && current.value === '' && !isOptional(current)) {
      const value = valueFor(current);
      if (value === undefined) throw new Error(`no answer for the required field ${describe(current)} "${current.label}"`);
      if (value === null) {
        // Left empty on purpose, as a hurried user might.
      } else if (current.type === 'date') {
        await typeDate(page, value);
        keys += 8;
      } else {
        await page.keyboard.type(value);
        keys += value.length;
      }
    } else if (current.registerAdd && current.registerEmpty) {
      await enter(page);
      keys += 1;
      // The list puts focus on the new row's first field.
      await page.waitForFunction(() => Boolean(document.activeElement?.closest('.app-list-item')));
      current = await focused(page);
      moved = true;
    }
    if (!moved) {
      current = await tab(page);
      keys += 1;
    }
  }
  throw new Error(`the form was not answered within ${maxSteps} steps; focus is on ${describe(current)}`);
}

/**
 * Answers the form of the page shown and presses its submit button; when the page answers with an
 * error summary (which takes focus), follows its first link with Enter to the field and answers
 * again from there. Resolves once focus has moved on to a new page or section, with the summaries
 * the page showed on the way.
 */
export async function completeSection(page, policy) {
  const summaries = [];
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await answerForm(page, policy);
    const outcome = await (
      await page.waitForFunction(() => {
        const active = document.activeElement;
        if (active?.classList.contains('app-error-summary')) return 'errors';
        if (active?.id === 'main-content' || active?.id === 'profile-category-title') return 'moved';
        return false;
      })
    ).jsonValue();
    if (outcome === 'moved') return summaries;
    summaries.push(await page.locator('.app-error-summary').innerText());
    await tabTo(page, (f) => f.tag === 'A' && f.inMain, { what: 'the first link of the error summary' });
    await enter(page);
    await page.waitForFunction(() => !document.activeElement?.closest('.app-error-summary'));
  }
  throw new Error(`the section kept showing errors:\n${summaries.join('\n---\n')}`);
}

/** Unlocks the workspace by keyboard: Tab to the passphrase, type it, Enter. */
export async function unlockByKeyboard(page, passphrase) {
  await page.locator('#unlock-passphrase').waitFor();
  await tabToId(page, 'unlock-passphrase');
  await page.keyboard.type(passphrase);
  await enter(page);
  await page.locator('#save-status').waitFor({ timeout: 30000 });
}
