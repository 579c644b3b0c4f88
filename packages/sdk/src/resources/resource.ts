/** The base of every resource class: the client's `send` and its cache. */
import { APIPromise } from '../api-promise.js';
import type { Language } from '../internal/messages.js';
import type { RequestSpec } from '../internal/request-spec.js';
import type { Send } from '../internal/transport.js';
import { PagePromise, type PageData } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';

/** The catalogue and units cache: concurrent lookups of one key share a request. */
export interface CatalogueCache {
  /** The cached value of `key`, or what `load()` resolves to (then kept for the cache's ttl). */
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Forgets everything. */
  clear(): void;
}

/** What a resource needs from its client. */
export interface ResourceContext {
  /** Sends one call through the client's transport. */
  readonly send: Send;
  /** The catalogue and units cache. */
  readonly cache: CatalogueCache;
  /** The language of the client's own error messages (default `vi`), as `createClient`'s `language`. */
  readonly language?: Language | undefined;
}

/** A group of endpoints of one API resource. */
export abstract class APIResource {
  /** The client's transport and cache. */
  protected readonly context: ResourceContext;

  constructor(context: ResourceContext) {
    this.context = context;
  }

  /** One call whose answer is `T`; `.withResponse()` also gives its `Response`. */
  protected call<T>(spec: RequestSpec, options: RequestOptions | undefined): APIPromise<T> {
    if (spec.responseType === 'response') {
      const response = this.context.send(spec, options) as Promise<Response>;
      return new APIPromise(response.then((r) => ({ data: r as T, response: r })));
    }
    const answer = this.context.send({ ...spec, responseType: 'envelope' }, options);
    return new APIPromise(answer as Promise<{ data: T; response: Response }>);
  }

  /**
   * A `GET` of a cursor-paginated list; `params.cursor` (a `nextCursor` kept from an earlier page)
   * resumes it from there.
   */
  protected paginate<T>(
    path: string,
    params: { readonly cursor?: string | null | undefined },
    options: RequestOptions | undefined,
  ): PagePromise<T> {
    const { cursor: start, ...filters } = params;
    return new PagePromise(
      (cursor) => this.call<PageData<T>>({ method: 'GET', path, query: { ...filters, cursor } }, options),
      { cursor: start ?? undefined, signal: options?.signal, language: this.context.language },
    );
  }
}
