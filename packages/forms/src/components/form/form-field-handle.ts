import type { FieldNode } from '../../internal/form-fields.js';

/**
 * A field shown by `<dvc-form>`, as `DvcForm.shownFields()` gives it: a hook for tests and devtools.
 * A group, a repeatable group or a recursive group is a `<dvc-form-field>` element; any other
 * field is its widget alone, updated by the form (docs/decisions/0018-first-render.md).
 */
export interface FormFieldHandle {
  /** The field's definition. */
  readonly node: FieldNode;
  /** Its widget element (`dvc-<widget>-field`), once created; `undefined` for a group. */
  readonly widget: HTMLElement | undefined;
  /** How many times the field has rendered (typing re-renders the field typed in, not the others). */
  readonly renderCount: number;
  /** Whether it is not shown (a condition that does not hold, a hidden field). */
  readonly hidden: boolean;
  /** Focuses its widget, or a group's first field. */
  focus(options?: FocusOptions): void;
}
