/**
 * The mobile check must agree with libphonenumber, whose Vietnam metadata is the reference for the
 * numbering plan (review row 23). This test asks libphonenumber-js (the JavaScript port of Google's
 * metadata, "max" set, with number types) about one 10-digit number for every 4-digit start of a
 * national number, and fails on any disagreement, so an update of the dev dependency that opens or
 * closes a range shows up here.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { isMobilePhone } from '@dvc-kit/validation';

/** Whether libphonenumber reads `national` (`0` + 9 digits) as a Vietnamese mobile number. */
function libphonenumberSaysMobile(national: string): boolean {
  const type = parsePhoneNumberFromString(national, 'VN')?.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
}

describe('the mobile pattern and libphonenumber', () => {
  it('agree on every 4-digit start of a 9-digit national number', () => {
    const disagreements: string[] = [];
    for (let start = 1000; start <= 9999; start++) {
      for (const rest of ['00000', '12345', '99999']) {
        const national = `0${start}${rest}`;
        if (isMobilePhone(national) !== libphonenumberSaysMobile(national)) disagreements.push(national);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agree on the numbers of issue 12', () => {
    for (const national of [
      '0862123456',
      '0867123456',
      '0871234567',
      '0559123456',
      '0511234567',
      '0897123456',
    ]) {
      expect(libphonenumberSaysMobile(national), national).toBe(true);
      expect(isMobilePhone(national), national).toBe(true);
    }
  });
});
