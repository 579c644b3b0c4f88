/**
 * Waiting for the widgets under a root that are still loading (`form-widget-load.ts`): a field has
 * no element of its own to wait in its `updateComplete`, so the form and its steps wait here.
 */
import { widgetDefined } from './form-widget-load.js';

/** Settles once every element under `root` that is loaded on demand and not defined yet is (or failed). */
export async function widgetsDefined(root: ParentNode): Promise<void> {
  const loads = [...root.querySelectorAll(':not(:defined)')].flatMap((e) => widgetDefined(e) ?? []);
  await Promise.all(loads);
}
