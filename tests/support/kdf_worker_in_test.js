// The key-derivation worker as the browser tests run it: the tests' own build (served by the
// test runner from its root) exports the worker's entry point, `serve_key_derivation`, so the
// worker runs exactly the code the app's worker links, without a Trunk build.
import init, { serve_key_derivation } from '/wasm-bindgen-test.js';

await init({ module_or_path: new URL('/wasm-bindgen-test_bg.wasm', import.meta.url) });
serve_key_derivation();
