// Signed files as another editor or tool would write them: signed ES256 by a fresh key that is
// not the workspace's, with WebCrypto, in the format of docs/file-formats.md §1.
import { createHash, webcrypto } from 'node:crypto';

const base64url = (bytes) => Buffer.from(bytes).toString('base64url');

/** RFC 8785 for what these tests sign: objects, ASCII strings and whole numbers only. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fingerprint as the app shows it: 16 groups of 4 upper-case hex digits. */
const forPeople = (kid) => Buffer.from(kid, 'base64url').toString('hex').toUpperCase().match(/.{4}/g).join(' ');

/** `profile` signed with `typ` by a fresh key: the file's text and the signer's fingerprint. */
export async function signedByAFreshKey(profile, typ) {
  const { privateKey, publicKey } = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const { crv, kty, x, y } = await webcrypto.subtle.exportKey('jwk', publicKey);
  const jwk = { crv, kty, x, y };
  const kid = base64url(createHash('sha256').update(canonical(jwk)).digest());
  const protectedHeader = base64url(JSON.stringify({ alg: 'ES256', typ, kid, jwk }));
  const input = `${protectedHeader}.${base64url(canonical(profile))}`;
  const signature = await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, Buffer.from(input));
  const text = JSON.stringify({ profile, signature: { protected: protectedHeader, signature: base64url(signature) } }, null, 2);
  return { text, fingerprint: forPeople(kid) };
}

/** A submission of `account` (with `legalName` as its main account) signed by another key. */
export const foreignSubmission = (account, legalName = 'Other Company') =>
  signedByAFreshKey(
    {
      schemaVersion: 1,
      profileId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      issuedAt: '2026-11-27T19:00:00Z',
      appVersion: 'another-tool 2.0',
      mainAccount: { organization: { legalName } },
      account,
    },
    'ctpat-profile+jws',
  );

/** A backup of `workspace` signed by another key. */
export const foreignBackup = (workspace) =>
  signedByAFreshKey(
    { format: 'ctpat-workspace-backup', version: 1, exportedAt: '2026-11-27T19:00:00Z', workspace },
    'ctpat-workspace-backup+jws',
  );
