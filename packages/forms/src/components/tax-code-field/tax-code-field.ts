import { TextInputControl } from '../../form-control/text-input-control.js';
import type { FieldSchema } from '../../internal/controls/field-validation.js';
import { defineElement } from '../../internal/controls/define.js';

/**
 * A tax code (mã số thuế) field: 10 digits, or 13 for a branch written `XXXXXXXXXX-XXX`, with its check digit (`vn-tax-code`). A `schema` given to the element replaces the default one.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-tax-code-field
 * @summary A tax code input checked digit by digit.
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
export class DvcTaxCodeField extends TextInputControl {
  protected override keyboard(): string {
    return 'numeric';
  }

  protected override maxChars(): number {
    return 14;
  }

  protected override cleanText(text: string): string {
    return text.replace(/\s/g, '');
  }

  protected override defaultSchema(): FieldSchema {
    return { type: 'string', format: 'vn-tax-code' };
  }
}

defineElement('dvc-tax-code-field', DvcTaxCodeField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-tax-code-field': DvcTaxCodeField;
  }
}
