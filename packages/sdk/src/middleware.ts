/** Middleware: a function around each attempt of a request, client-wide or per call. */

/** Sends the request on (to the next middleware, then `fetch`) and resolves to its response. */
export type Next = (request: Request) => Promise<Response>;

/**
 * Runs around every attempt (a retried call runs it again). It may read or replace the request
 * and the response, or answer without calling `next`.
 */
export type Middleware = (request: Request, next: Next) => Promise<Response>;
