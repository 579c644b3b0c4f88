import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { ListItem } from '@dvc-kit/validation/lists';
import type { ControlOption } from '../../form-control/choice-control.js';
import { DvcSelectField } from '../select-field/select-field.js';
import { loadSharedList, type SharedListName } from './shared-lists.js';

export { loadSharedList, type SharedListName } from './shared-lists.js';

/**
 * A combobox over one of the shared lists (`@dvc-kit/validation/lists`): the names shown in the
 * field's locale (Vietnamese first), found by any of their names without diacritics, the code
 * stored. The list loads when the first such field is created. The base of `<dvc-country-field>`
 * and `<dvc-ethnic-group-field>`.
 */
export abstract class DvcListField extends DvcSelectField {
  @state() private items: readonly ListItem[] | undefined = undefined;

  /** The list offered. */
  protected abstract readonly list: SharedListName;

  constructor() {
    super();
    this.searchThreshold = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.items === undefined)
      void loadSharedList(this.list).then((items) => {
        this.items = items;
      });
  }

  /** Resolves once the list is loaded and shown. */
  async whenLoaded(): Promise<void> {
    await loadSharedList(this.list);
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items') || changed.has('locale')) this.options = this.toOptions();
    super.willUpdate(changed);
  }

  private toOptions(): ControlOption[] {
    const english = this.locale === 'en';
    return (this.items ?? []).map((item) => ({
      value: item.code,
      label: english ? item.en : item.vi,
      keywords: item.searchKey,
    }));
  }
}
