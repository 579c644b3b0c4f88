import {
  AuthenticationError,
  createClient,
  memoryStore,
  PermissionError,
  pkceAuth,
  type PkceAuth,
  type PkceOptions,
} from '@dvc-kit/sdk';
import { clientCredentials } from '@dvc-kit/sdk/server';
import { describe, expect, it } from 'vitest';
import { start } from './support/sandbox.js';

/** A `fetch` that counts calls to the token endpoint (and otherwise is the real one). */
function countingFetch(): { fetch: typeof fetch; grants: string[] } {
  const grants: string[] = [];
  const counting: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith('/auth/token'))
      grants.push(new URLSearchParams(init?.body as URLSearchParams).get('grant_type') ?? '');
    return fetch(input, init);
  };
  return { fetch: counting, grants };
}

/** A PKCE session with the sandbox's public client. */
function sandboxPkce(api: string, more: Partial<PkceOptions> = {}): PkceAuth {
  return pkceAuth({
    issuer: `${api}/auth`,
    clientId: 'sandbox-portal',
    redirectUri: 'http://localhost:5173/callback',
    ...more,
  });
}

/** Signs in as `persona` through the sandbox's authorize endpoint, with no page (auto-approve). */
async function signIn(auth: PkceAuth, persona: string): Promise<void> {
  const url = await auth.authorizationUrl({
    loginHint: persona,
    extraParams: { sandbox_auto_approve: 'true' },
  });
  const redirect = await fetch(url, { redirect: 'manual' });
  expect(redirect.status).toBe(302);
  await auth.handleCallback(redirect.headers.get('location')!);
}

describe('auth', () => {
  it('signs in with authorization code + PKCE and calls the API as the persona', async () => {
    const sandbox = await start();
    const auth = sandboxPkce(sandbox.api);
    const client = createClient({ baseUrl: sandbox.api, auth });
    await expect(client.profile.retrieve()).rejects.toBeInstanceOf(AuthenticationError);
    await signIn(auth, 'citizen-an');
    expect((await auth.tokens())?.refreshToken).toBeTypeOf('string');
    expect((await client.profile.retrieve()).fullName).toBe('Nguyễn Văn An');
    expect((await client.profile.userInfo()).sub).toBe('citizen-an');
    await auth.signOut();
    expect(await auth.tokens()).toBeUndefined();
  });

  it('refuses a callback whose state does not match', async () => {
    const sandbox = await start();
    const auth = sandboxPkce(sandbox.api);
    await auth.authorizationUrl();
    const error = await auth
      .handleCallback('http://localhost/cb?code=x&state=forged')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'state_mismatch' });
  });

  it('checks state before reporting an error= callback', async () => {
    const sandbox = await start();
    const auth = sandboxPkce(sandbox.api);
    // A real error redirect of the sandbox: a scope it does not know.
    const errorCallback = async (): Promise<URL> => {
      const url = await auth.authorizationUrl({ extraParams: { scope: 'openid no-such-scope' } });
      const redirect = await fetch(url, { redirect: 'manual' });
      expect(redirect.status).toBe(302);
      const location = new URL(redirect.headers.get('location')!);
      expect(location.searchParams.get('error')).toBe('invalid_scope');
      return location;
    };
    const ours = await errorCallback();
    const refused = await auth.handleCallback(ours).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect(refused).toMatchObject({ code: 'invalid_scope' });

    // The same answer with a forged state is not ours: reported as a mismatch, not as a refusal.
    const forged = await errorCallback();
    forged.searchParams.set('state', 'forged');
    const mismatch = await auth.handleCallback(forged).catch((e: unknown) => e);
    expect(mismatch).toBeInstanceOf(AuthenticationError);
    expect(mismatch).toMatchObject({ code: 'state_mismatch' });
  });

  it('refreshes before expiry, and merges concurrent refreshes into one', async () => {
    const sandbox = await start();
    let now = Date.now();
    const counted = countingFetch();
    const auth = sandboxPkce(sandbox.api, { fetch: counted.fetch, now: () => now });
    await signIn(auth, 'citizen-hoa');
    const first = (await auth.tokens())!;
    const client = createClient({ baseUrl: sandbox.api, auth });
    await client.profile.retrieve();
    expect(counted.grants).toEqual(['authorization_code']);

    now = first.expiresAt - 30_000; // inside the default 60 s margin, still valid on the server
    const profiles = await Promise.all(Array.from({ length: 8 }, () => client.profile.retrieve()));
    expect(profiles.every((p) => p.fullName === 'Trần Thị Hoa')).toBe(true);
    expect(counted.grants).toEqual(['authorization_code', 'refresh_token']);
    expect((await auth.tokens())!.accessToken).not.toBe(first.accessToken);
  });

  it('retries once after a 401 with a renewed token', async () => {
    const sandbox = await start();
    const counted = countingFetch();
    const auth = sandboxPkce(sandbox.api, { fetch: counted.fetch });
    await signIn(auth, 'citizen-an');
    const statuses: number[] = [];
    const client = createClient({
      baseUrl: sandbox.api,
      auth,
      middleware: [
        async (request, next) => {
          // The first attempt carries a token the API never issued, as after a key rotation.
          if (statuses.length === 0) request.headers.set('authorization', 'Bearer revoked-token');
          const response = await next(request);
          statuses.push(response.status);
          return response;
        },
      ],
    });
    expect((await client.profile.retrieve()).fullName).toBe('Nguyễn Văn An');
    expect(statuses).toEqual([401, 200]);
    expect(counted.grants).toEqual(['authorization_code', 'refresh_token']);
  });

  it('does not retry a 401 it cannot fix (a static token)', async () => {
    const sandbox = await start();
    let attempts = 0;
    const client = createClient({
      baseUrl: sandbox.api,
      auth: 'not-a-token',
      middleware: [(r, next) => (attempts++, next(r))],
    });
    const error = await client.profile.retrieve().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_token' });
    expect(attempts).toBe(1);
  });

  it('authenticates a server with client credentials (HTTP Basic), one token for many calls', async () => {
    const sandbox = await start();
    const counted = countingFetch();
    const auth = clientCredentials({
      tokenEndpoint: `${sandbox.api}/auth/token`,
      clientId: 'sandbox-server',
      clientSecret: 'sandbox-server-secret',
      scope: 'statistics webhooks',
      fetch: counted.fetch,
    });
    const client = createClient({ baseUrl: sandbox.api, auth });
    const [stats] = await Promise.all([
      client.statistics.retrieve({ from: '2026-01-01', to: '2026-12-31' }),
      client.statistics.retrieve({ from: '2026-01-01', to: '2026-12-31', province: '01' }),
    ]);
    expect(stats.counts).toBeDefined();
    expect(counted.grants).toEqual(['client_credentials']);
    // It is not a persona: a citizen's route refuses it.
    await expect(client.profile.retrieve()).rejects.toBeInstanceOf(PermissionError);
  });

  it('fails with AuthenticationError on a wrong client secret', async () => {
    const sandbox = await start();
    const auth = clientCredentials({
      tokenEndpoint: `${sandbox.api}/auth/token`,
      clientId: 'sandbox-server',
      clientSecret: 'not-the-secret-7f3a',
    });
    const error = await createClient({ baseUrl: sandbox.api, auth })
      .statistics.retrieve({ from: '2026-01-01', to: '2026-01-31' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'invalid_client' });
    expect(JSON.stringify(error)).not.toContain('not-the-secret-7f3a');
  });

  it('ends the session when the provider refuses the refresh token', async () => {
    const sandbox = await start();
    const store = memoryStore();
    await store.set(
      'tokens',
      JSON.stringify({ accessToken: 'old', expiresAt: 0, refreshToken: 'revoked-refresh' }),
    );
    const auth = sandboxPkce(sandbox.api, { store });
    const error = await createClient({ baseUrl: sandbox.api, auth })
      .profile.retrieve()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'invalid_grant' });
    expect(await auth.tokens()).toBeUndefined();
  });
});
