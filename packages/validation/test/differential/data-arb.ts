/**
 * Data aimed at a schema: values at and around its bounds, members of its enums and their near
 * misses, strings that do and do not match its patterns and formats, objects with and without its
 * required and declared properties, arrays around its item counts. Both outcomes stay common, so the
 * differential test exercises the failing paths as much as the passing ones.
 */
import fc from 'fast-check';
import { NAMES, TREE, VALUES, type Schema } from './schema-arb.js';

type Obj = Record<string, unknown>;

/** Samples around each generated pattern (matching and not). */
const PATTERN_SAMPLES: Record<string, string[]> = {
  '^a': ['a', 'ab', 'ba', 'A'],
  b$: ['b', 'ab', 'ba', 'B'],
  '^[a-c]+$': ['abc', 'c', 'abd', ''],
  '\\d': ['1', 'a1', 'ab', '٣'],
  '^x': ['x', 'xa', 'ax', 'X'],
  '^.{2,3}$': ['ab', 'abc', 'abcd', 'a😀', '😀😀😀'],
  '[A-Z]': ['A', 'aB', 'ab', 'É'],
  '^$': ['', ' ', 'a'],
};

/** Valid and invalid samples of each generated format (kept away from known Ajv/format-table differences). */
const FORMAT_SAMPLES: Record<string, { ok: string[]; bad: string[] }> = {
  date: {
    ok: ['2024-02-29', '2025-12-31', '2000-01-01'],
    bad: ['2023-02-29', '2025-13-01', '2025-04-31', '20250101', '2025-1-01'],
  },
  email: {
    ok: ['a@b.vn', 'nguyen.van.a@example.com', 'x_1@mail.gov.vn'],
    bad: ['a@b', '@b.vn', 'a..b@c.vn', 'a b@c.vn', '.a@b.vn'],
  },
  uuid: {
    ok: ['123e4567-e89b-12d3-a456-426614174000', '123E4567-E89B-12D3-A456-426614174000'],
    bad: ['123e4567e89b12d3a456426614174000', '123e4567-e89b-12d3-a456-42661417400g'],
  },
};

/** Strings every string schema is tried with, besides its own pattern and format samples. */
const STRINGS = [
  '',
  ' ',
  'a',
  'b',
  'ab',
  'ba',
  'abc',
  'abcd',
  'abcde',
  'xa',
  'x1',
  'A',
  'aB',
  '1',
  'é',
  'a😀',
  '😀😀😀',
];

/**
 * Picks mostly from the candidates the schema's local constraints accept, sometimes from the others:
 * composed into objects and arrays, leaves that are valid 3 times in 4 keep both verdicts common.
 */
function biased<T>(candidates: T[], ok: (c: T) => boolean): fc.Arbitrary<T> {
  const good = candidates.filter(ok);
  const bad = candidates.filter((c) => !ok(c));
  const options: fc.WeightedArbitrary<T>[] = [];
  if (good.length > 0) options.push({ arbitrary: fc.constantFrom(...good), weight: 3 });
  if (bad.length > 0) options.push({ arbitrary: fc.constantFrom(...bad), weight: 1 });
  return fc.oneof(...options);
}

const CHARS = ['a', 'b', 'c', 'x', '1', 'A', 'é', '😀', ' '];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

const wildCache = new Map<number, fc.Arbitrary<unknown>>();

/** Small random JSON, unrelated to the schema (built once per depth). */
export function wild(depth: number): fc.Arbitrary<unknown> {
  const cached = wildCache.get(depth);
  if (cached !== undefined) return cached;
  const scalar = fc.oneof(
    fc.constantFrom<unknown>(...VALUES, 0.5, -2, 3, 'xa', 'ab', 'abc', '2025-01-01'),
    fc.integer({ min: -6, max: 6 }),
    fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 4 }),
  );
  let arb = scalar;
  if (depth > 0) {
    const inner = wild(depth - 1);
    arb = fc.oneof(
      { arbitrary: scalar, weight: 4 },
      { arbitrary: fc.array(inner, { maxLength: 3 }), weight: 1 },
      {
        arbitrary: fc.dictionary(fc.constantFrom(...NAMES), inner, { maxKeys: 3, noNullPrototype: true }),
        weight: 1,
      },
    );
  }
  wildCache.set(depth, arb);
  return arb;
}

/** JSON values that differ from `v` only a little: another type with the same look, a changed member. */
function nearMiss(v: unknown): fc.Arbitrary<unknown> {
  const options: unknown[] = [];
  if (typeof v === 'number') options.push(String(v), v + 1, v + 0.5);
  if (typeof v === 'string') options.push(v + 'a', v.slice(1), Number(v));
  if (typeof v === 'boolean') options.push(!v, v ? 1 : 0);
  if (v === null) options.push(false, 'null');
  if (Array.isArray(v)) {
    const list = v as unknown[];
    options.push([...list, 1], list.slice(1), [...list].reverse());
  }
  if (isObj(v)) options.push({ ...v, b: 1 }, {}, { a: 2 });
  const finite = options.filter((x) => typeof x !== 'number' || Number.isFinite(x));
  return finite.length === 0 ? fc.constant(v) : fc.constantFrom(...finite);
}

/** Mostly `values` themselves, sometimes a near miss of one of them. */
function membersOrMisses(values: unknown[]): fc.Arbitrary<unknown> {
  const members = fc.constantFrom(...values);
  return fc.oneof({ arbitrary: members, weight: 3 }, { arbitrary: members.chain(nearMiss), weight: 1 });
}

function codePoints(s: string): number {
  return Array.from(s).length;
}

function stringNear(s: Obj): fc.Arbitrary<unknown> {
  const min = num(s['minLength']) ?? 0;
  const max = num(s['maxLength']) ?? Infinity;
  const pattern = typeof s['pattern'] === 'string' ? s['pattern'] : undefined;
  const re = pattern === undefined ? undefined : new RegExp(pattern, 'u');
  const format = typeof s['format'] === 'string' ? FORMAT_SAMPLES[s['format']] : undefined;
  const pool = [
    ...STRINGS,
    ...(pattern === undefined ? [] : (PATTERN_SAMPLES[pattern] ?? [])),
    ...(format === undefined ? [] : [...format.ok, ...format.bad]),
  ];
  const ok = (c: string): boolean =>
    codePoints(c) >= min &&
    codePoints(c) <= max &&
    (re === undefined || re.test(c)) &&
    (format === undefined || format.ok.includes(c));
  return fc.oneof(
    { arbitrary: biased([...new Set(pool)], ok), weight: 6 },
    { arbitrary: fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 5 }), weight: 1 },
  );
}

function numberNear(s: Obj, integer: boolean): fc.Arbitrary<unknown> {
  const points = new Set<number>([0, 1, -1, 2, 0.5, -3, 5]);
  for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
    const b = num(s[k]);
    if (b !== undefined) for (const d of [-1, -0.5, 0, 0.5, 1, 2]) points.add(b + d);
  }
  const m = num(s['multipleOf']);
  if (m !== undefined) for (let k = -3; k <= 4; k++) points.add(m * k);
  const bound = (k: string, pass: (v: number, b: number) => boolean) => (v: number) => {
    const b = num(s[k]);
    return b === undefined || pass(v, b);
  };
  const checks = [
    bound('minimum', (v, b) => v >= b),
    bound('maximum', (v, b) => v <= b),
    bound('exclusiveMinimum', (v, b) => v > b),
    bound('exclusiveMaximum', (v, b) => v < b),
    (v: number) => m === undefined || Number.isInteger(v / m),
    (v: number) => !integer || Number.isInteger(v),
  ];
  return fc.oneof(
    { arbitrary: biased([...points], (v) => checks.every((c) => c(v))), weight: 6 },
    { arbitrary: fc.integer({ min: -6, max: 8 }), weight: 1 },
  );
}

function objectNear(s: Obj, ctx: Ctx, depth: number): fc.Arbitrary<unknown> {
  const props = isObj(s['properties']) ? s['properties'] : {};
  const required = new Set(Array.isArray(s['required']) ? (s['required'] as string[]) : []);
  const patterns = isObj(s['patternProperties']) ? Object.entries(s['patternProperties']) : [];
  const additional = s['additionalProperties'];
  const entries = NAMES.map((name) => {
    const declared = Object.hasOwn(props, name);
    const matching = patterns.filter(([p]) => new RegExp(p, 'u').test(name)).map(([, sub]) => sub as Schema);
    let value: fc.Arbitrary<unknown>;
    if (declared) value = near(props[name] as Schema, ctx, depth - 1);
    else if (matching.length > 0) value = fc.oneof(...matching.map((sub) => near(sub, ctx, depth - 1)));
    else if (additional !== undefined && typeof additional !== 'boolean')
      value = near(additional as Schema, ctx, depth - 1);
    else value = wild(Math.min(1, depth - 1));
    const weightIn = required.has(name) ? 9 : declared || matching.length > 0 ? 5 : 1;
    const weightOut = required.has(name) ? 1 : declared ? 5 : 6;
    return fc.oneof(
      { arbitrary: value.map((v) => [name, v] as const), weight: weightIn },
      { arbitrary: fc.constant(null), weight: weightOut },
    );
  });
  return fc.tuple(...entries).map((list) => {
    const out: Obj = {};
    for (const e of list) if (e !== null) out[e[0]] = e[1];
    return out;
  });
}

function arrayNear(s: Obj, ctx: Ctx, depth: number): fc.Arbitrary<unknown> {
  const prefix = Array.isArray(s['prefixItems']) ? (s['prefixItems'] as Schema[]) : [];
  const items = s['items'] as Schema | undefined;
  const contains = s['contains'] as Schema | undefined;
  const min = num(s['minItems']) ?? 0;
  const max = num(s['maxItems']) ?? 4;
  const lengths = [0, 1, 2, 3, 4, 5];
  const element = (i: number): fc.Arbitrary<unknown> => {
    const own = i < prefix.length ? (prefix[i] as Schema) : items;
    const options: fc.WeightedArbitrary<unknown>[] = [{ arbitrary: wild(Math.min(1, depth - 1)), weight: 1 }];
    if (own !== undefined) options.push({ arbitrary: near(own, ctx, depth - 1), weight: 6 });
    if (contains !== undefined) options.push({ arbitrary: near(contains, ctx, depth - 1), weight: 3 });
    return fc.oneof(...options);
  };
  return fc
    .tuple(
      biased(lengths, (n) => n >= min && n <= max),
      fc.nat(3),
    )
    .chain(([n, duplicate]) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => element(i))).map((arr) => {
        if (duplicate === 0 && arr.length >= 2 && s['uniqueItems'] === true)
          arr[arr.length - 1] = structuredClone(arr[0]);
        return arr;
      }),
    );
}

interface Ctx {
  defs: Obj;
}

const TYPE_HINTS: [string, string[]][] = [
  ['string', ['minLength', 'maxLength', 'pattern', 'format']],
  ['number', ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']],
  [
    'object',
    [
      'properties',
      'required',
      'additionalProperties',
      'patternProperties',
      'propertyNames',
      'minProperties',
      'maxProperties',
      'dependentRequired',
      'dependentSchemas',
    ],
  ],
  ['array', ['items', 'prefixItems', 'contains', 'minItems', 'maxItems', 'uniqueItems']],
];

/** The JSON types a schema object talks about: its `type`, or the types its keywords constrain. */
function typesOf(s: Obj): string[] {
  const t = s['type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t as string[];
  return TYPE_HINTS.filter(([, kws]) => kws.some((k) => Object.hasOwn(s, k))).map(([type]) => type);
}

function typed(type: string, s: Obj, ctx: Ctx, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringNear(s);
    case 'number':
      return numberNear(s, false);
    case 'integer':
      return numberNear(s, true);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'object':
      return depth > 0 ? objectNear(s, ctx, depth) : fc.constant({});
    default:
      return depth > 0 ? arrayNear(s, ctx, depth) : fc.constant([]);
  }
}

function resolve(ref: string, ctx: Ctx): Schema {
  const name = ref.slice('#/$defs/'.length);
  return name === 'tree' ? TREE : ((ctx.defs[name] ?? true) as Schema);
}

/** Values aimed at `schema` (and near misses), nested at most `depth` levels. */
export function near(schema: Schema, ctx: Ctx, depth: number): fc.Arbitrary<unknown> {
  if (typeof schema === 'boolean') return wild(Math.min(1, depth));
  const s = schema;
  const options: fc.WeightedArbitrary<unknown>[] = [{ arbitrary: wild(Math.min(1, depth)), weight: 1 }];
  const add = (arbitrary: fc.Arbitrary<unknown>, weight: number): void =>
    void options.push({ arbitrary, weight });
  if (Object.hasOwn(s, 'const')) add(membersOrMisses([s['const']]), 6);
  if (Array.isArray(s['enum']) && s['enum'].length > 0) add(membersOrMisses(s['enum'] as unknown[]), 6);
  if (typeof s['$ref'] === 'string' && depth > 0) add(near(resolve(s['$ref'], ctx), ctx, depth - 1), 4);
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = s[k];
    if (Array.isArray(list)) for (const sub of list) add(near(sub as Schema, ctx, depth), 2);
  }
  for (const k of ['not', 'if', 'then', 'else'] as const)
    if (Object.hasOwn(s, k)) add(near(s[k] as Schema, ctx, depth), 2);
  for (const type of typesOf(s)) add(typed(type, s, ctx, depth), 6);
  return fc.oneof(...options);
}

/** Values aimed at a root document produced by `rootSchemaArb`. */
export function dataArb(root: Record<string, unknown>, depth = 3): fc.Arbitrary<unknown> {
  const defs = isObj(root['$defs']) ? root['$defs'] : {};
  return near(root, { defs }, depth);
}
