import { describe, expect, it } from 'vitest';
import {
  checkPostalCodeForUnit,
  identifierMessage,
  isPostalCode,
  parsePostalCode,
  postalCodeForUnitSchema,
  postalCodeSchema,
  postalPrefixesOf,
  vnFormats,
  type AdminUnitLookup,
} from '@dvc-kit/validation';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

/**
 * A stand-in for `@dvc-kit/admin-units`' lookup (validation must not depend on that package): four
 * real 2025 communes (codes of Công văn 1027/CTK-CSCL) and, for two of them, their postal codes in the
 * annex of Quyết định 2334/QĐ-BKHCN.
 */
const COMMUNES: Record<string, { province: string; postal?: string }> = {
  '00070': { province: '01' }, // Phường Hoàn Kiếm, Hà Nội
  '26740': { province: '79', postal: '71016' }, // Phường Sài Gòn, Hồ Chí Minh City
  '26506': { province: '79', postal: '78223' }, // Phường Vũng Tàu, Hồ Chí Minh City
  '03595': { province: '12' }, // Xã Than Uyên, Lai Châu
};
const adminUnits: AdminUnitLookup = {
  isProvinceCode: (code) => ['01', '12', '79'].includes(code),
  isCommuneCode: (code) => Object.hasOwn(COMMUNES, code),
  provinceOfCommune: (code) => COMMUNES[code]?.province,
  postalCodeOfCommune: (code) => COMMUNES[code]?.postal,
};

describe('postal code', () => {
  // Real commune codes from the annex of Quyết định 2334/QĐ-BKHCN (24/08/2025).
  it.each([
    ['71016', '79', 'Thành phố Hồ Chí Minh'], // P. Sài Gòn
    ['78223', '79', 'Thành phố Hồ Chí Minh'], // P. Vũng Tàu (formerly Bà Rịa - Vũng Tàu)
    ['75123', '79', 'Thành phố Hồ Chí Minh'], // P. Thủ Dầu Một (formerly Bình Dương)
    ['90456', '91', 'Tỉnh An Giang'], // X. An Phú
    ['92516', '91', 'Tỉnh An Giang'], // Đặc khu Phú Quốc (formerly Kiên Giang)
    ['16114', '24', 'Tỉnh Bắc Ninh'], // P. Kinh Bắc
    ['26122', '24', 'Tỉnh Bắc Ninh'], // P. Bắc Giang
    ['03626', '31', 'Thành phố Hải Phòng'], // X. Cẩm Giàng (formerly Hải Dương)
    ['06454', '33', 'Tỉnh Hưng Yên'], // X. Thái Thụy (formerly Thái Bình)
    ['49133', '46', 'Thành phố Huế'], // P. Phú Xuân
    ['59122', '56', 'Tỉnh Khánh Hòa'], // P. Phan Rang (formerly Ninh Thuận)
    ['30806', '12', 'Tỉnh Lai Châu'], // X. Than Uyên
    ['21117', '04', 'Tỉnh Cao Bằng'], // P. Thục Phán
    ['96117', '92', 'Thành phố Cần Thơ'], // P. Sóc Trăng
    ['51319', '48', 'Thành phố Đà Nẵng'], // P. Hội An (formerly Quảng Nam)
    ['97116', '96', 'Tỉnh Cà Mau'], // P. Bạc Liêu
  ])('resolves %s to the province %s (%s)', (value, code, name) => {
    expect(isPostalCode(value)).toBe(true);
    expect(parsePostalCode(value)).toEqual({
      code: value,
      provincePrefix: value.slice(0, 2),
      province: { code, name },
    });
    expect(postalCodeSchema.safeParse(value).success).toBe(true);
    expect(postalPrefixesOf(code)).toContain(value.slice(0, 2));
  });

  it('gives each of the 34 provinces one to seven prefixes, and each prefix to one province', () => {
    const provinces = [
      '01',
      '04',
      '08',
      '11',
      '12',
      '14',
      '15',
      '19',
      '20',
      '22',
      '24',
      '25',
      '31',
      '33',
      '37',
      '38',
      '40',
      '42',
      '44',
      '46',
      '48',
      '51',
      '52',
      '56',
      '66',
      '68',
      '75',
      '79',
      '80',
      '82',
      '86',
      '91',
      '92',
      '96',
    ];
    const all = provinces.flatMap((code) => postalPrefixesOf(code));
    for (const code of provinces) expect(postalPrefixesOf(code).length, code).toBeGreaterThanOrEqual(1);
    expect(Math.max(...provinces.map((code) => postalPrefixesOf(code).length))).toBe(7);
    expect(new Set(all).size).toBe(all.length);
    expect(postalPrefixesOf('01')).toEqual(['10', '11', '12', '13', '14']);
    expect(postalPrefixesOf('79')).toEqual(['70', '71', '72', '73', '74', '75', '78']);
    expect(postalPrefixesOf('24')).toEqual(['16', '26']);
    expect(postalPrefixesOf('02')).toEqual([]);
  });

  it.each(['1000', '100000', '1000O', '10 000', ''])('rejects %s (pattern)', (value) => {
    expect(isPostalCode(value)).toBe(false);
    expect(parsePostalCode(value)).toBeUndefined();
    expect(paramsOf(postalCodeSchema.safeParse(value))).toEqual({
      format: 'vn-postal-code',
      reason: 'pattern',
    });
  });

  it.each([
    '00000',
    '09123',
    '19000',
    '27100',
    '29000',
    '39000',
    '58000',
    '68000',
    '79000',
    '88000',
    '89000',
    '93000',
    '99000',
  ])('rejects %s: no province has its prefix', (value) => {
    expect(isPostalCode(value)).toBe(false);
    expect(parsePostalCode(value)).toBeUndefined();
    expect(vnFormats['vn-postal-code']?.(value, {})).toEqual({
      ok: false,
      reason: 'unknown-prefix',
      params: { prefix: value.slice(0, 2) },
    });
  });

  it('checks a postal code against the province of an address', () => {
    expect(checkPostalCodeForUnit('71016', { provinceCode: '79' })).toEqual({ ok: true });
    expect(checkPostalCodeForUnit('10000', { provinceCode: '79' })).toEqual({
      ok: false,
      reason: 'province-mismatch',
      params: { prefix: '10', province: 'Thành phố Hồ Chí Minh' },
    });
    // An unknown province code leaves only the shape to check.
    expect(checkPostalCodeForUnit('10000', { provinceCode: '99' })).toEqual({ ok: true });
    expect(checkPostalCodeForUnit('1000', { provinceCode: '01' })).toMatchObject({
      ok: false,
      reason: 'pattern',
    });
  });

  it('checks a postal code against a commune through the admin-units lookup', () => {
    // Hà Nội's commune: any Hà Nội prefix (the lookup knows no commune postal code for it).
    expect(checkPostalCodeForUnit('10000', { communeCode: '00070' }, { adminUnits })).toEqual({ ok: true });
    expect(checkPostalCodeForUnit('71016', { communeCode: '00070' }, { adminUnits })).toMatchObject({
      ok: false,
      reason: 'province-mismatch',
      params: { prefix: '71', province: 'Thành phố Hà Nội' },
    });
    // A commune whose own code is known: the code must be it.
    expect(checkPostalCodeForUnit('71016', { communeCode: '26740' }, { adminUnits })).toEqual({ ok: true });
    expect(checkPostalCodeForUnit('78223', { communeCode: '26740' }, { adminUnits })).toEqual({
      ok: false,
      reason: 'commune-mismatch',
      params: { expected: '71016' },
    });
    // Without a lookup, a commune alone cannot be placed: only the shape is checked.
    expect(checkPostalCodeForUnit('71016', { communeCode: '00070' })).toEqual({ ok: true });
  });

  it('words the unit checks in Vietnamese and English through a schema', () => {
    const schema = postalCodeForUnitSchema({ communeCode: '03595' }, { adminUnits });
    expect(schema.safeParse('30806').success).toBe(true);
    const params = paramsOf(schema.safeParse('71016')) as Record<string, unknown>;
    expect(params).toEqual({
      format: 'vn-postal-code',
      reason: 'province-mismatch',
      prefix: '71',
      province: 'Tỉnh Lai Châu',
    });
    expect(identifierMessage(params, 'vi')).toBe(
      'Mã bưu chính bắt đầu bằng 71 không thuộc Tỉnh Lai Châu, nơi có địa chỉ đã khai.',
    );
    expect(identifierMessage(params, 'en')).toBe(
      'A postal code starting with 71 does not belong to Tỉnh Lai Châu, where the address is.',
    );
    expect(
      identifierMessage({ format: 'vn-postal-code', reason: 'commune-mismatch', expected: '71016' }, 'vi'),
    ).toBe('Mã bưu chính của xã, phường đã chọn là 71016.');
  });
});
