/**
 * `x-dvc-compare`: cross-field comparisons, e.g. an end date after a start date.
 *
 * ```json
 * { "x-dvc-compare": { "left": "/endDate", "op": ">", "right": "/startDate" } }
 * ```
 * `left` and `right` are JSON Pointers relative to the object holding the keyword; `right` may be
 * replaced by `value` (a constant). The rule is skipped while either side is missing (use `required`
 * for that). Strings compare by code unit order, so ISO dates and times compare chronologically.
 * The issue is reported at `left`, with the code `compare`. A list of rules is accepted.
 */
import { isObject, jsonEqual } from '../../internal/json.js';
import { resolvePointer, parsePointer, formatPointer } from '../../pointer.js';
import { canStop, report } from '../../internal/report.js';
import { isLocalizedText } from '../meta.js';
import type { Check, KeywordContext, KeywordDefinition, LocalizedText, NodeMeta } from '../types.js';
import { invalid } from './shared.js';

const OPS: Record<string, (a: unknown, b: unknown) => boolean> = {
  '==': (a, b) => jsonEqual(a, b),
  '!=': (a, b) => !jsonEqual(a, b),
  '<': (a, b) => sameKind(a, b) && (a as number) < (b as number),
  '<=': (a, b) => sameKind(a, b) && (a as number) <= (b as number),
  '>': (a, b) => sameKind(a, b) && (a as number) > (b as number),
  '>=': (a, b) => sameKind(a, b) && (a as number) >= (b as number),
};

function sameKind(a: unknown, b: unknown): boolean {
  return (typeof a === 'number' || typeof a === 'string') && typeof a === typeof b;
}

export const DATE_FORMATS = new Set(['date', 'date-time', 'time', 'vn-date-display']);

/** The schema of the field a relative pointer designates, read from nested `properties`. */
export function fieldAt(
  schema: Record<string, unknown>,
  tokens: string[],
): Record<string, unknown> | undefined {
  let cur: unknown = schema;
  for (const t of tokens) {
    const props = isObject(cur) ? cur['properties'] : undefined;
    if (!isObject(props) || !Object.hasOwn(props, t)) return undefined;
    cur = props[t];
  }
  return isObject(cur) ? cur : undefined;
}

export function labelOf(field: Record<string, unknown> | undefined): LocalizedText | undefined {
  const label = field?.['x-dvc-label'] ?? field?.['title'];
  return label !== undefined && isLocalizedText(label) ? label : undefined;
}

function compileRule(ctx: KeywordContext, rule: unknown): Check {
  if (!isObject(rule)) invalid(ctx, 'an object { left, op, right | value } or a list of them');
  const { left, op, right } = rule;
  const leftT = typeof left === 'string' ? parsePointer(left) : undefined;
  const rightT = typeof right === 'string' ? parsePointer(right) : undefined;
  const hasValue = Object.hasOwn(rule, 'value');
  if (leftT === undefined || leftT.length === 0)
    invalid(ctx, 'a rule whose "left" is a JSON Pointer to a field');
  if (typeof op !== 'string' || !Object.hasOwn(OPS, op))
    invalid(ctx, `a rule whose "op" is one of ${Object.keys(OPS).join(' ')}`);
  if (rightT === undefined && !hasValue) invalid(ctx, 'a rule with "right" (a JSON Pointer) or "value"');
  const test = OPS[op] as (a: unknown, b: unknown) => boolean;
  const meta: NodeMeta = {};
  const leftField = fieldAt(ctx.schema, leftT);
  const label = labelOf(leftField);
  if (label !== undefined) meta.label = label;
  const kind =
    typeof leftField?.['format'] === 'string' && DATE_FORMATS.has(leftField['format']) ? 'date' : 'value';
  if (isObject(rule['message'])) meta.messages = { compare: rule['message'] as Record<string, string> };
  const otherLabel = rightT === undefined ? undefined : labelOf(fieldAt(ctx.schema, rightT));
  const constant = rule['value'];
  const leftPtr = formatPointer(leftT);
  return (v, st) => {
    if (!isObject(v)) return true;
    const l = resolvePointer(v, leftT);
    const r = rightT === undefined ? { found: true, value: constant } : resolvePointer(v, rightT);
    if (!l.found || !r.found || test(l.value, r.value)) return true;
    const depth = st.path.length;
    for (const t of leftT.slice(0, -1)) st.path.push(t);
    report(
      st,
      'compare',
      { op, kind, other: otherLabel ?? right ?? r.value, value: r.value, left: leftPtr },
      meta,
      leftT[leftT.length - 1],
    );
    st.path.length = depth;
    return false;
  };
}

export const compare: KeywordDefinition = {
  vocabulary: 'dvc',
  compile(ctx) {
    const rules = (Array.isArray(ctx.value) ? ctx.value : [ctx.value]).map((r) => compileRule(ctx, r));
    const check: Check = (v, st) => {
      let ok = true;
      for (const r of rules) {
        if (!r(v, st, null)) {
          ok = false;
          if (canStop(st)) return false;
        }
      }
      return ok;
    };
    ctx.node.shape.fieldChecks.push(check);
    return check;
  },
};
