import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isLandlinePhone,
  isMobilePhone,
  isPhone,
  landlinePhoneSchema,
  mobilePhoneSchema,
  parsePhone,
  phoneSchema,
  vnFormats,
} from '@dvc-kit/validation';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

/**
 * The `mobile` NationalNumberPattern of libphonenumber's VN metadata, as published in
 * giggsey/libphonenumber-for-php-lite src/data/PhoneNumberMetadata_VN.php (commit 19e905b) and
 * libphonenumber-js 1.13.18, written here again from the source (not imported from the code under
 * test), for generating numbers.
 */
const MOBILE =
  /^(?:121[0-3]\d{5}|(?:1[46]0|(?:3\d|7[06-9])\d|5(?:[1689]\d|2[238]|59)|8(?:[1-8]\d|9[6-9])|9(?:[0-8]\d|9[013-9]))\d{6})$/;

/**
 * Real prefixes per carrier. Carriers as in libphonenumber's carrier table for +84
 * (resources/carrier/en/84.txt; libphonenumber-for-php-lite src/carrier/data/en/84.php): 843 and 8486
 * Viettel, 8452/56/58 and 8492 Vietnamobile, 8459 and 84993-84997 G-Mobile, 8455 Reddi, 847 and 8489
 * MobiFone, 8481-85, 8487 (Itel, on the VinaPhone network), 8488, 8491 and 8494 Vinaphone,
 * 84998/84999 Indochina Telecom. 051x is a mobile range in the number pattern with no carrier in that
 * table. Each prefix is checked with a number of its own, so one wrong range fails by name.
 */
const CARRIER_PREFIXES: readonly (readonly [carrier: string, prefixes: readonly string[]])[] = [
  [
    'Viettel',
    [
      '032',
      '033',
      '034',
      '035',
      '036',
      '037',
      '038',
      '039',
      '0860',
      '0861',
      '0862',
      '0863',
      '0864',
      '0865',
      '0866',
      '0867',
      '0868',
      '0869',
      '096',
      '097',
      '098',
    ],
  ],
  ['Vinaphone', ['081', '082', '083', '084', '085', '088', '091', '094']],
  ['MobiFone', ['070', '076', '077', '078', '079', '0896', '0897', '0898', '0899', '090', '093']],
  ['Vietnamobile', ['0522', '0523', '0528', '056', '058', '092']],
  ['Gmobile', ['059', '0993', '0994', '0995', '0996', '0997']],
  ['Itel', ['0870', '0871', '0872', '0875', '0877', '0879']],
  ['Reddi', ['0559']],
  ['Indochina Telecom', ['0998', '0999']],
  ['051x (no carrier named)', ['0510', '0512', '0515', '0519']],
  ['01210-01213, 0140, 0160 (no carrier named)', ['01210', '01213', '0140', '0160']],
];

/** A 10-digit national number that starts with `prefix`, its other digits made up. */
function numberWith(prefix: string): string {
  return (prefix + '1234567890').slice(0, 10);
}

describe('phone numbers', () => {
  it.each([
    '0912345678', // 09x
    '0987654321',
    '0321234567', // 03x
    '0389999999',
    '0701234567', // 07x
    '0797654321',
    '0812345678', // 08x
    '0886543210',
    '0522345678', // 05x
    '0581234567',
  ])('accepts the mobile number %s', (value) => {
    expect(isMobilePhone(value)).toBe(true);
    expect(isPhone(value)).toBe(true);
    expect(isLandlinePhone(value)).toBe(false);
  });

  describe.each(CARRIER_PREFIXES)('%s', (_carrier, prefixes) => {
    it.each(prefixes.map((prefix) => [prefix, numberWith(prefix)]))(
      'accepts the prefix %s (%s), written 0… and +84…',
      (_prefix, national) => {
        expect(isMobilePhone(national)).toBe(true);
        expect(isPhone(national)).toBe(true);
        expect(parsePhone(`+84 ${national.slice(1)}`)).toEqual({
          kind: 'mobile',
          e164: `+84${national.slice(1)}`,
          national,
        });
        expect(mobilePhoneSchema.safeParse(national).success).toBe(true);
      },
    );
  });

  it.each([
    ['0123456789', '012'], // an 11-digit-era prefix, closed in 2018
    ['0162345678', '016'],
    ['0501234567', '050'],
    ['0521234567', '052'], // 052 is open only as 0522, 0523, 0528
    ['0551234567', '055'], // 055 is open only as 0559
    ['0531234567', '053'],
    ['0571234567', '057'],
    ['0711234567', '071'],
    ['0751234567', '075'],
    ['0801234567', '080'],
    ['0891234567', '089'], // 089 is open only as 0896-0899
    ['0992123456', '099'], // 0992 is VSAT, not a subscriber range
    ['0401234567', '040'],
  ])('refuses %s: %s is not a mobile prefix', (value, prefix) => {
    expect(isMobilePhone(value)).toBe(false);
    expect(parsePhone(value)).toBeUndefined();
    expect(paramsOf(mobilePhoneSchema.safeParse(value))).toEqual({
      format: 'vn-mobile',
      reason: 'prefix',
      prefix,
    });
  });

  it('accepts the numbers the old pattern refused (issue 12)', () => {
    for (const value of [
      '0862123456',
      '0867123456',
      '0871234567',
      '0559123456',
      '0511234567',
      '0897123456',
    ]) {
      expect(isMobilePhone(value), value).toBe(true);
    }
  });

  it.each([
    ['+84 912 345 678', '+84912345678'],
    ['(+84) 912.345.678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['0084 912 345 678', '+84912345678'],
    ['+84 (0) 912 345 678', '+84912345678'],
    ['091-234-5678', '+84912345678'],
    ['0912 345 678', '+84912345678'],
    ['0362.123.456', '+84362123456'],
  ])('normalises the mobile number %s to %s', (value, e164) => {
    expect(parsePhone(value)).toEqual({ kind: 'mobile', e164, national: `0${e164.slice(3)}` });
  });

  it.each([
    ['024 3825 3536', '+842438253536'],
    ['(028) 3822 4567', '+842838224567'],
    ['0225 3842 123', '+842253842123'],
    ['+84 24 3825 3536', '+842438253536'],
  ])('normalises the landline number %s to %s', (value, e164) => {
    expect(isLandlinePhone(value)).toBe(true);
    expect(isMobilePhone(value)).toBe(false);
    expect(parsePhone(value)).toEqual({ kind: 'landline', e164, national: `0${e164.slice(3)}` });
  });

  it.each([
    ['091234567', 'pattern'],
    ['09123456789', 'pattern'],
    ['0123456789', 'prefix'],
    ['0212345678', 'prefix'],
    ['+1 912 345 678', 'pattern'],
    ['09l2345678', 'pattern'],
    ['+0912345678', 'pattern'],
    ['0912_345_678', 'pattern'],
    ['', 'pattern'],
  ])('rejects %s as a phone number (%s)', (value, reason) => {
    expect(vnFormats['vn-phone']?.(value, {})).toMatchObject({ ok: false, reason });
    expect(isPhone(value)).toBe(false);
    expect(parsePhone(value)).toBeUndefined();
  });

  it('names the prefix it does not know', () => {
    expect(paramsOf(mobilePhoneSchema.safeParse('0123456789'))).toEqual({
      format: 'vn-mobile',
      reason: 'prefix',
      prefix: '012',
    });
    expect(paramsOf(landlinePhoneSchema.safeParse('0912345678'))).toEqual({
      format: 'vn-landline',
      reason: 'pattern',
    });
    expect(phoneSchema.safeParse('024 3825 3536').success).toBe(true);
  });

  it('normalises any way of writing a mobile number to the same +84 and 0 forms', () => {
    const separator = fc.constantFrom('', ' ', '.', '-');
    const prefix = fc.constantFrom('0', '+84', '84', '0084', '+84 (0) ', '(+84) ');
    fc.assert(
      fc.property(fc.stringMatching(MOBILE), prefix, separator, (nsn, head, sep) => {
        const written = `${head}${nsn.slice(0, 2)}${sep}${nsn.slice(2, 5)}${sep}${nsn.slice(5)}`;
        const parsed = parsePhone(written);
        expect(parsed).toEqual({ kind: 'mobile', e164: `+84${nsn}`, national: `0${nsn}` });
        expect(parsePhone(parsed?.e164 ?? '')).toEqual(parsed);
        expect(parsePhone(parsed?.national ?? '')).toEqual(parsed);
      }),
    );
  });

  it('reads every 0 + 9-digit number as mobile exactly when the pattern says so', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{8}$/), (nsn) => {
        expect(isMobilePhone(`0${nsn}`)).toBe(MOBILE.test(nsn));
      }),
    );
  });
});
