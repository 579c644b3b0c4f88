import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';

const schema = {
  type: 'object',
  properties: {
    startDate: { type: 'string', format: 'date', title: 'Ngày bắt đầu' },
    endDate: { type: 'string', format: 'date', title: 'Ngày kết thúc' },
    min: { type: 'number' },
    max: { type: 'number', title: 'Mức tối đa' },
  },
  'x-dvc-compare': [
    { left: '/endDate', op: '>', right: '/startDate' },
    { left: '/max', op: '>=', right: '/min' },
  ],
};

describe('x-dvc-compare', () => {
  const v = compileSchema(schema);

  it('reports at the left field, worded for dates', () => {
    const r = v.validate({ startDate: '2026-03-01', endDate: '2026-02-01' });
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          pointer: '/endDate',
          code: 'compare',
          params: { op: '>', kind: 'date', other: 'Ngày bắt đầu', value: '2026-03-01', left: '/endDate' },
          message: 'Ngày kết thúc phải sau Ngày bắt đầu.',
        },
      ],
    });
    expect(v.validate({ startDate: '2026-03-01', endDate: '2026-02-01' }, { locale: 'en' })).toMatchObject({
      issues: [{ message: 'Ngày kết thúc must be after Ngày bắt đầu.' }],
    });
  });

  it('compares numbers and skips rules with a missing side', () => {
    expect(v.validate({ min: 5, max: 4 })).toMatchObject({
      ok: false,
      issues: [{ pointer: '/max', message: 'Mức tối đa phải lớn hơn hoặc bằng /min.' }],
    });
    expect(v.validate({ min: 5 }).ok).toBe(true);
    expect(v.validate({ startDate: '2026-01-01', endDate: '2026-01-02', min: 1, max: 1 }).ok).toBe(true);
  });

  it('accepts a constant and a per-rule message', () => {
    const c = compileSchema({
      'x-dvc-compare': {
        left: '/age',
        op: '>=',
        value: 18,
        message: { vi: 'Người khai phải đủ 18 tuổi.', en: 'Must be 18 or older.' },
      },
    });
    expect(c.validate({ age: 17 }, { locale: 'en' })).toMatchObject({
      issues: [{ pointer: '/age', message: 'Must be 18 or older.' }],
    });
  });

  it('refuses malformed rules at compile time', () => {
    expect(() => compileSchema({ 'x-dvc-compare': { left: 'endDate', op: '>', right: '/a' } })).toThrow(
      /x-dvc-compare/,
    );
    expect(() => compileSchema({ 'x-dvc-compare': { left: '/a', op: '=>', right: '/b' } })).toThrow(
      /x-dvc-compare/,
    );
  });
});
