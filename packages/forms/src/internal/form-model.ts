/**
 * Reading what `<dvc-form>` is given, a procedure definition or a plain JSON Schema, into steps,
 * sections and field nodes. Anything it cannot lay out is a `FormDefinitionError`.
 */
import type { Condition, FeeLine } from '@dvc-kit/procedures/format';
import { isCondition } from './form-conditions.js';
import { buildField, childFields, requiredNames, type BuildContext, type FieldNode } from './form-fields.js';
import {
  declaredFields,
  isJsonObject,
  parentPointer,
  pointerTokens,
  type DeclaredFieldsIndex,
} from '@dvc-kit/validation';
import { branchShapes } from './form-choice.js';
import {
  conditionalNames,
  FormDefinitionError,
  isOpenObject,
  renderSchema,
  schemaAt,
  type FormSchema,
} from './form-schema.js';

/** A section: a titled list of fields, shown while `visibleWhen` holds. */
export interface SectionNode {
  id: string;
  title: unknown;
  description: unknown;
  visibleWhen?: Condition;
  fields: FieldNode[];
}

/** A step: a stepped form shows one at a time, a read-only one every step on one page. */
export interface StepNode {
  id: string;
  title: unknown;
  description: unknown;
  sections: SectionNode[];
}

const GROUPS: ReadonlySet<string> = new Set(['group', 'address', 'repeatable']);

/** Whether `fields` are one group (a fieldset named by its own legend, needing no other name). */
export function isOneGroup(fields: readonly FieldNode[] | undefined): boolean {
  return fields?.length === 1 && GROUPS.has(fields[0]?.widget ?? '');
}

/** Everything the form renders and validates. */
export interface FormModel {
  title: unknown;
  dataSchema: FormSchema;
  steps: StepNode[];
  context: BuildContext;
  /** The procedure's fee lines (a plain JSON Schema has none). */
  fees?: readonly FeeLine[];
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new FormDefinitionError(`${what} is not a list`);
  return value;
}

/**
 * The field a layout places at `pointer`. Which fields exist is what `declaredFields` of
 * @dvc-kit/validation says (as for `dvc lint`): a field declared only under `oneOf`/`anyOf`,
 * `then`/`else` or `dependentSchemas` is placed like any other; a field inside a repeatable item
 * is not (the list is placed whole).
 */
function fieldAt(ctx: BuildContext, index: DeclaredFieldsIndex, pointer: unknown): FieldNode {
  if (typeof pointer !== 'string' || !pointer.startsWith('/')) {
    throw new FormDefinitionError(`Layout field ${JSON.stringify(pointer)} is not a JSON Pointer`);
  }
  const declared = index.fields.get(pointer);
  if (declared === undefined || declared.repeated)
    throw new FormDefinitionError(`Layout field "${pointer}" is not in the data model`);
  const name = pointerTokens(pointer).at(-1) ?? '';
  const node = buildField(
    ctx,
    pointer,
    name,
    schemaAt(ctx.root, pointer) ?? declared.declarations[0]?.schema,
  );
  const parent = schemaAt(ctx.root, parentPointer(pointer));
  if (declared.conditional || (parent !== undefined && conditionalNames(ctx.root, parent).has(name)))
    node.conditional = true;
  else if (requiredNames(parent).has(name)) node.required = true;
  return node;
}

function procedureModel(definition: Record<string, unknown>): FormModel {
  const root = definition['dataSchema'];
  if (!isJsonObject(root)) throw new FormDefinitionError('dataSchema is not an object');
  const layout = definition['layout'];
  if (!isJsonObject(layout)) throw new FormDefinitionError('layout is not an object');
  const steps = list(layout['steps'], 'layout.steps').map((s) => (isJsonObject(s) ? s : {}));
  const sections = steps.flatMap((s) =>
    list(s['sections'], 'A step’s sections').map((x) => (isJsonObject(x) ? x : {})),
  );
  const placed = new Set(
    sections.flatMap((s) => list(s['fields'], 'A section’s fields')).filter((p) => typeof p === 'string'),
  );
  const prefill = Array.isArray(definition['prefill']) ? (definition['prefill'] as unknown[]) : [];
  const locked = new Set(
    prefill
      .filter(isJsonObject)
      .filter((p) => p['mode'] === 'locked')
      .map((p) => String(p['field'])),
  );
  const context: BuildContext = { root, placed, locked };
  const index = declaredFields(root);
  return {
    title: isJsonObject(definition['procedure']) ? definition['procedure']['name'] : root['x-dvc-label'],
    dataSchema: root,
    context,
    fees: Array.isArray(definition['fees']) ? (definition['fees'] as FeeLine[]) : [],
    steps: steps.map((step, i) => ({
      id: typeof step['id'] === 'string' ? step['id'] : `step-${i}`,
      title: step['title'],
      description: step['description'],
      sections: list(step['sections'], 'A step’s sections').map((raw, j) => {
        const s = isJsonObject(raw) ? raw : {};
        const section: SectionNode = {
          id: typeof s['id'] === 'string' ? s['id'] : `section-${i}-${j}`,
          title: s['title'],
          description: s['description'],
          fields: list(s['fields'], 'A section’s fields').map((p) => fieldAt(context, index, p)),
        };
        if (s['visibleWhen'] !== undefined) {
          if (!isCondition(s['visibleWhen']))
            throw new FormDefinitionError(`visibleWhen of section "${section.id}" is not a condition`);
          section.visibleWhen = s['visibleWhen'];
        }
        return section;
      }),
    })),
  };
}

/** The `$ref`s the root is reached by: `#`, and the root's own `$ref` (so a recursive child is lazy). */
function rootRefs(schema: FormSchema): Set<string> {
  return new Set(['#', ...(typeof schema['$ref'] === 'string' ? [schema['$ref']] : [])]);
}

/** The group at the root that holds the key-value editor of a root open object. */
function rootEntries(schema: FormSchema): FieldNode {
  return {
    pointer: '',
    name: '',
    widget: 'group',
    schema,
    label: { vi: 'Các mục khác', en: 'Other entries' },
    hint: undefined,
    help: undefined,
    options: [],
    children: [],
    locked: schema['readOnly'] === true,
    open: true,
  };
}

function schemaModel(schema: Record<string, unknown>): FormModel {
  const context: BuildContext = {
    root: schema,
    placed: new Set(),
    locked: new Set(),
    refs: rootRefs(schema),
  };
  const resolved = renderSchema(schema, schema);
  const title = resolved['x-dvc-label'] ?? resolved['title'];
  const fields = childFields(context, '', resolved);
  // A root `oneOf`/`anyOf` of object shapes: one choice field at the root, after the common fields.
  if (branchShapes(schema, resolved) !== undefined) {
    const choice = buildField(context, '', '', {
      ...resolved,
      properties: {},
      allOf: undefined,
      required: [],
    });
    const base = new Set(fields.map((f) => f.name));
    choice.children = [];
    choice.branches = (choice.branches ?? []).map((b) => ({
      ...b,
      children: b.children.filter((c) => !base.has(c.name)),
    }));
    fields.push(choice);
  }
  // A root open object: its extra keys in a key-value editor after every field.
  if (isOpenObject(resolved)) fields.push(rootEntries(resolved));
  const section: SectionNode = { id: 'main', title: undefined, description: resolved['description'], fields };
  return {
    title,
    dataSchema: schema,
    context,
    steps: [{ id: 'main', title: undefined, description: undefined, sections: [section] }],
  };
}

/**
 * The model of `definition`: a procedure definition (with `dataSchema` and `layout`) or a JSON
 * Schema of an object.
 * @throws FormDefinitionError when it is neither, or its layout names fields the data model lacks.
 */
export function buildFormModel(definition: unknown): FormModel {
  if (!isJsonObject(definition)) throw new FormDefinitionError('The definition is not a JSON object');
  if ('dataSchema' in definition || 'layout' in definition) return procedureModel(definition);
  const root = renderSchema(definition, definition);
  if (
    root['type'] === 'object' ||
    isJsonObject(root['properties']) ||
    branchShapes(definition, root) !== undefined
  )
    return schemaModel(definition);
  throw new FormDefinitionError(
    `The definition is neither a procedure definition nor a JSON Schema of an object (keyword "type" at "": ${JSON.stringify(root['type'] ?? null)})`,
  );
}
