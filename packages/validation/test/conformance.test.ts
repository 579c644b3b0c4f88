/**
 * Runs the official JSON Schema Test Suite (draft 2020-12 and draft-07, required tests) against
 * `compileSchema`. The suite is vendored under test/fixtures/json-schema-test-suite (MIT, see its
 * LICENSE); the draft-07 files were copied from upstream commit 44401e0c.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';
import { conformanceSkips, draft7Skips, formatSkips } from './conformance-skips.js';

interface SuiteTest {
  description: string;
  data: unknown;
  valid: boolean;
}
interface SuiteGroup {
  description: string;
  schema: unknown;
  tests: SuiteTest[];
}

const here = dirname(fileURLToPath(import.meta.url));
const suite = join(here, 'fixtures/json-schema-test-suite');
const testsDir = join(suite, 'tests/draft2020-12');
// optional/format holds the format files run with assertions on (date, date-time, time, email, uri, uri-reference, uuid, ipv4).

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The suite's remotes, keyed by the URLs the tests use, plus the 2020-12 metaschemas (from Ajv's copy). */
function loadRemotes(): Record<string, unknown> {
  const remotes: Record<string, unknown> = {};
  const root = join(suite, 'remotes');
  for (const file of listFiles(root)) {
    if (!file.endsWith('.json')) continue;
    remotes[`http://localhost:1234/${relative(root, file).split('\\').join('/')}`] = JSON.parse(
      readFileSync(file, 'utf8'),
    );
  }
  const require = createRequire(import.meta.url);
  const metaDir = dirname(require.resolve('ajv/dist/refs/json-schema-2020-12/schema.json'));
  for (const file of listFiles(metaDir)) {
    if (!file.endsWith('.json')) continue;
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { $id: string };
    remotes[doc.$id] = doc;
  }
  const draft7 = JSON.parse(
    readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-07.json'), 'utf8'),
  ) as {
    $id: string;
  };
  remotes[draft7.$id.replace(/#$/, '')] = draft7;
  return remotes;
}

const remotes = loadRemotes();

interface Tally {
  total: number;
  passed: number;
  skipped: number;
  failures: string[];
}

/** Runs every suite file of `dir` with `options`; cases failing without a skip entry are failures. */
function run(
  dir: string,
  options: Parameters<typeof compileSchema>[1],
  skips: Record<string, string>,
): Tally {
  const tally: Tally = { total: 0, passed: 0, skipped: 0, failures: [] };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const name = file.replace(/\.json$/, '');
    const groups = JSON.parse(readFileSync(join(dir, file), 'utf8')) as SuiteGroup[];
    for (const group of groups) {
      let validator: ReturnType<typeof compileSchema> | undefined;
      let compileError: unknown;
      try {
        validator = compileSchema(group.schema, options);
      } catch (e) {
        compileError = e;
      }
      for (const t of group.tests) {
        tally.total++;
        const id = `${name}/${group.description}/${t.description}`;
        const skip = skips[name] ?? skips[`${name}/${group.description}`] ?? skips[id];
        const ok = validator !== undefined && validator.validate(t.data).ok === t.valid;
        if (ok) tally.passed++;
        else if (skip !== undefined) tally.skipped++;
        else
          tally.failures.push(
            `${id}${compileError instanceof Error ? ` (compile: ${compileError.message})` : ''}`,
          );
      }
    }
  }
  return tally;
}

const pct = (t: Tally): string => ((t.passed / t.total) * 100).toFixed(1);

// Required tests: default options (unknown keywords are errors) except that `format` is an
// annotation, as the 2020-12 default the suite tests.
const required = run(testsDir, { remotes, formatMode: 'annotate' }, conformanceSkips);
const formats = run(join(testsDir, 'optional/format'), { remotes }, formatSkips);

// The suite's draft-07 schemas carry no $schema: the `dialect` option says what a schema without
// one is (as `$schema: draft-07` would), so `$ref` overrides its siblings.
const draft7 = run(
  join(suite, 'tests/draft7'),
  { remotes, formatMode: 'annotate', dialect: 'draft-07' },
  draft7Skips,
);

describe('JSON Schema Test Suite, draft-07', () => {
  it(`required: passes ${draft7.passed}/${draft7.total} (${pct(draft7)}%), ${draft7.skipped} skipped with reasons`, () => {
    expect(draft7.total).toBeGreaterThan(900);
    expect(draft7.failures, `unexpected failures:\n${draft7.failures.join('\n')}`).toEqual([]);
  });

  it('every skip entry names a case that exists and still fails', () => {
    expect(Object.keys(draft7Skips).length).toBe(draft7.skipped);
  });
});

describe('JSON Schema Test Suite, draft 2020-12', () => {
  it(`required: passes ${required.passed}/${required.total} (${pct(required)}%), ${required.skipped} skipped with reasons`, () => {
    expect(required.total).toBe(1299);
    expect(required.failures, `unexpected failures:\n${required.failures.join('\n')}`).toEqual([]);
    expect(required.passed / required.total).toBeGreaterThanOrEqual(0.95);
  });

  it(`optional formats (asserted): passes ${formats.passed}/${formats.total} (${pct(formats)}%), ${formats.skipped} skipped with reasons`, () => {
    expect(formats.failures, `unexpected failures:\n${formats.failures.join('\n')}`).toEqual([]);
  });

  it('every skip entry names a case that exists and still fails', () => {
    expect(Object.keys(conformanceSkips).length).toBe(required.skipped);
    expect(Object.keys(formatSkips).length).toBe(formats.skipped);
  });
});
