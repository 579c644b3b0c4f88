/**
 * The widgets `<dvc-form>` loads on demand (the combobox, the list fields, the address, the date and
 * date-time fields): their module is imported the first time a field needs the element, and the
 * element upgrades when defined, taking the properties (`value` first of all) set on it before, as
 * Lit does for any element upgraded late. While it loads, the field's `updateComplete` waits for it
 * (docs/decisions/0015-forms-on-demand-chunks.md). A chunk that fails to load is tried again the
 * next time the field renders.
 */
import { SELECT_ELEMENT, WIDGET_TABLE, type WidgetElement } from './form-widget-table.js';

const byTag = new Map<string, WidgetElement>(
  [SELECT_ELEMENT, ...Object.values(WIDGET_TABLE).map((entry) => entry.element)]
    .filter((e): e is WidgetElement => e?.load !== undefined)
    .map((e) => [e.tag, e]),
);

/** The loads under way, by tag. */
const loading = new Map<string, Promise<void>>();

/**
 * Starts loading the element `tag` if it is one loaded on demand and not defined yet.
 * @returns the load under way (it never rejects: a failure is reported and tried again), if any.
 */
export function defineWidget(tag: string): Promise<void> | undefined {
  const found = byTag.get(tag);
  if (found?.load === undefined || customElements.get(tag) !== undefined) return undefined;
  let load = loading.get(tag);
  if (load === undefined) {
    load = found.load().then(
      () => {
        loading.delete(tag);
      },
      (error: unknown) => {
        loading.delete(tag);
        console.error(`<${tag}> could not be loaded; it is tried again on the next render.`, error);
      },
    );
    loading.set(tag, load);
  }
  return load;
}

/** The load of `element`'s definition under way, if any (for `updateComplete`). */
export function widgetDefined(element: Element | undefined): Promise<void> | undefined {
  return element === undefined ? undefined : loading.get(element.localName);
}
