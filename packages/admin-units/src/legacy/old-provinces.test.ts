import { describe, expect, it } from 'vitest';
import { provinces } from '@dvc-kit/admin-units';
import { getOldProvince, oldProvinces } from '@dvc-kit/admin-units/legacy';

describe('oldProvinces', () => {
  it('lists the 63 pre-2025 provinces in code order, each joined to a 2025 province', () => {
    expect(oldProvinces).toHaveLength(63);
    const codes = oldProvinces.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    const newCodes = new Set(provinces.map((p) => p.code));
    expect(oldProvinces.every((p) => newCodes.has(p.newProvinceCode))).toBe(true);
    expect(new Set(oldProvinces.map((p) => p.newProvinceCode)).size).toBe(34);
  });

  it('looks up old provinces, whose codes may mean another province since 2025', () => {
    expect(getOldProvince('02')).toEqual({
      code: '02',
      name: 'Tỉnh Hà Giang',
      shortName: 'Hà Giang',
      kind: 'province',
      newProvinceCode: '08',
    });
    expect(getOldProvince('80')).toMatchObject({ shortName: 'Long An', newProvinceCode: '80' });
    expect(getOldProvince('82')).toMatchObject({ shortName: 'Tiền Giang', newProvinceCode: '82' });
    expect(getOldProvince('77')).toMatchObject({ name: 'Tỉnh Bà Rịa - Vũng Tàu', newProvinceCode: '79' });
  });

  it('answers undefined for unknown or hostile codes', () => {
    for (const code of ['', '03', '2', '__proto__', 'constructor'])
      expect(getOldProvince(code), code).toBeUndefined();
  });
});
