/**
 * The walk of a precompiled module's field plan (`fieldsFromPlan`), loaded on demand by a
 * `<dvc-form>` whose precompiled validator carries one (`form-precompiled.ts`): a small chunk in
 * place of the validation compiler, and nothing in the first paint's file.
 */
export { fieldsFromPlan } from '@dvc-kit/validation';
