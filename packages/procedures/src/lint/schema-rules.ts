/** Lint rules on the data model: labels, option labels, repeatable groups, widgets, order, references. */
import {
  childPointer,
  isJsonObject,
  parsePointer,
  type DeclaredFieldsIndex as SchemaIndex,
  type SchemaNode,
} from '@dvc-kit/validation';
import { isWidget, WIDGET_TYPES } from '../widgets.js';
import { checkNodeAddress } from './address-rules.js';
import type { LintIssue } from './types.js';

function isText(value: unknown): boolean {
  return (
    isJsonObject(value) &&
    typeof value['vi'] === 'string' &&
    value['vi'].trim() !== '' &&
    typeof value['en'] === 'string' &&
    value['en'].trim() !== ''
  );
}

function typesOf(index: SchemaIndex, schema: Record<string, unknown>): string[] {
  const type = index.keywordOf(schema, 'type');
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** Every field has an `x-dvc-label` with `vi` and `en`; every `enum` value has an option label. */
export function checkLabels(index: SchemaIndex): LintIssue[] {
  const out: LintIssue[] = [];
  for (const [field, { declarations: decls }] of index.fields) {
    const first = decls[0];
    if (first === undefined) continue;
    if (!decls.some((d) => isText(index.keywordOf(d.schema, 'x-dvc-label')))) {
      out.push({
        pointer: first.at,
        code: 'label-missing',
        severity: 'error',
        message: `Field ${field} has no x-dvc-label with non-empty "vi" and "en".`,
      });
    }
    const values = index.fieldKeyword(field, 'enum');
    if (!Array.isArray(values)) continue;
    const labels = index.fieldKeyword(field, 'x-dvc-enum-labels');
    for (const v of values) {
      const key = typeof v === 'string' ? v : JSON.stringify(v);
      if (!isJsonObject(labels) || !isText(labels[key])) {
        out.push({
          pointer: first.at,
          code: 'enum-label-missing',
          severity: 'error',
          message: `Option ${JSON.stringify(v)} of field ${field} has no label in x-dvc-enum-labels.`,
        });
      }
    }
  }
  return out;
}

/** Arrays of objects (repeatable groups) say what their "add another" button reads. */
export function checkRepeatables(index: SchemaIndex): LintIssue[] {
  const out: LintIssue[] = [];
  for (const [field, { declarations: decls }] of index.fields) {
    const items = index.fieldKeyword(field, 'items');
    if (!isJsonObject(items)) continue;
    const itemTypes = typesOf(index, items);
    if (!itemTypes.includes('object')) continue;
    if (!isText(index.fieldKeyword(field, 'x-dvc-add-label'))) {
      out.push({
        pointer: decls[0]?.at ?? '',
        code: 'add-label-missing',
        severity: 'error',
        message: `Repeatable group ${field} has no x-dvc-add-label for its "add another" button.`,
      });
    }
  }
  return out;
}

function checkNodeWidget(index: SchemaIndex, node: SchemaNode, out: LintIssue[]): void {
  if (!Object.hasOwn(node.schema, 'x-dvc-widget')) return;
  const widget = node.schema['x-dvc-widget'];
  const pointer = childPointer(node.at, 'x-dvc-widget');
  if (!isWidget(widget)) {
    out.push({
      pointer,
      code: 'widget-unknown',
      severity: 'error',
      message: `Unknown widget ${JSON.stringify(widget)}.`,
    });
    return;
  }
  const accepted = WIDGET_TYPES[widget];
  const types = typesOf(index, node.schema);
  if (accepted !== undefined && types.length > 0 && !types.some((t) => accepted.includes(t))) {
    out.push({
      pointer,
      code: 'widget-type-mismatch',
      severity: 'error',
      message: `Widget "${widget}" edits ${accepted.join('/')} values, not ${types.join('/')}.`,
    });
  }
}

function checkNodeOrder(index: SchemaIndex, node: SchemaNode, out: LintIssue[]): void {
  const order = node.schema['x-dvc-order'];
  if (!Array.isArray(order)) return;
  const props = index.keywordOf(node.schema, 'properties');
  order.forEach((name, i) => {
    if (typeof name === 'string' && isJsonObject(props) && Object.hasOwn(props, name)) return;
    out.push({
      pointer: childPointer(node.at, 'x-dvc-order', i),
      code: 'order-unknown-property',
      severity: 'error',
      message: `x-dvc-order names ${JSON.stringify(name)}, which is not a property here.`,
    });
  });
}

function checkNodeCompare(index: SchemaIndex, node: SchemaNode, out: LintIssue[]): void {
  const value = node.schema['x-dvc-compare'];
  if (value === undefined) return;
  const rules: unknown[] = Array.isArray(value) ? value : [value];
  rules.forEach((rule, i) => {
    if (!isJsonObject(rule)) return;
    for (const side of ['left', 'right'] as const) {
      const rel = rule[side];
      if (typeof rel !== 'string') continue;
      const field = parsePointer(rel) === undefined ? undefined : node.instance + rel;
      if (field !== undefined && index.fields.has(field)) continue;
      const at = Array.isArray(value)
        ? childPointer(node.at, 'x-dvc-compare', i, side)
        : childPointer(node.at, 'x-dvc-compare', side);
      out.push({
        pointer: at,
        code: 'compare-unknown-field',
        severity: 'error',
        message: `x-dvc-compare ${side} ${rel} is not a field.`,
      });
    }
  });
}

/** Widgets exist and fit the type; `x-dvc-order`, `x-dvc-compare` and `x-dvc-address` name existing fields. */
export function checkNodes(index: SchemaIndex): LintIssue[] {
  const out: LintIssue[] = [];
  for (const node of index.nodes) {
    checkNodeWidget(index, node, out);
    checkNodeOrder(index, node, out);
    checkNodeCompare(index, node, out);
    checkNodeAddress(index, node, out);
  }
  return out;
}

/** The fields tested by `if` subschemas (`properties` and `required`) exist. */
export function checkSchemaConditions(index: SchemaIndex): LintIssue[] {
  const out: LintIssue[] = [];
  for (const cond of index.conditions) {
    const props = cond.schema['properties'];
    const required = cond.schema['required'];
    const names: unknown[] = isJsonObject(props) ? Object.keys(props) : [];
    if (Array.isArray(required)) names.push(...(required as unknown[]));
    for (const name of new Set(names)) {
      if (typeof name !== 'string') continue;
      const field = childPointer(cond.instance, name);
      if (index.fields.has(field)) continue;
      out.push({
        pointer: cond.at,
        code: 'condition-unknown-field',
        severity: 'error',
        message: `The condition tests ${field}, which is not a field.`,
      });
    }
  }
  return out;
}
