import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  displayDateSchema,
  formatDisplayDate,
  isDisplayDate,
  parseDisplayDate,
  vnFormats,
} from '@dvc-kit/validation';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

describe('display dates (dd/mm/yyyy)', () => {
  it.each([
    ['05/09/2024', '2024-09-05'],
    ['01/01/1900', '1900-01-01'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/2025', '2025-12-31'],
    ['30/04/1975', '1975-04-30'],
  ])('reads %s as %s', (display, iso) => {
    expect(parseDisplayDate(display)).toBe(iso);
    expect(formatDisplayDate(iso)).toBe(display);
    expect(isDisplayDate(display)).toBe(true);
  });

  it.each([
    ['29/02/2023', 'calendar'],
    ['29/02/1900', 'calendar'],
    ['31/04/2024', 'calendar'],
    ['00/01/2024', 'calendar'],
    ['01/13/2024', 'calendar'],
    ['01/01/0000', 'calendar'],
    ['5/9/2024', 'pattern'],
    ['05-09-2024', 'pattern'],
    ['2024-09-05', 'pattern'],
    ['05/09/24', 'pattern'],
    [' 05/09/2024', 'pattern'],
  ])('rejects %s (%s)', (display, reason) => {
    expect(vnFormats['vn-date-display']?.(display, {})).toEqual({ ok: false, reason });
    expect(parseDisplayDate(display)).toBeUndefined();
    expect(paramsOf(displayDateSchema.safeParse(display))).toEqual({ format: 'vn-date-display', reason });
  });

  it.each(['2023-02-29', '2024-9-5', '05/09/2024', ''])('refuses to format %j', (iso) => {
    expect(() => formatDisplayDate(iso)).toThrow(RangeError);
  });

  it('round-trips every calendar date', () => {
    const day = fc.date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        const display = formatDisplayDate(iso);
        expect(display).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        expect(parseDisplayDate(display)).toBe(iso);
      }),
    );
  });

  it('agrees with the built-in calendar on every dd/mm/yyyy string', () => {
    const two = (max: number): fc.Arbitrary<string> =>
      fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(two(32), two(13), fc.integer({ min: 1000, max: 9999 }), (dd, mm, yyyy) => {
        const utc = new Date(Date.UTC(yyyy, Number(mm) - 1, Number(dd)));
        const real = utc.getUTCDate() === Number(dd) && utc.getUTCMonth() === Number(mm) - 1;
        expect(isDisplayDate(`${dd}/${mm}/${yyyy}`)).toBe(real);
      }),
    );
  });
});
