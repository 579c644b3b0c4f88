/** The public shapes of validation results. */
import type { Locale } from './messages/format-message.js';

/** Stable issue codes. Custom formats and keywords may add their own. */
export type IssueCode =
  | 'required'
  | 'type'
  | 'const'
  | 'enum'
  | 'min_length'
  | 'max_length'
  | 'pattern'
  | 'format'
  | 'minimum'
  | 'maximum'
  | 'exclusive_minimum'
  | 'exclusive_maximum'
  | 'multiple_of'
  | 'min_items'
  | 'max_items'
  | 'unique_items'
  | 'contains'
  | 'max_contains'
  | 'min_properties'
  | 'max_properties'
  | 'additional_property'
  | 'additional_item'
  | 'property_name'
  | 'any_of'
  | 'one_of'
  | 'not'
  | 'not_allowed'
  | 'compare'
  | 'not_json'
  | 'depth_exceeded';

/** One problem found in the data. */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) of the offending value, e.g. `/applicant/phone`; `''` is the root. */
  pointer: string;
  /** A stable code, e.g. `required`, `min_length`, `format`. */
  code: IssueCode | (string & {});
  /** The values the message is built from, e.g. `{ minimum: 3 }` or `{ format: 'date' }`. */
  params: Record<string, unknown>;
  /** The message in the requested locale. */
  message: string;
}

/** The result of a validation: the value when valid, the issues when not. */
export type ValidationResult<T = unknown> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Per-call options of `validate` / `validateAt`. */
export interface ValidateOptions {
  /** The message language; `vi` unless the validator was compiled with another default. */
  locale?: Locale | undefined;
  /** "Today" for date-relative format checks. */
  now?: Date | undefined;
}
