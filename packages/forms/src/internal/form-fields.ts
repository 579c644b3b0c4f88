/** The field tree of `<dvc-form>`: one node per rendered field, built from the data model. */
import { childPointer, isRecord } from './form-pointer.js';
import { objectProperties, resolveSchema, type FormSchema } from './form-schema.js';
import { widgetFor, type FormWidget } from './form-widgets.js';

/** A choice of a select, radio or checkbox group: the data value, its string key and its label. */
export interface FieldOption {
  key: string;
  value: unknown;
  label: unknown;
}

/** One field: where its value lives, how it is shown, and (groups) its children. */
export interface FieldNode {
  pointer: string;
  name: string;
  widget: FormWidget;
  schema: FormSchema;
  label: unknown;
  hint: unknown;
  help: unknown;
  options: FieldOption[];
  /** Group and address: the fields inside, in display order. */
  children: FieldNode[];
  /** Repeatable: the schema of one item. */
  itemSchema?: FormSchema;
  /** Prefilled from the citizen's profile and not editable. */
  locked: boolean;
}

const YES_NO: Record<string, unknown> = { true: { vi: 'Có', en: 'Yes' }, false: { vi: 'Không', en: 'No' } };

function optionsOf(schema: FormSchema): FieldOption[] {
  const labels = isRecord(schema['x-dvc-enum-labels']) ? schema['x-dvc-enum-labels'] : {};
  const values: unknown[] = Array.isArray(schema['enum'])
    ? schema['enum']
    : schema['type'] === 'boolean'
      ? [true, false]
      : [];
  return values.map((value) => {
    const key = typeof value === 'string' ? value : JSON.stringify(value);
    const fallback = typeof value === 'boolean' ? YES_NO[key] : key;
    return { key, value, label: Object.hasOwn(labels, key) ? labels[key] : fallback };
  });
}

/** Context of a build: the root schema, pointers placed elsewhere by the layout, locked prefills. */
export interface BuildContext {
  root: FormSchema;
  placed: ReadonlySet<string>;
  locked: ReadonlySet<string>;
}

/** Builds the node of the field `name` at `pointer` whose (unresolved) schema is `raw`. */
export function buildField(ctx: BuildContext, pointer: string, name: string, raw: unknown): FieldNode {
  const schema = resolveSchema(ctx.root, raw);
  const items = schema['items'] !== undefined ? resolveSchema(ctx.root, schema['items']) : undefined;
  const options = optionsOf(schema['type'] === 'array' && items !== undefined ? items : schema);
  const named = widgetFor(schema, items);
  // A choice with nothing to choose from (e.g. a code checked by a pattern) is typed instead.
  const widget = (named === 'select' || named === 'radio') && options.length === 0 ? 'text' : named;
  const node: FieldNode = {
    pointer,
    name,
    widget,
    schema,
    label: schema['x-dvc-label'] ?? schema['title'] ?? name,
    hint: schema['x-dvc-hint'] ?? (schema['x-dvc-label'] === undefined ? schema['description'] : undefined),
    help: schema['x-dvc-help'],
    options,
    children: [],
    locked: ctx.locked.has(pointer),
  };
  if (widget === 'group' || widget === 'address') node.children = childFields(ctx, pointer, schema);
  if (widget === 'repeatable' && items !== undefined) node.itemSchema = items;
  return node;
}

/** The fields of an object schema at `pointer`, leaving out those the layout placed elsewhere. */
export function childFields(ctx: BuildContext, pointer: string, schema: FormSchema): FieldNode[] {
  return objectProperties(ctx.root, schema)
    .map(([name, sub]) => [childPointer(pointer, name), name, sub] as const)
    .filter(([p]) => !ctx.placed.has(p))
    .map(([p, name, sub]) => buildField(ctx, p, name, sub));
}

/** The fields of item `index` of a repeatable group (a non-object item is one field). */
export function itemFields(ctx: BuildContext, node: FieldNode, index: number): FieldNode[] {
  const pointer = childPointer(node.pointer, index);
  const items = node.itemSchema ?? {};
  if (widgetFor(items) === 'group') return childFields({ ...ctx, placed: new Set() }, pointer, items);
  return [buildField(ctx, pointer, String(index + 1), items)];
}
