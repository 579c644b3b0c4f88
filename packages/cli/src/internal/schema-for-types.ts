/**
 * Shapes a definition's data schema for json-schema-to-typescript, which ignores `if`/`then`/`else`
 * and names types after `$id`, `title` and `$ref` siblings. On a copy:
 *
 * - properties declared only in conditional branches (`then`, `else`, `dependentSchemas`) are hoisted
 *   into their object as optional properties, so a dossier that fills them still type-checks;
 * - each node's `x-dvc-label` becomes its `description` (Vietnamese, then English), shown as JSDoc;
 * - a `$ref` keeps no sibling annotations, so every use of `#/$defs/address` is the one `Address` type;
 * - the root loses `$id` and `title`, so the type is named after the procedure.
 */

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
const MAP = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
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

/** Moves the properties of `then`/`else`/`dependentSchemas` branches into `node.properties`. */
function hoistConditionalProperties(node: Node): void {
  const found: [string, unknown][] = [];
  collectBranch(node['then'], found);
  collectBranch(node['else'], found);
  const dependent = node['dependentSchemas'];
  if (isNode(dependent)) for (const sub of Object.values(dependent)) collectBranch(sub, found);
  const allOf = node['allOf'];
  if (Array.isArray(allOf)) {
    const kept = allOf.filter((entry) => {
      if (!isNode(entry) || !('if' in entry)) return true;
      collectBranch(entry['then'], found);
      collectBranch(entry['else'], found);
      return !Object.keys(entry).every((key) => CONDITIONAL_ONLY.has(key));
    });
    if (kept.length === 0) delete node['allOf'];
    else node['allOf'] = kept;
  }
  delete node['if'];
  delete node['then'];
  delete node['else'];
  delete node['dependentSchemas'];
  if (found.length === 0) return;
  const properties: Node = isNode(node['properties']) ? node['properties'] : {};
  for (const [name, schema] of found) if (!Object.hasOwn(properties, name)) properties[name] = schema;
  node['properties'] = properties;
}

/** The properties a branch declares, its own nested conditionals (already hoisted) included. */
function collectBranch(branch: unknown, into: [string, unknown][]): void {
  if (!isNode(branch)) return;
  const properties = branch['properties'];
  if (isNode(properties)) into.push(...Object.entries(properties));
  const allOf = branch['allOf'];
  if (Array.isArray(allOf)) for (const entry of allOf) collectBranch(entry, into);
}
