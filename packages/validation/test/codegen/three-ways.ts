/**
 * One schema, three validators: the interpreter (`compileSchema` of the main entry), the JIT
 * (`compileSchema` of `@dvc-kit/validation/node`) and a precompiled ES module written by
 * `buildValidatorModule` to disk and imported, as a page or a back end would.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSchema, type CompileOptions, type ValidationResult } from '@dvc-kit/validation';
import {
  buildValidatorModule,
  compileSchema as compileJit,
  type BuildModuleOptions,
} from '@dvc-kit/validation/node';

export interface AnyValidator {
  validate(data: unknown, options?: { locale?: 'vi' | 'en' }): ValidationResult;
}

const runtime = fileURLToPath(new URL('../../src/runtime.ts', import.meta.url));
const outDir = join(tmpdir(), 'dvc-kit-codegen-test');

/** Writes many schemas' modules at once and imports them (one file per schema, named by content). */
export async function precompileAll(
  schemas: unknown[],
  options: CompileOptions & Pick<BuildModuleOptions, 'locales' | 'fast' | 'fieldPlan'> = {},
): Promise<(AnyValidator | Error)[]> {
  mkdirSync(outDir, { recursive: true });
  const files = schemas.map((schema) => {
    try {
      const { code } = buildValidatorModule(schema, { ...options, runtime });
      const file = join(outDir, `${createHash('sha256').update(code).digest('hex').slice(0, 20)}.js`);
      writeFileSync(file, code);
      return file;
    } catch (e) {
      return e as Error;
    }
  });
  return Promise.all(
    files.map(async (f) =>
      f instanceof Error ? f : ((await import(/* @vite-ignore */ f)) as { default: AnyValidator }).default,
    ),
  );
}

/** The interpreter and the JIT of one schema (or the compile error). */
export function interpretAndJit(
  schema: unknown,
  options: CompileOptions = {},
): { interpreter: AnyValidator; jit: AnyValidator } | Error {
  try {
    return {
      interpreter: compileSchema(schema, options),
      jit: compileJit(schema, { ...options, codegen: 'on' }),
    };
  } catch (e) {
    return e as Error;
  }
}

/** The issue list as plain data (messages read), for comparing validators pointer for pointer. */
export function plain(r: ValidationResult): unknown {
  return r.ok ? { ok: true } : { ok: false, issues: r.issues.map((i) => ({ ...i })) };
}
