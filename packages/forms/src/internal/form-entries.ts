/**
 * Open objects (`additionalProperties`, `patternProperties`): the keys a group's data has beyond the
 * properties its schema declares, each an entry of a key-value editor typed by the schema its key
 * matches. A key no schema allows, or a value the form cannot type, stays out of the editor (kept,
 * and reported as `unshown`).
 */
import { childPointer, isJsonObject } from '@dvc-kit/validation';
import { buildField, type BuildContext, type FieldNode } from './form-fields.js';
import {
  branchesOf,
  extraSchema,
  objectProperties,
  renderSchema,
  schemaRegExp,
  type FormSchema,
} from './form-schema.js';
import type { FormLocale } from './form-text.js';

const TYPED = ['type', 'enum', 'const', 'properties', 'items', 'oneOf', 'anyOf', 'format'];

/** A schema to edit `value` with when its own says nothing of its type (`true`, `{}`). */
function typedByValue(schema: FormSchema, value: unknown): FormSchema | undefined {
  if (TYPED.some((k) => k in schema)) return schema;
  if (value === undefined || typeof value === 'string') return { ...schema, type: 'string' };
  if (typeof value === 'number') return { ...schema, type: 'number' };
  if (typeof value === 'boolean') return { ...schema, type: 'boolean' };
  return undefined;
}

/**
 * The schema to edit the extra key `key` (value `value`) of an open object with, or `undefined`
 * when the form cannot type it. A key the schema does not allow is still shown (typed by its value),
 * with a message on its key, so the person can rename or remove it.
 */
export function entrySchema(
  root: FormSchema,
  schema: FormSchema,
  key: string,
  value: unknown,
): FormSchema | undefined {
  const allowed = extraSchema(root, schema, key);
  return typedByValue(allowed === false ? {} : allowed, value);
}

/** The names a group declares anywhere (its properties, conditions and choice branches). */
export function declaredNames(root: FormSchema, schema: FormSchema): Set<string> {
  const names = new Set(objectProperties(root, schema).map(([n]) => n));
  for (const branch of branchesOf(schema)) {
    if (!isJsonObject(branch)) continue;
    for (const [n] of objectProperties(root, renderSchema(root, branch))) names.add(n);
  }
  return names;
}

/** The extra keys of `value` the editor of the open group `node` shows, in data order. */
export function entryKeys(root: FormSchema, node: FieldNode, value: unknown): string[] {
  if (!node.open || !isJsonObject(value)) return [];
  const declared = declaredNames(root, node.schema);
  return Object.keys(value).filter(
    (k) => !declared.has(k) && entrySchema(root, node.schema, k, value[k]) !== undefined,
  );
}

/** The field of the value of entry `key` of the open group `node`. */
export function entryField(ctx: BuildContext, node: FieldNode, key: string, value: unknown): FieldNode {
  const schema = entrySchema(ctx.root, node.schema, key, value) ?? {};
  const field = buildField({ ...ctx, placed: new Set() }, childPointer(node.pointer, key), key, schema);
  if (schema['title'] === undefined && schema['x-dvc-label'] === undefined) field.label = key;
  return field;
}

/** The fields of every entry of the open group `node` whose data is `value`. */
export function entryFields(ctx: BuildContext, node: FieldNode, value: unknown): FieldNode[] {
  if (!isJsonObject(value)) return [];
  return entryKeys(ctx.root, node, value).map((k) => entryField(ctx, node, k, value[k]));
}

const WORDS = {
  vi: {
    empty: 'Vui lòng nhập tên khóa.',
    taken: (k: string) => `Khóa “${k}” đã có trong biểu mẫu.`,
    pattern: (p: string) => `Tên khóa phải khớp mẫu ${p}.`,
    length: (min: number, max: number) => `Tên khóa phải dài từ ${min} đến ${max} ký tự.`,
    oneOf: (list: string) => `Tên khóa phải là một trong: ${list}.`,
  },
  en: {
    empty: 'Enter a key.',
    taken: (k: string) => `The key “${k}” is already in the form.`,
    pattern: (p: string) => `The key must match ${p}.`,
    length: (min: number, max: number) => `The key must be ${min} to ${max} characters long.`,
    oneOf: (list: string) => `The key must be one of: ${list}.`,
  },
};

function namesProblem(root: FormSchema, raw: unknown, key: string, locale: FormLocale): string {
  if (!isJsonObject(raw)) return raw === false ? WORDS[locale].pattern('∅') : '';
  const names = renderSchema(root, raw);
  const words = WORDS[locale];
  if (typeof names['pattern'] === 'string' && schemaRegExp(names['pattern'])?.test(key) === false)
    return words.pattern(names['pattern']);
  const min = typeof names['minLength'] === 'number' ? names['minLength'] : 0;
  const max = typeof names['maxLength'] === 'number' ? names['maxLength'] : Infinity;
  // JSON Schema counts lengths in code points, as spreading a string does.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  const length = [...key].length;
  if (length < min || length > max) return words.length(min, max);
  const allowed = Array.isArray(names['enum'])
    ? names['enum']
    : 'const' in names
      ? [names['const']]
      : undefined;
  if (allowed !== undefined && !allowed.includes(key)) return words.oneOf(allowed.map(String).join(', '));
  return '';
}

/**
 * What is wrong with `key` as a new name for an entry of the open group `node` (`''` when nothing):
 * empty, already a key of the data or a declared field, not matching `patternProperties` where
 * `additionalProperties` is `false`, or refused by `propertyNames`.
 */
export function keyProblem(
  root: FormSchema,
  node: FieldNode,
  key: string,
  taken: ReadonlySet<string>,
  locale: FormLocale,
): string {
  const words = WORDS[locale];
  if (key === '') return words.empty;
  if (taken.has(key) || declaredNames(root, node.schema).has(key)) return words.taken(key);
  const schema = node.schema;
  if (extraSchema(root, schema, key) === false) {
    const patterns = isJsonObject(schema['patternProperties'])
      ? Object.keys(schema['patternProperties'])
      : [];
    return words.pattern(patterns.join(' | ') || '∅');
  }
  return namesProblem(root, schema['propertyNames'], key, locale);
}

/** A key not yet in `taken` for a new entry: `newKey`, `newKey2`, … */
export function freshKey(taken: ReadonlySet<string>): string {
  for (let i = 1; ; i++) {
    const key = i === 1 ? 'newKey' : `newKey${i}`;
    if (!taken.has(key)) return key;
  }
}

/** `object` with key `from` renamed `to`, in the same place among its keys. */
export function renameKey(
  object: Record<string, unknown>,
  from: string,
  to: string,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k === from ? to : k, v]));
}
