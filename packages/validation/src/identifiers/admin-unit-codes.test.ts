import { describe, expect, it } from 'vitest';
import {
  communeCodeSchema,
  isCommuneCode,
  isProvinceCode,
  provinceCodeSchema,
  vnFormats,
  vnFormatSchema,
} from '@dvc-kit/validation';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

/**
 * A stand-in for `@dvc-kit/admin-units`' lookup (validation must not depend on that package): two
 * provinces and a few of their communes from Decision 19/2025/QĐ-TTg.
 */
const adminUnits = {
  isProvinceCode: (code: string): boolean => code === '01' || code === '79',
  isCommuneCode: (code: string): boolean => ['00004', '00008', '26734'].includes(code),
  provinceOfCommune: (code: string): string | undefined => (code.startsWith('0') ? '01' : '79'),
};

describe('2025 administrative unit codes', () => {
  it('checks the pattern only when no lookup is given', () => {
    expect(isProvinceCode('01')).toBe(true);
    expect(isProvinceCode('99')).toBe(true);
    expect(isCommuneCode('99999')).toBe(true);
    expect(provinceCodeSchema.safeParse('02').success).toBe(true);
    expect(communeCodeSchema.safeParse('00001').success).toBe(true);
  });

  it.each(['1', '001', 'HN', ' 01', ''])('rejects the province code %j', (code) => {
    expect(vnFormats['vn-province-code']?.(code, { adminUnits })).toEqual({ ok: false, reason: 'pattern' });
    expect(isProvinceCode(code)).toBe(false);
  });

  it.each(['0004', '000004', '0000a', ''])('rejects the commune code %j', (code) => {
    expect(vnFormats['vn-commune-code']?.(code, { adminUnits })).toEqual({ ok: false, reason: 'pattern' });
    expect(isCommuneCode(code)).toBe(false);
  });

  it('checks existence when a lookup is given', () => {
    expect(isProvinceCode('79', adminUnits)).toBe(true);
    expect(isProvinceCode('02', adminUnits)).toBe(false);
    expect(isCommuneCode('00004', adminUnits)).toBe(true);
    expect(isCommuneCode('00001', adminUnits)).toBe(false);
    expect(vnFormats['vn-commune-code']?.('00001', { adminUnits })).toEqual({
      ok: false,
      reason: 'unknown',
      params: { code: '00001' },
    });
    const schema = vnFormatSchema('vn-province-code', { adminUnits });
    expect(schema.safeParse('01').success).toBe(true);
    expect(paramsOf(schema.safeParse('02'))).toEqual({
      format: 'vn-province-code',
      reason: 'unknown',
      code: '02',
    });
  });
});
