/** Emitters of `unevaluatedProperties` / `unevaluatedItems` (evaluators: keywords/unevaluated.ts). */
import { leftover } from './objects.js';
import type { Emitter } from './types.js';

// Both run last, with `ann` the node's own annotations (never null there).
export const unevaluatedProperties: Emitter = (ctx, g) => {
  const own = g.id('a');
  return `if (typeof v === "object" && v !== null && !Array.isArray(v) && ann !== null && !ann.allProps) {
  let ${own} = true;
  for (const k of Object.keys(v)) { if (ann.props !== null && ann.props.has(k)) continue; ${leftover(g, ctx, 'k', 'v[k]', false, `${own} = false; ${g.FAIL}`)} }
  if (${own}) ann.allProps = true; }`;
};

export const unevaluatedItems: Emitter = (ctx, g) => {
  const own = g.id('a');
  return `if (Array.isArray(v) && ann !== null && !ann.allItems) {
  let ${own} = true;
  for (let i = ann.items; i < v.length; i++) { if (ann.idx !== null && ann.idx.has(i)) continue; ${leftover(g, ctx, 'i', 'v[i]', true, `${own} = false; ${g.FAIL}`)} }
  if (${own}) ann.allItems = true; }`;
};
