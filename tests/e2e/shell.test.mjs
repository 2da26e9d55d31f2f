// The app shell as a user meets it: it loads from a sub-path, speaks their language, and
// remembers that choice.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';
import { accessibilityViolations } from './support/axe.mjs';

const app = appForTheseTests();

test('the app loads from a sub-path and opens on the start page, with the product name and version', async () => {
  const page = await app.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));

  await openApp(page, app.url);

  assert.equal(await page.locator('.app-header__product').textContent(), 'C-TPAT Profile Editor');
  assert.equal(await page.locator('h1').textContent(), 'Prepare your C-TPAT Security Profile');
  assert.match(await page.locator('.app-footer__version').textContent(), /^Version \d+\.\d+\.\d+$/);
  assert.equal(await page.title(), 'C-TPAT Profile Editor');
  const outside = requested.filter((url) => !url.startsWith(app.url));
  assert.deepEqual(outside, [], 'every asset is fetched relative to the app folder');
  assert.deepEqual(page.problems, []);
});

test('choosing French fetches its texts then, switches the page and survives a reload', async () => {
  const page = await app.newPage();
  const packs = [];
  page.on('request', (request) => {
    const pack = request.url().match(/\/languages\/([a-z]{2})-[0-9a-f]{16}\.json$/);
    if (pack) packs.push(pack[1]);
  });
  await openApp(page, app.url);
  assert.deepEqual(packs, [], 'an English first visit fetches no other language');

  await page.getByLabel('Language').selectOption({ label: 'Français (Canada)' });

  await page.locator('h1', { hasText: 'Préparez votre profil de sécurité C-TPAT' }).waitFor();
  assert.deepEqual(packs, ['fr'], 'French, and only French, fetched when chosen');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr-CA');
  assert.equal(await page.title(), 'Éditeur de profil C-TPAT');

  await page.reload();
  await page.locator('h1', { hasText: 'Préparez votre profil' }).waitFor();
  assert.equal(await page.getByLabel('Langue').inputValue(), 'fr-CA');
  assert.deepEqual(page.problems, []);
});

test('a language whose texts cannot be fetched leaves the page as it was and says so', async () => {
  // No service worker: its copy would answer before the refusal below could.
  const page = await app.newPage({ serviceWorkers: 'block' });
  await openApp(page, app.url);
  await page.route(/\/languages\/es-/, (route) => route.fulfill({ status: 404, body: 'not here' }));

  await page.getByLabel('Language').selectOption({ label: 'Español (México)' });

  const error = page.locator('#language-unavailable');
  await error.waitFor();
  assert.equal(
    await error.textContent(),
    'Español (México) could not be loaded, so the editor stays in this language. Check the connection and choose it again.',
  );
  assert.equal(await page.locator('h1').textContent(), 'Prepare your C-TPAT Security Profile');
  assert.equal(await page.getByLabel('Language').inputValue(), 'en', 'the switch shows the language in use');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.deepEqual(await accessibilityViolations(page), [], 'the start page with the message');

  // Once the texts can be fetched, choosing again works, and the message goes.
  await page.unroute(/\/languages\/es-/);
  await page.getByLabel('Language').selectOption({ label: 'Español (México)' });
  await page.locator('h1', { hasText: 'Prepare su perfil de seguridad C-TPAT' }).waitFor();
  assert.equal(await error.count(), 0);
  assert.deepEqual(
    page.problems.filter((problem) => !/languages\/es-|status of 404/.test(problem)),
    [],
    'nothing went wrong but the refused pack',
  );
});

test('on a line too slow for the French texts, the app opens in English and turns French when they arrive', async () => {
  const page = await app.newPage({ locale: 'fr-CA', serviceWorkers: 'block' });
  let asked = 0;
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\/languages\/fr-/, async (route) => {
    asked += 1;
    await held;
    await route.continue();
  });

  await openApp(page, app.url);
  assert.equal(await page.locator('h1').textContent(), 'Prepare your C-TPAT Security Profile');
  assert.equal(await page.locator('#language-unavailable').count(), 0, 'not refused, only slow');

  release();
  await page.locator('h1', { hasText: 'Préparez votre profil de sécurité C-TPAT' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr-CA');
  assert.equal(await page.getByLabel('Langue').inputValue(), 'fr-CA');
  assert.equal(asked, 1, 'the app waited for its first request rather than asking again');
  assert.deepEqual(page.problems, []);
});

test('a Spanish-speaking browser opens in Spanish without choosing anything', async () => {
  const context = await app.browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
  await openApp(page, app.url);

  assert.equal(await page.locator('h1').textContent(), 'Prepare su perfil de seguridad C-TPAT');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es-MX');
  await context.close();
});

test('the skip link takes keyboard users straight to the main content', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);

  await page.keyboard.press('Tab');
  const skip = page.locator('.app-skip-link');
  assert.equal(await skip.evaluate((element) => element === document.activeElement), true);
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('main').evaluate((element) => element === document.activeElement), true);
  assert.deepEqual(page.problems, []);
});
