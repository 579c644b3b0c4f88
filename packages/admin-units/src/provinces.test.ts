import { describe, expect, it } from 'vitest';
import { getProvince, isProvinceCode, provinces } from '@dvc-kit/admin-units';

describe('provinces', () => {
  it('lists the 34 provinces of 2025 in code order', () => {
    expect(provinces).toHaveLength(34);
    const codes = provinces.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes.join(' ')).toBe(
      '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96',
    );
    expect(provinces.filter((p) => p.kind === 'city').map((p) => p.shortName)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
  });

  it('looks up real provinces', () => {
    expect(getProvince('01')).toEqual({
      code: '01',
      name: 'Thành phố Hà Nội',
      shortName: 'Hà Nội',
      kind: 'city',
    });
    expect(getProvince('79')).toMatchObject({ name: 'Thành phố Hồ Chí Minh', shortName: 'Hồ Chí Minh' });
    expect(getProvince('66')).toEqual({
      code: '66',
      name: 'Tỉnh Đắk Lắk',
      shortName: 'Đắk Lắk',
      kind: 'province',
    });
  });

  it('knows only 2025 codes, exactly as written', () => {
    expect(isProvinceCode('01')).toBe(true);
    for (const code of ['02', '1', '001', ' 01', '', '__proto__', 'constructor', 'toString']) {
      expect(isProvinceCode(code), code).toBe(false);
      expect(getProvince(code), code).toBeUndefined();
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(provinces)).toBe(true);
    expect(Object.isFrozen(provinces[0])).toBe(true);
  });
});
