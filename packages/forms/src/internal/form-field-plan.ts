/**
 * The store's validator of a precompiled module with its field plan, loaded on demand by a
 * `<dvc-form>` whose data model has conditions (`form-precompiled.ts`): the plan's walk
 * (`fieldsFromPlan`) in a small chunk in place of the validation compiler, and nothing in the
 * first paint's file.
 */
import { fieldsFromPlan, type FieldPlan } from '@dvc-kit/validation/runtime';
import type { StoreValidator } from './form-store.js';

/** `checks` (the whole-form check and a field's blur message) with the plan's answers. */
export function plannedValidator(
  plan: FieldPlan,
  checks: Pick<StoreValidator, 'validate' | 'validateAt'>,
): StoreValidator {
  const fields = fieldsFromPlan(plan);
  return {
    ...checks,
    activeFields: (data) => fields.activeAndRequiredFields(data).active,
    requiredFields: (data) => fields.activeAndRequiredFields(data).required,
    activeAndRequiredFields: (data) => fields.activeAndRequiredFields(data),
    conditionsRead: (pointer) => fields.conditionsRead(pointer),
  };
}
