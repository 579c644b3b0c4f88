/**
 * One validation run, shared by the interpreter (`Validator`) and generated validators (JIT and
 * precompiled): the JSON pre-check, the run state, and issues worded only when read.
 */
import type { AdminUnitLookup } from '../formats/format-check.js';
import { wordMessage, type Locale, type MessageBook } from '../messages/word.js';
import type { ValidateOptions, ValidationIssue } from '../result.js';
import type { RawIssue, State } from '../compiler/types.js';
import { checkJsonData } from './data-check.js';
import { formatPointer } from '../pointer.js';

/** Settings a validator runs with. */
export interface RunSettings {
  locale: Locale;
  maxIssues: number;
  maxDataDepth: number;
  maxEvaluationDepth: number;
  adminUnits: AdminUnitLookup | undefined;
  /**
   * The root's checks make sure the data they pass is JSON (the JIT, `codegen/json-guard.ts`):
   * `validate` checks the data only after an invalid or flagged run (ADR 0022).
   */
  fusedJson?: boolean;
}

const unreadable = (): RawIssue[] => [
  { path: [], code: 'not_json', params: { kind: 'unreadable' }, meta: undefined },
];

/** The `not_json` issues of `data` (none when it is JSON). */
function jsonIssues(s: RunSettings, data: unknown): RawIssue[] {
  try {
    return checkJsonData(data, s.maxDataDepth, s.maxIssues);
  } catch {
    // A getter or proxy threw while reading the data: it is not JSON.
    return unreadable();
  }
}

/**
 * Checks that `data` is JSON, then runs `body` on a fresh state; answers the raw issues. With
 * `fused` (the root's generated checks test JSON as they go), the data is checked only when the
 * run is invalid or was flagged, with the same issues as checking it first.
 */
export function runValidation(
  s: RunSettings,
  resource: string,
  data: unknown,
  options: ValidateOptions,
  body: (st: State) => boolean,
  fused = false,
): RawIssue[] {
  if (!fused) {
    const bad = jsonIssues(s, data);
    if (bad.length > 0) return bad;
  }
  const st: State = {
    issues: [],
    maxIssues: s.maxIssues,
    nj: false,
    full: false,
    silent: 0,
    path: [],
    dyn: [resource],
    depth: 0,
    maxDepth: s.maxEvaluationDepth,
    format: { adminUnits: s.adminUnits, now: options.now },
  };
  try {
    body(st);
  } catch {
    // Only data that is not JSON, or changes while it is read (a getter or proxy), can get here.
    const bad = fused ? jsonIssues(s, data) : [];
    return bad.length > 0 ? bad : unreadable();
  }
  if (fused && (st.nj || st.issues.length > 0)) {
    const bad = jsonIssues(s, data);
    if (bad.length > 0) return bad;
  }
  return st.issues;
}

/**
 * The public issues. Each `message` is worded in `locale` the first time it is read (and kept), so
 * a caller that reads only codes and pointers never pays for wording; the property is an ordinary
 * enumerable one for spreads, `JSON.stringify`, `structuredClone` and deep equality.
 */
export function wordIssues(raw: RawIssue[], locale: Locale, book: MessageBook): ValidationIssue[] {
  const out: ValidationIssue[] = new Array<ValidationIssue>(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = lazyIssue(raw[i] as RawIssue, locale, book);
  return out;
}

/** A constructor that answers the object it is given, so a subclass can stamp private fields on it. */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- only its constructor matters
class Returning {
  constructor(o: object) {
    return o;
  }
}

/**
 * The wording state of an issue, kept in private fields stamped on the plain issue object: no
 * property a spread, `JSON.stringify` or a deep equality would see.
 */
class Wording extends Returning {
  #raw: RawIssue;
  #locale: Locale;
  #book: MessageBook;
  #text: string | undefined;
  constructor(o: object, raw: RawIssue, locale: Locale, book: MessageBook) {
    super(o);
    this.#raw = raw;
    this.#locale = locale;
    this.#book = book;
    this.#text = undefined;
  }
  static read(o: object): string {
    const w = o as Wording;
    return (w.#text ??= worded(w.#book, w.#raw, w.#locale));
  }
  static write(o: object, text: string): void {
    (o as Wording).#text = text;
  }
}

/**
 * Messages of issues whose params are frozen constants of generated code (such as `required` or
 * `const` ones): the same wording every run, kept as Ajv keeps its message literals in its
 * generated code. Keyed by the issue's meta (one per field; its params when it has none), a short
 * list of (params, code, locale) with its text: a field reports few distinct rules, so a lookup
 * is one `WeakMap` read and a comparison or two (nested maps by params, meta, code and locale cost
 * four reads per issue). Params built per run are never frozen, and never kept.
 */
interface Kept {
  params: object;
  code: string;
  locale: Locale;
  text: string;
  next: Kept | undefined;
}
const kept = new WeakMap<object, Kept>();

/** The kept wording of an issue whose params are frozen, if it was worded before. */
function known(r: RawIssue, locale: Locale): string | undefined {
  for (let k = kept.get(r.meta ?? r.params); k !== undefined; k = k.next)
    if (k.params === r.params && k.code === r.code && k.locale === locale) return k.text;
  return undefined;
}

function worded(book: MessageBook, r: RawIssue, locale: Locale): string {
  const text = known(r, locale);
  if (text !== undefined) return text;
  const made = wordMessage(book, r.code, r.params, r.meta, locale);
  if (Object.isFrozen(r.params)) {
    const key = r.meta ?? r.params;
    kept.set(key, { params: r.params, code: r.code, locale, text: made, next: kept.get(key) });
  }
  return made;
}

/**
 * One accessor pair shared by every issue: an object literal with its own getter and setter would
 * give each issue its own hidden class (the closures live in the map), several times slower.
 */
const MESSAGE: PropertyDescriptor = {
  get(this: object): string {
    return Wording.read(this);
  },
  set(this: object, text: string): void {
    Wording.write(this, text);
  },
  enumerable: true,
  configurable: true,
};

function lazyIssue(r: RawIssue, locale: Locale, book: MessageBook): ValidationIssue {
  const pointer = formatPointer(r.path);
  // Worded before (the same constant params): an ordinary data property, without the accessor.
  const message = known(r, locale);
  if (message !== undefined) return { pointer, code: r.code, params: r.params, message };
  const issue = { pointer, code: r.code, params: r.params };
  Object.defineProperty(issue, 'message', MESSAGE);
  new Wording(issue, r, locale, book);
  return issue as ValidationIssue;
}
