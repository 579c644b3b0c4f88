import { defineElement } from '../../internal/controls/define.js';
import { DvcListField, type SharedListName } from './list-field.js';

/**
 * A country or nationality: a combobox over the 249 ISO 3166-1 countries and territories with their
 * Vietnamese (and English) names; typing "viet nam", "han quoc" or "korea" finds them. The value is
 * the alpha-2 code (`VN`), `''` when none; the format `iso-country` checks it.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-country-field
 * @summary A country or nationality, chosen from the ISO list by name.
 * @csspart control - The combobox input (also `input combobox`).
 * @csspart listbox - The list of matching countries.
 * @csspart option - A country in the list.
 * @csspart more - The note saying only the first matches are shown.
 * @event input - When the choice changes.
 * @event change - When the choice changes.
 */
export class DvcCountryField extends DvcListField {
  protected readonly list: SharedListName = 'countries';
}

defineElement('dvc-country-field', DvcCountryField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-country-field': DvcCountryField;
  }
}
