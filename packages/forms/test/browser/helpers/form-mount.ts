/**
 * Mounting a `<dvc-form>` in the test page and reaching into its shadow root. Nothing here imports
 * `@dvc-kit/procedures` (which imports `@dvc-kit/admin-units`): a test of what the form loads on
 * demand imports this rather than `form-fixture.ts`.
 */
import '../../../src/components/form/form.js';
import type { DvcForm } from '../../../src/components/form/form.js';
import { DvcFormField } from '../../../src/components/form/form-field.js';
import type { FormFieldHandle } from '../../../src/components/form/form-field-handle.js';
import type { DvcSubmitDetail } from '../../../src/events/submit.js';
import { widgetRoot } from './widget-root.js';

export { focusedWidget, widgetRoot } from './widget-root.js';

/** Mounts a form with `definition` (and optional data), waits for it to render. */
export async function mountForm(
  definition: unknown,
  props: Partial<Pick<DvcForm, 'data' | 'locale' | 'readonly' | 'disabled' | 'name' | 'adminUnits'>> = {},
  parent: HTMLElement = document.body,
): Promise<DvcForm> {
  const form = document.createElement('dvc-form');
  Object.assign(form, props, { definition });
  parent.append(form);
  await settle(form);
  return form;
}

/** Waits until the form and every field in it have rendered. */
export async function settle(form: DvcForm): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await form.updateComplete;
    const elements = [
      ...(form.shadowRoot?.querySelectorAll<HTMLElement & { updateComplete?: Promise<boolean> }>('*') ?? []),
    ];
    const pending = await Promise.all(elements.map((e) => e.updateComplete ?? Promise.resolve(true)));
    if (pending.every(Boolean)) return;
  }
}

/** The field of `pointer` (a group's element, or a leaf's handle: its node, widget, render count). */
export function field(form: DvcForm, pointer: string): FormFieldHandle {
  const found = form.shownFields().find((f) => f.node.pointer === pointer);
  if (found === undefined) throw new Error(`No field ${pointer}`);
  return found;
}

/** The `<dvc-form-field>` element of the group (or repeatable or recursive group) at `pointer`. */
export function group(form: DvcForm, pointer: string): DvcFormField {
  const found = field(form, pointer);
  if (!(found instanceof DvcFormField)) throw new Error(`${pointer} is not a group`);
  return found;
}

/** The fields shown (not hidden), in document order. */
export function shownFields(form: DvcForm): FormFieldHandle[] {
  const at = (f: FormFieldHandle): Node | undefined => (f instanceof DvcFormField ? f : f.widget);
  return form
    .shownFields()
    .filter((f) => !f.hidden && at(f)?.isConnected === true)
    .sort((a, b) => (at(a)!.compareDocumentPosition(at(b)!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** A widget element as the tests see it. */
export type TestWidget = HTMLElement & {
  value: unknown;
  error: string;
  label: string;
  hint: string;
  required: boolean;
  readonly: boolean;
  disabled: boolean;
};

/** The widget element of the field at `pointer`. */
export function widget(form: DvcForm, pointer: string): TestWidget {
  const w = field(form, pointer).widget;
  if (w === undefined) throw new Error(`No widget at ${pointer}`);
  return w as TestWidget;
}

/** The inner native control of a widget (input, select or textarea). */
export function control(form: DvcForm, pointer: string): HTMLInputElement {
  const inner = widgetRoot(widget(form, pointer)).querySelector<HTMLInputElement>(
    '#control, [id$="-control"], input, textarea, select',
  );
  if (inner === null) throw new Error(`No control at ${pointer}`);
  return inner;
}

/** Submits `form` and gives the `dvc-submit` detail, or `undefined` when it did not submit. */
export async function submitted(form: DvcForm): Promise<DvcSubmitDetail | undefined> {
  let detail: DvcSubmitDetail | undefined;
  form.addEventListener('dvc-submit', (e) => (detail = e.detail), { once: true });
  await form.submit();
  return detail;
}
