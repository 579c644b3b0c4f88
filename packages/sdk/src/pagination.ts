/** Cursor pagination: `for await` over items, over pages, or `toArray({ limit })`. */
import { AbortError, PortalError } from './errors.js';
import { clientMessage, type Language } from './internal/messages.js';

/** A page as the API answers it. */
export interface PageData<T> {
  /** The items of this page. */
  readonly data: readonly T[];
  /** The cursor of the next page, `null` on the last. */
  readonly nextCursor: string | null;
}

/** One page of a list: its items, the cursor of the next one, and a way to get it. */
export interface Page<T> extends PageData<T> {
  /** Whether there is a next page (`nextCursor` is not `null`). */
  hasNextPage(): boolean;
  /** Fetches the next page; on the last page it rejects with a `PortalError` (`no_next_page`). */
  getNextPage(): Promise<Page<T>>;
}

/** Fetches the page at `cursor` (`undefined` for the first). */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<PageData<T>>;

/** Where a list starts and what stops it. */
export interface PageOptions {
  /** The cursor of the first page to fetch (a `nextCursor` kept from an earlier run). */
  readonly cursor?: string | undefined;
  /** Stops the iteration: no further page is fetched and no further item yielded. */
  readonly signal?: AbortSignal | undefined;
  /** The language of the client's own errors. */
  readonly language?: Language | undefined;
}

/**
 * What every list method returns. Await it for the first page; iterate it with `for await` for
 * every item across pages (one page in memory at a time); `pages()` for page by page.
 */
export class PagePromise<T> implements AsyncIterable<T>, PromiseLike<Page<T>> {
  readonly #fetchPage: PageFetcher<T>;
  readonly #options: PageOptions;
  #first: Promise<Page<T>> | undefined;

  /** Wraps a page fetcher; resources make these, you iterate them. */
  constructor(fetchPage: PageFetcher<T>, options: PageOptions = {}) {
    this.#fetchPage = fetchPage;
    this.#options = options;
  }

  #page(cursor: string | undefined): Promise<Page<T>> {
    return this.#fetchPage(cursor).then((raw) => {
      const language = this.#options.language;
      const page: Page<T> = {
        data: raw.data,
        nextCursor: raw.nextCursor,
        hasNextPage: () => raw.nextCursor !== null,
        getNextPage: () =>
          raw.nextCursor === null
            ? Promise.reject(
                new PortalError(clientMessage('no_next_page', language), { code: 'no_next_page' }),
              )
            : this.#page(raw.nextCursor),
      };
      return page;
    });
  }

  /** Throws an `AbortError` once the list's signal is aborted. */
  #check(): void {
    const signal = this.#options.signal;
    if (signal?.aborted)
      throw new AbortError(clientMessage('aborted', this.#options.language), {
        code: 'aborted',
        cause: signal.reason,
      });
  }

  /** The first page (the one at `cursor` when the list was given one). */
  then<A = Page<T>, B = never>(
    onFulfilled?: ((page: Page<T>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#first ??= this.#page(this.#options.cursor);
    return this.#first.then(onFulfilled, onRejected);
  }

  /** Handles a failure of the first page. */
  catch<B = never>(onRejected: (reason: unknown) => B | PromiseLike<B>): Promise<Page<T> | B> {
    return this.then(undefined, onRejected);
  }

  /** Every page, fetched when the previous one is done with. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    this.#first ??= this.#page(this.#options.cursor);
    let page = await this.#first;
    this.#check();
    yield page;
    while (page.nextCursor !== null) {
      this.#check();
      page = await this.#page(page.nextCursor);
      this.#check();
      yield page;
    }
  }

  /** Every item of every page; aborting the list's `signal` stops it before the next item. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages())
      for (const item of page.data) {
        this.#check();
        yield item;
      }
  }

  /** The first `limit` items (the cap is required, so a list cannot fill memory by accident). */
  async toArray(options: { readonly limit: number }): Promise<T[]> {
    const { limit } = options;
    if (!Number.isInteger(limit) || limit < 0) throw new RangeError('toArray needs a limit: an integer ≥ 0.');
    const out: T[] = [];
    if (limit === 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}
