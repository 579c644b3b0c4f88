/**
 * The declared-fields index: which fields a JSON Schema declares, wherever it declares them. This
 * is the one answer lint (`@dvc-kit/procedures`), the CLI and `<dvc-form>` share, so a layout that
 * lints clean names fields the form knows.
 *
 * A field is a data location, written as a JSON Pointer into the data: `properties` name members;
 * array items are `-` (`/members/-/name`) or their position for tuples (`prefixItems`, draft-07
 * `items: [...]`; the rest, `items`/`additionalItems`, is `-`); the members of an open object
 * (`additionalProperties`, `patternProperties` and `unevaluatedProperties` subschemas) are `*`. The
 * walk goes through `allOf`, `anyOf`, `oneOf`, `then`/`else`, `dependentSchemas`, draft-07
 * `dependencies` and local `$ref`s (into `$defs`, `definitions` or anywhere else); a `$ref` back to
 * a schema the walk is already inside (`{ properties: { child: { $ref: '#' } } }`) declares the field
 * and is not walked again: `recursive` says which field's shape it repeats.
 */
import { childPointer, isJsonObject } from '../pointer.js';
import { refResolver, type ResolvedRef } from './schema-refs.js';

/** A keyword under which a field exists only in some cases. */
export type BranchKeyword = 'anyOf' | 'oneOf' | 'then' | 'else' | 'dependentSchemas' | 'dependencies';

/** One place a schema declares a field. */
export interface FieldDeclaration {
  /** The field's subschema there (`true` is read as `{}`). */
  schema: Record<string, unknown>;
  /** JSON Pointer of that subschema in the schema document (prefixed with the `at` option). */
  at: string;
  /**
   * The nearest branch the declaration is under, counted from the root: the branch keyword and the
   * pointer of the branch subschema (`/properties/address/oneOf/1`). Absent when it always applies.
   */
  branch?: { keyword: BranchKeyword; at: string };
}

/** A field of the index. */
export interface DeclaredField {
  /** The field's data pointer (`/address/street`, `/members/-/name`, `/labels/*`). */
  pointer: string;
  /** Every declaration, in the order the walk met them (a field may be declared and refined). */
  declarations: FieldDeclaration[];
  /** True when every declaration sits under a branch: the field exists only in some cases. */
  conditional: boolean;
  /** True when an object that always applies lists the field in `required`. */
  required: boolean;
  /** True when a branch, `dependentRequired` or `dependencies` may require the field. */
  requiredSometimes: boolean;
  /** True inside an array item (`-`, or a tuple position) or an open object's member (`*`). */
  repeated: boolean;
  /** For a recursive `$ref`: the field whose shape this one repeats (`''` is the root). */
  recursive?: string;
}

/** A schema object met by the walk, with the data location it applies to. */
export interface SchemaNode {
  schema: Record<string, unknown>;
  /** JSON Pointer of the schema object in the schema document. */
  at: string;
  /** The data location (a field pointer, `''` for the root). */
  instance: string;
  /** The nearest branch it is under, as in `FieldDeclaration`. */
  branch?: { keyword: BranchKeyword; at: string };
}

/** The index `declaredFields` builds. */
export interface DeclaredFieldsIndex {
  /** Field pointer → field, in declaration order. */
  readonly fields: ReadonlyMap<string, DeclaredField>;
  /** Every schema object reached, once per data location. */
  readonly nodes: readonly SchemaNode[];
  /** The `if` subschemas, with the data location they test. */
  readonly conditions: readonly SchemaNode[];
  /** The field a concrete data pointer falls under (`/members/3/name` → `/members/-/name`). */
  fieldAt(pointer: string): DeclaredField | undefined;
  /** Resolves a local `$ref` of the schema (`#/$defs/address`, `#address`). */
  resolve(ref: unknown): { schema: Record<string, unknown>; at: string } | undefined;
  /** `keyword` of `schema`, or else of its `$ref` target. */
  keywordOf(schema: Record<string, unknown>, keyword: string): unknown;
  /** `keyword` from the first declaration of `field` that has it (through `$ref`). */
  fieldKeyword(field: string, keyword: string): unknown;
  /** The JSON types `field` declares (`type`, else inferred from `const`/`enum`), empty when unknown. */
  fieldTypes(field: string): string[];
}

/** Options of `declaredFields`. */
export interface DeclaredFieldsOptions {
  /** Pointer prefixed to every `at` (where the schema sits in a larger document), default `''`. */
  at?: string;
  /** How deep the walk goes before it stops (default 64). */
  maxDepth?: number;
}

const BRANCH_LISTS = ['anyOf', 'oneOf'] as const;
const BRANCH_ONE = ['then', 'else'] as const;
const OPEN_MEMBERS = ['additionalProperties', 'unevaluatedProperties'] as const;
const NUMERIC = /^(?:0|[1-9][0-9]*)$/;

type Branch = FieldDeclaration['branch'];

function asSchema(value: unknown): Record<string, unknown> | undefined {
  if (value === true) return {};
  return isJsonObject(value) ? value : undefined;
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Builds the declared-fields index of `schema` (a JSON Schema of any dialect dvc-kit reads). */
export function declaredFields(schema: unknown, options: DeclaredFieldsOptions = {}): DeclaredFieldsIndex {
  const base = options.at ?? '';
  const maxDepth = options.maxDepth ?? 64;
  const resolveLocal = refResolver(schema);
  const fields = new Map<string, DeclaredField>();
  const nodes: SchemaNode[] = [];
  const conditions: SchemaNode[] = [];
  const seen = new Set<string>();
  /** The schema locations the walk is inside, with their data locations. */
  const stack: { at: string; instance: string }[] = [];

  const resolve = (ref: unknown): { schema: Record<string, unknown>; at: string } | undefined => {
    const hit: ResolvedRef | undefined = resolveLocal(ref);
    const target = hit === undefined ? undefined : asSchema(hit.schema);
    return hit === undefined || target === undefined ? undefined : { schema: target, at: base + hit.at };
  };

  const fieldOf = (pointer: string, repeated: boolean): DeclaredField => {
    let field = fields.get(pointer);
    if (field === undefined) {
      field = {
        pointer,
        declarations: [],
        conditional: true,
        required: false,
        requiredSometimes: false,
        repeated,
      };
      fields.set(pointer, field);
    }
    return field;
  };

  /** Field pointer → 'always' or 'sometimes', applied to the declared fields once the walk is done. */
  const requirements = new Map<string, 'always' | 'sometimes'>();
  const markRequired = (instance: string, names: unknown, branch: Branch): void => {
    if (!Array.isArray(names)) return;
    for (const name of names) {
      if (typeof name !== 'string') continue;
      const pointer = childPointer(instance, name);
      if (branch === undefined) requirements.set(pointer, 'always');
      else if (!requirements.has(pointer)) requirements.set(pointer, 'sometimes');
    }
  };

  const declare = (
    sub: unknown,
    pointer: string,
    at: string,
    branch: Branch,
    repeated: boolean,
    depth: number,
  ): void => {
    const s = asSchema(sub);
    if (s === undefined) return;
    const field = fieldOf(pointer, repeated);
    if (!field.declarations.some((d) => d.at === at)) {
      field.declarations.push(branch === undefined ? { schema: s, at } : { schema: s, at, branch });
    }
    if (branch === undefined) field.conditional = false;
    walk(s, pointer, at, branch, repeated, depth + 1);
  };

  const walk = (
    s: Record<string, unknown>,
    instance: string,
    at: string,
    branch: Branch,
    repeated: boolean,
    depth: number,
  ): void => {
    if (depth > maxDepth) return;
    const key = `${at} ${instance} ${branch === undefined ? 'always' : 'branch'}`;
    if (seen.has(key)) return;
    seen.add(key);
    nodes.push(branch === undefined ? { schema: s, at, instance } : { schema: s, at, instance, branch });
    stack.push({ at, instance });
    try {
      walkKeywords(s, instance, at, branch, repeated, depth);
    } finally {
      stack.pop();
    }
  };

  const walkRef = (
    ref: unknown,
    instance: string,
    branch: Branch,
    repeated: boolean,
    depth: number,
  ): void => {
    const target = resolve(ref);
    if (target === undefined) return;
    const outer = stack.find((frame) => frame.at === target.at);
    if (outer !== undefined && outer.instance !== instance) {
      const field = fields.get(instance);
      if (field !== undefined) field.recursive = outer.instance;
      return;
    }
    walk(target.schema, instance, target.at, branch, repeated, depth + 1);
  };

  const walkKeywords = (
    s: Record<string, unknown>,
    instance: string,
    at: string,
    branch: Branch,
    repeated: boolean,
    depth: number,
  ): void => {
    for (const refKeyword of ['$ref', '$recursiveRef', '$dynamicRef']) {
      if (typeof s[refKeyword] === 'string') {
        const ref = refKeyword === '$ref' ? s[refKeyword] : '#';
        walkRef(ref, instance, branch, repeated, depth);
      }
    }
    const props = s['properties'];
    if (isJsonObject(props)) {
      for (const [name, sub] of Object.entries(props)) {
        declare(
          sub,
          childPointer(instance, name),
          childPointer(at, 'properties', name),
          branch,
          repeated,
          depth,
        );
      }
    }
    markRequired(instance, s['required'], branch);
    const inBranch = (keyword: BranchKeyword, subAt: string): Branch => branch ?? { keyword, at: subAt };
    const allOf = s['allOf'];
    if (Array.isArray(allOf)) {
      allOf.forEach((sub, i) => {
        const t = asSchema(sub);
        if (t !== undefined) walk(t, instance, childPointer(at, 'allOf', i), branch, repeated, depth + 1);
      });
    }
    for (const k of BRANCH_LISTS) {
      const list = s[k];
      if (!Array.isArray(list)) continue;
      list.forEach((sub, i) => {
        const t = asSchema(sub);
        const subAt = childPointer(at, k, i);
        if (t !== undefined) walk(t, instance, subAt, inBranch(k, subAt), repeated, depth + 1);
      });
    }
    for (const k of BRANCH_ONE) {
      const t = asSchema(s[k]);
      const subAt = childPointer(at, k);
      if (t !== undefined) walk(t, instance, subAt, inBranch(k, subAt), repeated, depth + 1);
    }
    if (isJsonObject(s['if'])) {
      const ifAt = childPointer(at, 'if');
      conditions.push(
        branch === undefined
          ? { schema: s['if'], at: ifAt, instance }
          : { schema: s['if'], at: ifAt, instance, branch },
      );
    }
    for (const k of ['dependentSchemas', 'dependencies'] as const) {
      const map = s[k];
      if (!isJsonObject(map)) continue;
      for (const [name, sub] of Object.entries(map)) {
        const subAt = childPointer(at, k, name);
        if (Array.isArray(sub)) markRequired(instance, sub, inBranch(k, subAt));
        const t = asSchema(sub);
        if (t !== undefined) walk(t, instance, subAt, inBranch(k, subAt), repeated, depth + 1);
      }
    }
    const dependentRequired = s['dependentRequired'];
    if (isJsonObject(dependentRequired)) {
      for (const [name, list] of Object.entries(dependentRequired)) {
        markRequired(
          instance,
          list,
          inBranch('dependentSchemas', childPointer(at, 'dependentRequired', name)),
        );
      }
    }
    walkItems(s, instance, at, branch, depth);
    for (const k of OPEN_MEMBERS) {
      if (isJsonObject(s[k]))
        declare(s[k], childPointer(instance, '*'), childPointer(at, k), branch, true, depth);
    }
    const patterns = s['patternProperties'];
    if (isJsonObject(patterns)) {
      for (const [pattern, sub] of Object.entries(patterns)) {
        declare(
          sub,
          childPointer(instance, '*'),
          childPointer(at, 'patternProperties', pattern),
          branch,
          true,
          depth,
        );
      }
    }
  };

  const walkItems = (
    s: Record<string, unknown>,
    instance: string,
    at: string,
    branch: Branch,
    depth: number,
  ): void => {
    const tuple = Array.isArray(s['prefixItems'])
      ? 'prefixItems'
      : Array.isArray(s['items'])
        ? 'items'
        : undefined;
    if (tuple !== undefined) {
      (s[tuple] as unknown[]).forEach((sub, i) => {
        declare(sub, childPointer(instance, i), childPointer(at, tuple, i), branch, true, depth);
      });
    }
    const rest = tuple === 'items' ? 'additionalItems' : 'items';
    if (isJsonObject(s[rest]))
      declare(s[rest], childPointer(instance, '-'), childPointer(at, rest), branch, true, depth);
  };

  const root = asSchema(schema);
  if (root !== undefined) walk(root, '', base, undefined, false, 0);
  for (const [pointer, how] of requirements) {
    const field = fields.get(pointer);
    if (field === undefined) continue;
    if (how === 'always') field.required = true;
    else field.requiredSometimes = true;
  }

  const keywordOf = (s: Record<string, unknown>, keyword: string): unknown => {
    if (Object.hasOwn(s, keyword)) return s[keyword];
    const target = resolve(s['$ref']);
    return target !== undefined && Object.hasOwn(target.schema, keyword) ? target.schema[keyword] : undefined;
  };
  const fieldKeyword = (field: string, keyword: string): unknown => {
    for (const d of fields.get(field)?.declarations ?? []) {
      const v = keywordOf(d.schema, keyword);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const fieldTypes = (field: string): string[] => {
    const type = fieldKeyword(field, 'type');
    if (typeof type === 'string') return [type];
    if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
    const constant = fieldKeyword(field, 'const');
    if (constant !== undefined) return [jsonTypeOf(constant)];
    const values = fieldKeyword(field, 'enum');
    return Array.isArray(values) ? [...new Set(values.map(jsonTypeOf))] : [];
  };
  const fieldAt = (pointer: string): DeclaredField | undefined => {
    const exact = fields.get(pointer);
    if (exact !== undefined || pointer === '') return exact;
    let current = '';
    for (const token of pointer.slice(1).split('/')) {
      const candidates = [`${current}/${token}`];
      if (NUMERIC.test(token)) candidates.push(`${current}/-`);
      candidates.push(`${current}/*`);
      const next = candidates.find((c) => fields.has(c));
      if (next === undefined) return undefined;
      current = next;
    }
    return fields.get(current);
  };

  return { fields, nodes, conditions, fieldAt, resolve, keywordOf, fieldKeyword, fieldTypes };
}
