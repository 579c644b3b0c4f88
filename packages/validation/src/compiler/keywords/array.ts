/** Array keywords: `prefixItems`, `items`, draft-07 `additionalItems`, `contains` (+ `minContains`/`maxContains`), `minItems`, `maxItems`, `uniqueItems`. */
import { jsonEqual } from '../../internal/json.js';
import { canStop, report } from '../../internal/report.js';
import type { Check, CompiledNode, KeywordDefinition } from '../types.js';
import { countValue, invalid, schemaList, sibling, sizeBound } from './shared.js';

/** The check of a tuple: one node per leading position (`prefixItems`, or draft-07 `items: [...]`). */
function tupleCheck(nodes: CompiledNode[]): Check {
  return (v, st, ann) => {
    if (!Array.isArray(v)) return true;
    const n = Math.min(v.length, nodes.length);
    let ok = true;
    for (let i = 0; i < n; i++) {
      st.path.push(i);
      const r = (nodes[i] as CompiledNode).validate(v[i], st, null);
      st.path.pop();
      if (!r) {
        ok = false;
        if (canStop(st)) return false;
      }
    }
    if (ann !== null && n > ann.items) ann.items = n;
    return ok;
  };
}

/** The check of every item from position `start` on (`items`, or draft-07 `additionalItems`). */
function restCheck(node: CompiledNode, start: number): Check {
  return (v, st, ann) => {
    if (!Array.isArray(v)) return true;
    let ok = true;
    for (let i = start; i < v.length; i++) {
      st.path.push(i);
      const r = node.validate(v[i], st, null);
      st.path.pop();
      if (!r) {
        ok = false;
        if (canStop(st)) return false;
      }
    }
    if (ann !== null) ann.allItems = true;
    return ok;
  };
}

/** `prefixItems`: one schema per leading position. */
export const prefixItems: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const nodes = schemaList(ctx).map((s, i) => ctx.sub(s, i));
    ctx.node.shape.prefixItems = nodes;
    return tupleCheck(nodes);
  },
};

/**
 * `items`: the schema of every item after `prefixItems`. An array of schemas is the draft-07 (and
 * 2019-09) tuple form, read as `prefixItems` when there is no `prefixItems` beside it.
 */
export const items: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const prefix = sibling(ctx, 'prefixItems');
    if (Array.isArray(ctx.value)) {
      if (prefix !== undefined) invalid(ctx, 'a schema (prefixItems already gives the tuple)');
      const nodes = ctx.value.map((s, i) => ctx.sub(s, i));
      ctx.node.shape.prefixItems = nodes;
      return tupleCheck(nodes);
    }
    const node = ctx.sub(ctx.value);
    ctx.node.shape.items = node;
    return restCheck(node, Array.isArray(prefix) ? prefix.length : 0);
  },
};

/** Draft-07 `additionalItems`: the items after a tuple `items: [...]`; ignored otherwise. */
export const additionalItems: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const tuple = sibling(ctx, 'items');
    if (!Array.isArray(tuple) || sibling(ctx, 'prefixItems') !== undefined) return null;
    const node = ctx.sub(ctx.value);
    ctx.node.shape.items = node;
    return restCheck(node, tuple.length);
  },
};

/** `contains`, bounded by the sibling `minContains` (default 1) and `maxContains`. */
export const contains: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const node = ctx.sub(ctx.value);
    const minC = sibling(ctx, 'minContains');
    const maxC = sibling(ctx, 'maxContains');
    const min = typeof minC === 'number' ? minC : 1;
    const max = typeof maxC === 'number' ? maxC : Infinity;
    const meta = ctx.node.meta;
    return (v, st, ann) => {
      if (!Array.isArray(v)) return true;
      let count = 0;
      let matched: Set<number> | null = null;
      st.silent++;
      for (let i = 0; i < v.length; i++) {
        if (node.validate(v[i], st, null)) {
          count++;
          if (ann !== null) (matched ??= new Set()).add(i);
        }
      }
      st.silent--;
      if (count < min) {
        report(st, 'contains', { minimum: min, count }, meta);
        return false;
      }
      if (count > max) {
        report(st, 'max_contains', { maximum: max, count }, meta);
        return false;
      }
      if (ann !== null && matched !== null) {
        if (ann.idx === null) ann.idx = matched;
        else for (const i of matched) ann.idx.add(i);
      }
      return true;
    };
  },
};

/** `minContains` / `maxContains`: read by `contains`; their values are checked here. */
export const containsBound: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    countValue(ctx);
    return null;
  },
};

const arrayLength = (v: unknown): number | undefined => (Array.isArray(v) ? v.length : undefined);

export const minItems = sizeBound('min_items', 'minimum', arrayLength);
export const maxItems = sizeBound('max_items', 'maximum', arrayLength);

/** `uniqueItems`: no two items deeply equal. */
export const uniqueItems: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    if (typeof ctx.value !== 'boolean') invalid(ctx, 'a boolean');
    if (!ctx.value) return null;
    const meta = ctx.node.meta;
    const check: Check = (v, st) => {
      if (!Array.isArray(v)) return true;
      for (let j = 1; j < v.length; j++) {
        for (let i = 0; i < j; i++) {
          if (jsonEqual(v[i], v[j])) {
            report(st, 'unique_items', { index: j, duplicateOf: i }, meta, j);
            return false;
          }
        }
      }
      return true;
    };
    return check;
  },
};
