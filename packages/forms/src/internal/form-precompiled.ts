/**
 * A `<dvc-form>` given a precompiled validator (`dvc build-validators`) needs no compiler when its
 * data model has no conditions: which fields apply and must be filled is then the declared fields'
 * answer whatever the data (`unconditionalFields`), and a field's message on blur is the whole
 * check's issue at its pointer. With a condition, a choice of shapes or a `dependentRequired`
 * somewhere, a module built with its field plan (`dvc build-validators --field-plan`) answers
 * them (`fieldsFromPlan`); without one only a compiled validator decides them, so the form loads
 * the compiler as without a precompiled validator
 * (docs/decisions/0021-first-paint-before-the-compiler.md).
 */
import {
  getPointer,
  unconditionalFields,
  type DeclaredFieldsIndex,
  type ValidateOptions,
  type ValidationResult,
} from '@dvc-kit/validation';
import type { FieldPlan } from '@dvc-kit/validation/runtime';
import type { StoreValidator } from './form-store.js';

/** What a precompiled module exports (and any validator with `validate`). */
export interface WholeValidator {
  validate(data: unknown, options?: ValidateOptions): ValidationResult;
  /** The field plan of a module built with `--field-plan` (`PrecompiledValidator.fieldPlan`). */
  readonly fieldPlan?: FieldPlan | undefined;
}

/** The whole-form check and a field's message on blur, from the precompiled validator. */
function checks(validator: WholeValidator): Pick<StoreValidator, 'validate' | 'validateAt'> {
  return {
    validate: (data, options) => validator.validate(data, options),
    validateAt: (pointer, data, options) => {
      const result = validator.validate(data, options);
      const issues = result.ok
        ? []
        : result.issues.filter((i) => i.pointer === pointer || i.pointer.startsWith(`${pointer}/`));
      return issues.length === 0 ? { ok: true, value: getPointer(data, pointer) } : { ok: false, issues };
    },
  };
}

/** The store's validator made of `validator` and the declared fields, or `undefined` when the data model has conditions. */
export function precompiledStoreValidator(
  validator: WholeValidator,
  index: DeclaredFieldsIndex,
): StoreValidator | undefined {
  for (const field of index.fields.values())
    if (field.conditional || field.requiredSometimes) return undefined;
  return {
    ...checks(validator),
    activeFields: (data) => unconditionalFields(index, data).active,
    requiredFields: (data) => unconditionalFields(index, data).required,
    activeAndRequiredFields: (data) => unconditionalFields(index, data),
    // No condition anywhere (checked above): no value decides which fields apply, only keys.
    conditionsRead: () => false,
  };
}

/**
 * With conditions, the store's validator made of `validator` and its field plan (the plan's walk,
 * a small chunk loaded on demand instead of the compiler), or `undefined` when it has no plan.
 */
export function plannedStoreValidator(validator: WholeValidator): Promise<StoreValidator> | undefined {
  const plan = validator.fieldPlan;
  return plan && import('./form-field-plan.js').then((m) => m.plannedValidator(plan, checks(validator)));
}
