/**
 * Words an issue in a locale from a message book: a per-field override from `x-dvc-messages`
 * first, then the identifier messages (for `vn-*` formats), then the locale catalog. The book is
 * a parameter so a precompiled module ships only the locales and identifier messages it needs.
 */
import { isObject } from '../internal/json.js';

/** Per-field message overrides: `{ pattern: { vi: '...', en: '...' } }` or a single string for every locale. */
export type MessageOverrides = Record<string, string | Record<string, string>>;

/** A text in one language for all locales, or per locale: `{ "vi": "Họ và tên", "en": "Full name" }`. */
export type LocalizedText = string | Record<string, string>;

/** What an issue needs to be worded: the field's label and its message overrides. */
export interface NodeMeta {
  label?: LocalizedText | undefined;
  messages?: MessageOverrides | undefined;
}

/** The locales messages exist in. */
export type Locale = 'vi' | 'en';

/** The message tables of some locales: the catalog by code, and the `vn-*` identifier messages. */
export interface MessageBook {
  catalogs: Partial<Record<Locale, Record<string, string>>>;
  identifiers: Partial<Record<Locale, Record<string, string>>>;
}
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

function lookup(table: Record<string, string>, key: string): string | undefined {
  // Most keys tried are absent: one read settles those; own-ness is checked only for a hit.
  const text = table[key];
  return text !== undefined && Object.hasOwn(table, key) ? text : undefined;
}

function override(meta: NodeMeta | undefined, keys: string[], locale: Locale): string | undefined {
  const messages = meta?.messages;
  if (messages === undefined) return undefined;
  for (const key of keys) {
    if (!Object.hasOwn(messages, key)) continue;
    const m = messages[key];
    if (typeof m === 'string') return m;
    if (m !== undefined && Object.hasOwn(m, locale)) return m[locale];
  }
  return undefined;
}

/** The message keys tried for an issue, and the identifier-message keys of a `format` issue. */
interface Keys {
  catalog: string[];
  identifier: string[];
}

/** Keys by code, variant and reason: built once, so lookups reuse the same (hashed) strings. */
const keyCache = new Map<string, Map<string | undefined, Map<string | undefined, Keys>>>();
let keyCacheSize = 0;

/** The message keys tried for an issue, most specific first (cached). */
function keysOf(code: string, params: Record<string, unknown>): Keys {
  const v =
    code === 'format'
      ? params['format']
      : code === 'compare'
        ? `${params['kind'] === 'date' ? 'date.' : ''}${String(params['op'])}`
        : params['variant'];
  const variant = typeof v === 'string' ? v : undefined;
  const r = code === 'format' ? params['reason'] : undefined;
  const reason = typeof r === 'string' ? r : undefined;
  let byVariant = keyCache.get(code);
  if (byVariant === undefined)
    keyCache.set(code, (byVariant = new Map<string | undefined, Map<string | undefined, Keys>>()));
  let byReason = byVariant.get(variant);
  if (byReason === undefined) byVariant.set(variant, (byReason = new Map<string | undefined, Keys>()));
  let keys = byReason.get(reason);
  if (keys === undefined) {
    if (keyCacheSize++ > 2000) {
      keyCache.clear();
      keyCacheSize = 0;
    }
    keys = {
      catalog: candidates(code, variant, reason),
      identifier:
        code !== 'format' || variant === undefined
          ? []
          : reason === undefined
            ? [variant]
            : [`${variant}.${reason}`, variant],
    };
    byReason.set(reason, keys);
  }
  return keys;
}

/** The message keys tried for an issue, most specific first. */
function candidates(code: string, variant: string | undefined, reason: string | undefined): string[] {
  const keys: string[] = [];
  if (variant !== undefined) {
    if (reason !== undefined) keys.push(`format.${variant}.${reason}`);
    let v = variant;
    for (;;) {
      keys.push(`${code}.${v}`);
      const dot = v.indexOf('.');
      if (dot === -1) break;
      v = v.slice(dot + 1);
    }
  }
  keys.push(code);
  return keys;
}

function show(value: unknown, code: string, key: string, table: Record<string, string>): string {
  if (code === 'type' && key === 'expected' && Array.isArray(value)) {
    return value
      .map((t) => lookup(table, `type.${String(t)}`) ?? String(t))
      .join(lookup(table, 'list.or') ?? ' | ');
  }
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  if (typeof value === 'string') return value;
  // JSON.stringify answers undefined for values JSON cannot express.
  const json = JSON.stringify(value) as string | undefined;
  return json ?? String(value);
}

/**
 * Words one issue with `book`. A locale the book lacks is answered in the book's first locale
 * (a module built for Vietnamese only answers in Vietnamese).
 */
export function wordMessage(
  book: MessageBook,
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  asked: Locale,
): string {
  const locale: Locale =
    book.catalogs[asked] !== undefined
      ? asked
      : ((Object.keys(book.catalogs)[0] as Locale | undefined) ?? asked);
  const table = book.catalogs[locale] ?? {};
  const { catalog: keys, identifier } = keysOf(code, params);
  let template = override(meta, keys, locale);
  if (template === undefined && identifier.length !== 0) {
    const ids = book.identifiers[locale] ?? {};
    for (const k of identifier) if ((template = lookup(ids, k)) !== undefined) break;
  }
  if (template === undefined) for (const k of keys) if ((template = lookup(table, k)) !== undefined) break;
  template ??= code;
  const label = localize(meta?.label, locale);
  const parts = compileTemplate(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    let text: string;
    if (name === 'label') text = label ?? lookup(table, 'label.default') ?? '';
    else if (name === 'Label') text = label ?? lookup(table, 'Label.default') ?? '';
    else if (!Object.hasOwn(params, name) || params[name] === undefined) text = `{${name}}`;
    else text = show(localizeParam(params[name], locale), code, name, table);
    out += text + (parts[i + 1] as string);
  }
  return out;
}

/** The text of `value` in `locale`: per-locale objects fall back to Vietnamese, then any language. */
function localize(value: unknown, locale: Locale): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  const text = value[locale] ?? value['vi'] ?? Object.values(value).find((t) => typeof t === 'string');
  return typeof text === 'string' ? text : undefined;
}

/** A param with its per-locale texts (such as field labels, alone or in a list) put in `locale`. */
function localizeParam(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v: unknown) => localize(v, locale) ?? v);
  return localize(value, locale) ?? value;
}

const templates = new Map<string, string[]>();

/** Splits a template into literal text and placeholder names, alternately; cached. */
function compileTemplate(template: string): string[] {
  let parts = templates.get(template);
  if (parts !== undefined) return parts;
  parts = [];
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(template); m !== null; m = PLACEHOLDER.exec(template)) {
    parts.push(template.slice(last, m.index), m[1] as string);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  if (templates.size > 2000) templates.clear();
  templates.set(template, parts);
  return parts;
}
