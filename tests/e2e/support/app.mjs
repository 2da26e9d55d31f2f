// Starting the release build in a real headless Chromium, and watching for anything that
// would show a user a broken page: uncaught errors, console errors, failed requests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const DIST = resolve(process.env.DIST ?? 'dist');

/** Serves dist/ under a sub-path and launches Chromium. Call `close()` when done. */
export async function startApp() {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: build the release first (trunk build --release)`);
  }
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  return {
    url: server.url,
    browser,
    /** A new page in a fresh profile (its own localStorage), with its problems recorded;
     * `options` are the browser context's (for example `{ serviceWorkers: 'block' }`). */
    async newPage(options = {}) {
      const context = await browser.newContext(options);
      return watchedPage(await context.newPage());
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The app for the tests of one file: started before the first test (then `prepare()` runs, if
 * given) and closed after the last. Its fields (`url`, `browser`, `newPage`) are there once the
 * file's tests run. */
export function appForTheseTests(prepare = () => {}) {
  const app = {};
  before(async () => {
    Object.assign(app, await startApp());
    await prepare();
  });
  after(async () => {
    await app.close?.();
  });
  return app;
}

/** Records page errors, console errors and failed requests on `page.problems`. */
export function watchedPage(page) {
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`));
  // The app never opens a dialog: one would mean typed text ran as script.
  page.on('dialog', async (dialog) => {
    page.problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
  });
  // A request the browser drops because the page navigates away (a reload while an icon is
  // still loading) is no failure: only one aborted while its page stays is recorded.
  let navigations = 0;
  const issuedAt = new WeakMap();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    issuedAt.set(request, navigations);
  });

  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    const leftBehind = error === 'net::ERR_ABORTED' && navigations > (issuedAt.get(request) ?? navigations);
    // The browser asks for the page's icon again whenever the address changes (each screen has
    // its own fragment) and drops the request it no longer needs. A missing icon would still
    // show as an HTTP error below.
    const iconDropped = error === 'net::ERR_ABORTED' && new URL(request.url()).pathname.endsWith('/icons/icon.svg');
    if (!leftBehind && !iconDropped) page.problems.push(`request failed: ${request.url()} ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return page;
}

/** Opens the app and waits until it has rendered (the product name is in the header). */
export async function openApp(page, url) {
  await page.goto(url);
  await page.locator('.app-header__product').waitFor({ state: 'visible', timeout: 15000 });
}

/** Waits until the focused element matches `selector`: the app moves focus after the next
 * frame, which a busy machine can delay. Fails naming what has the focus instead. */
export async function expectFocus(page, selector, timeout = 5000) {
  try {
    await page.waitForFunction((selector) => document.activeElement?.matches(selector), selector, { timeout });
  } catch {
    const actual = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? `${element.tagName.toLowerCase()}#${element.id}.${element.className}` : 'nothing';
    });
    throw new Error(`focus should be on ${selector}, but it is on ${actual}`);
  }
}
