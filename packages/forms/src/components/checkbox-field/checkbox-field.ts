import { nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DvcFormControl } from '../../form-control/form-control.js';
import { boundControl } from '../../internal/controls/control-binding.js';
import type { LabelShape } from '../../internal/controls/control-frame.js';
import { defineElement } from '../../internal/controls/define.js';

/** The box's events the widget handles (`controlEvent`). */
const CONTROL_EVENTS = ['click', 'input', 'change'] as const;

/**
 * A single checkbox whose value is a boolean. When `required`, it must be checked (a consent, a
 * declaration). The form submits `on` when it is checked, nothing when it is not.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-checkbox-field
 * @summary A labelled checkbox with a boolean value.
 * @csspart form-control - The wrapper around everything.
 * @csspart choice - The row holding the box and its label.
 * @csspart control - The inner `<input type="checkbox">` (also `checkbox`).
 * @csspart checkbox - The same element as `control`, by its kind.
 * @csspart label - The label beside the box.
 * @csspart required-marker - The `*` of a required box.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the box is toggled; `event.target.value` is the new boolean.
 * @event change - When the box is toggled.
 */
export class DvcCheckboxField extends DvcFormControl<boolean> {
  /** Whether the box is checked. */
  @property({ type: Boolean }) value = false;

  protected coerceValue(raw: unknown): boolean {
    return raw === true || raw === 'on' || raw === 'true';
  }

  protected formValue(): string | null {
    return this.value ? 'on' : null;
  }

  protected override schemaValue(): unknown {
    return this.value ? true : this.required ? undefined : false;
  }

  /** The box and its label side by side in `<div part="choice">`, the hint under them. */
  protected override labelShape(): LabelShape {
    return 'choice';
  }

  protected override updateControl(row: HTMLElement): void {
    boundControl(
      row,
      ['input', 'control checkbox', ''],
      this,
      CONTROL_EVENTS,
      {
        type: 'checkbox',
        ...this.controlAttributes(),
        // A checkbox has no `readonly`: it says so, and its `click` is prevented.
        readonly: false,
        'aria-readonly': this.readonly ? 'true' : nothing,
      },
      { checked: this.value },
    );
  }

  protected override controlEvent(event: Event): void {
    if (event.type === 'click') {
      if (this.readonly) event.preventDefault();
    } else if (event.type === 'input') this.value = (event.target as HTMLInputElement).checked;
    else if (event.type === 'change') this.emitChange();
  }
}

defineElement('dvc-checkbox-field', DvcCheckboxField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-checkbox-field': DvcCheckboxField;
  }
}
