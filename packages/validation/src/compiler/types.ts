/** The engine's internal types: compiled nodes, evaluation state, annotations, keyword handlers. */
import type { FormatCheck, FormatContext } from '../formats/format-check.js';
import type { Locale, MessageBook, NodeMeta } from '../messages/word.js';
import type { ValidationIssue } from '../result.js';

// What issues are worded with lives with the wording (`messages/word.ts`).
export type { LocalizedText, MessageOverrides, NodeMeta } from '../messages/word.js';

/** A `not_json` issue of the JSON check (`internal/data-check.ts`), before it is made public. */
export interface RawIssue {
  /** Instance location as path segments (numbers are array indices). */
  path: (string | number)[];
  code: string;
  params: Record<string, unknown>;
  meta: NodeMeta | undefined;
}

/** Annotations collected for `unevaluatedProperties` / `unevaluatedItems`. */
export interface Ann {
  props: Set<string> | null;
  allProps: boolean;
  /** Number of leading items evaluated by prefixItems/items. */
  items: number;
  allItems: boolean;
  /** Indices matched by `contains`. */
  idx: Set<number> | null;
}

/** The mutable state of one validation run. */
export interface State {
  /** The issues found, made once where they are reported (`internal/report.ts`). */
  issues: ValidationIssue[];
  /** The locale and the messages issues are worded with, when their message is read. */
  locale: Locale;
  book: MessageBook;
  maxIssues: number;
  /**
   * Set by the JIT's fused JSON check (`codegen/json-guard.ts`) when a value it passed may not be
   * JSON: the run then checks the data as the pre-walk does.
   */
  nj: boolean;
  /** Set when `maxIssues` was reached: every check may stop early. */
  full: boolean;
  /** > 0 inside anyOf/oneOf/not/if/contains: record nothing and stop at the first failure. */
  silent: number;
  /** The instance location being validated. */
  path: (string | number)[];
  /** The dynamic scope: resource URIs entered, outermost first. */
  dyn: string[];
  depth: number;
  maxDepth: number;
  format: FormatContext;
}

/** A compiled check: true when the value passes. Records issues in `st` unless silent. */
export type Check = (value: unknown, st: State, ann: Ann | null) => boolean;

/** A compiled schema node. `validate` is filled after creation so references can point at it early. */
export interface CompiledNode {
  validate: Check;
  /** The schema object (or boolean) it came from. */
  schema: unknown;
  /** The resource (base URI without fragment) the node belongs to. */
  resource: string;
  /** JSON Pointer of the node from the root of its document. */
  pointer: string;
  meta: NodeMeta;
  /** Object-level children for `validateAt` / `activeFields`. */
  shape: NodeShape;
}

/** A node's static structure, for walking a schema alongside data. */
export interface NodeShape {
  properties: Map<string, CompiledNode> | null;
  patternProperties: { re: RegExp; node: CompiledNode }[] | null;
  additionalProperties: CompiledNode | null;
  prefixItems: CompiledNode[] | null;
  items: CompiledNode | null;
  /** In-place subschemas that always apply: allOf, $ref, $dynamicRef (static target). */
  inPlace: CompiledNode[];
  /** anyOf / oneOf branches. */
  branches: CompiledNode[];
  conditional: { cond: CompiledNode; then: CompiledNode | null; else: CompiledNode | null } | null;
  dependentSchemas: Map<string, CompiledNode> | null;
  /** Object-level checks reporting on fields (required, dependentRequired, x-dvc-compare). */
  fieldChecks: Check[];
  /** Names listed by `required`, and by `dependentRequired` per trigger. */
  required: string[];
  dependentRequired: Map<string, string[]> | null;
}

/** Everything a keyword compiler may use. */
export interface KeywordContext {
  /** The schema object holding the keyword. */
  schema: Record<string, unknown>;
  /** The keyword's value. */
  value: unknown;
  keyword: string;
  /** JSON Pointer of the keyword (for errors). */
  pointer: string;
  /** The node being compiled (its `validate` is not yet set). */
  node: CompiledNode;
  /** Compiles a subschema found at `pointer` (relative tokens appended to the keyword pointer). */
  sub(schema: unknown, ...tokens: (string | number)[]): CompiledNode;
  /** Resolves a `$ref`-style reference from this node; throws a SchemaRefError when unresolved. */
  resolveRef(ref: string, keyword: string): CompiledNode;
  /** Finds the nodes a `$dynamicRef` may land on. */
  dynamicRef(ref: string): { initial: CompiledNode; anchor: string | null };
  /** Precompiles a regular expression, throwing InvalidRegexError on failure. */
  regex(source: string, keyword: string, pointer?: string): RegExp;
  format(name: string): FormatCheck | undefined;
  /** Compiled `$dynamicAnchor` nodes by resource URI and anchor name. */
  dynamicNodes: Map<string, Map<string, CompiledNode>>;
  /** Records an in-place edge from this node (for reference-cycle detection). */
  edge(to: CompiledNode): void;
  options: CompilerSettings;
}

/** The compiler settings keyword handlers read. */
export interface CompilerSettings {
  formatMode: 'assert' | 'annotate';
  unknownKeywords: 'error' | 'ignore';
  unknownFormats: 'annotate' | 'error';
}

/** A keyword handler: compiles one keyword into a check (or null when it does nothing). */
export interface KeywordDefinition {
  /** The vocabulary the keyword belongs to (for `$vocabulary`). */
  vocabulary: 'core' | 'applicator' | 'unevaluated' | 'validation' | 'format' | 'dvc';
  /** Runs after the other keywords of the node (unevaluated*). */
  late?: boolean;
  /** Keywords whose value the handler reads too (e.g. `then` for `if`), so they are not looked up alone. */
  compile(ctx: KeywordContext): Check | null;
}
