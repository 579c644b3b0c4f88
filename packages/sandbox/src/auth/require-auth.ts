/**
 * The middleware of authenticated routes: `Authorization: Bearer <token>` is required (401
 * `unauthorized` without it, 401 `invalid_token` when the token is not known). Tokens are never
 * logged.
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../internal/env.js';
import { forbidden, unauthorized } from '../internal/problems.js';
import type { Authenticator } from './authenticator.js';

/** Options of {@link requireAuth}. */
export interface RequireAuthOptions {
  /** Who may call: personas (the default) or the sandbox admin. */
  as?: 'persona' | 'admin';
}

/** Authenticates the request and sets the `principal` variable. */
export function requireAuth(
  authenticator: Authenticator,
  options: RequireAuthOptions = {},
): MiddlewareHandler<SandboxEnv> {
  const as = options.as ?? 'persona';
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined || header.trim() === '') throw unauthorized('unauthorized');
    const match = /^Bearer[ ]+([\x21-\x7e]{1,4096})$/i.exec(header.trim());
    const principal = match?.[1] === undefined ? undefined : authenticator.authenticate(match[1]);
    if (principal === undefined) throw unauthorized('invalid_token');
    if (principal.kind !== as) throw forbidden();
    c.set('principal', principal);
    await next();
  };
}
