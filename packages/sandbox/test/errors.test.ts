import type { Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSandbox, type Page } from './support/http.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ maxBodyBytes: 64 * 1024 });
});
afterAll(() => sandbox.close());

const draft = { procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01' };

describe('the error shape', () => {
  it('answers an unknown path with 404 not_found', async () => {
    const res = await call(sandbox, 'GET', '/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ status: 404, code: 'not_found' });
    expect(res.body.error.message.vi).toMatch(/Không tìm thấy/);
  });

  it('answers an unsupported method with 405 and Allow', async () => {
    const res = await call(sandbox, 'DELETE', '/v1/procedures');
    expect(res.status).toBe(405);
    expect(res.body.error.code).toBe('method_not_allowed');
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('echoes a safe X-Request-Id and replaces an unsafe one', async () => {
    const mine = await call(sandbox, 'GET', '/v1/nothing', { headers: { 'x-request-id': 'trace-42' } });
    expect(mine.headers.get('x-request-id')).toBe('trace-42');
    expect(mine.body.error.requestId).toBe('trace-42');
    const unsafe = await call(sandbox, 'GET', '/v1/nothing', { headers: { 'x-request-id': 'a b\tc' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{24}$/);
  });

  it('answers 400 malformed_json for a body that is not JSON', async () => {
    const res = await call(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      body: '{"procedureCode": "1.001193",',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_json');
  });

  it('answers 415 for a body that is not JSON by its content type', async () => {
    const res = await call(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      body: JSON.stringify(draft),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('answers 413 for a body over the limit, before reading it', async () => {
    const big = { ...draft, data: { note: 'x'.repeat(70 * 1024) } };
    const res = await call(sandbox, 'POST', '/v1/dossiers', { as: 'citizen-an', json: big });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    const list = await call<Page<unknown>>(sandbox, 'GET', '/v1/dossiers', { as: 'citizen-an' });
    expect(list.body.data).toEqual([]);
  });

  it('answers 422 invalid_body with a pointer for an unknown field, in the asked language', async () => {
    const res = await call(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: { ...draft, status: 9 },
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('invalid_body');
    const issues = res.body.error.issues ?? [];
    expect(issues.map(({ pointer, code }) => ({ pointer, code }))).toEqual([
      { pointer: '/status', code: 'additional_property' },
    ]);
    expect(issues[0]?.message).toMatch(/"status"/);
    const list = await call<Page<unknown>>(sandbox, 'GET', '/v1/dossiers', { as: 'citizen-an' });
    expect(list.body.data).toEqual([]);
  });

  it('answers 401 without a token and with an unknown one, 403 for the admin token on citizen routes', async () => {
    const none = await call(sandbox, 'GET', '/v1/dossiers');
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthorized');
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const forged = await call(sandbox, 'GET', '/v1/dossiers', { as: 'sandbox-citizen-an-forged' });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('invalid_token');
    const basic = await call(sandbox, 'GET', '/v1/dossiers', { headers: { authorization: 'Basic YTpi' } });
    expect(basic.body.error.code).toBe('invalid_token');
    const admin = await call(sandbox, 'GET', '/v1/dossiers', { as: 'sandbox-admin' });
    expect(admin.status).toBe(403);
    expect(admin.body.error.code).toBe('forbidden');
  });

  it('answers 400 invalid_query naming a bad parameter', async () => {
    const res = await call(sandbox, 'GET', '/v1/procedures?level=7');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_query' });
    expect(res.body.error.message.en).toContain('"level"');
    const limit = await call(sandbox, 'GET', '/v1/procedures?limit=abc');
    expect(limit.body.error.code).toBe('invalid_query');
  });
});
