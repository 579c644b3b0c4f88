/**
 * The messages a precompiled module carries: for each locale built, the catalog entries of the
 * issue codes its code can report and the identifier messages of the formats it checks.
 */
import { identifierMessages } from '../../identifiers/messages.js';
import { en } from '../../messages/en.js';
import { vi } from '../../messages/vi.js';
import type { Locale, MessageBook } from '../../messages/word.js';
import type { PackedBook } from '../../internal/runtime/book.js';
import { frozenConstants } from './compact.js';

const catalogs: Record<Locale, Record<string, string>> = { vi, en };
/** Catalog entries any issue may need: field-label fallbacks and the list separator. */
const ALWAYS = new Set(['label', 'Label', 'list']);
/** Codes reported by the run itself rather than by generated code. */
const RUN_CODES = ['not_json', 'not_allowed', 'depth_exceeded'];

/**
 * Identifier messages of reasons no format check gives: `checkPostalCodeForUnit` (a cross-field
 * check of the API, not the `vn-postal-code` format) reports them, so no module can.
 */
export const NOT_FORMAT_REASONS: ReadonlySet<string> = new Set([
  'vn-postal-code.province-mismatch',
  'vn-postal-code.commune-mismatch',
]);

/** A string literal or a name, as the generator writes them in a `reportAt` location. */
const PART = '(?:"(?:[^"\\\\]|\\\\.)*"|[\\w$]+)';
/** The start of a report call, up to its code: `report(st, ` or `reportAt(st, "/a/" + i, ` (`gen.ts`). */
const REPORT = `\\b(?:report\\(st, |reportAt\\(st, ${PART}(?: \\+ ${PART})*, )`;

/** The message book of a module whose generated `body` checks `formats`, in `locales`. */
export function messageBook(
  body: string,
  formats: readonly string[],
  locales: readonly Locale[],
): MessageBook {
  const codes = new Set<string>(RUN_CODES);
  for (const m of body.matchAll(new RegExp(`${REPORT}"([a-z_]+)"`, 'g'))) codes.add(m[1] as string);
  const types = expectedTypes(body);
  const keepCatalog = (key: string): boolean => {
    const dot = key.indexOf('.');
    const head = dot === -1 ? key : key.slice(0, dot);
    // The names of types and the list separator word only the types a `type` issue can expect.
    if (types !== undefined && head === 'type' && dot !== -1) return types.has(key.slice(dot + 1));
    if (types !== undefined && key === 'list.or') return types.size > 0 && types.has('|');
    if (ALWAYS.has(head)) return true;
    if (head === 'format' && dot !== -1) return codes.has('format') && formats.includes(key.slice(dot + 1));
    return codes.has(head);
  };
  const keepIdentifier = (key: string): boolean =>
    !NOT_FORMAT_REASONS.has(key) && formats.some((f) => key === f || key.startsWith(`${f}.`));
  const pick = (table: Record<string, string>, keep: (key: string) => boolean): Record<string, string> =>
    Object.fromEntries(Object.entries(table).filter(([key]) => keep(key)));
  const book: MessageBook = { catalogs: {}, identifiers: {} };
  for (const l of locales) {
    const catalog = pick(catalogs[l], keepCatalog);
    const identifiers = pick(identifierMessages[l], keepIdentifier);
    // A `format` issue is worded from its format's own message when there is one (the identifier
    // message, else the catalog's `format.<name>`): the generic `format` entry is then never read.
    if (formats.every((f) => Object.hasOwn(identifiers, f) || Object.hasOwn(catalog, `format.${f}`)))
      delete catalog['format'];
    book.catalogs[l] = catalog;
    book.identifiers[l] = identifiers;
  }
  return book;
}

/**
 * The types the `type` issues of `body` can expect (and `|` when one expects several), or
 * undefined when one of them is not written as the `type` emitter writes it (all are then kept).
 */
function expectedTypes(body: string): Set<string> | undefined {
  const consts = frozenConstants(body);
  const types = new Set<string>();
  const reports = body.match(new RegExp(`${REPORT}"type"`, 'g'))?.length ?? 0;
  let read = 0;
  // Fast code reads interned params first (`Gen.typeParams`): `(t1[jsonType(v)] ?? { expected: c0, …`.
  const interned = '(?:\\(t\\d+\\[jsonType\\(v\\)\\] \\?\\? )?';
  for (const m of body.matchAll(new RegExp(`${REPORT}"type", ${interned}\\{ expected: (c\\d+), `, 'g'))) {
    const expected = consts.get(m[1] as string);
    if (!Array.isArray(expected) || !expected.every((t) => typeof t === 'string')) return undefined;
    for (const t of expected) types.add(t);
    if (expected.length > 1) types.add('|');
    read++;
  }
  return read === reports ? types : undefined;
}

/** A key `packBook` can write in its lists (no separator in it). */
const PACKABLE = /^[\w.-]+$/;

/**
 * The packed form of `book` (`internal/runtime/book.ts`), or undefined when a key could not be
 * written in it. `unpackBook` of the result equals `book`.
 */
export function packBook(book: MessageBook): PackedBook | undefined {
  const locales = Object.keys(book.catalogs) as Locale[];
  const union = (tables: Partial<Record<Locale, Record<string, string>>>): string[] => [
    ...new Set(locales.flatMap((l) => Object.keys(tables[l] ?? {}))),
  ];
  const catalogKeys = union(book.catalogs);
  const idKeys = union(book.identifiers);
  if (![...catalogKeys, ...idKeys].every((k) => PACKABLE.test(k) && !k.endsWith('.'))) return undefined;
  if (Object.keys(book.identifiers).some((l) => !locales.includes(l as Locale))) return undefined;
  // Identifier keys grouped by format, in their order; a key is rebuilt as `format.reason`.
  const groups = new Map<string, string[]>();
  for (const key of idKeys) {
    const dot = key.indexOf('.');
    const format = dot === -1 ? key : key.slice(0, dot);
    const list = groups.get(format) ?? [];
    list.push(dot === -1 ? '' : key.slice(dot + 1));
    groups.set(format, list);
  }
  const order = [...groups].flatMap(([f, reasons]) => reasons.map((r) => (r === '' ? f : `${f}.${r}`)));
  const v: PackedBook['v'] = {};
  for (const l of locales) {
    const catalog = book.catalogs[l] ?? {};
    const ids = book.identifiers[l] ?? {};
    v[l] = [
      ...catalogKeys.map((k) => (Object.hasOwn(catalog, k) ? (catalog[k] as string) : 0)),
      ...order.map((k) => (Object.hasOwn(ids, k) ? (ids[k] as string) : 0)),
    ];
  }
  return {
    k: catalogKeys.join(' '),
    i: [...groups].map(([f, reasons]) => `${f}:${reasons.join(',')}`).join(' '),
    v,
  };
}
