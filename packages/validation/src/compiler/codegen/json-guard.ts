/**
 * The JSON check fused into the JIT's generated walk (ADR 0022): instead of walking the whole
 * document before the first keyword, each node of the generated code makes sure that the value it
 * passes is plain JSON, and flags `st.nj` when it cannot tell. The run checks the data the old way
 * (`checkJsonData`) only when a run is invalid or flagged, so the issues and their order are those
 * of the pre-walk on every path.
 *
 * A node that passes covers its value without any code when its own checks already imply JSON:
 * a type of string, boolean, null or integer; an `enum`/`const` of such values; a subschema that
 * must pass too and covers it (`$ref`, `allOf`, every branch of `anyOf`/`oneOf`), as every
 * generated node but `true` covers its value. An object typed `object` whose every property is
 * checked by a subschema (`additionalProperties` not `true`) needs only its prototype and depth
 * tested (its `for…in` flags own `undefined` values); an array typed `array` whose every item is
 * checked, only its depth. Any other node calls the pre-walk's fast test on its value.
 */
import type { KeywordContext } from '../types.js';
import { TYPE_TESTS } from './gen.js';

/** Types whose test excludes everything that is not JSON (`Number.isInteger` excludes NaN and Infinity). */
const SETTLED = new Set(['string', 'boolean', 'null', 'integer']);

const settledValue = (x: unknown): boolean =>
  x === null ||
  typeof x === 'string' ||
  typeof x === 'boolean' ||
  (typeof x === 'number' && Number.isFinite(x));

/** A subschema that covers its value when it passes: anything but `true` (a generated node, or `false`). */
export const covering = (s: unknown): boolean => s !== true;

/** What the guard needs to know of a node. */
export interface GuardInput {
  schema: Record<string, unknown>;
  /** The keywords of the node that have a check (the generator's `checkedKeywords`). */
  keywords: readonly string[];
  /** The keyword context of one of them (to resolve a `$ref`). */
  context: (keyword: string) => KeywordContext;
  /** The maximum data depth of the compile (`maxDataDepth`). */
  maxDepth: number;
}

/**
 * What a passing node's JSON check relies on besides its own code: nothing, its properties'
 * subschemas (`object`), its items' (`array`), its `$ref` target, every `anyOf`/`oneOf` branch,
 * or its first `allOf` member that is not `true`. Those subschemas carry the check in turn.
 */
export type Reliance = 'none' | 'object' | 'array' | '$ref' | 'anyOf' | 'oneOf' | 'allOf';

/** The statements that make sure the value `v` of a passing node is JSON, and what they rely on. */
export function jsonGuard({ schema, keywords, context, maxDepth }: GuardInput): {
  code: string;
  relies: Reliance;
} {
  const has = (k: string): boolean => keywords.includes(k);
  const t = has('type') ? schema['type'] : undefined;
  const types = typeof t === 'string' ? [t] : Array.isArray(t) ? (t as string[]) : null;
  const none = (code: string): { code: string; relies: Reliance } => ({ code, relies: 'none' });
  if (types !== null && types.every((x) => SETTLED.has(x))) return none('');
  if (has('const') && settledValue(schema['const'])) return none('');
  if (has('enum') && Array.isArray(schema['enum']) && schema['enum'].every(settledValue)) return none('');
  const only = types !== null && types.length === 1 ? types[0] : null;
  if (only === 'object' && closed(schema, has)) {
    const test = (TYPE_TESTS['object'] as (x: string) => string)('v');
    return {
      code: `if (${test}) { if (st.path.length >= ${maxDepth}) st.nj = true; else { const pr = Object.getPrototypeOf(v); if (pr !== OP && pr !== null) st.nj = true; } }`,
      relies: 'object',
    };
  }
  if (only === 'array' && everyItem(schema, has))
    return { code: `if (Array.isArray(v) && st.path.length >= ${maxDepth}) st.nj = true;`, relies: 'array' };
  if (has('$ref') && context('$ref').resolveRef(schema['$ref'] as string, '$ref').schema !== true)
    return { code: '', relies: '$ref' };
  for (const k of ['anyOf', 'oneOf'] as const)
    if (has(k) && (schema[k] as unknown[]).length > 0 && (schema[k] as unknown[]).every(covering))
      return { code: '', relies: k };
  if (has('allOf') && (schema['allOf'] as unknown[]).some(covering)) return { code: '', relies: 'allOf' };
  if (only === 'number') return none('if (typeof v === "number" && !Number.isFinite(v)) st.nj = true;');
  return none(`if (!J(v, st.path.length, ${maxDepth})) st.nj = true;`);
}

/** Every property of the object is checked by a subschema that covers it. */
function closed(schema: Record<string, unknown>, has: (k: string) => boolean): boolean {
  if (!has('additionalProperties') || !covering(schema['additionalProperties'])) return false;
  const subs = (k: string): unknown[] =>
    has(k) && typeof schema[k] === 'object' && schema[k] !== null
      ? Object.values(schema[k] as Record<string, unknown>)
      : [];
  return subs('properties').every(covering) && subs('patternProperties').every(covering);
}

/** Every item of the array is checked by a subschema that covers it (2020-12 `prefixItems` + `items`). */
function everyItem(schema: Record<string, unknown>, has: (k: string) => boolean): boolean {
  const items = schema['items'];
  if (!has('items') || Array.isArray(items) || !covering(items)) return false;
  const prefix = schema['prefixItems'];
  return !has('prefixItems') || (Array.isArray(prefix) && prefix.every(covering));
}
