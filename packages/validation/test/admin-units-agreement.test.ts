/**
 * The validation core keeps two small tables of 2025 units of its own, because it may not import
 * `@dvc-kit/admin-units` (docs/architecture.md): the names of the 34 provinces (to word postal-code
 * and personal-id results) and the postal prefixes per province. A test may use both packages: this
 * one checks that the copies agree with admin-units and that the lookup admin-units exports is
 * accepted where validation asks for one.
 */
import { adminUnitLookup, provinces } from '@dvc-kit/admin-units';
import { describe, expect, it } from 'vitest';
import {
  checkPostalCodeForUnit,
  parsePersonalId,
  parsePostalCode,
  postalPrefixesOf,
} from '@dvc-kit/validation';

describe('the 2025 units validation holds agree with @dvc-kit/admin-units', () => {
  it('gives every province of admin-units at least one postal prefix that resolves back to it by name', () => {
    expect(provinces).toHaveLength(34);
    for (const province of provinces) {
      const prefixes = postalPrefixesOf(province.code);
      expect(prefixes.length, province.name).toBeGreaterThan(0);
      for (const prefix of prefixes) {
        expect(parsePostalCode(`${prefix}000`)?.province, prefix).toEqual({
          code: province.code,
          name: province.name,
        });
      }
    }
  });

  it('reads the 2025 province of a personal number with the names of admin-units', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    for (const province of provinces) {
      const parsed = parsePersonalId(`0${province.code}225001234`, { now });
      const reading = parsed?.provinceReadings?.find((r) => r.table === '2025');
      if (reading !== undefined) expect(reading).toMatchObject({ code: province.code, name: province.name });
    }
  });

  it('checks a postal code against a real commune with the lookup of admin-units', () => {
    const context = { adminUnits: adminUnitLookup };
    expect(checkPostalCodeForUnit('71016', { communeCode: '26740' }, context)).toEqual({ ok: true }); // P. Sài Gòn
    expect(checkPostalCodeForUnit('10000', { communeCode: '26740' }, context)).toMatchObject({
      ok: false,
      reason: 'province-mismatch',
    });
    expect(checkPostalCodeForUnit('30806', { communeCode: '03595' }, context)).toEqual({ ok: true }); // X. Than Uyên
  });
});
