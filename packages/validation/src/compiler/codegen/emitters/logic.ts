/** Emitters of `allOf`, `anyOf`, `oneOf`, `not`, `if` (evaluators: keywords/logic.ts). */
import { requiredOnlyFields } from '../../keywords/logic.js';
import { sibling } from '../../keywords/shared.js';
import type { Gen } from '../gen.js';
import type { KeywordContext } from '../../types.js';
import type { Emitter } from './types.js';

const branches = (ctx: KeywordContext, g: Gen): string[] =>
  (ctx.value as unknown[]).map((s, i) => g.fn(ctx.sub(s, i)));

export const allOf: Emitter = (ctx, g) =>
  branches(ctx, g)
    .map((fn) => `{ ${g.around(`const r = ${fn}(v, st, ann);`)} if (!r) { ${g.FAIL} } }`)
    .join('\n');

/**
 * Counts the branches that pass, silently, merging each passing branch's annotations into `into`
 * (when not null); stops at `stopAt` passes when annotations are not wanted.
 */
function countMatches(g: Gen, fns: string[], count: string, into: string, stopAt: number): string {
  const done = g.id('b');
  const steps = fns.map(
    (fn) =>
      `{ const a = ${into} === null ? null : ${g.h('newAnn')}(); if (${fn}(v, st, a)) { ${count}++; if (a !== null) ${g.h('mergeAnn')}(${into}, a); else if (${count} >= ${stopAt}) break ${done}; } }`,
  );
  return `let ${count} = 0; ${g.around(`st.silent++; ${done}: { ${steps.join('\n')} } st.silent--;`)}`;
}

export const anyOf: Emitter = (ctx, g) => {
  const fields = requiredOnlyFields(ctx, ctx.value as unknown[]);
  const params =
    fields === null ? {} : { variant: 'required', fields, labels: fields.map((f) => f.label ?? f.property) };
  const count = g.id('n');
  return `{ ${countMatches(g, branches(ctx, g), count, 'ann', 1)} if (${count} === 0) { ${g.rep()}"any_of", ${g.c(params)}, ${g.c(ctx.node.meta)}); ${g.unsettled(ctx.node.schema)}${g.FAIL} } }`;
};

export const oneOf: Emitter = (ctx, g) => {
  const count = g.id('n');
  const local = g.id('o');
  return `{ const ${local} = ann === null ? null : ${g.h('newAnn')}(); ${countMatches(g, branches(ctx, g), count, local, 2)}
  if (${count} === 1) { if (${local} !== null) ${g.h('mergeAnn')}(ann, ${local}); }
  else { ${g.rep()}"one_of", { matched: ${count} }, ${g.c(ctx.node.meta)}); ${g.unsettled(ctx.node.schema)}${g.FAIL} } }`;
};

/**
 * A silent call whose verdict no JSON check relies on (an `if` condition, a `not` subschema): with
 * static paths its segments are not pushed. Silent code reads the instance path only for the
 * fused JSON check's depth tests (`report` returns first), and the value is settled by the checks
 * of its own location, so a depth read short there can only leave a flag unset that those set.
 */
function silentCall(g: Gen, call: string): string {
  const code = `st.silent++; ${call} st.silent--;`;
  return g.staticPath ? code : g.around(code);
}

export const not: Emitter = (ctx, g) => {
  const fn = g.fn(ctx.sub(ctx.value));
  return `{ ${silentCall(g, `const r = ${fn}(v, st, null);`)} if (r) { ${g.rep()}"not", ${g.c({})}, ${g.c(ctx.node.meta)}); ${g.FAIL} } }`;
};

export const ifKeyword: Emitter = (ctx, g) => {
  const cond = g.fn(ctx.sub(ctx.value));
  const thenS = sibling(ctx, 'then');
  const elseS = sibling(ctx, 'else');
  const thenFn = thenS === undefined ? null : g.fn(ctx.sub(thenS));
  const elseFn = elseS === undefined ? null : g.fn(ctx.sub(elseS));
  const apply = (fn: string | null): string =>
    fn === null ? '' : `{ ${g.around(`const r = ${fn}(v, st, ann);`)} if (!r) { ${g.FAIL} } }`;
  return `{ const a = ann === null ? null : ${g.h('newAnn')}(); ${silentCall(g, `const r = ${cond}(v, st, a);`)}
  if (r) { if (a !== null) ${g.h('mergeAnn')}(ann, a); ${apply(thenFn)} } else { ${apply(elseFn)} } }`;
};
