/**
 * Cursor pagination over a sorted list: `{ data, nextCursor }`. A cursor is opaque to clients
 * (base64url of the last key and a fingerprint of the query), so a cursor from another query or a
 * tampered one is a 400 `invalid_cursor` rather than a silently wrong page.
 */
import { invalidCursor } from './problems.js';

/** A page of a list. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** The default and largest page sizes (the contract's `limit`). */
export const DEFAULT_LIMIT = 20;

interface CursorContent {
  k: string;
  q: string;
}

function encode(content: CursorContent): string {
  return Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');
}

function decode(cursor: string, query: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorContent>;
    if (typeof parsed.k === 'string' && parsed.q === query) return parsed.k;
  } catch {
    // fall through
  }
  throw invalidCursor();
}

/** Options of {@link paginate}. */
export interface PaginateOptions<T> {
  /** The unique sort key of an item; `items` must be sorted by it (ascending, or descending with `descending`). */
  key: (item: T) => string;
  descending?: boolean;
  cursor?: unknown;
  limit?: unknown;
  /** A fingerprint of the filters, so a cursor only works with the query that made it. */
  query: string;
}

/**
 * One page of `items` after the cursor's key.
 * @throws ApiError 400 `invalid_cursor`.
 */
export function paginate<T>(items: readonly T[], options: PaginateOptions<T>): Page<T> {
  const limit = typeof options.limit === 'number' ? options.limit : DEFAULT_LIMIT;
  let start = 0;
  if (typeof options.cursor === 'string') {
    const after = decode(options.cursor, options.query);
    const index = items.findIndex((item) =>
      options.descending === true ? options.key(item) < after : options.key(item) > after,
    );
    start = index === -1 ? items.length : index;
  }
  const data = items.slice(start, start + limit);
  const last = data[data.length - 1];
  const more = start + limit < items.length && last !== undefined;
  return { data, nextCursor: more ? encode({ k: options.key(last), q: options.query }) : null };
}
