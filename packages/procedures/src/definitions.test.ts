import {
  compileProcedure,
  getProcedureDefinition,
  lintDefinition,
  procedureDefinitions,
  procedureSlugs,
} from '@dvc-kit/procedures';
import { compileSchema } from '@dvc-kit/validation';
import { listFormats } from '@dvc-kit/validation/lists';
import { describe, expect, test } from 'vitest';

const each = procedureDefinitions.map((d) => [d.slug, d] as const);

describe('the reference procedures', () => {
  test('are the six of the issue, with the national codes of the 2026 national procedure database', () => {
    expect(Object.fromEntries(procedureDefinitions.map((d) => [d.slug, d.procedure.code]))).toEqual({
      'birth-registration': '1.001193',
      'death-registration': '1.000656',
      'household-business-registration': '1.001612',
      'judicial-record-certificate': '3.000333',
      'marriage-registration': '1.000894',
      'permanent-residence-registration': '1.004222',
    });
  });

  test('are found by national code and by slug', () => {
    expect(getProcedureDefinition('1.001193')?.slug).toBe('birth-registration');
    expect(getProcedureDefinition('judicial-record-certificate')?.procedure.code).toBe('3.000333');
    expect(getProcedureDefinition('3.000333')?.procedure.minAssuranceLevel).toBe(2);
    expect(getProcedureDefinition('2.000488')).toBeUndefined();
    expect(getProcedureDefinition('9.999999')).toBeUndefined();
    expect(procedureSlugs).toHaveLength(6);
  });

  test('leave no (check): every code and fact was checked against a source, and weak ones say why in an info note', () => {
    for (const d of procedureDefinitions) {
      expect(d.notes?.filter((n) => n.kind === 'check') ?? [], d.slug).toEqual([]);
      expect(JSON.stringify(d), d.slug).not.toMatch(/\(check\)/);
      expect(d.procedure.announcedBy, d.slug).toMatch(/\/QĐ-/);
      expect(d.procedure.onlineService, d.slug).toBeDefined();
      expect(d.procedure.onlineLevel, d.slug).toBeUndefined();
    }
  });

  test('give the civil-status procedures the national 1 day, the 15:00 cut-off and an extension', () => {
    for (const slug of ['birth-registration', 'death-registration', 'marriage-registration']) {
      const t = getProcedureDefinition(slug)?.procedure.processingTime;
      expect(t?.workingDays, slug).toBe(1);
      expect(t?.cutOffTime, slug).toBe('15:00');
      expect(t?.extension?.vi, slug).toContain('Phiếu xin lỗi và hẹn lại');
    }
  });

  test('have unique data-schema $ids', () => {
    const ids = procedureDefinitions.map((d) => d.dataSchema['$id']);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(each)('%s', (_slug, definition) => {
  test('has a national code N.NNNNNN', () => {
    expect(definition.procedure.code).toMatch(/^\d\.\d{6}$/);
  });

  test('has fee amounts in whole, non-negative đồng', () => {
    for (const fee of definition.fees) {
      expect(Number.isSafeInteger(fee.amount) && fee.amount >= 0, fee.code).toBe(true);
    }
  });

  test('has unique document-component and fee codes', () => {
    const docs = definition.documents.map((d) => d.code);
    const fees = definition.fees.map((f) => f.code);
    expect(new Set(docs).size).toBe(docs.length);
    expect(new Set(fees).size).toBe(fees.length);
  });

  test('compiles its data schema as is, and localised in both languages', () => {
    expect(() => compileSchema(definition.dataSchema, { formats: listFormats })).not.toThrow();
    expect(() => compileProcedure(definition, { locale: 'vi' })).not.toThrow();
    expect(() => compileProcedure(definition, { locale: 'en' })).not.toThrow();
  });

  test('passes lintDefinition (labels, layout, prefill, widgets, conditions, codes, fees)', () => {
    expect(lintDefinition(definition)).toEqual([]);
  });
});
