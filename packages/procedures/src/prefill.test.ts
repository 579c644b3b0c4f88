import {
  compileProcedure,
  prefillData,
  procedureDefinitions,
  type PrefillProfile,
} from '@dvc-kit/procedures';
import { taxCodeCheckDigit } from '@dvc-kit/validation';
import { describe, expect, test } from 'vitest';

/** A complete profile, shaped as the portal's `/v1/profile` answers. */
const profile: PrefillProfile = {
  personalId: '001090012345',
  fullName: 'Nguyễn Văn An',
  birthDate: '1990-08-20',
  permanentResidence: { province: '01', commune: '00070', detail: '12 phố Hàng Bài' },
  currentResidence: { province: '79', commune: '26743', detail: '45 đường Lê Lợi' },
  taxCode: `010123456${String(taxCodeCheckDigit('010123456'))}`,
  socialInsuranceCode: '0190012345',
};

describe('prefillData', () => {
  const withRules = procedureDefinitions.filter((d) => (d.prefill ?? []).length > 0);

  test('at least one reference procedure prefills', () => {
    expect(withRules.length).toBeGreaterThan(0);
  });

  test.each(withRules.map((d) => [d.slug, d] as const))(
    '%s: every prefilled value is valid where it lands',
    (_slug, definition) => {
      const { data, missing } = prefillData(definition, profile);
      const validator = compileProcedure(definition);
      for (const rule of definition.prefill ?? []) {
        if (missing.includes(rule.field)) continue;
        const result = validator.validateAt(rule.field, data);
        expect(result.ok ? [] : result.issues, `${rule.field} from ${rule.from}`).toEqual([]);
      }
    },
  );

  const definition = {
    prefill: [
      { field: '/applicant/fullName', from: 'fullName', mode: 'locked' },
      { field: '/applicant/residence', from: 'permanentResidence', mode: 'editable' },
      { field: '/applicant/taxCode', from: 'taxCode', mode: 'editable' },
    ],
  } as const satisfies Parameters<typeof prefillData>[0];

  test('locked rules overwrite, editable rules only fill what is empty', () => {
    const typed = { applicant: { fullName: 'Typed', residence: { province: '79' } } };
    const { data, locked, missing } = prefillData(definition, { fullName: 'Nguyễn Văn An' }, typed);
    expect(data).toEqual({ applicant: { fullName: 'Nguyễn Văn An', residence: { province: '79' } } });
    expect(locked).toEqual(['/applicant/fullName']);
    expect(missing).toEqual(['/applicant/residence', '/applicant/taxCode']);
    expect(typed.applicant.fullName).toBe('Typed');
  });

  test('copies values, so editing the data never edits the profile', () => {
    const residence = { province: '01', commune: '00070', detail: 'x' };
    const { data } = prefillData(definition, { permanentResidence: residence });
    (data['applicant'] as { residence: { detail: string } }).residence.detail = 'changed';
    expect(residence.detail).toBe('x');
  });

  test('ignores pointers that would write through a non-object or onto the prototype', () => {
    const hostile = {
      prefill: [
        { field: '/__proto__/polluted', from: 'fullName', mode: 'locked' },
        { field: '/name/first', from: 'fullName', mode: 'locked' },
      ],
    } as const satisfies Parameters<typeof prefillData>[0];
    const { data, locked } = prefillData(hostile, { fullName: 'A' }, { name: 'plain' });
    expect(data).toEqual({ name: 'plain' });
    expect(locked).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
