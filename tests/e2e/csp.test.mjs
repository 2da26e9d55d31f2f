// The content security policy the release ships: what it allows, that the app runs under it
// without a single violation, and that what it forbids is both refused and reported (which is
// what makes "no violation reported" mean something).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { appForTheseTests, DIST, openApp } from './support/app.mjs';
import { untilWorkingOffline } from './support/offline.mjs';
import { inlineScriptHashes, recordPolicyViolations, shippedPolicy, untilReported } from './support/policy.mjs';

const app = appForTheseTests();

/** The app, opened in a fresh profile with its policy violations recorded. */
async function openWatched() {
  const page = await app.newPage();
  const violations = await recordPolicyViolations(page);
  await openApp(page, app.url);
  return { page, violations };
}

test('the policy names no other site and allows no inline or evaluated script', async () => {
  const policy = await shippedPolicy(DIST);
  const sources = [...policy.values()].flat();
  const allowed = sources.filter(
    (source) => !["'self'", "'none'", "'wasm-unsafe-eval'"].includes(source) && !source.startsWith("'sha256-"),
  );
  assert.deepEqual(allowed, [], 'only this site, WebAssembly and hashed scripts');
  assert.deepEqual(policy.get('default-src'), ["'self'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'none'"]);
  assert.deepEqual(policy.get('form-action'), ["'none'"]);
  assert.deepEqual(policy.get('style-src'), ["'self'"]);
  assert.deepEqual(
    policy.get('script-src'),
    ["'self'", "'wasm-unsafe-eval'", ...(await inlineScriptHashes(DIST))],
    'the only inline script allowed is the wasm loader, by its exact hash',
  );
});

test('every script and stylesheet of the page is checked against its integrity hash', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const linked = [
    ...html.matchAll(/<script\b[^>]*\bsrc=[^>]*>/gi),
    ...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload|preload)"[^>]*>/gi),
  ].map(([tag]) => tag);
  assert.ok(linked.length >= 4, 'the loader module, the wasm, the worker script and the styles');
  assert.deepEqual(
    linked.filter((tag) => !/\bintegrity="sha384-[A-Za-z0-9+/=]+"/.test(tag)),
    [],
  );
});

test('the app runs, installs for offline use and switches language with no policy violation', async () => {
  const { page, violations } = await openWatched();
  await untilWorkingOffline(page);
  await page.getByLabel('Language').selectOption({ label: 'Français (Canada)' });
  await page.locator('.app-header__product', { hasText: 'Éditeur de profil C-TPAT' }).waitFor();
  await page.reload();
  await page.locator('.app-header__product', { hasText: 'Éditeur de profil C-TPAT' }).waitFor();

  assert.deepEqual(violations, []);
  assert.deepEqual(page.problems, []);
});

test('a script slipped into the page is refused, and the refusal is reported', async () => {
  const { page, violations } = await openWatched();

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true;';
    document.head.append(script);
  });

  await untilReported(violations);
  assert.equal(await page.evaluate(() => window.injectedScriptRan), undefined);
  assert.deepEqual(violations.map(({ directive, blocked }) => [directive, blocked]), [['script-src-elem', 'inline']]);
});

test('an inline event handler is refused, and the refusal is reported', async () => {
  const { page, violations } = await openWatched();

  await page.evaluate(() => {
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.injectedHandlerRan = true;');
    document.body.append(button);
    button.click();
  });

  await untilReported(violations);
  assert.equal(await page.evaluate(() => window.injectedHandlerRan), undefined);
  assert.deepEqual(violations.map(({ directive, blocked }) => [directive, blocked]), [['script-src-attr', 'inline']]);
});

test('nothing is loaded from or sent to another site', async () => {
  const { page, violations } = await openWatched();
  const elsewhere = 'http://127.0.0.2:9/';
  const outcomes = [];
  page.on('requestfailed', (request) => outcomes.push(`${request.url()} failed: ${request.failure()?.errorText}`));
  page.on('response', (response) => outcomes.push(`${response.url()} answered ${response.status()}`));

  const sent = await page.evaluate(async (url) => {
    const script = document.createElement('script');
    script.src = `${url}tracker.js`;
    document.head.append(script);
    return fetch(`${url}collect`).then(
      () => 'sent',
      () => 'refused',
    );
  }, elsewhere);

  await untilReported(violations, 2);
  assert.equal(sent, 'refused');
  assert.deepEqual(
    violations.map(({ directive, blocked }) => [directive, blocked]).sort(),
    [
      ['connect-src', `${elsewhere}collect`],
      ['script-src-elem', `${elsewhere}tracker.js`],
    ],
  );
  assert.deepEqual(
    outcomes.filter((outcome) => outcome.startsWith(elsewhere)),
    [`${elsewhere}tracker.js failed: csp`],
    'stopped by the policy before any connection',
  );
});
