/**
 * The official suite (draft 2020-12, required and asserted formats, and draft-07 with its own
 * keywords: tuple `items`, `additionalItems`, `dependencies`) through the three ways of running a schema: every case gets the same result, issue for issue (pointer, code, params,
 * message), from the JIT and from a precompiled module as from the interpreter, and the same
 * number of cases passes on each path.
 */
import { describe, expect, it } from 'vitest';
import type { CompileOptions } from '@dvc-kit/validation';
import { suiteGroups, suiteRemotes, type SuiteGroup } from './suite.js';
import { interpretAndJit, plain, precompileAll } from './three-ways.js';

const remotes = suiteRemotes();

interface Tally {
  cases: number;
  /** Cases run on all three paths (the others' schemas were refused, alike, at compile time). */
  compared: number;
  passed: { interpreter: number; jit: number; module: number };
  differences: string[];
}

async function threeWays(groups: SuiteGroup[], options: CompileOptions): Promise<Tally> {
  const tally: Tally = {
    cases: 0,
    compared: 0,
    passed: { interpreter: 0, jit: 0, module: 0 },
    differences: [],
  };
  const modules = await precompileAll(
    groups.map((g) => g.schema),
    options,
  );
  groups.forEach((group, gi) => {
    const pair = interpretAndJit(group.schema, options);
    const mod = modules[gi];
    for (const t of group.tests) {
      tally.cases++;
      const id = `${group.file}/${group.description}/${t.description}`;
      if (pair instanceof Error || mod === undefined || mod instanceof Error) {
        // A schema the compiler refuses must be refused on every path, with the same error.
        const a = pair instanceof Error ? pair.message : 'compiled';
        const b = mod instanceof Error ? mod.message : 'compiled';
        if (a !== b) tally.differences.push(`${id}: interpreter/JIT ${a}, module ${b}`);
        continue;
      }
      tally.compared++;
      for (const locale of ['vi', 'en'] as const) {
        const expected = plain(pair.interpreter.validate(t.data, { locale }));
        const jit = plain(pair.jit.validate(t.data, { locale }));
        const module = plain(mod.validate(t.data, { locale }));
        if (JSON.stringify(jit) !== JSON.stringify(expected))
          tally.differences.push(
            `${id} (${locale}) JIT: ${JSON.stringify(jit)} ≠ ${JSON.stringify(expected)}`,
          );
        if (JSON.stringify(module) !== JSON.stringify(expected))
          tally.differences.push(
            `${id} (${locale}) module: ${JSON.stringify(module)} ≠ ${JSON.stringify(expected)}`,
          );
      }
      if (pair.interpreter.validate(t.data).ok === t.valid) tally.passed.interpreter++;
      if (pair.jit.validate(t.data).ok === t.valid) tally.passed.jit++;
      if (mod.validate(t.data).ok === t.valid) tally.passed.module++;
    }
  });
  return tally;
}

describe('JSON Schema Test Suite 2020-12 through the interpreter, the JIT and precompiled modules', () => {
  it('required tests: the three paths give the same issue lists on every case', async () => {
    const t = await threeWays(suiteGroups('draft2020-12'), { remotes, formatMode: 'annotate' });
    expect(t.cases).toBe(1299);
    expect(t.compared).toBeGreaterThanOrEqual(1290);
    expect(t.differences.slice(0, 20)).toEqual([]);
    expect(t.passed.jit).toBe(t.passed.interpreter);
    expect(t.passed.module).toBe(t.passed.interpreter);
    expect(t.passed.interpreter).toBeGreaterThanOrEqual(1290);
  }, 120_000);

  it('optional formats (asserted): the three paths give the same issue lists on every case', async () => {
    const t = await threeWays(suiteGroups('draft2020-12/optional/format'), { remotes });
    expect(t.cases).toBeGreaterThan(100);
    expect(t.compared).toBe(t.cases);
    expect(t.differences.slice(0, 20)).toEqual([]);
    expect(t.passed.module).toBe(t.passed.interpreter);
  }, 120_000);

  it('draft-07 required tests: the three paths give the same issue lists on every case', async () => {
    const t = await threeWays(suiteGroups('draft7'), {
      remotes,
      formatMode: 'annotate',
      dialect: 'draft-07',
    });
    expect(t.cases).toBeGreaterThan(900);
    expect(t.compared).toBe(t.cases);
    expect(t.differences.slice(0, 20)).toEqual([]);
    expect(t.passed.jit).toBe(t.passed.interpreter);
    expect(t.passed.module).toBe(t.passed.interpreter);
    expect(t.passed.interpreter).toBe(t.cases);
  }, 120_000);
});
