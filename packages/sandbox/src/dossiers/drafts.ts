/**
 * Creating and updating drafts: the checks that need the catalogue (procedure, agency, applicant
 * type, attachments) on top of the contract's schema. Issues point into the request body.
 */
import { getProcedureDefinition, type ProcedureDefinition } from '@dvc-kit/procedures';
import type { ApiIssue } from '../errors.js';
import type { DossierDocumentRef } from '../store/records.js';
import { getAgency, settles } from '../catalogue/agencies.js';
import { documentRefIssues, type DocumentSources } from './documents.js';

/** The body of `POST /v1/dossiers` (`DossierCreate`). */
export interface DossierCreateBody {
  procedureCode: string;
  agencyId: string;
  applicantType?: 1 | 2 | 3 | 4;
  data?: Record<string, unknown>;
  documents?: DossierDocumentRef[];
}

/** The body of `PATCH /v1/dossiers/{id}` (`DossierUpdate`). */
export type DossierUpdateBody = Partial<Omit<DossierCreateBody, 'procedureCode'>>;

/** The issues of a draft's procedure, agency, applicant type and documents. */
export function draftIssues(
  definition: ProcedureDefinition | undefined,
  body: DossierUpdateBody,
  locale: 'vi' | 'en',
  sources: DocumentSources,
): ApiIssue[] {
  const en = locale === 'en';
  const issues: ApiIssue[] = [];
  if (definition === undefined) {
    issues.push({
      pointer: '/procedureCode',
      code: 'unknown_procedure',
      message: en ? 'There is no procedure with this code.' : 'Không có thủ tục với mã này.',
    });
    return issues;
  }
  if (body.agencyId !== undefined) {
    const agency = getAgency(body.agencyId);
    if (agency === undefined) {
      issues.push({
        pointer: '/agencyId',
        code: 'unknown_agency',
        message: en ? 'There is no agency with this id.' : 'Không có cơ quan với mã này.',
      });
    } else if (!settles(agency, definition)) {
      const name = definition.procedure.agency.name;
      issues.push({
        pointer: '/agencyId',
        code: 'agency_level_mismatch',
        message: en
          ? `This agency does not settle this procedure; it is settled by: ${name.en}.`
          : `Cơ quan này không giải quyết thủ tục này; cơ quan giải quyết: ${name.vi}.`,
      });
    }
  }
  const allowed = definition.procedure.applicantTypes;
  if (body.applicantType !== undefined && allowed !== undefined && !allowed.includes(body.applicantType)) {
    issues.push({
      pointer: '/applicantType',
      code: 'applicant_type_not_allowed',
      message: en
        ? 'This procedure does not accept this applicant type.'
        : 'Thủ tục này không dành cho loại chủ hồ sơ này.',
    });
  }
  if (body.documents !== undefined) {
    issues.push(...documentRefIssues(definition, body.documents, sources, en));
  }
  return issues;
}

/** The definition of a stored dossier's procedure (reference procedures never disappear). */
export function definitionOf(procedureCode: string): ProcedureDefinition {
  const definition = getProcedureDefinition(procedureCode);
  if (definition === undefined) throw new Error(`Unknown procedure ${procedureCode}`);
  return definition;
}
