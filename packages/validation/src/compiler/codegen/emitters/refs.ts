/** Emitters of `$ref` and `$dynamicRef` (evaluators: keywords/ref.ts). */
import type { Gen } from '../gen.js';
import type { Emitter } from './types.js';

/**
 * Applies a referenced node in place: one level deeper in the evaluation depth, and its resource
 * pushed on the dynamic scope when it differs from the innermost one.
 */
function enter(g: Gen, fn: string, resource: string, unsettled: string): string {
  // No scope when no schema of the compile has a `$dynamicAnchor` (nothing reads it).
  const push = resource === '' || !g.dynamicScope ? null : JSON.stringify(resource);
  const scoped = (call: string): string =>
    push === null
      ? `const r = ${call};`
      : `const p = ${push} !== st.dyn[st.dyn.length - 1]; if (p) st.dyn.push(${push}); const r = ${call}; if (p) st.dyn.pop();`;
  return `if (++st.depth > st.maxDepth) { st.depth--; ${g.rep()}"depth_exceeded", { maximum: st.maxDepth }, undefined); ${unsettled}${g.FAIL} }
  else { ${g.around(scoped(`${fn}(v, st, ann)`))} st.depth--; if (!r) { ${g.FAIL} } }`;
}

export const ref: Emitter = (ctx, g) => {
  const target = ctx.resolveRef(ctx.value as string, '$ref');
  return `{ ${enter(g, g.fn(target), target.resource, g.unsettled(ctx.node.schema))} }`;
};

export const dynamicRef: Emitter = (ctx, g) => {
  const { initial, anchor } = ctx.dynamicRef(ctx.value as string);
  const unsettled = g.unsettled(ctx.node.schema);
  if (anchor === null) return `{ ${enter(g, g.fn(initial), initial.resource, unsettled)} }`;
  g.usesDynamic = true;
  // D maps resource → anchor → [function, resource], filled by the generator.
  return `{ let t = null; for (const res of st.dyn) { const m = D.get(res); const hit = m === undefined ? undefined : m.get(${JSON.stringify(anchor)}); if (hit !== undefined) { t = hit; break; } }
  if (t === null) { ${enter(g, g.fn(initial), initial.resource, unsettled)} }
  else if (++st.depth > st.maxDepth) { st.depth--; ${g.rep()}"depth_exceeded", { maximum: st.maxDepth }, undefined); ${unsettled}${g.FAIL} }
  else { ${g.around('const p = t[1] !== "" && t[1] !== st.dyn[st.dyn.length - 1]; if (p) st.dyn.push(t[1]); const r = t[0](v, st, ann); if (p) st.dyn.pop();')} st.depth--; if (!r) { ${g.FAIL} } } }`;
};
