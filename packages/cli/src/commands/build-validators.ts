/**
 * `dvc build-validators <definition...> --out <dir>`: one precompiled validator per definition, an
 * ES module (`<slug>.validator.js`, with its `.d.ts`) that imports only the runtime helpers it uses
 * from `@dvc-kit/validation/runtime`, so a page under `script-src 'self'` validates a known
 * procedure's dossier without the schema compiler. Definitions are linted first; nothing is written
 * if one fails.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Locale } from '@dvc-kit/validation';
import { listFormats } from '@dvc-kit/validation/lists';
import { buildValidatorModule } from '@dvc-kit/validation/node';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../internal/args.js';
import { plural, writeLines } from '../internal/format.js';
import { displayPath, readJsonFile } from '../internal/read-json.js';
import type { GeneratedFile } from './codegen.js';
import { formatLintResult, lintFiles, type LintResult } from './lint.js';

/** Options of `buildValidators`. */
export interface BuildValidatorsOptions {
  /** The output directory (created if missing), relative to `cwd`. */
  outDir: string;
  /** Relative paths are resolved against it (default `process.cwd()`). */
  cwd?: string;
  /** The import specifier of the runtime (default `@dvc-kit/validation/runtime`). */
  runtime?: string;
  /**
   * The locales the validators carry messages in (default both, `['vi', 'en']`): each one left out
   * is a catalog less in every module. A locale asked for at run time and not built in is answered
   * in the default one.
   */
  locales?: readonly Locale[];
  /** The default message locale of the validators (default `vi`, or the first of `locales`). */
  locale?: Locale;
  /**
   * Code for speed rather than size (`buildValidatorModule`'s `fast`): for a back end, where the
   * module's size does not count (default false: the compact code a page downloads).
   */
  fast?: boolean;
  /**
   * Each module carries its field plan (`buildValidatorModule`'s `fieldPlan`): a `<dvc-form>` given
   * it tells which fields its conditions make apply without loading the validation compiler.
   */
  fieldPlan?: boolean;
  /** `false` computes the files without writing them (default `true`). */
  write?: boolean;
}

/** The result of `buildValidators`: the files (written unless `write: false`), or the lint problems. */
export type BuildValidatorsResult = { ok: true; files: GeneratedFile[] } | { ok: false; lint: LintResult };

/**
 * Precompiles the dossier validator (the `dataSchema`) of each definition. Output is deterministic.
 * @throws InputError when a file is missing or unreadable; UsageError when two definitions share a slug.
 */
export async function buildValidators(
  definitions: readonly string[],
  options: BuildValidatorsOptions,
): Promise<BuildValidatorsResult> {
  const cwd = options.cwd ?? process.cwd();
  const lint = await lintFiles(definitions, { cwd });
  if (lint.errorCount > 0) return { ok: false, lint };
  const outDir = resolve(cwd, options.outDir);
  const slugs = new Set<string>();
  const files: GeneratedFile[] = [];
  for (const file of definitions) {
    const json = await readJsonFile(file, cwd);
    if (!json.ok) continue; // Unreachable: lint reported it.
    const def = json.map.data as { slug: string; dataSchema: unknown };
    if (slugs.has(def.slug))
      throw new UsageError(
        `Two definitions have the slug '${def.slug}': build-validators needs one file per procedure.`,
        'build-validators',
      );
    slugs.add(def.slug);
    // The same formats as compileProcedure: the shared lists' nationality and ethnic-group codes.
    const built = buildValidatorModule(def.dataSchema, {
      formats: listFormats,
      ...(options.runtime === undefined ? {} : { runtime: options.runtime }),
      ...(options.locales === undefined ? {} : { locales: options.locales }),
      ...(options.locale === undefined ? {} : { locale: options.locale }),
      ...(options.fast === true ? { fast: true } : {}),
      ...(options.fieldPlan === true ? { fieldPlan: true } : {}),
    });
    files.push({ path: join(outDir, `${def.slug}.validator.js`), contents: built.code });
    files.push({ path: join(outDir, `${def.slug}.validator.d.ts`), contents: built.types });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  if (options.write !== false) {
    await mkdir(outDir, { recursive: true });
    for (const f of files) await writeFile(f.path, f.contents);
  }
  return { ok: true, files };
}

export const BUILD_VALIDATORS_HELP = `Usage: dvc build-validators <definition.json...> --out <dir>

Precompiles each procedure's dossier validator (its dataSchema) into a standalone ES module,
<slug>.validator.js (with <slug>.validator.d.ts), exporting \`validator\` (also the default export):
validator.validate(data, { locale }) gives the same issues as compileSchema(dataSchema). The module
imports only the helpers it needs from @dvc-kit/validation/runtime and contains no eval, so a page
under a strict Content-Security-Policy (script-src 'self') can load it. Definitions are linted
first; nothing is written when one has errors. Output is deterministic.

Options:
  -o, --out <dir>        Output directory (required; created if missing)
      --runtime <spec>   Import specifier of the runtime (default @dvc-kit/validation/runtime)
      --locale <list>    The message locales each module carries, comma-separated, the first
                         the default: vi, en, vi,en or en,vi (default vi,en). A locale left
                         out is a catalog less in the module; one asked for at run time and
                         not built in is answered in the default.
      --fast             Code for speed rather than size, for a back end (Node): own
                         properties tested inline, as the JIT does; about 2 kB larger
                         min+gzip per module than the default, written for pages.
      --field-plan       For a page with <dvc-form>: when a condition of the schema decides
                         which fields apply, the module carries what the form needs to tell
                         them without loading the validation compiler (about 0.7 kB min+gzip
                         for a 60-field form with 6 conditions, against 15 kB for the compiler).
  -h, --help             Show this help

Exit codes: 0 written, 1 a definition has errors, 2 usage error or unreadable file.
`;

/** The locales of `--locale vi,en` (each once, in order), or undefined without the option. */
function parseLocales(value: string | boolean | undefined): [Locale, ...Locale[]] | undefined {
  if (typeof value !== 'string') return undefined;
  const names = value.split(',').map((l) => l.trim());
  if (names.some((l) => l !== 'vi' && l !== 'en'))
    throw new UsageError(
      `--locale takes vi, en or both, comma-separated (vi,en), not '${value}'.`,
      'build-validators',
    );
  return [...new Set(names)] as [Locale, ...Locale[]];
}

/** Runs `dvc build-validators` on a command line (the arguments after `build-validators`). */
export async function buildValidatorsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('build-validators', args, {
    out: { type: 'string', short: 'o' },
    runtime: { type: 'string' },
    locale: { type: 'string' },
    fast: { type: 'boolean' },
    'field-plan': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(BUILD_VALIDATORS_HELP);
    return 0;
  }
  const outDir = values['out'];
  if (typeof outDir !== 'string')
    throw new UsageError("build-validators needs '--out <dir>'.", 'build-validators');
  if (positionals.length === 0)
    throw new UsageError('build-validators needs at least one definition file.', 'build-validators');
  const locales = parseLocales(values['locale']);
  const runtime = values['runtime'];
  const result = await buildValidators(positionals, {
    outDir,
    cwd: io.cwd,
    ...(typeof runtime === 'string' ? { runtime } : {}),
    ...(locales === undefined ? {} : { locales, locale: locales[0] }),
    ...(values['fast'] === true ? { fast: true } : {}),
    ...(values['field-plan'] === true ? { fieldPlan: true } : {}),
  });
  if (!result.ok) {
    writeLines(io.stdout, formatLintResult(result.lint));
    io.stderr.write('dvc build-validators: fix the errors above first; nothing was written.\n');
    return 1;
  }
  const shown = result.files.map((f) => `  ${displayPath(f.path, io.cwd)}`);
  writeLines(io.stdout, [`Wrote ${plural(result.files.length, 'file')}:`, ...shown]);
  return 0;
}
