/**
 * Whether the client went away before its request was read or answered (a closed tab, a killed
 * script, a timeout on its side). That is not a server error: it is logged as an abort, never as a
 * 500 or an unhandled error.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';

/** Whether the request of `c` was aborted by its client. */
export function isClientAbort(c: Context): boolean {
  const env = c.env as { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;
  const incoming = env?.incoming;
  if (incoming === undefined) return false;
  return (
    incoming.errored !== null ||
    (incoming.destroyed && !incoming.complete) ||
    env?.outgoing?.destroyed === true
  );
}
