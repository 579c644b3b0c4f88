/**
 * Runs the official JSON Schema Test Suite (draft 2020-12, required tests) against `compileSchema`.
 * The suite is vendored under test/fixtures/json-schema-test-suite (MIT, see its LICENSE).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';
import { conformanceSkips } from './conformance-skips.js';

interface SuiteTest { description: string; data: unknown; valid: boolean }
interface SuiteGroup { description: string; schema: unknown; tests: SuiteTest[] }

const here = dirname(fileURLToPath(import.meta.url));
const suite = join(here, 'fixtures/json-schema-test-suite');
const testsDir = join(suite, 'tests/draft2020-12');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The suite's remotes, keyed by the URLs the tests use, plus the 2020-12 metaschemas (from Ajv's copy). */
function loadRemotes(): Record<string, unknown> {
  const remotes: Record<string, unknown> = {};
  const root = join(suite, 'remotes');
  for (const file of listFiles(root)) {
    if (!file.endsWith('.json')) continue;
    remotes[`http://localhost:1234/${relative(root, file).split('\\').join('/')}`] = JSON.parse(readFileSync(file, 'utf8'));
  }
  const require = createRequire(import.meta.url);
  const metaDir = dirname(require.resolve('ajv/dist/refs/json-schema-2020-12/schema.json'));
  for (const file of listFiles(metaDir)) {
    if (!file.endsWith('.json')) continue;
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { $id: string };
    remotes[doc.$id] = doc;
  }
  return remotes;
}

const remotes = loadRemotes();
const files = readdirSync(testsDir).filter((f) => f.endsWith('.json')).sort();
let total = 0;
let passed = 0;
let skipped = 0;
const failures: string[] = [];

for (const file of files) {
  const name = file.replace(/\.json$/, '');
  const groups = JSON.parse(readFileSync(join(testsDir, file), 'utf8')) as SuiteGroup[];
  for (const group of groups) {
    let validator: ReturnType<typeof compileSchema> | undefined;
    let compileError: unknown;
    try {
      validator = compileSchema(group.schema, { remotes, formatMode: 'annotate', unknownKeywords: 'ignore' });
    } catch (e) {
      compileError = e;
    }
    for (const t of group.tests) {
      total++;
      const id = `${name}/${group.description}/${t.description}`;
      const skip = conformanceSkips[name] ?? conformanceSkips[`${name}/${group.description}`] ?? conformanceSkips[id];
      let ok = false;
      if (validator !== undefined) {
        const r = validator.validate(t.data);
        ok = r.ok === t.valid;
      }
      if (ok) passed++;
      else if (skip !== undefined) skipped++;
      else failures.push(`${id}${compileError instanceof Error ? ` (compile: ${compileError.message})` : ''}`);
    }
  }
}

describe('JSON Schema Test Suite, draft 2020-12 (required)', () => {
  const pct = ((passed / total) * 100).toFixed(1);
  it(`passes ${passed}/${total} (${pct}%), ${skipped} skipped with reasons, every other case passes`, () => {
    expect(total).toBe(1299);
    expect(failures, `unexpected failures:\n${failures.join('\n')}`).toEqual([]);
    expect(passed / total).toBeGreaterThanOrEqual(0.95);
  });
});
