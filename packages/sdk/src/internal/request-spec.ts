/** How a resource describes one API call to the transport. */

/** A body that is built afresh for each attempt (so it can be sent again), or sent once. */
export type RawBody = BodyInit | (() => BodyInit);

/** One API call as a resource describes it. */
export interface RequestSpec {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<
    Record<string, string | number | boolean | readonly (string | number)[] | undefined>
  >;
  /** A JSON body. */
  readonly body?: unknown;
  /** A non-JSON body; a `ReadableStream` is never sent twice. */
  readonly rawBody?: RawBody;
  readonly contentType?: string;
  /**
   * `json` (default) resolves to the parsed answer; `response` hands back the `Response` unread
   * (downloads); `envelope` resolves to `{ data, response }`: the parsed answer and its `Response`
   * (body already read), for its status and headers.
   */
  readonly responseType?: 'json' | 'response' | 'envelope';
}
