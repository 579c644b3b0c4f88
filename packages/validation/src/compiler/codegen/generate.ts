/**
 * The code generator: turns the node graph `compileNodes` built into the source of one function
 * body that defines a JavaScript function per node and returns them. The body reads the runtime
 * helpers it names (`Generated.helpers`) and the format table `F` as free variables, so the same
 * text runs compiled at run time (JIT, `../../node.ts`) or wrapped in an ES module (ahead of time).
 */
import type { Compiler } from '../compiler.js';
import { ANNOTATION_KEYWORDS, keywordTable } from '../keywords/index.js';
import type { CompiledSchema } from '../compile-schema.js';
import type { CompiledNode, KeywordContext } from '../types.js';
import { escapePointerToken } from '../../pointer.js';
import { emitterTable } from './emitters/index.js';
import { covering, jsonGuard } from './json-guard.js';
import { OWN } from './source.js';
import { Gen, PROPERTY_PARAMS_SOURCE, TYPE_TESTS, type Helper, type Inliner } from './gen.js';

/** What the generator produced. */
export interface Generated {
  /** A function body: constants and node functions, then `return { root, nodes }`. */
  body: string;
  /** The runtime helpers the body calls, by name. */
  helpers: Helper[];
  /** The format names the body reads from `F`. */
  formats: string[];
  /** The nodes in the order of `nodes` in the returned object. */
  nodes: CompiledNode[];
  /** False when no schema has `unevaluated*`: every `ann` of the body is then null. */
  annotations: boolean;
}

/** The keywords a type gate lets run behind the type test (as `../type-gate.ts`). */
const GATED: Record<string, ReadonlySet<string>> = {
  string: new Set(['minLength', 'maxLength', 'pattern', 'format']),
  number: new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']),
  object: new Set([
    'properties',
    'patternProperties',
    'additionalProperties',
    'propertyNames',
    'required',
    'dependentRequired',
    'dependentSchemas',
    'minProperties',
    'maxProperties',
  ]),
  array: new Set(['prefixItems', 'items', 'contains', 'minItems', 'maxItems', 'uniqueItems']),
};

/** The compiler's keyword context (the same one the evaluators get). */
type ContextFactory = (
  schema: Record<string, unknown>,
  keyword: string,
  pointer: string,
  node: CompiledNode,
) => KeywordContext;

/** How to generate. */
export interface GenerateOptions {
  /** Code for speed rather than size (the JIT, `dvc build-validators --fast`; see `Gen.fast`). Default false. */
  fast?: boolean;
  /**
   * The JSON check fused into the walk (`json-guard.ts`), for code run with `fusedJson` (the JIT).
   * Precompiled modules run the JSON check first and pass false. Default: `fast`.
   */
  fusedJson?: boolean;
  /**
   * Source made of ASCII only: characters beyond it (a label's Vietnamese, say) written as `\u`
   * escapes, which mean the same in the string literals and names they occur in. For the JIT
   * (`node.ts`): V8 joins a body with one such character into a two-byte string, about fifty times
   * slower than a one-byte one (1 ms of the residence form's 5 ms compile). Default false.
   */
  ascii?: boolean;
  /** Code for the JIT's helpers only (`Gen.jit`): more than the runtime's helpers read. Default false. */
  jit?: boolean;
}

/** A character beyond ASCII (`ascii`), once and everywhere. */
const NON_ASCII = /[^\0-\x7f]/;
const NON_ASCII_ALL = /[^\0-\x7f]/g;

/**
 * `line` with its characters beyond ASCII escaped, as a one-byte string: `replace` answers a
 * two-byte string for a two-byte subject, the JSON round trip a one-byte one for ASCII text.
 */
function escapeNonAscii(line: string): string {
  if (!NON_ASCII.test(line)) return line;
  const escaped = line.replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return JSON.parse(JSON.stringify(escaped)) as string;
}

/** Generates the source of every node reachable from the root. */
export function generate(compiled: CompiledSchema, options: GenerateOptions = {}): Generated {
  const { compiler, root } = compiled;
  const context = (compiler as unknown as { context: ContextFactory }).context.bind(compiler);
  const g = new Gen();
  g.fast = options.fast === true;
  g.staticPath = g.fast;
  g.jit = options.jit === true;
  g.maxDataDepth = compiled.run.maxDataDepth;
  g.dynamicScope = compiler.dynamicNodes.size > 0;
  if (options.fusedJson ?? g.fast) g.guarded = guardedSchemas(root, context, compiler, g.maxDataDepth);
  const all = (compiler as unknown as { nodes: Map<unknown, CompiledNode> }).nodes;
  g.annotations = [...all.values()].some(
    (n) =>
      typeof n.schema === 'object' &&
      n.schema !== null &&
      ('unevaluatedProperties' in n.schema || 'unevaluatedItems' in n.schema),
  );
  g.inliner = makeInliner(g, context, compiler);
  const rootName = g.fn(root);
  const functions: string[] = [];
  let dynamicAdded = false;
  for (;;) {
    const node = g.pending.shift();
    if (node === undefined) {
      if (!g.usesDynamic || dynamicAdded) break;
      dynamicAdded = true;
      for (const anchors of compiler.dynamicNodes.values()) for (const n of anchors.values()) g.fn(n);
      continue;
    }
    functions.push(nodeFunction(g, node, context, compiler));
  }
  const named = g.named();
  const lines = [
    'function vTrue() { return true; }',
    // With the fused JSON check, a value refused by `false` is one no check settled (`Gen.unsettled`).
    `function vFalse(v, st) { ${g.h('report')}(st, "not_allowed", {}, undefined); ${g.guarded.size > 0 ? `if (!J(v, st.path.length, ${g.maxDataDepth})) st.nj = true; ` : ''}return false; }`,
    // Own-ness tests compare a read value with the prototype's (`ownProp`).
    OWN,
    ...(g.usesPropertyParams ? [PROPERTY_PARAMS_SOURCE] : []),
    g.constants(options.ascii === true ? escapeNonAscii : undefined),
    ...functions,
  ];
  if (g.usesDynamic) {
    const names = new Map(named);
    const table = [...compiler.dynamicNodes].map(
      ([res, anchors]) =>
        `[${JSON.stringify(res)}, new Map([${[...anchors]
          .map(
            ([a, n]) => `[${JSON.stringify(a)}, [${names.get(n) ?? g.fn(n)}, ${JSON.stringify(n.resource)}]]`,
          )
          .join(', ')}])]`,
    );
    lines.push(`const D = new Map([${table.join(', ')}]);`);
  }
  lines.push(`return { root: ${rootName}, nodes: [${named.map(([, name]) => name).join(', ')}] };`);
  return {
    body: (options.ascii === true ? lines.map(escapeNonAscii) : lines).join('\n'),
    annotations: g.annotations,
    helpers: [...g.helpers].sort(),
    formats: g.formatNames(),
    nodes: named.map(([n]) => n),
  };
}

/** The keywords of a node that have a check, in schema order (as `Compiler.node` visits them). */
function checkedKeywords(schema: Record<string, unknown>, compiler: Compiler): string[] {
  const vocabularies = compiler.vocabularies;
  return compiler.keywordsOf(schema).filter((k) => {
    if (!Object.hasOwn(keywordTable, k) || ANNOTATION_KEYWORDS.has(k)) return false;
    const def = keywordTable[k];
    return def !== undefined && (vocabularies === null || vocabularies.has(def.vocabulary));
  });
}

/** The checks of a node's keywords, in order; `exit` leaves the node when its type test fails. */
function nodeChecks(
  g: Gen,
  node: CompiledNode,
  context: ContextFactory,
  compiler: Compiler,
  exit: string,
): { body: string; late: boolean } {
  const schema = node.schema as Record<string, unknown>;
  const keywords = checkedKeywords(schema, compiler);
  const late = keywords.filter((k) => keywordTable[k]?.late === true);
  const early = keywords.filter((k) => keywordTable[k]?.late !== true);
  // A single gating type: the other keywords run only behind the type test (same issues, fewer tests).
  const t = schema['type'];
  const gate =
    late.length === 0 && typeof t === 'string' && Object.hasOwn(GATED, t) && early.length >= 2
      ? (GATED[t] as ReadonlySet<string>)
      : null;
  const known = gate !== null && early.every((k) => k === 'type' || gate.has(k)) ? (t as string) : null;
  const emit = (k: string, knownType: string | null): string | null => {
    const emitter = emitterTable[k];
    if (emitter === undefined) throw new Error(`No emitter for the keyword "${k}"`);
    return emitter(context(schema, k, `${node.pointer}/${escapePointerToken(k)}`, node), g, knownType);
  };
  const parts: string[] = [];
  if (known !== null) {
    const test = (TYPE_TESTS[known] as (x: string) => string)('v');
    // The type test was just failed: the type keyword's own test is known false.
    const typeFail = (emit('type', null) ?? '').replace(`if (!(${test})) `, '');
    parts.push(`if (!(${test})) { ${typeFail} ${exit} }`);
    for (const k of early) if (k !== 'type') parts.push(emit(k, known) ?? '');
  } else {
    for (const k of early) parts.push(emit(k, null) ?? '');
  }
  for (const k of late) parts.push(emit(k, null) ?? '');
  const guard = g.guarded.get(schema);
  // The guard tests the data depth as `st.path.length`: static segments are not on the path.
  if (guard !== undefined)
    parts.push(
      g.at.length === 0 ? guard : guard.replaceAll('st.path.length', `(st.path.length + ${g.at.length})`),
    );
  return { body: parts.filter((p) => p !== '').join('\n'), late: late.length > 0 };
}

/**
 * The schemas whose generated checks carry the fused JSON check, with their code: the root, and
 * every subschema the check of a guarded schema relies on (`json-guard.ts`). Subschemas reached
 * otherwise (`if`, `then`, `not`, `contains`, an `allOf` member after the first, ...) apply to values
 * that a guarded schema settles already.
 */
function guardedSchemas(
  root: CompiledNode,
  context: ContextFactory,
  compiler: Compiler,
  maxDepth: number,
): Map<unknown, string> {
  const out = new Map<unknown, string>();
  const visit = (node: CompiledNode): void => {
    const schema = node.schema;
    if (typeof schema !== 'object' || schema === null || out.has(schema)) return;
    const s = schema as Record<string, unknown>;
    const ctx = (k: string): KeywordContext =>
      context(s, k, `${node.pointer}/${escapePointerToken(k)}`, node);
    const keywords = checkedKeywords(s, compiler);
    const { code, relies } = jsonGuard({ schema: s, keywords, context: ctx, maxDepth });
    out.set(schema, code);
    const each = (k: string): void => {
      const value = s[k];
      if (!keywords.includes(k) || typeof value !== 'object' || value === null) return;
      if (Array.isArray(value))
        value.forEach((sub, i) => {
          visit(ctx(k).sub(sub, i));
        });
      else if (k === 'properties' || k === 'patternProperties')
        for (const name of Object.keys(value))
          visit(ctx(k).sub((value as Record<string, unknown>)[name], name));
      else visit(ctx(k).sub(value));
    };
    if (relies === 'object') ['properties', 'patternProperties', 'additionalProperties'].forEach(each);
    else if (relies === 'array') ['prefixItems', 'items'].forEach(each);
    else if (relies === 'anyOf' || relies === 'oneOf') each(relies);
    else if (relies === '$ref') visit(ctx('$ref').resolveRef(s['$ref'] as string, '$ref'));
    else if (relies === 'allOf') {
      const members = s['allOf'] as unknown[];
      const i = members.findIndex(covering);
      visit(ctx('allOf').sub(members[i], i));
    }
  };
  visit(root);
  return out;
}

/** Nodes that keep a function of their own: booleans, resource roots and nodes with `unevaluated*`. */
function inlinable(node: CompiledNode, compiler: Compiler): boolean {
  const schema = node.schema;
  if (
    typeof schema !== 'object' ||
    schema === null ||
    typeof (schema as Record<string, unknown>)['$id'] === 'string'
  )
    return false;
  return !checkedKeywords(schema as Record<string, unknown>, compiler).some(
    (k) => keywordTable[k]?.late === true,
  );
}

/** The inliner the emitters call for a child node (not inside itself: a cyclic schema object calls). */
function makeInliner(g: Gen, context: ContextFactory, compiler: Compiler): Inliner {
  const open = new Set<CompiledNode>();
  return (node, ok, label) => {
    if (open.has(node) || !inlinable(node, compiler)) return null;
    open.add(node);
    const saved = g.FAIL;
    // With static paths an inlined child pushes nothing, so there is nothing to take back.
    g.FAIL = g.staticPath
      ? `${ok} = false; if (st.silent > 0 || st.full) return false;`
      : `${ok} = false; if (st.silent > 0 || st.full) return ${g.h('unwind')}(st, pd);`;
    g.inlined++;
    try {
      return nodeChecks(g, node, context, compiler, `break ${label};`).body;
    } finally {
      g.FAIL = saved;
      open.delete(node);
    }
  };
}

function nodeFunction(g: Gen, node: CompiledNode, context: ContextFactory, compiler: Compiler): string {
  const name = g.fn(node);
  const before = g.inlined;
  const { body, late } = nodeChecks(g, node, context, compiler, 'return false;');
  const start =
    g.inlined > before && !g.staticPath ? 'const pd = st.path.length; let ok = true;' : 'let ok = true;';
  const inner = !late
    ? `${start}\n${body}\nreturn ok;`
    : `const ann = ${g.h('newAnn')}(); ${start}\n${body}\nif (ok && outer !== null) ${g.h('mergeAnn')}(outer, ann);\nreturn ok;`;
  const params = !late ? 'v, st, ann' : 'v, st, outer';
  const schema = node.schema as Record<string, unknown>;
  if (typeof schema['$id'] !== 'string') return `function ${name}(${params}) {\n${inner}\n}`;
  // A resource root enters the dynamic scope for its whole evaluation.
  return `function ${name}(v, st, ann) { st.dyn.push(${JSON.stringify(node.resource)}); const r = ${name}_(v, st, ann); st.dyn.pop(); return r; }
function ${name}_(${params}) {\n${inner}\n}`;
}
