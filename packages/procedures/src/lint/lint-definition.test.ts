import {
  getProcedureDefinition,
  lintDefinition,
  type LintCode,
  type ProcedureDefinition,
} from '@dvc-kit/procedures';
import { describe, expect, test } from 'vitest';
import { edited, type Edit } from '../../test/edit.js';

/** A copy of a reference definition with `edit` applied at `at`. */
function mutated(slug: string, at: string, edit: Edit): ProcedureDefinition {
  const definition = getProcedureDefinition(slug);
  if (definition === undefined) throw new Error(`No ${slug}`);
  return edited(definition, at, edit);
}

const found = (d: ProcedureDefinition): { pointer: string; code: LintCode }[] =>
  lintDefinition(d).map(({ pointer, code }) => ({ pointer, code }));

describe('lintDefinition', () => {
  test.each<[string, string, string, Edit, string, LintCode]>([
    ['slug', 'birth-registration', '/slug', { set: 'Birth_Registration' }, '/slug', 'slug-invalid'],
    [
      'national code',
      'birth-registration',
      '/procedure/code',
      { set: '1001193' },
      '/procedure/code',
      'procedure-code-invalid',
    ],
    [
      'label',
      'birth-registration',
      '/dataSchema/properties/resultCopies/x-dvc-label',
      'delete',
      '/dataSchema/properties/resultCopies',
      'label-missing',
    ],
    [
      'blank English label',
      'birth-registration',
      '/dataSchema/properties/resultCopies/x-dvc-label/en',
      { set: ' ' },
      '/dataSchema/properties/resultCopies',
      'label-missing',
    ],
    [
      'label in $defs',
      'birth-registration',
      '/dataSchema/$defs/address/properties/detail/x-dvc-label',
      'delete',
      '/dataSchema/$defs/address/properties/detail',
      'label-missing',
    ],
    [
      'label in then',
      'birth-registration',
      '/dataSchema/allOf/1/then/properties/birthProof/x-dvc-label',
      'delete',
      '/dataSchema/allOf/1/then/properties/birthProof',
      'label-missing',
    ],
    [
      'label in items',
      'permanent-residence-registration',
      '/dataSchema/$defs/member/properties/gender/x-dvc-label',
      'delete',
      '/dataSchema/$defs/member/properties/gender',
      'label-missing',
    ],
    [
      'option label',
      'birth-registration',
      '/dataSchema/properties/child/properties/gender/x-dvc-enum-labels/female',
      'delete',
      '/dataSchema/properties/child/properties/gender',
      'enum-label-missing',
    ],
    [
      'add label',
      'permanent-residence-registration',
      '/dataSchema/properties/householdMembers/x-dvc-add-label',
      'delete',
      '/dataSchema/properties/householdMembers',
      'add-label-missing',
    ],
    [
      'widget',
      'birth-registration',
      '/dataSchema/properties/resultCopies/x-dvc-widget',
      { set: 'slider' },
      '/dataSchema/properties/resultCopies/x-dvc-widget',
      'widget-unknown',
    ],
    [
      'widget type',
      'birth-registration',
      '/dataSchema/properties/resultCopies/x-dvc-widget',
      { set: 'repeatable' },
      '/dataSchema/properties/resultCopies/x-dvc-widget',
      'widget-type-mismatch',
    ],
    [
      'order',
      'permanent-residence-registration',
      '/dataSchema/$defs/member/x-dvc-order',
      { push: 'nickname' },
      '/dataSchema/$defs/member/x-dvc-order/5',
      'order-unknown-property',
    ],
    [
      'compare',
      'death-registration',
      '/dataSchema/x-dvc-compare/right',
      { set: '/deceased/born' },
      '/dataSchema/x-dvc-compare/right',
      'compare-unknown-field',
    ],
    [
      'address part',
      'birth-registration',
      '/dataSchema/$defs/address/x-dvc-address/commune',
      { set: 'ward' },
      '/dataSchema/$defs/address/x-dvc-address/commune',
      'address-part-unknown',
    ],
    [
      'address province',
      'birth-registration',
      '/dataSchema/$defs/address/x-dvc-address/province',
      'delete',
      '/dataSchema/$defs/address/x-dvc-address',
      'address-part-missing',
    ],
    [
      'if',
      'birth-registration',
      '/dataSchema/allOf/0/if/required',
      { set: ['fatherIsKnown'] },
      '/dataSchema/allOf/0/if',
      'condition-unknown-field',
    ],
    [
      'layout field',
      'birth-registration',
      '/layout/steps/0/sections/0/fields',
      { push: '/child/name' },
      '/layout/steps/0/sections/0/fields/1',
      'layout-unknown-field',
    ],
    [
      'layout field in a group',
      'permanent-residence-registration',
      '/layout/steps/2/sections/0/fields',
      { push: '/householdMembers/-/fullName' },
      '/layout/steps/2/sections/0/fields/1',
      'layout-unknown-field',
    ],
    [
      'layout twice',
      'birth-registration',
      '/layout/steps/1/sections/0/fields',
      { push: '/child/gender' },
      '/layout/steps/1/sections/0/fields/1',
      'layout-duplicate-field',
    ],
    [
      'layout missing',
      'birth-registration',
      '/layout/steps/3/sections/1/fields',
      { set: ['/declaration'] },
      '/layout',
      'layout-missing-field',
    ],
    [
      'layout missing inside a group',
      'judicial-record-certificate',
      '/layout/steps/0/sections/1/fields',
      { set: ['/family/fatherName', '/family/motherName'] },
      '/layout',
      'layout-missing-field',
    ],
    [
      'layout id',
      'birth-registration',
      '/layout/steps/1/id',
      { set: 'child' },
      '/layout/steps/1/id',
      'layout-duplicate-id',
    ],
    [
      'visibleWhen',
      'permanent-residence-registration',
      '/layout/steps/1/sections/1/visibleWhen/field',
      { set: '/base' },
      '/layout/steps/1/sections/1/visibleWhen',
      'condition-unknown-field',
    ],
    [
      'prefill field',
      'birth-registration',
      '/prefill/0/field',
      { set: '/applicant/name' },
      '/prefill/0/field',
      'prefill-unknown-field',
    ],
    [
      'prefill in a group',
      'permanent-residence-registration',
      '/prefill/0/field',
      { set: '/householdMembers/0/fullName' },
      '/prefill/0/field',
      'prefill-in-repeatable',
    ],
    [
      'prefill twice',
      'birth-registration',
      '/prefill/1/field',
      { set: '/applicant/fullName' },
      '/prefill/1/field',
      'prefill-duplicate-field',
    ],
    [
      'prefill type',
      'birth-registration',
      '/prefill/2/from',
      { set: 'fullName' },
      '/prefill/2/field',
      'prefill-type-mismatch',
    ],
    [
      'document code',
      'birth-registration',
      '/documents/2/code',
      { set: 'GIAY-CHUNG-SINH' },
      '/documents/2/code',
      'document-code-duplicate',
    ],
    [
      'document condition',
      'birth-registration',
      '/documents/1/requiredWhen/field',
      { set: '/hasCertificate' },
      '/documents/1/requiredWhen',
      'condition-unknown-field',
    ],
    [
      'fee code',
      'judicial-record-certificate',
      '/fees/1/code',
      { set: 'PHI-LLTP' },
      '/fees/1/code',
      'fee-code-duplicate',
    ],
    [
      'fee amount',
      'judicial-record-certificate',
      '/fees/0/amount',
      { set: 199999.5 },
      '/fees/0/amount',
      'fee-amount-invalid',
    ],
    [
      'fee condition',
      'judicial-record-certificate',
      '/fees/0/when/field',
      { set: '/fee' },
      '/fees/0/when',
      'condition-unknown-field',
    ],
    [
      'fee unit',
      'judicial-record-certificate',
      '/fees/3/perUnit/field',
      { set: '/purpose' },
      '/fees/3/perUnit/field',
      'fee-unit-field-not-integer',
    ],
    [
      'note',
      'marriage-registration',
      '/notes/0/pointer',
      { set: '/procedure/nationalCode' },
      '/notes/0/pointer',
      'note-unknown-pointer',
    ],
  ])('reports a bad %s', (_what, slug, at, edit, pointer, code) => {
    expect(found(mutated(slug, at, edit))).toContainEqual({ pointer, code });
  });

  test('reports a problem in a shared $defs entry once', () => {
    const d = mutated(
      'marriage-registration',
      '/dataSchema/$defs/party/properties/ethnicity/x-dvc-label',
      'delete',
    );
    expect(found(d).filter((i) => i.code === 'label-missing')).toHaveLength(2);
    expect(new Set(lintDefinition(d).map((i) => i.pointer)).size).toBe(1);
  });

  test('issues carry a severity and an English message', () => {
    const [issue] = lintDefinition(mutated('birth-registration', '/procedure/code', { set: 'x' }));
    expect(issue).toEqual({
      pointer: '/procedure/code',
      code: 'procedure-code-invalid',
      severity: 'error',
      message: 'National code "x" does not match N.NNNNNN.',
    });
  });

  test.each(['oneOf', 'anyOf', 'dependentSchemas', 'dependencies'])(
    'knows a field declared only under %s, as the forms do',
    (keyword) => {
      const d = structuredClone(getProcedureDefinition('birth-registration')) as ProcedureDefinition;
      const label = { vi: 'Trường thử', en: 'Test field' };
      const branch = { properties: { branchOnly: { type: 'string', 'x-dvc-label': label } } };
      const schema = d.dataSchema as unknown as Record<string, unknown>;
      schema[keyword] =
        keyword === 'oneOf' || keyword === 'anyOf' ? [branch, { properties: {} }] : { child: branch };
      const unplaced = found(d);
      expect(unplaced).toContainEqual({ pointer: '/layout', code: 'layout-missing-field' });
      d.layout.steps[0]?.sections[0]?.fields.push('/branchOnly');
      expect(found(d)).toEqual([]);
    },
  );
});
