// Prints the transferred size of the shipped app as rows of the bench table: every file of
// dist/ brotli-compressed at the highest quality, as a static host with brotli would serve it.
//
// The budget row is what a first visit downloads before its first screen: the page, its CSS,
// the start program (start-*.js, start-*_bg.wasm), the script that installs the service worker
// and the web app manifest. Everything else is fetched after that screen is painted, each in a
// row of its own: the editor program (fetched as soon as the start page is painted), the
// key-derivation worker (when a page asks for a passphrase), the service worker and the
// language packs (dist/languages/, when that language is chosen; the service worker caches
// them all in the background). Icons are not counted (the page shows none; the browser
// fetches them for the install prompt and tab).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budgetKb = 300;

/** Whether a file at the top of dist/ is downloaded before the first screen. */
function beforeFirstScreen(name) {
  return (
    name === 'index.html' ||
    name === 'manifest.webmanifest' ||
    name.endsWith('.css') ||
    /^start-[0-9a-f]+(\.js|_bg\.wasm)$/.test(name) ||
    /^register-worker-[0-9a-f]+\.js$/.test(name)
  );
}

/** What a file after the first screen is, and when it is fetched. */
function afterFirstScreen(name) {
  if (name.startsWith('ctpat-profile-editor-')) return 'editor program, fetched once the first screen is painted';
  if (name.startsWith('kdf-worker')) return 'key-derivation worker, fetched when a page asks for a passphrase';
  if (name === 'sw.js') return 'service worker, installed after the first screen';
  return 'fetched after the first screen';
}

function sizes(path) {
  const bytes = readFileSync(path);
  const compressed = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return { raw: bytes.length, brotli: compressed };
}

const kb = (bytes) => (bytes / 1000).toFixed(1);
const shortName = (name) => name.replace(/-[0-9a-f]{15,16}(?=[._])/, '');
const first = { raw: 0, brotli: 0 };
const firstRows = [];
const laterRows = [];
for (const name of readdirSync(dist).sort()) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const size = sizes(path);
  if (beforeFirstScreen(name)) {
    first.raw += size.raw;
    first.brotli += size.brotli;
    firstRows.push(`|   ${shortName(name)} | ${kb(size.brotli)} KB (${kb(size.raw)} KB raw) | | |`);
  } else {
    laterRows.push(`| ${shortName(name)}: ${afterFirstScreen(name)} | ${kb(size.brotli)} KB (${kb(size.raw)} KB raw) | | |`);
  }
}
const packs = join(dist, 'languages');
for (const name of existsSync(packs) ? readdirSync(packs).sort() : []) {
  const size = sizes(join(packs, name));
  laterRows.push(`| language pack ${shortName(name)}, fetched when that language is chosen | ${kb(size.brotli)} KB (${kb(size.raw)} KB raw) | | |`);
}
const within = first.brotli / 1000 <= budgetKb;
console.log(
  `| first visit before its first screen: page, CSS, start program (wasm + js), brotli | ${kb(first.brotli)} KB (${kb(first.raw)} KB raw) | ≤ ${budgetKb} KB | ${within ? 'yes' : '**NO**'} |`,
);
for (const row of firstRows) console.log(row);
for (const row of laterRows) console.log(row);
