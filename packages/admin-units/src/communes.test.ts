import { describe, expect, it } from 'vitest';
import { communesOf, getCommune, isCommuneCode, provinces } from '@dvc-kit/admin-units';

const all = provinces.flatMap((p) => communesOf(p.code));

describe('communes', () => {
  it('lists 3,321 communes: 2,621 xã, 687 phường, 13 đặc khu', () => {
    expect(all).toHaveLength(3321);
    expect(new Set(all.map((c) => c.code)).size).toBe(3321);
    const count = (kind: string): number => all.filter((c) => c.kind === kind).length;
    expect([count('xa'), count('phuong'), count('dac-khu')]).toEqual([2621, 687, 13]);
  });

  it('gives every commune a 5-digit code, its type word and a short name', () => {
    const words = { xa: 'Xã', phuong: 'Phường', 'dac-khu': 'Đặc khu' } as const;
    for (const c of all) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(c.name).toBe(`${words[c.kind]} ${c.shortName}`);
      expect(c.name).toBe(c.name.normalize('NFC'));
    }
  });

  it('looks up real communes', () => {
    expect(getCommune('00070')).toEqual({
      code: '00070',
      name: 'Phường Hoàn Kiếm',
      shortName: 'Hoàn Kiếm',
      kind: 'phuong',
      provinceCode: '01',
    });
    expect(getCommune('26740')).toMatchObject({ name: 'Phường Sài Gòn', provinceCode: '79' });
    expect(getCommune('26732')).toMatchObject({
      name: 'Đặc khu Côn Đảo',
      kind: 'dac-khu',
      provinceCode: '79',
    });
    expect(getCommune('00226')?.name).toBe('Phường Văn Miếu - Quốc Tử Giám');
  });

  it('lists the communes of a province in the official order', () => {
    const hanoi = communesOf('01');
    expect(hanoi).toHaveLength(126);
    expect(hanoi[0]?.name).toBe('Phường Hoàn Kiếm');
    expect(hanoi.every((c) => c.provinceCode === '01')).toBe(true);
  });

  it('answers nothing, without throwing, for unknown or hostile codes', () => {
    for (const code of ['', '70', '0007', '000700', '99999', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(getCommune(code), code).toBeUndefined();
      expect(isCommuneCode(code), code).toBe(false);
      expect(communesOf(code), code).toEqual([]);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
