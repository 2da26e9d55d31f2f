// Prints a bench-table row: how long after the page's load event the first screen becomes
// interactive (its first control, a field or a button, is in the page), in headless Chromium, over loopback.
import { startApp } from '../tests/e2e/support/app.mjs';

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
    const afterLoad = [];
    const fromStart = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await app.newPage({ locale });
      await page.addInitScript(() => {
        const seen = () => {
          const input = document.querySelector('main input, main select, main button');
          if (input && !window.__interactiveAt) window.__interactiveAt = performance.now();
        };
        new MutationObserver(seen).observe(document, { childList: true, subtree: true });
      });
      await page.goto(app.url);
      await page.waitForFunction(() => window.__interactiveAt !== undefined);
      const { interactive, load } = await page.evaluate(() => ({
        interactive: window.__interactiveAt,
        load: performance.getEntriesByType('navigation')[0].loadEventEnd,
      }));
      afterLoad.push(Math.max(0, interactive - load));
      fromStart.push(interactive);
      await page.context().close();
    }
    const ms = median(afterLoad);
    rows.push(
      `| first render to interactive, after the load event${what} (${median(fromStart).toFixed(0)} ms from navigation start), median of ${runs} | ${ms.toFixed(0)} ms | ≤ 300 ms | ${ms <= 300 ? 'yes' : '**NO**'} |`,
    );
  }
} finally {
  await app.close();
}
for (const row of rows) console.log(row);

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
