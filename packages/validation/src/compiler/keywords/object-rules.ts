/** Object assertions: `required`, `dependentRequired`, `dependentSchemas`, `minProperties`, `maxProperties`. */
import { isObject } from '../../internal/json.js';
import { canStop, report } from '../../internal/report.js';
import type { Check, CompiledNode, KeywordDefinition, NodeMeta } from '../types.js';
import { objectValue, propertyMeta, sizeBound, stringList } from './shared.js';

function fieldParams(property: string, meta: NodeMeta | undefined): Record<string, unknown> {
  return meta?.label === undefined ? { property } : { property, label: meta.label };
}

/** `required`: each missing property is reported at its own pointer with its field label. */
export const required: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    const names = stringList(ctx);
    if (names.length === 0) return null;
    ctx.node.shape.required.push(...names);
    const metas = names.map((n) => propertyMeta(ctx, n));
    const check: Check = (v, st) => {
      if (!isObject(v)) return true;
      let ok = true;
      for (let i = 0; i < names.length; i++) {
        const name = names[i] as string;
        if (Object.hasOwn(v, name)) continue;
        ok = false;
        const meta = metas[i];
        report(st, 'required', fieldParams(name, meta), meta, name);
        if (canStop(st)) return false;
      }
      return ok;
    };
    ctx.node.shape.fieldChecks.push(check);
    return check;
  },
};

/** `dependentRequired`: when a property is present, others become required. */
export const dependentRequired: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    const map = objectValue(ctx);
    const rules = Object.keys(map).map((trigger) => {
      const names = stringList(ctx, map[trigger]);
      return { trigger, names, metas: names.map((n) => propertyMeta(ctx, n)) };
    });
    ctx.node.shape.dependentRequired = new Map(rules.map((r) => [r.trigger, r.names]));
    const check: Check = (v, st) => {
      if (!isObject(v)) return true;
      let ok = true;
      for (const { trigger, names, metas } of rules) {
        if (!Object.hasOwn(v, trigger)) continue;
        for (let i = 0; i < names.length; i++) {
          const name = names[i] as string;
          if (Object.hasOwn(v, name)) continue;
          ok = false;
          const meta = metas[i];
          report(st, 'required', { ...fieldParams(name, meta), dependentOn: trigger }, meta, name);
          if (canStop(st)) return false;
        }
      }
      return ok;
    };
    ctx.node.shape.fieldChecks.push(check);
    return check;
  },
};

/** `dependentSchemas`: when a property is present, a schema applies to the whole object. */
export const dependentSchemas: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const map = objectValue(ctx);
    const entries: [string, CompiledNode][] = Object.keys(map).map((k) => [k, ctx.sub(map[k], k)]);
    for (const [, n] of entries) ctx.edge(n);
    ctx.node.shape.dependentSchemas = new Map(entries);
    return (v, st, ann) => {
      if (!isObject(v)) return true;
      let ok = true;
      for (const [k, n] of entries) {
        if (!Object.hasOwn(v, k)) continue;
        if (!n.validate(v, st, ann)) {
          ok = false;
          if (canStop(st)) return false;
        }
      }
      return ok;
    };
  },
};

/**
 * Draft-07 (and -04/-06) `dependencies`: a trigger with an array of names is `dependentRequired`,
 * a trigger with a schema is `dependentSchemas`.
 */
export const dependencies: KeywordDefinition = {
  vocabulary: 'applicator',
  compile(ctx) {
    const map = objectValue(ctx);
    const lists: Record<string, unknown> = {};
    const schemas: Record<string, unknown> = {};
    for (const k of Object.keys(map)) {
      if (Array.isArray(map[k])) lists[k] = map[k];
      else schemas[k] = map[k];
    }
    const shape = ctx.node.shape;
    const earlier = { required: shape.dependentRequired, schemas: shape.dependentSchemas };
    const checks: Check[] = [];
    if (Object.keys(lists).length > 0)
      checks.push(dependentRequired.compile({ ...ctx, value: lists }) as Check);
    if (Object.keys(schemas).length > 0)
      checks.push(dependentSchemas.compile({ ...ctx, value: schemas }) as Check);
    if (earlier.required !== null && shape.dependentRequired !== earlier.required)
      shape.dependentRequired = new Map([...earlier.required, ...(shape.dependentRequired ?? [])]);
    if (earlier.schemas !== null && shape.dependentSchemas !== earlier.schemas)
      shape.dependentSchemas = new Map([...earlier.schemas, ...(shape.dependentSchemas ?? [])]);
    return (v, st, ann) => {
      let ok = true;
      for (const check of checks) {
        if (check(v, st, ann)) continue;
        ok = false;
        if (canStop(st)) return false;
      }
      return ok;
    };
  },
};

const propertyTotal = (v: unknown): number | undefined => (isObject(v) ? Object.keys(v).length : undefined);

export const minProperties = sizeBound('min_properties', 'minimum', propertyTotal);
export const maxProperties = sizeBound('max_properties', 'maximum', propertyTotal);
