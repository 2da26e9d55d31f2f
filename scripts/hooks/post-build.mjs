#!/usr/bin/env node
// Trunk post-build hook (see Trunk.toml): finishes dist/ for offline use under a strict content
// security policy. Runs on Trunk's staging folder, after index.html is written and before the
// folder becomes dist/.
//
// 1. Trunk writes the wasm loader as an inline <script type="module">. The policy in index.html
//    allows no inline script, so the loader's SHA-256 is put into `script-src` in place of the
//    LOADER_SCRIPT_HASHES marker: the browser runs that exact script and nothing else inline.
// 2. The French and Spanish texts are not in the app's wasm: it fetches the pack of the language
//    chosen, by a name carrying a digest of the pack (`languages/fr-<digest>.json`). The build
//    script of ctpat-core wrote the packs beside its output; the names the wasm asks for are
//    read from the wasm, the files found under cargo's target folder, their digests checked,
//    and they are copied into the build.
// 3. The editor program is built as plain files the page does not load (the start program
//    fetches it): they are named here by a digest of their content, like Trunk names the rest,
//    and that name is written into the page's `<meta name="editor-program">` for the start
//    program to read, so a page never pairs with an editor of another build.
// 4. The service worker (sw.js) gets this build's id and the list of its files, the language
//    packs included, so a new build has a new cache, and the whole build is cached at the first
//    visit: a language is there offline even if it was never chosen online.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

// The marker inside the policy's content attribute (not the one in the comment that explains it).
const POLICY_MARKER = /(http-equiv="Content-Security-Policy"\s+content="[^"]*)LOADER_SCRIPT_HASHES/;
const PRECACHE_LINE = /^const PRECACHE = .*\/\/ precache-manifest$/m;
const WORKER = 'sw.js';
// The editor program's files as Trunk writes them, and where the page names them.
const EDITOR = 'ctpat-profile-editor';
const EDITOR_MARKER = /(<meta name="editor-program" content=")EDITOR_PROGRAM"/;

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

/** Names the editor's two files by a digest of their content; returns the name they share. */
async function nameEditorByDigest() {
  const js = join(staging, `${EDITOR}.js`);
  const wasm = join(staging, `${EDITOR}_bg.wasm`);
  const glue = await readFile(js, 'utf8').catch(() => fail(`${EDITOR}.js is not in the build`));
  const code = await readFile(wasm).catch(() => fail(`${EDITOR}_bg.wasm is not in the build`));
  const stem = `${EDITOR}-${createHash('sha256').update(glue).update(code).digest('hex').slice(0, 16)}`;
  await writeFile(join(staging, `${stem}.js`), glue.replaceAll(`${EDITOR}_bg.wasm`, `${stem}_bg.wasm`));
  await rename(wasm, join(staging, `${stem}_bg.wasm`));
  await unlink(js);
  return stem;
}
const editor = await nameEditorByDigest();

const indexPath = join(staging, 'index.html');
const html = await readFile(indexPath, 'utf8');
const hashes = inlineScriptHashes(html);
if (hashes.length === 0) fail('index.html has no inline loader script to allow');
if (!POLICY_MARKER.test(html)) fail("index.html's policy has no LOADER_SCRIPT_HASHES marker");
if (!EDITOR_MARKER.test(html)) fail('index.html has no <meta name="editor-program" content="EDITOR_PROGRAM">');
await writeFile(
  indexPath,
  html.replace(POLICY_MARKER, `$1${hashes.join(' ')}`).replace(EDITOR_MARKER, `$1${editor}"`),
);

/** The language packs the app's wasm names, copied into the build from cargo's output. */
async function copyLanguagePacks() {
  const app = (await readdir(staging)).find((file) => /^ctpat-profile-editor-[0-9a-f]+_bg\.wasm$/.test(file));
  if (!app) fail("the app's wasm is not in the build");
  const wasm = (await readFile(join(staging, app))).toString('latin1');
  const wanted = [...new Set(wasm.match(/languages\/[a-z]{2}-[0-9a-f]{16}\.json/g) ?? [])];
  if (wanted.length === 0) fail("the app's wasm names no language pack");
  const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
  const target = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
  const outputs = join(target, 'wasm32-unknown-unknown');
  const candidates = (await readdir(outputs, { recursive: true })).map((file) => file.split(sep).join('/'));
  for (const pack of wanted) {
    const digest = pack.match(/-([0-9a-f]{16})\.json$/)[1];
    let found = null;
    for (const file of candidates.filter((file) => file.endsWith(`/out/${pack}`))) {
      const bytes = await readFile(join(outputs, file));
      if (createHash('sha256').update(bytes).digest('hex').startsWith(digest)) found = join(outputs, file);
    }
    if (!found) fail(`no build output holds ${pack} with that digest (under ${outputs})`);
    await mkdir(dirname(join(staging, pack)), { recursive: true });
    await copyFile(found, join(staging, pack));
  }
  return wanted;
}
const packs = await copyLanguagePacks();

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

console.log(
  `post-build: build ${build}, editor ${editor}, ${files.length} files precached (language packs ${packs.join(', ')}), ${hashes.length} inline script(s) hashed`,
);
