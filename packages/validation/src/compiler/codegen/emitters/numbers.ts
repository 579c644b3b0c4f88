/**
 * Emitters of `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`
 * (evaluators: keywords/number.ts), with draft-04's boolean `exclusiveMinimum`/`exclusiveMaximum`
 * read by `minimum`/`maximum`.
 */
import { sibling } from '../../keywords/shared.js';
import { toSource } from '../source.js';
import { guard, type Emitter } from './types.js';

/** Draft-04's strict bound: the flag keyword beside `minimum`/`maximum`, and what it makes of the check. */
interface Draft4Flag {
  keyword: 'exclusiveMinimum' | 'exclusiveMaximum';
  code: string;
  op: string;
}

function bound(code: string, param: 'minimum' | 'maximum', op: string, draft4?: Draft4Flag): Emitter {
  return (ctx, g, known) => {
    // A boolean exclusiveMinimum/Maximum is the draft-04 flag, read by minimum/maximum.
    if (typeof ctx.value === 'boolean') return null;
    const limit = ctx.value as number;
    const strict = draft4 !== undefined && sibling(ctx, draft4.keyword) === true ? draft4 : undefined;
    const isNumber = guard(known, 'number', 'typeof v === "number"');
    return `if (${isNumber} && !(v ${strict?.op ?? op} ${toSource(limit)})) { ${g.rep()}"${strict?.code ?? code}", ${g.c({ [param]: limit })}, ${g.c(ctx.node.meta)}); ${g.FAIL} }`;
  };
}

export const minimum = bound('minimum', 'minimum', '>=', {
  keyword: 'exclusiveMinimum',
  code: 'exclusive_minimum',
  op: '>',
});
export const maximum = bound('maximum', 'maximum', '<=', {
  keyword: 'exclusiveMaximum',
  code: 'exclusive_maximum',
  op: '<',
});
export const exclusiveMinimum = bound('exclusive_minimum', 'minimum', '>');
export const exclusiveMaximum = bound('exclusive_maximum', 'maximum', '<');

export const multipleOf: Emitter = (ctx, g, known) => {
  const m = ctx.value as number;
  const isNumber = guard(known, 'number', 'typeof v === "number"');
  return `if (${isNumber} && !${g.h('isMultipleOf')}(v, ${toSource(m)})) { ${g.rep()}"multiple_of", ${g.c({ multipleOf: m })}, ${g.c(ctx.node.meta)}); ${g.FAIL} }`;
};
