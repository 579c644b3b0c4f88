/** @dvc-kit/forms: <dvc-form> and its widgets. Every public name is listed here or in `core.ts`; `src/internal/` is private. */
export * from './core.js';

// The widgets `<dvc-form>` loads on demand in the single-file build (the combobox, the list fields,
// the address, the date and date-time fields, money, tax code and checkbox groups); importing one
// registers its element.
export { DvcSelectField } from './components/select-field/select-field.js';
export { DvcAddressField } from './components/address-field/address-field.js';
export { DvcListField } from './components/list-field/list-field.js';
export { DvcCountryField } from './components/list-field/country-field.js';
export { DvcEthnicGroupField } from './components/list-field/ethnic-group-field.js';
export { DvcDateField } from './components/date-field/date-field.js';
export { DvcDateTimeField } from './components/date-time-field/date-time-field.js';
export { DvcMoneyField } from './components/money-field/money-field.js';
export { DvcTaxCodeField } from './components/tax-code-field/tax-code-field.js';
export { DvcCheckboxGroupField } from './components/checkbox-group-field/checkbox-group-field.js';

// The design tokens with what each styles: a table for theme tooling, which no page needs at run time.
export { DVC_TOKENS } from './styles/tokens.js';
