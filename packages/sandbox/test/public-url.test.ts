/**
 * Issue 15, item 6: the public origin is configured (`publicUrl`, default the listening address)
 * and never taken from the `Host` header: not for the OIDC issuer, nor discovery, nor `checkoutUrl`.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, type Sandbox } from '@dvc-kit/sandbox';
import { describe, expect, it } from 'vitest';
import { personaToken } from './support/clients.js';
import { call, postWithHost, startSandbox } from './support/http.js';
import { jwtClaims } from './support/oidc.js';
import { submittedBirth, type Payment } from './support/payments.js';

/** A GET with the `Host` header given (fetch cannot set it). */
function getWithHost(sandbox: Sandbox, path: string, host: string): Promise<string> {
  return new Promise((done, fail) => {
    const req = request(new URL(path, sandbox.url), { headers: { host }, setHost: false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => {
        done(text);
      });
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the public origin', () => {
  it('is the listening address by default; Host: evil.example is reflected nowhere', async () => {
    const sandbox = await startSandbox();
    try {
      expect(sandbox.publicUrl).toBe(sandbox.url);
      const discovery = await getWithHost(
        sandbox,
        '/v1/auth/.well-known/openid-configuration',
        'evil.example',
      );
      expect(discovery).not.toContain('evil.example');
      expect(JSON.parse(discovery)).toMatchObject({ issuer: `${sandbox.url}/v1/auth` });
      const dossier = await submittedBirth(sandbox, 'host-1');
      const payment = await postWithHost<Payment>(
        sandbox,
        '/v1/payments',
        JSON.stringify({ dossierId: dossier.id }),
        {
          host: 'evil.example',
          authorization: 'Bearer sandbox-citizen-an',
          'content-type': 'application/json',
          'idempotency-key': 'host-pay',
        },
      );
      expect(payment.status).toBe(201);
      expect(payment.body.checkoutUrl).toBe(`${sandbox.url}/v1/payments/${payment.body.id}/checkout`);
    } finally {
      await sandbox.close();
    }
  });

  it('is publicUrl when given: issuer, discovery and checkoutUrl use it; tokens of another origin are refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-public-'));
    try {
      const first = await createSandbox({
        port: 0,
        dataDir: dir,
        publicUrl: 'https://sandbox.example.gov.vn/',
      });
      let token: string;
      try {
        expect(first.publicUrl).toBe('https://sandbox.example.gov.vn');
        const discovery = await call<{ issuer: string; token_endpoint: string }>(
          first,
          'GET',
          '/v1/auth/.well-known/openid-configuration',
        );
        expect(discovery.body.issuer).toBe('https://sandbox.example.gov.vn/v1/auth');
        expect(discovery.body.token_endpoint).toBe('https://sandbox.example.gov.vn/v1/auth/token');
        token = await personaToken(first);
        expect(jwtClaims(token)['iss']).toBe('https://sandbox.example.gov.vn/v1/auth');
        expect((await call(first, 'GET', '/v1/dossiers', { as: token })).status).toBe(200);
      } finally {
        await first.close();
      }
      // Same data directory, so the same signing key: only the issuer differs.
      const second = await createSandbox({ port: 0, dataDir: dir, publicUrl: 'https://other.example' });
      try {
        const refused = await call(second, 'GET', '/v1/dossiers', { as: token });
        expect(refused.status).toBe(401);
        expect(refused.body.error.code).toBe('invalid_token');
      } finally {
        await second.close();
      }
      await expect(
        createSandbox({ port: 0, inMemory: true, publicUrl: 'https://x.example/path' }),
      ).rejects.toThrow(/publicUrl must be an http\(s\) origin/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
