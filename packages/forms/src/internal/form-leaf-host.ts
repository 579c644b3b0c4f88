/**
 * What a leaf field (`form-leaf.ts`) and an address (`form-address.ts`) need from their field
 * (`LeafField`, `form-leaf-field.ts`): its own module so that neither imports the other.
 */
import type { AdminUnitOption, AdminUnitsProvider } from '../components/form/admin-units.js';
import type { FieldNode } from './form-fields.js';
import type { FormStore } from './form-store.js';
import type { FormLocale } from './form-text.js';

/** What a leaf needs from its field (`form-leaf-field.ts`). */
export interface LeafHost {
  node: FieldNode;
  store: FormStore;
  adminUnits: AdminUnitsProvider | undefined;
  choices: readonly AdminUnitOption[] | undefined;
  widget: HTMLElement | undefined;
  /** Where the widget's events are heard: the render root the field is rendered into (`form-leaf-events.ts`). */
  eventRoot: EventTarget | undefined;
  /** The box of the widget and its help (`<div class="field">`), once the field has help. */
  box?: HTMLElement | undefined;
  /** What the widget's other properties were last set from (`form-leaf.ts`): unchanged, they are not set again. */
  shownWith?: LeafInputs | undefined;
}

/** What a widget's properties other than its value and message come from. */
export interface LeafInputs {
  node: FieldNode;
  widget: HTMLElement;
  locale: FormLocale;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  choices: readonly AdminUnitOption[] | undefined;
}
