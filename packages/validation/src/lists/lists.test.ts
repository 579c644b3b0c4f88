import { describe, expect, it } from 'vitest';
import { compileSchema, identifierMessage } from '@dvc-kit/validation';
import {
  countries,
  country,
  countrySchema,
  ethnicGroup,
  ethnicGroupByName,
  ethnicGroupExtraCodes,
  ethnicGroups,
  ethnicGroupSchema,
  filterList,
  listFormats,
  searchKeyOf,
} from '@dvc-kit/validation/lists';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

describe('ethnic groups', () => {
  it('has the 54 groups of Decision 121-TCTK/PPCĐ, coded 01 to 54 in order', () => {
    expect(ethnicGroups).toHaveLength(54);
    expect(ethnicGroups.map((g) => g.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(new Set(ethnicGroups.map((g) => g.vi)).size).toBe(54);
  });

  it.each([
    ['01', 'Kinh'],
    ['02', 'Tày'],
    ['03', 'Thái'],
    ['04', 'Hoa'],
    ['05', 'Khơ-me'],
    ['06', 'Mường'],
    ['08', 'Mông'],
    ['12', 'Ê-đê'],
    ['20', 'Mnông'],
    ['21', 'Ra-glai'],
    ['52', 'Brâu'],
    ['53', 'Ơ Đu'],
    ['54', 'Rơ-măm'],
  ])('names %s %s', (code, vi) => {
    expect(ethnicGroup(code)?.vi).toBe(vi);
  });

  it('keeps the foreign-national and unknown codes apart from the 54 groups', () => {
    expect(ethnicGroupExtraCodes.map((g) => [g.code, g.vi])).toEqual([
      ['55', 'Người nước ngoài'],
      ['56', 'Không rõ'],
    ]);
    expect(ethnicGroup('55')).toBeUndefined();
  });

  it.each([
    ['Kinh', '01'],
    ['kinh', '01'],
    ['Ê Đê', '12'],
    ['ede', '12'],
    ["H'Mông", '08'],
    ['Hmong', '08'],
    ['Khmer', '05'],
    ['Việt', '01'],
    ['Ơ-đu', '53'],
  ])('reads the typed name %j as code %s', (name, code) => {
    expect(ethnicGroupByName(name)?.code).toBe(code);
  });

  it.each(['', 'Xyz', 'La'])('finds no single group for %j', (name) => {
    expect(ethnicGroupByName(name)).toBeUndefined();
  });

  it('checks membership as the vn-ethnic-group format', () => {
    expect(ethnicGroupSchema.safeParse('01').success).toBe(true);
    expect(ethnicGroupSchema.safeParse('54').success).toBe(true);
    expect(paramsOf(ethnicGroupSchema.safeParse('55'))).toEqual({
      format: 'vn-ethnic-group',
      reason: 'unknown',
      code: '55',
    });
    expect(paramsOf(ethnicGroupSchema.safeParse('Kinh'))).toEqual({
      format: 'vn-ethnic-group',
      reason: 'pattern',
    });
    expect(identifierMessage({ format: 'vn-ethnic-group', reason: 'unknown', code: '99' }, 'vi')).toBe(
      'Không có dân tộc nào có mã 99; vui lòng chọn trong danh sách 54 dân tộc.',
    );
  });
});

describe('countries', () => {
  it('has the 249 codes of ISO 3166-1 alpha-2, each with a Vietnamese and an English name', () => {
    expect(countries).toHaveLength(249);
    for (const c of countries) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.vi.length, c.code).toBeGreaterThan(1);
      expect(c.en.length, c.code).toBeGreaterThan(1);
    }
    expect(new Set(countries.map((c) => c.code)).size).toBe(249);
  });

  it.each([
    ['VN', 'Việt Nam', 'Vietnam'],
    ['US', 'Hoa Kỳ', 'United States'],
    ['DE', 'Đức', 'Germany'],
    ['KH', 'Campuchia', 'Cambodia'],
    ['LA', 'Lào', 'Laos'],
    ['KR', 'Hàn Quốc', 'South Korea'],
    ['JP', 'Nhật Bản', 'Japan'],
  ])('names %s %s / %s', (code, vi, en) => {
    expect(country(code)).toMatchObject({ code, vi, en });
  });

  it('knows no user-assigned or withdrawn code', () => {
    for (const code of ['XK', 'EU', 'UK', 'ZZ', 'vn', 'VNM']) expect(country(code), code).toBeUndefined();
  });

  it('checks membership as the iso-country format', () => {
    expect(countrySchema.safeParse('VN').success).toBe(true);
    expect(paramsOf(countrySchema.safeParse('vn'))).toEqual({ format: 'iso-country', reason: 'pattern' });
    expect(paramsOf(countrySchema.safeParse('XK'))).toEqual({
      format: 'iso-country',
      reason: 'unknown',
      code: 'XK',
    });
    expect(identifierMessage({ format: 'iso-country', reason: 'pattern' }, 'en')).toBe(
      'A country code has 2 capital letters (ISO 3166-1), for example VN.',
    );
  });
});

describe('lists in forms', () => {
  it('filters a list by typed text, without diacritics, Vietnamese prefixes first', () => {
    expect(filterList(ethnicGroups, 'e de').map((g) => g.code)).toEqual(['12']);
    expect(filterList(ethnicGroups, 'Ê-đê')[0]?.code).toBe('12');
    expect(filterList(countries, 'hoa ky')[0]?.code).toBe('US'); // then UM, VI (…thuộc Hoa Kỳ)
    expect(filterList(countries, 'viet')[0]?.code).toBe('VN');
    expect(filterList(countries, 'VN')[0]?.code).toBe('VN');
    expect(filterList(ethnicGroups, '')).toHaveLength(54);
    expect(searchKeyOf('  Đắk  Lắk ')).toBe('dak lak');
  });

  it('checks list fields in a compiled JSON Schema, worded in Vietnamese', () => {
    const validator = compileSchema(
      {
        type: 'object',
        properties: {
          ethnicity: { type: 'string', format: 'vn-ethnic-group' },
          nationality: { type: 'string', format: 'iso-country' },
        },
      },
      { formats: listFormats },
    );
    expect(validator.validate({ ethnicity: '01', nationality: 'VN' }).ok).toBe(true);
    const result = validator.validate({ ethnicity: 'Kinh', nationality: 'XX' });
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.issues.map((i) => i.message);
    expect(messages).toContain('Mã dân tộc phải gồm 2 chữ số, từ 01 (Kinh) đến 54.');
    expect(messages).toContain('Không có quốc gia nào có mã XX; vui lòng chọn trong danh sách.');
  });
});
