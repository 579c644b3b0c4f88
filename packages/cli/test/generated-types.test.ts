/**
 * Type tests of the generated dossier types (test/generated/): the repository's typecheck compiles
 * this file, so a valid sample must type-check and a wrong field type must not (`@ts-expect-error`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BirthRegistrationDossier, DossierBySlug } from './generated/index.js';
import { dvc, PROCEDURES_DIR } from './helpers.js';

/** samples/birth-registration/valid.json of @dvc-kit/procedures, written out so the compiler checks it. */
const sample: BirthRegistrationDossier = {
  child: {
    fullName: 'Nguyễn Minh Khang',
    gender: 'male',
    birthDate: '2026-10-02',
    ethnicity: '01',
    nationality: 'VN',
    hometown: 'Xã Phù Đổng, Thành phố Hà Nội',
    birthPlace: {
      kind: 'health-facility',
      facilityName: 'Bệnh viện Phụ sản Hà Nội',
      address: {
        province: '01',
        commune: '00004',
        detail: '929 đường La Thành',
      },
    },
  },
  mother: {
    fullName: 'Trần Thị Hoa',
    birthDate: '1995-04-12',
    personalId: '001195012346',
    ethnicity: '01',
    nationality: 'VN',
    residence: {
      province: '01',
      commune: '00070',
      detail: '12 phố Hàng Bài',
    },
  },
  fatherKnown: true,
  father: {
    fullName: 'Nguyễn Văn An',
    birthDate: '1990-08-20',
    personalId: '001090012345',
    ethnicity: '01',
    nationality: 'VN',
    residence: {
      province: '01',
      commune: '00070',
      detail: '12 phố Hàng Bài',
    },
  },
  hasBirthCertificate: true,
  resultCopies: 2,
  applicant: {
    fullName: 'Nguyễn Văn An',
    personalId: '001090012345',
    relationship: 'father',
    phone: '0912345678',
    email: 'an.nguyen@example.vn',
    residence: {
      province: '01',
      commune: '00070',
      detail: '12 phố Hàng Bài',
    },
  },
  declaration: true,
};

describe('the generated dossier types', () => {
  it('type a valid sample dossier, which is the one the procedures package ships', async () => {
    const file = join(PROCEDURES_DIR, 'samples/birth-registration/valid.json');
    expect(sample).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    expect((await dvc(['validate', 'definitions/birth-registration.json', file], PROCEDURES_DIR)).code).toBe(
      0,
    );
  });

  it('describe the fields with their JSON Schema types', () => {
    expectTypeOf(sample).toEqualTypeOf<DossierBySlug['birth-registration']>();
    expectTypeOf<BirthRegistrationDossier['child']['gender']>().toEqualTypeOf<'male' | 'female'>();
    expectTypeOf<BirthRegistrationDossier['resultCopies']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<BirthRegistrationDossier['declaration']>().toEqualTypeOf<true>();
    // Fields declared only in a conditional branch (then/else) are optional properties.
    expectTypeOf<BirthRegistrationDossier>().toHaveProperty('father');
    expectTypeOf<BirthRegistrationDossier['birthProof']>().toEqualTypeOf<
      'witness' | 'commitment' | undefined
    >();
  });

  it('refuse a wrong field type and an unknown field at compile time', () => {
    const wrongType: BirthRegistrationDossier = {
      ...sample,
      // @ts-expect-error resultCopies is a number, not a string
      resultCopies: '2',
    };
    const wrongEnum: BirthRegistrationDossier['child'] = {
      ...sample.child,
      // @ts-expect-error gender is 'male' | 'female'
      gender: 'unknown',
    };
    const unknownField: BirthRegistrationDossier = {
      ...sample,
      // @ts-expect-error the data schema declares no such field
      nickname: 'Bin',
    };
    expect([wrongType, wrongEnum, unknownField]).toHaveLength(3);
  });
});
