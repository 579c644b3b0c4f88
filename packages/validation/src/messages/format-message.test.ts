import { describe, expect, it } from 'vitest';
import { compileSchema, formatMessage, type IssueCode } from '@dvc-kit/validation';
import { en } from './en.js';
import { vi } from './vi.js';

const CODES: IssueCode[] = [
  'required',
  'type',
  'const',
  'enum',
  'min_length',
  'max_length',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusive_minimum',
  'exclusive_maximum',
  'multiple_of',
  'min_items',
  'max_items',
  'unique_items',
  'contains',
  'max_contains',
  'min_properties',
  'max_properties',
  'additional_property',
  'additional_item',
  'property_name',
  'any_of',
  'one_of',
  'not',
  'not_allowed',
  'compare',
  'not_json',
  'depth_exceeded',
];

describe('message catalogs', () => {
  it('vi and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('word every issue code in both locales', () => {
    for (const code of CODES) {
      expect(vi[code], code).toBeTypeOf('string');
      expect(en[code], code).toBeTypeOf('string');
    }
  });

  it('fill params, labels and their defaults', () => {
    expect(formatMessage('required', { property: 'a' }, undefined, 'vi')).toBe(
      'Vui lòng nhập thông tin này.',
    );
    expect(formatMessage('required', { property: 'a' }, { label: 'Họ và tên' }, 'vi')).toBe(
      'Vui lòng nhập Họ và tên.',
    );
    expect(formatMessage('required', { property: 'a' }, undefined, 'en')).toBe('This field is required.');
    expect(formatMessage('pattern', {}, undefined, 'vi')).toBe('Giá trị không đúng định dạng.');
    expect(formatMessage('type', { expected: ['integer'] }, undefined, 'en')).toBe('Must be a whole number.');
  });

  it('prefer field overrides, then identifier messages, then the catalog', () => {
    const meta = { messages: { format: { vi: 'Sai rồi.', en: 'Wrong.' } } };
    expect(formatMessage('format', { format: 'date' }, meta, 'en')).toBe('Wrong.');
    expect(formatMessage('format', { format: 'date' }, undefined, 'en')).toMatch(/valid date/);
    expect(formatMessage('format', { format: 'vn-tax-code' }, undefined, 'vi')).toMatch(/Mã số thuế/);
    expect(formatMessage('format', { format: 'nope' }, { label: 'Mã' }, 'vi')).toBe('Mã không hợp lệ.');
  });

  it('word vn-* format reasons from the identifier catalog', () => {
    const r = compileSchema({ format: 'vn-personal-id' }).validate('001099012345', {
      now: new Date('1990-01-01'),
      locale: 'vi',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'format', params: { format: 'vn-personal-id' } });
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/Số định danh cá nhân/);
  });
});
