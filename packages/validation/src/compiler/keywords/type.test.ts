import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';

const codes = (schema: unknown, data: unknown): string[] => {
  const r = compileSchema(schema).validate(data);
  return r.ok ? [] : r.issues.map((i) => `${i.pointer}:${i.code}`);
};

describe('type', () => {
  it.each([
    ['string', 'a', true],
    ['string', 1, false],
    ['number', 1.5, true],
    ['integer', 1.0, true],
    ['integer', 1.5, false],
    ['boolean', false, true],
    ['null', null, true],
    ['null', 0, false],
    ['array', [], true],
    ['object', [], false],
    ['object', {}, true],
  ])('%s accepts %j: %s', (type, data, ok) => {
    expect(compileSchema({ type }).validate(data).ok).toBe(ok);
  });

  it('accepts a list of types and reports expected and received types', () => {
    const r = compileSchema({ type: ['string', 'null'] }).validate(3);
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          pointer: '',
          code: 'type',
          params: { expected: ['string', 'null'], received: 'number' },
          message: 'Giá trị phải là chuỗi ký tự hoặc rỗng.',
        },
      ],
    });
  });

  it('refuses an unknown type name at compile time', () => {
    expect(() => compileSchema({ properties: { a: { type: 'text' } } })).toThrow(
      /"type".*\/properties\/a\/type/,
    );
  });
});

describe('const and enum', () => {
  it('compare deeply, ignoring key order', () => {
    expect(codes({ const: { a: [1, { b: 2 }] } }, { a: [1, { b: 2 }] })).toEqual([]);
    expect(codes({ const: { a: 1 } }, { a: 1, b: 2 })).toEqual([':const']);
    expect(codes({ enum: [1, 'x', null, { k: 1 }] }, { k: 1 })).toEqual([]);
    expect(codes({ enum: [1, 'x', null] }, 1.0)).toEqual([]);
    expect(codes({ enum: [1, 'x'] }, '1')).toEqual([':enum']);
  });

  it('words enum issues with the allowed values', () => {
    const r = compileSchema({ enum: ['nam', 'nữ'] }).validate('x', { locale: 'en' });
    expect(r.ok ? '' : r.issues[0]?.message).toBe('Choose one of: nam, nữ.');
  });
});
