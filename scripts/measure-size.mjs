// Prints the transferred size of the shipped app (every file in dist/, brotli-compressed at the
// highest quality, as a static host with brotli would serve it) as a row of the bench table.
// The language packs (dist/languages/) are not part of it: the app fetches the one chosen,
// after the first screen; they get rows of their own. Icons are not counted either (the page
// shows none; the browser fetches them for the install prompt and tab).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budgetKb = 300;
let raw = 0;
let brotli = 0;
const rows = [];
for (const name of readdirSync(dist).sort()) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const bytes = readFileSync(path);
  const compressed = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  raw += bytes.length;
  brotli += compressed;
  rows.push(`|   ${name.replace(/-[0-9a-f]{16}/, '')} | ${(compressed / 1000).toFixed(1)} KB (${(bytes.length / 1000).toFixed(1)} KB raw) | | |`);
}
const packs = join(dist, 'languages');
const packRows = [];
for (const name of existsSync(packs) ? readdirSync(packs).sort() : []) {
  const bytes = readFileSync(join(packs, name));
  const compressed = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  packRows.push(
    `| language pack ${name.replace(/-[0-9a-f]{16}/, '')}, fetched when that language is chosen | ${(compressed / 1000).toFixed(1)} KB (${(bytes.length / 1000).toFixed(1)} KB raw) | | |`,
  );
}
const kb = brotli / 1000;
console.log(`| app shell + wasm + js + css, brotli, transferred | ${kb.toFixed(1)} KB (${(raw / 1000).toFixed(1)} KB raw) | ≤ ${budgetKb} KB | ${kb <= budgetKb ? 'yes' : '**NO**'} |`);
for (const row of rows) console.log(row);
for (const row of packRows) console.log(row);
