/**
 * What the code generator needs to know of `@dvc-kit/validation/runtime` without importing it as a
 * namespace: the helper functions generated code calls (handed to the JIT's compiled function), and
 * the runtime's export name of each format check (what a precompiled module imports). A namespace
 * import of runtime.ts would make the bundler write an object of every runtime export into the
 * chunk the runtime entry shares with the Node entry, and a page bundling the built runtime would
 * then keep every check and list (22.9 kB instead of 15.2 kB for the residence module).
 */
import type { Helper } from '../../compiler/codegen/gen.js';
import { resolvePointer } from '../../pointer.js';
import { formatParams } from '../format-params.js';
import { codePointLength, jsonEqual, jsonType } from '../json.js';
import { isMultipleOf } from '../multiple-of.js';
import { mergeAnn, newAnn, report, reportAt, unwind } from '../report.js';

/** The runtime helpers generated code calls, by the name it calls them (`gen.ts`'s `HELPERS`). */
export const helperFunctions: Readonly<Record<Helper, unknown>> = {
  report,
  reportAt,
  newAnn,
  mergeAnn,
  jsonEqual,
  jsonType,
  codePointLength,
  isMultipleOf,
  getAt: resolvePointer,
  formatParams,
  unwind,
};

/**
 * The runtime export of each format check a module can import, by format name (the built-in
 * formats and the shared lists'); a test checks each export is the very check the compiler uses.
 */
export const formatExports: Readonly<Record<string, string>> = {
  date: 'dateFormat',
  time: 'timeFormat',
  'date-time': 'dateTimeFormat',
  email: 'emailFormat',
  hostname: 'hostnameFormat',
  ipv4: 'ipv4Format',
  uri: 'uriFormat',
  'uri-reference': 'uriReferenceFormat',
  uuid: 'uuidFormat',
  regex: 'regexFormat',
  'vn-personal-id': 'checkPersonalId',
  'vn-old-id-card': 'checkOldIdCard',
  'vn-identity-number': 'checkIdentityNumber',
  'vn-tax-code': 'checkTaxCodeFormat',
  'vn-tax-code-or-personal-id': 'checkTaxCodeOrPersonalId',
  'vn-social-insurance': 'checkSocialInsuranceCode',
  'vn-mobile': 'checkMobilePhone',
  'vn-landline': 'checkLandlinePhone',
  'vn-phone': 'checkPhone',
  'vn-postal-code': 'checkPostalCode',
  'vn-person-name': 'checkPersonName',
  'vn-date-display': 'checkDisplayDate',
  'vn-amount-vnd': 'checkVndAmountText',
  'vn-province-code': 'checkProvinceCode',
  'vn-commune-code': 'checkCommuneCode',
  'vn-ethnic-group': 'checkEthnicGroup',
  'iso-country': 'checkCountry',
};
