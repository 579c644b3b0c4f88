/** The English messages of the `vn-*` formats (and the list formats), keyed `<format>` or `<format>.<reason>`. */
import { keyed } from './internal/keyed.js';

const personalIdEn = {
  'unknown-province':
    'This personal identification number is not valid: {prefix} is not a place-of-birth code.',
  'birth-year-in-future':
    'This personal identification number is not valid: its birth year {year} is in the future.',
};
const taxCodeEn = {
  'check-digit': 'This tax code is not valid (its check digit is wrong).',
  serial: 'This tax code is not valid: digits 3 to 9 cannot all be zero.',
  branch: 'A branch tax code cannot end in 000.',
};

/** Messages of the `vn-*` formats in English. */
export const identifierMessagesEn: Record<string, string> = {
  'vn-personal-id': 'Enter a valid personal identification number.',
  'vn-personal-id.pattern': 'A personal identification number has 12 digits.',
  ...keyed('vn-personal-id', personalIdEn),
  'vn-old-id-card': 'Enter a valid ID card number.',
  'vn-old-id-card.pattern': 'An old ID card (CMND) number has 9 digits.',
  'vn-identity-number': 'Enter a valid personal identification or ID card number.',
  'vn-identity-number.pattern':
    'Enter a 12-digit personal identification number or a 9-digit old ID card (CMND) number.',
  ...keyed('vn-identity-number', personalIdEn),
  'vn-tax-code': 'Enter a valid tax code.',
  'vn-tax-code.pattern': 'A tax code has 10 digits, or 13 for a branch or dependent unit.',
  ...keyed('vn-tax-code', taxCodeEn),
  'vn-tax-code.personal-id':
    'This field needs the tax code of an enterprise or organisation (10 or 13 digits). A 12-digit personal identification number is the tax code of an individual or household business and does not fit here.',
  'vn-tax-code-or-personal-id': 'Enter a valid tax code.',
  'vn-tax-code-or-personal-id.pattern':
    'A tax code has 10 or 13 digits; individuals and household businesses use their 12-digit personal identification number.',
  ...keyed('vn-tax-code-or-personal-id', { ...taxCodeEn, ...personalIdEn }),
  'vn-social-insurance': 'Enter a valid social-insurance code.',
  'vn-social-insurance.pattern': 'A social-insurance code has 10 digits.',
  'vn-mobile': 'Enter a valid mobile number.',
  'vn-mobile.pattern': 'A mobile number has 10 digits and starts with 0 (or +84).',
  'vn-mobile.prefix': '{prefix} is not a mobile prefix.',
  'vn-landline': 'Enter a valid landline number.',
  'vn-landline.pattern': 'A landline number has 11 digits and starts with the area code 02.',
  'vn-phone': 'Enter a valid phone number.',
  'vn-phone.pattern': 'Enter a 10-digit mobile or 11-digit landline number starting with 0 (or +84).',
  'vn-phone.prefix': '{prefix} is not a mobile prefix.',
  'vn-postal-code': 'Enter a valid postal code.',
  'vn-postal-code.pattern': 'A postal code has 5 digits.',
  'vn-postal-code.unknown-prefix':
    'This is not a Vietnamese postal code: no province has codes starting with {prefix}.',
  'vn-postal-code.province-mismatch':
    'A postal code starting with {prefix} does not belong to {province}, where the address is.',
  'vn-postal-code.commune-mismatch': 'The postal code of the chosen commune is {expected}.',
  'vn-person-name': 'Enter a valid full name.',
  'vn-person-name.empty': 'Enter a full name.',
  'vn-person-name.spaces': 'A name cannot start or end with a space or have several spaces in a row.',
  'vn-person-name.characters': 'A name can only contain letters and spaces, not “{char}”.',
  'vn-person-name.too-short': 'A name has at least {min} characters.',
  'vn-person-name.too-long': 'A name has at most {max} characters.',
  'vn-date-display': 'Enter a valid date.',
  'vn-date-display.pattern': 'Enter the date as dd/mm/yyyy, for example 05/09/2024.',
  'vn-date-display.calendar': 'This date does not exist.',
  'vn-amount-vnd': 'Enter a valid amount.',
  'vn-amount-vnd.pattern': 'Enter a whole, non-negative amount in đồng, for example 1.500.000.',
  'vn-amount-vnd.too-large': 'This amount is too large.',
  'vn-province-code': 'Enter a valid province code.',
  'vn-province-code.pattern': 'A province code has 2 digits.',
  'vn-province-code.unknown': 'There is no province with code {code}.',
  'vn-commune-code': 'Enter a valid commune code.',
  'vn-commune-code.pattern': 'A commune code has 5 digits.',
  'vn-commune-code.unknown': 'There is no commune with code {code}.',
  'vn-ethnic-group': 'Choose a valid ethnic group.',
  'vn-ethnic-group.pattern': 'An ethnic-group code has 2 digits, from 01 (Kinh) to 54.',
  'vn-ethnic-group.unknown': 'There is no ethnic group with code {code}; choose one of the 54 in the list.',
  'iso-country': 'Choose a valid country.',
  'iso-country.pattern': 'A country code has 2 capital letters (ISO 3166-1), for example VN.',
  'iso-country.unknown': 'There is no country with code {code}; choose one from the list.',
};
