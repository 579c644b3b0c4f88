/**
 * Issue 15, item 11: a path with percent-encoded dot segments (`%2e%2e`, `%2e`, any case) is
 * refused with 400 before routing, instead of being resolved to another resource. fetch resolves
 * such segments itself, so the requests go out raw through node:http.
 */
import { request } from 'node:http';
import type { ErrorBody, Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, tokenOf } from './support/http.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

interface RawResponse {
  status: number;
  requestId: string | undefined;
  contentType: string | undefined;
  text: string;
}

/** GETs `path` exactly as written (no URL resolution on the client side). */
function rawGet(path: string): Promise<RawResponse> {
  const { hostname, port } = new URL(sandbox.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        path,
        method: 'GET',
        headers: { authorization: `Bearer ${tokenOf('citizen-an')}` },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const id = res.headers['x-request-id'];
          resolve({
            status: res.statusCode ?? 0,
            requestId: Array.isArray(id) ? id[0] : id,
            contentType: res.headers['content-type'],
            text,
          });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('dot segments in the path', () => {
  it.each([
    '/v1/procedures/%2e%2e/dossiers',
    '/v1/procedures/%2E%2E/dossiers',
    '/v1/procedures/%2e%2E/dossiers',
    '/v1/procedures/.%2e/dossiers',
    '/v1/procedures/%2e./dossiers',
    '/v1/%2e/dossiers',
    '/v1/%2E/dossiers?cursor=x',
    '/v1/procedures/%2e%2e',
    '/v1/procedures/../dossiers',
  ])('refuses %s with 400 in the error shape', async (path) => {
    const res = await rawGet(path);
    expect(res.status).toBe(400);
    expect(res.contentType).toMatch(/^application\/json/);
    const body = JSON.parse(res.text) as ErrorBody;
    expect(body.error.code).toBe('invalid_path');
    expect(body.error.status).toBe(400);
    expect(res.requestId).toMatch(/^req_/);
    expect(body.error.requestId).toBe(res.requestId);
  });

  it('still answers paths whose segments merely contain an encoded dot', async () => {
    const res = await rawGet('/v1/procedures/1%2e001193');
    expect(res.status).toBe(200);
    const list = await rawGet('/v1/dossiers');
    expect(list.status).toBe(200);
  });
});
