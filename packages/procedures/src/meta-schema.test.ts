import {
  PROCEDURE_DEFINITION_SCHEMA_ID,
  procedureDefinitionMetaSchema,
  procedureDefinitions,
  WIDGETS,
} from '@dvc-kit/procedures';
import { compileSchema } from '@dvc-kit/validation';
import { describe, expect, test } from 'vitest';
import { edited, type Edit } from '../test/edit.js';

const meta = compileSchema(procedureDefinitionMetaSchema);
const birth = procedureDefinitions.find((d) => d.slug === 'birth-registration');

function issuesOf(data: unknown): { pointer: string; code: string }[] {
  const r = meta.validate(data);
  return r.ok ? [] : r.issues.map(({ pointer, code }) => ({ pointer, code }));
}

describe('the meta-schema', () => {
  test('has a stable $id and compiles with @dvc-kit/validation', () => {
    expect(procedureDefinitionMetaSchema['$id']).toBe(PROCEDURE_DEFINITION_SCHEMA_ID);
    expect(PROCEDURE_DEFINITION_SCHEMA_ID).toBe('https://dvc-kit.dev/schemas/procedure-definition/v1.json');
  });

  test.each(procedureDefinitions.map((d) => [d.slug, d] as const))('accepts %s', (_slug, definition) => {
    expect(issuesOf(definition)).toEqual([]);
  });

  test('lists the same widgets as WIDGETS', () => {
    const defs = procedureDefinitionMetaSchema['$defs'] as Record<string, { enum?: unknown[] }>;
    expect(defs['widget']?.enum).toEqual([...WIDGETS]);
  });

  test.each<[string, string, Edit, string, string]>([
    ['a malformed national code', '/procedure/code', { set: '1.1193' }, '/procedure/code', 'pattern'],
    [
      'a label without English',
      '/dataSchema/properties/child/x-dvc-label/en',
      'delete',
      '/dataSchema/properties/child/x-dvc-label/en',
      'required',
    ],
    [
      'a string label',
      '/dataSchema/properties/fatherKnown/x-dvc-label',
      { set: 'Cha' },
      '/dataSchema/properties/fatherKnown/x-dvc-label',
      'type',
    ],
    [
      'an unknown x-dvc keyword',
      '/dataSchema/properties/child/x-dvc-colour',
      { set: 'red' },
      '/dataSchema/properties/child/x-dvc-colour',
      'property_name',
    ],
    [
      'an unknown widget',
      '/dataSchema/$defs/address/properties/commune/x-dvc-widget',
      { set: 'map' },
      '/dataSchema/$defs/address/properties/commune/x-dvc-widget',
      'enum',
    ],
    ['a negative fee', '/fees/1/amount', { set: -8000 }, '/fees/1/amount', 'minimum'],
    ['a fee in decimals', '/fees/1/amount', { set: 8000.5 }, '/fees/1/amount', 'type'],
    [
      'a conditional document without its condition',
      '/documents/1/condition',
      'delete',
      '/documents/1/condition',
      'required',
    ],
    ['an online level 1', '/procedure/onlineLevel', { set: 1 }, '/procedure/onlineLevel', 'enum'],
    ['a version that is not semver', '/version', { set: '1.0' }, '/version', 'pattern'],
    ['an unknown profile claim', '/prefill/0/from', { set: 'nickname' }, '/prefill/0/from', 'enum'],
    ['an unknown top-level part', '/theme', { set: 'dark' }, '/theme', 'additional_property'],
  ])('rejects %s', (_what, at, edit, pointer, code) => {
    expect(issuesOf(edited(birth, at, edit))).toContainEqual({ pointer, code });
  });
});
