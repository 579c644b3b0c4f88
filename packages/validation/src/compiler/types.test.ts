import { describe, expectTypeOf, it } from 'vitest';
import {
  compileSchema,
  type ValidationIssue,
  type ValidationResult,
  type Validator,
} from '@dvc-kit/validation';

interface Applicant {
  fullName: string;
  phone?: string;
}

describe('public types', () => {
  it('carry the declared value type through validate', () => {
    const v = compileSchema<Applicant>({ type: 'object' });
    expectTypeOf(v).toEqualTypeOf<Validator<Applicant>>();
    const r = v.validate({});
    expectTypeOf(r).toEqualTypeOf<ValidationResult<Applicant>>();
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<Applicant>();
    else expectTypeOf(r.issues).toEqualTypeOf<ValidationIssue[]>();
  });

  it('type issues and locales', () => {
    expectTypeOf<ValidationIssue['pointer']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Parameters<typeof compileSchema>[1]>['locale']>().toEqualTypeOf<
      'vi' | 'en' | undefined
    >();
    expectTypeOf<ReturnType<Validator['activeFields']>>().toEqualTypeOf<string[]>();
  });
});
