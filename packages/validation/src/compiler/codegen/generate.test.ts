import { describe, expect, it } from 'vitest';
import { compileNodes } from '../compile-schema.js';
import { generate } from './generate.js';

const schema = {
  type: 'object',
  title: 'Tờ khai',
  properties: {
    họTên: { type: 'string', pattern: '^[A-ZÀ-Ỹ ]+$' },
    biểuTượng: { const: '😀' },
  },
};

describe('generate', () => {
  it('writes ASCII only with `ascii`, escaping what lies beyond it', () => {
    const body = generate(compileNodes(schema, {}), { fast: true, ascii: true }).body;
    expect(/[^\0-\x7f]/.test(body)).toBe(false);
    // The label, the name and the astral character (as its two UTF-16 units) are escapes.
    expect(body).toContain('T\\u1edd khai');
    expect(body).toContain('h\\u1ecdT\\u00ean');
    expect(body).toContain('\\ud83d\\ude00');
  });

  it('keeps the characters as they are without it (precompiled modules)', () => {
    const body = generate(compileNodes(schema, {}), { fast: true }).body;
    expect(body).toContain('Tờ khai');
  });
});
