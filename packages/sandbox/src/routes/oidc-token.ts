/**
 * `POST /v1/auth/token`: `authorization_code` (with the PKCE verifier), `refresh_token` (rotating)
 * and `client_credentials`. Errors are in the RFC 6749 shape (`{ error, error_description }`), as
 * OAuth clients expect. Nothing here is logged.
 */
import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { ACCESS_TOKEN_LIFETIME_S, issueAccessToken, issueIdToken } from '../auth/oidc/access-tokens.js';
import { authenticateClient } from '../auth/oidc/client-auth.js';
import type { OAuthClient } from '../auth/oidc/clients.js';
import { RefreshTokens } from '../auth/oidc/refresh-tokens.js';
import type { AppContext } from '../internal/app-context.js';
import type { SandboxEnv } from '../internal/env.js';
import { route } from '../internal/routing.js';
import { issuerOf } from './oidc-discovery.js';

type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope';

/** An RFC 6749 §5.2 error; `basic`: answer with `WWW-Authenticate: Basic`. */
class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
    readonly basic = false,
  ) {
    super(description);
    this.name = 'OAuthError';
  }
}

const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function required(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (value === null || value === '') throw new OAuthError('invalid_request', `${name} is required.`);
  return value;
}

function allows(client: OAuthClient, grant: OAuthClient['grantTypes'][number]): void {
  if (!client.grantTypes.includes(grant))
    throw new OAuthError('unauthorized_client', `This client may not use ${grant}.`);
}

/** Registers `POST /v1/auth/token`. */
export function oidcTokenRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  const tokens = (c: Context<SandboxEnv>, fields: Record<string, string | undefined>): Response => {
    c.header('Cache-Control', 'no-store');
    c.header('Pragma', 'no-cache');
    return c.json({ token_type: 'Bearer', expires_in: ACCESS_TOKEN_LIFETIME_S, ...fields });
  };

  const grant = (c: Context<SandboxEnv>, client: OAuthClient, form: URLSearchParams): Response => {
    const issuer = issuerOf(c);
    const type = form.get('grant_type');
    if (type === 'authorization_code') {
      allows(client, 'authorization_code');
      const code = required(form, 'code');
      const redirectUri = required(form, 'redirect_uri');
      const verifier = required(form, 'code_verifier');
      const replayed = ctx.authorizationCodes.replayedFamily(code);
      if (replayed !== undefined) {
        // A code used twice was stolen or replayed: what the first exchange got stops working.
        ctx.refreshTokens.revoke(replayed);
        throw new OAuthError(
          'invalid_grant',
          'The code was already used; the tokens issued for it are revoked.',
        );
      }
      const granted = ctx.authorizationCodes.consume(code);
      if (granted === undefined || granted.clientId !== client.id || granted.redirectUri !== redirectUri) {
        throw new OAuthError(
          'invalid_grant',
          'The code is unknown, used, expired or not for this client and redirect_uri.',
        );
      }
      if (!VERIFIER.test(verifier) || s256(verifier) !== granted.codeChallenge) {
        throw new OAuthError('invalid_grant', 'The code_verifier does not match the code_challenge.');
      }
      const chain = RefreshTokens.newFamily();
      ctx.authorizationCodes.exchanged(code, chain);
      const subject = {
        issuer,
        clientId: client.id,
        personaId: granted.personaId,
        scope: granted.scope,
        chain,
      };
      return tokens(c, {
        access_token: issueAccessToken(subject, ctx.signingKey, ctx.clock),
        id_token: granted.scope.split(' ').includes('openid')
          ? issueIdToken(
              { issuer, clientId: client.id, personaId: granted.personaId, nonce: granted.nonce },
              ctx.signingKey,
              ctx.clock,
            )
          : undefined,
        refresh_token: client.grantTypes.includes('refresh_token')
          ? ctx.refreshTokens.issue(
              { clientId: client.id, personaId: granted.personaId, scope: granted.scope },
              chain,
            )
          : undefined,
        scope: granted.scope,
      });
    }
    if (type === 'refresh_token') {
      allows(client, 'refresh_token');
      const rotated = ctx.refreshTokens.rotate(required(form, 'refresh_token'));
      if (rotated === undefined || rotated.grant.clientId !== client.id) {
        throw new OAuthError(
          'invalid_grant',
          'The refresh token is unknown, used, expired or not for this client.',
        );
      }
      const { personaId, scope } = rotated.grant;
      return tokens(c, {
        access_token: issueAccessToken(
          { issuer, clientId: client.id, personaId, scope, chain: rotated.family },
          ctx.signingKey,
          ctx.clock,
        ),
        refresh_token: rotated.next,
        scope,
      });
    }
    if (type === 'client_credentials') {
      allows(client, 'client_credentials');
      const asked = (form.get('scope') ?? '').split(' ').filter((s) => s !== '');
      if (asked.some((s) => !client.scopes.includes(s)))
        throw new OAuthError('invalid_scope', 'Unknown or forbidden scope.');
      const scope = (asked.length === 0 ? client.scopes : [...new Set(asked)]).join(' ');
      return tokens(c, {
        access_token: issueAccessToken(
          { issuer, clientId: client.id, personaId: undefined, scope },
          ctx.signingKey,
          ctx.clock,
        ),
        scope,
      });
    }
    if (type === null || type === '') throw new OAuthError('invalid_request', 'grant_type is required.');
    throw new OAuthError(
      'unsupported_grant_type',
      'grant_type must be authorization_code, refresh_token or client_credentials.',
    );
  };

  route(app, '/v1/auth/token', {
    post: [
      async (c) => {
        try {
          // Media types are case-insensitive (RFC 9110 §8.3.1).
          const essence = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
          if (essence !== 'application/x-www-form-urlencoded') {
            throw new OAuthError('invalid_request', 'The body must be application/x-www-form-urlencoded.');
          }
          const form = new URLSearchParams(await c.req.text());
          const auth = authenticateClient(c.req.header('authorization'), form);
          const claimed = auth.ok ? auth.client.id : auth.clientId;
          if (claimed !== undefined) ctx.clientThrottle.check(claimed);
          if (!auth.ok) {
            if (auth.clientId !== undefined) ctx.clientThrottle.fail(auth.clientId);
            throw new OAuthError('invalid_client', 'Unknown client or wrong credentials.', auth.basic);
          }
          return grant(c, auth.client, form);
        } catch (error) {
          if (!(error instanceof OAuthError)) throw error;
          c.header('Cache-Control', 'no-store');
          if (error.basic) c.header('WWW-Authenticate', 'Basic realm="dvc-sandbox"');
          return c.json(
            { error: error.error, error_description: error.description },
            error.error === 'invalid_client' ? 401 : 400,
          );
        }
      },
    ],
  });
}
