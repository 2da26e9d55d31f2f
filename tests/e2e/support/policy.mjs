// Watching the content security policy from inside the browser: every violation Chromium
// reports to the page (the `securitypolicyviolation` event), and the policy the build ships.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Records every policy violation the browser reports in `page`, across reloads, as
 * `{ directive, blocked, sample }`. Call before the first navigation.
 */
export async function recordPolicyViolations(page) {
  const violations = [];
  await page.exposeBinding('__reportPolicyViolation', (_source, violation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportPolicyViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return violations;
}

/** Waits (up to `timeout` ms) until `violations` holds at least `count` reports. */
export async function untilReported(violations, count = 1, timeout = 5000) {
  const deadline = Date.now() + timeout;
  while (violations.length < count && Date.now() < deadline) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 25));
  }
  return violations;
}

/** The policy of the built page, as a map from directive name to its list of sources. */
export async function shippedPolicy(dist) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const [, content] =
    html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i) ?? [];
  if (!content) throw new Error('dist/index.html has no Content-Security-Policy <meta> tag');
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** `'sha256-…'` of each inline script of the built page, as a policy would name it. */
export async function inlineScriptHashes(dist) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
}
