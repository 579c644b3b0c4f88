/** Emitters of `type`, `const`, `enum` (evaluators: keywords/type.ts). */
import { TYPE_TESTS } from '../gen.js';
import type { Emitter } from './types.js';

export const type: Emitter = (ctx, g) => {
  const names = (typeof ctx.value === 'string' ? [ctx.value] : ctx.value) as string[];
  const test = names.map((n) => (TYPE_TESTS[n] as (x: string) => string)('v')).join(' || ');
  return `if (!(${test})) { ${g.rep()}"type", ${g.typeParams(names)}, ${g.c(ctx.node.meta)}); ${g.unsettled(ctx.node.schema)}${g.FAIL} }`;
};

export const constKeyword: Emitter = (ctx, g) => {
  const expected = ctx.value;
  const test =
    expected === null || typeof expected !== 'object'
      ? `v === ${g.c(expected)}`
      : `${g.h('jsonEqual')}(v, ${g.c(expected)})`;
  return `if (!(${test})) { ${g.rep()}"const", ${g.c({ expected })}, ${g.c(ctx.node.meta)}); ${g.unsettled(ctx.node.schema)}${g.FAIL} }`;
};

export const enumKeyword: Emitter = (ctx, g) => {
  const allowed = ctx.value as unknown[];
  const primitives = [...new Set(allowed.filter((x) => x === null || typeof x !== 'object'))];
  const objects = allowed.filter((x) => x !== null && typeof x === 'object');
  const tests = primitives.map((p) => `v === ${g.c(p)}`);
  if (objects.length > 0)
    tests.push(
      `(typeof v === "object" && v !== null && (${objects.map((o) => `${g.h('jsonEqual')}(v, ${g.c(o)})`).join(' || ')}))`,
    );
  const test = tests.length === 0 ? 'false' : tests.join(' || ');
  return `if (!(${test})) { ${g.rep()}"enum", ${g.c({ allowed })}, ${g.c(ctx.node.meta)}); ${g.unsettled(ctx.node.schema)}${g.FAIL} }`;
};
