/**
 * Random JSON Schema 2020-12 documents drawn from the subset the compiler supports, for the
 * differential test against Ajv. Depth is bounded; property names, patterns, formats and numbers
 * come from small pools so that the data generator (data-arb.ts) can aim values at them.
 */
import fc from 'fast-check';

export type Schema = boolean | { [keyword: string]: unknown };

/** Property names used by every generated object schema (and by the data generator). */
export const NAMES = ['a', 'b', 'c', 'xa', '1'] as const;

/**
 * Patterns for `pattern`: simple, linear, and written the same in ECMAScript with and without the
 * `u` flag (both Ajv and the compiler use `u`). Each has sample strings in data-arb.ts.
 */
export const PATTERNS = ['^a', 'b$', '^[a-c]+$', '\\d', '^x', '^.{2,3}$', '[A-Z]', '^$'] as const;

/** Patterns for `patternProperties`: matched against the names in `NAMES`. */
export const NAME_PATTERNS = ['^x', '\\d', '^[ab]$'] as const;

/** Formats asserted by both sides (ajv-formats in full mode). */
export const FORMATS = ['date', 'email', 'uuid'] as const;

/**
 * `multipleOf` values. Integers and binary fractions only: Ajv tests `x / m === parseInt(x / m)`,
 * so decimal steps such as 0.1 make it reject 0.3 (an Ajv quirk, not a compiler bug).
 */
export const MULTIPLES = [1, 2, 3, 0.5, 0.25, 1.5] as const;

/** Values for `enum` / `const`, and the seeds of near-miss data. */
export const VALUES: readonly unknown[] = [
  0,
  1,
  2,
  1.5,
  -1,
  'a',
  'b',
  '',
  '1',
  null,
  true,
  false,
  [],
  [1],
  [1, 'a'],
  {},
  { a: 1 },
  { a: '1' },
];

/** References available to every generated schema: `#/$defs/d0`, `d1` (generated) and `tree` (recursive). */
export const REFS = ['#/$defs/d0', '#/$defs/d1', '#/$defs/tree'] as const;

/** A recursive definition: an integer up to 3, or an array of at most 2 trees. */
export const TREE: Schema = {
  anyOf: [
    { type: 'integer', maximum: 3 },
    { type: 'array', maxItems: 2, items: { $ref: '#/$defs/tree' } },
  ],
};

const bound = fc.oneof(fc.integer({ min: -4, max: 6 }), fc.constantFrom(-0.5, 0.5, 2.5));
const count = (max: number): fc.Arbitrary<number> => fc.integer({ min: 0, max });
const typeName = fc.constantFrom('string', 'number', 'integer', 'boolean', 'null', 'array', 'object');
const optional: { requiredKeys: []; noNullPrototype: true } = { requiredKeys: [], noNullPrototype: true };

/**
 * A lower and an upper bound under the given keywords, each optional. Mostly coherent (upper >=
 * lower), now and then crossed, so that satisfiable and unsatisfiable ranges both occur.
 */
function range(
  low: string,
  high: string,
  lowArb: fc.Arbitrary<number>,
  span: number,
): fc.Arbitrary<Record<string, number>> {
  return fc
    .tuple(
      fc.option(lowArb, { nil: undefined }),
      fc.option(fc.integer({ min: -1, max: span }), { nil: undefined, freq: 3 }),
    )
    .map(([lo, d]) => {
      const out: Record<string, number> = {};
      if (lo !== undefined) out[low] = lo;
      if (d !== undefined) out[high] = Math.max(0, (lo ?? 0) + d);
      return out;
    });
}

/** Drops the `type` of a typed keyword group now and then, so type applicability is tested too. */
function maybeTyped(
  type: string,
  keywords: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(fc.integer({ min: 0, max: 5 }), keywords).map(([r, k]) => (r === 0 ? k : { type, ...k }));
}

const stringSchema = maybeTyped(
  'string',
  fc.oneof(
    fc.record({ format: fc.constantFrom(...FORMATS) }, { noNullPrototype: true }),
    fc
      .tuple(
        range('minLength', 'maxLength', count(3), 3),
        fc.option(fc.constantFrom(...PATTERNS), { nil: undefined }),
      )
      .map(([lengths, pattern]) => (pattern === undefined ? lengths : { ...lengths, pattern })),
  ),
);

const numberSchema = fc
  .tuple(
    fc.constantFrom('number', 'integer'),
    fc.boolean(),
    fc.boolean(),
    range('low', 'high', bound, 6),
    fc.option(fc.constantFrom(...MULTIPLES), { nil: undefined, freq: 2 }),
  )
  .chain(([type, exclusiveLow, exclusiveHigh, { low, high }, multipleOf]) => {
    const k: Record<string, number> = {};
    if (low !== undefined) k[exclusiveLow ? 'exclusiveMinimum' : 'minimum'] = low;
    if (high !== undefined)
      k[exclusiveHigh ? 'exclusiveMaximum' : 'maximum'] = high + (low === undefined ? -2 : 0);
    if (multipleOf !== undefined) k['multipleOf'] = multipleOf;
    return maybeTyped(type, fc.constant(k));
  });

const leaf: fc.Arbitrary<Schema> = fc.oneof(
  { arbitrary: stringSchema, weight: 4 },
  { arbitrary: numberSchema, weight: 4 },
  { arbitrary: fc.record({ type: typeName }, { noNullPrototype: true }), weight: 2 },
  {
    arbitrary: fc.uniqueArray(typeName, { minLength: 2, maxLength: 3 }).map((type) => ({ type })),
    weight: 1,
  },
  {
    arbitrary: fc.subarray([...VALUES], { minLength: 1, maxLength: 4 }).map((values) => ({ enum: values })),
    weight: 2,
  },
  { arbitrary: fc.constantFrom(...VALUES).map((value) => ({ const: value })), weight: 1 },
  { arbitrary: fc.constantFrom<Schema>(true, false, {}), weight: 1 },
);

const refSchema: fc.Arbitrary<Schema> = fc.constantFrom(...REFS).map((ref) => ({ $ref: ref }));

function objectSchema(sub: fc.Arbitrary<Schema>): fc.Arbitrary<Schema> {
  const names = fc.subarray([...NAMES], { maxLength: 3 });
  return maybeTyped(
    'object',
    fc
      .record(
        {
          properties: fc.dictionary(fc.constantFrom(...NAMES), sub, {
            minKeys: 1,
            maxKeys: 3,
            noNullPrototype: true,
          }),
          required: names,
          additionalProperties: fc.oneof(fc.constant(false), sub),
          patternProperties: fc.dictionary(fc.constantFrom(...NAME_PATTERNS), sub, {
            minKeys: 1,
            maxKeys: 2,
            noNullPrototype: true,
          }),
          propertyNames: fc.constantFrom<Schema>(
            { maxLength: 1 },
            { pattern: '^[a-c]' },
            { enum: ['a', 'b', 'xa'] },
            { not: { const: 'c' } },
          ),
          dependentRequired: fc.dictionary(fc.constantFrom(...NAMES), names, {
            minKeys: 1,
            maxKeys: 2,
            noNullPrototype: true,
          }),
          dependentSchemas: fc.dictionary(fc.constantFrom(...NAMES), sub, {
            minKeys: 1,
            maxKeys: 2,
            noNullPrototype: true,
          }),
        },
        optional,
      )
      .chain((k) => range('minProperties', 'maxProperties', count(3), 3).map((r) => ({ ...k, ...r }))),
  );
}

function arraySchema(sub: fc.Arbitrary<Schema>): fc.Arbitrary<Schema> {
  return maybeTyped(
    'array',
    fc
      .record(
        {
          items: sub,
          prefixItems: fc.array(sub, { minLength: 1, maxLength: 3 }),
          contains: sub,
          uniqueItems: fc.boolean(),
        },
        optional,
      )
      .chain((k) =>
        fc
          .tuple(range('minItems', 'maxItems', count(3), 3), range('minContains', 'maxContains', count(2), 2))
          .map(([a, b]) => ({ ...k, ...a, ...b })),
      )
      .map(avoidAjvArrayBugs),
  );
}

/** Narrow exclusions of Ajv 8.20 bugs (the compiler follows the spec in both cases). */
function avoidAjvArrayBugs(k: Record<string, unknown>): Record<string, unknown> {
  const out = { ...k };
  // With both `prefixItems` and `contains`, Ajv mis-evaluates `contains` under `if`/`not` on arrays
  // shorter than `prefixItems`: {"if":{"prefixItems":[{},{"type":"string"}],"contains":{"minLength":1}},
  // "else":false} accepts [""], {"not":{"prefixItems":[{"type":"string"}],"contains":{"minLength":1}}}
  // rejects [] (allErrors on or off).
  // With minItems >= prefixItems.length such arrays fail on minItems whatever Ajv does with `contains`.
  const prefix = out['prefixItems'];
  if (Array.isArray(prefix) && out['contains'] !== undefined) {
    out['minItems'] = Math.max(prefix.length, typeof out['minItems'] === 'number' ? out['minItems'] : 0);
  }
  // `uniqueItems` beside an `items` with a scalar `type` makes Ajv skip items of other types, even in
  // `prefixItems` positions: {"prefixItems":[{},{}],"items":{"type":"number"},"uniqueItems":true}
  // accepts ["a","a"]. Such schemas keep `uniqueItems` only without `prefixItems`.
  const items = out['items'];
  if (
    out['uniqueItems'] === true &&
    out['prefixItems'] !== undefined &&
    typeof items === 'object' &&
    items !== null &&
    'type' in items
  ) {
    delete out['uniqueItems'];
  }
  return out;
}

function logicSchema(sub: fc.Arbitrary<Schema>): fc.Arbitrary<Schema> {
  const list = fc.array(sub, { minLength: 1, maxLength: 3 });
  return fc.oneof(
    list.map((allOf) => ({ allOf })),
    list.map((anyOf) => ({ anyOf })),
    list.map((oneOf) => ({ oneOf })),
    sub.map((not) => ({ not })),
    fc.record({ if: sub, then: sub, else: sub }, { requiredKeys: ['if'], noNullPrototype: true }),
  );
}

/** A schema of at most `depth` levels of subschemas below it. */
export function schemaArb(depth: number): fc.Arbitrary<Schema> {
  if (depth <= 0) return fc.oneof({ arbitrary: leaf, weight: 6 }, { arbitrary: refSchema, weight: 1 });
  const sub = schemaArb(depth - 1);
  const structured = fc.oneof(objectSchema(sub), arraySchema(sub), logicSchema(sub));
  return fc.oneof(
    { arbitrary: leaf, weight: 3 },
    { arbitrary: refSchema, weight: 1 },
    { arbitrary: structured, weight: 6 },
    // Keyword families side by side (properties next to if/then, additionalProperties next to allOf, $ref with siblings...).
    {
      arbitrary: fc
        .tuple(fc.oneof(objectSchema(sub), arraySchema(sub), leaf, refSchema), logicSchema(sub))
        .map(([a, b]) => (typeof a === 'boolean' ? b : { ...a, ...(b as Record<string, unknown>) })),
      weight: 3,
    },
  );
}

/** A root document: a schema plus the `$defs` every generated `$ref` may point to. */
export function rootSchemaArb(depth: number): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(schemaArb(depth), fc.oneof(leaf, objectSchema(leaf), arraySchema(leaf)), leaf)
    .map(([body, d0, d1]) => {
      const $defs = { d0, d1, tree: TREE };
      return typeof body === 'boolean' ? { $defs, allOf: [body] } : { $defs, ...body };
    });
}
