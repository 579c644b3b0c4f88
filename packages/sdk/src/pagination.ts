/** Cursor pagination: `for await` over items, over pages, or `toArray({ limit })`. */

/** One page of a list. */
export interface Page<T> {
  /** The items of this page. */
  readonly data: readonly T[];
  /** The cursor of the next page, `null` on the last. */
  readonly nextCursor: string | null;
}

/** Fetches the page at `cursor` (`undefined` for the first). */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<Page<T>>;

/**
 * What every list method returns. Await it for the first page; iterate it with `for await` for
 * every item across pages (one page in memory at a time); `pages()` for page by page.
 */
export class PagePromise<T> implements AsyncIterable<T>, PromiseLike<Page<T>> {
  readonly #fetchPage: PageFetcher<T>;
  #first: Promise<Page<T>> | undefined;

  /** Wraps a page fetcher; resources make these, you iterate them. */
  constructor(fetchPage: PageFetcher<T>) {
    this.#fetchPage = fetchPage;
  }

  /** The first page. */
  then<A = Page<T>, B = never>(
    onFulfilled?: ((page: Page<T>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#first ??= this.#fetchPage(undefined);
    return this.#first.then(onFulfilled, onRejected);
  }

  /** Handles a failure of the first page. */
  catch<B = never>(onRejected: (reason: unknown) => B | PromiseLike<B>): Promise<Page<T> | B> {
    return this.then(undefined, onRejected);
  }

  /** Every page, fetched when the previous one is done with. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    this.#first ??= this.#fetchPage(undefined);
    let page = await this.#first;
    yield page;
    while (page.nextCursor !== null) {
      page = await this.#fetchPage(page.nextCursor);
      yield page;
    }
  }

  /** Every item of every page. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
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
