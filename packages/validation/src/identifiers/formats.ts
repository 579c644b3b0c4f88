/**
 * The `vn-*` formats: each maps a JSON Schema `format` name to the identifier check behind it.
 * The compiler merges this table with the standard formats (date, email, uri, ...).
 * Every check answers with a stable `reason`; messages are keyed `<format>.<reason>` in `messages.ts`.
 */
import type { FormatCheck } from '../formats/format-check.js';
import { checkCommuneCode, checkProvinceCode } from './admin-unit-codes.js';
import { checkDisplayDate } from './display-date.js';
import { checkIdentityNumber } from './identity-number.js';
import { checkOldIdCard } from './old-id-card.js';
import { checkPersonName } from './person-name.js';
import { checkPersonalId } from './personal-id.js';
import { checkLandlinePhone, checkMobilePhone, checkPhone } from './phone.js';
import { checkPostalCode } from './postal-code.js';
import { checkSocialInsuranceCode } from './social-insurance.js';
import { checkTaxCode, checkTaxCodeOrPersonalId } from './tax-code.js';
import { checkVndAmountText } from './vnd-amount.js';

/** `vn-tax-code`: a tax code of 10 or 13 digits (no options). */
export const checkTaxCodeFormat: FormatCheck = (value) => checkTaxCode(value);

/** The `vn-*` format checks, by format name. */
export const vnFormats: Record<`vn-${string}`, FormatCheck> = {
  'vn-personal-id': checkPersonalId,
  'vn-old-id-card': checkOldIdCard,
  'vn-identity-number': checkIdentityNumber,
  'vn-tax-code': checkTaxCodeFormat,
  'vn-tax-code-or-personal-id': checkTaxCodeOrPersonalId,
  'vn-social-insurance': checkSocialInsuranceCode,
  'vn-mobile': checkMobilePhone,
  'vn-landline': checkLandlinePhone,
  'vn-phone': checkPhone,
  'vn-postal-code': checkPostalCode,
  'vn-person-name': checkPersonName,
  'vn-date-display': checkDisplayDate,
  'vn-amount-vnd': checkVndAmountText,
  'vn-province-code': checkProvinceCode,
  'vn-commune-code': checkCommuneCode,
};
