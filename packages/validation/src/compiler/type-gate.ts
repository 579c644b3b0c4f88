/**
 * Type-gated nodes: when a schema says `type: "string"` (or object, array, number) and every other
 * keyword of it only constrains values of that type (and passes anything else silently), the type
 * test decides alone whether the others run. A value of another type gets the type issue only, as
 * before; a value of that type skips the call to the type check. Same issues, in the same order.
 */
import { isObject } from '../internal/json.js';
import { canStop } from '../internal/report.js';
import type { Check } from './types.js';

/** Keywords whose check answers true, records nothing and annotates nothing for other types. */
const GATED: Record<string, { test: (v: unknown) => boolean; keywords: ReadonlySet<string> }> = {
  string: {
    test: (v) => typeof v === 'string',
    keywords: new Set(['minLength', 'maxLength', 'pattern', 'format']),
  },
  number: {
    test: (v) => typeof v === 'number',
    keywords: new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']),
  },
  object: {
    test: isObject,
    keywords: new Set([
      'properties',
      'patternProperties',
      'additionalProperties',
      'propertyNames',
      'required',
      'dependentRequired',
      'dependentSchemas',
      'minProperties',
      'maxProperties',
    ]),
  },
  array: {
    test: (v) => Array.isArray(v),
    keywords: new Set(['prefixItems', 'items', 'contains', 'minItems', 'maxItems', 'uniqueItems']),
  },
};

/**
 * The checks of a node run behind its type test, or null when the node does not qualify (no single
 * gating `type`, or a keyword that applies to every type, such as `enum` or `if`).
 */
export function typeGated(
  type: unknown,
  keywords: readonly string[],
  checks: readonly Check[],
): Check | null {
  if (typeof type !== 'string' || !Object.hasOwn(GATED, type)) return null;
  const gate = GATED[type] as (typeof GATED)[string];
  const at = keywords.indexOf('type');
  if (at === -1 || keywords.length < 2) return null;
  for (const k of keywords) if (k !== 'type' && !gate.keywords.has(k)) return null;
  const typeCheck = checks[at] as Check;
  const rest = checks.filter((_, i) => i !== at);
  const test = gate.test;
  const n = rest.length;
  if (n === 1) {
    const only = rest[0] as Check;
    return (v, st, ann) => (test(v) ? only(v, st, ann) : typeCheck(v, st, ann));
  }
  return (v, st, ann) => {
    if (!test(v)) return typeCheck(v, st, ann);
    let ok = true;
    for (let i = 0; i < n; i++) {
      if (!(rest[i] as Check)(v, st, ann)) {
        ok = false;
        if (canStop(st)) return false;
      }
    }
    return ok;
  };
}
