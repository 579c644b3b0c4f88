/** Starting sandboxes for the sdk's tests, and the fixtures they share. */
import { procedureSamples } from '@dvc-kit/procedures';
import { createClient, type DossierCreate, type PortalClient } from '@dvc-kit/sdk';
import { clientCredentials } from '@dvc-kit/sdk/server';
import { createSandbox, manualClock, type Sandbox, type SandboxOptions } from '@dvc-kit/sandbox';
import { afterEach } from 'vitest';

const open: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** Monday 23 November 2026, 09:00 in Vietnam. */
export const MONDAY_9AM = new Date('2026-11-23T02:00:00Z');

/** An in-memory sandbox on a free port, closed after the test. `api` is its `/v1` root. */
export async function start(options: SandboxOptions = {}): Promise<Sandbox & { api: string }> {
  const sandbox = await createSandbox({
    port: 0,
    inMemory: true,
    clock: manualClock(MONDAY_9AM),
    lifecycle: { auto: false },
    ...options,
  });
  open.push(sandbox);
  return Object.assign(sandbox, { api: `${sandbox.url}/v1` });
}

/** A birth registration at the People's Committee of Phường Hoàn Kiếm. */
export const birthDraft = { procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01' } as const;

/** Valid birth-registration data: @dvc-kit/procedures' sample, a fresh copy each call. */
export const validBirthData = (): Record<string, unknown> =>
  procedureSamples('birth-registration').valid as Record<string, unknown>;

/** Records every request the client sends (a middleware, so fetch stays real). */
export function recorder(): {
  requests: { method: string; url: string; headers: Headers }[];
  middleware: (request: Request, next: (r: Request) => Promise<Response>) => Promise<Response>;
} {
  const requests: { method: string; url: string; headers: Headers }[] = [];
  return {
    requests,
    middleware: (request, next) => {
      requests.push({ method: request.method, url: request.url, headers: new Headers(request.headers) });
      return next(request);
    },
  };
}

/** A tiny PDF (the sandbox sniffs only its first bytes). */
export const pdfBytes = (text = 'Tờ khai'): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

/** Uploads the documents a birth registration requires and answers the draft body that uses them. */
export async function birthDraftWithDocuments(client: PortalClient): Promise<DossierCreate> {
  const documents = [];
  for (const documentCode of ['TO-KHAI', 'GIAY-TO-TUY-THAN']) {
    const file = new File([pdfBytes()], `${documentCode.toLowerCase()}.pdf`, { type: 'application/pdf' });
    const attachment = await client.attachments.upload({ file, procedureCode: '1.001193', documentCode });
    documents.push({ documentCode, attachmentId: attachment.id });
  }
  return { ...birthDraft, data: validBirthData(), documents };
}

/** A client of citizen An on a fresh sandbox, recording its requests. */
export async function recordedClient(): Promise<{
  sandbox: Awaited<ReturnType<typeof start>>;
  client: PortalClient;
  seen: ReturnType<typeof recorder>;
}> {
  const sandbox = await start();
  const seen = recorder();
  const client = createClient({
    baseUrl: sandbox.api,
    auth: 'sandbox-citizen-an',
    middleware: [seen.middleware],
  });
  return { sandbox, client, seen };
}

/** A client of the sandbox's agency system `clientId` (client credentials, secret `<id>-secret`). */
export function agencySystem(api: string, clientId = 'sandbox-agency-hoan-kiem'): PortalClient {
  return createClient({
    baseUrl: api,
    auth: clientCredentials({
      tokenEndpoint: `${api}/auth/token`,
      clientId,
      clientSecret: `${clientId}-secret`,
      scope: 'agency.read agency.write',
    }),
  });
}
