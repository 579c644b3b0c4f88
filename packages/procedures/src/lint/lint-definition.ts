/**
 * `lintDefinition`: the checks a JSON Schema cannot express. Run it after the definition has
 * passed the meta-schema (it relies on the shape the meta-schema guarantees). `dvc lint` calls it.
 */
import { declaredFields } from '@dvc-kit/validation';
import type { ProcedureDefinition } from '@dvc-kit/contract';
import { checkDocuments, checkFees, checkIdentity, checkNotes } from './definition-rules.js';
import { checkLayout, checkPrefill } from './layout-rules.js';
import { checkLabels, checkNodes, checkRepeatables, checkSchemaConditions } from './schema-rules.js';
import type { LintIssue } from './types.js';

/**
 * Lints a procedure definition. Every issue carries a JSON Pointer into the definition and a
 * stable code; the list is empty for a clean definition. Issues are sorted by pointer and code,
 * and a problem in a shared `$defs` entry is reported once.
 */
export function lintDefinition(definition: ProcedureDefinition): LintIssue[] {
  const index = declaredFields(definition.dataSchema, { at: '/dataSchema' });
  const all = [
    ...checkIdentity(definition),
    ...checkLabels(index),
    ...checkRepeatables(index),
    ...checkNodes(index),
    ...checkSchemaConditions(index),
    ...checkLayout(definition, index),
    ...checkPrefill(definition, index),
    ...checkFees(definition, index),
    ...checkDocuments(definition, index),
    ...checkNotes(definition),
  ];
  const seen = new Set<string>();
  const unique = all.filter((issue) => {
    const key = `${issue.pointer} ${issue.code} ${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) =>
    a.pointer === b.pointer ? a.code.localeCompare(b.code) : a.pointer < b.pointer ? -1 : 1,
  );
}
