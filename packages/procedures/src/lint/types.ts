/** What `lintDefinition` reports. */

/** Stable lint codes; the CLI prints them and may let a project silence some. */
export type LintCode =
  | 'slug-invalid'
  | 'procedure-code-invalid'
  | 'label-missing'
  | 'enum-label-missing'
  | 'add-label-missing'
  | 'widget-unknown'
  | 'widget-type-mismatch'
  | 'order-unknown-property'
  | 'compare-unknown-field'
  | 'address-part-unknown'
  | 'address-part-missing'
  | 'condition-unknown-field'
  | 'layout-unknown-field'
  | 'layout-duplicate-field'
  | 'layout-missing-field'
  | 'layout-duplicate-id'
  | 'prefill-unknown-field'
  | 'prefill-in-repeatable'
  | 'prefill-duplicate-field'
  | 'prefill-type-mismatch'
  | 'document-code-duplicate'
  | 'fee-code-duplicate'
  | 'fee-amount-invalid'
  | 'fee-unit-field-not-integer'
  | 'note-unknown-pointer';

/** One problem found in a definition. */
export interface LintIssue {
  /** JSON Pointer into the definition document, e.g. `/dataSchema/properties/child/x-dvc-label`. */
  pointer: string;
  code: LintCode;
  /** English, for developers. */
  message: string;
  /** `error` fails `dvc lint`; `warning` is reported only. */
  severity: 'error' | 'warning';
}
