// @ts-check
/** `<dvc-form>` from @dvc-kit/forms as built (its `dist`), no theme stylesheet. */
import '@dvc-kit/forms';
import { install } from './harness.mjs';

install((container, form) => {
  const el = /** @type {HTMLElement & { definition: unknown, data: unknown }} */ (
    document.createElement('dvc-form')
  );
  el.definition = form.schema;
  el.data = structuredClone(form.data);
  container.append(el);
});
