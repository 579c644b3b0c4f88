import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSandbox } from './support/http.js';

interface Jwk {
  kty: string;
  crv?: string;
  kid?: string;
  alg?: string;
  use?: string;
  d?: string;
  x?: string;
  y?: string;
}

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

async function jwks(target: Pick<Sandbox, 'url'>): Promise<Jwk[]> {
  const res = await call<{ keys: Jwk[] }>(target, 'GET', '/v1/auth/jwks');
  expect(res.status).toBe(200);
  return res.body.keys;
}

describe('OpenID Connect discovery', () => {
  it('describes the provider with the issuer at <base URL>/v1/auth', async () => {
    const res = await call<Record<string, unknown>>(
      sandbox,
      'GET',
      '/v1/auth/.well-known/openid-configuration',
    );
    expect(res.status).toBe(200);
    const issuer = `${sandbox.url}/v1/auth`;
    expect(res.body).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['ES256'],
    });
    expect(res.body['scopes_supported']).toContain('openid');
  });

  it('publishes one public ES256 key, without its private part', async () => {
    const keys = await jwks(sandbox);
    expect(keys).toHaveLength(1);
    const [key] = keys;
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(key?.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key?.d).toBeUndefined();
    // The published key is a usable public key.
    const publicKey = createPublicKey({ key: { ...key }, format: 'jwk' });
    expect(publicKey.asymmetricKeyType).toBe('ec');
    expect(verify('sha256', Buffer.from('x'), publicKey, Buffer.alloc(64))).toBe(false);
  });

  it('answers 405 to other methods', async () => {
    const res = await call(sandbox, 'POST', '/v1/auth/jwks');
    expect(res.status).toBe(405);
  });
});

describe('the signing key', () => {
  it('is kept in the data directory, owner-only, and survives a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-'));
    try {
      const first = await createSandbox({ port: 0, dataDir: dir });
      const before = await jwks(first);
      await first.close();
      if (process.platform !== 'win32') {
        expect(statSync(join(dir, 'oidc-signing-key.json')).mode & 0o077).toBe(0);
      }
      const second = await createSandbox({ port: 0, dataDir: dir });
      expect(await jwks(second)).toEqual(before);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is a new one for each in-memory sandbox', async () => {
    const other = await startSandbox();
    try {
      expect((await jwks(other))[0]?.kid).not.toBe((await jwks(sandbox))[0]?.kid);
    } finally {
      await other.close();
    }
  });
});
