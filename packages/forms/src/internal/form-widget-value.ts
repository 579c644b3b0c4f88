/**
 * Between the data and the widgets: what a widget element shows for a data value, and the data
 * value of what a widget holds. Empty means absent: an empty field is left out of the data. Each
 * widget's conversion is named in the widget table (form-widget-table.ts).
 */
import type { FieldNode } from './form-fields.js';

/** A conversion: the widget's `value` for a data value, and the data value for the widget's `value`. */
export interface WidgetValue {
  toWidget(node: FieldNode, value: unknown): unknown;
  /** `undefined`: leave it out of the data. */
  fromWidget(node: FieldNode, raw: unknown): unknown;
}

function optionKey(node: FieldNode, value: unknown): string {
  return node.options.find((o) => o.value === value)?.key ?? '';
}

function optionValue(node: FieldNode, key: unknown): unknown {
  return node.options.find((o) => o.key === key)?.value;
}

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return undefined;
}

/** Text: the string as typed (numbers and booleans given are shown as text). */
export const textValue: WidgetValue = {
  toWidget: (_, value) =>
    typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : typeof value === 'string'
        ? value
        : '',
  fromWidget: (_, raw) => (typeof raw === 'string' && raw !== '' ? raw : undefined),
};

/** One choice (select, radio): the option's string key. */
export const choiceValue: WidgetValue = {
  toWidget: (node, value) => optionKey(node, value),
  fromWidget: (node, raw) => (raw === '' || raw === null ? undefined : optionValue(node, raw)),
};

/** Several choices (checkbox group): the options' keys. */
export const choicesValue: WidgetValue = {
  toWidget: (node, value) => (Array.isArray(value) ? value.map((v) => optionKey(node, v)) : []),
  fromWidget: (node, raw) => {
    const list = Array.isArray(raw)
      ? raw.map((k) => optionValue(node, k)).filter((v) => v !== undefined)
      : [];
    return list.length === 0 ? undefined : list;
  },
};

/** A checkbox: checked is `true`; unchecked is `false`, or absent for a `const: true` consent. */
export const checkboxValue: WidgetValue = {
  toWidget: (_, value) => value === true,
  fromWidget: (node, raw) => {
    const checked = raw === true || raw === 'true' || raw === 'on';
    return checked ? true : node.schema['const'] === true ? undefined : false;
  },
};

/** A number (number, money): `null` when empty. */
export const numberValue: WidgetValue = {
  toWidget: (_, value) => (typeof value === 'number' ? value : null),
  fromWidget: (_, raw) => toNumber(raw),
};
