import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';

const issues = (schema: unknown, data: unknown, locale: 'vi' | 'en' = 'vi') => {
  const r = compileSchema(schema).validate(data, { locale });
  return r.ok ? [] : r.issues;
};
const codes = (schema: unknown, data: unknown) => issues(schema, data).map((i) => `${i.pointer}:${i.code}`);

describe('combinators', () => {
  it('allOf collects the issues of every branch', () => {
    expect(codes({ allOf: [{ minLength: 2 }, { pattern: '^a' }] }, 'b')).toEqual([':min_length', ':pattern']);
  });

  it('anyOf of required fields says which fields to fill ("phone or email")', () => {
    const schema = {
      properties: { phone: { title: 'Số điện thoại' }, email: { title: 'Thư điện tử' } },
      anyOf: [{ required: ['phone'] }, { required: ['email'] }],
    };
    expect(issues(schema, {})).toEqual([
      {
        pointer: '',
        code: 'any_of',
        params: {
          variant: 'required',
          fields: [
            { property: 'phone', label: 'Số điện thoại' },
            { property: 'email', label: 'Thư điện tử' },
          ],
          labels: ['Số điện thoại', 'Thư điện tử'],
        },
        message: 'Vui lòng nhập ít nhất một trong các thông tin: Số điện thoại, Thư điện tử.',
      },
    ]);
    expect(codes(schema, { email: 'a@b.vn' })).toEqual([]);
    expect(issues(schema, {}, 'en')[0]?.message).toBe('Enter at least one of: Số điện thoại, Thư điện tử.');
  });

  it('oneOf needs exactly one match', () => {
    const schema = { oneOf: [{ type: 'integer' }, { minimum: 2 }] };
    expect(codes(schema, 1)).toEqual([]);
    expect(issues(schema, 3)).toMatchObject([{ code: 'one_of', params: { matched: 2 } }]);
    expect(issues(schema, 1.5)).toMatchObject([{ code: 'one_of', params: { matched: 0 } }]);
  });

  it('not inverts', () => {
    expect(codes({ not: { type: 'string' } }, 'a')).toEqual([':not']);
    expect(codes({ not: { type: 'string' } }, 1)).toEqual([]);
  });

  it('if / then / else picks the active branch only', () => {
    const schema = {
      if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
      then: { required: ['taxCode'] },
      else: { required: ['personalId'] },
    };
    expect(codes(schema, { kind: 'company' })).toEqual(['/taxCode:required']);
    expect(codes(schema, { kind: 'person' })).toEqual(['/personalId:required']);
    expect(codes({ then: { required: ['x'] } }, {})).toEqual([]);
  });

  it('boolean schemas', () => {
    expect(compileSchema(true).validate({ anything: 1 }).ok).toBe(true);
    expect(codes(false, 1)).toEqual([':not_allowed']);
  });
});
