#!/usr/bin/env node
// Trunk post-build hook (see Trunk.toml): finishes dist/ for offline use under a strict content
// security policy. Runs on Trunk's staging folder, after index.html is written and before the
// folder becomes dist/.
//
// 1. Trunk writes the wasm loader as an inline <script type="module">. The policy in index.html
//    allows no inline script, so the loader's SHA-256 is put into `script-src` in place of the
//    LOADER_SCRIPT_HASHES marker: the browser runs that exact script and nothing else inline.
// 2. The service worker (sw.js) gets this build's id and the list of its files, so a new build
//    has a new cache, and the whole build is cached at the first visit.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

// The marker inside the policy's content attribute (not the one in the comment that explains it).
const POLICY_MARKER = /(http-equiv="Content-Security-Policy"\s+content="[^"]*)LOADER_SCRIPT_HASHES/;
const PRECACHE_LINE = /^const PRECACHE = .*\/\/ precache-manifest$/m;
const WORKER = 'sw.js';

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set: run this from Trunk (trunk build)');

/** `'sha256-…'` source expressions for every inline script of the page. */
function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** Every file of the build, relative to dist/, with `/` separators, sorted. */
async function buildFiles(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}

const indexPath = join(staging, 'index.html');
const html = await readFile(indexPath, 'utf8');
const hashes = inlineScriptHashes(html);
if (hashes.length === 0) fail('index.html has no inline loader script to allow');
if (!POLICY_MARKER.test(html)) fail("index.html's policy has no LOADER_SCRIPT_HASHES marker");
await writeFile(indexPath, html.replace(POLICY_MARKER, `$1${hashes.join(' ')}`));

const workerPath = join(staging, WORKER);
const worker = await readFile(workerPath, 'utf8').catch(() => fail(`${WORKER} was not copied into the build`));
if (!PRECACHE_LINE.test(worker)) fail(`${WORKER} has no "const PRECACHE = … // precache-manifest" line`);

const files = (await buildFiles(staging)).filter((file) => file !== WORKER);
const digest = createHash('sha256');
for (const file of files) {
  digest.update(file).update('\0').update(await readFile(join(staging, file))).update('\0');
}
const build = digest.digest('hex').slice(0, 16);
const manifest = JSON.stringify({ build, files });
await writeFile(workerPath, worker.replace(PRECACHE_LINE, `const PRECACHE = ${manifest}; // precache-manifest`));

console.log(`post-build: build ${build}, ${files.length} files precached, ${hashes.length} inline script(s) hashed`);
