/** Mounting and inspecting controls in the conformance suite. */
import axe from 'axe-core';
import type { Control, ControlSpec } from './control-spec.js';

/** A native form holding a button, the control (labelled "Nhãn", named "field") and a button. */
export interface Fixture {
  form: HTMLFormElement;
  control: Control;
  before: HTMLButtonElement;
}

/** Mounts `spec`'s control inside a native `<form>`, with `attributes` on it. */
export async function mount(spec: ControlSpec, attributes = ''): Promise<Fixture> {
  const form = document.createElement('form');
  form.innerHTML = `<button type="button" id="before">Trước</button>
    <${spec.tag} id="field" name="field" label="Nhãn" ${attributes}></${spec.tag}>
    <button type="submit">Gửi</button>`;
  document.body.append(form);
  const control = form.querySelector<Control>('#field');
  if (control === null) throw new Error(`${spec.tag} did not render`);
  spec.setup?.(control);
  await control.updateComplete;
  return { form, control, before: form.querySelector<HTMLButtonElement>('#before')! };
}

/** The visible message of a control. */
export function shownError(control: Control): string {
  const region = control.shadowRoot?.querySelector('[part~="error"]');
  const text = Array.from(region?.childNodes ?? [])
    .filter(
      (node) =>
        node.nodeType !== Node.COMMENT_NODE &&
        !(node instanceof Element && node.matches('[part~="error-icon"]')),
    )
    .map((node) => node.textContent)
    .join('');
  return text.replace(/\s+/g, ' ').trim();
}

/** The element that has focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits for the control (and any nested update) to settle. */
export async function settle(control: Control): Promise<void> {
  await control.updateComplete;
  await control.updateComplete;
}

/** axe-core violations inside `root` (rule ids with their targets). */
export async function axeViolations(root: Element): Promise<string[]> {
  const results = await axe.run(root, { rules: { region: { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
