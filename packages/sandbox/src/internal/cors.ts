/**
 * CORS, so that portal pages and the forms in a browser (on another local port) can call the
 * sandbox. By default only pages served from this machine (`localhost`, `127.0.0.1`, `[::1]`, any
 * port) are allowed; `corsOrigins` lists others, or `'*'` for any.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { SandboxEnv } from './env.js';

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/** The CORS middleware of the API. */
export function corsPolicy(origins: readonly string[] | '*' | undefined): MiddlewareHandler<SandboxEnv> {
  return cors({
    origin: (origin) => {
      if (origins === '*') return origin;
      if (LOCAL_ORIGIN.test(origin) || (origins ?? []).includes(origin)) return origin;
      return null;
    },
    allowMethods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
    allowHeaders: [
      'Authorization',
      'Content-Type',
      'Accept-Language',
      'Idempotency-Key',
      'X-Request-Id',
      'X-Sandbox-Fault',
    ],
    exposeHeaders: [
      'X-Request-Id',
      'Idempotent-Replayed',
      'Retry-After',
      'Location',
      'WWW-Authenticate',
      'Content-Disposition',
      'Digest',
      // RFC 9745 and RFC 8594: how a browser client learns an endpoint is going away.
      'Deprecation',
      'Sunset',
      'Link',
    ],
    maxAge: 600,
  });
}
