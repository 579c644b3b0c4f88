/** Combinators: `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`. */
import { isObject } from '../../internal/json.js';
import { canStop, mergeAnn, newAnn, report } from '../../internal/report.js';
import type { Ann, Check, CompiledNode, KeywordContext, KeywordDefinition, LocalizedText } from '../types.js';
import { propertyMeta, schemaList, sibling } from './shared.js';

const ANNOTATIONS_ONLY = new Set(['title', 'description', '$comment', 'x-dvc-label', 'x-dvc-messages']);

/** When every branch only says `required: [...]`, the names (and labels) of those fields. */
export function requiredOnlyFields(
  ctx: KeywordContext,
  branches: unknown[],
): { property: string; label?: LocalizedText }[] | null {
  const out: { property: string; label?: LocalizedText }[] = [];
  for (const b of branches) {
    if (!isObject(b)) return null;
    const req = b['required'];
    if (!Array.isArray(req) || !Object.keys(b).every((k) => k === 'required' || ANNOTATIONS_ONLY.has(k)))
      return null;
    for (const name of req) {
      if (typeof name !== 'string') return null;
      const label = propertyMeta(ctx, name)?.label;
      out.push(label === undefined ? { property: name } : { property: name, label });
    }
  }
  return out;
}

function compileBranches(ctx: KeywordContext): CompiledNode[] {
  const nodes = schemaList(ctx).map((s, i) => ctx.sub(s, i));
  for (const n of nodes) ctx.edge(n);
  return nodes;
}

/** `allOf`: every subschema applies. */
export const allOf: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const nodes = compileBranches(ctx);
    ctx.node.shape.inPlace.push(...nodes);
    return (v, st, ann) => {
      let ok = true;
      for (const n of nodes) {
        if (!n.validate(v, st, ann)) {
          ok = false;
          if (canStop(st)) return false;
        }
      }
      return ok;
    };
  },
};

function countMatches(
  nodes: CompiledNode[],
  v: unknown,
  st: Parameters<CompiledNode['validate']>[1],
  ann: Ann | null,
  stopAt: number,
): number {
  let count = 0;
  st.silent++;
  for (const n of nodes) {
    const a = ann === null ? null : newAnn();
    if (n.validate(v, st, a)) {
      count++;
      if (ann !== null && a !== null) mergeAnn(ann, a);
      if (count >= stopAt && ann === null) break;
    }
  }
  st.silent--;
  return count;
}

/** `anyOf`: at least one subschema applies. Required-only branches report which fields to fill. */
export const anyOf: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const nodes = compileBranches(ctx);
    ctx.node.shape.branches.push(...nodes);
    const fields = requiredOnlyFields(ctx, ctx.value as unknown[]);
    const params =
      fields === null
        ? {}
        : { variant: 'required', fields, labels: fields.map((f) => f.label ?? f.property) };
    const meta = ctx.node.meta;
    const check: Check = (v, st, ann) => {
      if (countMatches(nodes, v, st, ann, 1) > 0) return true;
      report(st, 'any_of', params, meta);
      return false;
    };
    // "Fill at least one of these fields" concerns each of those fields: validateAt reports it on them.
    if (fields !== null) ctx.node.shape.fieldChecks.push(check);
    return check;
  },
};

/** `oneOf`: exactly one subschema applies. */
export const oneOf: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const nodes = compileBranches(ctx);
    ctx.node.shape.branches.push(...nodes);
    const meta = ctx.node.meta;
    return (v, st, ann) => {
      const a = ann === null ? null : newAnn();
      const count = countMatches(nodes, v, st, a, 2);
      if (count === 1) {
        if (ann !== null && a !== null) mergeAnn(ann, a);
        return true;
      }
      report(st, 'one_of', { matched: count }, meta);
      return false;
    };
  },
};

/** `not`: the subschema must not apply. */
export const not: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const node = ctx.sub(ctx.value);
    ctx.edge(node);
    const meta = ctx.node.meta;
    return (v, st) => {
      st.silent++;
      const r = node.validate(v, st, null);
      st.silent--;
      if (!r) return true;
      report(st, 'not', {}, meta);
      return false;
    };
  },
};

/** `if`: decides whether the sibling `then` or `else` applies. */
export const ifKeyword: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const cond = ctx.sub(ctx.value);
    const thenS = sibling(ctx, 'then');
    const elseS = sibling(ctx, 'else');
    const thenN = thenS === undefined ? null : ctx.sub(thenS);
    const elseN = elseS === undefined ? null : ctx.sub(elseS);
    for (const n of [cond, thenN, elseN]) if (n !== null) ctx.edge(n);
    ctx.node.shape.conditional = { cond, then: thenN, else: elseN };
    return (v, st, ann) => {
      const a = ann === null ? null : newAnn();
      st.silent++;
      const r = cond.validate(v, st, a);
      st.silent--;
      if (r) {
        if (ann !== null && a !== null) mergeAnn(ann, a);
        return thenN === null ? true : thenN.validate(v, st, ann);
      }
      return elseN === null ? true : elseN.validate(v, st, ann);
    };
  },
};

/** `then` / `else`: applied by `if`; without `if` they do nothing, but are still compiled so mistakes surface. */
export const companion: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    if (sibling(ctx, 'if') === undefined) ctx.sub(ctx.value);
    return null;
  },
};
