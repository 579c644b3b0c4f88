import type { ValidationIssue } from '@dvc-kit/validation';

/** The detail of `dvc-invalid`. */
export interface DvcInvalidDetail {
  /** Every issue found, in the order of the fields. */
  issues: ValidationIssue[];
  /** The documents that stop the submit (required and missing, or still uploading), at `/documents/<code>`. */
  documents?: { pointer: string; documentCode: string; message: string }[];
}

/** Fired by `<dvc-form>` when a submit fails validation (the error summary is shown). Bubbles, composed. */
export class DvcInvalidEvent extends CustomEvent<DvcInvalidDetail> {
  constructor(detail: DvcInvalidDetail) {
    super('dvc-invalid', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-invalid': DvcInvalidEvent;
  }
}
