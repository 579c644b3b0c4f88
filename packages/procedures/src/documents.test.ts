import {
  documentRequirements,
  getProcedureDefinition,
  procedureSamples,
  type DocumentRequirement,
  type ProcedureDefinition,
  type SubmissionChannel,
} from '@dvc-kit/procedures';
import { describe, expect, test } from 'vitest';

function definition(codeOrSlug: string): ProcedureDefinition {
  const d = getProcedureDefinition(codeOrSlug);
  if (d === undefined) throw new Error(`missing ${codeOrSlug}`);
  return d;
}

/** `{ code: upload }` of the components that apply or may be uploaded. */
function uploads(codeOrSlug: string, data: unknown, channel: SubmissionChannel): Record<string, string> {
  const rows = documentRequirements(definition(codeOrSlug), data, { channel });
  return Object.fromEntries(rows.map((r: DocumentRequirement) => [r.component.code, r.upload]));
}

describe('documentRequirements', () => {
  const birth = procedureSamples('birth-registration').valid as Record<string, unknown>;

  test('birth online: the e-form is the declaration and ID papers are shown, so nothing must be uploaded', () => {
    const rows = documentRequirements(definition('1.001193'), birth, { channel: 'online' });
    expect(rows.filter((r) => r.upload === 'required')).toEqual([]);
    const byCode = new Map(rows.map((r) => [r.component.code, r]));
    expect(byCode.get('TO-KHAI')).toMatchObject({ applies: true, mode: 'submit', upload: 'none' });
    expect(byCode.get('TO-KHAI')?.notice?.vi).toContain('biểu mẫu điện tử');
    expect(byCode.get('GIAY-TO-TUY-THAN')).toMatchObject({ applies: true, mode: 'present', upload: 'none' });
    // The health facility's electronic birth certificate stands in for the paper.
    expect(byCode.get('GIAY-CHUNG-SINH')).toMatchObject({ applies: true, upload: 'optional' });
    expect(byCode.get('GIAY-TO-CU-TRU')).toMatchObject({
      applies: false,
      mode: 'submit',
      upload: 'optional',
    });
  });

  test('birth in person: the paper declaration is filed, ID papers are shown, not filed', () => {
    expect(uploads('1.001193', birth, 'in-person')).toMatchObject({
      'TO-KHAI': 'required',
      'GIAY-TO-TUY-THAN': 'none',
      'GIAY-TO-CU-TRU': 'none',
    });
  });

  test('birth by post: the declaration and a certified copy of the ID papers go in the envelope', () => {
    expect(uploads('1.001193', birth, 'postal')).toMatchObject({
      'TO-KHAI': 'required',
      'GIAY-TO-TUY-THAN': 'required',
    });
  });

  test('a conditional component is required when its condition holds and it has no data replacement', () => {
    const witness = { ...birth, hasBirthCertificate: false, birthProof: 'witness' };
    expect(uploads('1.001193', witness, 'online')).toMatchObject({ 'VB-LAM-CHUNG': 'required' });
    expect(uploads('1.001193', birth, 'online')).toMatchObject({ 'VB-LAM-CHUNG': 'optional' });
  });

  test('judicial record: no letter for a parent, spouse or child; one for anyone else', () => {
    const sample = procedureSamples('judicial-record-certificate');
    const parent = sample.variants.find((v) => v.name === 'representative')?.data as {
      representative: Record<string, unknown>;
    };
    expect(uploads('3.000333', parent, 'online')).toMatchObject({
      'VB-UY-QUYEN': 'optional',
      'TO-KHAI-UY-QUYEN': 'none',
      'GIAY-TO-TUY-THAN': 'none',
    });
    const other = { ...parent, representative: { ...parent.representative, relationship: 'other' } };
    expect(uploads('3.000333', other, 'online')).toMatchObject({ 'VB-UY-QUYEN': 'required' });
  });

  test('permanent residence: proof of accommodation is optional while the office can read it', () => {
    const data = procedureSamples('permanent-residence-registration').valid;
    const rows = uploads('1.004222', data, 'online');
    expect(rows).toMatchObject({ CT01: 'none', 'CHO-O-HOP-PHAP': 'optional' });
    expect(uploads('1.004222', data, 'in-person')).toMatchObject({
      CT01: 'required',
      'CHO-O-HOP-PHAP': 'optional',
    });
  });

  test('household business: only the application, which the e-form replaces online', () => {
    const data = procedureSamples('household-business-registration').valid;
    expect(documentRequirements(definition('1.001612'), data).filter((r) => r.upload === 'required')).toEqual(
      [],
    );
    expect(uploads('1.001612', data, 'in-person')).toMatchObject({ 'GIAY-DE-NGHI': 'required' });
  });

  test('reads the deprecated digitalReplacement as an online state-data replacement', () => {
    const d = structuredClone(definition('1.001193'));
    d.documents = [
      {
        code: 'OLD',
        name: { vi: 'Giấy cũ', en: 'Old paper' },
        requirement: 'required',
        originals: 1,
        copies: 0,
        acceptedTypes: ['application/pdf'],
        maxSizeMB: 1,
        multiple: false,
        digitalReplacement: true,
      },
    ];
    expect(documentRequirements(d, {}).map((r) => r.upload)).toEqual(['optional']);
    expect(documentRequirements(d, {}, { channel: 'in-person' }).map((r) => r.upload)).toEqual(['required']);
  });
});
