import { describe, expect, it } from 'vitest';
import { isTaxCode, parseTaxCode } from '@dvc-kit/validation';

describe('tax code', () => {
  it.each(['0100109106', '0301442379', '0100233488'])('accepts the valid code %s', (code) => {
    expect(isTaxCode(code)).toBe(true);
  });

  it.each([
    ['0100233480', 'wrong check digit'],
    ['010010910', 'nine digits'],
    ['01001091066', 'eleven digits'],
    ['0100000000', 'digits 3-9 all zero'],
    ['0100109106-000', 'branch 000'],
    ['01OO109106', 'letters'],
  ])('rejects %s (%s)', (code) => {
    expect(isTaxCode(code)).toBe(false);
  });

  it('returns the canonical form of a branch written with dots and spaces', () => {
    expect(parseTaxCode('0100 109.106 - 001')).toEqual({
      canonical: '0100109106-001',
      base: '0100109106',
      branch: '001',
    });
  });
});
