/** Which control `<dvc-form>` renders for a field: `x-dvc-widget`, else the default for the type and format. */
import { isWidget, type Widget } from '@dvc-kit/procedures/format';
import type { FormSchema } from './form-schema.js';

function typeOf(schema: FormSchema): string | undefined {
  const t = schema['type'];
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.find((x): x is string => typeof x === 'string' && x !== 'null');
  return undefined;
}

function stringWidget(format: unknown, maxLength: unknown): Widget {
  if (format === 'date') return 'date';
  if (format === 'date-time') return 'date-time';
  if (format === 'email') return 'email';
  if (format === 'vn-personal-id' || format === 'vn-identity-number') return 'personal-id';
  if (format === 'vn-mobile' || format === 'vn-phone' || format === 'vn-landline') return 'phone';
  if (typeof format === 'string' && format.startsWith('vn-tax-code')) return 'tax-code';
  if (format === 'iso-country') return 'country';
  if (format === 'vn-ethnic-group') return 'ethnic-group';
  if (format === 'vn-province-code') return 'province';
  if (format === 'vn-commune-code') return 'commune';
  // Room for a letter's worth of text: several lines, newlines kept.
  if (typeof maxLength === 'number' && maxLength >= 500) return 'textarea';
  return 'text';
}

/** The widget of a field whose schema is `schema` (already resolved), with `items` resolved by `items`. */
export function widgetFor(schema: FormSchema, items?: FormSchema): Widget {
  const named = schema['x-dvc-widget'];
  if (isWidget(named)) return named;
  if (schema['const'] === true) return 'checkbox';
  if (Array.isArray(schema['enum'])) return schema['enum'].length > 5 ? 'select' : 'radio';
  const type = typeOf(schema);
  if (type === 'object' || (type === undefined && schema['properties'] !== undefined)) return 'group';
  if (type === 'array')
    return items !== undefined && Array.isArray(items['enum']) ? 'checkbox-group' : 'repeatable';
  if (type === 'boolean') return 'checkbox';
  if (type === 'integer' || type === 'number') return 'number';
  return stringWidget(schema['format'], schema['maxLength']);
}
