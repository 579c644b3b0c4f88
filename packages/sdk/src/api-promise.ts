/** `APIPromise`: what a call returns: a promise of the data that can also give the HTTP answer. */

/** A call's data with the answer it came in. */
export interface WithResponse<T> {
  /** The parsed answer, as awaiting the call gives it. */
  readonly data: T;
  /** The HTTP answer (its body already read): `status`, `headers`. */
  readonly response: Response;
  /** The request id the API answered with (`X-Request-Id`), for support. */
  readonly requestId: string | undefined;
  /**
   * `true` when the API answered an earlier request with the same `Idempotency-Key` again instead of
   * acting twice (`Idempotent-Replayed: true`); `undefined` when the endpoint does not say.
   */
  readonly replayed: boolean | undefined;
}

/**
 * A `Promise` of a call's data (await it as usual) that also offers `.withResponse()`, which
 * resolves to the data, the `Response` and its request id, as in openai-node. The request is sent
 * once, at once, whichever you use.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #answer: Promise<{ data: T; response: Response }>;
  #data: Promise<T> | undefined;

  /** Wraps a call that resolves to its data and its `Response`; resources make these. */
  constructor(answer: Promise<{ data: T; response: Response }>) {
    super((resolve) => {
      resolve(undefined as T);
    });
    this.#answer = answer;
  }

  // `then` of a derived promise makes a plain `Promise`, not another `APIPromise`.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The data, the `Response` and the request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#answer.then(({ data, response }) => {
      const replayed = response.headers.get('idempotent-replayed');
      return {
        data,
        response,
        requestId: response.headers.get('x-request-id') ?? undefined,
        replayed: replayed === null ? undefined : replayed === 'true',
      };
    });
  }

  #parsed(): Promise<T> {
    return (this.#data ??= this.#answer.then(({ data }) => data));
  }

  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#parsed().then(onFulfilled, onRejected);
  }

  override catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#parsed().catch(onRejected);
  }

  override finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onFinally);
  }
}
