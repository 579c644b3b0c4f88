/**
 * A precompiled module built with its field plan (`fieldPlan: true`, `dvc build-validators
 * --field-plan`) answers which fields apply, which must be filled and which values the conditions
 * read (`fieldsFromPlan`) exactly as the compiled validator of the same schema does, so a
 * `<dvc-form>` needs no compiler for them.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';
import { fieldsFromPlan, type FieldPlan } from '@dvc-kit/validation/runtime';
import { buildValidatorModule } from '@dvc-kit/validation/node';
import { precompileAll } from './three-ways.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../bench/fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
const residence = read('residence-application.schema.json');

/** Schemas with each kind of condition a plan carries, and members of every kind. */
const schemas: Record<string, unknown> = {
  residence,
  choices: {
    type: 'object',
    properties: {
      kind: { enum: ['person', 'company'] },
      tags: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
      pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'object', properties: { x: {} } }] },
      extra: { type: 'object', patternProperties: { '^x-': { properties: { v: {} } } } },
      open: { type: 'object', additionalProperties: { properties: { w: {} }, required: ['w'] } },
    },
    oneOf: [
      {
        properties: { kind: { const: 'person' }, fullName: { type: 'string' } },
        required: ['kind', 'fullName'],
      },
      {
        properties: { kind: { const: 'company' }, taxCode: { type: 'string' } },
        required: ['kind', 'taxCode'],
      },
    ],
    dependentSchemas: { tags: { properties: { tagNote: { type: 'string' } }, required: ['tagNote'] } },
    dependentRequired: { pair: ['open'] },
  },
  nested: {
    type: 'object',
    properties: {
      a: {
        type: 'object',
        properties: { mode: { type: ['string', 'null'] }, n: { type: 'integer' } },
        if: { properties: { mode: { type: 'string' }, n: { enum: [1, 2] } }, required: ['mode'] },
        then: { properties: { detail: { type: 'string' } }, required: ['detail'] },
        else: { properties: { other: { type: 'boolean' } } },
      },
    },
    anyOf: [{ properties: { b: { const: true } }, required: ['b'] }, true],
  },
};

const values = fc.oneof(
  fc.constantFrom('person', 'company', 'other', 'renter', 'post', true, false, 1, 2, 1.0, null, 'x'),
  fc.string({ maxLength: 3 }),
  fc.integer({ min: -2, max: 3 }),
);

/** Data shaped like the schema: objects with its member names (and some others), nested. */
function dataFor(schema: unknown): fc.Arbitrary<unknown> {
  const names = new Set<string>();
  JSON.stringify(schema, (key, value: unknown) => {
    if (key === 'properties' && typeof value === 'object' && value !== null)
      for (const n of Object.keys(value)) names.add(n);
    return value;
  });
  const keys = fc.constantFrom(...names, 'x-a', 'zz');
  const tree = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      values,
      fc.dictionary(keys, tie('node'), { maxKeys: 6 }),
      fc.array(tie('node'), { maxLength: 2 }),
    ),
  })).node;
  return fc.dictionary(keys, tree, { maxKeys: 8 });
}

/** Pointers to ask `conditionsRead` about: every member path of the data, and some others. */
function pointersOf(data: unknown, at = '', out: string[] = []): string[] {
  out.push(at);
  if (typeof data === 'object' && data !== null)
    for (const [k, v] of Object.entries(data))
      pointersOf(v, `${at}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`, out);
  return out;
}

describe('a module with its field plan', () => {
  it('answers activeAndRequiredFields and conditionsRead as the compiled validator, on generated data', async () => {
    const names = Object.keys(schemas);
    const modules = await precompileAll(Object.values(schemas), { fieldPlan: true });
    names.forEach((name, i) => {
      const module = modules[i];
      if (module === undefined || module instanceof Error) throw new Error(`${name}: ${String(module)}`);
      const plan = (module as { fieldPlan?: FieldPlan }).fieldPlan;
      expect(plan, name).toBeDefined();
      const planned = fieldsFromPlan(plan as FieldPlan);
      const compiled = compileSchema(schemas[name]);
      const docs: unknown[] = [{}, undefined, null, 'x', []];
      if (name === 'residence')
        docs.push(read('residence-application.valid.json'), read('residence-application.invalid.json'));
      for (const d of docs) {
        expect(planned.activeAndRequiredFields(d), name).toEqual(compiled.activeAndRequiredFields(d));
        for (const p of pointersOf(d)) expect(planned.conditionsRead(p), p).toBe(compiled.conditionsRead(p));
      }
      fc.assert(
        fc.property(dataFor(schemas[name]), (d) => {
          expect(planned.activeAndRequiredFields(d)).toEqual(compiled.activeAndRequiredFields(d));
          for (const p of pointersOf(d)) expect(planned.conditionsRead(p)).toBe(compiled.conditionsRead(p));
        }),
        { numRuns: 300, seed: 18 },
      );
    });
  }, 120_000);

  it('answers the residence form’s conditions: the housing owner, the fee exemption', async () => {
    const [module] = await precompileAll([residence], { fieldPlan: true });
    const plan = (module as { fieldPlan?: FieldPlan }).fieldPlan as FieldPlan;
    const { active, required } = fieldsFromPlan(plan).activeAndRequiredFields({
      housing: { ownership: 'renter' },
      fees: { exempt: true },
    });
    expect(required).toContain('/housing/ownerName');
    expect(required).toContain('/fees/exemptionReason');
    expect(required).not.toContain('/fees/paymentChannel');
    expect(active).toContain('/housing/ownerConsent');
    expect(fieldsFromPlan(plan).conditionsRead('/housing/ownership')).toBe(true);
    expect(fieldsFromPlan(plan).conditionsRead('/applicant/fullName')).toBe(false);
  });

  it('is left out by default, without conditions, and when a condition is more than the plan decides', () => {
    expect(buildValidatorModule(residence).code).not.toContain('"q":');
    const plain = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] };
    expect(buildValidatorModule(plain, { fieldPlan: true }).code).not.toContain('"p":');
    const pattern = {
      type: 'object',
      properties: { a: { type: 'string' }, b: {} },
      if: { properties: { a: { pattern: '^x' } } },
      then: { required: ['b'] },
    };
    expect(buildValidatorModule(pattern, { fieldPlan: true }).code).not.toContain('"p":');
    expect(buildValidatorModule(residence, { fieldPlan: true }).code).toContain('"q":');
  });
});
