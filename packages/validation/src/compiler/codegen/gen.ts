/**
 * The code generator's state: one JavaScript function per compiled node, and the module-level
 * constants (issue params, labels, regular expressions, format checks) they share.
 */
import { escapePointerToken } from '../../pointer.js';
import type { CompiledNode } from '../types.js';
import { toSource } from './source.js';

/** The runtime helpers generated code may call (exported by `@dvc-kit/validation/runtime`). */
export const HELPERS = [
  'report',
  'reportAt',
  'newAnn',
  'mergeAnn',
  'jsonEqual',
  'jsonType',
  'codePointLength',
  'isMultipleOf',
  'getAt',
  'formatParams',
  'unwind',
] as const;
export type Helper = (typeof HELPERS)[number];

/** Inline tests of JSON types on the variable `v` (or another expression). */
export const TYPE_TESTS: Record<string, (x: string) => string> = {
  string: (x) => `typeof ${x} === "string"`,
  number: (x) => `typeof ${x} === "number"`,
  integer: (x) => `Number.isInteger(${x})`,
  boolean: (x) => `typeof ${x} === "boolean"`,
  null: (x) => `${x} === null`,
  array: (x) => `Array.isArray(${x})`,
  object: (x) => `(typeof ${x} === "object" && ${x} !== null && !Array.isArray(${x}))`,
};

/** What `jsonType` answers for JSON values (the keys of a `typeParams` table). */
const RECEIVED = ['null', 'array', 'object', 'string', 'number', 'boolean'];

/** At most this many names get shared `{ property }` params per compile (`Gen.propertyParams`). */
export const PROPERTY_PARAMS = 1024;

/** The function interning `{ property }` params, for the generated body's prelude (`Gen.propertyParams`). */
export const PROPERTY_PARAMS_SOURCE = `const PM = new Map(); function PP(k) { let p = PM.get(k); if (p === undefined) { p = Object.freeze({ property: k }); if (PM.size < ${PROPERTY_PARAMS}) PM.set(k, p); } return p; }`;

/** What a failing step does inside a node function: mark it failed, stop when nothing is recorded. */
export const FAIL = 'ok = false; if (st.silent > 0 || st.full) return false;';

/**
 * A segment of the instance location that generated code knows without pushing it on `st.path`
 * (static paths): a property name, or the expression of an array index (a loop variable).
 */
export type Seg = { name: string } | { index: string };

/**
 * Writes the checks of `node` inlined in its parent's function, marking its verdict in the
 * variable `ok` and leaving the labelled block `label` to stop early (null when it cannot be).
 */
export type Inliner = (node: CompiledNode, ok: string, label: string) => string | null;

export class Gen {
  private readonly consts = new Map<string, string>();
  private readonly constLines: string[] = [];
  private readonly names = new Map<CompiledNode, string>();
  private readonly formats = new Map<string, string>();
  /** Nodes named but not yet generated. */
  readonly pending: CompiledNode[] = [];
  readonly helpers = new Set<Helper>();
  /**
   * False when no schema of the compile has `unevaluatedProperties`/`unevaluatedItems`: then `ann`
   * is always null and property annotations are not written.
   */
  annotations = true;
  /**
   * Code for speed rather than size (the JIT): own-ness tests inline (`ownProp`). Precompiled
   * modules, which a page downloads, keep the compact form; both give the same answers.
   */
  fast = false;
  /** The compile's `maxDataDepth`, which the fused JSON check of fast code tests (`json-guard.ts`). */
  maxDataDepth = 64;
  /** The fused JSON check of each schema that carries one, by schema (fast code only; `generate.ts`). */
  guarded: ReadonlyMap<unknown, string> = new Map();
  /** False when no schema of the compile has a `$dynamicAnchor`: the dynamic scope is never read. */
  dynamicScope = true;
  /** True once a `$dynamicRef` needs the dynamic-anchor table `D`. */
  usesDynamic = false;
  private next = 0;
  /**
   * What a failing step does where code is being written: `FAIL` in a node's own function; inside
   * a child inlined in its parent, it marks the child's verdict and, when it stops, first restores
   * the instance path the function started with (`pd`).
   */
  FAIL = FAIL;
  /** Set by the generator: writes a child node's checks inline. */
  inliner: Inliner = () => null;
  /** How many children were inlined so far (a function that inlines any declares `pd`). */
  inlined = 0;
  /**
   * Static paths (fast code): children inlined in a function push nothing on `st.path`; the
   * segments from the function's location to the value being checked are `at`, written into the
   * issues it reports (`reportAt`) and pushed only around calls of other functions.
   */
  staticPath = false;
  /** The segments below `st.path` of the value the code being written checks (static paths). */
  readonly at: Seg[] = [];

  /**
   * The start of a call reporting an issue at the value being checked, plus `extra` property names
   * below it: `report(st, ` or, with static segments, `reportAt(st, "/a/" + i, `; the caller
   * writes the code, params, meta and optional child segment.
   */
  rep(extra: readonly string[] = []): string {
    const segs: Seg[] = [...this.at, ...extra.map((name) => ({ name }))];
    if (segs.length === 0) return this.jit ? `K(st, ${this.reportSite()}, "", ` : `${this.h('report')}(st, `;
    const parts: string[] = [];
    let lit = '';
    for (const s of segs) {
      if ('name' in s) lit += '/' + escapePointerToken(s.name);
      else {
        parts.push(JSON.stringify(lit + '/'), s.index);
        lit = '';
      }
    }
    if (lit !== '') parts.push(JSON.stringify(lit));
    if (this.jit) return `K(st, ${this.reportSite()}, ${parts.join(' + ')}, `;
    return `${this.h('reportAt')}(st, ${parts.join(' + ')}, `;
  }

  /**
   * `code` (a call of another node's function on the value being checked, its verdict assigned
   * and nothing returned in between) with the static segments pushed on `st.path` around it.
   */
  around(code: string): string {
    if (this.at.length === 0) return code;
    const tokens = this.at.map((s) => ('name' in s ? JSON.stringify(s.name) : s.index));
    return `st.path.push(${tokens.join(', ')}); ${code} ${'st.path.pop(); '.repeat(tokens.length)}`;
  }

  /** A module-level constant equal to `value` (JSON data), shared by equal values. */
  c(value: unknown): string {
    const src = toSource(value);
    let name = this.consts.get(src);
    if (name === undefined) {
      name = `c${this.consts.size}`;
      this.consts.set(src, name);
      // Frozen: shared by every run (and their issues' params), and so worded once (`internal/run.ts`).
      this.constLines.push(
        `const ${name} = ${value !== null && typeof value === 'object' ? `Object.freeze(${src})` : src};`,
      );
    }
    return name;
  }

  /**
   * The params of a `type` issue expecting `names` at the value `v`: in fast code, one frozen
   * object per received JSON type, made once (`{ expected, received }`), so each issue shares its
   * params and its wording is kept after the first reading (`internal/issue.ts`), as for the
   * constants; a value that is not JSON gets its own. Compact code builds them per issue.
   */
  typeParams(names: readonly string[]): string {
    const expected = this.c(names);
    const fresh = `{ expected: ${expected}, received: ${this.h('jsonType')}(v) }`;
    if (!this.fast) return fresh;
    const key = `type:${expected}`;
    let name = this.consts.get(key);
    if (name === undefined) {
      name = `t${this.consts.size}`;
      this.consts.set(key, name);
      const by = RECEIVED.map((t) => `${t}: Object.freeze({ expected: ${expected}, received: "${t}" })`);
      this.constLines.push(`const ${name} = { ${by.join(', ')} };`);
    }
    return `(${name}[${this.h('jsonType')}(v)] ?? ${fresh})`;
  }

  /**
   * The params `{ property: k }` of an issue about the key `k` (a name read at run time): in fast
   * code, one frozen object per name, kept for at most `PROPERTY_PARAMS` names (`PP`, written by
   * the generator), so their wording is kept as for the constants. Compact code builds them.
   */
  propertyParams(k: string): string {
    if (!this.fast) return `{ property: ${k} }`;
    this.usesPropertyParams = true;
    return `PP(${k})`;
  }

  /**
   * Code for the JIT only (`generate`'s `jit`): a format call passes `formatParams` a cache of its
   * own site (`formatSite`), which only the JIT's `formatParams` reads. Modules are written without.
   */
  jit = false;

  /** A format call site's cache of its last params (`FormatSite`: reason, params, extra params; JIT only). */
  formatSite(): string {
    const name = this.id('s');
    this.constLines.push(`const ${name} = { r: undefined, p: undefined, k: [], x: [] };`);
    return name;
  }

  /**
   * A report call site's record of its last issue (JIT only: `K`, `internal/report-site.ts`,
   * called as `K(st, QS[n], at, code, params, meta, child?)`; `Q(count)` makes the records, one
   * array rather than a constant per site: 208 constants made the residence form's compile 8%
   * slower without the source cache).
   */
  reportSite(): string {
    return `QS[${this.sites++}]`;
  }

  /** How many report call sites the JIT's code has (`QS`, made by `Q(sites)` in the constants). */
  private sites = 0;

  /** True once fast code calls `PP` (`propertyParams`). */
  usesPropertyParams = false;

  /**
   * In the code of a schema carrying the fused JSON check (`guarded`), the statement a failing
   * check runs when it leaves a value the check relies on unchecked (a type test failed, a key
   * refused, no branch passed...): the pre-walk's test of `value`, `below` levels under the value
   * being checked, flagging `st.nj` when it is not JSON. With it, a run flags every value it did
   * not settle, so an invalid run needs the JSON walk only when flagged (`internal/run.ts`). `''`
   * elsewhere (it ends with a space otherwise, so code without it is written as before).
   */
  unsettled(schema: unknown, value = 'v', below = 0): string {
    if (!this.guarded.has(schema)) return '';
    const depth = this.at.length + below;
    return `if (!J(${value}, ${depth === 0 ? 'st.path.length' : `st.path.length + ${depth}`}, ${this.maxDataDepth})) st.nj = true; `;
  }

  /** A module-level regular expression. */
  re(re: RegExp): string {
    const src = `new RegExp(${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)})`;
    let name = this.consts.get(src);
    if (name === undefined) {
      name = `r${this.consts.size}`;
      this.consts.set(src, name);
      this.constLines.push(`const ${name} = ${src};`);
    }
    return name;
  }

  /** The format check `name`, read once from the format table `F`. */
  format(name: string): string {
    let v = this.formats.get(name);
    if (v === undefined) {
      v = `f${this.formats.size}`;
      this.formats.set(name, v);
      this.constLines.push(`const ${v} = F[${JSON.stringify(name)}];`);
    }
    return v;
  }

  /** The names of the formats the code calls. */
  formatNames(): string[] {
    return [...this.formats.keys()];
  }

  /** A runtime helper, recorded as used. */
  h(name: Helper): string {
    this.helpers.add(name);
    return name;
  }

  /** The function validating with `node`, queued for generation the first time. */
  fn(node: CompiledNode): string {
    if (node.schema === true) return 'vTrue';
    if (node.schema === false) return 'vFalse';
    let name = this.names.get(node);
    if (name === undefined) {
      name = `v${this.names.size}`;
      this.names.set(node, name);
      this.pending.push(node);
    }
    return name;
  }

  /** Every named node with its function name, in naming order. */
  named(): [CompiledNode, string][] {
    return [...this.names];
  }

  /** A fresh local variable name. */
  id(prefix: string): string {
    return `${prefix}${this.next++}`;
  }

  /** The constants' lines, each through `line` (the generator's ASCII escaping, say). */
  constants(line: (text: string) => string = (text) => text): string {
    const sites = this.sites > 0 ? [`const QS = Q(${this.sites});`] : [];
    return [...sites, ...this.constLines.map(line)].join('\n');
  }
}
