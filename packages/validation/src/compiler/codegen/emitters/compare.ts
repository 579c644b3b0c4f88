/** Emitter of `x-dvc-compare` (evaluator: keywords/compare.ts). */
import { isObject } from '../../../internal/json.js';
import { parsePointer, formatPointer } from '../../../pointer.js';
import { DATE_FORMATS, fieldAt, labelOf } from '../../keywords/compare.js';
import type { KeywordContext, NodeMeta } from '../../types.js';
import type { Gen } from '../gen.js';
import type { Emitter } from './types.js';

const SAME_KIND = '(typeof a === "number" || typeof a === "string") && typeof a === typeof b';
const OPS: Record<string, string> = {
  '==': 'JE(a, b)',
  '!=': '!JE(a, b)',
  '<': `${SAME_KIND} && a < b`,
  '<=': `${SAME_KIND} && a <= b`,
  '>': `${SAME_KIND} && a > b`,
  '>=': `${SAME_KIND} && a >= b`,
};

function rule(ctx: KeywordContext, g: Gen, r: Record<string, unknown>): string {
  const { left, op, right } = r as { left: string; op: string; right?: unknown };
  const leftT = parsePointer(left) as string[];
  const rightT = typeof right === 'string' ? parsePointer(right) : undefined;
  const meta: NodeMeta = {};
  const leftField = fieldAt(ctx.schema, leftT);
  const label = labelOf(leftField);
  if (label !== undefined) meta.label = label;
  const kind =
    typeof leftField?.['format'] === 'string' && DATE_FORMATS.has(leftField['format']) ? 'date' : 'value';
  if (isObject(r['message'])) meta.messages = { compare: r['message'] as Record<string, string> };
  const otherLabel = rightT === undefined ? undefined : labelOf(fieldAt(ctx.schema, rightT));
  const other = otherLabel ?? right;
  const getAt = g.h('getAt');
  const rightRead =
    rightT === undefined ? `{ found: true, value: ${g.c(r['value'])} }` : `${getAt}(v, ${g.c(rightT)})`;
  const test = (OPS[op] as string).replaceAll('JE', g.h('jsonEqual'));
  const issue = `"compare", { op: ${JSON.stringify(op)}, kind: "${kind}", other: ${other === undefined ? 'rr.value' : g.c(other)}, value: rr.value, left: ${JSON.stringify(formatPointer(leftT))} }, ${g.c(meta)}, ${JSON.stringify(leftT[leftT.length - 1])});`;
  // Reported at the left field: its parents are static segments, or pushed for the report.
  const parents = leftT.slice(0, -1);
  const reported = g.staticPath
    ? `${g.rep(parents)}${issue}`
    : `const d = st.path.length; ${parents.map((t) => `st.path.push(${JSON.stringify(t)});`).join(' ')}
    ${g.rep()}${issue}
    st.path.length = d;`;
  return `{ const l = ${getAt}(v, ${g.c(leftT)}); const rr = ${rightRead};
  if (l.found && rr.found && !((a, b) => ${test})(l.value, rr.value)) {
    ${reported} ${g.FAIL} } }`;
}

export const compare: Emitter = (ctx, g) => {
  const rules = (Array.isArray(ctx.value) ? ctx.value : [ctx.value]) as Record<string, unknown>[];
  return `if (typeof v === "object" && v !== null && !Array.isArray(v)) { ${rules.map((r) => rule(ctx, g, r)).join('\n')} }`;
};
