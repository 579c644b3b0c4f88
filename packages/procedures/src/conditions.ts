/** Evaluating the data conditions of a definition (`visibleWhen`, `requiredWhen`, fee `when`). */
import { resolvePointer } from '@dvc-kit/validation';
import type { Condition } from '@dvc-kit/contract';

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

function isFilled(found: boolean, value: unknown): boolean {
  if (!found || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/**
 * Whether `condition` holds for the dossier `data`. A missing field never `equals` or is `in`
 * anything; `filled` is true for a present value other than `null`, `''` and `[]`.
 */
export function evaluateCondition(condition: Condition, data: unknown): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, data));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, data));
  const { found, value } = resolvePointer(data, condition.field);
  if ('filled' in condition) return isFilled(found, value) === condition.filled;
  if (!found) return false;
  if ('in' in condition) return condition.in.some((v) => sameJson(v, value));
  return sameJson(condition.equals, value);
}

/** The JSON Pointers (into the data) a condition reads. */
export function conditionFields(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFields);
  if ('any' in condition) return condition.any.flatMap(conditionFields);
  return [condition.field];
}
