/**
 * Issue objects, made once where an issue is reported (`report.ts`): the public shape
 * (`pointer`, `code`, `params`, `message`) with the message worded the first time it is read,
 * or at once when the same constant params were worded before.
 */
import type { NodeMeta } from '../compiler/types.js';
import { wordMessage, type Locale, type MessageBook } from '../messages/word.js';
import type { ValidationIssue } from '../result.js';

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
  #code: string;
  #params: Record<string, unknown>;
  #meta: NodeMeta | undefined;
  #locale: Locale;
  #book: MessageBook;
  #text: string | undefined;
  constructor(
    o: object,
    code: string,
    params: Record<string, unknown>,
    meta: NodeMeta | undefined,
    locale: Locale,
    book: MessageBook,
  ) {
    super(o);
    this.#code = code;
    this.#params = params;
    this.#meta = meta;
    this.#locale = locale;
    this.#book = book;
  }
  static read(o: object): string {
    const w = o as Wording;
    return (w.#text ??= worded(w.#book, w.#code, w.#params, w.#meta, w.#locale));
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
 * is one `WeakMap` read and a comparison or two. Params built per run are never frozen, and never kept;
 * params interned per run value (a `type` issue's received type, a key's name, a format's extra
 * params: `codegen/gen.ts`, `format-params.ts`) are frozen, bounded, and kept as the constants.
 */
interface Kept {
  params: object;
  code: string;
  locale: Locale;
  text: string;
  next: Kept | undefined;
  /** How many wordings the list holds from this one. */
  size: number;
}
/** At most 32 wordings are kept per field, so a lookup walks a short list. */
const kept = new WeakMap<object, Kept>();

/** The kept wording of an issue whose params are frozen, if it was worded before. */
export function known(
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  locale: Locale,
): string | undefined {
  for (let k = kept.get(meta ?? params); k !== undefined; k = k.next)
    if (k.params === params && k.code === code && k.locale === locale) return k.text;
  return undefined;
}

function worded(
  book: MessageBook,
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  locale: Locale,
): string {
  const text = known(code, params, meta, locale);
  if (text !== undefined) return text;
  const made = wordMessage(book, code, params, meta, locale);
  if (Object.isFrozen(params)) {
    const key = meta ?? params;
    const next = kept.get(key);
    const size = (next?.size ?? 0) + 1;
    // A field reporting many distinct params (keys it does not allow, say) keeps the first ones.
    if (size <= 32) kept.set(key, { params, code, locale, text: made, next, size });
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

/**
 * The issue at `pointer`. Its `message` is worded in `locale` with `book` the first time it is
 * read (and kept), so a caller that reads only codes and pointers never pays for wording; the
 * property is an ordinary enumerable one for spreads, `JSON.stringify`, `structuredClone` and
 * deep equality.
 */
export function makeIssue(
  pointer: string,
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  locale: Locale,
  book: MessageBook,
): ValidationIssue {
  // Worded before (the same constant params): an ordinary data property, without the accessor.
  const message = known(code, params, meta, locale);
  if (message !== undefined) return { pointer, code, params, message };
  const issue = { pointer, code, params };
  // The private fields first: a second copy of this module in the process (a precompiled
  // module's bundled runtime beside the package) defines `message` with its own accessor pair,
  // and V8 turns an object whose map already has a `message` transition with another pair into
  // a dictionary (slow) one. After the fields each copy's issues have maps of their own.
  new Wording(issue, code, params, meta, locale, book);
  Object.defineProperty(issue, 'message', MESSAGE);
  return issue as ValidationIssue;
}
