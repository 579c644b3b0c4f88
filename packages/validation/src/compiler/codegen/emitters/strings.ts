/** Emitters of `minLength`, `maxLength`, `pattern`, `format` (evaluators: keywords/string.ts). */
import { guard, type Emitter } from './types.js';

const isString = (known: string | null): string => guard(known, 'string', 'typeof v === "string"');

export const minLength: Emitter = (ctx, g, known) => {
  const minimum = ctx.value as number;
  return `if (${isString(known)} && v.length < ${minimum * 2} && ${g.h('codePointLength')}(v) < ${minimum}) { ${g.rep()}"min_length", ${g.c({ minimum })}, ${g.c(ctx.node.meta)}); ${g.FAIL} }`;
};

export const maxLength: Emitter = (ctx, g, known) => {
  const maximum = ctx.value as number;
  return `if (${isString(known)} && v.length > ${maximum} && ${g.h('codePointLength')}(v) > ${maximum}) { ${g.rep()}"max_length", ${g.c({ maximum })}, ${g.c(ctx.node.meta)}); ${g.FAIL} }`;
};

export const pattern: Emitter = (ctx, g, known) => {
  const source = ctx.value as string;
  const re = g.re(ctx.regex(source, 'pattern'));
  return `if (${isString(known)}) { ${re}.lastIndex = 0; if (!${re}.test(v)) { ${g.rep()}"pattern", ${g.c({ pattern: source })}, ${g.c(ctx.node.meta)}); ${g.FAIL} } }`;
};

export const format: Emitter = (ctx, g, known) => {
  if (ctx.options.formatMode === 'annotate') return null;
  const name = ctx.value as string;
  // An unknown format is an annotation (the compiler has warned, or refused it with `unknownFormats: 'error'`).
  if (ctx.format(name) === undefined) return null;
  const f = g.format(name);
  const r = g.id('r');
  return `if (${isString(known)}) { let ${r}; try { ${r} = ${f}(v, st.format); } catch { ${r} = { ok: false, reason: "error" }; } if (!${r}.ok) { ${g.rep()}"format", ${g.h('formatParams')}(${r}, ${JSON.stringify(name)}${g.jit ? `, ${g.formatSite()}` : ''}), ${g.c(ctx.node.meta)}); ${g.FAIL} } }`;
};
