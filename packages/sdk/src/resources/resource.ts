/** The base of every resource class: the client's `send` and its cache. */
import type { RequestSpec } from '../internal/request-spec.js';
import type { Send } from '../internal/transport.js';
import { PagePromise, type Page } from '../pagination.js';
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
}

/** A group of endpoints of one API resource. */
export abstract class APIResource {
  /** The client's transport and cache. */
  protected readonly context: ResourceContext;

  constructor(context: ResourceContext) {
    this.context = context;
  }

  /** One call whose answer is `T`. */
  protected call<T>(spec: RequestSpec, options: RequestOptions | undefined): Promise<T> {
    return this.context.send(spec, options) as Promise<T>;
  }

  /** A `GET` of a cursor-paginated list. */
  protected paginate<T>(path: string, params: object, options: RequestOptions | undefined): PagePromise<T> {
    return new PagePromise((cursor) =>
      this.call<Page<T>>({ method: 'GET', path, query: { ...params, cursor } }, options),
    );
  }
}
