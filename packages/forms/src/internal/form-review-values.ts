/**
 * Answers as people read them, for "check your answers": dates as dd/mm/yyyy, choice titles not
 * codes, unit, country and ethnic group names not codes, amounts in đồng, file names.
 */
import type { AdminUnitsProvider } from '../components/form/admin-units.js';
import { loadSharedList, type SharedListName } from '../components/list-field/shared-lists.js';
import { readAdminUnits } from './form-admin-units.js';
import type { FieldNode } from './form-fields.js';
import { stepsText } from './form-steps-text.js';
import { pickText, type FormLocale } from './form-text.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/** An amount of đồng: `16.000 đồng`, `16,000 VND`. */
export function formatVnd(amount: number, locale: FormLocale): string {
  return locale === 'en' ? `${amount.toLocaleString('en-US')} VND` : `${amount.toLocaleString('vi-VN')} đồng`;
}

/** Whether an answer is empty (left out of the review). */
export function isEmptyAnswer(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function unitKind(node: FieldNode): 'province' | 'commune' | undefined {
  const format = node.schema['format'];
  if (node.widget === 'province' || format === 'vn-province-code') return 'province';
  if (node.widget === 'commune' || format === 'vn-commune-code') return 'commune';
  return undefined;
}

function listOf(node: FieldNode): SharedListName | undefined {
  const format = node.schema['format'];
  if (node.widget === 'country' || format === 'iso-country') return 'countries';
  if (node.widget === 'ethnic-group' || format === 'vn-ethnic-group') return 'ethnic-groups';
  return undefined;
}

/**
 * Names of coded answers: provinces and communes, read once from the form's `adminUnits` provider;
 * countries and ethnic groups, from the shared lists (the chunk the list fields load).
 */
export class CodeNames {
  private readonly names = new Map<string, string>();
  private readonly asked = new Set<string>();

  constructor(private readonly changed: () => void) {}

  /** The name of `code` at a unit or list field, or `undefined` when not known (yet). */
  name(node: FieldNode, code: string, locale: FormLocale): string | undefined {
    const list = listOf(node);
    if (list !== undefined) return this.names.get(`${list}:${locale}:${code}`);
    const kind = unitKind(node);
    return kind === undefined ? undefined : this.names.get(`${kind}:${code}`);
  }

  /** Starts reading the list of `node`'s codes (the communes of `province`), unless already asked. */
  load(provider: AdminUnitsProvider | undefined, node: FieldNode, province: unknown): void {
    const list = listOf(node);
    if (list !== undefined && !this.asked.has(list)) {
      this.asked.add(list);
      void loadSharedList(list).then((items) => {
        for (const item of items) {
          this.names.set(`${list}:vi:${item.code}`, item.vi);
          this.names.set(`${list}:en:${item.code}`, item.en);
        }
        this.changed();
      });
    }
    const kind = unitKind(node);
    if (provider === undefined || kind === undefined) return;
    const key = kind === 'province' ? 'province' : `commune:${String(province)}`;
    if (this.asked.has(key) || (kind === 'commune' && typeof province !== 'string')) return;
    this.asked.add(key);
    const source = kind === 'province' ? provider.provinces() : provider.communes(String(province));
    readAdminUnits(source).then(
      (units) => {
        for (const unit of units) this.names.set(`${kind}:${unit.code}`, unit.name);
        this.changed();
      },
      () => {
        this.asked.delete(key);
      },
    );
  }
}

function one(node: FieldNode, value: unknown, locale: FormLocale, units: CodeNames): string {
  const option = node.options.find((o) => o.value === value);
  if (option !== undefined) return pickText(option.label, locale);
  if (typeof value === 'boolean') return value ? stepsText(locale).yes : stepsText(locale).no;
  if (typeof value === 'number')
    return node.widget === 'money'
      ? formatVnd(value, locale)
      : value.toLocaleString(locale === 'en' ? 'en-US' : 'vi-VN');
  if (typeof value === 'string') {
    const unit = units.name(node, value, locale);
    if (unit !== undefined) return unit;
    const date = DATE.exec(value);
    if (date !== null && (node.widget === 'date' || node.widget === 'date-time')) {
      const day = `${date[3]}/${date[2]}/${date[1]}`;
      return date[4] === undefined ? day : `${day} ${date[4]}:${date[5]}`;
    }
    return value;
  }
  if (typeof value === 'object' && value !== null) {
    // An attachment or a file reference: its name.
    const named =
      (value as Record<string, unknown>)['name'] ?? (value as Record<string, unknown>)['fileName'];
    if (typeof named === 'string') return named;
  }
  return JSON.stringify(value);
}

/** The answer of a leaf field as a person reads it. */
export function displayValue(node: FieldNode, value: unknown, locale: FormLocale, units: CodeNames): string {
  if (Array.isArray(value)) return value.map((v) => one(node, v, locale, units)).join(', ');
  return one(node, value, locale, units);
}
