/**
 * Paths with dot segments (`.` or `..`, percent-encoded or not, `%2e` in any case) are refused
 * with 400 `invalid_path` before routing. URL parsing would resolve them (`/v1/x/%2e%2e/dossiers`
 * is `/v1/dossiers`), so a path a proxy or a log saw would not be the resource served. Clients
 * (fetch, curl without `--path-as-is`) resolve them before sending, so only a hand-made request
 * line has them. The check reads the request line as received (Node's `IncomingMessage.url`).
 */
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

/** 400 `invalid_path`. */
export function invalidPath(): ApiError {
  return new ApiError(400, 'invalid_path', {
    vi: 'Đường dẫn không được chứa đoạn "." hoặc ".." (kể cả dạng mã hóa %2e).',
    en: 'The path must not contain "." or ".." segments (percent-encoded %2e included).',
  });
}

/** Whether the raw request target `target` (path and query) has a dot segment in its path. */
export function hasDotSegment(target: string): boolean {
  const path = target.split(/[?#]/, 1)[0] ?? '';
  return path.split('/').some((segment) => {
    const dots = segment.replace(/%2e/gi, '.');
    return dots === '.' || dots === '..';
  });
}

/** Middleware refusing a request whose raw path has a dot segment. */
export function refuseDotSegments(): MiddlewareHandler {
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming?.url !== undefined && hasDotSegment(incoming.url)) throw invalidPath();
    await next();
  };
}
