// Prints a bench-table row: how long after the page's load event the first screen becomes
// interactive (its first control, a field or a button, is in the page), in headless Chromium, over loopback.
import { startApp } from '../tests/e2e/support/app.mjs';

const runs = Number(process.env.RUNS ?? 15);
const app = await startApp();
const afterLoad = [];
const fromStart = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const page = await app.newPage();
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
} finally {
  await app.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = median(afterLoad);
console.log(
  `| first render to interactive, after the load event (${median(fromStart).toFixed(0)} ms from navigation start), median of ${runs} | ${ms.toFixed(0)} ms | ≤ 300 ms | ${ms <= 300 ? 'yes' : '**NO**'} |`,
);
