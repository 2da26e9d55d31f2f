// Prints where the app's WebAssembly bytes go: by crate, and the largest functions, so a
// change that grows or shrinks the download shows where it did. Reads the build that keeps
// function names (cargo's release output, before wasm-bindgen and wasm-opt), with twiggy.
//
//   node scripts/measure-wasm-bytes.mjs target/wasm32-unknown-unknown/release/ctpat-profile-editor.wasm
//
// Sizes are of that build, so they add up to more than the shipped file, which wasm-opt
// shrinks further; the shares are what to compare from one change to the next.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const wasm = process.argv[2];
if (!wasm) {
  console.error('usage: node scripts/measure-wasm-bytes.mjs <file.wasm>');
  process.exit(64);
}

const items = JSON.parse(
  execFileSync('twiggy', ['top', '--format', 'json', '-n', '1000000', wasm], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  }),
);
const fileSize = statSync(wasm).size;

// Only what the browser runs counts: function bodies and data. Names, exports and
// wasm-bindgen's own section are tooling that wasm-bindgen and wasm-opt drop.
const shipped = items.filter(
  (item) => !item.name.startsWith('"') && !item.name.startsWith('custom section') && !item.name.startsWith('export '),
);
const total = shipped.reduce((sum, item) => sum + item.shallow_size, 0);

// The crate an item belongs to: the first path segment of its demangled name. In
// `<Type as Trait>::method`, the type's crate if the type has a path, else the trait's (a
// closure `F` running a tachys trait is tachys code monomorphized for the app).
function crateOf(name) {
  if (name.startsWith('data segment')) return '(data: texts, criteria, tables)';
  let path = name.replace(/^[<&*\s]+/, '').replace(/^(mut|const|dyn)\s+/, '');
  const qualified = path.match(/^([^<>]*?) as ([^<>]*)/);
  if (qualified) {
    const [, type, trait] = qualified;
    path = type.includes('::') ? type : trait;
  }
  path = path.replace(/^[<&*\s]+/, '').replace(/^(mut|const|dyn)\s+/, '');
  if (!path.includes('::')) return '(unnamed)';
  return path.split('::')[0].replace(/\[[0-9a-f]+\]$/, '').replace(/[^A-Za-z0-9_]/g, '') || '(unnamed)';
}

const byCrate = new Map();
for (const item of shipped) {
  const crate = crateOf(item.name);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + item.shallow_size);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const share = (bytes) => `${((100 * bytes) / total).toFixed(1)} %`;

console.log(`\nWhere the wasm's bytes go: ${kb(total)} of code and data in ${wasm} (${kb(fileSize)} with names), before wasm-opt:\n`);
console.log('| crate | size | share |');
console.log('|---|---|---|');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`| ${crate} | ${kb(size)} | ${share(size)} |`);
}
console.log('\n| largest functions and data | size | share |');
console.log('|---|---|---|');
for (const item of [...shipped].sort((a, b) => b.shallow_size - a.shallow_size).slice(0, 15)) {
  const name = item.name.length > 110 ? `${item.name.slice(0, 107)}…` : item.name;
  console.log(`| \`${name.replaceAll('|', '\\|')}\` | ${kb(item.shallow_size)} | ${share(item.shallow_size)} |`);
}
