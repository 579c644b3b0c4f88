/** Emitters of `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf` (evaluators: keywords/number.ts). */
import { toSource } from '../source.js';
import { FAIL } from '../gen.js';
import { guard, type Emitter } from './types.js';

function bound(code: string, param: 'minimum' | 'maximum', op: string): Emitter {
  return (ctx, g, known) => {
    const limit = ctx.value as number;
    const isNumber = guard(known, 'number', 'typeof v === "number"');
    return `if (${isNumber} && !(v ${op} ${toSource(limit)})) { ${g.h('report')}(st, "${code}", ${g.c({ [param]: limit })}, ${g.c(ctx.node.meta)}); ${FAIL} }`;
  };
}

export const minimum = bound('minimum', 'minimum', '>=');
export const maximum = bound('maximum', 'maximum', '<=');
export const exclusiveMinimum = bound('exclusive_minimum', 'minimum', '>');
export const exclusiveMaximum = bound('exclusive_maximum', 'maximum', '<');

export const multipleOf: Emitter = (ctx, g, known) => {
  const m = ctx.value as number;
  const isNumber = guard(known, 'number', 'typeof v === "number"');
  return `if (${isNumber} && !${g.h('isMultipleOf')}(v, ${toSource(m)})) { ${g.h('report')}(st, "multiple_of", ${g.c({ multipleOf: m })}, ${g.c(ctx.node.meta)}); ${FAIL} }`;
};
