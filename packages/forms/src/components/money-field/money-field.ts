import { formatVnd, parseVnd } from '@dvc-kit/validation';
import type { CSSResultGroup } from 'lit';
import { DvcFormControl } from '../../form-control/form-control.js';
import { NumericControl } from '../../form-control/numeric-control.js';
import type { FieldSchema } from '../../internal/controls/field-validation.js';
import { defineElement } from '../../internal/controls/define.js';
import { moneyFieldStyles } from './money-field.styles.js';

/**
 * An amount in Vietnamese đồng (VND). The value is a non-negative integer (or `null`); the input
 * shows it with grouped digits, `1.500.000`, followed by `₫`. The user may type `1500000` or
 * `1.500.000`; digits are grouped once the change is committed.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-money-field
 * @summary A VND amount input with grouped digits.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The visible label.
 * @csspart required-marker - The `*` of a required field.
 * @csspart hint - The hint.
 * @csspart control - The inner `<input>` (also `input`).
 * @csspart input - The same element as `control`, by its kind.
 * @csspart unit - The `₫` after the input.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the user types; `event.target.value` is the new amount (or `null`).
 * @event change - When the user commits a change.
 */
export class DvcMoneyField extends NumericControl {
  static override styles: CSSResultGroup = [DvcFormControl.styles, moneyFieldStyles];

  protected parseText(text: string): number | undefined {
    return parseVnd(text);
  }

  protected formatNumber(value: number): string {
    return Number.isSafeInteger(value) && value >= 0 ? formatVnd(value).replace(/\s₫$/u, '') : String(value);
  }

  protected override unit(): string {
    return '₫';
  }

  protected override keyboard(): string {
    return 'numeric';
  }

  protected override defaultSchema(): FieldSchema {
    return { type: 'integer', minimum: 0 };
  }
}

defineElement('dvc-money-field', DvcMoneyField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-money-field': DvcMoneyField;
  }
}
