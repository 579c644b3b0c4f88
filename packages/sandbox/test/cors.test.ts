/** CORS is transport, not contract: these requests use fetch directly. */
import type { Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from './support/http.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ corsOrigins: ['https://dichvucong.example.gov.vn'] });
});
afterAll(() => sandbox.close());

const preflight = (origin: string) =>
  fetch(`${sandbox.url}/v1/dossiers`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, idempotency-key',
    },
  });

describe('CORS', () => {
  it('lets pages on this machine and listed origins call the API', async () => {
    for (const origin of [
      'http://localhost:5173',
      'http://127.0.0.1:6006',
      'https://dichvucong.example.gov.vn',
    ]) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    }
  });

  it('does not allow other origins', async () => {
    const res = await preflight('https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('exposes the request id on errors too', async () => {
    const res = await fetch(`${sandbox.url}/v1/dossiers`, { headers: { origin: 'http://localhost:5173' } });
    expect(res.status).toBe(401);
    await res.text();
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Deprecation.*Sunset.*Link/);
  });
});
