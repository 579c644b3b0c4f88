import { describe, expect, it } from 'vitest';
import { isPostalCode, parsePostalCode, postalCodeSchema } from '@dvc-kit/validation';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

describe('postal code', () => {
  it.each([
    ['10000', '10'],
    ['70000', '70'],
    ['55000', '55'],
  ])('accepts %s and gives its province prefix %s', (value, provincePrefix) => {
    expect(isPostalCode(value)).toBe(true);
    expect(parsePostalCode(value)).toEqual({ code: value, provincePrefix });
    expect(postalCodeSchema.safeParse(value).success).toBe(true);
  });

  it.each(['1000', '100000', '1000O', '10 000', ''])('rejects %s', (value) => {
    expect(isPostalCode(value)).toBe(false);
    expect(parsePostalCode(value)).toBeUndefined();
    expect(paramsOf(postalCodeSchema.safeParse(value))).toEqual({
      format: 'vn-postal-code',
      reason: 'pattern',
    });
  });
});
