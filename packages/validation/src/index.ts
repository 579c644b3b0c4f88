/**
 * @dvc-kit/validation: the validation core shared by the forms, the sdk and the sandbox.
 * Every public name is listed here; code under `src/internal/` is private.
 */
export { isTaxCode, parseTaxCode, taxCodeCheckDigit, type ParsedTaxCode } from './identifiers/tax-code.js';
