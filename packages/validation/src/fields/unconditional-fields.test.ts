import { describe, expect, it } from 'vitest';
import { compileSchema, declaredFields, unconditionalFields } from '../index.js';

const schema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    married: { type: 'boolean' },
    'a/b': { type: 'string' },
    address: {
      type: 'object',
      properties: { street: { type: 'string' }, box: { type: 'string' } },
      required: ['street'],
    },
    members: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, age: { type: 'integer' } },
        required: ['name'],
      },
    },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
  },
  required: ['name', 'a/b'],
  if: { properties: { married: { const: true } }, required: ['married'] },
  then: { properties: { spouse: { type: 'string' } }, required: ['spouse'] },
  dependentRequired: { married: ['address'] },
};

describe('unconditionalFields', () => {
  const index = declaredFields(schema);
  const validator = compileSchema(schema);

  it('gives the unconditional fields at the pointers the data has, and the always-required ones', () => {
    const data = { address: {}, members: [{}, { name: 'Lan' }], labels: { x: 'y' } };
    const found = unconditionalFields(index, data);
    expect({ active: found.active.sort(), required: found.required.sort() }).toEqual({
      active: [
        '/name',
        '/married',
        '/a~1b',
        '/address',
        '/members',
        '/labels',
        '/address/street',
        '/address/box',
        '/members/0/name',
        '/members/1/name',
        '/members/0/age',
        '/members/1/age',
        '/labels/x',
      ].sort(),
      required: ['/name', '/a~1b', '/address/street', '/members/0/name', '/members/1/name'].sort(),
    });
  });

  it('leaves out what only a condition decides, and agrees with the validator where no condition holds', () => {
    for (const data of [
      { address: {}, members: [{}] },
      { address: {}, members: [], labels: { a: 'b' } },
    ]) {
      const found = unconditionalFields(index, data);
      expect(found.active).not.toContain('/spouse');
      expect(new Set(found.required)).toEqual(new Set(validator.requiredFields(data)));
      for (const pointer of found.active) expect(validator.activeFields(data)).toContain(pointer);
    }
    const married = unconditionalFields(index, { married: true, address: {} });
    expect(married.required).not.toContain('/spouse');
    expect(validator.requiredFields({ married: true, address: {} })).toContain('/spouse');
  });

  it('skips the fields of objects the data lacks', () => {
    expect(unconditionalFields(index, {}).required.sort()).toEqual(['/a~1b', '/name']);
  });
});
