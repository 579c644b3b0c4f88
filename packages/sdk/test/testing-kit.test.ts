import { personas, sandboxClients, startSandbox } from '@dvc-kit/sdk/testing';
import { pkceAuth, createClient, AbortError, TimeoutError } from '@dvc-kit/sdk';
import { describe, expect, it } from 'vitest';
import { birthDraftWithDocuments } from './support/sandbox.js';

describe('@dvc-kit/sdk/testing', () => {
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
