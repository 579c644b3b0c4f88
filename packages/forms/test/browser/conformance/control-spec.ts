/** What the shared conformance suite needs to know about one control. */
import type { DvcFormControl } from '../../../src/index.js';

/** A form control as the suite sees it. */
export type Control = DvcFormControl & { value: unknown };

export interface ControlSpec {
  /** The element name, e.g. `dvc-text-field`. */
  tag: string;
  /** What the tests are called when one element is tested in several forms. */
  title?: string;
  /** Sets properties a control needs before use (e.g. its options). */
  setup?: (control: Control) => void;
  /** Makes the value valid as a user would (keyboard or pointer, through the public element). */
  fill: (control: Control) => Promise<void>;
  /** Makes the value invalid (not just empty) as a user would; absent for choice widgets. */
  fillInvalid?: (control: Control) => Promise<void>;
  /** What `FormData.getAll(name)` holds after `fill`. */
  submitted: string[];
  /** The value after `fill`. */
  filled: unknown;
  /** The value of an empty control. */
  empty: unknown;
}
