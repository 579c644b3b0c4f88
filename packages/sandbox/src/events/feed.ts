/**
 * The change feed (`GET /v1/events`): the stored events in the order they were committed, an agency
 * caller's filtered to its agency. A cursor is opaque to clients: base64url of the `seq` of the
 * last event seen and the agency it was read for, so another agency's cursor, a tampered one or one
 * from another data directory (past the newest event) is a 400 `invalid_cursor`. Events are
 * numbered when their commit is written, so a page never skips one that a later commit might fill in.
 */
import { invalidCursor } from '../internal/problems.js';
import type { EventRecord } from '../store/records.js';

/** A feed event as the API shows it, with the cursor to resume after it. */
export interface FeedEventResource {
  id: string;
  type: EventRecord['type'];
  createdAt: string;
  data: unknown;
  cursor: string;
}

/** A page of the feed: its events, where to resume, and whether more are there already. */
export interface FeedPage {
  data: FeedEventResource[];
  nextCursor: string;
  hasMore: boolean;
}

interface CursorContent {
  v: 1;
  s: number;
  a: string;
}

function encode(seq: number, agencyId: string): string {
  const content: CursorContent = { v: 1, s: seq, a: agencyId };
  return Buffer.from(JSON.stringify(content), 'utf8').toString('base64url');
}

/**
 * The `seq` a cursor points after.
 * @throws ApiError 400 `invalid_cursor`.
 */
function decode(cursor: string, agencyId: string, lastSeq: number): number {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorContent>;
    if (
      parsed.v === 1 &&
      Number.isSafeInteger(parsed.s) &&
      typeof parsed.s === 'number' &&
      parsed.s >= 0 &&
      parsed.s <= lastSeq &&
      parsed.a === agencyId
    )
      return parsed.s;
  } catch {
    // fall through
  }
  throw invalidCursor();
}

/** The index of the first event with a `seq` above `after` (events are sorted by `seq`). */
function firstAfter(events: readonly EventRecord[], after: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((events[mid]?.seq ?? 0) <= after) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Options of {@link feedPage}. */
export interface FeedOptions {
  /** The agency whose events the caller sees. */
  agencyId: string;
  /** The cursor to resume after; `undefined` starts at the first event. */
  after: string | undefined;
  limit: number;
}

/**
 * One page of `events` for an agency.
 * @throws ApiError 400 `invalid_cursor`.
 */
export function feedPage(events: readonly EventRecord[], options: FeedOptions): FeedPage {
  const { agencyId, limit } = options;
  const lastSeq = events[events.length - 1]?.seq ?? 0;
  const after = options.after === undefined ? 0 : decode(options.after, agencyId, lastSeq);
  const data: FeedEventResource[] = [];
  let index = firstAfter(events, after);
  for (; index < events.length && data.length < limit; index++) {
    const event = events[index];
    if (event === undefined || event.agencyId !== agencyId) continue;
    const { id, type, createdAt, data: eventData } = event;
    data.push({ id, type, createdAt, data: eventData, cursor: encode(event.seq, agencyId) });
  }
  let hasMore = false;
  for (; index < events.length; index++) {
    if (events[index]?.agencyId === agencyId) {
      hasMore = true;
      break;
    }
  }
  // Caught up: resume after the newest event, so the other agencies' events are not scanned again.
  const last = data[data.length - 1];
  const nextCursor = hasMore && last !== undefined ? last.cursor : encode(Math.max(lastSeq, after), agencyId);
  return { data, nextCursor, hasMore };
}
