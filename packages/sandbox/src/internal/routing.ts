/**
 * Registering a path with its handlers. Every path also answers the methods it does not take with
 * 405 `method_not_allowed` and an `Allow` header, instead of Hono's default 404.
 */
import type { Context, Hono, Handler, MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './env.js';
import { methodNotAllowed } from './problems.js';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** Handlers of one path, by method; each is a chain of middleware ending in a handler. */
export type PathHandlers = Partial<Record<Method, [...MiddlewareHandler<SandboxEnv>[], Handler<SandboxEnv>]>>;

/**
 * Registers `handlers` on `path` (Hono syntax, e.g. `/v1/dossiers/:dossierId`) and a 405 for
 * every other method. HEAD follows GET.
 */
export function route(app: Hono<SandboxEnv>, path: string, handlers: PathHandlers): void {
  const allow: string[] = [];
  for (const [method, chain] of Object.entries(handlers) as [Method, PathHandlers[Method]][]) {
    if (chain === undefined) continue;
    allow.push(method.toUpperCase());
    if (method === 'get') allow.push('HEAD');
    app.on(method.toUpperCase(), [path], ...(chain as Handler<SandboxEnv>[]));
  }
  app.all(path, () => {
    throw methodNotAllowed(allow);
  });
}

/** A path parameter of the matched route (`''` when absent, which no lookup matches). */
export function param(c: Context, name: string): string {
  return c.req.param(name) ?? '';
}
