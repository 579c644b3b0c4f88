import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isTaxCode,
  parseTaxCode,
  taxCodeCheckDigit,
  taxCodeOrPersonalIdSchema,
  taxCodeSchema,
  vnFormats,
} from '@dvc-kit/validation';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

describe('tax code', () => {
  it.each(['0100109106', '0301442379', '0100233488'])('accepts the valid code %s', (code) => {
    expect(isTaxCode(code)).toBe(true);
    expect(taxCodeSchema.safeParse(code).success).toBe(true);
  });

  it.each([
    ['0100233480', 'check-digit'],
    ['010010910', 'pattern'],
    ['01001091066', 'pattern'],
    ['0100000000', 'serial'],
    ['0100109106-000', 'branch'],
    ['01OO109106', 'pattern'],
    ['001099012345', 'pattern'],
  ])('rejects %s (%s)', (code, reason) => {
    expect(isTaxCode(code)).toBe(false);
    expect(vnFormats['vn-tax-code']?.(code, {})).toEqual({ ok: false, reason });
    expect(paramsOf(taxCodeSchema.safeParse(code))).toEqual({ format: 'vn-tax-code', reason });
  });

  it('returns the canonical form of a branch written with dots and spaces', () => {
    expect(parseTaxCode('0100 109.106 - 001')).toEqual({
      canonical: '0100109106-001',
      base: '0100109106',
      branch: '001',
    });
  });

  it('accepts a 12-digit personal identification number only when told to (check)', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(isTaxCode('001099012345', { now })).toBe(false);
    expect(parseTaxCode('001099012345', { allowPersonalId: true, now })).toEqual({
      canonical: '001099012345',
      base: '001099012345',
      personalId: true,
    });
    expect(isTaxCode('0100109106', { allowPersonalId: true })).toBe(true);
    expect(vnFormats['vn-tax-code-or-personal-id']?.('003099012345', { now })).toMatchObject({
      ok: false,
      reason: 'unknown-province',
    });
    expect(taxCodeOrPersonalIdSchema.safeParse('001099012345').success).toBe(true);
    expect(taxCodeOrPersonalIdSchema.safeParse('0100233480').success).toBe(false);
  });

  it('accepts exactly the check digit the first nine digits call for', () => {
    const firstNine = fc
      .stringMatching(/^\d{9}$/)
      .filter((digits) => !/^\d\d0{7}$/.test(digits) && taxCodeCheckDigit(digits) !== undefined);
    fc.assert(
      fc.property(firstNine, fc.integer({ min: 0, max: 9 }), (digits, last) => {
        const code = `${digits}${last}`;
        expect(isTaxCode(code)).toBe(last === taxCodeCheckDigit(digits));
      }),
    );
  });
});
