/** The element `<dvc-form>` creates for a widget. */
import type { FormWidget } from './form-widgets.js';

/** Tag names of the widget elements, `dvc-<widget>-field`. */
const TAGS: Partial<Record<FormWidget, string>> = {
  text: 'dvc-text-field',
  textarea: 'dvc-textarea-field',
  number: 'dvc-number-field',
  money: 'dvc-money-field',
  date: 'dvc-date-field',
  'date-time': 'dvc-date-time-field',
  select: 'dvc-select-field',
  radio: 'dvc-radio-field',
  checkbox: 'dvc-checkbox-field',
  'checkbox-group': 'dvc-checkbox-group-field',
  'personal-id': 'dvc-personal-id-field',
  phone: 'dvc-phone-field',
  email: 'dvc-email-field',
  'tax-code': 'dvc-tax-code-field',
};

/**
 * The tag of the element for `widget`: province and commune are selects when their choices are
 * known, text fields otherwise; a widget whose element is not registered falls back to a text field.
 */
export function widgetTag(widget: FormWidget, hasChoices: boolean): string {
  if (widget === 'province' || widget === 'commune')
    return hasChoices ? 'dvc-select-field' : 'dvc-text-field';
  const tag = TAGS[widget] ?? 'dvc-text-field';
  return customElements.get(tag) === undefined ? 'dvc-text-field' : tag;
}
