/** How a resource describes one API call to the transport. */

/** A body that is built afresh for each attempt (so it can be sent again), or sent once. */
export type RawBody = BodyInit | (() => BodyInit);

/** One API call as a resource describes it. */
export interface RequestSpec {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;
  /** A JSON body. */
  readonly body?: unknown;
  /** A non-JSON body; a `ReadableStream` is never sent twice. */
  readonly rawBody?: RawBody;
  readonly contentType?: string;
  /** `response` hands back the `Response` unread (downloads). */
  readonly responseType?: 'json' | 'response';
}
