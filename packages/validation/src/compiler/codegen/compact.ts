/**
 * The compact form of generated code in a precompiled module, which a page downloads: the shapes
 * the generator repeats on every failure path become calls of small runtime helpers
 * (`internal/runtime/module-helpers.ts`), one copy each in the bundle. Each rewrite is of one exact
 * shape with the same meaning (same issues, same params objects, same verdicts); a shape the
 * generator no longer writes is left as it is. The path of a valid value is unchanged but for
 * `stop(st)`, which runs only after a check failed. The JIT does not use this (size does not count
 * there).
 */

import { isObject } from '../../internal/json.js';

/** A JSON string literal, as the generator writes every string (`JSON.stringify`). */
const STRING = /("(?:[^"\\]|\\.)*")/;

/** Rewrites of whole shapes (their string literals are part of the shape). */
const SHAPES: readonly [RegExp, string][] = [
  // The `type` keyword's issue.
  [
    /report\(st, "type", \{ expected: (c\d+), received: jsonType\(v\) \}, (c\d+|undefined)\)/g,
    'reportType(st, v, $1, $2)',
  ],
  // A `format` issue, and what a check that threw answers.
  [
    /report\(st, "format", formatParams\((r\d+), ("(?:[^"\\]|\\.)*")\), (c\d+|undefined)\)/g,
    'reportFormat(st, $1, $2, $3)',
  ],
  [/catch \{ (r\d+) = \{ ok: false, reason: "error" \}; \}/g, 'catch { $1 = formatThrew; }'],
  // An issue about a key read at run time (`additionalProperties`, `propertyNames`).
  [
    /report\(st, ("additional_property"|"property_name"), \{ property: k \}, (c\d+|undefined), k\)/g,
    'reportKey(st, $1, k, $2)',
  ],
  // A child inlined on a property read: validate the read value itself, not a copy of it.
  [
    /\{ const (x\d+) = x; st\.path\.push\(("(?:[^"\\]|\\.)*")\); let ok\1 = true; L\1: \{ const v = \1;/g,
    '{ st.path.push($2); let ok$1 = true; L$1: { const v = x;',
  ],
  // The object type test (`TYPE_TESTS.object` of a name, or an `if` written around the same
  // text): one runtime function, in parentheses, so either reads the same.
  [/\(typeof ([\w$]+) === "object" && \1 !== null && !Array\.isArray\(\1\)\)/g, '(isObj($1))'],
];

/** Rewrites of code with no string literal in it, applied only outside string literals. */
const CODE: readonly [RegExp, string][] = [[/\bst\.silent > 0 \|\| st\.full\b/g, 'stop(st)']];

/** The runtime names the compact form may call. */
export const COMPACT_HELPERS = [
  'stop',
  'reportType',
  'reportFormat',
  'reportRequired',
  'reportKey',
  'formatThrew',
  'isObj',
] as const;

/** What `compactModule` gives: the body, and the runtime names it now reads. */
export interface Compacted {
  body: string;
  /** Every runtime name in `candidates` that the body reads. */
  uses: string[];
}

/**
 * The compact form of a generated body (constants on their own lines, then functions). `annotations`:
 * whether the code may be given annotations (a schema has `unevaluated*`, `Generated.annotations`);
 * without, every `ann` of the module is null: an inlined child's `const ann = null` is dropped and
 * the tests of `ann` are written as their answer, which the bundler folds away.
 * `candidates`: the runtime names whose use is reported in `uses`.
 */
export function compactModule(body: string, annotations: boolean, candidates: readonly string[]): Compacted {
  let out = body;
  for (const [re, to] of SHAPES) out = out.replace(re, to);
  // A `required` issue whose child segment is its params' `property` (as the emitter writes it).
  const consts = frozenConstants(out);
  out = out.replace(
    /report\(st, "required", (c\d+), (c\d+|undefined), ("(?:[^"\\]|\\.)*")\)/g,
    (call, params: string, meta: string, name: string) => {
      const p = consts.get(params);
      return isObject(p) && p['property'] === JSON.parse(name)
        ? `reportRequired(st, ${params}, ${meta})`
        : call;
    },
  );
  const code: [RegExp, string][] = [...CODE];
  // Without `unevaluated*` every `ann` is null: its declarations and tests go.
  if (!annotations)
    code.push(
      [/ const ann = null;/g, ''],
      [/\bann !== null\b/g, 'false'],
      [/\bann === null\b/g, 'true'],
      [/\btrue \? null : newAnn\(\)/g, 'null'],
    );
  // Split into code and string literals (odd indexes): code rewrites never touch a literal.
  const parts = out.split(STRING);
  for (let i = 0; i < parts.length; i += 2)
    for (const [re, to] of code) parts[i] = (parts[i] as string).replace(re, to);
  if (!annotations) dropUnreadFlags(parts);
  // Frozen constants through one short name (`Object.freeze` is read once).
  const lines = parts.join('').split('\n');
  let frozen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = /^const (c\d+) = Object\.freeze\(/.exec(line);
    if (m === null) continue;
    lines[i] = `const ${m[1] as string} = FZ(${line.slice(m[0].length)}`;
    frozen = true;
  }
  if (frozen) lines.unshift('const FZ = Object.freeze;');
  // Constants read in place: a format check read into a constant (`const f0 = checkDate;`, once
  // `F["date"]` was replaced by the import) is the import itself; a string, number or boolean
  // constant (an `enum` or `const` value) is its literal. Fewer names to carry, same values.
  const inline = new Map<string, string>();
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const alias = /^const (f\d+) = ([A-Za-z_$][\w$]*);$/.exec(line);
    const literal = /^const (c\d+) = ("(?:[^"\\]|\\.)*"|true|false|(-?)\d+(?:\.\d+)?(?:e[+-]?\d+)?);$/.exec(
      line,
    );
    if (alias !== null && alias[2] !== 'F') inline.set(alias[1] as string, alias[2] as string);
    else if (literal !== null)
      inline.set(
        literal[1] as string,
        literal[3] === '-' ? `(${literal[2] as string})` : (literal[2] as string),
      );
    else continue;
    dropped.add(i);
  }
  let result = lines.filter((_, i) => !dropped.has(i)).join('\n');
  if (inline.size > 0) {
    const split = result.split(STRING);
    for (let i = 0; i < split.length; i += 2)
      split[i] = (split[i] as string).replace(
        /(?<![\w$.])[cf]\d+(?![\w$])/g,
        (name) => inline.get(name) ?? name,
      );
    result = split.join('');
  }
  // `OP` is read only by the fast own-ness tests (`source.ts`).
  if ((codeOf(result).match(/(?<![\w$.])OP(?![\w$])/g) ?? []).length === 1)
    result = result.replace('const OP = Object.prototype; ', '');
  const codeOnly = codeOf(result);
  const uses = candidates.filter((name) => new RegExp(`(?<![\\w$.])${name}(?![\\w$])`).test(codeOnly));
  return { body: result, uses };
}

/**
 * Without annotations, `additionalProperties`' flag (`let a0 = true; ... a0 = false; ...
 * if (a0 && false) ann.allProps = true;`) is only written: its statements go. `parts`: the body
 * split at its string literals (code at even indexes), rewritten in place.
 */
function dropUnreadFlags(parts: string[]): void {
  const code = (): string => parts.filter((_, i) => i % 2 === 0).join(' ');
  for (const m of code().matchAll(/ if \((a\d+) && false\) ann\.allProps = true;/g)) {
    const flag = m[1] as string;
    const statements = [
      ` if (${flag} && false) ann.allProps = true;`,
      ` let ${flag} = true;`,
      ` ${flag} = false;`,
    ];
    const uses = code().match(new RegExp(`(?<![\\w$.])${flag}(?![\\w$])`, 'g'))?.length ?? 0;
    const written = statements.reduce((n, t) => n + code().split(t).length - 1, 0);
    if (uses !== written) continue;
    for (let i = 0; i < parts.length; i += 2)
      for (const t of statements) parts[i] = (parts[i] as string).split(t).join('');
  }
}

/** The frozen JSON constants of a body (`const c3 = Object.freeze({...});`), by name. */
export function frozenConstants(body: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const m of body.matchAll(/^const (c\d+) = Object\.freeze\((.*)\);$/gm)) {
    try {
      out.set(m[1] as string, JSON.parse(m[2] as string));
    } catch {
      // Not JSON (`-0`, a computed "__proto__" key): not read.
    }
  }
  return out;
}

/** The code of `text` without its string literals. */
function codeOf(text: string): string {
  return text
    .split(STRING)
    .filter((_, i) => i % 2 === 0)
    .join(' ');
}
