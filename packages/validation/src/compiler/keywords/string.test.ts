import { takeConsoleOutput } from '../../../../../test-utils/console.js';
import { describe, expect, it } from 'vitest';
import { compileSchema, InvalidRegexError, SchemaError } from '@dvc-kit/validation';

const first = (schema: unknown, data: unknown, locale: 'vi' | 'en' = 'vi') => {
  const r = compileSchema(schema).validate(data, { locale });
  return r.ok ? undefined : r.issues[0];
};

describe('minLength / maxLength', () => {
  it('count Unicode code points, not UTF-16 units', () => {
    expect(compileSchema({ maxLength: 2 }).validate('😀😀').ok).toBe(true);
    expect(compileSchema({ minLength: 3 }).validate('😀😀').ok).toBe(false);
    expect(compileSchema({ minLength: 2 }).validate('Đà').ok).toBe(true);
  });

  it('report min_length / max_length in government-form Vietnamese', () => {
    expect(first({ minLength: 3 }, 'ab')).toMatchObject({
      code: 'min_length',
      params: { minimum: 3 },
      message: 'Phải có ít nhất 3 ký tự.',
    });
    expect(first({ maxLength: 1 }, 'ab', 'en')).toMatchObject({
      code: 'max_length',
      message: 'Must be at most 1 characters.',
    });
  });

  it('ignore non-strings', () => {
    expect(compileSchema({ minLength: 3 }).validate(1).ok).toBe(true);
  });
});

describe('pattern', () => {
  it('is unanchored, Unicode-aware and precompiled', () => {
    const v = compileSchema({ pattern: '\\p{Lu}' });
    expect(v.validate('xxAxx').ok).toBe(true);
    expect(v.validate('xx').ok).toBe(false);
  });

  it('uses the field label', () => {
    const schema = { properties: { phone: { title: 'Số điện thoại', pattern: '^0[0-9]{9}$' } } };
    expect(first(schema, { phone: '12' })).toMatchObject({
      pointer: '/phone',
      code: 'pattern',
      message: 'Số điện thoại không đúng định dạng.',
    });
  });

  it('refuses an invalid regular expression at compile time, naming where', () => {
    try {
      compileSchema({ properties: { a: { pattern: '(' } } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidRegexError);
      expect(e).toMatchObject({
        keyword: 'pattern',
        pointer: '/properties/a/pattern',
        code: 'invalid_regex',
      });
    }
    expect(() => compileSchema({ patternProperties: { '[': {} } })).toThrow(InvalidRegexError);
  });
});

describe('format', () => {
  it.each([
    ['date', '2024-02-29', true],
    ['date', '2023-02-29', false],
    ['date', '2024-13-01', false],
    ['date-time', '2024-01-02T03:04:05Z', true],
    ['date-time', '2024-01-02 03:04:05', false],
    ['time', '23:59:60Z', true],
    ['time', '12:00:60+07:00', false],
    ['time', '08:30:00+07:00', true],
    ['email', 'a.b@example.vn', true],
    ['email', 'a..b@example.vn', false],
    ['email', 'ab@localhost', false],
    ['uri', 'https://dichvucong.gov.vn/p/home', true],
    ['uri', '/relative', false],
    ['uri', 'http://x/ y', false],
    ['uuid', '0f8fad5b-d9cb-469f-a165-70867728950e', true],
    ['uuid', '0f8fad5b', false],
  ])('%s: %s → %s', (format, value, ok) => {
    expect(compileSchema({ format }).validate(value).ok).toBe(ok);
  });

  it('runs the vn-* formats with their identifier messages', () => {
    const issue = first({ format: 'vn-tax-code' }, '0100109105');
    expect(issue).toMatchObject({ code: 'format', params: { format: 'vn-tax-code' } });
    expect(issue?.message).toMatch(/Mã số thuế/);
    expect(compileSchema({ format: 'vn-tax-code' }).validate('0100109106').ok).toBe(true);
  });

  it('reads an unknown format as an annotation with one warning, or refuses it on request', () => {
    expect(() => compileSchema({ format: 'vn-nothing' }, { unknownFormats: 'error' })).toThrow(SchemaError);
    expect(compileSchema({ format: 'vn-nothing' }).validate('x').ok).toBe(true);
    expect(compileSchema({ format: 'vn-nothing' }, { formatMode: 'annotate' }).validate('x').ok).toBe(true);
    expect(takeConsoleOutput('warn')).toEqual([[expect.stringContaining('format "vn-nothing" is unknown')]]);
  });

  it('asserts formats when the metaschema lists the format-assertion vocabulary', () => {
    const meta = {
      $id: 'https://forms.example/meta',
      $vocabulary: {
        'https://json-schema.org/draft/2020-12/vocab/core': true,
        'https://json-schema.org/draft/2020-12/vocab/format-assertion': true,
      },
    };
    const schema = { $schema: 'https://forms.example/meta', format: 'date' };
    const v = compileSchema(schema, {
      formatMode: 'annotate',
      remotes: { 'https://forms.example/meta': meta },
    });
    expect(v.validate('2024-02-30').ok).toBe(false);
  });

  it('accepts custom formats per compile', () => {
    const v = compileSchema(
      { format: 'even' },
      { formats: { even: (s) => (s.length % 2 === 0 ? { ok: true } : { ok: false, reason: 'odd' }) } },
    );
    expect(v.validate('ab').ok).toBe(true);
    expect(v.validate('abc')).toMatchObject({
      ok: false,
      issues: [{ params: { format: 'even', reason: 'odd' } }],
    });
  });
});
