/**
 * The OpenID Connect provider's signing key: one ES256 (P-256) key pair, generated at the first
 * start and kept in the data directory (`oidc-signing-key.json`, readable by its owner only) so
 * that issued tokens survive a restart. In memory, each process generates its own.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A key pair that signs the provider's tokens. */
export interface SigningKey {
  /** The key id (`kid`): the RFC 7638 thumbprint of the public key. */
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public key as a JWK, with `kid`, `alg` and `use`, for the JWKS endpoint. */
  publicJwk: JsonWebKey;
}

/** The name of the key file in the data directory. */
export const SIGNING_KEY_FILE = 'oidc-signing-key.json';

function thumbprint(jwk: JsonWebKey): string {
  // RFC 7638: the required members, in lexicographic order, without white space.
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url');
}

function fromPrivateKey(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const jwk = publicKey.export({ format: 'jwk' });
  const kid = thumbprint(jwk);
  return { kid, privateKey, publicKey, publicJwk: { ...jwk, kid, alg: 'ES256', use: 'sig' } };
}

/** Generates a fresh P-256 key pair. */
export function generateSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return fromPrivateKey(privateKey);
}

/**
 * The data directory's signing key, generated and written (atomically, mode 0600) when missing;
 * a fresh one when `dataDir` is `undefined`.
 * @throws Error when the key file exists but is not a P-256 private key.
 */
export function loadSigningKey(dataDir: string | undefined): SigningKey {
  if (dataDir === undefined) return generateSigningKey();
  const file = join(dataDir, SIGNING_KEY_FILE);
  if (existsSync(file)) {
    const jwk = JSON.parse(readFileSync(file, 'utf8')) as JsonWebKey;
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string') {
      throw new Error(`${SIGNING_KEY_FILE} is not a P-256 private key`);
    }
    return fromPrivateKey(createPrivateKey({ key: jwk, format: 'jwk' }));
  }
  const key = generateSigningKey();
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(key.privateKey.export({ format: 'jwk' }))}\n`, { mode: 0o600 });
  renameSync(temporary, file);
  return key;
}
