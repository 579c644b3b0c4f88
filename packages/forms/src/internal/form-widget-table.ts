/**
 * Every widget `<dvc-form>` knows, in one table: the element it creates (tag and class; importing
 * the class registers the element, or, for the widgets a first render rarely needs, the module that
 * registers it, loaded on demand: `form-widget-load.ts`) and how a data value becomes the element's
 * `value` and back.
 * Adding a widget is one row here (plus its name in `@dvc-kit/procedures`' `WIDGETS`); `Record`
 * makes a missing row a type error.
 */
import { DvcCheckboxField } from '../components/checkbox-field/checkbox-field.js';
import { addressValue } from './form-address.js';
import { DvcEmailField } from '../components/email-field/email-field.js';
import { DvcNumberField } from '../components/number-field/number-field.js';
import { DvcPersonalIdField } from '../components/personal-id-field/personal-id-field.js';
import { DvcPhoneField } from '../components/phone-field/phone-field.js';
import { DvcRadioField } from '../components/radio-field/radio-field.js';
import { DvcTextField } from '../components/text-field/text-field.js';
import { DvcTextareaField } from '../components/textarea-field/textarea-field.js';
import {
  checkboxValue,
  choicesValue,
  choiceValue,
  numberValue,
  textValue,
  type WidgetValue,
} from './form-widget-value.js';
import type { Widget } from '@dvc-kit/procedures/format';

/** One widget: its element (none for fieldsets and hidden fields) and its value conversion. */
export interface WidgetEntry {
  element?: WidgetElement;
  value: WidgetValue;
}

/**
 * A widget's element: its tag, and its class (importing it registers the element) or, for an element
 * loaded on demand, the import that registers it (docs/decisions/0015-forms-on-demand-chunks.md).
 */
export interface WidgetElement {
  tag: string;
  class?: CustomElementConstructor;
  load?: () => Promise<unknown>;
}

const element = (tag: string, cls: CustomElementConstructor): WidgetElement => ({ tag, class: cls });
const onDemand = (tag: string, load: () => Promise<unknown>): WidgetElement => ({ tag, load });

/**
 * The combobox (`dvc-select-field`) is also the element of a province or commune whose choices are
 * known (`widgetTag`), and the base of the list fields and the address.
 */
export const SELECT_ELEMENT = onDemand(
  'dvc-select-field',
  () => import('../components/select-field/select-field.js'),
);

/** The widgets, by name. */
export const WIDGET_TABLE: Readonly<Record<Widget, WidgetEntry>> = {
  text: { element: element('dvc-text-field', DvcTextField), value: textValue },
  textarea: { element: element('dvc-textarea-field', DvcTextareaField), value: textValue },
  number: { element: element('dvc-number-field', DvcNumberField), value: numberValue },
  money: {
    element: onDemand('dvc-money-field', () => import('../components/money-field/money-field.js')),
    value: numberValue,
  },
  date: {
    element: onDemand('dvc-date-field', () => import('../components/date-field/date-field.js')),
    value: textValue,
  },
  'date-time': {
    element: onDemand(
      'dvc-date-time-field',
      () => import('../components/date-time-field/date-time-field.js'),
    ),
    value: textValue,
  },
  select: { element: SELECT_ELEMENT, value: choiceValue },
  radio: { element: element('dvc-radio-field', DvcRadioField), value: choiceValue },
  checkbox: { element: element('dvc-checkbox-field', DvcCheckboxField), value: checkboxValue },
  'checkbox-group': {
    element: onDemand(
      'dvc-checkbox-group-field',
      () => import('../components/checkbox-group-field/checkbox-group-field.js'),
    ),
    value: choicesValue,
  },
  'personal-id': { element: element('dvc-personal-id-field', DvcPersonalIdField), value: textValue },
  phone: { element: element('dvc-phone-field', DvcPhoneField), value: textValue },
  email: { element: element('dvc-email-field', DvcEmailField), value: textValue },
  'tax-code': {
    element: onDemand('dvc-tax-code-field', () => import('../components/tax-code-field/tax-code-field.js')),
    value: textValue,
  },
  country: {
    element: onDemand('dvc-country-field', () => import('../components/list-field/country-field.js')),
    value: textValue,
  },
  'ethnic-group': {
    element: onDemand(
      'dvc-ethnic-group-field',
      () => import('../components/list-field/ethnic-group-field.js'),
    ),
    value: textValue,
  },
  // Province and commune: a select when their choices are known, a text field otherwise (form-leaf.ts).
  province: { element: element('dvc-text-field', DvcTextField), value: textValue },
  commune: { element: element('dvc-text-field', DvcTextField), value: textValue },
  address: {
    element: onDemand('dvc-address-field', () => import('../components/address-field/address-field.js')),
    value: addressValue,
  },
  group: { value: textValue },
  repeatable: { value: textValue },
  hidden: { value: textValue },
};
