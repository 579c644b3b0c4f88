import { nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { boundControl } from '../internal/controls/control-binding.js';
import type { LabelShape } from '../internal/controls/control-frame.js';
import { estimateBlockSize } from '../internal/controls/size-estimate.js';
import { DvcFormControl, NO_FORM } from './form-control.js';

/** A choice's events the widget handles (`controlEvent`). */
const CHOICE_EVENTS = ['click', 'input', 'change'] as const;
const NO_EVENTS = [] as const;

/** One choice of a radio group, checkbox group or select. Labels are text, never HTML. */
export interface ControlOption {
  value: string;
  label: string;
  disabled?: boolean;
  /** Other words that find it in a searchable list (other names, the English name); not shown. */
  keywords?: string;
}

/**
 * A group of native radio buttons or checkboxes under one label: the base of the radio and
 * checkbox-group fields. The group (`part="control"`) is labelled by the field's label.
 */
export abstract class ChoiceControl<V> extends DvcFormControl<V> {
  /** The choices, in order. */
  @property({ attribute: false }) options: ControlOption[] = [];

  /** `radio` or `checkbox`. */
  protected abstract choiceType(): 'radio' | 'checkbox';
  /** Whether `option` is chosen. */
  protected abstract isChosen(option: ControlOption): boolean;
  /** Applies the user's toggle of `option` to the value. */
  protected abstract toggle(option: ControlOption, checked: boolean): void;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Off screen, its height until rendered: the label and a row of 2rem per choice.
    if (changed.has('options')) estimateBlockSize(this, 3 + 2 * this.options.length);
  }

  /** The group's label is a `<div>` that labels the group (`aria-labelledby`). */
  protected override labelShape(): LabelShape {
    return 'group';
  }

  protected override updateControl(row: HTMLElement): void {
    const radio = this.choiceType() === 'radio';
    // The group keeps its choices too (`internal/controls/choice-inputs.ts`).
    boundControl(
      row,
      ['div', 'control group', 'choices'],
      this,
      NO_EVENTS,
      {
        id: this.idOf('control'),
        role: radio ? 'radiogroup' : 'group',
        'aria-labelledby': this.label === '' ? nothing : this.idOf('label'),
        'aria-label': this.outerLabel(),
        'aria-describedby': this.describedBy() || nothing,
        'aria-required': radio && this.required ? 'true' : nothing,
        'aria-readonly': radio && this.readonly ? 'true' : nothing,
        'aria-invalid': this.invalidState(),
      },
      undefined,
      {
        events: CHOICE_EVENTS,
        type: this.choiceType(),
        shared: {
          name: this.idOf('choice'),
          form: this.lightDom ? NO_FORM : nothing,
          'aria-readonly': !radio && this.readonly ? 'true' : nothing,
        },
        choices: this.options.map((option, index) => ({
          id: this.idOf(`choice-${index}`),
          value: option.value,
          label: option.label,
          checked: this.isChosen(option),
          disabled: this.isDisabled || option.disabled === true,
        })),
      },
    );
  }

  /** Every choice's `click`, `input` and `change` (no closure per choice and render): the choice is the input's value. */
  protected override controlEvent(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (event.type === 'click') {
      if (this.readonly) event.preventDefault();
    } else if (event.type === 'input') {
      const option = this.options.find((o) => o.value === input.value);
      if (option !== undefined) this.toggle(option, input.checked);
    } else if (event.type === 'change') this.emitChange();
  }
}
