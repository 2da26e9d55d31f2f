// The recipients' native verifier (`ctpat-verify`), as the journeys that export files run it:
// built once if CTPAT_VERIFY does not name a build already made.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const VERIFIER = resolve(process.env.CTPAT_VERIFY ?? 'target/debug/ctpat-verify');

/** Builds the verifier unless CTPAT_VERIFY names one; fails the calling hook if it cannot. */
export function prepareVerifier() {
  if (!process.env.CTPAT_VERIFY) {
    const build = spawnSync('cargo', ['build', '--quiet', '--bin', 'ctpat-verify'], { stdio: 'inherit' });
    assert.equal(build.status, 0, 'the native verifier builds');
  }
  assert.ok(existsSync(VERIFIER), `${VERIFIER} exists`);
}

/** Runs the verifier on `path`: its exit code and what it printed. */
export function verify(path) {
  const run = spawnSync(VERIFIER, [path], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
