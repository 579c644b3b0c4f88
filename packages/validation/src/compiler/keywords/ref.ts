/** References: `$ref`, `$dynamicRef`, and `$defs` (compiled eagerly so errors surface at compile time). */
import { report } from '../../internal/report.js';
import type { Check, CompiledNode, KeywordDefinition, State } from '../types.js';
import { invalid, objectValue } from './shared.js';

function enter(target: CompiledNode, v: unknown, st: State, ann: Parameters<Check>[2]): boolean {
  if (++st.depth > st.maxDepth) {
    st.depth--;
    report(st, 'depth_exceeded', { maximum: st.maxDepth }, undefined);
    return false;
  }
  const top = st.dyn[st.dyn.length - 1];
  const push = target.resource !== '' && target.resource !== top;
  if (push) st.dyn.push(target.resource);
  const ok = target.validate(v, st, ann);
  if (push) st.dyn.pop();
  st.depth--;
  return ok;
}

/** `$ref`: applies the referenced schema in place. */
export const ref: KeywordDefinition = {
  vocabulary: 'core',
  compile(ctx) {
    if (typeof ctx.value !== 'string') invalid(ctx, 'a URI reference');
    const target = ctx.resolveRef(ctx.value, '$ref');
    ctx.node.shape.inPlace.push(target);
    return (v, st, ann) => enter(target, v, st, ann);
  },
};

/** `$dynamicRef`: like `$ref`, but a matching `$dynamicAnchor` earlier in the dynamic scope wins. */
export const dynamicRef: KeywordDefinition = {
  vocabulary: 'core',
  compile(ctx) {
    if (typeof ctx.value !== 'string') invalid(ctx, 'a URI reference');
    const { initial, anchor } = ctx.dynamicRef(ctx.value);
    ctx.node.shape.inPlace.push(initial);
    if (anchor === null) return (v, st, ann) => enter(initial, v, st, ann);
    const dynamicNodes = ctx.dynamicNodes;
    return (v, st, ann) => {
      for (const resource of st.dyn) {
        const hit = dynamicNodes.get(resource)?.get(anchor);
        if (hit !== undefined) return enter(hit, v, st, ann);
      }
      return enter(initial, v, st, ann);
    };
  },
};

/** `$defs` (and the older `definitions`): every definition is compiled, used or not. */
export const defs: KeywordDefinition = {
  vocabulary: 'core',
  compile(ctx) {
    const map = objectValue(ctx);
    for (const k of Object.keys(map)) ctx.sub(map[k], k);
    return null;
  },
};
