/**
 * `compileSchema`: JSON Schema 2020-12 in, a `Validator` out. All schema errors surface here, as
 * `SchemaError`s naming the keyword and its JSON Pointer; validation itself never throws.
 */
import { SchemaRefError } from '../errors.js';
import type { AdminUnitLookup, FormatCheck } from '../formats/format-check.js';
import { builtInFormats } from '../formats/index.js';
import { isObject } from '../internal/json.js';
import { DEFAULT_BASE, resolveUri } from '../internal/uri.js';
import type { Locale } from '../messages/format-message.js';
import { Compiler } from './compiler.js';
import { dialectOf, refOverridesSiblings, type Dialect } from './dialect.js';
import { Registry } from './registry.js';
import type { CompiledNode } from './types.js';
import { Validator, type RunSettings } from './validator.js';

/** Size and depth limits. Every limit has a default sized for real forms. */
export interface CompileLimits {
  /** Deepest nesting of subschemas (default 64). */
  maxSchemaDepth?: number;
  /** Most subschemas in one compile, remotes included (default 20 000). */
  maxSchemaNodes?: number;
  /** Deepest nesting of data objects/arrays accepted by `validate` (default 64). */
  maxDataDepth?: number;
  /** Deepest chain of `$ref`s followed while validating (default 256). */
  maxEvaluationDepth?: number;
}

/** Options of `compileSchema`. */
export interface CompileOptions {
  /** The default message locale of `validate` (default `vi`); each call may pick another. */
  locale?: Locale;
  /** Most issues collected per validation (default 100). */
  maxIssues?: number;
  /** Extra or replacement formats, merged over the standard and `vn-*` ones. */
  formats?: Record<string, FormatCheck>;
  /** `assert` (default): `format` is checked (see `unknownFormats`). `annotate`: ignored, as the spec's default. */
  formatMode?: 'assert' | 'annotate';
  /** `error` (default): unknown keywords are compile errors. `ignore`: skipped, as the spec allows. */
  unknownKeywords?: 'error' | 'ignore';
  /**
   * `annotate` (default): a format with no check (`password`, `color`, ...) is not checked, with one
   * console warning per format name per process. `error`: it is a compile error.
   */
  unknownFormats?: 'annotate' | 'error';
  /**
   * The dialect of a schema whose root has no (known) `$schema` (default `2020-12`). Draft-03 to
   * draft-07 read `$ref` as overriding its sibling keywords; later dialects apply them.
   */
  dialect?: Dialect;
  /** Other schema documents `$ref` may point to, keyed by absolute URI. Nothing is ever fetched. */
  remotes?: Record<string, unknown>;
  /** The base URI of a schema without `$id`. */
  baseUri?: string;
  /** Administrative-unit lookups for the `vn-*` province/commune formats. */
  adminUnits?: AdminUnitLookup;
  limits?: CompileLimits;
}

const VOCABULARIES: Record<string, string> = {
  core: 'core',
  applicator: 'applicator',
  unevaluated: 'unevaluated',
  validation: 'validation',
  'format-annotation': 'format',
  'format-assertion': 'format',
};

/**
 * Compiles a JSON Schema 2020-12 document into a validator.
 * @throws SchemaError (or a subclass) when the schema uses an unsupported keyword, an invalid
 * regular expression, an unresolvable or looping `$ref`, or exceeds a limit.
 */
export function compileSchema<T = unknown>(definition: unknown, options: CompileOptions = {}): Validator<T> {
  const { root, compiler, run } = compileNodes(definition, options);
  // The interpreter compiles nothing more but its leaves' checks (the code generator, from
  // `compileNodes`, still compiles through the node cache).
  compiler.finish();
  return new Validator<T>(root, run);
}

/** What `compileSchema` builds before wrapping it in a `Validator` (the code generator starts here). */
export interface CompiledSchema {
  root: CompiledNode;
  compiler: Compiler;
  run: RunSettings;
}

/** Compiles the node graph of a schema (every schema error surfaces here). */
export function compileNodes(definition: unknown, options: CompileOptions = {}): CompiledSchema {
  const limits = options.limits ?? {};
  const remotes = new Map<string, unknown>();
  for (const [uri, doc] of Object.entries(options.remotes ?? {}))
    remotes.set(resolveUri(uri, DEFAULT_BASE) ?? uri, doc);
  const registry = new Registry(remotes, {
    maxSchemaDepth: limits.maxSchemaDepth ?? 64,
    maxSchemaNodes: limits.maxSchemaNodes ?? 20_000,
  });
  const base = resolveUri(options.baseUri ?? DEFAULT_BASE, DEFAULT_BASE) ?? DEFAULT_BASE;
  const legacyRefs = refOverridesSiblings(dialectOf(definition, options.dialect));
  registry.refOverridesSiblings = legacyRefs;
  registry.addDocument(definition, base);
  const compiler = new Compiler(
    registry,
    {
      formatMode: options.formatMode ?? 'assert',
      unknownKeywords: options.unknownKeywords ?? 'error',
      unknownFormats: options.unknownFormats ?? 'annotate',
    },
    builtInFormats(options.formats),
  );
  compiler.refOverridesSiblings = legacyRefs;
  compiler.vocabularies = vocabulariesOf(definition, registry, base);
  // A metaschema with the format-assertion vocabulary asks for formats to be asserted.
  if (compiler.vocabularies?.has('format-assertion') === true) compiler.settings.formatMode = 'assert';
  const root = compiler.node(definition, '');
  compiler.compileDynamicAnchors();
  assertNoCycles(compiler.edges);
  const run: RunSettings = {
    locale: options.locale ?? 'vi',
    maxIssues: Math.max(1, options.maxIssues ?? 100),
    maxDataDepth: limits.maxDataDepth ?? 64,
    maxEvaluationDepth: limits.maxEvaluationDepth ?? 256,
    adminUnits: options.adminUnits,
  };
  return { root, compiler, run };
}

/** The vocabularies enabled by the `$vocabulary` of the root's `$schema`, or null for all. */
function vocabulariesOf(definition: unknown, registry: Registry, base: string): Set<string> | null {
  if (!isObject(definition) || typeof definition['$schema'] !== 'string') return null;
  const uri = resolveUri(definition['$schema'], base);
  const meta = uri === undefined ? undefined : registry.resolve(uri);
  if (!isObject(meta) || !isObject(meta['$vocabulary'])) return null;
  const enabled = new Set<string>(['dvc']);
  for (const v of Object.keys(meta['$vocabulary'])) {
    const name = v.slice(v.lastIndexOf('/') + 1);
    const mapped = Object.hasOwn(VOCABULARIES, name) ? VOCABULARIES[name] : undefined;
    if (mapped !== undefined) enabled.add(mapped);
    if (name === 'format-assertion') enabled.add('format-assertion');
  }
  return enabled;
}

/** Refuses in-place reference loops (`$ref` chains that come back without consuming data). */
function assertNoCycles(edges: Map<CompiledNode, CompiledNode[]>): void {
  const state = new Map<CompiledNode, 1 | 2>();
  const visit = (n: CompiledNode): void => {
    state.set(n, 1);
    for (const next of edges.get(n) ?? []) {
      const s = state.get(next);
      if (s === 1)
        throw new SchemaRefError('ref_cycle', '$ref', n.pointer, `${next.resource}#${next.pointer}`);
      if (s === undefined) visit(next);
    }
    state.set(n, 2);
  };
  for (const n of edges.keys()) if (!state.has(n)) visit(n);
}
