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
    const d = getProcedureDefinition('3.000333');
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

  test('birth registration on time: the exemption line stays, copies of the birth certificate are counted', () => {
    const d = getProcedureDefinition('birth-registration');
    if (d === undefined) throw new Error('missing');
    // The sample's child was born on 2026-10-02: 60 days later is still on time.
    const fees = computeFees(d, procedureSamples('birth-registration').valid, { today: '2026-12-01' });
    expect(fees.map(({ code, total }) => ({ code, total }))).toEqual([
      { code: 'LP-KS-DUNG-HAN', total: 0 },
      { code: 'PHI-BAN-SAO-GKS', total: 16000 },
    ]);
  });

  test('birth registration late: the provincial charge, unless an exemption category applies', () => {
    const reference = getProcedureDefinition('birth-registration');
    if (reference === undefined) throw new Error('missing');
    // The amount is provincial (0 in the reference): a portal puts in its own, here 10,000 VND.
    const d = structuredClone(reference);
    const line = d.fees.find((f) => f.code === 'LP-KS-QUA-HAN');
    expect(line).toMatchObject({ amount: 0, setBy: 'province' });
    if (line !== undefined) line.amount = 10_000;
    const data = procedureSamples('birth-registration').valid as Record<string, unknown>;
    const late = computeFees(d, data, { today: '2026-12-02' });
    expect(late.map(({ code, total }) => ({ code, total }))).toEqual([
      { code: 'LP-KS-QUA-HAN', total: 10000 },
      { code: 'PHI-BAN-SAO-GKS', total: 16000 },
    ]);
    const poor = computeFees(d, { ...data, feeExemption: 'poor-household' }, { today: '2027-01-15' });
    expect(poor.map(({ code, total, exemption }) => ({ code, total, exemption }))).toEqual([
      { code: 'LP-KS-QUA-HAN', total: 0, exemption: 'poor-household' },
      { code: 'PHI-BAN-SAO-GKS', total: 16000, exemption: undefined },
    ]);
  });

  test('death registration: three copies of the death extract cost 24,000 VND', () => {
    const d = getProcedureDefinition('1.000656');
    if (d === undefined) throw new Error('missing');
    const data = {
      ...(procedureSamples('death-registration').valid as Record<string, unknown>),
      extractCopies: 3,
    };
    const death = (data as unknown as { death: { date: string } }).death.date;
    const fees = computeFees(d, data, { today: death });
    expect(fees.map(({ code, amount, quantity, total }) => ({ code, amount, quantity, total }))).toEqual([
      { code: 'LP-KT-DUNG-HAN', amount: 0, quantity: 1, total: 0 },
      { code: 'PHI-BAN-SAO-TLKT', amount: 8000, quantity: 3, total: 24000 },
    ]);
    expect(fees.reduce((sum, f) => sum + f.total, 0)).toBe(24000);
  });

  test('permanent residence: an exempt category pays nothing on any channel', () => {
    const d = getProcedureDefinition('1.004222');
    if (d === undefined) throw new Error('missing');
    const data = {
      ...(procedureSamples('permanent-residence-registration').valid as Record<string, unknown>),
      feeExemption: 'child',
    };
    expect(computeFees(d, data).map((f) => [f.total, f.exemption])).toEqual([[0, 'child']]);
    expect(computeFees(d, data, { channel: 'in-person' }).map((f) => [f.total, f.exemption])).toEqual([
      [0, 'child'],
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
