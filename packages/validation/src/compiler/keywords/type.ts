/** `type`, `const`, `enum`. */
import { jsonEqual, jsonType } from '../../internal/json.js';
import { report } from '../../internal/report.js';
import type { Check, KeywordDefinition } from '../types.js';
import { invalid } from './shared.js';
import { typeTests } from '../../internal/type-tests.js';

const TESTS = typeTests;

/** `type`: one JSON type name or a list of them. */
export const type: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    const names = typeof ctx.value === 'string' ? [ctx.value] : ctx.value;
    if (!Array.isArray(names) || names.length === 0) invalid(ctx, 'a type name or an array of type names');
    const tests = names.map((n) => {
      if (typeof n !== 'string' || !Object.hasOwn(TESTS, n)) invalid(ctx, 'made of JSON type names');
      return TESTS[n] as (v: unknown) => boolean;
    });
    const meta = ctx.node.meta;
    const params = { expected: names as string[] };
    if (tests.length === 1) {
      const fail: Check = (v, st) => {
        report(st, 'type', { ...params, received: jsonType(v) }, meta);
        return false;
      };
      // The common single types test inline, with no call through the table.
      switch (names[0]) {
        case 'string':
          return (v, st, ann) => typeof v === 'string' || fail(v, st, ann);
        case 'object':
          return (v, st, ann) =>
            (typeof v === 'object' && v !== null && !Array.isArray(v)) || fail(v, st, ann);
        case 'number':
          return (v, st, ann) => typeof v === 'number' || fail(v, st, ann);
        case 'boolean':
          return (v, st, ann) => typeof v === 'boolean' || fail(v, st, ann);
        case 'array':
          return (v, st, ann) => Array.isArray(v) || fail(v, st, ann);
      }
      const test = tests[0] as (v: unknown) => boolean;
      return (v, st, ann) => test(v) || fail(v, st, ann);
    }
    return (v, st) => {
      for (const t of tests) if (t(v)) return true;
      report(st, 'type', { ...params, received: jsonType(v) }, meta);
      return false;
    };
  },
};

/** `const`: deep equality with one value. */
export const constKeyword: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    const expected = ctx.value;
    const meta = ctx.node.meta;
    return (v, st) => {
      if (jsonEqual(v, expected)) return true;
      report(st, 'const', { expected }, meta);
      return false;
    };
  },
};

/** `enum`: deep equality with one of the listed values. */
export const enumKeyword: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    const allowed = ctx.value;
    if (!Array.isArray(allowed)) invalid(ctx, 'an array');
    const primitives = new Set(allowed.filter((x) => x === null || typeof x !== 'object'));
    const objects = allowed.filter((x) => x !== null && typeof x === 'object');
    const meta = ctx.node.meta;
    return (v, st) => {
      if (v === null || typeof v !== 'object') {
        if (primitives.has(v)) return true;
      } else {
        for (const o of objects) if (jsonEqual(v, o)) return true;
      }
      report(st, 'enum', { allowed }, meta);
      return false;
    };
  },
};
