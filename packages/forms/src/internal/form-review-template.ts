/**
 * "Check your answers": every answer of every step as a summary list (GOV.UK's pattern: `dl`,
 * `dt`, `dd`), a Change link per answer, then the fee lines that apply and their total.
 */
import { computeFees, type FeeCharge, type FeeLine } from '@dvc-kit/procedures/format';
import { isJsonObject, parentPointer } from '@dvc-kit/validation';
import { html, nothing, type TemplateResult } from 'lit';
import type { AdminUnitsProvider } from '../components/form/admin-units.js';
import { fieldId } from './form-field-id.js';
import { qualifiedLabel } from './form-field-label.js';
import { fieldPath } from './form-field-path.js';
import { expandLazy, itemFields, type FieldNode } from './form-fields.js';
import type { ReviewDocument } from './form-documents.js';
import type { StepNode } from './form-model.js';
import { displayValue, formatVnd, isEmptyAnswer, type CodeNames } from './form-review-values.js';
import type { FormStore } from './form-store.js';
import { stepsText } from './form-steps-text.js';
import { pickText } from './form-text.js';

/** One answer: the field, its qualified label, its value as read, and whether it can be changed. */
export interface ReviewRow {
  pointer: string;
  label: string;
  value: string;
  locked: boolean;
}

/** What the review needs. */
export interface ReviewView {
  store: FormStore;
  steps: readonly StepNode[];
  titles: readonly string[];
  units: CodeNames;
  adminUnits: AdminUnitsProvider | undefined;
  /** The stored files per document component (with `@dvc-kit/forms/documents`). */
  documents: readonly ReviewDocument[];
  onChange(pointer: string): void;
}

function collect(view: ReviewView, nodes: readonly FieldNode[], out: ReviewRow[]): void {
  const { store } = view;
  const ctx = store.model.context;
  for (const node of nodes) {
    if (node.widget === 'hidden' || !store.isVisible(node.pointer)) continue;
    const value = store.value(node.pointer);
    if (node.widget === 'repeatable') {
      const items = Array.isArray(value) ? value : [];
      items.forEach((_, i) => {
        collect(view, itemFields(ctx, node, i), out);
      });
      continue;
    }
    const group = node.lazy === undefined ? node : isJsonObject(value) ? expandLazy(ctx, node) : undefined;
    if (group === undefined) continue;
    if (group.widget === 'group' || group.widget === 'address' || group.branches !== undefined) {
      collect(view, group.children, out);
      const branch = group.branches?.[store.choice(group)];
      if (branch !== undefined) collect(view, branch.children, out);
      continue;
    }
    if (isEmptyAnswer(value)) continue;
    view.units.load(view.adminUnits, node, store.value(`${parentPointer(node.pointer)}/province`));
    const path = fieldPath(store, node.pointer);
    out.push({
      pointer: node.pointer,
      label: path === undefined ? pickText(node.label, store.locale) : qualifiedLabel(store, path),
      value: displayValue(node, value, store.locale, view.units),
      locked: node.locked,
    });
  }
}

/** The answers of `step` (its shown sections), in the order of the page. */
export function reviewRows(view: ReviewView, step: StepNode): ReviewRow[] {
  const out: ReviewRow[] = [];
  for (const section of step.sections) {
    if (view.store.isSectionVisible(section.id)) collect(view, section.fields, out);
  }
  return out;
}

function rowTemplate(view: ReviewView, row: ReviewRow): TemplateResult {
  const text = stepsText(view.store.locale);
  const change = (event: Event): void => {
    event.preventDefault();
    view.onChange(row.pointer);
  };
  return html`<div class="summary-row">
    <dt class="summary-key">${row.label}</dt>
    <dd class="summary-value">${row.value}</dd>
    <dd class="summary-actions">
      ${
        row.locked
          ? nothing
          : html`<a part="change-link" href="#${fieldId(row.pointer)}" @click=${change}
              >${text.change}<span class="visually-hidden"> ${row.label}</span></a
            >`
      }
    </dd>
  </div>`;
}

function amountText(charge: FeeCharge, exempt: string, locale: FormStore['locale']): string {
  if (charge.exemption !== undefined) return `${formatVnd(0, locale)} (${exempt})`;
  const total = formatVnd(charge.total, locale);
  return charge.quantity === 1
    ? total
    : `${charge.quantity} × ${formatVnd(charge.amount, locale)} = ${total}`;
}

/** The fee lines that apply to the answers, with their total; nothing for a form without fees. */
function feesTemplate(store: FormStore): TemplateResult | typeof nothing {
  const lines = store.model.fees;
  if (lines === undefined || lines.length === 0) return nothing;
  const locale = store.locale;
  const text = stepsText(locale);
  const charges = computeFees({ fees: [...lines] as FeeLine[] }, store.submission());
  const total = charges.reduce((sum, c) => sum + c.total, 0);
  return html`<h3 class="review-step">${text.fees}</h3>
    ${
      charges.length === 0
        ? html`<p class="description">${text.noFee}</p>`
        : html`<table part="fees" class="fees">
            <thead>
              <tr>
                <th scope="col">${text.feeName}</th>
                <th scope="col">${text.feeAmount}</th>
              </tr>
            </thead>
            <tbody>
              ${charges.map(
                (c) =>
                  html`<tr>
                    <th scope="row">${pickText(c.name, locale)}</th>
                    <td>${amountText(c, text.exempt, locale)}</td>
                  </tr>`,
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">${text.total}</th>
                <td part="fee-total">${formatVnd(total, locale)}</td>
              </tr>
            </tfoot>
          </table>`
    }`;
}

/** The stored files of each document component; nothing without documents. */
function documentsTemplate(view: ReviewView): TemplateResult | typeof nothing {
  if (view.documents.length === 0) return nothing;
  return html`<h3 class="review-step">${stepsText(view.store.locale).documents}</h3>
    <dl part="summary-list review-documents" class="summary-list">
      ${view.documents.map(
        (d) =>
          html`<div class="summary-row">
            <dt class="summary-key">${d.name}</dt>
            <dd class="summary-value">${d.files.join(', ')}</dd>
          </div>`,
      )}
    </dl>`;
}

/** The review page: its heading (focused on arrival), the answers by step, the fees. */
export function reviewTemplate(view: ReviewView): TemplateResult {
  const text = stepsText(view.store.locale);
  return html`<div part="review" class="step review">
    <h2 part="step-title review-title" class="step-title" tabindex="-1" data-step-heading>
      ${text.reviewTitle}
    </h2>
    ${view.steps.map((step, i) => {
      const rows = reviewRows(view, step);
      if (rows.length === 0) return nothing;
      return html`<h3 class="review-step">${view.titles[i]}</h3>
        <dl part="summary-list" class="summary-list">${rows.map((row) => rowTemplate(view, row))}</dl>`;
    })}
    ${documentsTemplate(view)} ${feesTemplate(view.store)}
  </div>`;
}
