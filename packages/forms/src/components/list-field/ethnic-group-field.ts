import { defineElement } from '../../internal/controls/define.js';
import { DvcListField, type SharedListName } from './list-field.js';

/**
 * An ethnic group: a combobox over the 54 ethnic groups of Viet Nam, found by any of their names
 * without diacritics ("ede", "rhade" and "Ê-đê" find the same group). The value is the two-digit
 * code (`01` for Kinh), `''` when none; the format `vn-ethnic-group` checks it.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-ethnic-group-field
 * @summary An ethnic group, chosen from the 54 by name.
 * @csspart control - The combobox input (also `input combobox`).
 * @csspart listbox - The list of matching groups.
 * @csspart option - A group in the list.
 * @event input - When the choice changes.
 * @event change - When the choice changes.
 */
export class DvcEthnicGroupField extends DvcListField {
  protected readonly list: SharedListName = 'ethnic-groups';
}

defineElement('dvc-ethnic-group-field', DvcEthnicGroupField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-ethnic-group-field': DvcEthnicGroupField;
  }
}
