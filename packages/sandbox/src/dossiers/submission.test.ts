import { describe, expect, it } from 'vitest';
import { dossierCode } from './submission.js';

describe('dossierCode', () => {
  it('is <agency id>-<yyMMdd>-<5 digits>', () => {
    expect(dossierCode('000.00.01.H22', '261123', 7)).toBe('000.00.01.H22-261123-00007');
    expect(dossierCode('000.00070.00.H01', '261123', 99_999)).toMatch(/^000\.00070\.00\.H01-261123-99999$/);
  });
  it('refuses a sequence that does not fit five digits', () => {
    expect(() => dossierCode('000.00.01.H22', '261123', 100_000)).toThrow(RangeError);
    expect(() => dossierCode('000.00.01.H22', '261123', 0)).toThrow(RangeError);
  });
});
