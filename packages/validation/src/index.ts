/**
 * @dvc-kit/validation: the validation core shared by the forms, the sdk and the sandbox.
 * Every public name is listed here; code under `src/internal/` is private.
 */

// Vietnamese identifiers: predicates, parsers, zod schemas and the `vn-*` format table.
export {
  isTaxCode,
  parseTaxCode,
  taxCodeCheckDigit,
  taxCodeSchema,
  taxCodeOrPersonalIdSchema,
  type ParsedTaxCode,
  type TaxCodeOptions,
} from './identifiers/tax-code.js';
export {
  isPersonalId,
  parsePersonalId,
  personalIdSchema,
  type ParsedPersonalId,
  type ProvinceReading,
} from './identifiers/personal-id.js';
export { isOldIdCard, oldIdCardSchema } from './identifiers/old-id-card.js';
export {
  isIdentityNumber,
  parseIdentityNumber,
  identityNumberSchema,
  type ParsedIdentityNumber,
} from './identifiers/identity-number.js';
export { isSocialInsuranceCode, socialInsuranceCodeSchema } from './identifiers/social-insurance.js';
export {
  isMobilePhone,
  isLandlinePhone,
  isPhone,
  parsePhone,
  mobilePhoneSchema,
  landlinePhoneSchema,
  phoneSchema,
  type ParsedPhone,
} from './identifiers/phone.js';
export {
  isPostalCode,
  parsePostalCode,
  postalPrefixesOf,
  checkPostalCodeForUnit,
  postalCodeSchema,
  postalCodeForUnitSchema,
  type ParsedPostalCode,
  type PostalCodeUnit,
} from './identifiers/postal-code.js';
export {
  isPersonName,
  normalizePersonName,
  personNameSchema,
  PERSON_NAME_LENGTH,
} from './identifiers/person-name.js';
export {
  isDisplayDate,
  parseDisplayDate,
  formatDisplayDate,
  displayDateSchema,
} from './identifiers/display-date.js';
export { isVndAmount, parseVnd, formatVnd, vndAmountTextSchema } from './identifiers/vnd-amount.js';
export {
  isProvinceCode,
  isCommuneCode,
  provinceCodeSchema,
  communeCodeSchema,
} from './identifiers/admin-unit-codes.js';
export { vnFormats } from './identifiers/formats.js';
export { vnFormatSchema } from './identifiers/format-schema.js';
export { identifierMessages } from './identifiers/messages.js';
export { identifierMessage } from './identifiers/identifier-message.js';
export { compileSchema, type CompileOptions, type CompileLimits } from './compiler/compile-schema.js';
export { dialectOf, type Dialect } from './compiler/dialect.js';
export { Validator, type StandardSchemaV1Props } from './compiler/validator.js';
export type { ActiveFields } from './compiler/field-walk.js';
export type { IssueCode, ValidationIssue, ValidationResult, ValidateOptions } from './result.js';
export type { Locale } from './messages/format-message.js';
export { formatMessage } from './messages/format-message.js';
export type { NodeMeta as MessageMeta, MessageOverrides } from './compiler/types.js';
export {
  SchemaError,
  UnsupportedKeywordError,
  InvalidRegexError,
  SchemaRefError,
  SchemaLimitError,
  type SchemaErrorCode,
} from './errors.js';
export type { FormatCheck, FormatContext, FormatResult, AdminUnitLookup } from './formats/format-check.js';
export { standardFormats } from './formats/standard.js';
export { useJitless, isJitless } from './jitless.js';
export {
  isJsonObject,
  escapePointerToken,
  unescapePointerToken,
  parsePointer,
  pointerTokens,
  formatPointer,
  childPointer,
  parentPointer,
  isPointerWithin,
  resolvePointer,
  getPointer,
  hasPointer,
  setPointer,
  removePointer,
  type PointerToken,
  type PointerLookup,
} from './pointer.js';
/** The search key of a name (lower case, no diacritics): also in `@dvc-kit/validation/lists`, without its data. */
export { searchKeyOf } from './lists/internal/fold.js';
export {
  declaredFields,
  type DeclaredField,
  type DeclaredFieldsIndex,
  type DeclaredFieldsOptions,
  type FieldDeclaration,
  type SchemaNode,
  type BranchKeyword,
} from './fields/declared-fields.js';
export { unconditionalFields } from './fields/unconditional-fields.js';
export {
  fileProblem,
  acceptsFileType,
  maxFileBytes,
  fileTypeName,
  type FileRule,
  type FileFacts,
  type FileProblem,
} from './files.js';
