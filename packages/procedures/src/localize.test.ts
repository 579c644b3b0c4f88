import {
  compileProcedure,
  getProcedureDefinition,
  localizeDataSchema,
  procedureSamples,
} from '@dvc-kit/procedures';
import { compileSchema } from '@dvc-kit/validation';
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

  test('without localisation the compiler has no label (x-dvc-label is an object)', () => {
    const data = procedureSamples('birth-registration').invalid.find(
      (s) => s.name === 'witness-missing',
    )?.data;
    const r = compileSchema(birth.dataSchema).validate(data);
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual(['Vui lòng nhập thông tin này.']);
  });

  test('localizeDataSchema leaves the definition untouched', () => {
    const before = JSON.stringify(birth.dataSchema);
    const vi = localizeDataSchema(birth.dataSchema, 'vi');
    expect(vi.properties?.['child']).toMatchObject({ 'x-dvc-label': 'Người được khai sinh' });
    expect(JSON.stringify(birth.dataSchema)).toBe(before);
  });
});

describe('conditional visibility comes from the schema (activeFields)', () => {
  const validator = compileProcedure(birth);
  const { valid } = procedureSamples('birth-registration');

  test('fields declared under then appear only when their condition holds', () => {
    const active = validator.activeFields(valid);
    expect(active).toContain('/father');
    expect(active).not.toContain('/birthProof');
    expect(active).not.toContain('/witness');
    const noCertificate = { ...(valid as object), hasBirthCertificate: false, birthProof: 'witness' };
    const now = validator.activeFields(noCertificate);
    expect(now).toContain('/birthProof');
    expect(now).toContain('/witness');
    expect(now).not.toContain('/birthCommitment');
  });
});
