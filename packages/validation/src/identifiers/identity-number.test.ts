import { describe, expect, it } from 'vitest';
import { identityNumberSchema, isIdentityNumber, parseIdentityNumber, vnFormats } from '@dvc-kit/validation';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

const now = new Date('2026-06-01T00:00:00Z');

describe('identity number (CCCD or CMND)', () => {
  it('accepts a 12-digit personal identification number and says so', () => {
    expect(parseIdentityNumber('001099012345', { now })).toMatchObject({
      kind: 'personal-id',
      value: '001099012345',
      personalId: { province: { code: '01' }, birthYear: 1999 },
    });
  });

  it('accepts a 9-digit old identity card number and says so', () => {
    expect(parseIdentityNumber('012345678', { now })).toEqual({ kind: 'old-id-card', value: '012345678' });
  });

  it.each([
    ['0123456789', 'pattern'],
    ['01234567', 'pattern'],
    ['00109901234', 'pattern'],
    ['003099012345', 'unknown-province'],
    ['001299012345', 'birth-year-in-future'],
    ['00109901234x', 'pattern'],
  ])('rejects %s (%s)', (value, reason) => {
    expect(vnFormats['vn-identity-number']?.(value, { now })).toMatchObject({ ok: false, reason });
    expect(isIdentityNumber(value, { now })).toBe(false);
    expect(parseIdentityNumber(value, { now })).toBeUndefined();
  });

  it('has a zod schema', () => {
    expect(identityNumberSchema.safeParse('012345678').success).toBe(true);
    expect(paramsOf(identityNumberSchema.safeParse('12345'))).toEqual({
      format: 'vn-identity-number',
      reason: 'pattern',
    });
  });
});
