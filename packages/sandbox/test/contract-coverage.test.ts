/**
 * Issue 15, item 12: the contract lists every answer the server gives. Each documented operation
 * is sent a body over the limit (413, even a GET or a DELETE) and a URL over 16 KiB (431, which
 * Node used to answer bare, without the error shape or X-Request-Id); each answer is checked
 * against the contract, so a status it does not list fails the test. Also checkout's 400.
 */
import { request } from 'node:http';
import type { Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, conformanceProblems } from './support/contract.js';
import { call, startSandbox } from './support/http.js';
import { createPayment, submittedBirth } from './support/payments.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ maxBodyBytes: 256, maxUploadBytes: 256, lifecycle: { auto: false } });
});
afterAll(() => sandbox.close());

interface Raw {
  status: number;
  problems: string[];
  body: unknown;
}

/** A request through node:http (fetch sends no body with GET), checked against the contract. */
function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  const url = new URL(path, sandbox.url);
  return new Promise((done, fail) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => {
        const contentType = res.headers['content-type'] ?? null;
        const parsed: unknown =
          contentType?.includes('json') === true && text !== '' ? JSON.parse(text) : text;
        const requestId = res.headers['x-request-id'];
        done({
          status: res.statusCode ?? 0,
          body: parsed,
          problems: conformanceProblems({
            method,
            pathname: url.pathname,
            status: res.statusCode ?? 0,
            contentType,
            requestId: typeof requestId === 'string' ? requestId : null,
            text,
            body: parsed,
          }),
        });
      });
    });
    req.on('error', fail);
    req.end(body);
  });
}

const operations = Object.entries(contract.paths).flatMap(([template, item]) =>
  Object.keys(item)
    .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map((method) => ({ method: method.toUpperCase(), path: template.replace(/\{[^}]+\}/g, 'x1') })),
);

describe('every answer is in the contract', () => {
  it('answers a body over the limit with a documented 413, whatever the method', async () => {
    expect(operations.length).toBeGreaterThan(30);
    const body = JSON.stringify({ padding: 'x'.repeat(4096) });
    for (const { method, path } of operations) {
      const res = await raw(
        method,
        path,
        {
          'content-type': 'application/json',
          'content-length': String(body.length),
          authorization: 'Bearer sandbox-citizen-an',
        },
        body,
      );
      expect(res.problems, `${method} ${path}`).toEqual([]);
      // A GET's body is never read (Node hands the application none); every other method's is capped.
      if (method !== 'GET') expect(res.status, `${method} ${path}`).toBe(413);
    }
  });

  it('answers a URL over 16 KiB with a documented 431 in the error shape, with X-Request-Id', async () => {
    for (const { method, path } of operations) {
      const res = await raw(method, `${path}?q=${'a'.repeat(17 * 1024)}`, {});
      expect(res.problems, `${method} ${path}`).toEqual([]);
      expect(res.status, `${method} ${path}`).toBe(431);
      expect(res.body).toMatchObject({ error: { code: 'request_header_fields_too_large' } });
    }
  });

  it("documents the payment page's malformed JSON (400)", async () => {
    await sandbox.close();
    sandbox = await startSandbox({ lifecycle: { auto: false } });
    const dossier = await submittedBirth(sandbox, 'cov-1');
    const payment = (await createPayment(sandbox, { dossierId: dossier.id }, 'cov-pay')).body;
    const res = await call(sandbox, 'POST', `/v1/payments/${payment.id}/checkout`, {
      body: '{"decision":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_json');
  });
});
