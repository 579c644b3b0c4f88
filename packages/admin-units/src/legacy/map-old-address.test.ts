import { describe, expect, it } from 'vitest';
import { mapOldAddress, type OldAddressMatch } from '@dvc-kit/admin-units/legacy';

/** The match with units reduced to their codes, for compact expectations. */
function codes(match: OldAddressMatch): { status: string; to: string[]; reason?: string } {
  const to = match.candidates.map((c) => `${c.province.code}/${c.commune.code}/${c.coverage}`);
  return match.reason === undefined
    ? { status: match.status, to }
    : { status: match.status, to, reason: match.reason };
}

describe('mapOldAddress', () => {
  it('maps a ward merged whole into a 2025 commune (Phường Trúc Bạch -> Phường Ba Đình)', () => {
    const match = mapOldAddress({
      province: 'Thành phố Hà Nội',
      district: 'Quận Ba Đình',
      ward: 'Phường Trúc Bạch',
    });
    expect(match.status).toBe('exact');
    expect(match.candidates).toHaveLength(1);
    expect(match.candidates[0]?.commune).toMatchObject({ code: '00004', name: 'Phường Ba Đình' });
    expect(match.candidates[0]?.province).toMatchObject({ code: '01', name: 'Thành phố Hà Nội' });
    expect(match.candidates[0]?.coverage).toBe('full');
  });

  it('maps across merged provinces (old Hà Giang -> Tuyên Quang)', () => {
    expect(codes(mapOldAddress({ province: 'Tỉnh Hà Giang', ward: 'Phường Trần Phú' }))).toEqual({
      status: 'exact',
      to: ['08/00691/full'],
    });
    expect(codes(mapOldAddress({ province: '02', ward: '00691' }))).toEqual({
      status: 'exact',
      to: ['08/00691/full'],
    });
  });

  it('is tolerant of case, diacritics, type words and abbreviations', () => {
    const expected = { status: 'exact', to: ['01/00004/full'] };
    for (const input of [
      { province: 'ha noi', ward: 'truc bach' },
      { province: 'TP. Hà Nội', ward: 'P. Trúc Bạch' },
      { province: '1', ward: '00004' },
      { province: 'Hà Nội'.normalize('NFD'), ward: '  PHƯỜNG TRÚC BẠCH  ' },
    ]) {
      expect(codes(mapOldAddress(input)), JSON.stringify(input)).toEqual(expected);
    }
    expect(codes(mapOldAddress({ province: 'Đắk Lắk', ward: "TT M'Đrắk" }))).toEqual({
      status: 'exact',
      to: ['66/24412/full'],
    });
  });

  it('is ambiguous when the old ward was split (Phường Cống Vị -> Ngọc Hà and Giảng Võ)', () => {
    expect(codes(mapOldAddress({ province: 'Hà Nội', ward: 'Phường Cống Vị' }))).toEqual({
      status: 'ambiguous',
      to: ['01/00008/partial', '01/00025/partial'],
      reason: 'ward-split',
    });
  });

  it('is ambiguous when several old wards of the province have the name', () => {
    const phuong = mapOldAddress({
      province: 'Hà Nội',
      district: 'Quận Đống Đa',
      ward: 'Phường Quang Trung',
    });
    expect(codes(phuong)).toEqual({
      status: 'ambiguous',
      to: ['01/00235/partial', '01/00229/partial', '01/09556/partial', '01/09552/partial'],
      reason: 'ward-name-ambiguous',
    });
    const numbered = mapOldAddress({ province: 'Hồ Chí Minh', ward: 'Phường 1' });
    expect(numbered.status).toBe('ambiguous');
    expect(numbered.candidates.length).toBeGreaterThan(5);
    expect(codes(mapOldAddress({ province: 'Hà Nội', ward: 'Xã Quang Trung' })).reason).toBe('ward-split');
  });

  it('maps the island districts that had no wards', () => {
    expect(
      codes(mapOldAddress({ province: 'Bà Rịa - Vũng Tàu', district: 'Huyện Côn Đảo', ward: '' })),
    ).toEqual({
      status: 'exact',
      to: ['79/26732/full'],
    });
    expect(codes(mapOldAddress({ province: '51', district: '536', ward: '' }))).toEqual({
      status: 'exact',
      to: ['51/21548/full'],
    });
  });

  it('says why nothing was found', () => {
    const reason = (input: Parameters<typeof mapOldAddress>[0]): string | undefined => {
      const match = mapOldAddress(input);
      expect(match.status).toBe('not-found');
      expect(match.candidates).toEqual([]);
      return match.reason;
    };
    expect(reason({ province: '', ward: 'Trúc Bạch' })).toBe('missing-province');
    expect(reason({ province: 'Hà Nội', ward: '' })).toBe('missing-ward');
    expect(reason({ province: 'Atlantis', ward: 'Trúc Bạch' })).toBe('province-not-found');
    expect(reason({ province: '03', ward: 'Trúc Bạch' })).toBe('province-not-found');
    expect(reason({ province: 'Hà Nội', ward: 'Phường Không Có' })).toBe('ward-not-found');
    expect(reason({ province: 'Hà Giang', ward: '00004' })).toBe('ward-in-other-province');
    // The source maps this An Giang ward into Đồng Tháp, which cannot be right: the mapping is left out.
    expect(reason({ province: 'An Giang', ward: '30622' })).toBe('ward-unmapped');
  });

  it('does not crash or pollute prototypes on hostile input', () => {
    for (const value of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(mapOldAddress({ province: value, ward: value }).status).toBe('not-found');
      expect(mapOldAddress({ province: 'Hà Nội', district: value, ward: value }).status).toBe('not-found');
    }
    const loose = mapOldAddress as (input: unknown) => OldAddressMatch;
    expect(loose(undefined).status).toBe('not-found');
    expect(loose(null).status).toBe('not-found');
    expect(loose({ province: 1, ward: {} }).status).toBe('not-found');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
