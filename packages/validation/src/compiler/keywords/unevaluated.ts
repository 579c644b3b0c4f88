/** `unevaluatedProperties` / `unevaluatedItems`: run last, over what no other keyword evaluated. */
import { isObject } from '../../internal/json.js';
import { canStop, report } from '../../internal/report.js';
import type { KeywordDefinition } from '../types.js';

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
        let r: boolean;
        if (forbidden) {
          report(st, 'additional_property', { property: k }, meta, k);
          r = false;
        } else {
          st.path.push(k);
          r = node.validate(v[k], st, null);
          st.path.pop();
        }
        if (!r) {
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
        let r: boolean;
        if (forbidden) {
          report(st, 'additional_item', { index: i }, meta, i);
          r = false;
        } else {
          st.path.push(i);
          r = node.validate(v[i], st, null);
          st.path.pop();
        }
        if (!r) {
          ok = false;
          if (canStop(st)) return false;
        }
      }
      if (ok) ann.allItems = true;
      return ok;
    };
  },
};
