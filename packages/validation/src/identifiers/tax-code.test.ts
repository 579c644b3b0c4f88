import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  identifierMessage,
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
    ['001099012345', 'personal-id'],
    ['034088018267', 'personal-id'],
    ['00109901234', 'pattern'],
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

  it('takes the 12-digit personal identification number as the tax code of an individual or household business', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    // A household business's registration certificate shows its owner's personal number as its code.
    for (const code of ['034088018267', '001099012345', '079203001234']) {
      expect(vnFormats['vn-tax-code-or-personal-id']?.(code, { now }), code).toEqual({ ok: true });
      expect(taxCodeOrPersonalIdSchema.safeParse(code).success, code).toBe(true);
      expect(parseTaxCode(code, { allowPersonalId: true, now })).toEqual({
        canonical: code,
        base: code,
        personalId: true,
      });
    }
    expect(parseTaxCode('034 088 018 267', { allowPersonalId: true, now })?.canonical).toBe('034088018267');
    // Tax codes issued by the tax authority stay valid in the combined format.
    expect(taxCodeOrPersonalIdSchema.safeParse('0100109106').success).toBe(true);
    expect(taxCodeOrPersonalIdSchema.safeParse('0100109106-001').success).toBe(true);
    expect(isTaxCode('0100109106', { allowPersonalId: true })).toBe(true);
    // A 12-digit number is checked by the personal-id rules.
    expect(vnFormats['vn-tax-code-or-personal-id']?.('003099012345', { now })).toMatchObject({
      ok: false,
      reason: 'unknown-province',
    });
    expect(vnFormats['vn-tax-code-or-personal-id']?.('001299012345', { now })).toMatchObject({
      ok: false,
      reason: 'birth-year-in-future',
    });
    expect(taxCodeOrPersonalIdSchema.safeParse('0100233480').success).toBe(false);
  });

  it('says plainly that a personal number does not fit where an organisation code is asked for', () => {
    expect(isTaxCode('034088018267')).toBe(false);
    expect(parseTaxCode('034088018267')).toBeUndefined();
    const result = taxCodeSchema.safeParse('034088018267', {
      error: (issue) => (issue.code === 'custom' ? identifierMessage(issue.params, 'vi') : undefined),
    });
    expect(result.error?.issues[0]?.message).toContain('doanh nghiệp, tổ chức');
    expect(identifierMessage({ format: 'vn-tax-code', reason: 'personal-id' }, 'en')).toContain(
      'enterprise or organisation',
    );
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
