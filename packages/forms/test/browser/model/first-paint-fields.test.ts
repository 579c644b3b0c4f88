/**
 * The store's answer before the validator is there (which fields apply and must be filled at the
 * first paint) comes from the field tree (`firstPaintFields`), not from a second walk of the schema:
 * it must be validation's `unconditionalFields` over `declaredFields` for every field the form
 * shows, over every reference procedure (its valid sample, and a new empty form) and generated
 * schemas (groups, `required` in `allOf` and `$ref`s, conditions, choices, lists, tuples).
 */
import fc from 'fast-check';
import { procedureDefinitions, procedureSamples } from '@dvc-kit/procedures';
import { declaredFields, unconditionalFields } from '@dvc-kit/validation';
import { describe, expect, it } from 'vitest';
import { firstPaintFields } from '../../../src/internal/form-first-paint.js';
import { buildFormModel, type FormModel } from '../../../src/internal/form-model.js';
import { FormStore } from '../../../src/internal/form-store.js';

/** The pointers a layout places (a plain schema's form shows every declared field). */
function placedRoots(definition: unknown): string[] | undefined {
  const layout = (definition as { layout?: { steps: { sections: { fields: string[] }[] }[] } }).layout;
  return layout?.steps.flatMap((s) => s.sections.flatMap((x) => x.fields));
}

/** Both answers for `data` (as the store holds it: groups there, a new form's defaults), as sorted lists. */
function answers(
  definition: unknown,
  data: Record<string, unknown>,
  fresh = false,
): { tree: { active: string[]; required: string[] }; index: { active: string[]; required: string[] } } {
  const model: FormModel = buildFormModel(definition);
  const store = new FormStore(model);
  store.load(structuredClone(data), fresh);
  const index = declaredFields(model.dataSchema);
  const placed = placedRoots(definition);
  // What the form shows: fields under a placed one (a procedure), never an open object's extra members.
  const shown = (pointer: string): boolean => {
    const field = index.fieldAt(pointer);
    if (field === undefined || field.pointer.split('/').includes('*')) return false;
    return placed === undefined || placed.some((p) => pointer === p || pointer.startsWith(`${p}/`));
  };
  const expected = unconditionalFields(index, store.data);
  const got = firstPaintFields(model.context, store.fields(), store.data);
  const sorted = (list: string[]): string[] => [...new Set(list)].sort();
  return {
    tree: { active: sorted(got.active), required: sorted(got.required) },
    index: {
      active: sorted(expected.active.filter(shown)),
      required: sorted(expected.required.filter(shown)),
    },
  };
}

describe("the first paint's fields (from the field tree) equal validation's unconditional fields", () => {
  it.each(procedureDefinitions.map((d) => [d.slug, d] as const))('on %s', (slug, definition) => {
    const valid = procedureSamples(slug).valid as Record<string, unknown>;
    const filled = answers(definition, valid);
    expect(filled.tree).toEqual(filled.index);
    expect(filled.tree.required.length).toBeGreaterThan(0);
    const empty = answers(definition, {}, true);
    expect(empty.tree).toEqual(empty.index);
  });

  type Schema = Record<string, unknown>;
  const NAMES = ['a', 'b', 'c', 'd'];
  const leaf: fc.Arbitrary<Schema> = fc.constantFrom<Schema>(
    { type: 'string' },
    { type: 'integer' },
    { type: 'boolean' },
    { type: 'string', enum: ['x', 'y'] },
  );
  const { node } = fc.letrec<{ node: Schema; object: Schema }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      leaf,
      tie('object'),
      fc.record({ type: fc.constant('array'), items: tie('object') }),
      fc.record({ type: fc.constant('array'), prefixItems: fc.tuple(leaf, tie('object')) }),
      fc.constant<Schema>({ $ref: '#/$defs/shared' }),
    ),
    object: fc
      .record({
        properties: fc.dictionary(fc.constantFrom(...NAMES), tie('node'), { maxKeys: 3 }),
        required: fc.subarray(NAMES),
        inAllOf: fc.subarray(NAMES),
        condition: fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
        choice: fc.boolean(),
      })
      .map(({ properties, required, inAllOf, condition, choice }) => {
        const schema: Schema = { type: 'object', properties, required };
        const parts: Schema[] = [];
        if (inAllOf.length > 0) parts.push({ required: inAllOf });
        if (condition !== undefined)
          parts.push({
            if: { properties: { [condition]: { const: 'x' } }, required: [condition] },
            then: { properties: { onlyX: { type: 'string' } }, required: ['onlyX'] },
          });
        if (parts.length > 0) schema['allOf'] = parts;
        if (choice)
          schema['oneOf'] = [
            { title: 'One', properties: { one: { type: 'string' } }, required: ['one'] },
            { title: 'Two', properties: { two: { type: 'integer' } } },
          ];
        return schema;
      }),
  }));
  const shared = fc.record({
    type: fc.constant('object'),
    properties: fc.dictionary(fc.constantFrom(...NAMES), leaf, { maxKeys: 3 }),
    required: fc.subarray(NAMES),
  });
  /** A value of the shape `schema` declares, members and items there or not, as `g` picks. */
  function valueOf(schema: Schema, g: fc.GeneratorValue, defs: Schema, depth = 0): unknown {
    if (schema['$ref'] !== undefined) return valueOf(defs, g, defs, depth + 1);
    if (schema['type'] === 'array') {
      const each = (i: number): unknown => {
        const tuple = schema['prefixItems'] as Schema[] | undefined;
        return valueOf(tuple?.[i] ?? (schema['items'] as Schema | undefined) ?? {}, g, defs, depth + 1);
      };
      return Array.from({ length: g(fc.nat, { max: 3 }) }, (_, i) => each(i));
    }
    if (schema['type'] === 'object') {
      const out: Record<string, unknown> = {};
      const properties = { onlyX: {}, one: {}, ...(schema['properties'] as Record<string, Schema>) };
      for (const [name, sub] of Object.entries(properties))
        if (depth < 6 && g(fc.boolean)) out[name] = valueOf(sub, g, defs, depth + 1);
      return out;
    }
    return g(fc.constantFrom, 'x', 'y', 1, true);
  }

  it('on generated schemas and data', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...NAMES), node, { minKeys: 1, maxKeys: 4 }),
        fc.subarray(NAMES),
        shared,
        fc.gen(),
        (properties, required, def, g) => {
          const schema = { type: 'object', properties, required, $defs: { shared: def } };
          const value = valueOf(schema, g, def) as Record<string, unknown>;
          const got = answers(schema, value);
          expect(got.tree).toEqual(got.index);
        },
      ),
      { numRuns: 300 },
    );
  });
});
