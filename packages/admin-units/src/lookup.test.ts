import { describe, expect, expectTypeOf, it } from 'vitest';
import { adminUnitLookup, type AdminUnitCodeLookup } from '@dvc-kit/admin-units';

/** A copy of `AdminUnitLookup` from @dvc-kit/validation (not imported: admin-units depends on nothing of ours). */
interface AdminUnitLookup {
  isProvinceCode(code: string): boolean;
  isCommuneCode(code: string): boolean;
  provinceOfCommune(code: string): string | undefined;
}

describe('adminUnitLookup', () => {
  it('has the shape @dvc-kit/validation asks for', () => {
    expectTypeOf(adminUnitLookup).toExtend<AdminUnitLookup>();
    expectTypeOf<AdminUnitLookup>().toExtend<AdminUnitCodeLookup>();
  });

  it('checks codes against the 2025 list', () => {
    expect(adminUnitLookup.isProvinceCode('79')).toBe(true);
    expect(adminUnitLookup.isProvinceCode('77')).toBe(false);
    expect(adminUnitLookup.isCommuneCode('00070')).toBe(true);
    expect(adminUnitLookup.isCommuneCode('00001')).toBe(false);
    expect(adminUnitLookup.provinceOfCommune('00070')).toBe('01');
    expect(adminUnitLookup.provinceOfCommune('26740')).toBe('79');
    expect(adminUnitLookup.provinceOfCommune('__proto__')).toBeUndefined();
  });

  it('works detached from the object', () => {
    const { provinceOfCommune } = adminUnitLookup;
    expect(provinceOfCommune('00070')).toBe('01');
  });
});
