/**
 * Emitters of the object keywords: `properties`, `patternProperties`, `additionalProperties`,
 * `propertyNames`, `required`, `dependentRequired`, `dependentSchemas`, draft-07 `dependencies`,
 * `minProperties`, `maxProperties` (evaluators: keywords/properties.ts, keywords/object-rules.ts).
 */
import { isObject } from '../../../internal/json.js';
import { escapePointerToken } from '../../../pointer.js';
import type { CompiledNode, KeywordContext, NodeMeta } from '../../types.js';
import { propertyMeta, sibling } from '../../keywords/shared.js';
import { TYPE_TESTS, type Gen, type Seg } from '../gen.js';
import { ownProp, readProp } from '../source.js';
import { guard, type Emitter } from './types.js';

const isObj = (known: string | null): string =>
  guard(known, 'object', (TYPE_TESTS['object'] as (x: string) => string)('v'));

/** Marks the property `k` (an expression) as evaluated, when some `unevaluated*` keyword may ask. */
const annotate = (g: Gen, k: string): string =>
  g.annotations ? `if (ann !== null) (ann.props ??= new Set()).add(${k});` : '';

/** A child's segment: static (`Seg`), or a key read at run time (`k` of a key loop). */
export type ChildSeg = Seg | { key: string };

/**
 * Validates `value` at the child segment `seg` against `node` (no annotations passed down): its
 * checks inlined when the node allows it, else a call of its function. With static paths, an
 * inlined child at a static segment pushes nothing: its issues carry the segments (`Gen.at`).
 */
export function child(g: Gen, node: CompiledNode, value: string, seg: ChildSeg, fail: string): string {
  const x = g.id('x');
  if (g.staticPath) {
    if (!('key' in seg)) {
      g.at.push(seg);
      try {
        const inline = g.inliner(node, `ok${x}`, `L${x}`);
        if (inline !== null)
          return `{ const ${x} = ${value}; let ok${x} = true; L${x}: { const v = ${x}; const ann = null; ${inline} } if (!ok${x}) { ${fail} } }`;
      } finally {
        g.at.pop();
      }
    }
    const fn = g.fn(node);
    if (fn === 'vTrue') return '';
    g.at.push('key' in seg ? { index: seg.key } : seg);
    try {
      return `{ ${g.around(`const r = ${fn}(${value}, st, null);`)} if (!r) { ${fail} } }`;
    } finally {
      g.at.pop();
    }
  }
  const segment = 'name' in seg ? JSON.stringify(seg.name) : 'index' in seg ? seg.index : seg.key;
  const inline = g.inliner(node, `ok${x}`, `L${x}`);
  if (inline !== null)
    return `{ const ${x} = ${value}; st.path.push(${segment}); let ok${x} = true; L${x}: { const v = ${x}; const ann = null; ${inline} } st.path.pop(); if (!ok${x}) { ${fail} } }`;
  const fn = g.fn(node);
  if (fn === 'vTrue') return '';
  return `st.path.push(${segment}); const r = ${fn}(${value}, st, null); st.path.pop(); if (!r) { ${fail} }`;
}

/** A property or item no sibling keyword evaluated: refused when the subschema is `false`, else validated. */
export function leftover(
  g: Gen,
  ctx: KeywordContext,
  seg: string,
  value: string,
  index: boolean,
  fail: string,
): string {
  if (ctx.value === false) {
    const code = index ? 'additional_item' : 'additional_property';
    const params = index ? `{ index: ${seg} }` : g.propertyParams(seg);
    return `${g.rep()}"${code}", ${params}, ${g.c(ctx.node.meta)}, ${seg}); ${g.unsettled(ctx.node.schema, value, 1)}${fail}`;
  }
  return child(g, ctx.sub(ctx.value), value, index ? { index: seg } : { key: seg }, fail);
}

export const properties: Emitter = (ctx, g, known) => {
  const map = ctx.value as Record<string, unknown>;
  const out: string[] = [];
  for (const k of Object.keys(map)) {
    const sub = ctx.sub(map[k], k);
    const key = JSON.stringify(k);
    out.push(
      `{ const x = ${readProp('v', k)}; if (${ownProp('v', k, g.fast, 'x')}) { ${annotate(g, key)} ${child(g, sub, 'x', { name: k }, g.FAIL)} } }`,
    );
  }
  return `if (${isObj(known)}) { ${out.join('\n')} }`;
};

function patternList(ctx: KeywordContext, value: unknown): RegExp[] {
  if (!isObject(value)) return [];
  const base = ctx.pointer.slice(0, ctx.pointer.length - ctx.keyword.length) + 'patternProperties';
  return Object.keys(value).map((src) =>
    ctx.regex(src, 'patternProperties', `${base}/${escapePointerToken(src)}`),
  );
}

export const patternProperties: Emitter = (ctx, g, known) => {
  const map = ctx.value as Record<string, unknown>;
  const res = patternList(ctx, map);
  const tests = Object.keys(map).map((src, i) => {
    const re = g.re(res[i] as RegExp);
    const sub = ctx.sub(map[src], src);
    return `${re}.lastIndex = 0; if (${re}.test(k)) { ${annotate(g, 'k')} ${child(g, sub, 'v[k]', { key: 'k' }, g.FAIL)} }`;
  });
  return `if (${isObj(known)}) { for (const k of Object.keys(v)) { ${tests.map((t) => `{ ${t} }`).join('\n')} } }`;
};

export const additionalProperties: Emitter = (ctx, g, known) => {
  const props = sibling(ctx, 'properties');
  const names = isObject(props) ? Object.keys(props) : [];
  const res = patternList(ctx, sibling(ctx, 'patternProperties')).map((re) => g.re(re));
  const own = g.id('a');
  const fail = `${own} = false; ${g.FAIL}`;
  // Fast code fuses the JSON check (`json-guard.ts`): a declared property whose own value is
  // `undefined` is not JSON, and the property checks would take it for absent.
  const declared = g.fast ? 'if (v[k] === undefined) st.nj = true; continue;' : 'continue;';
  const skipNames =
    names.length === 0
      ? ''
      : `switch (k) { ${names.map((n) => `case ${JSON.stringify(n)}:`).join(' ')} ${declared} }`;
  const skipPatterns = res.map((re) => `${re}.lastIndex = 0; if (${re}.test(k)) continue;`).join(' ');
  // for-in reads the enum cache (no key array, as Ajv); it also visits inherited enumerable keys,
  // which only a polluted Object.prototype has: those are skipped after the declared names.
  const walk = `for (const k in v) { ${skipNames} if (!H(v, k)) continue; ${skipPatterns} ${leftover(g, ctx, 'k', 'v[k]', false, fail)} }`;
  // Fast code, closed by `false` with declared names only: when the object has as many keys as
  // declared properties present, it has no other (counting keys is several times cheaper than
  // comparing each with the names); otherwise the walk finds which.
  const counted =
    g.fast && ctx.value === false && res.length === 0 && names.length > 0
      ? `let c = 0; for (const k in v) c++; if (c !== ${names.map((n) => `(${ownProp('v', n, true)} ? 1 : 0)`).join(' + ')}) ${walk}`
      : walk;
  return `if (${isObj(known)}) { let ${own} = true; ${counted} if (${own} && ann !== null) ann.allProps = true; }`;
};

export const propertyNames: Emitter = (ctx, g, known) => {
  const fn = g.fn(ctx.sub(ctx.value));
  if (fn === 'vTrue') return null;
  return `if (${isObj(known)}) { for (const k of Object.keys(v)) { st.silent++; const r = ${fn}(k, st, null); st.silent--; if (!r) { ${g.rep()}"property_name", ${g.propertyParams('k')}, ${g.c(ctx.node.meta)}, k); ${g.FAIL} } } }`;
};

function fieldParams(property: string, meta: NodeMeta | undefined): Record<string, unknown> {
  return meta?.label === undefined ? { property } : { property, label: meta.label };
}

/** Reports `name` missing, with its label, unless present. */
function missing(g: Gen, ctx: KeywordContext, name: string, extra: Record<string, unknown>): string {
  const meta = propertyMeta(ctx, name);
  const params = { ...fieldParams(name, meta), ...extra };
  const key = JSON.stringify(name);
  // With static paths the missing property's segment is part of the location written in the code.
  const at = g.staticPath
    ? `${g.rep([name])}"required", ${g.c(params)}, ${g.c(meta)})`
    : `${g.rep()}"required", ${g.c(params)}, ${g.c(meta)}, ${key})`;
  return `if (!${ownProp('v', name, g.fast)}) { ${at}; ${g.FAIL} }`;
}

export const required: Emitter = (ctx, g, known) => {
  const names = ctx.value as string[];
  if (names.length === 0) return null;
  return `if (${isObj(known)}) { ${names.map((n) => missing(g, ctx, n, {})).join('\n')} }`;
};

/** `when` (a trigger name) present: each of `names` missing is reported. */
function requiredRules(g: Gen, ctx: KeywordContext, map: Record<string, unknown>): string[] {
  return Object.keys(map).map(
    (t) =>
      `if (${ownProp('v', t, g.fast)}) { ${(map[t] as string[]).map((n) => missing(g, ctx, n, { dependentOn: t })).join('\n')} }`,
  );
}

/** `when` (a trigger name) present: its schema applies to the whole object. */
function schemaRules(g: Gen, ctx: KeywordContext, map: Record<string, unknown>): string[] {
  return Object.keys(map).map((k) => {
    const fn = g.fn(ctx.sub(map[k], k));
    return `if (${ownProp('v', k, g.fast)}) { ${g.around(`const r = ${fn}(v, st, ann);`)} if (!r) { ${g.FAIL} } }`;
  });
}

export const dependentRequired: Emitter = (ctx, g, known) =>
  `if (${isObj(known)}) { ${requiredRules(g, ctx, ctx.value as Record<string, unknown>).join('\n')} }`;

export const dependentSchemas: Emitter = (ctx, g, known) =>
  `if (${isObj(known)}) { ${schemaRules(g, ctx, ctx.value as Record<string, unknown>).join('\n')} }`;

/** Draft-07 `dependencies`: the array triggers as `dependentRequired`, then the schema ones as `dependentSchemas`. */
export const dependencies: Emitter = (ctx, g, known) => {
  const map = ctx.value as Record<string, unknown>;
  const lists: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const k of Object.keys(map)) {
    if (Array.isArray(map[k])) lists[k] = map[k];
    else schemas[k] = map[k];
  }
  const rules = [...requiredRules(g, ctx, lists), ...schemaRules(g, ctx, schemas)];
  return rules.length === 0 ? null : `if (${isObj(known)}) { ${rules.join('\n')} }`;
};

function propertyCount(code: string, param: 'minimum' | 'maximum', op: string): Emitter {
  return (ctx, g, known) =>
    `if (${isObj(known)} && !(Object.keys(v).length ${op} ${ctx.value as number})) { ${g.rep()}"${code}", ${g.c({ [param]: ctx.value })}, ${g.c(ctx.node.meta)}); ${g.FAIL} }`;
}

export const minProperties = propertyCount('min_properties', 'minimum', '>=');
export const maxProperties = propertyCount('max_properties', 'maximum', '<=');
