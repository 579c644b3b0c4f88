/**
 * Waiting for the widgets under a root that are still loading (`form-widget-load.ts`): a field has
 * no element of its own to wait in its `updateComplete`, so the form and its steps wait here; and
 * for the elements under it that render after the form (groups, the key-value editor, choices).
 */
import { widgetDefined } from './form-widget-load.js';

/** Settles once every element under `root` that is loaded on demand and not defined yet is (or failed). */
export async function widgetsDefined(root: ParentNode): Promise<void> {
  const loads = [...root.querySelectorAll(':not(:defined)')].flatMap((e) => widgetDefined(e) ?? []);
  await Promise.all(loads);
}

type Updating = Element & { isUpdatePending: boolean; updateComplete: Promise<boolean> };

function updating(root: ParentNode): Updating[] {
  return [...root.querySelectorAll('*')].filter((e): e is Updating => 'updateComplete' in e);
}

/**
 * Settles once the Lit elements under `root` have rendered, with what they wait for in their own
 * `updateComplete` (a group's key-value editor or choices, loaded on demand). An element that
 * renders after the form can add more, so it looks again until a round adds nothing and leaves
 * nothing pending (a bounded number of rounds).
 */
export async function descendantsUpdated(root: ParentNode): Promise<void> {
  let count = -1;
  for (let round = 0; round < 8; round++) {
    const elements = updating(root);
    if (elements.length === count && !elements.some((e) => e.isUpdatePending)) return;
    count = elements.length;
    await Promise.all(elements.map((e) => e.updateComplete));
  }
}
