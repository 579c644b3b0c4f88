/**
 * The page's one portal client. Sign-in is the sandbox's VNeID stand-in (authorization code + PKCE);
 * the tokens live in sessionStorage so they survive the redirect and die with the tab.
 */
import { createClient, pkceAuth, webStorageStore } from '@dvc-kit/sdk';
import type { AdminUnitsProvider } from '@dvc-kit/forms';

const apiRoot = `${location.origin}/v1`;

/** The sign-in session. */
export const auth = pkceAuth({
  issuer: `${apiRoot}/auth`,
  clientId: 'sandbox-portal',
  redirectUri: `${location.origin}/`,
  store: webStorageStore(sessionStorage),
});

/** The client every page uses. */
export const client = createClient({ baseUrl: apiRoot, auth, language: 'vi' });

/** Whether someone is signed in. */
export async function signedIn(): Promise<boolean> {
  return (await auth.tokens()) !== undefined;
}

/** Sends the browser to the sign-in page, coming back to `returnTo` (a hash route). */
export async function signIn(returnTo: string): Promise<void> {
  sessionStorage.setItem('demo:return-to', returnTo);
  location.assign(await auth.authorizationUrl());
}

/** Finishes a sign-in if the provider just sent the browser back; returns the route to show. */
export async function completeSignIn(): Promise<string | undefined> {
  const url = new URL(location.href);
  if (!url.searchParams.has('code') && !url.searchParams.has('error')) return undefined;
  history.replaceState(null, '', `${url.origin}${url.pathname}`);
  await auth.handleCallback(url);
  const returnTo = sessionStorage.getItem('demo:return-to') ?? '#/';
  sessionStorage.removeItem('demo:return-to');
  return returnTo;
}

/** The 2025 units for the form's province and commune fields, from the portal, through the sdk. */
export const adminUnits: AdminUnitsProvider = {
  async provinces() {
    const list = await client.adminUnits.provinces().toArray({ limit: 100 });
    return list.map((p) => ({ code: p.code, name: p.name }));
  },
  async communes(provinceCode) {
    const list = await client.adminUnits.communes(provinceCode).toArray({ limit: 1000 });
    return list.map((c) => ({ code: c.code, name: c.name }));
  },
};
