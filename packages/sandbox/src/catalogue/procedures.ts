/** The reference procedures as the API lists them, with their folded search text. */
import { foldDiacritics } from '@dvc-kit/admin-units';
import {
  onlineServiceLevel,
  onlineServiceOf,
  procedureDefinitions,
  type LocalizedText,
  type OnlineService,
  type ProcedureDefinition,
} from '@dvc-kit/procedures';

/** A procedure in a list (`ProcedureSummary` in the contract). */
export interface ProcedureSummary {
  code: string;
  slug: string;
  name: LocalizedText;
  field: LocalizedText;
  /** Online service under Decree 42/2022: full, partial, info. */
  onlineService: OnlineService;
  /** The old numbered level, kept as an alias of `onlineService` (4 full, 3 partial, 2 info). */
  onlineLevel: 2 | 3 | 4;
  agencyLevel: 'province' | 'commune';
  agencyName: LocalizedText;
  processingTime: { workingDays: number; text: LocalizedText };
}

/** The summary of a definition. */
export function summarize(definition: ProcedureDefinition): ProcedureSummary {
  const p = definition.procedure;
  return {
    code: p.code,
    slug: definition.slug,
    name: p.name,
    field: p.field,
    onlineService: onlineServiceOf(p),
    onlineLevel: onlineServiceLevel(onlineServiceOf(p)),
    agencyLevel: p.agency.level,
    agencyName: p.agency.name,
    processingTime: { workingDays: p.processingTime.workingDays, text: p.processingTime.text },
  };
}

/** A definition with what searches compare against. */
export interface CatalogueEntry {
  definition: ProcedureDefinition;
  summary: ProcedureSummary;
  /** Code, slug, name and field in both languages, folded. */
  text: string;
  /** The field in both languages, folded. */
  field: string;
}

/** Every reference procedure, in national-code order. */
export const procedureCatalogue: readonly CatalogueEntry[] = [...procedureDefinitions]
  .sort((a, b) => (a.procedure.code < b.procedure.code ? -1 : 1))
  .map((definition) => {
    const p = definition.procedure;
    return {
      definition,
      summary: summarize(definition),
      text: foldDiacritics([p.code, definition.slug, p.name.vi, p.name.en, p.field.vi, p.field.en].join(' ')),
      field: foldDiacritics(`${p.field.vi}\n${p.field.en}`),
    };
  });
