import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';

const schema = {
  type: 'object',
  required: ['fullName'],
  properties: {
    fullName: { type: 'string', 'x-dvc-label': { vi: 'Họ và tên', en: 'Full name' } },
    startDate: { type: 'string', format: 'date', 'x-dvc-label': { vi: 'Ngày bắt đầu', en: 'Start date' } },
    endDate: { type: 'string', format: 'date', 'x-dvc-label': { vi: 'Ngày kết thúc', en: 'End date' } },
  },
  'x-dvc-compare': { left: '/endDate', op: '>', right: '/startDate' },
};

describe('labels given per locale', () => {
  const validator = compileSchema(schema);
  const data = { startDate: '2026-05-02', endDate: '2026-05-01' };

  it('word each message with the label of the requested locale', () => {
    const vi = validator.validate(data, { locale: 'vi' });
    const en = validator.validate(data, { locale: 'en' });
    expect(vi.ok || vi.issues.map((i) => i.message).join(' | ')).toMatch(
      /Họ và tên.*Ngày kết thúc.*Ngày bắt đầu/s,
    );
    expect(en.ok || en.issues.map((i) => i.message).join(' | ')).toMatch(/Full name.*End date.*Start date/s);
  });

  it('fall back to Vietnamese when a locale is missing', () => {
    const viOnly = compileSchema({
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string', 'x-dvc-label': { vi: 'Số nhà' } } },
    });
    const result = viOnly.validate({}, { locale: 'en' });
    expect(result.ok || result.issues[0]?.message).toContain('Số nhà');
  });

  it('name the fields of an "at least one of" rule in the requested locale', () => {
    const contact = compileSchema({
      type: 'object',
      properties: {
        phone: { type: 'string', 'x-dvc-label': { vi: 'Số điện thoại', en: 'Phone number' } },
        email: { type: 'string', 'x-dvc-label': { vi: 'Thư điện tử', en: 'Email' } },
      },
      anyOf: [{ required: ['phone'] }, { required: ['email'] }],
    });
    const vi = contact.validate({}, { locale: 'vi' });
    const en = contact.validate({}, { locale: 'en' });
    expect(vi.ok || vi.issues[0]?.message).toMatch(/Số điện thoại.*Thư điện tử/);
    expect(en.ok || en.issues[0]?.message).toMatch(/Phone number.*Email/);
  });

  it('refuse a label that is neither a string nor texts by locale', () => {
    expect(() => compileSchema({ properties: { a: { 'x-dvc-label': { vi: 1 } } } })).toThrow(/x-dvc-label/);
    expect(() => compileSchema({ properties: { a: { 'x-dvc-label': {} } } })).toThrow(/x-dvc-label/);
  });
});
