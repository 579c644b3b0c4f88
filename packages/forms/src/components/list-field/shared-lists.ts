/**
 * The shared lists of `@dvc-kit/validation/lists` (countries, ethnic groups), each imported once, on
 * first use: pages without a list field or a list format never load their data. Apart from the list
 * fields so that the form's validator (`form-list-formats.ts`) and the review can load a list without
 * the combobox.
 */
import type { ListItem } from '@dvc-kit/validation/lists';

/** Which shared list of `@dvc-kit/validation/lists` a list field offers. */
export type SharedListName = 'countries' | 'ethnic-groups';

const loaded = new Map<SharedListName, Promise<readonly ListItem[]>>();

/** The items of a shared list, loaded on first use. */
export function loadSharedList(name: SharedListName): Promise<readonly ListItem[]> {
  let list = loaded.get(name);
  if (list === undefined) {
    list = import('@dvc-kit/validation/lists').then((lists) =>
      name === 'countries' ? lists.countries : lists.ethnicGroups,
    );
    loaded.set(name, list);
  }
  return list;
}
