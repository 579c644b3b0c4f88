/**
 * Between the data and the widgets: what a widget element shows for a data value, and the data
 * value of what a widget holds. Empty means absent: an empty field is left out of the data.
 */
import type { FieldNode } from './form-fields.js';

function optionKey(node: FieldNode, value: unknown): string {
  return node.options.find((o) => o.value === value)?.key ?? '';
}

function optionValue(node: FieldNode, key: unknown): unknown {
  return node.options.find((o) => o.key === key)?.value;
}

/** The `value` to give the widget of `node` for the data value `value`. */
export function toWidgetValue(node: FieldNode, value: unknown): unknown {
  switch (node.widget) {
    case 'select':
    case 'radio':
      return optionKey(node, value);
    case 'checkbox-group':
      return Array.isArray(value) ? value.map((v) => optionKey(node, v)) : [];
    case 'checkbox':
      return value === true;
    case 'number':
    case 'money':
      return typeof value === 'number' ? value : null;
    default:
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return typeof value === 'string' ? value : '';
  }
}

function numberValue(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return undefined;
}

/** The data value for what the widget of `node` holds (`undefined`: leave it out). */
export function fromWidgetValue(node: FieldNode, raw: unknown): unknown {
  switch (node.widget) {
    case 'select':
    case 'radio':
      return raw === '' || raw === null ? undefined : optionValue(node, raw);
    case 'checkbox-group': {
      const list = Array.isArray(raw)
        ? raw.map((k) => optionValue(node, k)).filter((v) => v !== undefined)
        : [];
      return list.length === 0 ? undefined : list;
    }
    case 'checkbox': {
      const checked = raw === true || raw === 'true' || raw === 'on';
      return checked ? true : node.schema['const'] === true ? undefined : false;
    }
    case 'number':
    case 'money':
      return numberValue(raw);
    default:
      return typeof raw === 'string' && raw !== '' ? raw : undefined;
  }
}
