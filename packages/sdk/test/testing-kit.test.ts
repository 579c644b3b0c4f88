import { ADMIN_TOKEN, personas, sandboxClients, startSandbox } from '@dvc-kit/sdk/testing';
import { oauthClients, personas as sandboxPersonas, SANDBOX_ADMIN_TOKEN } from '@dvc-kit/sandbox';
import { clientCredentials } from '@dvc-kit/sdk/server';
import { pkceAuth, createClient, AbortError, TimeoutError } from '@dvc-kit/sdk';
import { describe, expect, it } from 'vitest';
import { birthDraftWithDocuments } from './support/sandbox.js';

describe('@dvc-kit/sdk/testing', () => {
  it('takes its personas, tokens and clients from the sandbox, and they work against it', async () => {
    for (const kit of Object.values(personas)) {
      const own = sandboxPersonas.find((p) => p.id === kit.id);
      expect(own, kit.id).toBeDefined();
      expect(kit.token).toBe(own!.token);
      expect(kit.fullName).toBe(own!.profile.fullName);
      expect(kit.personalId).toBe(own!.profile.personalId);
      expect(kit.taxCode).toBe(own!.profile.taxCode);
    }
    expect(ADMIN_TOKEN).toBe(SANDBOX_ADMIN_TOKEN);
    const server = oauthClients.find((c) => c.id === sandboxClients.server.clientId);
    expect(sandboxClients.server.clientSecret).toBe(server?.secret);
    const sandbox = await startSandbox();
    try {
      const client = sandbox.client(undefined, {
        auth: clientCredentials({
          tokenEndpoint: `${sandbox.baseUrl}/auth/token`,
          ...sandboxClients.server,
          scope: 'statistics',
        }),
      });
      const stats = await client.statistics.retrieve({ from: '2026-11-01', to: '2026-11-30' });
      expect(stats.counts.received).toBe(0);
    } finally {
      await sandbox.close();
    }
  });

  it('starts a sandbox on a free port with a client per persona, and plays the official', async () => {
    const sandbox = await startSandbox({ lifecycle: { auto: false } });
    try {
      expect(sandbox.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      const an = sandbox.client(personas.an);
      expect((await an.profile.retrieve()).personalId).toBe(personas.an.personalId);
      const draft = await an.dossiers.create(await birthDraftWithDocuments(an));
      await an.dossiers.submit(draft.id);

      const waiting = an.dossiers.waitFor(draft.id, { until: 2, interval: 10 });
      await sandbox.advance(draft.id, 2);
      expect((await waiting).status).toBe(2);

      const slow = an.dossiers.waitFor(draft.id, { until: [9, 10], interval: 10, timeout: 100 });
      await expect(slow).rejects.toBeInstanceOf(TimeoutError);
      const controller = new AbortController();
      const aborted = an.dossiers.waitFor(draft.id, {
        until: (d) => d.completedAt !== null,
        signal: controller.signal,
      });
      controller.abort();
      await expect(aborted).rejects.toBeInstanceOf(AbortError);
    } finally {
      await sandbox.close();
    }
    // A whole filing, two waits and a sandbox start: slow on a shared, loaded machine.
  }, 20_000);

  it('gives the built-in OAuth clients for PKCE sign-in tests', async () => {
    const sandbox = await startSandbox();
    try {
      const auth = pkceAuth({
        issuer: sandbox.issuer,
        ...sandboxClients.portal,
        redirectUri: 'http://localhost/cb',
      });
      const url = await auth.authorizationUrl({
        loginHint: personas.hoaSen.id,
        extraParams: { sandbox_auto_approve: 'true' },
      });
      const back = await fetch(url, { redirect: 'manual' });
      await auth.handleCallback(back.headers.get('location')!);
      const profile = await createClient({ baseUrl: sandbox.baseUrl, auth }).profile.retrieve();
      expect(profile.taxCode).toBe(personas.hoaSen.taxCode);
    } finally {
      await sandbox.close();
    }
  });
});
