/**
 * OpenID Connect discovery and the JWKS. The issuer is `<base URL>/v1/auth`, the base URL being the
 * one the request came in on (`http://127.0.0.1:4010` by default).
 */
import type { Context, Hono } from 'hono';
import { issuerFor } from '../auth/oidc/issuer.js';
import type { AppContext } from '../internal/app-context.js';
import type { SandboxEnv } from '../internal/env.js';
import { route } from '../internal/routing.js';

/** The scopes the provider knows: a citizen's login and a server client's. */
export const SUPPORTED_SCOPES: readonly string[] = Object.freeze([
  'openid',
  'profile',
  'dossiers',
  'payments',
  'statistics',
  'webhooks',
]);

/** The issuer for a request: its origin followed by `/v1/auth`. */
export function issuerOf(c: Context<SandboxEnv>): string {
  return issuerFor(c.get('publicOrigin'));
}

/** Registers `GET /v1/auth/.well-known/openid-configuration` and `GET /v1/auth/jwks`. */
export function oidcDiscoveryRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  route(app, '/v1/auth/.well-known/openid-configuration', {
    get: [
      (c) => {
        const issuer = issuerOf(c);
        return c.json({
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/userinfo`,
          jwks_uri: `${issuer}/jwks`,
          scopes_supported: SUPPORTED_SCOPES,
          response_types_supported: ['code'],
          grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['ES256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post'],
        });
      },
    ],
  });
  route(app, '/v1/auth/jwks', {
    get: [(c) => c.json({ keys: [ctx.signingKey.publicJwk] })],
  });
}
