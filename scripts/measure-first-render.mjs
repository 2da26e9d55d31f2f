// Prints bench-table rows: how long after the page's load event the first screen becomes
// interactive (its first control, a field or a button, is in the page), in headless Chromium,
// over loopback. A first visit's first screen is the start program's start page; a returning
// visit's is the editor's unlock screen, which the start program fetches (from the service
// worker's cache) and hands the page to, so that row counts both programs.
import { startApp } from '../tests/e2e/support/app.mjs';
import { createWorkspace, waitUntilSaved } from '../tests/e2e/support/journeys.mjs';
import { untilWorkingOffline } from '../tests/e2e/support/offline.mjs';

const runs = Number(process.env.RUNS ?? 15);
const app = await startApp();
// English, and French: a French browser's first visit fetches the French texts before the
// first screen, which this counts.
const languages = [
  ['en-US', ''],
  ['fr-CA', ', French browser (its texts fetched first)'],
];
const rows = [];
try {
  for (const [locale, what] of languages) {
    const timings = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await watchFirstControl(await app.newPage({ locale }));
      timings.push(await firstScreen(page));
      await page.context().close();
    }
    rows.push(row(`first visit: start page${what}`, timings));
  }
  // A returning visit: a workspace stored and the build cached by the service worker.
  const page = await watchFirstControl(await app.newPage());
  await page.goto(app.url);
  await createWorkspace(page);
  await waitUntilSaved(page);
  await untilWorkingOffline(page);
  const timings = [];
  for (let run = 0; run < runs; run += 1) timings.push(await firstScreen(page));
  rows.push(row('returning visit: unlock screen, through both programs', timings));
} finally {
  await app.close();
}
for (const row of rows) console.log(row);

/** Makes every load of `page` note when the first control appears in its main area. */
async function watchFirstControl(page) {
  await page.addInitScript(() => {
    const seen = () => {
      const input = document.querySelector('main input, main select, main button');
      if (input && !window.__interactiveAt) window.__interactiveAt = performance.now();
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
  return page;
}

/** Loads the app in `page` (watched by `watchFirstControl`); when its first control appeared,
 * after the load event and after navigation start. */
async function firstScreen(page) {
  await page.goto(app.url);
  await page.waitForFunction(() => window.__interactiveAt !== undefined);
  const { interactive, load } = await page.evaluate(() => ({
    interactive: window.__interactiveAt,
    load: performance.getEntriesByType('navigation')[0].loadEventEnd,
  }));
  return { afterLoad: Math.max(0, interactive - load), fromStart: interactive };
}

function row(what, timings) {
  const ms = median(timings.map((timing) => timing.afterLoad));
  const fromStart = median(timings.map((timing) => timing.fromStart));
  return `| first render to interactive, after the load event, ${what} (${fromStart.toFixed(0)} ms from navigation start), median of ${runs} | ${ms.toFixed(0)} ms | ≤ 300 ms | ${ms <= 300 ? 'yes' : '**NO**'} |`;
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
