import {
  compileProcedure,
  getProcedureDefinition,
  lintDefinition,
  procedureDefinitions,
  procedureSlugs,
} from '@dvc-kit/procedures';
import { compileSchema } from '@dvc-kit/validation';
import { describe, expect, test } from 'vitest';

const each = procedureDefinitions.map((d) => [d.slug, d] as const);

describe('the reference procedures', () => {
  test('are the six of the issue, with the national codes of DOMAIN.md where it gives them', () => {
    expect(Object.fromEntries(procedureDefinitions.map((d) => [d.slug, d.procedure.code]))).toEqual({
      'birth-registration': '1.001193',
      'death-registration': '1.000656',
      'household-business-registration': '1.001612',
      'judicial-record-certificate': '2.000488',
      'marriage-registration': '1.000894',
      'permanent-residence-registration': '1.004222',
    });
  });

  test('are found by national code and by slug', () => {
    expect(getProcedureDefinition('1.001193')?.slug).toBe('birth-registration');
    expect(getProcedureDefinition('judicial-record-certificate')?.procedure.code).toBe('2.000488');
    expect(getProcedureDefinition('9.999999')).toBeUndefined();
    expect(procedureSlugs).toHaveLength(6);
  });

  test('mark every code DOMAIN.md does not give as (check)', () => {
    const confirmed = new Set(['1.001193', '1.004222', '2.000488']);
    for (const d of procedureDefinitions) {
      if (confirmed.has(d.procedure.code)) continue;
      expect(
        d.notes?.some((n) => n.pointer === '/procedure/code' && n.kind === 'check'),
        d.slug,
      ).toBe(true);
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
    expect(() => compileSchema(definition.dataSchema)).not.toThrow();
    expect(() => compileProcedure(definition, { locale: 'vi' })).not.toThrow();
    expect(() => compileProcedure(definition, { locale: 'en' })).not.toThrow();
  });

  test('passes lintDefinition (labels, layout, prefill, widgets, conditions, codes, fees)', () => {
    expect(lintDefinition(definition)).toEqual([]);
  });
});
