import { describe, expect, it } from 'vitest';
import { schemaForTypes } from './schema-for-types.js';

describe('schemaForTypes', () => {
  const input = {
    $id: 'https://example.vn/data.json',
    title: 'Root',
    type: 'object',
    properties: {
      kind: { enum: ['a', 'b'], 'x-dvc-label': { vi: 'Loại', en: 'Kind' } },
      home: { $ref: '#/$defs/address', 'x-dvc-label': { vi: 'Nơi ở', en: 'Home' } },
    },
    $defs: { address: { type: 'object', properties: { line: { type: 'string' } } } },
    allOf: [
      {
        if: { properties: { kind: { const: 'a' } } },
        then: {
          properties: { reason: { type: 'string' } },
          allOf: [{ if: { required: ['reason'] }, then: { properties: { detail: { type: 'string' } } } }],
        },
        else: { properties: { kind: { const: 'b' }, other: { type: 'integer' } } },
      },
      { required: ['kind'] },
    ],
    if: { required: ['home'] },
    then: { properties: { since: { type: 'string' } } },
  };

  it('hoists the properties of conditional branches as optional properties, keeping declared ones', () => {
    const out = schemaForTypes(input) as { properties: Record<string, unknown>; required?: unknown };
    expect(Object.keys(out.properties)).toEqual(['kind', 'home', 'reason', 'detail', 'other', 'since']);
    expect(out.properties['kind']).toMatchObject({ enum: ['a', 'b'] });
    expect(out.required).toBeUndefined();
  });

  it('drops conditional allOf entries and the if/then/else keywords, keeps the others', () => {
    const out = schemaForTypes(input) as Record<string, unknown>;
    expect(out['allOf']).toEqual([{ required: ['kind'] }]);
    expect(out).not.toHaveProperty('if');
    expect(out).not.toHaveProperty('then');
  });

  it('names nothing after $id, title or $ref siblings, and documents labels', () => {
    const out = schemaForTypes(input) as Record<string, unknown> & { properties: Record<string, unknown> };
    expect(out).not.toHaveProperty('$id');
    expect(out).not.toHaveProperty('title');
    expect(out.properties['home']).toEqual({ $ref: '#/$defs/address' });
    expect(out.properties['kind']).toMatchObject({ description: 'Loại (Kind)' });
  });

  it('defuses a comment terminator in a description and leaves the input alone', () => {
    const before = structuredClone(input);
    const out = schemaForTypes({ type: 'string', description: 'a */ b' });
    expect(out).toEqual({ type: 'string', description: 'a *\\/ b' });
    schemaForTypes(input);
    expect(input).toEqual(before);
  });
});
