import { TextInputControl } from '../../form-control/text-input-control.js';
import type { FieldSchema } from '../../internal/controls/field-validation.js';
import { defineElement } from '../../internal/controls/define.js';

/**
 * A phone number field: a mobile (`0912345678`, `+84912345678`) or a landline (`vn-phone`). A `schema` given to the element replaces the default one.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-phone-field
 * @summary A phone number input checked as a Vietnamese phone number.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The visible label.
 * @csspart required-marker - The `*` of a required field.
 * @csspart hint - The hint.
 * @csspart control - The inner `<input>` (also `input`).
 * @csspart input - The same element as `control`, by its kind.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the user types; `event.target.value` is the new value.
 * @event change - When the user commits a change.
 */
export class DvcPhoneField extends TextInputControl {
  override autocomplete = 'tel';

  protected override inputType(): string {
    return 'tel';
  }

  protected override keyboard(): string {
    return 'tel';
  }

  protected override cleanText(text: string): string {
    return text.replace(/[\s.]/g, '');
  }

  protected override defaultSchema(): FieldSchema {
    return { type: 'string', format: 'vn-phone' };
  }
}

defineElement('dvc-phone-field', DvcPhoneField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-phone-field': DvcPhoneField;
  }
}
