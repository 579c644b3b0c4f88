/** Lint rules on the metadata, fees, documents and notes of a definition. */
import { childPointer, resolvePointer, type DeclaredFieldsIndex as SchemaIndex } from '@dvc-kit/validation';
import { conditionFields } from '../conditions.js';
import type { Condition, ProcedureDefinition } from '@dvc-kit/contract';
import type { LintIssue } from './types.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NATIONAL_CODE = /^\d\.\d{6}$/;

/** Whether `pointer` is a field outside any repeatable group (array items, open-object members). */
export function isPlainField(index: SchemaIndex, pointer: string): boolean {
  return index.fields.get(pointer)?.repeated === false;
}

/** Reports the fields a condition reads that do not exist. */
export function checkCondition(
  index: SchemaIndex,
  condition: Condition | undefined,
  at: string,
): LintIssue[] {
  if (condition === undefined) return [];
  return conditionFields(condition)
    .filter((f) => !isPlainField(index, f))
    .map((f) => ({
      pointer: at,
      code: 'condition-unknown-field' as const,
      severity: 'error' as const,
      message: `The condition reads ${f}, which is not a field (outside repeatable groups).`,
    }));
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) out.push(i);
    seen.add(k);
  });
  return out;
}

/** The slug and the national code are well formed. */
export function checkIdentity(definition: ProcedureDefinition): LintIssue[] {
  const out: LintIssue[] = [];
  if (!SLUG.test(definition.slug)) {
    out.push({
      pointer: '/slug',
      code: 'slug-invalid',
      severity: 'error',
      message: `Slug "${definition.slug}" is not kebab-case.`,
    });
  }
  if (!NATIONAL_CODE.test(definition.procedure.code)) {
    out.push({
      pointer: '/procedure/code',
      code: 'procedure-code-invalid',
      severity: 'error',
      message: `National code "${definition.procedure.code}" does not match N.NNNNNN.`,
    });
  }
  return out;
}

/** Fee codes are unique, amounts are non-negative integer VND, conditions and unit fields exist. */
export function checkFees(definition: ProcedureDefinition, index: SchemaIndex): LintIssue[] {
  const out: LintIssue[] = [];
  for (const i of duplicates(definition.fees, (f) => f.code)) {
    out.push({
      pointer: `/fees/${i}/code`,
      code: 'fee-code-duplicate',
      severity: 'error',
      message: `Fee code "${definition.fees[i]?.code}" is used twice.`,
    });
  }
  definition.fees.forEach((fee, i) => {
    if (!Number.isSafeInteger(fee.amount) || fee.amount < 0) {
      out.push({
        pointer: `/fees/${i}/amount`,
        code: 'fee-amount-invalid',
        severity: 'error',
        message: `Fee amount ${String(fee.amount)} is not a non-negative whole number of đồng.`,
      });
    }
    out.push(...checkCondition(index, fee.when, `/fees/${i}/when`));
    (fee.exemptions ?? []).forEach((e, j) =>
      out.push(...checkCondition(index, e.when, `/fees/${i}/exemptions/${j}/when`)),
    );
    if (fee.deadline !== undefined) {
      const field = { field: fee.deadline.field, filled: true };
      out.push(...checkCondition(index, field, `/fees/${i}/deadline/field`));
    }
    if (fee.perUnit === undefined) return;
    const at = `/fees/${i}/perUnit/field`;
    if (!isPlainField(index, fee.perUnit.field))
      out.push(...checkCondition(index, { field: fee.perUnit.field, filled: true }, at));
    else if (!index.fieldTypes(fee.perUnit.field).includes('integer')) {
      out.push({
        pointer: at,
        code: 'fee-unit-field-not-integer',
        severity: 'error',
        message: `Unit field ${fee.perUnit.field} is not an integer field.`,
      });
    }
  });
  return out;
}

/** Document-component codes are unique and their conditions read existing fields. */
export function checkDocuments(definition: ProcedureDefinition, index: SchemaIndex): LintIssue[] {
  const out: LintIssue[] = [];
  for (const i of duplicates(definition.documents, (d) => d.code)) {
    out.push({
      pointer: `/documents/${i}/code`,
      code: 'document-code-duplicate',
      severity: 'error',
      message: `Document-component code "${definition.documents[i]?.code}" is used twice.`,
    });
  }
  definition.documents.forEach((doc, i) =>
    out.push(...checkCondition(index, doc.requiredWhen, `/documents/${i}/requiredWhen`)),
  );
  return out;
}

/** Every note points at something in the definition. */
export function checkNotes(definition: ProcedureDefinition): LintIssue[] {
  const out: LintIssue[] = [];
  (definition.notes ?? []).forEach((note, i) => {
    if (resolvePointer(definition, note.pointer).found) return;
    out.push({
      pointer: childPointer('/notes', i, 'pointer'),
      code: 'note-unknown-pointer',
      severity: 'error',
      message: `Note pointer ${note.pointer} does not point into this definition.`,
    });
  });
  return out;
}
