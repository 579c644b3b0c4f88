/**
 * Every response carries an `X-Request-Id`: the client's own when it sent a safe one, otherwise a
 * new `req_…` id. Error bodies repeat it as `requestId`.
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './env.js';
import { newId } from './ids.js';

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Sets the `requestId` variable and the `X-Request-Id` response header. */
export function requestId(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given !== undefined && SAFE_ID.test(given) ? given : newId('req');
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
  };
}
