import type { DocumentReference } from '../components/documents/upload.js';

/** The detail of `dvc-submit`. */
export interface DvcSubmitDetail<T = Record<string, unknown>> {
  /** The validated data, without the fields hidden by a condition. */
  data: T;
  /**
   * JSON Pointers of values in `data` that no field shows (keys the schema does not declare,
   * `additionalProperties` values): kept and submitted as given, listed here so they are never
   * kept out of sight silently. Empty when the form shows everything it submits.
   */
  unshown: string[];
  /** With `@dvc-kit/forms/documents` imported: the stored files, one reference each (`documentCode`, `attachmentId`). */
  documents?: DocumentReference[];
  /**
   * Keeps the form in its `submitting` state until `promise` settles (further submits are ignored
   * meanwhile), e.g. `event.detail.waitUntil(client.dossiers.create(...))`.
   */
  waitUntil(promise: Promise<unknown>): void;
}

/** Fired by `<dvc-form>` when a submit passes validation. Bubbles, composed. */
export class DvcSubmitEvent<T = Record<string, unknown>> extends CustomEvent<DvcSubmitDetail<T>> {
  constructor(detail: DvcSubmitDetail<T>) {
    super('dvc-submit', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-submit': DvcSubmitEvent;
  }
}
