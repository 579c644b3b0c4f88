import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatVnd, isVndAmount, parseVnd, vndAmountTextSchema, vnFormats } from '@dvc-kit/validation';

describe('VND amounts', () => {
  it.each([
    [0, '0 ₫'],
    [500, '500 ₫'],
    [1000, '1.000 ₫'],
    [1500000, '1.500.000 ₫'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991 ₫'],
  ])('formats %d as %s', (amount, text) => {
    expect(formatVnd(amount)).toBe(text);
    expect(parseVnd(text)).toBe(amount);
  });

  it.each([
    ['1.500.000', 1500000],
    ['1500000', 1500000],
    ['0', 0],
    ['1.500.000₫', 1500000],
    ['1.500.000\u00a0₫', 1500000],
    ['1.500.000 đ', 1500000],
    ['1.500.000 VND', 1500000],
    ['25.000 VNĐ', 25000],
  ])('reads %s as %d', (text, amount) => {
    expect(parseVnd(text)).toBe(amount);
    expect(vndAmountTextSchema.safeParse(text).success).toBe(true);
  });

  it.each([
    ['1,500,000', 'pattern'],
    ['1.50.000', 'pattern'],
    ['1500.000', 'pattern'],
    ['01.500', 'pattern'],
    ['-1.000', 'pattern'],
    ['1.500,50', 'pattern'],
    ['1.500.000 USD', 'pattern'],
    ['', 'pattern'],
    ['9.007.199.254.740.992', 'too-large'],
  ])('rejects %s (%s)', (text, reason) => {
    expect(vnFormats['vn-amount-vnd']?.(text, {})).toEqual({ ok: false, reason });
    expect(parseVnd(text)).toBeUndefined();
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'refuses the number %d',
    (n) => {
      expect(isVndAmount(n)).toBe(false);
      expect(() => formatVnd(n)).toThrow(RangeError);
    },
  );

  it('round-trips every amount', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (amount) => {
        const text = formatVnd(amount);
        expect(parseVnd(text)).toBe(amount);
        expect(parseVnd(text.slice(0, -2))).toBe(amount);
        expect(parseVnd(text.slice(0, -2).replaceAll('.', ''))).toBe(amount);
      }),
    );
  });
});
