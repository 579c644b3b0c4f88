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

/** The mobile pattern of DOMAIN.md (libphonenumber's Vietnam pattern), for generating numbers. */
const MOBILE =
  /^(?:(?:3\d|7[06-9])\d|5(?:2[238]|[689]\d)|8(?:[1-58]\d|6[5689]|9[689])|9(?:[0-8]\d|9[013-9]))\d{6}$/;

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
    ['0871234567', 'prefix'],
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
