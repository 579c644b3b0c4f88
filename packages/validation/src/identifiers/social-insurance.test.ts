import { describe, expect, it } from 'vitest';
import { isSocialInsuranceCode, socialInsuranceCodeSchema } from '@dvc-kit/validation';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

describe('social-insurance code', () => {
  it.each(['0123456789', '7912345678'])('accepts %s', (value) => {
    expect(isSocialInsuranceCode(value)).toBe(true);
    expect(socialInsuranceCodeSchema.safeParse(value).success).toBe(true);
  });

  it.each(['012345678', '01234567890', '01234S6789', '01234 56789', ''])('rejects %s', (value) => {
    expect(isSocialInsuranceCode(value)).toBe(false);
    expect(paramsOf(socialInsuranceCodeSchema.safeParse(value))).toEqual({
      format: 'vn-social-insurance',
      reason: 'pattern',
    });
  });
});
