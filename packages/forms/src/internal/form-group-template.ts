/** How `<dvc-form>` renders a group or an address: a fieldset of its fields. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdminUnitsProvider } from '../components/form/admin-units.js';
import type { FieldNode } from './form-fields.js';
import type { FormStore } from './form-store.js';
import { pickText } from './form-text.js';
import { isLeaf, leafField } from './form-leaf-field.js';

/**
 * The fields of `nodes`: a leaf is its widget alone (`leafField`), a group, repeatable or recursive
 * group its own `<dvc-form-field>`.
 */
export function fieldsTemplate(
  nodes: readonly FieldNode[],
  store: FormStore,
  adminUnits: AdminUnitsProvider | undefined,
): TemplateResult {
  return html`${nodes.map((node) =>
    isLeaf(node)
      ? leafField(node, store, adminUnits)
      : html`<dvc-form-field .node=${node} .store=${store} .adminUnits=${adminUnits}></dvc-form-field>`,
  )}`;
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
