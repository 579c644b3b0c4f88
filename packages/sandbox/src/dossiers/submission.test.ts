import { describe, expect, it } from 'vitest';
import { dossierCode } from './submission.js';

describe('dossierCode', () => {
  it('is <agency id>-<yyMMdd>-<4 digits> by default', () => {
    expect(dossierCode('000.00.01.H22', '261123', 7)).toBe('000.00.01.H22-261123-0007');
    expect(dossierCode('000.00070.00.H01', '261123', 9_999)).toBe('000.00070.00.H01-261123-9999');
  });
  it('pads to a configured width of 5 or 6', () => {
    expect(dossierCode('000.00.01.H22', '261123', 7, 5)).toBe('000.00.01.H22-261123-00007');
    expect(dossierCode('000.00.01.H22', '261123', 123_456, 6)).toBe('000.00.01.H22-261123-123456');
  });
  it('refuses a sequence that does not fit the width, and a width outside 4–6', () => {
    expect(() => dossierCode('000.00.01.H22', '261123', 10_000)).toThrow(RangeError);
    expect(() => dossierCode('000.00.01.H22', '261123', 100_000, 5)).toThrow(RangeError);
    expect(() => dossierCode('000.00.01.H22', '261123', 0)).toThrow(RangeError);
    expect(() => dossierCode('000.00.01.H22', '261123', 1, 3)).toThrow(RangeError);
    expect(() => dossierCode('000.00.01.H22', '261123', 1, 7)).toThrow(RangeError);
  });
});
