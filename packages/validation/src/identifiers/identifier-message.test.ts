import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  identifierMessage,
  identifierMessages,
  personalIdSchema,
  phoneSchema,
  vnFormats,
  vnFormatSchema,
} from '@dvc-kit/validation';

const now = new Date('2026-06-01T00:00:00Z');
const adminUnits = {
  isProvinceCode: (): boolean => false,
  isCommuneCode: (): boolean => false,
  provinceOfCommune: (): undefined => undefined,
};

/** One failing value for every reason of every format. */
const failures: [format: `vn-${string}`, value: string, reason: string][] = [
  ['vn-personal-id', '123', 'pattern'],
  ['vn-personal-id', '003099012345', 'unknown-province'],
  ['vn-personal-id', '001299012345', 'birth-year-in-future'],
  ['vn-old-id-card', '123', 'pattern'],
  ['vn-identity-number', '123', 'pattern'],
  ['vn-identity-number', '003099012345', 'unknown-province'],
  ['vn-identity-number', '001299012345', 'birth-year-in-future'],
  ['vn-tax-code', '123', 'pattern'],
  ['vn-tax-code', '0100000000', 'serial'],
  ['vn-tax-code', '0100233480', 'check-digit'],
  ['vn-tax-code', '0100109106-000', 'branch'],
  ['vn-tax-code', '034088018267', 'personal-id'],
  ['vn-tax-code-or-personal-id', '123', 'pattern'],
  ['vn-tax-code-or-personal-id', '0100000000', 'serial'],
  ['vn-tax-code-or-personal-id', '0100233480', 'check-digit'],
  ['vn-tax-code-or-personal-id', '0100109106-000', 'branch'],
  ['vn-tax-code-or-personal-id', '003099012345', 'unknown-province'],
  ['vn-tax-code-or-personal-id', '001299012345', 'birth-year-in-future'],
  ['vn-social-insurance', '123', 'pattern'],
  ['vn-mobile', '123', 'pattern'],
  ['vn-mobile', '0123456789', 'prefix'],
  ['vn-landline', '123', 'pattern'],
  ['vn-phone', '123', 'pattern'],
  ['vn-phone', '0123456789', 'prefix'],
  ['vn-postal-code', '123', 'pattern'],
  ['vn-postal-code', '00000', 'unknown-prefix'],
  ['vn-person-name', '', 'empty'],
  ['vn-person-name', 'An  Bình', 'spaces'],
  ['vn-person-name', 'An #1', 'characters'],
  ['vn-person-name', 'A', 'too-short'],
  ['vn-person-name', 'A'.repeat(101), 'too-long'],
  ['vn-date-display', '2024-09-05', 'pattern'],
  ['vn-date-display', '29/02/2023', 'calendar'],
  ['vn-amount-vnd', '1,5', 'pattern'],
  ['vn-amount-vnd', '99999999999999999', 'too-large'],
  ['vn-province-code', '1', 'pattern'],
  ['vn-province-code', '99', 'unknown'],
  ['vn-commune-code', '1', 'pattern'],
  ['vn-commune-code', '99999', 'unknown'],
];

describe('identifier messages', () => {
  it('has a Vietnamese and an English message for every format', () => {
    for (const format of Object.keys(vnFormats)) {
      expect(identifierMessages.vi[format], format).toBeTruthy();
      expect(identifierMessages.en[format], format).toBeTruthy();
    }
    expect(Object.keys(identifierMessages.vi).sort()).toEqual(Object.keys(identifierMessages.en).sort());
  });

  it('covers every format in the failure table', () => {
    expect(new Set(failures.map(([format]) => format))).toEqual(new Set(Object.keys(vnFormats)));
  });

  it.each(failures)(
    'words %s %j (%s) in both languages, with every placeholder filled',
    (format, value, reason) => {
      const issue = vnFormatSchema(format, { now, adminUnits }).safeParse(value).error?.issues[0];
      const params = issue?.code === 'custom' ? issue.params : undefined;
      expect(params).toMatchObject({ format, reason });
      for (const locale of ['vi', 'en'] as const) {
        expect(
          identifierMessages[locale][`${format}.${reason}`],
          `${locale} ${format}.${reason}`,
        ).toBeTruthy();
        expect(identifierMessage(params, locale)).not.toMatch(/[{}]/);
      }
    },
  );

  it('fills placeholders from the issue params', () => {
    expect(identifierMessage({ format: 'vn-personal-id', reason: 'unknown-province', prefix: '003' })).toBe(
      'Số định danh cá nhân không hợp lệ: mã nơi đăng ký khai sinh 003 không tồn tại.',
    );
    expect(identifierMessage({ format: 'vn-mobile', reason: 'prefix', prefix: '012' }, 'en')).toBe(
      '012 is not a mobile prefix.',
    );
    expect(identifierMessage({ format: 'vn-mobile', reason: 'no-such-reason' })).toBe(
      'Số điện thoại di động không hợp lệ.',
    );
    expect(identifierMessage({ format: 'email' })).toBeUndefined();
    expect(identifierMessage({ format: 'constructor', reason: 'toString' })).toBeUndefined();
    expect(identifierMessage(undefined)).toBeUndefined();
  });

  it('serves as a zod error map', () => {
    const result = personalIdSchema.safeParse('12345', {
      error: (issue) => (issue.code === 'custom' ? identifierMessage(issue.params) : undefined),
    });
    expect(result.error?.issues[0]?.message).toBe('Số định danh cá nhân phải gồm 12 chữ số.');
  });

  it('refuses an unknown format', () => {
    expect(() => vnFormatSchema('vn-nothing')).toThrow(RangeError);
  });

  it('works under zod jitless mode', () => {
    z.config({ jitless: true });
    try {
      const form = z.object({ cccd: personalIdSchema, phone: phoneSchema });
      expect(form.safeParse({ cccd: '001099012345', phone: '0912 345 678' }).success).toBe(true);
      expect(form.safeParse({ cccd: '001099012345', phone: '0123456789' }).error?.issues[0]).toMatchObject({
        path: ['phone'],
        params: { format: 'vn-phone', reason: 'prefix' },
      });
    } finally {
      z.config({ jitless: false });
    }
  });
});
