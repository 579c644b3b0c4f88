/**
 * @dvc-kit/validation/runtime: what precompiled validators import (`dvc build-validators`), and
 * nothing else: the helpers generated code calls, each format check under its own name,
 * `PrecompiledValidator` (a module carries its own messages), and `fieldsFromPlan`, which reads a
 * module's field plan (what `<dvc-form>` needs, so not in the main entry). Generated modules
 * import only the names they use, so a bundler keeps only those.
 */
export { report, reportAt, newAnn, mergeAnn, unwind } from './internal/report.js';
export { jsonEqual, jsonType, codePointLength } from './internal/json.js';
export { isMultipleOf } from './internal/multiple-of.js';
export { resolvePointer as getAt } from './pointer.js';
export { formatParams } from './internal/format-params.js';
export {
  stop,
  reportType,
  reportFormat,
  reportRequired,
  reportKey,
  formatThrew,
  isObj,
} from './internal/runtime/module-helpers.js';
export { unpackBook, type PackedBook } from './internal/runtime/book.js';
export { unmark } from './internal/runtime/marked-text.js';
export {
  standardFormats,
  dateFormat,
  timeFormat,
  dateTimeFormat,
  emailFormat,
  hostnameFormat,
  ipv4Format,
  uriFormat,
  uriReferenceFormat,
  uuidFormat,
  regexFormat,
} from './formats/standard.js';
export { vnFormats, checkTaxCodeFormat } from './identifiers/formats.js';
export { checkCommuneCode, checkProvinceCode } from './identifiers/admin-unit-codes.js';
export { checkDisplayDate } from './identifiers/display-date.js';
export { checkIdentityNumber } from './identifiers/identity-number.js';
export { checkOldIdCard } from './identifiers/old-id-card.js';
export { checkPersonName } from './identifiers/person-name.js';
export { checkPersonalId } from './identifiers/personal-id.js';
export { checkLandlinePhone, checkMobilePhone, checkPhone } from './identifiers/phone.js';
export { checkPostalCode } from './identifiers/postal-code.js';
export { checkSocialInsuranceCode } from './identifiers/social-insurance.js';
export { checkTaxCodeOrPersonalId } from './identifiers/tax-code.js';
export { checkVndAmountText } from './identifiers/vnd-amount.js';
export { listFormats, checkEthnicGroup, checkCountry } from './lists/formats.js';
export type { Locale, MessageBook } from './messages/word.js';
export { PrecompiledValidator, precompiled, type PrecompiledOptions } from './compiler/precompiled.js';
/** A module's field plan (`fieldPlan: true`, `dvc build-validators --field-plan`) and its walk, for `<dvc-form>`. */
export { fieldsFromPlan, type FieldPlan, type PlanNode, type PlannedFields } from './compiler/field-plan.js';
export type { ValidationIssue, ValidationResult, ValidateOptions } from './result.js';
