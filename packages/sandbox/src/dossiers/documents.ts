/**
 * A dossier's documents: each reference must name an attachment of the same owner, uploaded for
 * the same procedure and document component (another persona's attachment is as unknown as one
 * that does not exist), or an electronic copy in the owner's profile that the component accepts
 * (an `electronic-copy` replacement on the channel, from the copy's source); a component takes one
 * file, or up to `maxFiles` when `multiple`. On submit and on a supplement (whose new refs are
 * checked together with those the dossier holds), every component `documentRequirements` of
 * @dvc-kit/procedures says must be uploaded on the dossier's channel needs a file: the rule lives
 * there, once.
 */
import {
  documentRequirement,
  documentRequirements,
  type ProcedureDefinition,
  type SubmissionChannel,
} from '@dvc-kit/procedures';
import { childPointer } from '@dvc-kit/validation';
import type { PersonaElectronicCopy } from '../auth/personas.js';
import type { ApiIssue } from '../errors.js';
import type { AttachmentRecord, DossierDocumentRef } from '../store/records.js';

/** The caller's attachment with an id, or `undefined`. */
export type AttachmentLookup = (id: string) => AttachmentRecord | undefined;

/** Where a caller's documents come from: their attachments and the electronic copies of their profile. */
export interface DocumentSources {
  attachment: AttachmentLookup;
  electronicCopy: (id: string) => PersonaElectronicCopy | undefined;
  /** The dossier's channel (default `online`): which replacements apply. */
  channel?: SubmissionChannel;
}

const text = (en: boolean, vi: string, english: string): string => (en ? english : vi);

/** Why `ref` (an electronic copy) cannot stand for its component, or `undefined` when it can. */
function copyIssue(
  definition: ProcedureDefinition,
  ref: { documentCode: string; electronicCopyId: string },
  sources: DocumentSources,
  en: boolean,
): Pick<ApiIssue, 'code' | 'message'> | undefined {
  const copy = sources.electronicCopy(ref.electronicCopyId);
  if (copy === undefined) {
    return {
      code: 'unknown_electronic_copy',
      message: text(en, 'Không có bản điện tử này.', 'There is no such electronic copy.'),
    };
  }
  const component = definition.documents.find((d) => d.code === ref.documentCode);
  if (component === undefined) return undefined; // Reported on the document code.
  const accepts = documentRequirement(component, {}, sources.channel ?? 'online').replacements.some(
    (r) => r.kind === 'electronic-copy' && (r.sources === undefined || r.sources.includes(copy.source)),
  );
  if (accepts && copy.documentCodes.includes(ref.documentCode)) return undefined;
  return {
    code: 'electronic_copy_not_accepted',
    message: text(
      en,
      'Bản điện tử này không thay được thành phần hồ sơ này.',
      'This electronic copy cannot stand for this document component.',
    ),
  };
}

/**
 * The issues of `refs`; pointers are `/<path>/<index>/...` (`path` is where the list sits in the
 * body). `held` are the refs the dossier already has (a supplement adds to them): they count
 * towards duplicates and a component's file limit, but are not reported themselves.
 */
export function documentRefIssues(
  definition: ProcedureDefinition,
  refs: readonly DossierDocumentRef[],
  sources: DocumentSources,
  en: boolean,
  path = '/documents',
  held: readonly DossierDocumentRef[] = [],
): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const idOf = (ref: DossierDocumentRef): string =>
    'attachmentId' in ref ? ref.attachmentId : `${ref.documentCode}/${ref.electronicCopyId}`;
  const seen = new Set<string>(held.map(idOf));
  const counts = new Map<string, number>();
  for (const ref of held) counts.set(ref.documentCode, (counts.get(ref.documentCode) ?? 0) + 1);
  refs.forEach((ref, index) => {
    const at = `${path}/${index}`;
    const component = definition.documents.find((d) => d.code === ref.documentCode);
    if (component === undefined) {
      issues.push({
        pointer: `${at}/documentCode`,
        code: 'unknown_document',
        message: text(
          en,
          'Thủ tục không có thành phần hồ sơ này.',
          'The procedure has no such document component.',
        ),
      });
    } else {
      const count = (counts.get(component.code) ?? 0) + 1;
      counts.set(component.code, count);
      if (count > (component.multiple ? (component.maxFiles ?? Infinity) : 1)) {
        issues.push({
          pointer: `${at}/documentCode`,
          code: 'too_many_files',
          message: text(
            en,
            'Thành phần hồ sơ này có quá nhiều tệp.',
            'Too many files for this document component.',
          ),
        });
      }
    }
    if (!('attachmentId' in ref)) {
      const issue = seen.has(idOf(ref))
        ? {
            code: 'duplicate_electronic_copy',
            message: text(en, 'Bản điện tử này đã được đính kèm.', 'This electronic copy is already listed.'),
          }
        : copyIssue(definition, ref, sources, en);
      if (issue !== undefined) issues.push({ pointer: `${at}/electronicCopyId`, ...issue });
      seen.add(idOf(ref));
      return;
    }
    const attachment = sources.attachment(ref.attachmentId);
    if (attachment === undefined || seen.has(ref.attachmentId)) {
      issues.push({
        pointer: `${at}/attachmentId`,
        code: attachment === undefined ? 'unknown_attachment' : 'duplicate_attachment',
        message:
          attachment === undefined
            ? text(en, 'Không có tệp đính kèm này.', 'There is no such attachment.')
            : text(en, 'Tệp này đã được đính kèm.', 'This attachment is already listed.'),
      });
    } else if (
      attachment.procedureCode !== definition.procedure.code ||
      attachment.documentCode !== ref.documentCode
    ) {
      issues.push({
        pointer: `${at}/attachmentId`,
        code: 'attachment_mismatch',
        message: text(
          en,
          'Tệp này được tải lên cho thủ tục hoặc thành phần hồ sơ khác.',
          'This attachment was uploaded for another procedure or document component.',
        ),
      });
    }
    seen.add(ref.attachmentId);
  });
  return issues;
}

/** The filing channel of a dossier's channel code (1 in person, 2 online, 3 post). */
export function channelOf(code: number): SubmissionChannel {
  return code === 1 ? 'in-person' : code === 3 ? 'postal' : 'online';
}

/**
 * One issue per component that must be uploaded for `data` on `channel` and has no file, at
 * `/documents/<component code>`. Online, the e-form stands in for the paper declaration, shown
 * papers (xuất trình) are not uploaded, and data the state holds makes an upload optional.
 */
export function missingDocumentIssues(
  definition: ProcedureDefinition,
  data: unknown,
  refs: readonly DossierDocumentRef[],
  en: boolean,
  channel: SubmissionChannel = 'online',
): ApiIssue[] {
  return documentRequirements(definition, data, { channel })
    .filter((r) => r.upload === 'required' && !refs.some((ref) => ref.documentCode === r.component.code))
    .map(({ component: d }) => ({
      pointer: childPointer('/documents', d.code),
      code: 'document_required',
      message: text(en, `Thiếu thành phần hồ sơ: ${d.name.vi}.`, `Missing document: ${d.name.en}.`),
    }));
}
