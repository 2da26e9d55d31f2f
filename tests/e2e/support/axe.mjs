// Accessibility scan with axe-core (from npm), injected into the page under test. The scan
// runs against WCAG 2.x A and AA rules; any violation fails the calling test with its details.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in `page` and returns its violations, each summarised in one line. */
export async function accessibilityViolations(page) {
  // Evaluated through the browser's debugging protocol, which the page's content security
  // policy does not govern: the app's own policy stays in force for everything else.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  });
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}
