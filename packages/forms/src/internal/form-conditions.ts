/**
 * Reading the section conditions (`visibleWhen`) of a procedure definition. They are evaluated by
 * `evaluateCondition` of `@dvc-kit/procedures/format`; this only checks their shape.
 */
import type { Condition } from '@dvc-kit/procedures/format';
import { isJsonObject } from '@dvc-kit/validation';

/** Whether `value` has the shape of a condition (checked when a definition is read). */
export function isCondition(value: unknown): value is Condition {
  if (!isJsonObject(value)) return false;
  if (Array.isArray(value['all'])) return value['all'].every(isCondition);
  if (Array.isArray(value['any'])) return value['any'].every(isCondition);
  return (
    typeof value['field'] === 'string' &&
    ('equals' in value || Array.isArray(value['in']) || typeof value['filled'] === 'boolean')
  );
}
