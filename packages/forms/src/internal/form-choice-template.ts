/**
 * How `<dvc-form>` renders a choice of object shapes (a radio group, or a select past five
 * branches, then the chosen branch's fields) and a recursive group (an "Add" button until it has a
 * value).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdminUnitsProvider } from '../components/form/admin-units.js';
import type { FieldNode } from './form-fields.js';
import { actionButton } from './form-button-template.js';
import { fieldsTemplate } from './form-group-template.js';
import type { FormStore } from './form-store.js';
import { pickText } from './form-text.js';
import { defineWidget } from './form-widget-load.js';

const CHOOSE = { vi: 'Chọn một', en: 'Choose one' };

/** The branch picker of `node` and the fields of the chosen branch. */
export function choiceTemplate(
  node: FieldNode,
  store: FormStore,
  adminUnits: AdminUnitsProvider | undefined,
): TemplateResult | typeof nothing {
  const branches = node.branches;
  if (branches === undefined) return nothing;
  const locale = store.locale;
  const index = store.choice(node);
  const options = branches.map((b, i) => ({ value: String(i), label: pickText(b.label, locale) }));
  const label = pickText(
    node.pointer === '' && pickText(node.label, locale) !== '' ? node.label : CHOOSE,
    locale,
  );
  const onChoose = (event: Event): void => {
    const value = Number((event.target as HTMLElement & { value: string }).value);
    if (Number.isInteger(value) && value >= 0 && value < branches.length) store.choose(node, value);
  };
  const locked = store.disabled;
  // The combobox is loaded on demand (form-widget-load.ts): it upgrades with the properties set here.
  if (branches.length > 5) void defineWidget('dvc-select-field');
  const picker =
    branches.length > 5
      ? html`<dvc-select-field
          class="choice"
          .name=${`${node.pointer}#choice`}
          .label=${label}
          .options=${options}
          .value=${String(index)}
          .required=${true}
          .disabled=${locked}
          .readonly=${store.readonly || node.locked}
          .locale=${locale}
          @change=${onChoose}
        ></dvc-select-field>`
      : html`<dvc-radio-field
          class="choice"
          .name=${`${node.pointer}#choice`}
          .label=${label}
          .options=${options}
          .value=${String(index)}
          .required=${true}
          .disabled=${locked}
          .readonly=${store.readonly || node.locked}
          .locale=${locale}
          @change=${onChoose}
        ></dvc-radio-field>`;
  return html`${picker}${fieldsTemplate(branches[index]?.children ?? [], store, adminUnits)}`;
}

const ADD = { vi: (l: string) => `Thêm ${l}`, en: (l: string) => `Add ${l}` };
const REMOVE = { vi: (l: string) => `Xóa ${l}`, en: (l: string) => `Remove ${l}` };

/** A recursive group without a value: its "Add" button. */
export function addLazyTemplate(node: FieldNode, store: FormStore): TemplateResult | typeof nothing {
  if (store.disabled || store.readonly || node.locked) return nothing;
  const label = pickText(node.label, store.locale);
  return actionButton('add', ADD[store.locale](label), () => {
    store.set(node.pointer, {});
    store.emitChange(node.pointer);
  });
}

/** The button removing the value of a recursive group. */
export function removeLazyTemplate(node: FieldNode, store: FormStore): TemplateResult | typeof nothing {
  if (store.disabled || store.readonly || node.locked) return nothing;
  const label = pickText(node.label, store.locale);
  return actionButton('remove', REMOVE[store.locale](label), () => {
    store.set(node.pointer, undefined);
    store.emitChange(node.pointer);
  });
}
