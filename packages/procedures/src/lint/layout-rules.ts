/** Lint rules on the layout and the prefill list: they must name fields that exist. */
import type { DeclaredFieldsIndex as SchemaIndex } from '@dvc-kit/validation';
import type { ProcedureDefinition, ProfileClaim } from '@dvc-kit/contract';
import { checkCondition, isPlainField } from './definition-rules.js';
import type { LintIssue } from './types.js';

/** Claims whose value is an address object `{ province, commune, detail }`; the others are strings. */
const ADDRESS_CLAIMS: ReadonlySet<ProfileClaim> = new Set(['permanentResidence', 'currentResidence']);

function covers(placed: string, field: string): boolean {
  return placed === field || placed.startsWith(`${field}/`) || field.startsWith(`${placed}/`);
}

/**
 * Layout fields exist (outside repeatable groups: a group is placed whole) and are placed once;
 * every field is placed, itself or with a group around it (placing one field of a group places
 * only that field); step and section ids are unique; `visibleWhen` reads fields.
 */
export function checkLayout(definition: ProcedureDefinition, index: SchemaIndex): LintIssue[] {
  const out: LintIssue[] = [];
  const placed: string[] = [];
  const ids = new Set<string>();
  definition.layout.steps.forEach((step, s) => {
    const stepAt = `/layout/steps/${s}`;
    if (ids.has(step.id))
      out.push({
        pointer: `${stepAt}/id`,
        code: 'layout-duplicate-id',
        severity: 'error',
        message: `Id "${step.id}" is used twice in the layout.`,
      });
    ids.add(step.id);
    step.sections.forEach((section, c) => {
      const at = `${stepAt}/sections/${c}`;
      if (ids.has(`section:${section.id}`)) {
        out.push({
          pointer: `${at}/id`,
          code: 'layout-duplicate-id',
          severity: 'error',
          message: `Section id "${section.id}" is used twice.`,
        });
      }
      ids.add(`section:${section.id}`);
      out.push(...checkCondition(index, section.visibleWhen, `${at}/visibleWhen`));
      section.fields.forEach((field, f) => {
        const fieldAt = `${at}/fields/${f}`;
        if (!isPlainField(index, field)) {
          out.push({
            pointer: fieldAt,
            code: 'layout-unknown-field',
            severity: 'error',
            message: `Layout places ${field}, which is not a field outside a repeatable group.`,
          });
        } else if (placed.some((p) => covers(p, field))) {
          out.push({
            pointer: fieldAt,
            code: 'layout-duplicate-field',
            severity: 'error',
            message: `Layout places ${field} (or a field around it) twice.`,
          });
        }
        placed.push(field);
      });
    });
  });
  for (const field of index.fields.keys()) {
    if (!isPlainField(index, field) || placed.some((p) => covers(p, field))) continue;
    out.push({
      pointer: '/layout',
      code: 'layout-missing-field',
      severity: 'error',
      message: `Field ${field} is not placed in any layout section.`,
    });
  }
  return out;
}

/** Prefilled fields exist, are not inside repeatable groups, are listed once and fit the claim. */
export function checkPrefill(definition: ProcedureDefinition, index: SchemaIndex): LintIssue[] {
  const out: LintIssue[] = [];
  const seen = new Set<string>();
  (definition.prefill ?? []).forEach((rule, i) => {
    const at = `/prefill/${i}/field`;
    if (index.fieldAt(rule.field)?.repeated === true) {
      out.push({
        pointer: at,
        code: 'prefill-in-repeatable',
        severity: 'error',
        message: `${rule.field} is inside a repeatable group; only single fields can be prefilled.`,
      });
      return;
    }
    if (!isPlainField(index, rule.field)) {
      out.push({
        pointer: at,
        code: 'prefill-unknown-field',
        severity: 'error',
        message: `Prefill targets ${rule.field}, which is not a field.`,
      });
      return;
    }
    if (seen.has(rule.field))
      out.push({
        pointer: at,
        code: 'prefill-duplicate-field',
        severity: 'error',
        message: `${rule.field} is prefilled twice.`,
      });
    seen.add(rule.field);
    const expected = ADDRESS_CLAIMS.has(rule.from) ? 'object' : 'string';
    const types = index.fieldTypes(rule.field);
    if (types.length > 0 && !types.includes(expected)) {
      out.push({
        pointer: at,
        code: 'prefill-type-mismatch',
        severity: 'error',
        message: `Claim ${rule.from} is a ${expected}; ${rule.field} holds ${types.join('/')}.`,
      });
    }
  });
  return out;
}
