/** `unevaluatedProperties` / `unevaluatedItems`: run last, over what no other keyword evaluated. */
import { isObject } from '../../internal/json.js';
import { canStop } from '../../internal/report.js';
import type { KeywordDefinition } from '../types.js';
import { checkLeftover } from './shared.js';

export const unevaluatedProperties: KeywordDefinition = {
  vocabulary: 'unevaluated',
  late: true,
  compile(ctx) {
    const node = ctx.sub(ctx.value);
    const forbidden = ctx.value === false;
    const meta = ctx.node.meta;
    return (v, st, ann) => {
      if (!isObject(v) || ann === null || ann.allProps) return true;
      let ok = true;
      for (const k of Object.keys(v)) {
        if (ann.props !== null && ann.props.has(k)) continue;
        if (!checkLeftover(st, node, forbidden, meta, k, v[k])) {
          ok = false;
          if (canStop(st)) return false;
        }
      }
      if (ok) ann.allProps = true;
      return ok;
    };
  },
};

export const unevaluatedItems: KeywordDefinition = {
  vocabulary: 'unevaluated',
  late: true,
  compile(ctx) {
    const node = ctx.sub(ctx.value);
    const forbidden = ctx.value === false;
    const meta = ctx.node.meta;
    return (v, st, ann) => {
      if (!Array.isArray(v) || ann === null || ann.allItems) return true;
      let ok = true;
      for (let i = ann.items; i < v.length; i++) {
        if (ann.idx !== null && ann.idx.has(i)) continue;
        if (!checkLeftover(st, node, forbidden, meta, i, v[i])) {
          ok = false;
          if (canStop(st)) return false;
        }
      }
      if (ok) ann.allItems = true;
      return ok;
    };
  },
};
