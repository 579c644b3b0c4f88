/**
 * Words an issue in a locale: a per-field override from `x-dvc-messages` first, then the
 * identifier messages (for `vn-*` formats), then the locale catalog.
 */
import { identifierMessages } from '../identifiers/messages.js';
import type { NodeMeta } from '../compiler/types.js';
import { isObject } from '../internal/json.js';
import { en } from './en.js';
import { vi } from './vi.js';

/** The locales messages exist in. */
export type Locale = 'vi' | 'en';

const catalogs: Record<Locale, Record<string, string>> = { vi, en };
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

function lookup(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
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

/** The message keys tried for an issue, most specific first. */
function candidates(code: string, params: Record<string, unknown>): string[] {
  const keys: string[] = [];
  const variant =
    code === 'format'
      ? params['format']
      : code === 'compare'
        ? `${params['kind'] === 'date' ? 'date.' : ''}${String(params['op'])}`
        : params['variant'];
  if (typeof variant === 'string') {
    if (code === 'format' && typeof params['reason'] === 'string')
      keys.push(`format.${variant}.${params['reason']}`);
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

/** Words one issue. */
export function formatMessage(
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  locale: Locale,
): string {
  const table = catalogs[locale];
  const keys = candidates(code, params);
  let template = override(meta, keys, locale);
  if (template === undefined && code === 'format' && typeof params['format'] === 'string') {
    const ids = identifierMessages[locale];
    const f = params['format'];
    template =
      (typeof params['reason'] === 'string' ? lookup(ids, `${f}.${params['reason']}`) : undefined) ??
      lookup(ids, f);
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
