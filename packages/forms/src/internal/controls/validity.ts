/** What a control tells `ElementInternals.setValidity` from its message and its validation issue. */
import type { ValidationIssue } from '@dvc-kit/validation';

/** The state a control's validity is derived from. */
export interface ValidityInput {
  /** Read-only or disabled: barred from constraint validation, like native controls. */
  barred: boolean;
  /** The message shown (the control's own, or one the form set). */
  error: string;
  /** The control's own validation issue. */
  issue: ValidationIssue | undefined;
}

/** The flags and message for `setValidity`. */
export function validityOf({ barred, error, issue }: ValidityInput): {
  flags: ValidityStateFlags;
  message: string;
} {
  if (barred) return { flags: {}, message: '' };
  if (error !== '' && error !== issue?.message) return { flags: { customError: true }, message: error };
  if (issue !== undefined) return { flags: { [validityFlag(issue.code)]: true }, message: issue.message };
  return { flags: {}, message: '' };
}

/** The `ValidityState` flag that best matches an issue code. */
export function validityFlag(code: string): keyof ValidityStateFlags {
  switch (code) {
    case 'required':
      return 'valueMissing';
    case 'type':
      return 'badInput';
    case 'pattern':
    case 'format':
      return 'patternMismatch';
    case 'minimum':
    case 'exclusive_minimum':
      return 'rangeUnderflow';
    case 'maximum':
    case 'exclusive_maximum':
      return 'rangeOverflow';
    case 'min_length':
      return 'tooShort';
    case 'max_length':
      return 'tooLong';
    case 'multiple_of':
      return 'stepMismatch';
    default:
      return 'customError';
  }
}
