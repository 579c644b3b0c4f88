/** Number keywords: `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`. */
import { isMultipleOf } from '../../internal/multiple-of.js';
import { report } from '../../internal/report.js';
import type { Check, KeywordContext, KeywordDefinition } from '../types.js';
import { invalid, numberValue, sibling } from './shared.js';

/** Draft-04's strict bound: `exclusiveMinimum: true` beside `minimum` makes `minimum` exclusive. */
interface Draft4Flag {
  keyword: 'exclusiveMinimum' | 'exclusiveMaximum';
  code: string;
  pass: (v: number, limit: number) => boolean;
}

function bound(
  code: string,
  param: 'minimum' | 'maximum',
  pass: (v: number, limit: number) => boolean,
  draft4?: Draft4Flag,
): KeywordDefinition {
  return {
    vocabulary: 'validation',
    compile(ctx: KeywordContext): Check | null {
      // A boolean exclusiveMinimum/Maximum is the draft-04 flag read by minimum/maximum.
      if (typeof ctx.value === 'boolean' && draft4 === undefined && code.startsWith('exclusive')) return null;
      const limit = numberValue(ctx);
      const strict = draft4 !== undefined && sibling(ctx, draft4.keyword) === true ? draft4 : undefined;
      const issue = strict?.code ?? code;
      const ok = strict?.pass ?? pass;
      const meta = ctx.node.meta;
      const params = { [param]: limit };
      return (v, st) => {
        if (typeof v !== 'number' || ok(v, limit)) return true;
        report(st, issue, params, meta);
        return false;
      };
    },
  };
}

const above = (v: number, l: number): boolean => v > l;
const below = (v: number, l: number): boolean => v < l;
export const minimum = bound('minimum', 'minimum', (v, l) => v >= l, {
  keyword: 'exclusiveMinimum',
  code: 'exclusive_minimum',
  pass: above,
});
export const maximum = bound('maximum', 'maximum', (v, l) => v <= l, {
  keyword: 'exclusiveMaximum',
  code: 'exclusive_maximum',
  pass: below,
});
export const exclusiveMinimum = bound('exclusive_minimum', 'minimum', above);
export const exclusiveMaximum = bound('exclusive_maximum', 'maximum', below);

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
