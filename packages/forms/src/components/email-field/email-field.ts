import { TextInputControl } from '../../form-control/text-input-control.js';
import type { FieldSchema } from '../../internal/controls/field-validation.js';
import { defineElement } from '../../internal/controls/define.js';

/**
 * An email address field (`format: email`). A `schema` given to the element replaces the default one.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-email-field
 * @summary An email address input.
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
export class DvcEmailField extends TextInputControl {
  override autocomplete = 'email';

  protected override inputType(): string {
    return 'email';
  }

  protected override keyboard(): string {
    return 'email';
  }

  protected override cleanText(text: string): string {
    return text.trim();
  }

  protected override defaultSchema(): FieldSchema {
    return { type: 'string', format: 'email' };
  }
}

defineElement('dvc-email-field', DvcEmailField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-email-field': DvcEmailField;
  }
}
