/**
 * `client.agency`: the agency side of the portal, for officials (an OpenID Connect login with an
 * agency role) and agencies' own systems (client credentials bound to an agency). Every action is
 * keyed like `dossiers.submit`: an `Idempotency-Key` is made unless you pass one, and reused by
 * every retry, so an action whose answer was lost is applied once.
 */
import type { APIPromise } from '../api-promise.js';
import { keyFor } from '../internal/idempotency.js';
import { path } from '../internal/path.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';
import type {
  AgencyCompletion,
  AgencyCounterFiling,
  AgencyDossier,
  AgencyDossierListParams,
  AgencyExtension,
  AgencyNote,
  AgencyPaymentRequest,
  AgencyReason,
  AgencySupplementRequest,
  components,
  Dossier,
  DossierData,
} from '../types.js';
import { APIResource, type ResourceContext } from './resource.js';

/** Any form data, the default of `T`. */
type AnyData = components['schemas']['FormData'];

function iso(value: Date | string | undefined): string | undefined {
  return value instanceof Date ? value.toISOString() : value;
}

/** The dossiers of the caller's agency: list, read, act, file at the counter. */
export class AgencyDossiers extends APIResource {
  /**
   * The agency's submitted dossiers, oldest first (so a job keeping `nextCursor` sees new ones on
   * later pages); filter by status, procedure, `receivedSince`, `dueBefore`, `overdue`.
   */
  list(params: AgencyDossierListParams = {}, options?: RequestOptions): PagePromise<Dossier> {
    const { receivedSince, dueBefore, overdue, ...rest } = params;
    const query = {
      ...rest,
      ...(receivedSince === undefined ? {} : { receivedSince: iso(receivedSince) }),
      ...(dueBefore === undefined ? {} : { dueBefore: iso(dueBefore) }),
      ...(overdue === undefined ? {} : { overdue: String(overdue) }),
    };
    return this.paginate('/agency/dossiers', query, options);
  }

  /** One of the agency's dossiers with its progress entries and attachments (another agency's: 404). */
  retrieve<T extends DossierData = AnyData>(
    dossierId: string,
    options?: RequestOptions,
  ): APIPromise<AgencyDossier<T>> {
    return this.call<AgencyDossier<T>>({ method: 'GET', path: path`/agency/dossiers/${dossierId}` }, options);
  }

  /** The bytes of a document or electronic result of the dossier (`Response`, like `attachments.download`). */
  downloadAttachment(
    dossierId: string,
    attachmentId: string,
    options?: RequestOptions,
  ): APIPromise<Response> {
    return this.call<Response>(
      {
        method: 'GET',
        path: path`/agency/dossiers/${dossierId}/attachments/${attachmentId}/content`,
        responseType: 'response',
      },
      options,
    );
  }

  /** Files a dossier at the counter for a citizen (channel 1, in person); keyed. */
  fileAtCounter<T extends DossierData = AnyData>(
    body: AgencyCounterFiling<T>,
    options?: RequestOptions,
  ): APIPromise<Dossier<T>> {
    return this.call<Dossier<T>>({ method: 'POST', path: '/agency/dossiers', body }, keyFor(options));
  }

  /** Receives a newly registered dossier (1 → 2); the sandbox sets the appointment date. */
  receive(dossierId: string, body: AgencyNote = {}, options?: RequestOptions): APIPromise<Dossier> {
    return this.act(dossierId, 'receive', body, options);
  }

  /** Does not accept a dossier (1 → 3), with the reason. */
  refuse(dossierId: string, body: AgencyReason, options?: RequestOptions): APIPromise<Dossier> {
    return this.act(dossierId, 'refuse', body, options);
  }

  /** Starts processing (2 → 4), or resumes after a financial obligation met at the counter (6 → 4). */
  start(dossierId: string, body: AgencyNote = {}, options?: RequestOptions): APIPromise<Dossier> {
    return this.act(dossierId, 'start', body, options);
  }

  /** Asks the citizen for a supplement by a deadline (4 → 5). */
  requestSupplement(
    dossierId: string,
    body: AgencySupplementRequest,
    options?: RequestOptions,
  ): APIPromise<Dossier> {
    return this.act(dossierId, 'request-supplement', body, options);
  }

  /** Asks the citizen to pay fee lines (4 → 6); a payment that settles them moves it back to 4. */
  requestPayment(
    dossierId: string,
    body: AgencyPaymentRequest,
    options?: RequestOptions,
  ): APIPromise<Dossier> {
    return this.act(dossierId, 'request-payment', body, options);
  }

  /** Issues the apology slip with a later appointment date (status 2 or 4 stays). */
  extend(dossierId: string, body: AgencyExtension, options?: RequestOptions): APIPromise<Dossier> {
    return this.act(dossierId, 'extend', body, options);
  }

  /** Stops processing (4 → 8), with the reason. */
  stop(dossierId: string, body: AgencyReason, options?: RequestOptions): APIPromise<Dossier> {
    return this.act(dossierId, 'stop', body, options);
  }

  /** Completes the dossier with its result documents (4 → 9). */
  complete(dossierId: string, body: AgencyCompletion, options?: RequestOptions): APIPromise<Dossier> {
    return this.act(dossierId, 'complete', body, options);
  }

  /** Returns the result to the citizen (9 → 10). */
  returnResult(dossierId: string, body: AgencyNote = {}, options?: RequestOptions): APIPromise<Dossier> {
    return this.act(dossierId, 'return', body, options);
  }

  private act(
    dossierId: string,
    action: string,
    body: object,
    options: RequestOptions | undefined,
  ): APIPromise<Dossier> {
    return this.call<Dossier>(
      { method: 'POST', path: `${path`/agency/dossiers/${dossierId}`}/${action}`, body },
      keyFor(options),
    );
  }
}

/** The agency side: `client.agency.dossiers`. */
export class AgencyResource extends APIResource {
  /** The dossiers of the caller's agency. */
  readonly dossiers: AgencyDossiers;

  constructor(context: ResourceContext) {
    super(context);
    this.dossiers = new AgencyDossiers(context);
  }
}
