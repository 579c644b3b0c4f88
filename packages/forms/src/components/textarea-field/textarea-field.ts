import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DvcFormControl } from '../../form-control/form-control.js';
import { boundControl, TYPING_EVENTS } from '../../internal/controls/control-binding.js';
import { defineElement } from '../../internal/controls/define.js';
import { estimateBlockSize } from '../../internal/controls/size-estimate.js';

/**
 * A multi-line text field.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-textarea-field
 * @summary A labelled, validated `<textarea>`.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The visible label.
 * @csspart required-marker - The `*` of a required field.
 * @csspart hint - The hint.
 * @csspart control - The inner `<textarea>` (also `textarea`).
 * @csspart textarea - The same element as `control`, by its kind.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the user types; `event.target.value` is the new value.
 * @event change - When the user commits a change.
 */
export class DvcTextareaField extends DvcFormControl<string> {
  /** The value. */
  @property() value = '';
  /** The number of visible lines. */
  @property({ type: Number }) rows = 4;

  protected coerceValue(raw: unknown): string {
    return typeof raw === 'string' ? raw : '';
  }

  protected formValue(): string {
    return this.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Off screen, its height until rendered: the label and the lines.
    if (changed.has('rows')) estimateBlockSize(this, 3 + 1.5 * this.rows);
  }

  protected override updateControl(row: HTMLElement): void {
    boundControl(
      row,
      ['textarea', 'control textarea', 'input'],
      this,
      TYPING_EVENTS,
      { rows: String(this.rows), ...this.controlAttributes() },
      { value: this.value },
    );
  }

  protected override controlEvent(event: Event): void {
    if (event.type === 'input') this.value = (event.target as HTMLTextAreaElement).value;
    else if (event.type === 'change') this.emitChange();
  }
}

defineElement('dvc-textarea-field', DvcTextareaField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-textarea-field': DvcTextareaField;
  }
}
