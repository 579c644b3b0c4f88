import {
  AuthenticationError,
  createClient,
  PermissionError,
  PortalError,
  ValidationError,
  type DeprecationNotice,
  type Logger,
} from '@dvc-kit/sdk';
import { describe, expect, it } from 'vitest';
import { start, recordedClient } from './support/sandbox.js';

/** The request headers the sandbox allows from other origins (CORS), plus the safelisted ones. */
const CROSS_ORIGIN_HEADERS = [
  'accept',
  'accept-language',
  'authorization',
  'content-type',
  'idempotency-key',
  'x-request-id',
];

describe('errors', () => {
  it('builds each class from the status, with code, request id, retryable and a secret-free toJSON', async () => {
    const sandbox = await start();
    const citizen = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const admin = createClient({ baseUrl: sandbox.api, auth: 'sandbox-admin' });
    const anonymous = createClient({ baseUrl: sandbox.api });

    const forbidden = await admin.profile.retrieve().catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(PermissionError);
    expect(forbidden).toBeInstanceOf(PortalError);
    expect(forbidden).toMatchObject({ status: 403, code: 'forbidden', retryable: false });

    const unauthorized = await anonymous.profile.retrieve().catch((e: unknown) => e);
    expect(unauthorized).toBeInstanceOf(AuthenticationError);

    const invalid = (await citizen.dossiers
      .create({ procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01', extra: 1 } as never)
      .catch((e: unknown) => e)) as ValidationError;
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.issues)).toContain('/extra');

    for (const error of [forbidden, unauthorized, invalid] as PortalError[]) {
      const json = JSON.stringify(error);
      expect(JSON.parse(json)).toMatchObject({ name: error.name, status: error.status, code: error.code });
      expect(error.requestId).toMatch(/^req_/);
      expect(json).not.toMatch(/sandbox-(admin|citizen)|Bearer/);
    }
  });
});

describe('headers', () => {
  it('sends only headers the API allows from browsers (CORS), on every kind of call', async () => {
    const { client, seen } = await recordedClient();
    const draft = await client.dossiers.create({ procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01' });
    await client.dossiers.submit(draft.id).catch(() => undefined);
    await client.procedures.list({ q: 'khai sinh' });
    for (const request of seen.requests)
      request.headers.forEach((_value, name) => {
        expect(CROSS_ORIGIN_HEADERS).toContain(name);
      });
  });
});

describe('Deprecation and Sunset', () => {
  it('reports a deprecated endpoint once, through onDeprecation or the logger', async () => {
    const sandbox = await start();
    // The sandbox deprecates nothing yet, so a middleware plays a server that does.
    const deprecate = async (
      request: Request,
      next: (r: Request) => Promise<Response>,
    ): Promise<Response> => {
      const response = await next(request);
      const headers = new Headers(response.headers);
      headers.set('deprecation', '@1798761600');
      headers.set('sunset', 'Fri, 01 Jan 2027 00:00:00 GMT');
      return new Response(response.body, { status: response.status, headers });
    };
    const notices: DeprecationNotice[] = [];
    const client = createClient({
      baseUrl: sandbox.api,
      middleware: [deprecate],
      onDeprecation: (n) => notices.push(n),
    });
    await client.adminUnits.province('01');
    await client.adminUnits.province('01', { signal: new AbortController().signal });
    expect(notices).toEqual([
      {
        method: 'GET',
        path: '/v1/admin-units/provinces/01',
        deprecation: '@1798761600',
        sunset: 'Fri, 01 Jan 2027 00:00:00 GMT',
        link: null,
      },
    ]);
    const warnings: string[] = [];
    const logger: Logger = { debug() {}, info() {}, error() {}, warn: (m) => warnings.push(m) };
    await createClient({ baseUrl: sandbox.api, middleware: [deprecate], logger }).adminUnits.commune('00070');
    expect(warnings).toEqual([
      'GET /v1/admin-units/communes/00070 is deprecated; it ends Fri, 01 Jan 2027 00:00:00 GMT',
    ]);
  });
});
