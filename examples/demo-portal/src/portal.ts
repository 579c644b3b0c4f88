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

/**
 * The 2025 units for the form's province and commune fields: the sdk's `client.adminUnits` is an
 * `AdminUnitsProvider` as it is (the annotation is the check), cached by the client.
 */
export const adminUnits: AdminUnitsProvider = client.adminUnits;
