/**
 * Differential test: random (schema, data) pairs from the supported JSON Schema 2020-12 subset must
 * get the same verdict from `compileSchema` as from Ajv 2020 (allErrors, ajv-formats), and the same
 * issue lists (pointer, code, params, message), and the same issues from the zod face (`toZod`),
 * whether zod runs with its JIT or jitless.
 *
 * The compiled validator does not build zod object schemas (its zod face is one zod/mini refinement),
 * so zod's `jitless` switch cannot change its output today; that half guards against a future
 * compiler that does.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileSchema, type ValidationIssue } from '@dvc-kit/validation';
import { referenceAjv } from './differential/ajv.js';
import { dataArb } from './differential/data-arb.js';
import { rootSchemaArb } from './differential/schema-arb.js';

/**
 * Schemas per run, and data documents per schema: 650 × 16 = 10 400 pairs (at least 10 000
 * compared). `DIFFERENTIAL_RUNS=20000` (and `DIFFERENTIAL_DEPTH=3`, default 2) make a longer, deeper
 * soak run locally; `DIFFERENTIAL_STATS=1` prints the counts.
 */
const RUNS = Math.max(650, Number(process.env['DIFFERENTIAL_RUNS'] ?? 0));
const DATA_PER_SCHEMA = 16;

const DEPTH = Number(process.env['DIFFERENTIAL_DEPTH'] ?? 2);

const pairs = rootSchemaArb(DEPTH).chain((schema) =>
  fc.tuple(
    fc.constant(schema),
    fc.array(dataArb(schema), { minLength: DATA_PER_SCHEMA, maxLength: DATA_PER_SCHEMA }),
  ),
);

const show = (v: unknown): string => JSON.stringify(v);

/** The keywords the generator must keep producing (the supported subset under test). */
const KEYWORDS = [
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'items',
  'prefixItems',
  'contains',
  'minContains',
  'maxContains',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
  '$ref',
];

/** Counts the keywords used anywhere in a schema (property names and pattern keys excluded). */
function countKeywords(schema: unknown, into: Map<string, number>): void {
  if (Array.isArray(schema)) for (const s of schema) countKeywords(s, into);
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return;
  for (const [k, v] of Object.entries(schema as Record<string, unknown>)) {
    into.set(k, (into.get(k) ?? 0) + 1);
    if (k === 'enum' || k === 'const' || k === 'required' || k === 'dependentRequired') continue;
    const maps = k === 'properties' || k === 'patternProperties' || k === 'dependentSchemas' || k === '$defs';
    if (maps && typeof v === 'object' && v !== null)
      for (const sub of Object.values(v as Record<string, unknown>)) countKeywords(sub, into);
    else countKeywords(v, into);
  }
}

/** Validates every document with zod's JIT on, then off, restoring the caller's setting. */
/** What one document yields: the issue list of `validate` and the issues of the zod face. */
interface Outcome {
  issues: ValidationIssue[] | null;
  zod: { path: PropertyKey[]; message: string }[];
}

/** Validates every document with zod's JIT on or off, restoring the caller's setting. */
function outcomesUnder(jitless: boolean, schema: unknown, data: unknown[]): Outcome[] {
  const before = z.config().jitless;
  z.config({ jitless });
  try {
    const validator = compileSchema(schema);
    return data.map((d, i) => {
      const locale = i % 2 === 0 ? 'vi' : 'en';
      const r = validator.validate(d, { locale });
      const face = validator.toZod(locale).safeParse(d);
      const zod = face.success
        ? []
        : face.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
      return { issues: r.ok ? null : r.issues, zod };
    });
  } finally {
    z.config({ jitless: before === true });
  }
}

describe('differential: compileSchema vs Ajv 2020', () => {
  const seen = { pairs: 0, valid: 0, compared: 0, ajvCrashes: 0 };
  const keywords = new Map<string, number>();
  const ajv = referenceAjv();

  afterAll(() => {
    // Keep Ajv's schema cache from growing across test files in the same worker.
    ajv.removeSchema();
  });

  it(
    `agrees on validity for ${RUNS * DATA_PER_SCHEMA} random pairs, and jitless does not change the issues`,
    () => {
      fc.assert(
        fc.property(pairs, ([schema, data]) => {
          const ours = compileSchema(schema);
          const reference = ajv.compile(schema);
          for (const d of data) {
            const r = ours.validate(d);
            let expected: boolean;
            try {
              expected = reference(d);
            } catch {
              // Ajv 8.20 bug: its generated code throws (TypeError: Cannot set properties of undefined)
              // when `patternProperties` sits beside an `anyOf` branch with `additionalProperties`, e.g.
              // {"patternProperties":{"^x":{}},"anyOf":[{"additionalProperties":false}]} on {"xa":1}.
              // No reference verdict: the pair is not compared (the jitless check below still runs).
              seen.ajvCrashes++;
              continue;
            }
            seen.compared++;
            if (r.ok !== expected) {
              throw new Error(
                [
                  `compileSchema says ${r.ok ? 'valid' : 'invalid'}, Ajv says ${expected ? 'valid' : 'invalid'}`,
                  `schema: ${show(schema)}`,
                  `data:   ${show(d)}`,
                  `ours:   ${r.ok ? '[]' : show(r.issues.map((i) => [i.pointer, i.code, i.params]))}`,
                  `ajv:    ${show(reference.errors?.map((e) => [e.instancePath, e.keyword, e.params]) ?? [])}`,
                ].join('\n'),
              );
            }
          }
          const jit = outcomesUnder(false, schema, data);
          const jitless = outcomesUnder(true, schema, data);
          expect(jitless, `issues differ with zod jitless for schema ${show(schema)}`).toStrictEqual(jit);
          seen.pairs += data.length;
          countKeywords(schema, keywords);
          seen.valid += jit.filter((o) => o.issues === null).length;
        }),
        { numRuns: RUNS },
      );
      expect(seen.compared).toBeGreaterThanOrEqual(10_000);
      // Every keyword of the subset keeps turning up (at least in 2% of the schemas).
      const rare = KEYWORDS.filter((k) => (keywords.get(k) ?? 0) < RUNS * 0.02);
      expect(rare, 'keywords the generator (almost) never produced').toEqual([]);
      expect(seen.ajvCrashes / seen.pairs, 'share of pairs Ajv crashed on').toBeLessThan(0.02);
      // The generator aims data at the schema's constraints: both verdicts must stay common.
      const validShare = seen.valid / seen.pairs;
      if (process.env['DIFFERENTIAL_STATS'] !== undefined)
        console.info('differential', seen, Object.fromEntries(keywords));
      expect(validShare, `valid share ${validShare.toFixed(3)}`).toBeGreaterThanOrEqual(0.2);
      expect(validShare, `valid share ${validShare.toFixed(3)}`).toBeLessThanOrEqual(0.8);
    },
    60_000 + RUNS * 40,
  );
});
