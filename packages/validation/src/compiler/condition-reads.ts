/**
 * Which values of the data the conditions of a compiled schema read: the `if` of an `if`/`then`/
 * `else` and the `anyOf`/`oneOf` branches decide which fields apply (`activeFields`,
 * `requiredFields`), and they are the only parts of the schema that look at a value rather than
 * at which keys are present (`required`, `dependentRequired`, `dependentSchemas` and undeclared
 * members read presence only). So a change of a value that no condition reads, its key present
 * before and after, cannot change which fields apply: a form skips the whole walk on such a
 * keystroke (docs/decisions/0018-first-render.md, "Typing").
 *
 * Worked out once per validator, from the compiled nodes, conservatively: a condition made only of
 * `properties`, `required` and `type` is followed member by member (`type` reads the kind of the
 * value at its own location, not the values below it); any other keyword in a condition (`const`,
 * `enum`, `pattern`, `$ref`, `items`, …) reads the whole value at its location. A schema too deep to
 * follow (a recursive `$ref`) is read everywhere.
 */
import { parsePointer } from '../pointer.js';
import type { CompiledNode } from './types.js';

/** Any member name or array index (items, `patternProperties`, `additionalProperties`). */
const ANY = Symbol('any');
type Token = string | typeof ANY;

/** A location a condition reads: the value there and everything below it, or (`exact`) only its kind. */
interface Read {
  tokens: readonly Token[];
  exact: boolean;
}

/** What the conditions of one schema read; `everywhere` when it could not be worked out. */
export interface ConditionReads {
  readonly everywhere: boolean;
  readonly reads: readonly Read[];
}

/** Keywords of a condition that read no value: annotations and `required` (which reads keys). */
const SILENT = new Set(['title', 'description', '$comment', 'required']);

/** The deepest location followed; deeper (recursive schemas) is read everywhere. */
const MAX_DEPTH = 24;
/** The most (node, location) pairs visited; more is read everywhere. */
const MAX_VISITS = 20_000;

const keyOf = (tokens: readonly Token[]): string =>
  tokens.map((t) => (t === ANY ? '\u0000' : t.replaceAll('/', '//'))).join('/');

/** Works out what the conditions under `root` read. */
export function conditionReads(root: CompiledNode): ConditionReads {
  const reads: Read[] = [];
  const visited = new Map<CompiledNode, Set<string>>();
  let visits = 0;
  // Set from the walks below (an object, so the compiler sees it change).
  const out = { everywhere: false };

  const readAll = (tokens: readonly Token[], exact = false): void => {
    reads.push({ tokens, exact });
  };

  /** What validating `node` against the value at `tokens` reads. */
  const condition = (node: CompiledNode, tokens: readonly Token[]): void => {
    const schema = node.schema;
    if (typeof schema !== 'object' || schema === null) return;
    if (tokens.length > MAX_DEPTH) {
      out.everywhere = true;
      return;
    }
    for (const key of Object.keys(schema)) {
      if (SILENT.has(key) || key === 'properties') continue;
      if (key === 'type') readAll(tokens, true);
      else {
        // Any other keyword may read the whole value here.
        readAll(tokens);
        return;
      }
    }
    for (const [name, child] of node.shape.properties ?? []) condition(child, [...tokens, name]);
  };

  /** Walks the nodes that may apply at `tokens`, finding the conditions among them. */
  const structure = (node: CompiledNode | null, tokens: readonly Token[]): void => {
    if (node === null || out.everywhere) return;
    if (tokens.length > MAX_DEPTH || ++visits > MAX_VISITS) {
      out.everywhere = true;
      return;
    }
    const key = keyOf(tokens);
    let seen = visited.get(node);
    if (seen === undefined) visited.set(node, (seen = new Set()));
    if (seen.has(key)) return;
    seen.add(key);
    const s = node.shape;
    for (const n of s.inPlace) structure(n, tokens);
    for (const b of s.branches) {
      condition(b, tokens);
      structure(b, tokens);
    }
    if (s.conditional !== null) {
      condition(s.conditional.cond, tokens);
      structure(s.conditional.then, tokens);
      structure(s.conditional.else, tokens);
    }
    for (const d of s.dependentSchemas?.values() ?? []) structure(d, tokens);
    for (const [name, child] of s.properties ?? []) structure(child, [...tokens, name]);
    for (const pp of s.patternProperties ?? []) structure(pp.node, [...tokens, ANY]);
    structure(s.additionalProperties, [...tokens, ANY]);
    for (const item of s.prefixItems ?? []) structure(item, [...tokens, ANY]);
    structure(s.items, [...tokens, ANY]);
  };

  structure(root, []);
  return { everywhere: out.everywhere, reads: out.everywhere ? [] : reads };
}

/**
 * Whether a condition reads the value at `pointer`: a change of that value (its key present before
 * and after, a string, number, boolean or null before and after) may change which fields apply.
 */
export function conditionReadsAt(conditions: ConditionReads, pointer: string): boolean {
  if (conditions.everywhere) return true;
  const tokens = parsePointer(pointer);
  if (tokens === undefined) return true;
  return conditions.reads.some((read) => covers(read, tokens));
}

function covers(read: Read, tokens: readonly string[]): boolean {
  if (read.tokens.length > tokens.length || (read.exact && read.tokens.length !== tokens.length))
    return false;
  return read.tokens.every((t, i) => t === ANY || t === tokens[i]);
}
