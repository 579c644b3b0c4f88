/** Number keywords: `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`. */
import { report } from '../../internal/report.js';
import type { Check, KeywordContext, KeywordDefinition } from '../types.js';
import { invalid, numberValue } from './shared.js';

function bound(
  code: string,
  param: 'minimum' | 'maximum',
  pass: (v: number, limit: number) => boolean,
): KeywordDefinition {
  return {
    vocabulary: 'validation',
    compile(ctx: KeywordContext): Check {
      const limit = numberValue(ctx);
      const meta = ctx.node.meta;
      const params = { [param]: limit };
      return (v, st) => {
        if (typeof v !== 'number' || pass(v, limit)) return true;
        report(st, code, params, meta);
        return false;
      };
    },
  };
}

export const minimum = bound('minimum', 'minimum', (v, l) => v >= l);
export const maximum = bound('maximum', 'maximum', (v, l) => v <= l);
export const exclusiveMinimum = bound('exclusive_minimum', 'minimum', (v, l) => v > l);
export const exclusiveMaximum = bound('exclusive_maximum', 'maximum', (v, l) => v < l);

/** True when `v` is a multiple of `m`, tolerating binary floating-point error. */
export function isMultipleOf(v: number, m: number): boolean {
  if (Number.isInteger(m) && Number.isInteger(v)) return v % m === 0;
  const q = v / m;
  // 1e308 / 0.5 overflows; an integer is still a multiple of any 1/n.
  if (!Number.isFinite(q)) return Number.isInteger(v) && Number.isInteger(1 / m);
  if (Number.isInteger(q)) return true;
  return Math.abs(q - Math.round(q)) <= Number.EPSILON * Math.max(1, Math.abs(q)) * 4;
}

/** `multipleOf`. */
export const multipleOf: KeywordDefinition = {
  vocabulary: 'validation',
  compile(ctx) {
    const m = numberValue(ctx);
    if (m <= 0) invalid(ctx, 'a number greater than 0');
    const meta = ctx.node.meta;
    const params = { multipleOf: m };
    return (v, st) => {
      if (typeof v !== 'number' || isMultipleOf(v, m)) return true;
      report(st, 'multiple_of', params, meta);
      return false;
    };
  },
};
