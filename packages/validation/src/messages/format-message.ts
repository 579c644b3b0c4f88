/**
 * Words an issue in a locale: a per-field override from `x-dvc-messages` first, then the
 * identifier messages (for `vn-*` formats), then the locale catalog.
 */
import { identifierMessages } from '../identifiers/messages.js';
import type { NodeMeta } from '../compiler/types.js';
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
  const label = meta?.label;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (name === 'label') return label ?? lookup(table, 'label.default') ?? '';
    if (name === 'Label') return label ?? lookup(table, 'Label.default') ?? '';
    if (!Object.hasOwn(params, name) || params[name] === undefined) return whole;
    return show(params[name], code, name, table);
  });
}
