#!/usr/bin/env node
/**
 * The single-file build of @dvc-kit/forms for a `<script type="module">` tag (a CMS page, a CDN):
 * `dist/cdn/dvc-forms.js`, one minified ES module with Lit, the validation core with its Vietnamese
 * messages, and every element of the package; its source map beside it. No zod, and a few modules
 * of the sources replaced (`SUBSTITUTES`). What a first render does not need (the administrative
 * units, the shared lists, the calendar, the key-value editor, check your answers, drafts and
 * filing, the English messages, ...) stays in files beside it, loaded by
 * `import()` relative to the main file, so a page self-hosting the folder under `script-src 'self'`
 * needs nothing else. `dvc-forms-documents.js` registers `<dvc-documents>` (the
 * `@dvc-kit/forms/documents` entry) on top of the main file.
 *
 * Built from the sources, with the `@dvc-kit/source` condition for the other `@dvc-kit/*` packages
 * (esbuild strips the types with the repository's compiler options, as tsup does), so it needs no
 * other package built first. Run by the package's `build` script; `node scripts/build-cdn.mjs`.
 * With `--if-stale` (the tests' global setups), it builds only when a source is newer than the
 * files; concurrent runs wait for each other.
 */
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import ts from 'typescript';
import { rollup } from 'rollup';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(packageDir, 'dist', 'cdn');

/** The main file and the documents entry, by file name. */
export const CDN_MAIN = 'dvc-forms.js';
export const CDN_DOCUMENTS = 'dvc-forms-documents.js';

/**
 * A `css` template without what the browser skips: comments; runs of whitespace become one space,
 * none is left next to `{`, `}` or `;`, nor after `:` (a pseudo-class never has one after it; no
 * string in the styles holds these characters next to a space). A comma keeps its space (a `var()`
 * fallback keeps it in its text): the sheets' rules read the same (`cssText`).
 */
export function compactStyles(styles) {
  return styles
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/: /g, ':');
}

/**
 * An `html` template's text without the indentation after its line breaks: the parser reads a tag's
 * attributes the same, and a run of whitespace in text renders the same (a line break stays, for
 * `white-space: pre-line`).
 */
export function compactMarkup(markup) {
  return markup.replace(/\n[ \t]+/g, '\n');
}

/** Whether a template's text opens an element whose whitespace is its content (`pre`, `textarea`, `listing`). */
const keepsWhitespace = (text) => /<(?:pre|textarea|listing)[\s>/]/i.test(text);

/**
 * `code` (TypeScript) with the text of its `html` templates compacted (`compactMarkup`), nested ones
 * too; the expressions between them are left as they are. Only columns move: the source map holds.
 */
export function compactMarkupTemplates(code, fileName = 'module.ts') {
  if (!code.includes('html`')) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  /** The [start, end) ranges of the templates' texts, in source order. */
  const texts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template))
        texts.push([template.getStart() + 1, template.end - 1]);
      else {
        texts.push([template.head.getStart() + 1, template.head.end - 2]);
        for (const span of template.templateSpans) {
          const literal = span.literal;
          texts.push([literal.getStart() + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // A template whose whitespace may be content is left whole, every piece of it.
  if (texts.some(([start, end]) => keepsWhitespace(code.slice(start, end)))) return code;
  let out = '';
  let at = 0;
  for (const [start, end] of texts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + compactMarkup(code.slice(start, end));
    at = end;
  }
  return out + code.slice(at);
}

/**
 * `code` (esbuild's output) making its styles with Lit's `unsafeCSS` from the `css` templates' text,
 * when every use of `css` is a template without an expression: the same `CSSResult` of the same
 * text, without `css`'s check of expressions (and its long message) in the single file. Otherwise
 * `code` as it is.
 */
export function stylesFromText(code) {
  const imported = /^import \{([^}]*)\} from "lit";$/m.exec(code);
  if (imported === null || !imported[1].split(',').some((name) => name.trim() === 'css')) return code;
  const uses = [...code.matchAll(/(?<![\w.$])css(?![\w$])/g)].filter(
    (use) => use.index < imported.index || use.index > imported.index + imported[0].length,
  );
  if (uses.length === 0 || uses.some((use) => !/^css`[^`$]*`/.test(code.slice(use.index)))) return code;
  const names = imported[1].replace(/(^|,)\s*css\s*(?=,|$)/, '$1 unsafeCSS as css');
  return code
    .replace(imported[0], `import {${names}} from "lit";`)
    .replace(/(?<![\w.$])css`([^`$]*)`/g, 'css(`$1`)');
}

/** The number of line breaks in `text`. */
const lineBreaks = (text) => text.split('\n').length - 1;

/** The module holding the one decorator helper every module shares (`sharedDecoratorHelper`). */
const DECORATE_CLASS = '\0dvc-decorate-class';

/** esbuild's helper for TypeScript's decorators, as it writes it at the top of each module using them. */
const DECORATOR_HELPER =
  /^var __defProp = Object\.defineProperty;\n(?:var __getOwnPropDesc = Object\.getOwnPropertyDescriptor;\n)?var __decorateClass = \(decorators, target, key, kind\) => \{\n(?:.*\n){6}\};\n/;

/** The helper itself, once, in `DECORATE_CLASS`. */
const DECORATOR_HELPER_MODULE = `var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
export var __decorateClass = (decorators, target, key, kind) => {
  var result = kind > 1 ? void 0 : kind ? __getOwnPropDesc(target, key) : target;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (kind ? decorator(target, key, result) : decorator(result)) || result;
  if (kind && result) __defProp(target, key, result);
  return result;
};
`;

/**
 * `code` (esbuild's output) importing the decorator helper from `DECORATE_CLASS` rather than holding
 * its own copy (each module with a decorated property had one: 13 in the main file). Its lines stay
 * (empty), so the source map holds; a module that uses the helper's names otherwise keeps its copy.
 */
export function sharedDecoratorHelper(code) {
  const helper = DECORATOR_HELPER.exec(code);
  if (
    helper === null ||
    !DECORATOR_HELPER_MODULE.includes(helper[0].replace('var __decorateClass', 'export var __decorateClass'))
  )
    return code;
  const rest = code.slice(helper[0].length);
  if (/__defProp|__getOwnPropDesc/.test(rest)) return code;
  const lines = helper[0].split('\n').length - 1;
  return `import { __decorateClass } from ${JSON.stringify(DECORATE_CLASS)};${'\n'.repeat(lines)}${rest}`;
}

/** TypeScript to JavaScript, module by module, with the compiler options of tsconfig.base.json. */
function typescript() {
  return {
    name: 'dvc-typescript',
    resolveId(source) {
      return source === DECORATE_CLASS ? DECORATE_CLASS : null;
    },
    load(id) {
      return id === DECORATE_CLASS ? DECORATOR_HELPER_MODULE : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(compactMarkupTemplates(code, id), {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      // The styles' text, without what the browser skips (terser leaves a template's text alone).
      const compact = sharedDecoratorHelper(result.code).replace(/(?<![\w.$])css`[^`]*`/g, (styles) => {
        const text = compactStyles(styles);
        // The lines it took stay, after it in the code, which the minifier drops: the map still holds.
        return text + '\n'.repeat(lineBreaks(styles) - lineBreaks(text));
      });
      return { code: stylesFromText(compact), map: result.map };
    },
  };
}

/** A chunk's name: its module's, after its package when that is not the forms (`admin-units-legacy`). */
function chunkName(chunk) {
  const found = /packages\/([^/]+)\/src\/(.+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  if (found === null || found[1] === 'forms') return chunk.name;
  return found[2] === 'index' ? found[1] : `${found[1]}-${found[2].replaceAll('/', '-')}`;
}

/**
 * Modules the single file takes from `scripts/cdn/` in place of the sources'
 * (docs/decisions/0015-forms-on-demand-chunks.md, "Zod and English"): its public surface hands out
 * no validator, so no zod face; the validation core's English messages load on demand.
 */
const SUBSTITUTES = {
  [join(packageDir, '..', 'validation', 'src', 'compiler', 'zod-face.ts')]: 'zod-face.js',
  [join(packageDir, '..', 'validation', 'src', 'messages', 'book.ts')]: 'book.js',
  [join(packageDir, 'src', 'internal', 'locale-load.ts')]: 'locale-load.js',
};

/** Resolves the modules of `SUBSTITUTES` to their stand-ins; fails the build if one is never reached. */
function substitutes() {
  const used = new Set();
  return {
    name: 'dvc-cdn-substitutes',
    async resolveId(source, importer, options) {
      if (importer === undefined || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const stand = resolved === null ? undefined : SUBSTITUTES[resolved.id];
      if (stand === undefined) return null;
      used.add(resolved.id);
      return join(packageDir, 'scripts', 'cdn', stand);
    },
    buildEnd(error) {
      const missed = Object.keys(SUBSTITUTES).filter((id) => !used.has(id));
      if (error === undefined && missed.length > 0)
        this.error(`not reached, so not replaced: ${missed.join(', ')}`);
    },
  };
}

/** Emits `<dvc-documents>` as a file loaded after the main one (so it imports what it shares from it). */
function documentsEntry() {
  return {
    name: 'dvc-documents-entry',
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: join(packageDir, 'src', 'documents.ts'),
        fileName: CDN_DOCUMENTS,
        implicitlyLoadedAfterOneOf: [join(packageDir, 'src', 'core.ts')],
        preserveSignature: 'strict',
      });
    },
  };
}

/**
 * An element loaded on demand (a widget `<dvc-form>` renders, ADR 0015) is fetched with the files it
 * imports, at once (ADR 0018, fifth round): a browser learns a module's imports only once it has
 * fetched it, so the date field cost two round trips after the form's first render, one for the
 * field and one for `display-date` and `live` beside it, before the form could draw its inputs.
 * `Promise.all` asks for them together and rejects where the element's import is awaited, as the
 * import alone did; the main file is loaded already. Only the main file's imports of elements: what
 * the other files import on demand (the calendar, when opened) is imported as it is.
 */
function parallelElementImports() {
  const components = join(packageDir, 'src', 'components');
  return {
    name: 'dvc-cdn-parallel-element-imports',
    renderDynamicImport({ chunk, targetModuleId, getTargetChunkImports }) {
      if (chunk.fileName !== CDN_MAIN || !targetModuleId?.startsWith(components)) return null;
      const imports = (getTargetChunkImports() ?? []).filter(
        (i) => i.type === 'internal' && i.fileName !== CDN_MAIN,
      );
      if (imports.length === 0) return null;
      const also = imports.map((i) => `import(${i.resolvedImportPath}), `).join('');
      return { left: `Promise.all([${also}import(`, right: ')]).then((all) => all.pop())' };
    },
  };
}

/** Builds `dist/cdn` (into a fresh folder, then swapped in). @returns the files written. */
export async function buildCdn({ quiet = false } = {}) {
  const staging = `${outDir}.${process.pid}.tmp`;
  const bundle = await rollup({
    input: { 'dvc-forms': join(packageDir, 'src', 'core.ts') },
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      substitutes(),
      documentsEntry(),
      nodeResolve({
        extensions: ['.ts', '.mjs', '.js', '.json'],
        // The other dvc-kit packages from their sources; 'production' said outright, or the plugin
        // adds 'development' whenever NODE_ENV is set and not 'production' and Lit's dev build ships.
        exportConditions: ['@dvc-kit/source', 'browser', 'production', 'import', 'default'],
        browser: true,
      }),
      typescript(),
      parallelElementImports(),
    ],
    onwarn(warning, warn) {
      // zod's comments about esbuild's tree-shaking are not annotations rollup reads; harmless.
      if (['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'INVALID_ANNOTATION'].includes(warning.code ?? ''))
        return;
      warn(warning);
    },
  });
  let output;
  try {
    ({ output } = await bundle.write({
      dir: staging,
      format: 'es',
      entryFileNames: '[name].js',
      // The files loaded on demand: named after what they hold, hashed so a CDN may cache them forever.
      chunkFileNames: (chunk) => `dvc-forms-${chunkName(chunk)}-[hash].js`,
      sourcemap: true,
      sourcemapExcludeSources: false,
      plugins: [terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })],
    }));
  } finally {
    await bundle.close();
  }
  await rm(outDir, { recursive: true, force: true });
  await rename(staging, outDir);
  const files = output.filter((o) => o.type === 'chunk').map((o) => o.fileName);
  if (!quiet) console.log(`dist/cdn: ${files.join(', ')}`);
  return files;
}

/** What the single file is built from: the runtime packages' sources and manifests, this script and its stand-ins. */
const INPUTS = [
  ...['forms', 'validation', 'admin-units', 'procedures', 'contract'].flatMap((dir) => [
    join(packageDir, '..', dir, 'src'),
    join(packageDir, '..', dir, 'package.json'),
  ]),
  join(packageDir, 'scripts', 'cdn'),
];

/** The newest modification time under `path` (0 when it does not exist). */
async function newest(path) {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newest(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/** Whether `dist/cdn` is missing or older than a source. */
async function isStale() {
  const built = await stat(join(outDir, CDN_MAIN)).catch(() => undefined);
  if (built === undefined) return true;
  const inputs = await Promise.all([...INPUTS, fileURLToPath(import.meta.url)].map(newest));
  return Math.max(...inputs) > built.mtimeMs;
}

/**
 * Builds `dist/cdn` unless it is up to date. A lock folder keeps two test projects from building at
 * once: the second waits, then finds the files fresh.
 */
export async function buildCdnIfStale() {
  const lock = join(packageDir, 'dist', '.cdn-build.lock');
  await mkdir(join(packageDir, 'dist'), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      // Held by another build; one that crashed leaves a lock older than any build takes.
      const held = await stat(lock).catch(() => undefined);
      if (held !== undefined && Date.now() - held.mtimeMs > 10 * 60_000) await rm(lock, { recursive: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (await isStale()) await buildCdn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale')) await buildCdnIfStale();
  else await buildCdn();
}
