/**
 * The engine: compiles schema objects into nodes by dispatching each keyword to its handler in the
 * keyword table. Nodes are cached per schema object so recursive references compile once.
 */
import { InvalidRegexError, SchemaError, SchemaRefError, UnsupportedKeywordError } from '../errors.js';
import type { FormatCheck } from '../formats/format-check.js';
import { isObject } from '../internal/json.js';
import { childPointer, escapePointerToken } from '../pointer.js';
import { canStop, mergeAnn, newAnn, report } from '../internal/report.js';
import { splitUri } from '../internal/uri.js';
import { ANNOTATION_KEYWORDS, keywordTable } from './keywords/index.js';
import { readMeta } from './meta.js';
import { typeGated } from './type-gate.js';
import type { Registry } from './registry.js';
import type {
  Ann,
  Check,
  CompiledNode,
  CompilerSettings,
  KeywordContext,
  NodeShape,
  State,
} from './types.js';

/** A fresh, empty shape. */
export function emptyShape(): NodeShape {
  return {
    properties: null,
    patternProperties: null,
    additionalProperties: null,
    prefixItems: null,
    items: null,
    inPlace: [],
    branches: [],
    conditional: null,
    dependentSchemas: null,
    fieldChecks: [],
    required: [],
    dependentRequired: null,
  };
}

/**
 * Keywords whose check reads only the value at the node: no subschema, nothing in the node's shape,
 * no annotation. A schema of only these (and annotations) is a leaf (`Compiler.isLeaf`).
 */
const VALUE_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'const',
  'enum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
]);

/** The shape of every leaf: empty, shared and frozen (no keyword of a leaf writes it). */
const LEAF_SHAPE: NodeShape = Object.freeze({
  ...emptyShape(),
  inPlace: Object.freeze([]) as unknown as CompiledNode[],
  branches: Object.freeze([]) as unknown as CompiledNode[],
  fieldChecks: Object.freeze([]) as unknown as Check[],
  required: Object.freeze([]) as unknown as string[],
});

/**
 * Every leaf's check until it first runs, one per compiler (no closure per leaf): called as its
 * node's `validate` (every caller calls `node.validate(…)`, so `this` is the node), it compiles the
 * leaf's checks (as `Compiler.node` did: the same checks), keeps them as the node's `validate` and
 * runs them.
 */
function lazyChecks(compiler: Compiler): Check {
  const first = function (this: CompiledNode, v: unknown, st: State, ann: Ann | null): boolean {
    if (this.validate === first)
      this.validate = compiler.checks(this.schema as Record<string, unknown>, this.pointer, this);
    return this.validate(v, st, ann);
  };
  return first;
}

const RECURSIVE_HINT =
  'draft 2019-09 recursive references are not supported: write "$dynamicRef" / "$dynamicAnchor" (2020-12) instead';

export class Compiler {
  private readonly nodes = new Map<unknown, CompiledNode>();
  private readonly regexes = new Map<string, RegExp>();
  /** In-place edges (no data consumed), for cycle detection. */
  readonly edges = new Map<CompiledNode, CompiledNode[]>();
  readonly dynamicNodes = new Map<string, Map<string, CompiledNode>>();
  /** Anchor names some `$dynamicRef` may resolve dynamically. */
  private readonly dynamicNames = new Set<string>();
  vocabularies: Set<string> | null = null;
  /** Draft-03 to draft-07: a schema with `$ref` is that reference alone (see `dialect.ts`). */
  refOverridesSiblings = false;
  /** The `validate` of every leaf until it first runs. */
  private readonly lazy = lazyChecks(this);

  constructor(
    readonly registry: Registry,
    readonly settings: CompilerSettings,
    private readonly formats: Record<string, FormatCheck>,
  ) {}

  /**
   * Forgets what only compiling nodes reads (the node cache, the in-place edges, the registry's
   * schema locations), once the interpreter's validator is compiled: the compiler stays alive for
   * its leaves' checks (`lazyChecks`), which read none of them. Not for the code generator, which
   * compiles more nodes through the cache.
   */
  finish(): void {
    this.nodes.clear();
    this.edges.clear();
    this.registry.locations.clear();
  }

  /** The keywords of `schema` this dialect reads: all of them, or only a `$ref` that overrides its siblings. */
  keywordsOf(schema: Record<string, unknown>): string[] {
    return this.refOverridesSiblings && typeof schema['$ref'] === 'string' ? ['$ref'] : Object.keys(schema);
  }

  /** Compiles (or returns the cached node of) a schema. */
  node(schema: unknown, pointer: string): CompiledNode {
    const cached = this.nodes.get(schema);
    if (cached !== undefined) return cached;
    if (typeof schema === 'boolean') return this.booleanNode(schema, pointer);
    if (!isObject(schema))
      throw new SchemaError('invalid_schema', '', pointer, 'A schema must be an object or a boolean');
    const loc = this.registry.locate(schema);
    if (loc !== undefined && !pointer.includes('→')) pointer = loc.pointer;
    const meta = readMeta(schema, loc?.pointer ?? pointer);
    const leaf = this.isLeaf(schema);
    const node: CompiledNode = {
      validate: () => true,
      schema,
      resource: loc?.base ?? '',
      pointer: loc?.pointer ?? pointer,
      meta,
      shape: leaf ? LEAF_SHAPE : emptyShape(),
    };
    this.nodes.set(schema, node);
    // Every check is compiled now, so a schema error surfaces here; a leaf's are then dropped and
    // compiled again (the same checks) when the node first runs (`lazyChecks`).
    const checks = this.checks(schema, pointer, node);
    node.validate = leaf ? this.lazy : checks;
    return node;
  }

  /**
   * Whether `schema` is a leaf: only keywords that check the value itself (`VALUE_KEYWORDS`) and
   * annotations, so its node has no subschema and an empty shape, and nothing but a validation
   * runs its checks (a form's 1,000 fields keep no checks until one of them is validated).
   */
  private isLeaf(schema: Record<string, unknown>): boolean {
    for (const keyword of this.keywordsOf(schema)) {
      if (VALUE_KEYWORDS.has(keyword)) continue;
      if (Object.hasOwn(keywordTable, keyword)) return false;
      if (!ANNOTATION_KEYWORDS.has(keyword) && !keyword.startsWith('x-')) return false;
    }
    return true;
  }

  /** The check of `node`: its keywords' checks, type-gated and assembled. */
  checks(schema: Record<string, unknown>, pointer: string, node: CompiledNode): Check {
    const early: Check[] = [];
    const earlyKeywords: string[] = [];
    const late: Check[] = [];
    for (const keyword of this.keywordsOf(schema)) {
      const def = Object.hasOwn(keywordTable, keyword) ? keywordTable[keyword] : undefined;
      const kwPointer = `${pointer}/${escapePointerToken(keyword)}`;
      if (def === undefined) {
        if (ANNOTATION_KEYWORDS.has(keyword) || keyword.startsWith('x-')) continue;
        // Ignoring a 2019-09 recursive reference would validate something else than was meant.
        if (
          keyword === '$recursiveRef' ||
          (keyword === '$recursiveAnchor' && this.settings.unknownKeywords === 'error')
        )
          throw new UnsupportedKeywordError(keyword, kwPointer, RECURSIVE_HINT);
        if (this.settings.unknownKeywords === 'error') throw new UnsupportedKeywordError(keyword, kwPointer);
        continue;
      }
      if (this.vocabularies !== null && !this.vocabularies.has(def.vocabulary)) continue;
      const check = def.compile(this.context(schema, keyword, kwPointer, node));
      if (check === null) continue;
      if (def.late === true) late.push(check);
      else {
        early.push(check);
        earlyKeywords.push(keyword);
      }
    }
    const gated = late.length === 0 ? typeGated(schema['type'], earlyKeywords, early) : null;
    return assemble(
      gated === null ? early : [gated],
      late,
      typeof schema['$id'] === 'string' ? node.resource : null,
    );
  }

  private booleanNode(value: boolean, pointer: string): CompiledNode {
    const validate: Check = value
      ? () => true
      : (_v, st) => {
          report(st, 'not_allowed', {}, undefined);
          return false;
        };
    return { validate, schema: value, resource: '', pointer, meta: {}, shape: emptyShape() };
  }

  private context(
    schema: Record<string, unknown>,
    keyword: string,
    pointer: string,
    node: CompiledNode,
  ): KeywordContext {
    const ctx: CompileContext = {
      schema,
      keyword,
      pointer,
      node,
      value: schema[keyword],
      options: this.settings,
      dynamicNodes: this.dynamicNodes,
      compiler: this,
      sub,
      resolveRef,
      dynamicRef,
      regex,
      edge,
      format,
    };
    return ctx;
  }

  /** A format check by name (a keyword's `format`). */
  formatNamed(name: string): FormatCheck | undefined {
    return Object.hasOwn(this.formats, name) ? this.formats[name] : undefined;
  }

  /** Records an in-place edge for cycle detection. */
  edge(from: CompiledNode, to: CompiledNode): void {
    let list = this.edges.get(from);
    if (list === undefined) this.edges.set(from, (list = []));
    list.push(to);
  }

  /** Resolves `ref` from `from` (a keyword's `resolveRef`). */
  resolveRefFrom(ref: string, from: CompiledNode, keyword: string, pointer: string): CompiledNode {
    const uri = this.registry.absolute(ref, from.resource);
    const target = uri === undefined ? undefined : this.registry.resolve(uri);
    if (target === undefined) throw new SchemaRefError('unresolved_ref', keyword, pointer, uri ?? ref);
    const node = this.node(target, `${pointer}→${uri ?? ref}`);
    this.edge(from, node);
    return node;
  }

  /** The nodes a `$dynamicRef` from `from` may land on (a keyword's `dynamicRef`). */
  dynamicRefFrom(
    ref: string,
    from: CompiledNode,
    pointer: string,
  ): { initial: CompiledNode; anchor: string | null } {
    const initial = this.resolveRefFrom(ref, from, '$dynamicRef', pointer);
    const uri = this.registry.absolute(ref, from.resource) ?? '';
    const { fragment } = splitUri(uri);
    const dynamic =
      fragment !== '' &&
      fragment[0] !== '/' &&
      isObject(initial.schema) &&
      initial.schema['$dynamicAnchor'] === fragment;
    if (dynamic) this.dynamicNames.add(fragment);
    return { initial, anchor: dynamic ? fragment : null };
  }

  /** Compiles every `$dynamicAnchor` a `$dynamicRef` may reach, so runtime lookups never compile. */
  compileDynamicAnchors(): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const [resource, anchors] of [...this.registry.dynamicAnchors]) {
        let m = this.dynamicNodes.get(resource);
        if (m === undefined) this.dynamicNodes.set(resource, (m = new Map<string, CompiledNode>()));
        for (const [name, schema] of anchors) {
          if (m.has(name) || !this.dynamicNames.has(name)) continue;
          const loc = isObject(schema) ? this.registry.locate(schema) : undefined;
          m.set(name, this.node(schema, loc?.pointer ?? ''));
          changed = true;
        }
      }
    }
  }

  /** A compiled regular expression, cached by source (a keyword's `regex`). */
  regexAt(source: string, keyword: string, pointer: string): RegExp {
    const cached = this.regexes.get(source);
    if (cached !== undefined) return cached;
    let re: RegExp;
    try {
      re = new RegExp(source, 'u');
    } catch {
      try {
        re = new RegExp(source);
      } catch {
        throw new InvalidRegexError(keyword, pointer, source);
      }
    }
    this.regexes.set(source, re);
    return re;
  }
}

function assemble(early: Check[], late: Check[], resource: string | null): Check {
  const n = early.length;
  let run: Check;
  if (late.length === 0) {
    if (n === 0) run = () => true;
    else if (n === 1) run = early[0] as Check;
    else {
      run = (v, st, ann) => {
        let ok = true;
        for (let i = 0; i < n; i++) {
          if (!(early[i] as Check)(v, st, ann)) {
            ok = false;
            if (canStop(st)) return false;
          }
        }
        return ok;
      };
    }
  } else {
    run = (v, st, ann) => {
      const local = newAnn();
      let ok = true;
      for (const c of early)
        if (!c(v, st, local)) {
          ok = false;
          if (canStop(st)) return false;
        }
      for (const c of late)
        if (!c(v, st, local)) {
          ok = false;
          if (canStop(st)) return false;
        }
      if (ok && ann !== null) mergeAnn(ann, local);
      return ok;
    };
  }
  if (resource === null) return run;
  const inner = run;
  return (v, st, ann) => {
    st.dyn.push(resource);
    const ok = inner(v, st, ann);
    st.dyn.pop();
    return ok;
  };
}

/** A keyword's context with the compiler its methods call (`Compiler.context`). */
interface CompileContext extends KeywordContext {
  readonly compiler: Compiler;
}

// A keyword's context methods: shared functions of `this` rather than closures per keyword, so a
// check that keeps its context (to report its pointer) keeps no compile-time closures alive. They
// survive `{ ...ctx, value }`, as a prototype's methods would not.
function sub(this: CompileContext, schema: unknown, ...tokens: (string | number)[]): CompiledNode {
  return this.compiler.node(schema, childPointer(this.pointer, ...tokens));
}
function resolveRef(this: CompileContext, ref: string, keyword: string): CompiledNode {
  return this.compiler.resolveRefFrom(ref, this.node, keyword, this.pointer);
}
function dynamicRef(this: CompileContext, ref: string): { initial: CompiledNode; anchor: string | null } {
  return this.compiler.dynamicRefFrom(ref, this.node, this.pointer);
}
function regex(this: CompileContext, source: string, keyword: string, at?: string): RegExp {
  return this.compiler.regexAt(source, keyword, at ?? this.pointer);
}
function edge(this: CompileContext, to: CompiledNode): void {
  this.compiler.edge(this.node, to);
}
function format(this: CompileContext, name: string): FormatCheck | undefined {
  return this.compiler.formatNamed(name);
}
