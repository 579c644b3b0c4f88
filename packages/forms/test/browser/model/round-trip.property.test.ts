/**
 * The rule "nothing given is lost", as a property: for generated (schema, valid data) pairs, a
 * mounted `<dvc-form>` submits exactly the data it was given, and names in `detail.unshown` the
 * values it keeps without a field to show them (keys the schema does not declare). The schemas mix
 * leaves, objects, `oneOf`/`anyOf` choices, tuples (`prefixItems` and draft-07 `items: [...]`), open
 * objects (`additionalProperties`, `patternProperties`) and recursive `$ref`s.
 */
import fc from 'fast-check';
import { compileSchema } from '@dvc-kit/validation';
import { afterEach, describe, expect, it } from 'vitest';
import type { DvcSubmitDetail } from '../../../src/events/submit.js';
import { mountForm } from '../helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A schema and a valid value of it (`undefined`: the key is left out); `defs` go to the root's `$defs`. */
interface Case {
  schema: Record<string, unknown>;
  value: Json | undefined;
  defs?: Record<string, unknown>;
}

const NAMES = [
  'fullName',
  'birthDate',
  'note',
  'count',
  'agree',
  'kind',
  'tags',
  'address',
  'items',
  'postal_code',
];

const text = fc.string({ maxLength: 8 });
const leaf: fc.Arbitrary<Case> = fc.oneof(
  fc.record({ schema: fc.constant({ type: 'string' }), value: fc.option(text, { nil: undefined }) }),
  fc.record({
    schema: fc.constant({ type: 'integer' }),
    value: fc.option(fc.integer({ min: -9999, max: 9999 }), { nil: undefined }),
  }),
  fc.record({
    schema: fc.constant({ type: 'number' }),
    value: fc.option(
      fc.integer({ min: -99999, max: 99999 }).map((n) => (n === 0 ? 0 : n / 100)),
      { nil: undefined },
    ),
  }),
  fc.record({ schema: fc.constant({ type: 'boolean' }), value: fc.option(fc.boolean(), { nil: undefined }) }),
  fc.constantFrom('a', 'b', 'c').chain((v) =>
    fc.record({
      schema: fc.constant({ type: 'string', enum: ['a', 'b', 'c'] }),
      value: fc.option(fc.constant(v), { nil: undefined }),
    }),
  ),
  fc.record({
    schema: fc.constant({ type: 'array', items: { type: 'string' } }),
    value: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }),
  }),
);

function objectOf(fields: fc.Arbitrary<Case>): fc.Arbitrary<Case> {
  return fc
    .uniqueArray(fc.tuple(fc.constantFrom(...NAMES), fields), {
      minLength: 1,
      maxLength: 4,
      selector: ([n]) => n,
    })
    .map((entries) => {
      const properties: Record<string, unknown> = {};
      const value: Record<string, Json> = {};
      let defs: Record<string, unknown> | undefined;
      for (const [name, c] of entries) {
        properties[name] = c.schema;
        if (c.value !== undefined) value[name] = c.value;
        if (c.defs !== undefined) defs = { ...defs, ...c.defs };
      }
      return { schema: { type: 'object', properties }, value, ...(defs === undefined ? {} : { defs }) };
    });
}

/** `oneOf` (or `anyOf`) two object shapes told apart by a `const` discriminator, with data of one of them. */
function choiceOf(fields: fc.Arbitrary<Case>, keyword: 'oneOf' | 'anyOf' = 'oneOf'): fc.Arbitrary<Case> {
  return fc.tuple(objectOf(fields), objectOf(fields), fc.boolean()).map(([a, b, second]) => {
    const branch = (c: Case, kind: string): Record<string, unknown> => ({
      title: kind === 'home' ? 'Trong nước' : 'Nước ngoài',
      type: 'object',
      properties: { ...(c.schema['properties'] as object), type: { const: kind } },
      required: ['type'],
    });
    const chosen = second ? b : a;
    return {
      schema: { [keyword]: [branch(a, 'home'), branch(b, 'abroad')] },
      value: { ...(chosen.value as Record<string, Json>), type: second ? 'abroad' : 'home' },
    };
  });
}

/** A tuple: `prefixItems` (2020-12) or `items: [...]` (draft-07), each position typed, all given. */
const tuple: fc.Arbitrary<Case> = fc
  .tuple(text, fc.integer({ min: -99, max: 99 }), fc.boolean(), fc.boolean())
  .map(([t, n, b, draft7]) => {
    const positions = [{ type: 'string' }, { type: 'integer' }, { type: 'boolean' }];
    return {
      schema: draft7
        ? { type: 'array', items: positions, additionalItems: false }
        : { type: 'array', prefixItems: positions, items: false },
      value: [t, n, b],
    };
  });

/** An open object: integers under `additionalProperties`, or texts under a `patternProperties` key. */
const open: fc.Arbitrary<Case> = fc.oneof(
  fc.dictionary(fc.constantFrom('toan', 'van', 'anh'), fc.integer({ min: 0, max: 10 })).map((scores) => ({
    schema: {
      type: 'object',
      properties: { name: { type: 'string' } },
      additionalProperties: { type: 'integer' },
    },
    value: scores,
  })),
  fc
    .dictionary(
      fc.constantFrom('s_a', 's_b'),
      text.filter((t) => t !== ''),
    )
    .map((texts) => ({
      schema: {
        type: 'object',
        patternProperties: { '^s_': { type: 'string' } },
        additionalProperties: false,
      },
      value: texts,
    })),
);

/** A recursive `$ref`: a node with a label and an optional child node, nested up to three deep. */
const recursive: fc.Arbitrary<Case> = fc.array(text, { minLength: 1, maxLength: 3 }).map((labels) => {
  let value: Json | undefined;
  for (const label of labels.reverse()) value = value === undefined ? { label } : { label, child: value };
  return {
    schema: { $ref: '#/$defs/node' },
    value,
    defs: {
      node: {
        type: 'object',
        properties: { label: { type: 'string' }, child: { $ref: '#/$defs/node' } },
      },
    },
  };
});

const field: fc.Arbitrary<Case> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: objectOf(leaf) },
  { weight: 1, arbitrary: choiceOf(leaf) },
  { weight: 1, arbitrary: choiceOf(leaf, 'anyOf') },
  { weight: 1, arbitrary: tuple },
  { weight: 1, arbitrary: open },
  { weight: 1, arbitrary: recursive },
  {
    weight: 1,
    arbitrary: objectOf(leaf).chain((item) =>
      fc.constant<Case>({ schema: { type: 'array', items: item.schema }, value: [item.value as Json] }),
    ),
  },
);

const extra: fc.Arbitrary<Json> = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('x', 'y'), text),
);

const cases = fc.tuple(
  objectOf(field),
  fc.dictionary(fc.constantFrom('legacyId', 'x-source', 'meta'), extra),
);

async function submitted(
  schema: unknown,
  data: Record<string, unknown>,
): Promise<DvcSubmitDetail | undefined> {
  const form = await mountForm(schema, { data });
  let detail: DvcSubmitDetail | undefined;
  form.addEventListener('dvc-submit', (e) => (detail = e.detail), { once: true });
  await form.submit();
  form.remove();
  return detail;
}

describe('nothing given is lost', () => {
  it('submits exactly the valid data a form was given, 120 generated (schema, data) pairs (oneOf, anyOf, tuples, open objects, recursive $ref), undeclared keys reported as unshown', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ([c, extras]) => {
        const data = { ...(c.value as Record<string, Json>), ...extras };
        const schema = c.defs === undefined ? c.schema : { ...c.schema, $defs: c.defs };
        expect(compileSchema(schema).validate(data).ok).toBe(true);
        const detail = await submitted(schema, data);
        expect(detail?.data).toEqual(data);
        expect(detail?.unshown).toEqual(Object.keys(extras).map((k) => `/${k}`));
      }),
      { numRuns: 120 },
    );
  }, 180_000);
});
