/**
 * Shapes a definition's data schema for json-schema-to-typescript, which ignores `if`/`then`/`else`
 * and names types after `$id`, `title` and `$ref` siblings. On a copy:
 *
 * - properties declared only in conditional branches (`then`, `else`, `dependentSchemas`,
 *   `dependencies`) are hoisted into their object as optional properties, so a dossier that fills
 *   them still type-checks;
 * - each node's `x-dvc-label` becomes its `description` (Vietnamese, then English), shown as JSDoc;
 * - a `$ref` keeps no sibling annotations, so every use of `#/$defs/address` is the one `Address` type;
 * - the root loses `$id` and `title`, so the type is named after the procedure.
 */
import { declaredFields, parsePointer } from '@dvc-kit/validation';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Keywords whose value is one subschema. */
const ONE = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'propertyNames',
];
/** Keywords whose value is an array of subschemas. */
const MANY = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to subschemas. */
const MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'];
/** Keys a conditional `allOf` entry may have and still be dropped once hoisted. */
const CONDITIONAL_ONLY = new Set(['if', 'then', 'else', '$comment', 'description']);

/** A copy of `dataSchema` ready for json-schema-to-typescript. */
export function schemaForTypes(dataSchema: unknown): unknown {
  const root = structuredClone(dataSchema);
  if (!isNode(root)) return root;
  prepare(root);
  delete root['$id'];
  delete root['title'];
  return root;
}

/** Prepares `node` and its subschemas; a conditional `allOf` entry is left for its parent to hoist. */
function prepare(node: Node, hoist = true): void {
  for (const key of ONE) if (isNode(node[key])) prepare(node[key]);
  for (const key of MANY) {
    const list = node[key];
    if (Array.isArray(list))
      for (const item of list) if (isNode(item)) prepare(item, !(key === 'allOf' && 'if' in item));
  }
  for (const key of MAP) {
    const map = node[key];
    if (isNode(map)) for (const sub of Object.values(map)) if (isNode(sub)) prepare(sub);
  }
  describe(node);
  if (hoist) hoistConditionalProperties(node);
  if (typeof node['$ref'] === 'string') {
    for (const key of Object.keys(node)) if (key !== '$ref') Reflect.deleteProperty(node, key);
  }
}

/** `x-dvc-label` → `description`, with any comment terminator defused so it cannot end the JSDoc early. */
function describe(node: Node): void {
  const label = node['x-dvc-label'];
  if (node['description'] === undefined && isNode(label) && typeof label['vi'] === 'string') {
    node['description'] = typeof label['en'] === 'string' ? `${label['vi']} (${label['en']})` : label['vi'];
  }
  if (typeof node['description'] === 'string')
    node['description'] = node['description'].replaceAll('*/', '*\\/');
}

/** Branches whose properties become optional properties of their object. */
const HOISTED: ReadonlySet<string> = new Set(['then', 'else', 'dependentSchemas', 'dependencies']);

/**
 * Moves the properties declared under `then`/`else`/`dependentSchemas`/`dependencies` into
 * `node.properties`, as the declared-fields index of @dvc-kit/validation finds them (the index
 * `dvc lint` and the forms read). `anyOf`/`oneOf` stay: they become unions.
 */
function hoistConditionalProperties(node: Node): void {
  const found: [string, unknown][] = [];
  for (const field of declaredFields(node).fields.values()) {
    const name = parsePointer(field.pointer);
    if (field.repeated || name?.length !== 1) continue;
    const hoisted = field.declarations.find((d) => d.branch !== undefined && HOISTED.has(d.branch.keyword));
    if (hoisted !== undefined && name[0] !== undefined) found.push([name[0], hoisted.schema]);
  }
  const allOf = node['allOf'];
  if (Array.isArray(allOf)) {
    const kept = allOf.filter(
      (entry) =>
        !isNode(entry) || !('if' in entry) || !Object.keys(entry).every((key) => CONDITIONAL_ONLY.has(key)),
    );
    if (kept.length === 0) delete node['allOf'];
    else node['allOf'] = kept;
  }
  delete node['if'];
  delete node['then'];
  delete node['else'];
  delete node['dependentSchemas'];
  if (isNode(node['dependencies'])) {
    const kept = Object.entries(node['dependencies']).filter(([, v]) => Array.isArray(v));
    if (kept.length === 0) delete node['dependencies'];
    else node['dependencies'] = Object.fromEntries(kept);
  }
  if (found.length === 0) return;
  const properties: Node = isNode(node['properties']) ? node['properties'] : {};
  for (const [name, schema] of found) if (!Object.hasOwn(properties, name)) properties[name] = schema;
  node['properties'] = properties;
}
