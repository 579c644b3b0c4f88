import {
  computeFees,
  conditionFields,
  draftVersionStatus,
  evaluateCondition,
  getProcedureDefinition,
  procedureSamples,
  type Condition,
} from '@dvc-kit/procedures';
import { describe, expect, test } from 'vitest';

describe('evaluateCondition', () => {
  const data = { a: 'x', n: 0, list: [], nested: { b: true }, empty: '' };
  test.each<[Condition, boolean]>([
    [{ field: '/a', equals: 'x' }, true],
    [{ field: '/a', equals: 'y' }, false],
    [{ field: '/missing', equals: null }, false],
    [{ field: '/nested/b', in: [false, true] }, true],
    [{ field: '/nested', equals: { b: true } }, true],
    [{ field: '/n', filled: true }, true],
    [{ field: '/empty', filled: false }, true],
    [{ field: '/list', filled: true }, false],
    [
      {
        all: [
          { field: '/a', equals: 'x' },
          { field: '/n', equals: 0 },
        ],
      },
      true,
    ],
    [
      {
        any: [
          { field: '/a', equals: 'y' },
          { field: '/missing', filled: false },
        ],
      },
      true,
    ],
  ])('%j is %s', (condition, expected) => {
    expect(evaluateCondition(condition, data)).toBe(expected);
  });

  test('conditionFields lists the pointers read', () => {
    expect(
      conditionFields({ any: [{ field: '/a', equals: 1 }, { all: [{ field: '/b', filled: true }] }] }),
    ).toEqual(['/a', '/b']);
  });
});

describe('computeFees', () => {
  test('judicial record: the standard fee plus 5,000 VND per certificate beyond two', () => {
    const d = getProcedureDefinition('2.000488');
    if (d === undefined) throw new Error('missing');
    const fees = computeFees(d, procedureSamples('judicial-record-certificate').valid);
    expect(fees.map(({ code, quantity, total }) => ({ code, quantity, total }))).toEqual([
      { code: 'PHI-LLTP', quantity: 1, total: 200000 },
      { code: 'PHI-LLTP-PHIEU-THEM', quantity: 1, total: 5000 },
    ]);
  });

  test('permanent residence: the charge depends on the channel', () => {
    const d = getProcedureDefinition('1.004222');
    if (d === undefined) throw new Error('missing');
    const data = procedureSamples('permanent-residence-registration').valid;
    expect(computeFees(d, data).map((f) => f.total)).toEqual([10000]);
    expect(computeFees(d, data, { channel: 'in-person' }).map((f) => f.total)).toEqual([20000]);
  });

  test('birth registration: the exemption line stays, copies are counted', () => {
    const d = getProcedureDefinition('birth-registration');
    if (d === undefined) throw new Error('missing');
    const fees = computeFees(d, procedureSamples('birth-registration').valid);
    expect(fees.map(({ code, total }) => ({ code, total }))).toEqual([
      { code: 'LP-KS-DUNG-HAN', total: 0 },
      { code: 'PHI-BAN-SAO-TL', total: 16000 },
    ]);
  });
});

describe('draftVersionStatus', () => {
  test.each([
    ['1.2.0', '1.2.0', 'current'],
    ['1.2.0', '1.0.3', 'compatible'],
    ['2.0.0', '1.9.9', 'outdated'],
    ['1.0.0', '1.0.1', 'newer'],
    ['1.0.0', 'v1', 'invalid'],
  ] as const)('definition %s, draft %s: %s', (definition, draft, expected) => {
    expect(draftVersionStatus(definition, draft)).toBe(expected);
  });
});
