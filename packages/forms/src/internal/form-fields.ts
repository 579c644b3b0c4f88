/** The field tree of `<dvc-form>`: one node per rendered field, built from the data model. */
import { branchShapes, constChoices } from './form-choice.js';
import { humanise, suffixed } from './form-label.js';
import { childPointer, isJsonObject } from '@dvc-kit/validation';
import {
  isOpenObject,
  itemSchemaAt,
  propertiesOf,
  refsOf,
  renderSchema,
  type FormSchema,
} from './form-schema.js';

const MAX_DEPTH = 24;
import type { Widget } from '@dvc-kit/procedures/format';
import { widgetFor } from './form-widgets.js';

/** A choice of a select, radio or checkbox group: the data value, its string key and its label. */
export interface FieldOption {
  key: string;
  value: unknown;
  label: unknown;
}

/** A branch of a choice (`oneOf`/`anyOf` of object shapes): its name and the fields only it declares. */
export interface FieldBranch {
  label: unknown;
  schema: FormSchema;
  children: FieldNode[];
}

/** One field: where its value lives, how it is shown, and (groups) its children. */
export interface FieldNode {
  pointer: string;
  name: string;
  widget: Widget;
  schema: FormSchema;
  label: unknown;
  hint: unknown;
  help: unknown;
  options: FieldOption[];
  /** Group and address: the fields inside, in display order. */
  children: FieldNode[];
  /** A group whose schema is a choice of object shapes: the branches, one shown at a time. */
  branches?: FieldBranch[];
  /**
   * A group reached again through a recursive `$ref`: its fields are built only once it has a value
   * (the person pressed "Add"), with the `$ref`s on the way, so recursion stops there again.
   */
  lazy?: ReadonlySet<string>;
  /** Repeatable: the array's schema (its items are typed by position: `prefixItems`, tuple `items`). */
  itemSchema?: FormSchema;
  /** A group whose schema allows extra keys (`additionalProperties`, `patternProperties`): a key-value editor follows its fields. */
  open?: true;
  /** Prefilled from the citizen's profile and not editable, or `readOnly`, or a lone `const`. */
  locked: boolean;
  /** Declared only in a condition's branch (`then`/`else`, `dependencies`): it applies when the validator says so. */
  conditional?: true;
  /** Listed in `required` of the object schema that declares it (its own and its `allOf`'s, not a branch's). */
  required?: true;
}

/**
 * The options and children of every field that has none: one frozen empty list rather than two
 * per field (they are read, never changed; a group's children are a list of their own).
 */
const NONE = Object.freeze([]) as unknown as never[];

const YES_NO: Record<string, unknown> = { true: { vi: 'Có', en: 'Yes' }, false: { vi: 'Không', en: 'No' } };

function keyOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The label of enum value `i`: `x-dvc-enum-labels` / `x-dvc-labels` by value (or by position), legacy `enumNames`. */
function enumLabel(schema: FormSchema, key: string, i: number): unknown {
  for (const name of ['x-dvc-enum-labels', 'x-dvc-labels', 'enumNames']) {
    const labels = schema[name];
    if (isJsonObject(labels) && Object.hasOwn(labels, key)) return labels[key];
    if (Array.isArray(labels) && labels[i] !== undefined) return labels[i];
  }
  return undefined;
}

function optionsOf(root: FormSchema, schema: FormSchema): FieldOption[] {
  const consts = constChoices(root, schema);
  if (consts !== undefined)
    return consts.map((c) => ({ key: keyOf(c.value), value: c.value, label: c.label }));
  const values: unknown[] = Array.isArray(schema['enum'])
    ? schema['enum']
    : schema['type'] === 'boolean'
      ? [true, false]
      : NONE;
  if (values.length === 0) return NONE;
  return values.map((value, i) => {
    const key = keyOf(value);
    const fallback = typeof value === 'boolean' ? YES_NO[key] : key;
    return { key, value, label: enumLabel(schema, key, i) ?? fallback };
  });
}

/** Context of a build: the root schema, pointers placed elsewhere by the layout, locked prefills. */
export interface BuildContext {
  root: FormSchema;
  placed: ReadonlySet<string>;
  locked: ReadonlySet<string>;
  /** The `$ref`s followed to get here (a recursive one makes a lazy group). */
  refs?: ReadonlySet<string>;
}

/** `schema` as `widgetFor` should see it: a `const` choice as an `enum`. */
function asChoice(root: FormSchema, schema: FormSchema | undefined): FormSchema | undefined {
  if (schema === undefined) return undefined;
  const consts = constChoices(root, schema);
  return consts === undefined ? schema : { ...schema, enum: consts.map((c) => c.value) };
}

function widgetOf(
  root: FormSchema,
  schema: FormSchema,
  items: FormSchema | undefined,
  choice: boolean,
): Widget {
  if (choice && typeof schema['x-dvc-widget'] !== 'string') return 'group';
  const named = widgetFor(asChoice(root, schema) ?? schema, asChoice(root, items));
  if (named === 'text' && schema['type'] === undefined && isOpenObject(schema)) return 'group';
  return named;
}

/** Builds the node of the field `name` at `pointer` whose schema is `raw` (`schema`: resolved, when it already is). */
export function buildField(
  ctx: BuildContext,
  pointer: string,
  name: string,
  raw: unknown,
  schema: FormSchema = renderSchema(ctx.root, raw),
): FieldNode {
  const here = [
    ...(isJsonObject(raw) && typeof raw['$ref'] === 'string' ? [raw['$ref']] : []),
    ...refsOf(schema),
  ];
  if (isJsonObject(raw)) here.push(...refsOf(raw));
  const refs = ctx.refs ?? new Set<string>();
  // Reached again through a `$ref` on the way here (or absurdly deep): built on demand, never forever.
  const recursive = here.some((r) => refs.has(r)) || pointer.split('/').length > MAX_DEPTH;
  const items =
    schema['type'] === 'array' || schema['items'] !== undefined
      ? itemSchemaAt(ctx.root, schema, 0)
      : undefined;
  const options = optionsOf(ctx.root, schema['type'] === 'array' && items !== undefined ? items : schema);
  const shapes = branchShapes(ctx.root, schema);
  const named = widgetOf(ctx.root, schema, items, shapes !== undefined);
  // A choice with nothing to choose from (e.g. a code checked by a pattern) is typed instead.
  const widget = (named === 'select' || named === 'radio') && options.length === 0 ? 'text' : named;
  const loneConst = 'const' in schema && schema['const'] !== true;
  const node: FieldNode = {
    pointer,
    name,
    widget,
    schema,
    label: schema['x-dvc-label'] ?? schema['title'] ?? humanise(name),
    hint: schema['x-dvc-hint'] ?? (schema['x-dvc-label'] === undefined ? schema['description'] : undefined),
    help: schema['x-dvc-help'],
    options,
    children: NONE,
    locked: ctx.locked.has(pointer) || schema['readOnly'] === true || loneConst,
  };
  if (widget === 'group' && isOpenObject(schema)) node.open = true;
  if (widget === 'group' || widget === 'address') {
    if (recursive) node.lazy = refs;
    else
      fillGroup(here.length === 0 ? { ...ctx, refs } : { ...ctx, refs: new Set([...refs, ...here]) }, node);
  }
  if (widget === 'repeatable') node.itemSchema = schema;
  return node;
}

/** Builds the fields of a group: its own, and those of each branch of its choice. */
function fillGroup(ctx: BuildContext, node: FieldNode): void {
  node.children = childFields(ctx, node.pointer, node.schema);
  const shapes = branchShapes(ctx.root, node.schema);
  if (shapes === undefined) return;
  const base = new Set(node.children.map((c) => c.name));
  node.branches = shapes.map((shape) => ({
    label: shape.label,
    schema: shape.schema,
    children: childFields(ctx, node.pointer, shape.schema).filter((c) => !base.has(c.name)),
  }));
}

/** The fields of an object schema at `pointer`, leaving out those the layout placed elsewhere. */
export function childFields(ctx: BuildContext, pointer: string, schema: FormSchema): FieldNode[] {
  const { properties, conditional } = propertiesOf(ctx.root, schema);
  const required = requiredNames(schema);
  return properties
    .map(([name, sub]) => [childPointer(pointer, name), name, sub] as const)
    .filter(([p]) => !ctx.placed.has(p))
    .map(([p, name, sub]) => {
      // `sub` is resolved already (`propertiesOf`): not resolved and copied again.
      const node = buildField(ctx, p, name, sub, sub);
      if (conditional.has(name)) node.conditional = true;
      else if (required.has(name)) node.required = true;
      return node;
    });
}

/** The names an object schema (resolved, its `allOf` merged: `renderSchema`) lists in `required`. */
export function requiredNames(schema: FormSchema | undefined): ReadonlySet<string> {
  const list = schema?.['required'];
  return new Set(Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string') : []);
}

/** A lazy (recursive) group with its fields built, once it has a value. */
export function expandLazy(ctx: BuildContext, node: FieldNode): FieldNode {
  const { lazy, ...built } = node;
  fillGroup({ ...ctx, placed: new Set(), refs: lazy ?? new Set<string>() }, built);
  return built;
}

/** The fields of item `index` of a repeatable group (a non-object item is one field, named "<label> n"). */
export function itemFields(ctx: BuildContext, node: FieldNode, index: number): FieldNode[] {
  const pointer = childPointer(node.pointer, index);
  const items = itemSchemaAt(ctx.root, node.itemSchema ?? node.schema, index) ?? {};
  const inner = { ...ctx, placed: new Set<string>() };
  if (widgetFor(items) === 'group' && branchShapes(ctx.root, items) === undefined) {
    return childFields(inner, pointer, items);
  }
  const field = buildField(inner, pointer, String(index + 1), items);
  if (items['x-dvc-label'] === undefined && items['title'] === undefined)
    field.label = suffixed(node.label, String(index + 1));
  return [field];
}
