import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPersonalId,
  parsePersonalId,
  personalIdSchema,
  vnFormats,
  vnFormatSchema,
} from '@dvc-kit/validation';
import { OLD_PROVINCE_CODES } from './internal/old-province-codes.js';
import { OLD_PROVINCES } from './internal/old-provinces.js';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

/** A fixed "today", so that the birth-year checks do not depend on when the tests run. */
const now = new Date('2026-06-01T00:00:00Z');

/** The 63 pre-2025 province codes (the CCCD table), written out here to guard the copy in src/. */
const OLD_CODES =
  '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'.split(
    ' ',
  );

describe('personal identification number (CCCD)', () => {
  it.each([
    ['001099012345', '01', 'Thành phố Hà Nội', 'male', 1999],
    ['079203001234', '79', 'Thành phố Hồ Chí Minh', 'male', 2003],
    ['038185000001', '38', 'Tỉnh Thanh Hóa', 'female', 1985],
    ['096300999999', '96', 'Tỉnh Cà Mau', 'female', 2000],
  ] as const)('decodes %s', (value, code, name, sex, birthYear) => {
    expect(parsePersonalId(value, { now })).toEqual({
      value,
      placeCode: `0${code}`,
      bornAbroad: false,
      province: { code, name },
      sex,
      birthYear,
      serial: value.slice(6),
    });
  });

  // These codes name different provinces before and after 1 July 2025: a CCCD uses the old meaning.
  it.each([
    ['15', 'Tỉnh Yên Bái'], // 2025: Lào Cai
    ['24', 'Tỉnh Bắc Giang'], // 2025: Bắc Ninh
    ['44', 'Tỉnh Quảng Bình'], // 2025: Quảng Trị
    ['52', 'Tỉnh Bình Định'], // 2025: Gia Lai
    ['80', 'Tỉnh Long An'], // 2025: Tây Ninh
    ['82', 'Tỉnh Tiền Giang'], // 2025: Đồng Tháp
    ['91', 'Tỉnh Kiên Giang'], // 2025: An Giang
  ])('decodes the prefix 0%s with the pre-2025 table (%s)', (code, name) => {
    expect(parsePersonalId(`0${code}190123456`, { now })?.province).toEqual({ code, name });
  });

  // Born in 2025 or later: the prefix may follow the 2025 table, which no public text settles yet.
  it.each([
    ['15', 'Tỉnh Yên Bái', 'Tỉnh Lào Cai'],
    ['24', 'Tỉnh Bắc Giang', 'Tỉnh Bắc Ninh'],
    ['44', 'Tỉnh Quảng Bình', 'Tỉnh Quảng Trị'],
    ['52', 'Tỉnh Bình Định', 'Tỉnh Gia Lai'],
    ['80', 'Tỉnh Long An', 'Tỉnh Tây Ninh'],
    ['82', 'Tỉnh Tiền Giang', 'Tỉnh Đồng Tháp'],
    ['91', 'Tỉnh Kiên Giang', 'Tỉnh An Giang'],
    ['08', 'Tỉnh Tuyên Quang', 'Tỉnh Tuyên Quang'], // the 2025 province also covers Hà Giang
    ['79', 'Thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh'], // the 2025 city also covers Bình Dương, BR-VT
  ])('decodes 0%s for a birth in 2025 to both readings, flagged (%s / %s)', (code, before, after) => {
    const parsed = parsePersonalId(`0${code}225001234`, { now });
    expect(parsed).toMatchObject({ birthYear: 2025, sex: 'male', provinceAmbiguous: true });
    expect(parsed).not.toHaveProperty('province');
    expect(parsed?.provinceReadings).toEqual([
      { table: 'pre-2025', code, name: before },
      { table: '2025', code, name: after },
    ]);
    expect(isPersonalId(`0${code}326001234`, { now })).toBe(true);
  });

  it.each([
    ['002', 'Tỉnh Hà Giang'], // no 2025 province has the code 02: one reading only
    ['001', 'Thành phố Hà Nội'], // unchanged by the reorganisation
    ['038', 'Tỉnh Thanh Hóa'],
  ])('keeps one reading for %s in 2025 when the tables cannot disagree', (prefix, name) => {
    const parsed = parsePersonalId(`${prefix}225001234`, { now });
    expect(parsed?.province).toEqual({ code: prefix.slice(1), name });
    expect(parsed).not.toHaveProperty('provinceAmbiguous');
    expect(parsed).not.toHaveProperty('provinceReadings');
  });

  it('keeps the pre-2025 table alone for births before 2025', () => {
    const parsed = parsePersonalId('015124001234', { now });
    expect(parsed?.province).toEqual({ code: '15', name: 'Tỉnh Yên Bái' });
    expect(parsed).not.toHaveProperty('provinceAmbiguous');
  });

  it('knows exactly the 63 pre-2025 province codes', () => {
    const known = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).filter((code) =>
      isPersonalId(`0${code}090000001`, { now }),
    );
    expect(known).toEqual(OLD_CODES);
  });

  it('reads a non-zero first digit as a birth registered abroad', () => {
    const parsed = parsePersonalId('184095000123', { now });
    expect(parsed).toMatchObject({ placeCode: '184', bornAbroad: true, sex: 'male', birthYear: 1995 });
    expect(parsed).not.toHaveProperty('province');
  });

  it.each([
    ['00109901234', 'pattern'],
    ['0010990123456', 'pattern'],
    ['00109901234a', 'pattern'],
    [' 001099012345', 'pattern'],
    ['001 099 012 345', 'pattern'],
    ['', 'pattern'],
    ['000099012345', 'unknown-province'],
    ['003099012345', 'unknown-province'],
    ['013099012345', 'unknown-province'],
    ['099099012345', 'unknown-province'],
    ['001227012345', 'birth-year-in-future'],
    ['001400012345', 'birth-year-in-future'],
    ['001699012345', 'birth-year-in-future'],
    ['001899012345', 'birth-year-in-future'],
  ])('rejects %s (%s)', (value, reason) => {
    expect(vnFormats['vn-personal-id']?.(value, { now })).toMatchObject({ ok: false, reason });
    expect(isPersonalId(value, { now })).toBe(false);
    expect(parsePersonalId(value, { now })).toBeUndefined();
  });

  it('accepts a birth year equal to the current year, taken in Vietnam time', () => {
    expect(isPersonalId('001226012345', { now })).toBe(true);
    // 18:00 UTC on 31 December 2026 is already 1 January 2027 in Vietnam.
    expect(isPersonalId('001227012345', { now: new Date('2026-12-31T18:00:00Z') })).toBe(true);
    expect(isPersonalId('001227012345', { now: new Date('2026-12-31T16:00:00Z') })).toBe(false);
  });

  it('defaults "now" to the current date', () => {
    expect(isPersonalId('001099012345')).toBe(true);
    expect(isPersonalId('001499012345')).toBe(false);
  });

  it('decodes generated numbers back to what generated them', () => {
    const person = fc.record({
      code: fc.constantFrom(...OLD_CODES),
      female: fc.boolean(),
      birthYear: fc.integer({ min: 1900, max: 2026 }),
      serial: fc.stringMatching(/^\d{6}$/),
    });
    fc.assert(
      fc.property(person, ({ code, female, birthYear, serial }) => {
        const centuryDigit = (Math.floor(birthYear / 100) - 19) * 2 + (female ? 1 : 0);
        const value = `0${code}${centuryDigit}${String(birthYear % 100).padStart(2, '0')}${serial}`;
        const parsed = parsePersonalId(value, { now });
        expect(parsed?.province?.code ?? parsed?.provinceReadings?.[0]?.code).toBe(code);
        expect(parsed?.sex).toBe(female ? 'female' : 'male');
        expect(parsed?.birthYear).toBe(birthYear);
        expect(parsed?.serial).toBe(serial);
      }),
    );
  });

  it('reports localisable zod issues', () => {
    const result = personalIdSchema.safeParse('003099012345');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        params: { format: 'vn-personal-id', reason: 'unknown-province', prefix: '003' },
      }),
    ]);
    expect(paramsOf(vnFormatSchema('vn-personal-id', { now }).safeParse('001227012345'))).toEqual({
      format: 'vn-personal-id',
      reason: 'birth-year-in-future',
      year: 2027,
    });
    expect(personalIdSchema.parse('001099012345')).toBe('001099012345');
  });
});

describe('the pre-2025 province codes the check reads', () => {
  it('are exactly the keys of the named table decode reads', () => {
    expect(OLD_PROVINCE_CODES.split(' ')).toEqual([...OLD_PROVINCES.keys()]);
  });
});
