// The app shell as a user meets it: it loads from a sub-path, speaks their language, and
// remembers that choice.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appForTheseTests, openApp } from './support/app.mjs';

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

test('choosing French switches the page at once and survives a reload', async () => {
  const page = await app.newPage();
  await openApp(page, app.url);

  await page.getByLabel('Language').selectOption({ label: 'Français (Canada)' });

  assert.equal(await page.locator('h1').textContent(), 'Préparez votre profil de sécurité C-TPAT');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr-CA');
  assert.equal(await page.title(), 'Éditeur de profil C-TPAT');

  await page.reload();
  await page.locator('h1', { hasText: 'Préparez votre profil' }).waitFor();
  assert.equal(await page.getByLabel('Langue').inputValue(), 'fr-CA');
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
