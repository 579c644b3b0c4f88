import { NumericControl } from '../../form-control/numeric-control.js';
import type { FieldSchema } from '../../internal/controls/field-validation.js';
import { defineElement } from '../../internal/controls/define.js';

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A number field. The value is a number, or `null` when empty; a decimal comma is accepted
 * (`2,5`). With no `schema`, any number is valid; give `{ type: 'integer', minimum: 1 }` and the like.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-number-field
 * @summary A labelled, validated number input.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The visible label.
 * @csspart required-marker - The `*` of a required field.
 * @csspart hint - The hint.
 * @csspart control - The inner `<input>` (also `input`).
 * @csspart input - The same element as `control`, by its kind.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the user types; `event.target.value` is the new number (or `null`).
 * @event change - When the user commits a change.
 */
export class DvcNumberField extends NumericControl {
  protected parseText(text: string): number | undefined {
    return NUMBER.test(text) ? Number(text.replace(',', '.')) : undefined;
  }

  protected formatNumber(value: number): string {
    return String(value);
  }

  protected override keyboard(): string {
    const schema = this.schema;
    return typeof schema === 'object' && schema['type'] === 'integer' ? 'numeric' : 'decimal';
  }

  protected override defaultSchema(): FieldSchema {
    return { type: 'number' };
  }
}

defineElement('dvc-number-field', DvcNumberField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-number-field': DvcNumberField;
  }
}
