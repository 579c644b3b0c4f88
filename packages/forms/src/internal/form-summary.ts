/**
 * The lines of the error summary: one per field, each naming the field with its groups (see
 * form-field-label.ts), no two alike, a link only to a field the person can see.
 */
import { formatMessage, isJsonObject, type MessageMeta, type ValidationIssue } from '@dvc-kit/validation';
import type { ErrorSummaryItem } from '../components/error-summary/error-summary.js';
import { qualifiedLabel } from './form-field-label.js';
import { fieldPath, isShown } from './form-field-path.js';
import type { FieldNode } from './form-fields.js';
import type { FormStore } from './form-store.js';
import { pickText } from './form-text.js';

/** An issue to summarize: where and what, with the code and values it was worded from when known. */
export type SummaryIssue = Pick<ValidationIssue, 'pointer' | 'message'> &
  Partial<Pick<ValidationIssue, 'code' | 'params'>>;

function metaOf(node: FieldNode, label: string | undefined): MessageMeta {
  const messages = node.schema['x-dvc-messages'];
  return { label, messages: isJsonObject(messages) ? (messages as MessageMeta['messages']) : undefined };
}

/** The label validation words a field's messages with (`x-dvc-label`, else a string `title`). */
function validationLabel(node: FieldNode, store: FormStore): string | undefined {
  const own = node.schema['x-dvc-label'];
  if (own !== undefined) return pickText(own, store.locale);
  const title = node.schema['title'];
  return typeof title === 'string' ? title : undefined;
}

/**
 * The message of `issue` naming the field as `name`: worded again with `name` as its label when the
 * issue's code and values give back its message, or with `name` in place of the label it says;
 * else "<name>: <message>", unless the message is the field's own (`x-dvc-messages`), written for it.
 */
function namedMessage(
  store: FormStore,
  node: FieldNode | undefined,
  issue: SummaryIssue,
  name: string,
): string {
  if (name === '' || issue.message.includes(name)) return issue.message;
  if (node !== undefined && issue.code !== undefined && issue.params !== undefined) {
    const { code, params } = issue;
    const label = validationLabel(node, store);
    if (formatMessage(code, params, metaOf(node, label), store.locale) === issue.message) {
      const worded = formatMessage(code, params, metaOf(node, name), store.locale);
      if (worded.includes(name)) return worded;
      const generic = formatMessage(code, params, { label }, store.locale);
      if (generic !== issue.message) return issue.message;
    }
  }
  const plain = node === undefined ? '' : pickText(node.label, store.locale);
  // A message that says the field's own label (e.g. a server's) gets the qualified one instead.
  if (plain !== '' && issue.message.includes(plain)) return issue.message.replace(plain, name);
  return `${name.replace(/[.:;,]+$/u, '')}: ${issue.message}`;
}

/** The summary lines of `issues` (in field order): the first issue of each field, named, unique. */
export function summaryItems(store: FormStore, issues: readonly SummaryIssue[]): ErrorSummaryItem[] {
  const seen = new Set<string>();
  const items: (ErrorSummaryItem & { section: string })[] = [];
  for (const issue of issues) {
    if (seen.has(issue.pointer)) continue;
    seen.add(issue.pointer);
    const path = issue.pointer === '' ? undefined : fieldPath(store, issue.pointer);
    const last = path?.steps.at(-1);
    const node = path?.exact === true && last?.kind === 'field' ? last.node : undefined;
    const name = path === undefined ? '' : qualifiedLabel(store, path);
    items.push({
      pointer: issue.pointer,
      message: namedMessage(store, node, issue, name),
      link: path !== undefined && isShown(store, path),
      section: path === undefined ? '' : pickText(path.section.title, store.locale),
    });
  }
  return distinct(items);
}

/** Lines still alike get their section's title, then a number: no two lines of a summary are the same. */
function distinct(items: (ErrorSummaryItem & { section: string })[]): ErrorSummaryItem[] {
  const count = (list: readonly ErrorSummaryItem[], message: string): number =>
    list.filter((i) => i.message === message).length;
  const withSection = items.map(({ section, ...item }) =>
    count(items, item.message) > 1 && section !== ''
      ? { ...item, message: `${item.message} (${section})` }
      : item,
  );
  const used = new Map<string, number>();
  return withSection.map((item) => {
    if (count(withSection, item.message) === 1) return item;
    const n = (used.get(item.message) ?? 0) + 1;
    used.set(item.message, n);
    return { ...item, message: `${item.message} (${n})` };
  });
}
