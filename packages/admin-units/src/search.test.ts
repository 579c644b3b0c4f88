import { describe, expect, it } from 'vitest';
import { foldDiacritics, searchUnits, type SearchResult } from '@dvc-kit/admin-units';

const names = (results: SearchResult[]): string[] => results.map((r) => r.unit.name);

describe('searchUnits', () => {
  it('finds a province without diacritics or type word', () => {
    expect(searchUnits('ha noi')[0]).toMatchObject({ level: 'province', unit: { code: '01' } });
    expect(searchUnits('dak lak')[0]?.unit.name).toBe('Tỉnh Đắk Lắk');
    expect(searchUnits('ĐẮK LẮK', { level: 'province' })[0]?.unit.code).toBe('66');
    expect(searchUnits('tp hcm')[0]?.unit.code).toBe('79');
    expect(searchUnits('Thừa Thiên Huế')[0]?.unit.code).toBe('46');
    expect(searchUnits('Đắk Lắk'.normalize('NFD'))[0]?.unit.code).toBe('66');
  });

  it('finds communes by name', () => {
    expect(searchUnits('hoan kiem')[0]).toMatchObject({
      level: 'commune',
      unit: { code: '00070', name: 'Phường Hoàn Kiếm' },
    });
    expect(names(searchUnits('phuong ben thanh'))[0]).toBe('Phường Bến Thành');
    expect(names(searchUnits('van mieu quoc tu giam'))[0]).toBe('Phường Văn Miếu - Quốc Tử Giám');
    expect(names(searchUnits("cu m'gar"))[0]).toBe("Xã Cư M'gar");
  });

  it('ranks exact names, then prefixes, then word prefixes, then substrings', () => {
    const tier = (shortName: string, query: string): number => {
      const key = foldDiacritics(shortName);
      if (key === query) return 0;
      if (key.startsWith(query)) return 1;
      return key.includes(` ${query}`) ? 2 : 3;
    };
    const seen = new Set<number>();
    for (const query of ['an', 'hoa', 'son', 'hoa binh']) {
      const tiers = searchUnits(query, { limit: 5000 }).map((r) => tier(r.unit.shortName, query));
      expect(tiers, query).toEqual([...tiers].sort((a, b) => a - b));
      for (const t of tiers) seen.add(t);
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
    expect(names(searchUnits('hoa binh'))[0]).toBe('Phường Hòa Bình');
    expect(searchUnits('an')[0]?.unit.name).toBe('Tỉnh An Giang');
  });

  it('treats a type word in the query as part of what is asked', () => {
    expect(names(searchUnits('xa hoan kiem'))).not.toContain('Phường Hoàn Kiếm');
    expect(names(searchUnits('tinh ha noi'))).not.toContain('Thành phố Hà Nội');
    expect(searchUnits('thanh pho ha noi')[0]?.unit.code).toBe('01');
  });

  it('filters by province and level and respects the limit', () => {
    const inHue = searchUnits('phu', { provinceCode: '46', level: 'commune', limit: 50 });
    expect(inHue.length).toBeGreaterThan(0);
    expect(inHue.every((r) => r.level === 'commune' && r.unit.provinceCode === '46')).toBe(true);
    expect(searchUnits('xa', { limit: 3 })).toHaveLength(3);
    expect(searchUnits('ha', { level: 'province' }).every((r) => r.level === 'province')).toBe(true);
    expect(searchUnits('ha noi', { provinceCode: '79' })).toEqual([]);
  });

  it('matches codes', () => {
    expect(searchUnits('00070')[0]?.unit.name).toBe('Phường Hoàn Kiếm');
    expect(searchUnits('79')[0]?.unit.name).toBe('Thành phố Hồ Chí Minh');
  });

  it('returns nothing for empty or useless input', () => {
    for (const query of ['', '   ', '-', '__proto__', 'zzzz']) expect(searchUnits(query), query).toEqual([]);
    expect(searchUnits('ha noi', { provinceCode: '__proto__' })).toEqual([]);
    const loose = searchUnits as (query: unknown) => SearchResult[];
    expect(loose(undefined)).toEqual([]);
    expect(searchUnits('ha noi', { limit: 0 })).toEqual([]);
    expect(searchUnits('ha noi', { limit: -1 })).toEqual([]);
  });

  it('answers every keystroke of a query as it is typed', () => {
    const queries = ['p', 'ph', 'phu', 'phuo', 'phuon', 'phuong', 'phuong b', 'phuong be', 'phuong ben'];
    for (const q of queries) expect(searchUnits(q).length, q).toBeGreaterThan(0);
    expect(searchUnits('phuong ben thanh')[0]?.unit.name).toBe('Phường Bến Thành');
  });
});
