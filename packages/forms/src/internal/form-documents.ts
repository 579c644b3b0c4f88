/**
 * The "Giấy tờ" (Documents) section of `<dvc-form>`: a `<dvc-documents>` after the fields when the
 * page has imported `@dvc-kit/forms/documents` (which registers it) and the definition has document
 * components. The form only knows the element's shape, so its own bundle does not carry it.
 */
import { unescapePointerToken } from '@dvc-kit/validation';
import { html, nothing, type TemplateResult } from 'lit';
import type {
  DocumentReference,
  DocumentUploader,
  ElectronicCopy,
  UnsentDocument,
} from '../components/documents/upload.js';
import type { DossierDocumentRef } from '../components/form/dossier-submitter.js';
import type { ErrorSummaryItem } from '../components/error-summary/error-summary.js';
import { pickText, type FormLocale } from './form-text.js';

/** A document that stops a submit (see `DvcDocuments.validate`). */
export interface FormDocumentIssue {
  pointer: string;
  documentCode: string;
  message: string;
}

/** What the form uses of `<dvc-documents>`. */
interface DocumentsElement extends HTMLElement {
  definition: unknown;
  channel: DocumentsHost['channel'];
  locale: FormLocale;
  value: DocumentReference[];
  unsent: UnsentDocument[];
  data: unknown;
  validate(): FormDocumentIssue[];
  focusDocument(documentCode: string): boolean;
}

/** What the section reads of the form. */
export interface DocumentsHost {
  definition: unknown;
  upload: DocumentUploader | undefined;
  electronicCopies: readonly ElectronicCopy[];
  channel: 'online' | 'in-person' | 'postal';
  disabled: boolean;
  readonly: boolean;
  renderRoot: HTMLElement | DocumentFragment;
}

const seeded = new WeakMap<object, DocumentReference[]>();
const seededUnsent = new WeakMap<object, UnsentDocument[]>();
/** The element last shown: a stepped form removes it on other steps (the review), not its documents. */
const lastShown = new WeakMap<object, DocumentsElement>();

function hasDocuments(definition: unknown): boolean {
  const documents = (definition as { documents?: unknown } | null | undefined)?.documents;
  return Array.isArray(documents) && documents.length > 0;
}

/** The form's `<dvc-documents>`, when it shows one. */
export function documentsElement(host: DocumentsHost): DocumentsElement | null {
  // Before the form is first connected it has no render root yet.
  const root = host.renderRoot as HTMLElement | DocumentFragment | undefined;
  return root?.querySelector<DocumentsElement>('dvc-documents') ?? null;
}

/** The element shown, or the one shown last (kept, with its documents, while another step shows). */
function documentsKept(host: DocumentsHost): DocumentsElement | null {
  return documentsElement(host) ?? lastShown.get(host) ?? null;
}

/** The section, or nothing when the definition has no documents or the element is not registered. */
export function documentsSection(
  host: DocumentsHost,
  data: unknown,
  locale: FormLocale,
): TemplateResult | typeof nothing {
  if (!hasDocuments(host.definition) || customElements.get('dvc-documents') === undefined) return nothing;
  return html`<dvc-documents
    part="documents"
    .definition=${host.definition}
    .data=${data}
    .channel=${host.channel}
    .upload=${host.upload}
    .electronicCopies=${host.electronicCopies}
    .locale=${locale}
    ?disabled=${host.disabled || host.readonly}
  ></dvc-documents>`;
}

/** The stored documents: the element's, or those given before it was shown. */
export function getDocuments(host: DocumentsHost): DocumentReference[] {
  const seed = seeded.get(host);
  if (seed !== undefined) return [...seed];
  return documentsKept(host)?.value ?? [];
}

/** Starts the documents from `references` (a draft's); kept until the element is shown. */
export function setDocuments(
  host: DocumentsHost,
  references: readonly DocumentReference[] | undefined,
): void {
  const list: DocumentReference[] = Array.isArray(references) ? [...(references as DocumentReference[])] : [];
  const element = documentsElement(host);
  if (element !== null) element.value = list;
  else seeded.set(host, list);
}

/**
 * The files chosen and not stored (being sent, failed, lost in a reload): what a draft keeps so
 * that after a reload their rows say to choose them again.
 */
export function getUnsentDocuments(host: DocumentsHost): UnsentDocument[] {
  const seed = seededUnsent.get(host);
  if (seed !== undefined) return [...seed];
  return documentsKept(host)?.unsent ?? [];
}

/** Shows files a draft says were chosen and never stored, each to be chosen again; kept until shown. */
export function setUnsentDocuments(host: DocumentsHost, files: readonly UnsentDocument[] | undefined): void {
  const list: UnsentDocument[] = Array.isArray(files) ? [...(files as UnsentDocument[])] : [];
  const element = documentsElement(host);
  if (element !== null) element.unsent = list;
  else seededUnsent.set(host, list);
}

/** Gives a newly shown element the documents set before it existed, once. */
export function seedDocuments(host: DocumentsHost): void {
  const element = documentsElement(host);
  if (element === null) return;
  const previous = lastShown.get(host);
  const seed = seeded.get(host) ?? previous?.value;
  const unsent = seededUnsent.get(host) ?? previous?.unsent;
  seeded.delete(host);
  seededUnsent.delete(host);
  if (previous === element) return;
  if (seed !== undefined) element.value = [...seed];
  // After the stored ones (setting `value` starts the element again).
  if (unsent !== undefined && unsent.length > 0) element.unsent = [...unsent];
  lastShown.set(host, element);
}

/**
 * The documents as the dossier refers to them: an upload by its attachment id, a reused electronic
 * copy by its id (`electronicCopyId`), no file uploaded.
 */
export function dossierDocuments(host: DocumentsHost): DossierDocumentRef[] {
  return getDocuments(host).map(({ documentCode, attachmentId, electronicCopyId }) =>
    electronicCopyId === undefined ? { documentCode, attachmentId } : { documentCode, electronicCopyId },
  );
}

/**
 * The element that checks the documents: the one shown (or last shown), else, when the section was
 * never shown (a page that set `step` to the review), one made for the check, with the documents given.
 */
function documentsChecker(host: DocumentsHost, locale: FormLocale): DocumentsElement | null {
  const kept = documentsKept(host);
  const Element = customElements.get('dvc-documents');
  if (kept !== null || !hasDocuments(host.definition) || Element === undefined) return kept;
  // `value` before `unsent` (setting `value` starts the element again).
  return Object.assign(new Element() as DocumentsElement, {
    definition: host.definition,
    channel: host.channel,
    locale,
    value: getDocuments(host),
    unsent: getUnsentDocuments(host),
  });
}

/** The documents that stop a submit, shown on their rows (with the form's current data). */
export function documentIssues(host: DocumentsHost, data: unknown, locale: FormLocale): FormDocumentIssue[] {
  const element = documentsChecker(host, locale);
  if (element === null) return [];
  element.data = data;
  return element.validate();
}

/** The summary lines of the document issues: each links to its row. */
export function documentSummaryItems(issues: readonly FormDocumentIssue[]): ErrorSummaryItem[] {
  return issues.map(({ pointer, message }) => ({ pointer, message }));
}

/** Moves focus to the row of a document pointer (`/documents/<code>`); `false` when it is not one. */
export function focusDocument(host: DocumentsHost, pointer: string): boolean {
  const code = /^\/documents\/([^/]+)$/.exec(pointer)?.[1];
  const element = documentsElement(host);
  return code !== undefined && element !== null && element.focusDocument(unescapePointerToken(code));
}

/** Said after a reused electronic copy on "check your answers" (no file was uploaded). */
const COPY_ON_FILE = { vi: 'bản điện tử đã có', en: 'electronic copy on file' } as const;

/** A component's stored files, for "check your answers". */
export interface ReviewDocument {
  name: string;
  files: string[];
}

/** The stored files per document component, in the definition's order, named in `locale`. */
export function reviewDocuments(host: DocumentsHost, locale: FormLocale): ReviewDocument[] {
  const references = getDocuments(host);
  if (!hasDocuments(host.definition) || references.length === 0) return [];
  const components = (host.definition as { documents: { code?: unknown; name?: unknown }[] }).documents;
  return components.flatMap((component) => {
    const files = references
      .filter((r) => r.documentCode === component.code)
      .map((r) =>
        r.electronicCopyId === undefined ? r.fileName : `${r.fileName} (${COPY_ON_FILE[locale]})`,
      );
    if (files.length === 0) return [];
    return [{ name: pickText(component.name, locale), files }];
  });
}
