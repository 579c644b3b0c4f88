import { describe, expect, it } from 'vitest';
import { isOldIdCard, oldIdCardSchema } from '@dvc-kit/validation';

/** The params of the first issue of a failed parse (zod types `params` on custom issues only). */
function paramsOf(result: { error?: { issues: readonly object[] } | undefined }): unknown {
  const issue = result.error?.issues[0];
  return issue !== undefined && 'params' in issue ? issue.params : undefined;
}

describe('old identity card number (CMND)', () => {
  it.each(['012345678', '271234567', '000000001'])('accepts %s', (value) => {
    expect(isOldIdCard(value)).toBe(true);
    expect(oldIdCardSchema.safeParse(value).success).toBe(true);
  });

  it.each(['01234567', '0123456789', '01234567a', '012 345 678', '001099012345', ''])(
    'rejects %s',
    (value) => {
      expect(isOldIdCard(value)).toBe(false);
      expect(paramsOf(oldIdCardSchema.safeParse(value))).toEqual({
        format: 'vn-old-id-card',
        reason: 'pattern',
      });
    },
  );
});
