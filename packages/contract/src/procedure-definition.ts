/**
 * The TypeScript shape of a procedure definition (format v1), written by hand to match the
 * meta-schema `@dvc-kit/procedures/meta-schema.json`; a test there keeps the two in step by
 * validating every reference definition against it. It lives in the contract, the lowest layer that
 * needs it: the API serves definitions (`Procedure.definition` is typed with it) and
 * @dvc-kit/procedures compiles, lints and renders them (docs/decisions/0010-procedure-definition-type-contract.md).
 */
import type { Widget } from './widgets.js';

/** A text in Vietnamese (`vi`, shown first) with English alongside (`en`). */
export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * Deprecated numbered online-service level (before Decree 42/2022/NĐ-CP): 4 full-process, 3 partly
 * online, 2 information only. Use {@link OnlineService}.
 */
export type OnlineServiceLevel = 2 | 3 | 4;

/**
 * Online public service under Decree 42/2022/NĐ-CP: `full` (toàn trình), `partial` (một phần),
 * `info` (information only).
 */
export type OnlineService = 'full' | 'partial' | 'info';

/** The kind of agency that settles a procedure; with the level it picks the agency. */
export type AgencyKind = 'people-committee' | 'police' | 'business-registration' | 'justice-department';

/** Dossier applicant types of the national portal: 1 citizen, 2 enterprise, 3 state agency, 4 other organisation. */
export type ApplicantType = 1 | 2 | 3 | 4;

/** Implementing level since 1 July 2025 (districts no longer exist). */
export type AgencyLevel = 'province' | 'commune';

/** Procedure metadata (`procedure`). */
export interface ProcedureMetadata {
  /** National procedure code `N.NNNNNN`, e.g. `1.001193`. */
  code: string;
  /** Số quyết định công bố: the decision that announced the procedure, e.g. `163/QĐ-BTP`. */
  announcedBy?: string;
  name: LocalizedText;
  /** Lĩnh vực: the field the procedure belongs to. */
  field: LocalizedText;
  /** Online service (Decree 42/2022). One of `onlineService` and `onlineLevel` is required. */
  onlineService?: OnlineService;
  /** Deprecated alias of `onlineService`; read both with `onlineServiceOf`. */
  onlineLevel?: OnlineServiceLevel;
  applicantTypes?: ApplicantType[];
  /** Lowest e-identity assurance level (Decree 69/2024/NĐ-CP) needed to file online. */
  minAssuranceLevel?: 1 | 2;
  agency: { name: LocalizedText; level: AgencyLevel; kind?: AgencyKind; unit?: LocalizedText };
  /**
   * Processing time in working days as the national database records it, counted from the receipt
   * of a complete dossier (0 = the same working day), and in words; `cutOffTime` (`HH:MM`, Vietnam
   * time) moves a later receipt to the next working day; `extension` says how a later date may be set.
   */
  processingTime: {
    workingDays: number;
    text: LocalizedText;
    cutOffTime?: string;
    extension?: LocalizedText;
  };
  /** Result documents (kết quả), with the form they follow. */
  results: { name: LocalizedText; digital?: boolean; template?: string }[];
  /** Legal basis: document numbers such as `60/2014/QH13`. */
  legalBasis: { reference: string; title?: LocalizedText }[];
}

/**
 * A condition on the dossier data. `field` is a JSON Pointer into the data. A missing field is
 * never `equals`/`in` anything; `filled: true` holds when the field is present and not `''`/`[]`.
 */
export type Condition =
  | { field: string; equals: unknown }
  | { field: string; in: unknown[] }
  | { field: string; filled: boolean }
  | { all: Condition[] }
  | { any: Condition[] };

/** Submission channels: in person (1), online (2), public postal service (3). */
export type SubmissionChannel = 'in-person' | 'online' | 'postal';

/** A fee line (phí = `fee`, lệ phí = `charge`). */
export interface FeeLine {
  /** Unique within the definition. */
  code: string;
  kind: 'fee' | 'charge';
  name: LocalizedText;
  /** VND, a non-negative integer; per dossier, or per unit with `perUnit`. */
  amount: number;
  /** When the line applies, in words. */
  appliesWhen: LocalizedText;
  /** When the line applies, as a condition on the data (absent: always). */
  when?: Condition;
  /** Charge `amount` per unit of the integer at `field`, beyond `above` units (default 0). */
  perUnit?: { field: string; above?: number };
  /** Channels the line applies to (absent: all). */
  channels?: SubmissionChannel[];
  /** Who sets the amount: `province` means each provincial People's Council (the amount is an example). */
  setBy?: 'national' | 'province';
  /**
   * A registration deadline `days` after the date at `field`: the line applies only to a late
   * filing (`applies: 'late'`) or only to one on time (`'on-time'`), judged on the filing day.
   */
  deadline?: { field: string; days: number; applies: 'late' | 'on-time' };
  /** Categories that pay nothing (miễn): the first whose `when` holds makes the line 0 VND. */
  exemptions?: FeeExemption[];
}

/** A fee exemption category. */
export interface FeeExemption {
  code: string;
  name: LocalizedText;
  when?: Condition;
}

/** How a document component is provided on a channel: filed (nộp), shown (xuất trình) or not asked for. */
export type DocumentMode = 'submit' | 'present' | 'waived';

/** Where the data that replaces a paper comes from. */
export type DataSource =
  | 'population-database'
  | 'civil-status-database'
  | 'residence-database'
  | 'land-database'
  | 'health-insurance-database'
  | 'birth-certificate-data'
  | 'data-store'
  | 'vneid';

/**
 * What may stand in for a paper component: `e-form` (the interactive e-form is the declaration),
 * `state-data` (the office reads the data from a state database) or `electronic-copy` (an electronic
 * copy or result from the citizen's data store or VNeID instead of a scan); `notice` is what the
 * citizen sees in place of the upload.
 */
export interface DocumentReplacement {
  kind: 'e-form' | 'state-data' | 'electronic-copy';
  sources?: DataSource[];
  /** Channels where it applies (absent: online). */
  channels?: SubmissionChannel[];
  notice: LocalizedText;
}

/** A document component (thành phần hồ sơ). */
export interface DocumentComponent {
  /** Unique within the definition; submitted files are tied to it. */
  code: string;
  name: LocalizedText;
  requirement: 'required' | 'conditional' | 'optional';
  /** When a conditional component is required, in words (mandatory for `conditional`). */
  condition?: LocalizedText;
  /** When a conditional component is required, as a condition on the data. */
  requiredWhen?: Condition;
  /** Number of originals (bản chính) and copies (bản sao). */
  originals: number;
  copies: number;
  /** Accepted MIME types, e.g. `application/pdf`. */
  acceptedTypes: string[];
  /** Largest file, in megabytes. */
  maxSizeMB: number;
  /** Whether several files may be attached (then at most `maxFiles`). */
  multiple: boolean;
  maxFiles?: number;
  /** Deprecated: `true` is read as a `state-data` replacement online. Use `replacedBy`. */
  digitalReplacement?: boolean;
  /** Giấy tờ phải nộp (`submit`, the default) or phải xuất trình (`present`). */
  submission?: 'submit' | 'present';
  /** Per channel, how the component is provided when it differs from `submission`. */
  channels?: Partial<Record<SubmissionChannel, DocumentMode>>;
  /** What may stand in for the paper, and what the citizen then sees. */
  replacedBy?: DocumentReplacement[];
  template?: { name: LocalizedText; reference?: string };
  help?: LocalizedText;
}

/**
 * A subschema of the data model: JSON Schema 2020-12 plus the `x-dvc-*` presentation keywords.
 * Only the keywords this package reads are typed; every other keyword passes through to the compiler.
 */
export interface FieldSchema {
  type?: string | string[];
  properties?: Record<string, FieldSchema | boolean>;
  required?: string[];
  items?: FieldSchema | boolean;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  $ref?: string;
  $defs?: Record<string, FieldSchema | boolean>;
  allOf?: (FieldSchema | boolean)[];
  if?: FieldSchema | boolean;
  then?: FieldSchema | boolean;
  else?: FieldSchema | boolean;
  /** The field's label. Every property needs one. */
  'x-dvc-label'?: LocalizedText;
  /** Longer help shown below the field. */
  'x-dvc-help'?: LocalizedText;
  /** Short hint or example (placeholder). */
  'x-dvc-hint'?: LocalizedText;
  /** Widget; absent means the default for the type and format. */
  'x-dvc-widget'?: Widget;
  /** Display order of an object's properties (default: declaration order). */
  'x-dvc-order'?: string[];
  /** Labels of `enum`/boolean values, keyed by the value as a string. */
  'x-dvc-enum-labels'?: Record<string, LocalizedText>;
  /** Repeatable groups (arrays): the "add another" button and the heading of each item (`{n}` = 1-based index). */
  'x-dvc-add-label'?: LocalizedText;
  'x-dvc-item-label'?: LocalizedText;
  /** Groups: whom or what the fields inside are about ("người mẹ"), naming them in error summaries. */
  'x-dvc-label-of'?: LocalizedText;
  /** Per-issue message overrides, read by the compiler: `{ <issue code>: { vi, en } }`. */
  'x-dvc-messages'?: Record<string, string | Record<string, string>>;
  /** Cross-field comparisons, read by the compiler. */
  'x-dvc-compare'?: unknown;
  /** Remarks, e.g. a rule the schema cannot express. */
  'x-dvc-notes'?: LocalizedText[];
  [keyword: string]: unknown;
}

/** The root of the data model. */
export interface DataSchema extends FieldSchema {
  $schema: 'https://json-schema.org/draft/2020-12/schema';
  type: 'object';
}

/** A section of a step: fields (JSON Pointers into the data) in display order. */
export interface LayoutSection {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** A presentation-only condition; field visibility otherwise follows the schema's if/then. */
  visibleWhen?: Condition;
  fields: string[];
}

/** A wizard step. A one-page form has one step. */
export interface LayoutStep {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  sections: LayoutSection[];
}

/** Claims of the citizen's login profile a field may be prefilled from. */
export type ProfileClaim =
  | 'personalId'
  | 'fullName'
  | 'birthDate'
  | 'permanentResidence'
  | 'currentResidence'
  | 'taxCode'
  | 'socialInsuranceCode';

/** A field prefilled from the citizen's profile; `locked` values are shown but not editable. */
export interface PrefillRule {
  field: string;
  from: ProfileClaim;
  mode: 'locked' | 'editable';
}

/** A remark on part of the definition; `check` marks an inference to verify against official records. */
export interface DefinitionNote {
  /** JSON Pointer into the definition document. */
  pointer: string;
  kind: 'check' | 'info';
  text: LocalizedText;
}

/** The `$id` of the v1 meta-schema. */
export type ProcedureDefinitionSchemaId = 'https://dvc-kit.dev/schemas/procedure-definition/v1.json';

/** One procedure definition (one JSON document, `definitions/<slug>.json`). */
export interface ProcedureDefinition {
  $schema: ProcedureDefinitionSchemaId;
  /** Kebab-case name; the file is `definitions/<slug>.json`. */
  slug: string;
  /** Semantic version; saved drafts record it. */
  version: string;
  procedure: ProcedureMetadata;
  fees: FeeLine[];
  documents: DocumentComponent[];
  dataSchema: DataSchema;
  layout: { steps: LayoutStep[] };
  prefill?: PrefillRule[];
  notes?: DefinitionNote[];
}
