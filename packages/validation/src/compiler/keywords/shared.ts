/** Helpers shared by keyword handlers: keyword value checks and field labels. */
import { SchemaError } from '../../errors.js';
import { isObject } from '../../internal/json.js';
import { escapePointerToken } from '../../pointer.js';
import { report } from '../../internal/report.js';
import { readMeta } from '../meta.js';
import type { CompiledNode, KeywordContext, KeywordDefinition, NodeMeta, State } from '../types.js';

/** Throws a SchemaError for a keyword whose value has the wrong shape. */
export function invalid(ctx: KeywordContext, expected: string): never {
  throw new SchemaError(
    'invalid_keyword_value',
    ctx.keyword,
    ctx.pointer,
    `"${ctx.keyword}" must be ${expected}`,
  );
}

/** The keyword value as a finite number. */
export function numberValue(ctx: KeywordContext): number {
  const v = ctx.value;
  if (typeof v !== 'number' || !Number.isFinite(v)) invalid(ctx, 'a number');
  return v;
}

/** The keyword value as a non-negative integer. */
export function countValue(ctx: KeywordContext): number {
  const v = ctx.value;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) invalid(ctx, 'a non-negative integer');
  return v;
}

/** The keyword value as an array of strings. */
export function stringList(ctx: KeywordContext, value: unknown = ctx.value): string[] {
  if (!Array.isArray(value) || !value.every((x) => typeof x === 'string'))
    invalid(ctx, 'an array of strings');
  return value;
}

/** The keyword value as a non-empty array of subschemas. */
export function schemaList(ctx: KeywordContext): unknown[] {
  const v = ctx.value;
  if (!Array.isArray(v) || v.length === 0) invalid(ctx, 'a non-empty array of schemas');
  return v;
}

/** The keyword value as an object (a map of names to values). */
export function objectValue(ctx: KeywordContext): Record<string, unknown> {
  if (!isObject(ctx.value)) invalid(ctx, 'an object');
  return ctx.value;
}

/** A sibling keyword's value, own properties only. */
export function sibling(ctx: KeywordContext, keyword: string): unknown {
  return Object.hasOwn(ctx.schema, keyword) ? ctx.schema[keyword] : undefined;
}

/** Label and message overrides of the property `name` declared in the sibling `properties`. */
export function propertyMeta(ctx: KeywordContext, name: string): NodeMeta | undefined {
  const props = sibling(ctx, 'properties');
  if (!isObject(props) || !Object.hasOwn(props, name)) return undefined;
  const sub = props[name];
  if (!isObject(sub)) return undefined;
  const parent = ctx.pointer.slice(0, ctx.pointer.length - ctx.keyword.length - 1);
  return readMeta(sub, `${parent}/properties/${escapePointerToken(name)}`);
}

/**
 * Checks one property or item that the keywords beside it left over (`additionalProperties`,
 * `unevaluatedProperties`, `unevaluatedItems`): refused outright when the subschema is `false`,
 * otherwise validated by `node` at `segment`.
 */
export function checkLeftover(
  st: State,
  node: CompiledNode,
  forbidden: boolean,
  meta: NodeMeta | undefined,
  segment: string | number,
  value: unknown,
): boolean {
  if (forbidden) {
    if (typeof segment === 'number') report(st, 'additional_item', { index: segment }, meta, segment);
    else report(st, 'additional_property', { property: segment }, meta, segment);
    return false;
  }
  st.path.push(segment);
  const ok = node.validate(value, st, null);
  st.path.pop();
  return ok;
}

/**
 * `minItems`/`maxItems`/`minProperties`/`maxProperties`: a count bound on the instances `sizeOf`
 * measures (it answers `undefined` for instances the keyword does not apply to).
 */
export function sizeBound(
  code: string,
  bound: 'minimum' | 'maximum',
  sizeOf: (value: unknown) => number | undefined,
): KeywordDefinition {
  return {
    vocabulary: 'validation',
    compile(ctx) {
      const limit = countValue(ctx);
      const meta = ctx.node.meta;
      const params = { [bound]: limit };
      return (v, st) => {
        const size = sizeOf(v);
        if (size === undefined || (bound === 'minimum' ? size >= limit : size <= limit)) return true;
        report(st, code, params, meta);
        return false;
      };
    },
  };
}
