/** The API's types, generated from the OpenAPI document in `@dvc-kit/contract`, under friendly names. */
import type { components, operations, paths, ProcedureDefinition, webhooks } from '@dvc-kit/contract';

export type { components, operations, paths, webhooks };
/**
 * A procedure definition (format v1), as `Procedure.definition` carries it: the one type
 * @dvc-kit/contract defines and @dvc-kit/procedures takes (`compileProcedure(procedure.definition)`).
 */
export type { ProcedureDefinition };

type Schemas = components['schemas'];
type Query<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** Text in Vietnamese and English. */
export type LocalizedText = Schemas['LocalizedText'];
/** A procedure as listed. */
export type ProcedureSummary = Schemas['ProcedureSummary'];
/** A procedure with its fees, document components and form definition. */
export type Procedure = Schemas['Procedure'];
/** A document component (thành phần hồ sơ) of a procedure. */
export type DocumentComponent = Schemas['DocumentComponent'];
/** An agency that receives and settles dossiers. */
export type Agency = Schemas['Agency'];
/** A province (2025). */
export type Province = Schemas['Province'];
/** A commune (2025). */
export type Commune = Schemas['Commune'];
/** The result of looking up a pre-2025 address. */
export type OldAddressMatch = Schemas['OldAddressMatch'];
/** A sandbox persona. */
export type Persona = Schemas['Persona'];
/** The logged-in person's prefill data. */
export type Profile = Schemas['Profile'];
/**
 * An electronic copy the citizen holds (`Profile.electronicCopies`: Kho dữ liệu cá nhân, VNeID); a
 * dossier may refer to it instead of an uploaded scan. `<dvc-form>`'s `electronicCopies` takes these.
 */
export type ElectronicCopy = Schemas['ElectronicCopy'];
/**
 * A document of a dossier: `{ documentCode, attachmentId }` (an upload) or
 * `{ documentCode, electronicCopyId }` (an electronic copy from the profile).
 */
export type DossierDocument = Schemas['DossierDocument'];
/** The OpenID Connect userinfo claims. */
export type UserInfo = Schemas['UserInfo'];
/** An uploaded file. */
export type Attachment = Schemas['Attachment'];
/**
 * A dossier's form data: any object. Pass your own type (e.g. one `dvc codegen` wrote) as `T` to
 * `dossiers.create<T>()`, `retrieve<T>()`... to type `data`; an interface needs no index signature.
 */
export type DossierData = object;
/** Replaces the `data` of a contract type with `T`, when `T` is given. */
type WithData<S, T extends DossierData, Optional extends boolean> = Omit<S, 'data'> &
  (Optional extends true ? { data?: T } : { data: T });
/** A dossier (hồ sơ); `T` types its `data` (default: any object, as the contract says). */
export type Dossier<T extends DossierData = Schemas['FormData']> = WithData<Schemas['Dossier'], T, false>;
/** A national dossier status code, 1 to 10. */
export type DossierStatus = Schemas['DossierStatus'];
/** The body that creates a draft; `T` types its `data`. */
export type DossierCreate<T extends DossierData = Schemas['FormData']> = WithData<
  Schemas['DossierCreate'],
  T,
  true
>;
/** The body that updates a draft; `T` types its `data`. */
export type DossierUpdate<T extends DossierData = Schemas['FormData']> = WithData<
  Schemas['DossierUpdate'],
  T,
  true
>;
/** The optional body of a submit; `T` types its `data`. */
export type DossierSubmit<T extends DossierData = Schemas['FormData']> = WithData<
  Schemas['DossierSubmit'],
  T,
  true
>;
/** The body of a supplement; `T` types its `data`. */
export type DossierSupplement<T extends DossierData = Schemas['FormData']> = WithData<
  Schemas['DossierSupplement'],
  T,
  true
>;
/** The optional body of a withdrawal. */
export type DossierWithdraw = Schemas['DossierWithdraw'];
/** One progress entry of a dossier. */
export type ProgressEntry = Schemas['ProgressEntry'];
/** A payment of a dossier's fees. */
export type Payment = Schemas['Payment'];
/** The body that creates a payment. */
export type PaymentCreate = Schemas['PaymentCreate'];
/** A payment's receipt (biên lai). */
export type Receipt = Schemas['Receipt'];
/** A registered webhook endpoint. */
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
/** The body that registers a webhook endpoint. */
export type WebhookEndpointCreate = Schemas['WebhookEndpointCreate'];
/** An event type a webhook endpoint may subscribe to. */
export type WebhookEventType = Schemas['WebhookEventType'];
/** The service-quality indicators. */
export type Statistics = Schemas['Statistics'];
/** An OAuth token answer. */
export type TokenResponse = Schemas['TokenResponse'];

/** Filters of `procedures.list`; `cursor` (a kept `nextCursor`) resumes a list. */
export type ProcedureListParams = Query<'listProcedures'>;
/** Filters of `agencies.list`; `cursor` (a kept `nextCursor`) resumes a list. */
export type AgencyListParams = Query<'listAgencies'>;
/** Filters of `adminUnits.communes`; `cursor` (a kept `nextCursor`) resumes a list. */
export type CommuneListParams = Query<'listCommunes'>;
/** A status to filter dossiers by: a national status code like `Dossier.status`, or `'draft'`. */
export type DossierStatusFilter = DossierStatus | 'draft';
/**
 * Filters of `dossiers.list`: `status` is one status or several (`[1, 2]`, `'draft'`);
 * `cursor` (a kept `nextCursor`) resumes a list.
 */
export type DossierListParams = Omit<Query<'listDossiers'>, 'status'> & {
  status?: DossierStatusFilter | readonly DossierStatusFilter[];
};
/** A dossier as an agency reads it: the dossier, its progress entries and its attachments. */
export type AgencyDossier<T extends DossierData = Schemas['FormData']> = Omit<
  Schemas['AgencyDossier'],
  'dossier'
> & { dossier: Dossier<T> };
/** The optional body of `receive`, `start` and `returnResult`: a note, and who acted. */
export type AgencyNote = Schemas['AgencyNote'];
/** The body of `refuse` and `stop`: the reason, and who acted. */
export type AgencyReason = Schemas['AgencyReason'];
/** The body of `requestSupplement`: what is asked for, and by when. */
export type AgencySupplementRequest = Schemas['AgencySupplementRequest'];
/** The body of `requestPayment`: the fee lines of the financial obligation. */
export type AgencyPaymentRequest = Schemas['AgencyPaymentRequest'];
/** The body of `extend`: the new appointment date and the apology slip's reason. */
export type AgencyExtension = Schemas['AgencyExtension'];
/** The body of `complete`: the result documents (an electronic file as base64). */
export type AgencyCompletion = Schemas['AgencyCompletion'];
/** A result document in `complete`'s body. */
export type ResultDocumentInput = Schemas['ResultDocumentInput'];
/** The body of `fileAtCounter`; `T` types its `data`. */
export type AgencyCounterFiling<T extends DossierData = Schemas['FormData']> = WithData<
  Schemas['AgencyCounterFiling'],
  T,
  false
>;
/** A supplement period of a dossier. */
export type SupplementPeriod = Schemas['SupplementPeriod'];
/** A result document the agency issued. */
export type ResultDocument = Schemas['ResultDocument'];
/** A citizen's rating of a settled dossier. */
export type DossierRating = Schemas['DossierRating'];
/** The body of `dossiers.rate`: a score from 1 to 5 and an optional comment. */
export type DossierRatingCreate = Schemas['DossierRatingCreate'];
/**
 * Filters of `agency.dossiers.list`: `status` is one status or several; `receivedSince` and
 * `dueBefore` take a `Date` or an ISO string; `overdue` a boolean; `cursor` resumes a list.
 */
export type AgencyDossierListParams = Omit<
  Query<'listAgencyDossiers'>,
  'status' | 'overdue' | 'receivedSince' | 'dueBefore'
> & {
  status?: DossierStatus | readonly DossierStatus[];
  receivedSince?: Date | string;
  dueBefore?: Date | string;
  overdue?: boolean;
};
/** An event of the change feed (`events.list`): `id`, `type`, `createdAt`, `data` as webhooks send them, and its `cursor`. */
export type FeedEvent = Schemas['FeedEvent'];
/** A page of the change feed as the API answers it. */
export type EventPage = Schemas['EventPage'];
/**
 * Where `events.list` starts (`after`: a kept `cursor`; `undefined` or `null`: the first event) and
 * its page size.
 */
export type EventListParams = Omit<Query<'listEvents'>, 'after'> & { after?: string | null | undefined };
/** The pre-2025 address of `adminUnits.lookupOldAddress`. */
export type OldAddressQuery = Query<'lookupOldAddress'>;
/** The period and scope of `statistics.retrieve`. */
export type StatisticsParams = Query<'getStatistics'>;
