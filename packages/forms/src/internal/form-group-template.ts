/** How `<dvc-form>` renders a group or an address: a fieldset of its fields. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { AdminUnitsProvider } from '../components/form/admin-units.js';
import type { FieldNode } from './form-fields.js';
import type { FormStore } from './form-store.js';
import { pickText } from './form-text.js';
import { groupFields } from './form-group-fields.js';

/**
 * The fields of `nodes`: a leaf is its widget alone (`LeafField`), a group, repeatable or recursive
 * group its own `<dvc-form-field>`; one directive keeps them all (`form-group-fields.ts`).
 */
export function fieldsTemplate(
  nodes: readonly FieldNode[],
  store: FormStore,
  adminUnits: AdminUnitsProvider | undefined,
): DirectiveResult {
  return groupFields(nodes, store, adminUnits);
}

/** A `<fieldset>` with the label as legend, the help, the group's own message and its fields. */
export function groupTemplate(
  node: FieldNode,
  store: FormStore,
  adminUnits: AdminUnitsProvider | undefined,
  body: TemplateResult,
): TemplateResult {
  const locale = store.locale;
  const help = pickText(node.help, locale);
  const error = store.error(node.pointer);
  return html`<fieldset
    part="group"
    class="group ${node.widget}"
    aria-invalid=${error === '' ? nothing : 'true'}
  >
    <legend part="legend" class="legend">${pickText(node.label, locale)}</legend>
    ${help === '' ? nothing : html`<p part="help" class="help">${help}</p>`}
    ${error === '' ? nothing : html`<p part="error" class="error" role="alert">${error}</p>`} ${body}
  </fieldset>`;
}
