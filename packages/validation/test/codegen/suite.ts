/** The official JSON Schema Test Suite files (vendored under test/fixtures), read for the three-way runs. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SuiteGroup {
  file: string;
  description: string;
  schema: unknown;
  tests: { description: string; data: unknown; valid: boolean }[];
}

const suite = fileURLToPath(new URL('../fixtures/json-schema-test-suite/', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The groups of every `.json` file directly in `tests/<dir>`. */
export function suiteGroups(dir: string): SuiteGroup[] {
  const at = join(suite, 'tests', dir);
  return readdirSync(at)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(at, file), 'utf8')) as Omit<SuiteGroup, 'file'>[]).map((g) => ({
        ...g,
        file,
      })),
    );
}

/** The suite's remotes and the 2020-12 and draft-07 metaschemas, keyed by URI. */
export function suiteRemotes(): Record<string, unknown> {
  const remotes: Record<string, unknown> = {};
  const root = join(suite, 'remotes');
  for (const file of listFiles(root))
    if (file.endsWith('.json'))
      remotes[`http://localhost:1234/${relative(root, file).split('\\').join('/')}`] = JSON.parse(
        readFileSync(file, 'utf8'),
      );
  const require = createRequire(import.meta.url);
  const metaDir = dirname(require.resolve('ajv/dist/refs/json-schema-2020-12/schema.json'));
  for (const file of listFiles(metaDir)) {
    if (!file.endsWith('.json')) continue;
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { $id: string };
    remotes[doc.$id] = doc;
  }
  const draft7 = JSON.parse(
    readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-07.json'), 'utf8'),
  ) as { $id: string };
  remotes[draft7.$id.replace(/#$/, '')] = draft7;
  return remotes;
}
