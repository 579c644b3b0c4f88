/**
 * `dvc codegen <definition...> --out <dir>`: one `.ts` file of dossier data types per definition,
 * plus an `index.ts` re-exporting them. Definitions are linted first; nothing is written if one fails.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../internal/args.js';
import { plural, writeLines } from '../internal/format.js';
import { displayPath, readJsonFile } from '../internal/read-json.js';
import { dossierTypeName, dossierTypes, generatedHeader } from '../internal/typegen.js';
import { formatLintResult, lintFiles, type LintResult } from './lint.js';

/** One generated type. */
export interface GeneratedType {
  /** e.g. `BirthRegistrationDossier`. */
  typeName: string;
  slug: string;
  /** National procedure code, e.g. `1.001193`. */
  procedureCode: string;
  /** The definition file it came from, as shown. */
  definition: string;
  /** The generated file, relative to the output directory, e.g. `birth-registration.ts`. */
  fileName: string;
}

/** A generated file: its absolute path and contents. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** The result of `codegen`: the files (written unless `write: false`), or the lint problems that stopped it. */
export type CodegenResult =
  { ok: true; types: GeneratedType[]; files: GeneratedFile[] } | { ok: false; lint: LintResult };

/** Options of `codegen`. */
export interface CodegenOptions {
  /** The output directory (created if missing), relative to `cwd`. */
  outDir: string;
  /** Relative paths are resolved against it (default `process.cwd()`). */
  cwd?: string;
  /** `false` computes the files without writing them (default `true`). */
  write?: boolean;
}

interface DefinitionHead {
  slug: string;
  version: string;
  procedure: { code: string; name: { vi: string; en: string } };
  dataSchema: unknown;
}

/**
 * Generates the dossier data types of `definitions`. Output is deterministic: sorted by slug, no
 * timestamps, no absolute paths.
 * @throws InputError when a file is missing or unreadable; UsageError when two definitions share a slug.
 */
export async function codegen(
  definitions: readonly string[],
  options: CodegenOptions,
): Promise<CodegenResult> {
  const cwd = options.cwd ?? process.cwd();
  const lint = await lintFiles(definitions, { cwd });
  if (lint.errorCount > 0) return { ok: false, lint };
  const outDir = resolve(cwd, options.outDir);
  const entries: { type: GeneratedType; contents: string }[] = [];
  for (const file of definitions) {
    const json = await readJsonFile(file, cwd);
    if (!json.ok) continue; // Unreachable: lint reported it.
    const def = json.map.data as DefinitionHead;
    if (entries.some((e) => e.type.slug === def.slug)) {
      throw new UsageError(
        `Two definitions have the slug '${def.slug}': codegen needs one file per procedure.`,
        'codegen',
      );
    }
    const typeName = dossierTypeName(def.slug);
    const contents = await dossierTypes(def.dataSchema, typeName, {
      fileName: basename(json.path),
      slug: def.slug,
      version: def.version,
      code: def.procedure.code,
      nameVi: def.procedure.name.vi,
      nameEn: def.procedure.name.en,
    });
    const fileName = `${def.slug}.ts`;
    const type = {
      typeName,
      slug: def.slug,
      procedureCode: def.procedure.code,
      definition: json.display,
      fileName,
    };
    entries.push({ type, contents });
  }
  entries.sort((a, b) => (a.type.slug < b.type.slug ? -1 : 1));
  const types = entries.map((e) => e.type);
  const files = entries.map((e) => ({ path: join(outDir, e.type.fileName), contents: e.contents }));
  files.push({ path: join(outDir, 'index.ts'), contents: indexFile(types) });
  if (options.write !== false) {
    await mkdir(outDir, { recursive: true });
    for (const f of files) await writeFile(f.path, f.contents);
  }
  return { ok: true, types, files };
}

/** `index.ts`: re-exports each dossier type and maps slugs to types. */
function indexFile(types: readonly GeneratedType[]): string {
  const lines = [generatedHeader(['The dossier data types of the procedures below, by definition slug.'])];
  for (const t of types) lines.push(`import type { ${t.typeName} } from './${t.slug}.js';`);
  if (types.length > 0) lines.push('');
  for (const t of types) lines.push(`export type { ${t.typeName} } from './${t.slug}.js';`);
  lines.push('', '/** The dossier data type of each procedure, by definition slug. */');
  lines.push('export interface DossierBySlug {');
  for (const t of types) lines.push(`  '${t.slug}': ${t.typeName};`);
  lines.push('}', '');
  return lines.join('\n');
}

export const CODEGEN_HELP = `Usage: dvc codegen <definition.json...> --out <dir>

Generates TypeScript types for each procedure's dossier data (its dataSchema) with
json-schema-to-typescript: one <slug>.ts per definition, exporting <Slug>Dossier (for example
BirthRegistrationDossier), and an index.ts re-exporting them. Definitions are linted first;
nothing is written when one has errors. Output is deterministic.

Options:
  -o, --out <dir>  Output directory (required; created if missing)
  -h, --help       Show this help

Exit codes: 0 written, 1 a definition has errors, 2 usage error or unreadable file.
`;

/** Runs `dvc codegen` on a command line (the arguments after `codegen`). */
export async function codegenCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('codegen', args, {
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(CODEGEN_HELP);
    return 0;
  }
  const outDir = values['out'];
  if (typeof outDir !== 'string') throw new UsageError("codegen needs '--out <dir>'.", 'codegen');
  if (positionals.length === 0)
    throw new UsageError('codegen needs at least one definition file.', 'codegen');
  const result = await codegen(positionals, { outDir, cwd: io.cwd });
  if (!result.ok) {
    writeLines(io.stdout, formatLintResult(result.lint));
    io.stderr.write('dvc codegen: fix the errors above first; nothing was written.\n');
    return 1;
  }
  const shown = result.files.map((f) => `  ${displayPath(f.path, io.cwd)}`);
  writeLines(io.stdout, [`Wrote ${plural(result.files.length, 'file')}:`, ...shown]);
  return 0;
}
