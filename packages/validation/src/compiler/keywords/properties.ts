/** Object applicators: `properties`, `patternProperties`, `additionalProperties`, `propertyNames`. */
import { isObject } from '../../internal/json.js';
import { escapePointerToken } from '../../pointer.js';
import { annProp, canStop, report } from '../../internal/report.js';
import type { Check, CompiledNode, KeywordContext, KeywordDefinition } from '../types.js';
import { checkLeftover, objectValue, sibling } from './shared.js';

/** `properties`: validates each declared property that is present. */
export const properties: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const map = objectValue(ctx);
    const keys = Object.keys(map);
    const nodes: CompiledNode[] = keys.map((k) => ctx.sub(map[k], k));
    ctx.node.shape.properties = new Map(keys.map((k, i) => [k, nodes[i] as CompiledNode]));
    const n = keys.length;
    return (v, st, ann) => {
      if (!isObject(v)) return true;
      let ok = true;
      for (let i = 0; i < n; i++) {
        const k = keys[i] as string;
        // Validated data holds no undefined values: a read answering undefined means "absent".
        const x = v[k];
        if (x === undefined || !Object.hasOwn(v, k)) continue;
        annProp(ann, k);
        st.path.push(k);
        const r = (nodes[i] as CompiledNode).validate(x, st, null);
        st.path.pop();
        if (!r) {
          ok = false;
          if (canStop(st)) return false;
        }
      }
      return ok;
    };
  },
};

/** The precompiled regular expressions of a `patternProperties` value, keyed by source. */
function patternRegexes(ctx: KeywordContext, value: unknown): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  if (!isObject(value)) return out;
  const base = ctx.pointer.slice(0, ctx.pointer.length - ctx.keyword.length) + 'patternProperties';
  for (const src of Object.keys(value))
    out.set(src, ctx.regex(src, 'patternProperties', `${base}/${escapePointerToken(src)}`));
  return out;
}

/** `patternProperties`: validates each property whose name matches a regular expression. */
export const patternProperties: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const map = objectValue(ctx);
    const list = [...patternRegexes(ctx, map)].map(([src, re]) => ({ re, node: ctx.sub(map[src], src) }));
    ctx.node.shape.patternProperties = list;
    return (v, st, ann) => {
      if (!isObject(v)) return true;
      let ok = true;
      for (const k of Object.keys(v)) {
        for (const { re, node } of list) {
          re.lastIndex = 0;
          if (!re.test(k)) continue;
          annProp(ann, k);
          st.path.push(k);
          const r = node.validate(v[k], st, null);
          st.path.pop();
          if (!r) {
            ok = false;
            if (canStop(st)) return false;
          }
        }
      }
      return ok;
    };
  },
};

function matchesAny(res: readonly RegExp[], k: string): boolean {
  for (const re of res) {
    re.lastIndex = 0;
    if (re.test(k)) return true;
  }
  return false;
}

/** `additionalProperties`: validates properties matched by neither `properties` nor `patternProperties`. */
export const additionalProperties: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const props = sibling(ctx, 'properties');
    const names = new Set(isObject(props) ? Object.keys(props) : []);
    const res = [...patternRegexes(ctx, sibling(ctx, 'patternProperties')).values()];
    const node = ctx.sub(ctx.value);
    ctx.node.shape.additionalProperties = node;
    const forbidden = ctx.value === false;
    const meta = ctx.node.meta;
    return (v, st, ann) => {
      if (!isObject(v)) return true;
      let ok = true;
      for (const k of Object.keys(v)) {
        if (names.has(k) || (res.length !== 0 && matchesAny(res, k))) continue;
        if (!checkLeftover(st, node, forbidden, meta, k, v[k])) {
          ok = false;
          if (canStop(st)) return false;
        }
      }
      if (ok && ann !== null) ann.allProps = true;
      return ok;
    };
  },
};

/** `propertyNames`: every property name must match a schema. */
export const propertyNames: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const node = ctx.sub(ctx.value);
    const meta = ctx.node.meta;
    const check: Check = (v, st) => {
      if (!isObject(v)) return true;
      let ok = true;
      for (const k of Object.keys(v)) {
        st.silent++;
        const r = node.validate(k, st, null);
        st.silent--;
        if (!r) {
          report(st, 'property_name', { property: k }, meta, k);
          ok = false;
          if (canStop(st)) return false;
        }
      }
      return ok;
    };
    return check;
  },
};
