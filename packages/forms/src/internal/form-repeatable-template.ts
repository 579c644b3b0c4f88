/** How `<dvc-form>` renders a repeatable group: a list of fieldsets with remove buttons, and an add button. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdminUnitsProvider } from '../components/form/admin-units.js';
import type { FieldNode } from './form-fields.js';
import { actionButton } from './form-button-template.js';
import { fieldsTemplate, groupTemplate } from './form-group-template.js';
import { formMessages } from './form-messages.js';
import type { FormStore } from './form-store.js';
import { pickText } from './form-text.js';

/** What the repeatable template needs from its field element. */
export interface RepeatableHost {
  node: FieldNode;
  store: FormStore;
  adminUnits: AdminUnitsProvider | undefined;
  /** The fields of item `index` (cached by the element). */
  itemFields(index: number): FieldNode[];
  addItem(): void;
  removeItem(index: number): void;
}

/** The label of item `index` (1-based `{n}` in `x-dvc-item-label`). */
export function itemLabel(host: Pick<RepeatableHost, 'node' | 'store'>, index: number): string {
  const template = pickText(host.node.schema['x-dvc-item-label'], host.store.locale);
  const n = index + 1;
  return template === '' ? formMessages(host.store.locale).item(n) : template.replaceAll('{n}', String(n));
}

/** The list of items and the add button. */
export function repeatableTemplate(host: RepeatableHost): TemplateResult {
  const { node, store } = host;
  const messages = formMessages(store.locale);
  const value = store.value(node.pointer);
  const count = Array.isArray(value) ? value.length : 0;
  const max = typeof node.schema['maxItems'] === 'number' ? node.schema['maxItems'] : Infinity;
  const locked = store.disabled || store.readonly;
  const addLabel = pickText(node.schema['x-dvc-add-label'], store.locale) || messages.add;
  const items = Array.from({ length: count }, (_, i) => {
    const label = itemLabel(host, i);
    return html`<li part="repeatable-item" class="repeatable-item">
      <fieldset class="group item">
        <legend part="legend" class="legend">${label}</legend>
        ${fieldsTemplate(host.itemFields(i), store, host.adminUnits)}
        ${
          locked
            ? nothing
            : actionButton('remove', messages.remove(label), () => {
                host.removeItem(i);
              })
        }
      </fieldset>
    </li>`;
  });
  const body = html`${
    count === 0
      ? nothing
      : html`<ol class="repeatable-list">
          ${items}
        </ol>`
  }
  ${
    locked || count >= max
      ? nothing
      : actionButton('add', addLabel, () => {
          host.addItem();
        })
  }`;
  return groupTemplate(node, store, host.adminUnits, body);
}
