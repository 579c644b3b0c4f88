import { nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { boundControl, TYPING_EVENTS } from '../internal/controls/control-binding.js';
import { DvcFormControl } from './form-control.js';

/**
 * A control edited in one `<input>` whose value is a string: the base of the text, phone, email,
 * tax-code and personal-id fields.
 */
export abstract class TextInputControl extends DvcFormControl<string> {
  /** The value. */
  @property() value = '';
  /** Placeholder text (a hint belongs in `hint`; use this for a format example only). */
  @property() placeholder = '';
  /** The `autocomplete` token of the inner input. */
  @property() autocomplete = '';

  /** The `type` of the inner input. */
  protected inputType(): string {
    return 'text';
  }

  /** The `inputmode` of the inner input. */
  protected keyboard(): string {
    return 'text';
  }

  /** The largest number of characters, or `undefined`. */
  protected maxChars(): number | undefined {
    return undefined;
  }

  /** Turns what the user typed into the value (e.g. removes spaces). */
  protected cleanText(text: string): string {
    return text;
  }

  protected coerceValue(raw: unknown): string {
    return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  }

  protected formValue(): string | null {
    return this.value;
  }

  protected override updateControl(row: HTMLElement): void {
    boundControl(
      row,
      ['input', 'control input', 'input'],
      this,
      TYPING_EVENTS,
      {
        type: this.inputType(),
        inputmode: this.keyboard(),
        name: this.name || nothing,
        autocomplete: this.autocomplete || 'off',
        placeholder: this.placeholder || nothing,
        maxlength: this.maxChars()?.toString(),
        ...this.controlAttributes(),
      },
      { value: this.value },
    );
  }

  protected override controlEvent(event: Event): void {
    if (event.type === 'input') this.value = this.cleanText((event.target as HTMLInputElement).value);
    else if (event.type === 'change') this.emitChange();
  }
}
