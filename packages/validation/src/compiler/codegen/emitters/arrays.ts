/**
 * Emitters of the array keywords: `prefixItems`, `items` (and its draft-07 tuple form), draft-07
 * `additionalItems`, `contains`, `minItems`, `maxItems`, `uniqueItems` (evaluators:
 * keywords/array.ts). `minContains`/`maxContains` are read by `contains`.
 */
import { sibling } from '../../keywords/shared.js';
import { child } from './objects.js';
import { guard, type Emitter } from './types.js';

const isArray = (known: string | null): string => guard(known, 'array', 'Array.isArray(v)');

/** A tuple: one node per leading position (`prefixItems`, or draft-07 `items: [...]`). */
const tuple: Emitter = (ctx, g, known) => {
  const list = ctx.value as unknown[];
  const steps = list.map(
    (s, i) => `if (n > ${i}) { ${child(g, ctx.sub(s, i), `v[${i}]`, { index: String(i) }, g.FAIL)} }`,
  );
  return `if (${isArray(known)}) { const n = Math.min(v.length, ${list.length}); ${steps.map((s) => `{ ${s} }`).join('\n')} if (ann !== null && n > ann.items) ann.items = n; }`;
};

/** Every item from position `start` on, against the keyword's schema (`items`, or draft-07 `additionalItems`). */
function rest(start: number): Emitter {
  return (ctx, g, known) => {
    const sub = ctx.sub(ctx.value);
    // A loop variable of its own: an inlined child's issues may name the indexes of nested loops.
    const i = g.id('i');
    return `if (${isArray(known)}) { for (let ${i} = ${start}; ${i} < v.length; ${i}++) { ${child(g, sub, `v[${i}]`, { index: i }, g.FAIL)} } if (ann !== null) ann.allItems = true; }`;
  };
}

export const prefixItems: Emitter = tuple;

export const items: Emitter = (ctx, g, known) => {
  if (Array.isArray(ctx.value)) return tuple(ctx, g, known);
  const prefix = sibling(ctx, 'prefixItems');
  return rest(Array.isArray(prefix) ? prefix.length : 0)(ctx, g, known);
};

export const additionalItems: Emitter = (ctx, g, known) => {
  const list = sibling(ctx, 'items');
  if (!Array.isArray(list) || sibling(ctx, 'prefixItems') !== undefined) return null;
  return rest(list.length)(ctx, g, known);
};

export const contains: Emitter = (ctx, g, known) => {
  const fn = g.fn(ctx.sub(ctx.value));
  const minC = sibling(ctx, 'minContains');
  const maxC = sibling(ctx, 'maxContains');
  const min = typeof minC === 'number' ? minC : 1;
  const max = typeof maxC === 'number' ? maxC : Infinity;
  const meta = g.c(ctx.node.meta);
  const tooMany =
    max === Infinity
      ? ''
      : `else if (count > ${max}) { ${g.rep()}"max_contains", { maximum: ${max}, count }, ${meta}); ${g.FAIL} }`;
  return `if (${isArray(known)}) {
  let count = 0; let matched = null; st.silent++;
  for (let i = 0; i < v.length; i++) if (${fn}(v[i], st, null)) { count++; if (ann !== null) (matched ??= new Set()).add(i); }
  st.silent--;
  if (count < ${min}) { ${g.rep()}"contains", { minimum: ${min}, count }, ${meta}); ${g.FAIL} }
  ${tooMany}
  else if (ann !== null && matched !== null) { if (ann.idx === null) ann.idx = matched; else for (const i of matched) ann.idx.add(i); }
}`;
};

function itemCount(code: string, param: 'minimum' | 'maximum', op: string): Emitter {
  return (ctx, g, known) =>
    `if (${isArray(known)} && !(v.length ${op} ${ctx.value as number})) { ${g.rep()}"${code}", ${g.c({ [param]: ctx.value })}, ${g.c(ctx.node.meta)}); ${g.FAIL} }`;
}

export const minItems = itemCount('min_items', 'minimum', '>=');
export const maxItems = itemCount('max_items', 'maximum', '<=');

export const uniqueItems: Emitter = (ctx, g, known) => {
  if (ctx.value !== true) return null;
  const label = g.id('u');
  return `if (${isArray(known)}) { ${label}: for (let j = 1; j < v.length; j++) for (let i = 0; i < j; i++) if (${g.h('jsonEqual')}(v[i], v[j])) { ${g.rep()}"unique_items", { index: j, duplicateOf: i }, ${g.c(ctx.node.meta)}, j); ${g.FAIL} break ${label}; } }`;
};

/** `minContains`/`maxContains`, `then`/`else`, `$defs`: read by a sibling or compiled only, no check of their own. */
export const nothing: Emitter = () => null;
