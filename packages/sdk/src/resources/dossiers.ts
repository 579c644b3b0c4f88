/** `client.dossiers`: applications from draft to result. */
import type { APIPromise } from '../api-promise.js';
import { keyFor } from '../internal/idempotency.js';
import { path } from '../internal/path.js';
import { pollUntil, type PollOptions } from '../internal/wait-for.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';
import type {
  components,
  Dossier,
  DossierData,
  DossierCreate,
  DossierListParams,
  DossierRatingCreate,
  DossierStatus,
  DossierSubmit,
  DossierSupplement,
  DossierUpdate,
  DossierWithdraw,
  ProgressEntry,
} from '../types.js';
import { APIResource } from './resource.js';

/** Any form data, the default of `T`. */
type AnyData = components['schemas']['FormData'];

/** What `waitFor` waits for: a status, one of several, or any condition on the dossier. */
export type WaitCondition = DossierStatus | readonly DossierStatus[] | ((dossier: Dossier) => boolean);

/** Options of `dossiers.waitFor`. */
export interface WaitForOptions extends PollOptions {
  /** The condition; the call resolves with the first dossier that meets it. */
  readonly until: WaitCondition;
}

/** Dossiers (hồ sơ): drafts, submission, withdrawal, supplements, history. */
export class Dossiers extends APIResource {
  /**
   * Creates a draft (no code, no status). Keyed like `submit`, so a create whose answer was lost is
   * retried and answers the same draft instead of making a second one.
   */
  create<T extends DossierData = AnyData>(
    body: DossierCreate<T>,
    options?: RequestOptions,
  ): APIPromise<Dossier<T>> {
    return this.call<Dossier<T>>({ method: 'POST', path: '/dossiers', body }, keyFor(options));
  }

  /** One of my dossiers; `T` types its `data` (the client does not check it: the API did). */
  retrieve<T extends DossierData = AnyData>(
    dossierId: string,
    options?: RequestOptions,
  ): APIPromise<Dossier<T>> {
    return this.call<Dossier<T>>({ method: 'GET', path: path`/dossiers/${dossierId}` }, options);
  }

  /** Replaces a draft's data (only drafts change). */
  update<T extends DossierData = AnyData>(
    dossierId: string,
    body: DossierUpdate<T>,
    options?: RequestOptions,
  ): APIPromise<Dossier<T>> {
    return this.call<Dossier<T>>({ method: 'PATCH', path: path`/dossiers/${dossierId}`, body }, options);
  }

  /** My dossiers, newest first, optionally by status (`'draft'`, `'1'`...) and procedure. */
  list(params: DossierListParams = {}, options?: RequestOptions): PagePromise<Dossier> {
    return this.paginate('/dossiers', params, options);
  }

  /**
   * Submits a draft. An `Idempotency-Key` is made unless you pass one (e.g. from your case id) and
   * reused by every retry, so the dossier is filed once even when an answer is lost.
   */
  submit<T extends DossierData = AnyData>(
    dossierId: string,
    body: DossierSubmit<T> = {},
    options?: RequestOptions,
  ): APIPromise<Dossier<T>> {
    return this.call<Dossier<T>>(
      { method: 'POST', path: path`/dossiers/${dossierId}/submit`, body },
      keyFor(options),
    );
  }

  /** Withdraws a dossier (status 7) before it is processed; keyed like `submit`. */
  withdraw(dossierId: string, body: DossierWithdraw = {}, options?: RequestOptions): APIPromise<Dossier> {
    return this.call<Dossier>(
      { method: 'POST', path: path`/dossiers/${dossierId}/withdraw`, body },
      keyFor(options),
    );
  }

  /** Answers a supplement request (status 5); keyed like `submit`. */
  supplement<T extends DossierData = AnyData>(
    dossierId: string,
    body: DossierSupplement<T>,
    options?: RequestOptions,
  ): APIPromise<Dossier<T>> {
    return this.call<Dossier<T>>(
      { method: 'POST', path: path`/dossiers/${dossierId}/supplement`, body },
      keyFor(options),
    );
  }

  /**
   * Rates a settled dossier (result returned, not accepted or stopped) once, from 1 to 5; keyed
   * like `submit`.
   */
  rate(dossierId: string, body: DossierRatingCreate, options?: RequestOptions): APIPromise<Dossier> {
    return this.call<Dossier>(
      { method: 'POST', path: path`/dossiers/${dossierId}/rating`, body },
      keyFor(options),
    );
  }

  /** The progress entries, oldest first. */
  async history(dossierId: string, options?: RequestOptions): Promise<ProgressEntry[]> {
    const page = (await this.context.send(
      { method: 'GET', path: path`/dossiers/${dossierId}/history` },
      options,
    )) as { data: ProgressEntry[] };
    return page.data;
  }

  /** Polls the dossier with backoff until `until` holds; rejects on `signal` or `timeout`. */
  waitFor(dossierId: string, options: WaitForOptions): Promise<Dossier> {
    const { until } = options;
    const done =
      typeof until === 'function'
        ? until
        : (d: Dossier): boolean =>
            d.status !== null && (typeof until === 'number' ? d.status === until : until.includes(d.status));
    return pollUntil((signal) => this.retrieve(dossierId, { signal }), done, options);
  }
}
