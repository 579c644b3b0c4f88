import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { boundControl, TYPING_EVENTS } from '../internal/controls/control-binding.js';
import { setText, widgetElement } from '../internal/controls/control-frame.js';
import { DvcFormControl } from './form-control.js';

/**
 * A control whose value is a number (or `null` when empty), typed as text: the base of the number
 * and money fields. What the user typed is kept while it is not a number, so the message can say so.
 */
export abstract class NumericControl extends DvcFormControl<number | null> {
  /** The value, `null` when empty. */
  @property({ type: Number }) value: number | null = null;

  /** The text in the input. */
  @state() protected text = '';
  private typing = false;

  /** Reads the typed text; `undefined` when it is not a number. */
  protected abstract parseText(text: string): number | undefined;
  /** Writes a value for the input. */
  protected abstract formatNumber(value: number): string;

  /** A unit shown after the input (e.g. `₫`), or `''`. */
  protected unit(): string {
    return '';
  }

  protected coerceValue(raw: unknown): number | null {
    return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
  }

  protected formValue(): string | null {
    return this.value === null ? null : String(this.value);
  }

  protected override schemaValue(): unknown {
    if (this.value !== null) return this.value;
    return this.text.trim() === '' ? undefined : this.text;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('value') && !this.typing)
      this.text = this.value === null ? '' : this.formatNumber(this.value);
    this.typing = false;
    super.willUpdate(changed);
  }

  protected override describedBy(...extra: string[]): string {
    return super.describedBy(this.unit() === '' ? '' : 'unit', ...extra);
  }

  protected override updateControl(row: HTMLElement): void {
    const input = boundControl(
      row,
      ['input', 'control input', 'input'],
      this,
      TYPING_EVENTS,
      { type: 'text', autocomplete: 'off', inputmode: this.keyboard(), ...this.controlAttributes() },
      { value: this.text },
    );
    // The unit after the input (`aria-describedby` names it).
    const unit = this.unit();
    if (unit !== '')
      setText(
        input.nextElementSibling ?? row.appendChild(widgetElement('span', 'unit', 'unit', this.idOf('unit'))),
        unit,
      );
  }

  /** The `inputmode` of the input. */
  protected keyboard(): string {
    return 'decimal';
  }

  protected override controlEvent(event: Event): void {
    if (event.type === 'input') {
      this.typing = true;
      this.text = (event.target as HTMLInputElement).value;
      this.value = this.parseText(this.text.trim()) ?? null;
    } else if (event.type === 'change') {
      if (this.value !== null) this.text = this.formatNumber(this.value);
      this.emitChange();
    }
  }
}
