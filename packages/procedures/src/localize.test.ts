import { compileProcedure, getProcedureDefinition, procedureSamples } from '@dvc-kit/procedures';
import { compileSchema } from '@dvc-kit/validation';
import { listFormats } from '@dvc-kit/validation/lists';
import { describe, expect, test } from 'vitest';

const birth = getProcedureDefinition('birth-registration');
if (birth === undefined) throw new Error('birth-registration is missing');

describe('compileProcedure', () => {
  test('words messages with the field labels of the locale', () => {
    const data = procedureSamples('birth-registration').invalid.find(
      (s) => s.name === 'witness-missing',
    )?.data;
    const vi = compileProcedure(birth, { locale: 'vi' }).validate(data);
    const en = compileProcedure(birth, { locale: 'en' }).validate(data);
    expect(vi.ok ? [] : vi.issues.map((i) => i.message)).toEqual(['Vui lòng nhập Người làm chứng.']);
    expect(en.ok ? [] : en.issues.map((i) => i.message)).toEqual(['The witness is required.']);
  });

  test('serves both languages from one compiled validator', () => {
    const data = procedureSamples('birth-registration').invalid.find(
      (s) => s.name === 'witness-missing',
    )?.data;
    const validator = compileProcedure(birth);
    const vi = validator.validate(data);
    const en = validator.validate(data, { locale: 'en' });
    expect(vi.ok ? [] : vi.issues.map((i) => i.message)).toEqual(['Vui lòng nhập Người làm chứng.']);
    expect(en.ok ? [] : en.issues.map((i) => i.message)).toEqual(['The witness is required.']);
  });

  test('gives the same issues as compiling the data model directly', () => {
    const data = procedureSamples('birth-registration').invalid.find(
      (s) => s.name === 'witness-missing',
    )?.data;
    expect(compileSchema(birth.dataSchema, { formats: listFormats }).validate(data)).toEqual(
      compileProcedure(birth).validate(data),
    );
  });
});
