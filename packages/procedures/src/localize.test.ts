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

  test('checks commune codes against the 2025 units by default, by pattern only with adminUnits: false', () => {
    const data = procedureSamples('birth-registration').valid as {
      mother: { residence: { commune: string } };
    };
    data.mother.residence.commune = '99999';
    const strict = compileProcedure(birth, { locale: 'en' }).validate(data);
    expect(strict.ok ? [] : strict.issues.map((i) => i.pointer)).toEqual(['/mother/residence/commune']);
    expect(compileProcedure(birth, { adminUnits: false }).validate(data).ok).toBe(true);
    data.mother.residence.commune = '00070';
    expect(compileProcedure(birth).validate(data).ok).toBe(true);
  });
});
