/**
 * Keeps docs/form-definition.md honest: its complete example is extracted, checked against the
 * meta-schema and lintDefinition, compiled, and its samples validated.
 */
import { readFileSync } from 'node:fs';
import {
  compileProcedure,
  computeFees,
  lintDefinition,
  procedureDefinitionMetaSchema,
  procedureDefinitions,
  type ExpectedIssue,
  type ProcedureDefinition,
} from '@dvc-kit/procedures';
import { compileSchema } from '@dvc-kit/validation';
import { describe, expect, test } from 'vitest';

const markdown = readFileSync(new URL('../../../docs/form-definition.md', import.meta.url), 'utf8');

/** The JSON of the fenced block that follows `<!-- example:<name> -->`. */
function example(name: string): unknown {
  const re = new RegExp(`<!-- example:${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``);
  const m = re.exec(markdown);
  if (m?.[1] === undefined) throw new Error(`docs/form-definition.md has no example:${name} block`);
  return JSON.parse(m[1]);
}

const byPointer = (a: ExpectedIssue, b: ExpectedIssue): number =>
  a.pointer === b.pointer ? a.code.localeCompare(b.code) : a.pointer < b.pointer ? -1 : 1;

describe('the example in docs/form-definition.md', () => {
  const definition = example('definition') as ProcedureDefinition;

  test('passes the meta-schema', () => {
    const r = compileSchema(procedureDefinitionMetaSchema).validate(definition);
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  test('passes lintDefinition', () => {
    expect(lintDefinition(definition)).toEqual([]);
  });

  test('has a data model that compiles as is', () => {
    expect(() => compileSchema(definition.dataSchema)).not.toThrow();
  });

  test('accepts its valid sample and charges 8,000 VND per copy', () => {
    const data = example('valid');
    const r = compileProcedure(definition).validate(data);
    expect(r.ok ? [] : r.issues).toEqual([]);
    expect(computeFees(definition, data).map((f) => f.total)).toEqual([16000]);
  });

  test('reports exactly the issues it lists for its invalid sample', () => {
    const { data, expectedIssues } = example('invalid') as { data: unknown; expectedIssues: ExpectedIssue[] };
    const r = compileProcedure(definition).validate(data);
    const got = r.ok ? [] : r.issues.map(({ pointer, code }) => ({ pointer, code }));
    expect(got.sort(byPointer)).toEqual([...expectedIssues].sort(byPointer));
  });
});

describe('the reference table in docs/form-definition.md', () => {
  test.each(procedureDefinitions.map((d) => [d.slug, d.procedure.code] as const))(
    'lists %s with %s',
    (slug, code) => {
      expect(markdown).toMatch(new RegExp(`\\| \`${slug}\`\\s+\\| \`${code.replace('.', '\\.')}\``));
    },
  );
});
