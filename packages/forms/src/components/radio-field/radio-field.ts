import { property } from 'lit/decorators.js';
import { ChoiceControl, type ControlOption } from '../../form-control/choice-control.js';
import { defineElement } from '../../internal/controls/define.js';

/**
 * A radio group: one choice among `options`. Tab reaches the group (the chosen radio, else the
 * first), arrow keys move the choice. The value is the chosen option's `value`, `''` when none.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-radio-field
 * @summary A labelled radio group.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The group's label.
 * @csspart required-marker - The `*` of a required group.
 * @csspart hint - The hint.
 * @csspart control - The `radiogroup` (also `group`).
 * @csspart group - The same element as `control`, by its kind.
 * @csspart option - One choice: its radio and its label.
 * @csspart radio - A radio button.
 * @csspart option-label - The label of a choice.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the choice changes; `event.target.value` is the new value.
 * @event change - When the choice changes.
 */
export class DvcRadioField extends ChoiceControl<string> {
  /** The chosen option's value, `''` when none. */
  @property() value = '';

  protected choiceType(): 'radio' {
    return 'radio';
  }

  protected isChosen(option: ControlOption): boolean {
    return option.value === this.value;
  }

  protected toggle(option: ControlOption, checked: boolean): void {
    if (checked) this.value = option.value;
  }

  protected coerceValue(raw: unknown): string {
    return typeof raw === 'string' ? raw : '';
  }

  protected formValue(): string | null {
    return this.value === '' ? null : this.value;
  }
}

defineElement('dvc-radio-field', DvcRadioField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-radio-field': DvcRadioField;
  }
}
