/**
 * `client.events`: the change feed of the caller's agency (officials and agency systems, scope
 * `agency.read`): every event of its dossiers and payments, oldest first, the same events webhooks
 * deliver. Keep an event's `cursor` once you have handled it and pass it back as `after` to resume
 * after it, in this process or the next: the feed yields each event once and in order.
 */
import { AbortError } from '../errors.js';
import { clientMessage } from '../internal/messages.js';
import { sleep } from '../internal/signals.js';
import { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';
import type { EventListParams, EventPage, FeedEvent, operations } from '../types.js';
import { APIResource } from './resource.js';

type Query<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** Options of `events.follow`. */
export interface EventFollowParams extends EventListParams {
  /** How long to wait before asking again once the feed is caught up, in milliseconds (default 5000). */
  readonly interval?: number | undefined;
}

/** The change feed. */
export class Events extends APIResource {
  /**
   * The events after `after` (a kept `cursor` or `nextCursor`; omitted, from the first), page by
   * page until the feed is caught up: `for await (const event of client.events.list({ after }))`.
   * Store each `event.cursor` once the event is handled.
   */
  list(params: EventListParams = {}, options?: RequestOptions): PagePromise<FeedEvent> {
    const { after, ...rest } = params;
    return new PagePromise(
      async (cursor) => {
        const page = await this.#page(
          { ...rest, ...(cursor === undefined ? {} : { after: cursor }) },
          options,
        );
        return { data: page.data, nextCursor: page.hasMore ? page.nextCursor : null };
      },
      { cursor: after ?? undefined, signal: options?.signal, language: this.context.language },
    );
  }

  /**
   * Follows the feed for good: the events after `after`, then, whenever the feed is caught up, the
   * next ones after waiting `interval`. Aborting `options.signal` ends the iteration (an `AbortError`
   * rejects it); store each `event.cursor` once the event is handled to resume in a later run.
   */
  async *follow(
    params: EventFollowParams = {},
    options?: RequestOptions,
  ): AsyncGenerator<FeedEvent, void, undefined> {
    const { interval = 5000, after, ...rest } = params;
    const signal = options?.signal ?? new AbortController().signal;
    let cursor = after ?? undefined;
    for (;;) {
      const page = await this.#page({ ...rest, ...(cursor === undefined ? {} : { after: cursor }) }, options);
      for (const event of page.data) {
        this.#check(signal);
        yield event;
      }
      cursor = page.nextCursor;
      if (!page.hasMore) {
        try {
          await sleep(interval, signal);
        } catch {
          this.#check(signal);
        }
      }
      this.#check(signal);
    }
  }

  #check(signal: AbortSignal): void {
    if (signal.aborted)
      throw new AbortError(clientMessage('aborted', this.context.language), {
        code: 'aborted',
        cause: signal.reason,
      });
  }

  #page(query: Query<'listEvents'>, options: RequestOptions | undefined): Promise<EventPage> {
    return this.call<EventPage>({ method: 'GET', path: '/events', query }, options);
  }
}
