import { property } from 'lit/decorators.js';
import { ChoiceControl, type ControlOption } from '../../form-control/choice-control.js';
import { defineElement } from '../../internal/controls/define.js';

/**
 * A group of checkboxes: any number of `options`. The value is the list of chosen values, in the
 * order of `options`; the form submits one entry per chosen value. When `required`, at least one.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-checkbox-group-field
 * @summary A labelled group of checkboxes with a list value.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The group's label.
 * @csspart required-marker - The `*` of a required group.
 * @csspart hint - The hint.
 * @csspart control - The `group` (also `group`).
 * @csspart group - The same element as `control`, by its kind.
 * @csspart option - One choice: its checkbox and its label.
 * @csspart checkbox - A checkbox.
 * @csspart option-label - The label of a choice.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When a box is toggled; `event.target.value` is the new list.
 * @event change - When a box is toggled.
 */
export class DvcCheckboxGroupField extends ChoiceControl<string[]> {
  /** The chosen values. */
  @property({ type: Array }) value: string[] = [];

  protected choiceType(): 'checkbox' {
    return 'checkbox';
  }

  protected isChosen(option: ControlOption): boolean {
    return this.value.includes(option.value);
  }

  protected toggle(option: ControlOption, checked: boolean): void {
    const chosen = new Set(this.value);
    if (checked) chosen.add(option.value);
    else chosen.delete(option.value);
    this.value = this.options.map((o) => o.value).filter((value) => chosen.has(value));
  }

  protected coerceValue(raw: unknown): string[] {
    return Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : [];
  }

  protected formValue(): FormData | null {
    if (this.value.length === 0 || this.name === '') return null;
    const data = new FormData();
    for (const value of this.value) data.append(this.name, value);
    return data;
  }

  protected override schemaValue(): unknown {
    return this.value.length === 0 ? undefined : this.value;
  }
}

defineElement('dvc-checkbox-group-field', DvcCheckboxGroupField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-checkbox-group-field': DvcCheckboxGroupField;
  }
}
