/**
 * Section conditions (`visibleWhen`) of a procedure definition, evaluated the way
 * `evaluateCondition` of @dvc-kit/procedures does. Kept here so the runtime bundle never pulls in
 * the procedures package (and its reference definitions).
 */
import { getPointer, isJsonObject } from '@dvc-kit/validation';

/** A condition on the data (see docs/form-definition.md, "Conditions"). */
export type FormCondition =
  | { field: string; equals: unknown }
  | { field: string; in: unknown[] }
  | { field: string; filled: boolean }
  | { all: FormCondition[] }
  | { any: FormCondition[] };

/** JSON equality. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameJson(ra[k], rb[k]));
}

/** Whether `condition` holds for `data`; a missing value never `equals` or is `in` anything. */
export function conditionHolds(condition: FormCondition, data: unknown): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, data));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, data));
  const value = getPointer(data, condition.field);
  if ('filled' in condition) {
    const filled =
      value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
    return filled === condition.filled;
  }
  if (value === undefined) return false;
  if ('in' in condition) return condition.in.some((v) => sameJson(v, value));
  return sameJson(condition.equals, value);
}

/** Whether `value` has the shape of a condition (checked when a definition is read). */
export function isCondition(value: unknown): value is FormCondition {
  if (!isJsonObject(value)) return false;
  if (Array.isArray(value['all'])) return value['all'].every(isCondition);
  if (Array.isArray(value['any'])) return value['any'].every(isCondition);
  return (
    typeof value['field'] === 'string' &&
    ('equals' in value || Array.isArray(value['in']) || typeof value['filled'] === 'boolean')
  );
}
