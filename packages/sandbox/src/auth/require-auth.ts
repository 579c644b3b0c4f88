/**
 * The middleware of authenticated routes: `Authorization: Bearer <token>` is required (401
 * `unauthorized` without it, 401 `invalid_token` when the token is not known). Tokens are never
 * logged.
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../internal/env.js';
import { forbidden, insufficientScope, unauthorized } from '../internal/problems.js';
import type { Authenticator } from './authenticator.js';
import type { PrincipalKind } from './principal.js';
import { issuerFor } from './oidc/issuer.js';

/** Options of {@link requireAuth}. */
export interface RequireAuthOptions {
  /**
   * Who may call: personas (the default), officials, server clients (client credentials) or the
   * sandbox admin; a list for several.
   */
  as?: PrincipalKind | readonly PrincipalKind[];
  /**
   * The OAuth scope the token must carry (403 `insufficient_scope` otherwise). A persona's fixed
   * token carries every scope.
   */
  scope?: string;
}

/** Authenticates the request and sets the `principal` variable. */
export function requireAuth(
  authenticator: Authenticator,
  options: RequireAuthOptions = {},
): MiddlewareHandler<SandboxEnv> {
  const as: readonly PrincipalKind[] =
    typeof options.as === 'string' ? [options.as] : (options.as ?? ['persona']);
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined || header.trim() === '') throw unauthorized('unauthorized');
    const match = /^Bearer[ ]+([\x21-\x7e]{1,4096})$/i.exec(header.trim());
    const principal =
      match?.[1] === undefined
        ? undefined
        : authenticator.authenticate(match[1], { issuer: issuerFor(c.get('publicOrigin')) });
    if (principal === undefined) throw unauthorized('invalid_token');
    if (!as.includes(principal.kind)) throw forbidden();
    const granted = principal.kind === 'admin' ? undefined : principal.scope;
    if (options.scope !== undefined && granted !== undefined && !granted.split(' ').includes(options.scope)) {
      throw insufficientScope(options.scope);
    }
    c.set('principal', principal);
    await next();
  };
}
