/**
 * Every widget `<dvc-form>` knows, in one table: the element it creates (tag and class; importing
 * the class registers the element) and how a data value becomes the element's `value` and back.
 * Adding a widget is one row here (plus its name in `@dvc-kit/procedures`' `WIDGETS`); `Record`
 * makes a missing row a type error.
 */
import { DvcCheckboxField } from '../components/checkbox-field/checkbox-field.js';
import { DvcAddressField } from '../components/address-field/address-field.js';
import { addressValue } from './form-address.js';
import { DvcCountryField } from '../components/list-field/country-field.js';
import { DvcEthnicGroupField } from '../components/list-field/ethnic-group-field.js';
import { DvcCheckboxGroupField } from '../components/checkbox-group-field/checkbox-group-field.js';
import { DvcDateField } from '../components/date-field/date-field.js';
import { DvcDateTimeField } from '../components/date-time-field/date-time-field.js';
import { DvcEmailField } from '../components/email-field/email-field.js';
import { DvcMoneyField } from '../components/money-field/money-field.js';
import { DvcNumberField } from '../components/number-field/number-field.js';
import { DvcPersonalIdField } from '../components/personal-id-field/personal-id-field.js';
import { DvcPhoneField } from '../components/phone-field/phone-field.js';
import { DvcRadioField } from '../components/radio-field/radio-field.js';
import { DvcSelectField } from '../components/select-field/select-field.js';
import { DvcTaxCodeField } from '../components/tax-code-field/tax-code-field.js';
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

/** A widget's element: its tag, and its class (importing it registers the element). */
export interface WidgetElement {
  tag: string;
  class: CustomElementConstructor;
}

const element = (tag: string, cls: CustomElementConstructor): WidgetElement => ({ tag, class: cls });

/** The widgets, by name. */
export const WIDGET_TABLE: Readonly<Record<Widget, WidgetEntry>> = {
  text: { element: element('dvc-text-field', DvcTextField), value: textValue },
  textarea: { element: element('dvc-textarea-field', DvcTextareaField), value: textValue },
  number: { element: element('dvc-number-field', DvcNumberField), value: numberValue },
  money: { element: element('dvc-money-field', DvcMoneyField), value: numberValue },
  date: { element: element('dvc-date-field', DvcDateField), value: textValue },
  'date-time': { element: element('dvc-date-time-field', DvcDateTimeField), value: textValue },
  select: { element: element('dvc-select-field', DvcSelectField), value: choiceValue },
  radio: { element: element('dvc-radio-field', DvcRadioField), value: choiceValue },
  checkbox: { element: element('dvc-checkbox-field', DvcCheckboxField), value: checkboxValue },
  'checkbox-group': {
    element: element('dvc-checkbox-group-field', DvcCheckboxGroupField),
    value: choicesValue,
  },
  'personal-id': { element: element('dvc-personal-id-field', DvcPersonalIdField), value: textValue },
  phone: { element: element('dvc-phone-field', DvcPhoneField), value: textValue },
  email: { element: element('dvc-email-field', DvcEmailField), value: textValue },
  'tax-code': { element: element('dvc-tax-code-field', DvcTaxCodeField), value: textValue },
  country: { element: element('dvc-country-field', DvcCountryField), value: textValue },
  'ethnic-group': { element: element('dvc-ethnic-group-field', DvcEthnicGroupField), value: textValue },
  // Province and commune: a select when their choices are known, a text field otherwise (form-leaf.ts).
  province: { element: element('dvc-text-field', DvcTextField), value: textValue },
  commune: { element: element('dvc-text-field', DvcTextField), value: textValue },
  address: { element: element('dvc-address-field', DvcAddressField), value: addressValue },
  group: { value: textValue },
  repeatable: { value: textValue },
  hidden: { value: textValue },
};
