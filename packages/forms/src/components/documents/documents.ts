import {
  documentRequirements,
  type DocumentRequirement,
  type ProcedureDefinition,
  type SubmissionChannel,
} from '@dvc-kit/procedures/format';
import { fileProblem } from '@dvc-kit/validation/files';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DvcDocumentsChangeEvent } from '../../events/documents-change.js';
import { DocumentFiles, sender, type FileEntry } from '../../internal/documents/document-files.js';
import { documentRow, roomLeft, rowId } from '../../internal/documents/document-row.js';
import { pickText, type FormLocale } from '../../internal/form-text.js';
import { documentsMessages } from './documents-messages.js';
import { documentsStyles } from './documents.styles.js';
import type { DocumentReference, DocumentUploader, ElectronicCopy, UnsentDocument } from './upload.js';

/** A document that stops a submit: where (`/documents/<code>`, as the portal says it) and why. */
export interface DocumentIssue {
  pointer: string;
  documentCode: string;
  message: string;
}

/** Whether `value` has what the documents read of a definition: the procedure's code and its documents. */
function isDefinition(value: unknown): value is ProcedureDefinition {
  const v = value as Partial<ProcedureDefinition> | null | undefined;
  return typeof v?.procedure?.code === 'string' && Array.isArray(v.documents);
}

/**
 * The documents of a procedure (thành phần hồ sơ): one row per component, as the documents model
 * of @dvc-kit/procedures says for the channel (submit, show at the counter, waived, replaced by the
 * e-form, state data or an electronic copy). Files are checked (type, size) before they are sent
 * through the `upload` hook (the sdk's `client.attachments`), with progress, cancel, retry and
 * remove; an electronic copy the citizen has may stand in ("Dùng bản điện tử đã có").
 *
 * @summary A procedure's documents: upload, reuse, and what each component needs.
 * @event {DvcDocumentsChangeDetail} dvc-documents-change - A file was chosen, stored, reused or removed: `detail.documents` (DvcDocumentsChangeEvent).
 * @csspart row - A document component's row (also `notice`, `error`, `file`, `file-input`).
 * @csspart cancel-button - Cancels an upload (also `retry-button`, `remove-button`, `reuse-button`).
 * @cssproperty --dvc-color-error - Messages and the border of a row with a problem.
 */
export class DvcDocuments extends LitElement {
  static override styles = documentsStyles;

  /** The procedure definition (its `procedure.code` and `documents`). */
  @property({ attribute: false }) definition: unknown = undefined;
  /** The form's data, for components required under a condition. */
  @property({ attribute: false }) data: unknown = undefined;
  /** The filing channel: `online` (default), `in-person` or `postal`. */
  @property() channel: SubmissionChannel = 'online';
  /** The upload hook (`client.attachments` of the sdk). Without it, files cannot be chosen. */
  @property({ attribute: false }) upload: DocumentUploader | undefined = undefined;
  /** The electronic copies the citizen already has (from the profile). */
  @property({ attribute: false }) electronicCopies: readonly ElectronicCopy[] = [];
  /** The language: `vi` (default) or `en`. */
  @property({ reflect: true }) locale: FormLocale = 'vi';
  /** The heading level of the section title ("Giấy tờ"): 2 by default; 0 hides it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The message shown on each row, by component code. */
  @state() private problems = new Map<string, string>();
  /** The rows whose message says why chosen files were refused: announced as they appear. */
  @state() private refusals = new Set<string>();
  /** Rendering is asked by the files' changes; this counter makes Lit see them. */
  @state() private version = 0;

  private readonly files = new DocumentFiles((tell) => {
    this.version++;
    if (tell) this.dispatchEvent(new DvcDocumentsChangeEvent({ documents: this.value }));
  });

  /** The stored files (uploaded or reused electronic copies), as the dossier refers to them. */
  get value(): DocumentReference[] {
    return this.files.references();
  }

  /** Starts from stored references (a draft's, a dossier's); files being sent are cancelled. */
  set value(references: readonly DocumentReference[] | undefined) {
    this.files.load(Array.isArray(references) ? references : []);
  }

  /**
   * The files chosen and not stored (being sent, failed, or lost in a reload). A draft keeps them;
   * set from a draft after a reload, each shows on its row as to be chosen again (never dropped silently).
   */
  get unsent(): UnsentDocument[] {
    return this.files.unsent();
  }

  set unsent(files: readonly UnsentDocument[] | undefined) {
    this.files.loadUnsent(Array.isArray(files) ? files : []);
  }

  /** Whether a file is still being sent. */
  get uploading(): boolean {
    return this.files.entries.some((e) => e.status === 'uploading');
  }

  /** What each component needs on the channel, in the definition's order. */
  get requirements(): DocumentRequirement[] {
    return isDefinition(this.definition)
      ? documentRequirements(this.definition, this.data ?? {}, { channel: this.channel })
      : [];
  }

  /**
   * Checks that every required document has a stored file and none is still being sent; shows the
   * message on each row that has a problem and returns them.
   */
  validate(): DocumentIssue[] {
    const m = documentsMessages(this.language);
    const issues: DocumentIssue[] = [];
    for (const r of this.requirements) {
      const files = this.files.of(r.component.code);
      const name = pickText(r.component.name, this.language);
      const message = files.some((f) => f.status === 'uploading')
        ? m.stillUploading(name)
        : r.upload === 'required' && !files.some((f) => f.status === 'uploaded')
          ? m.missing(name)
          : '';
      if (message !== '')
        issues.push({ pointer: `/documents/${r.component.code}`, documentCode: r.component.code, message });
    }
    this.problems = new Map(issues.map((i) => [i.documentCode, i.message]));
    this.refusals = new Set();
    return issues;
  }

  /** Moves focus to a component's row (its file input when it has one); `false` when there is no such row. */
  focusDocument(documentCode: string): boolean {
    const row = this.renderRoot.querySelector<HTMLElement>(`#${rowId(documentCode)}`);
    if (row === null) return false;
    (row.querySelector<HTMLElement>('input[type="file"]') ?? row).focus();
    return true;
  }

  protected override render(): TemplateResult | typeof nothing {
    const requirements = this.requirements;
    if (requirements.length === 0) return nothing;
    const m = documentsMessages(this.language);
    const level = this.headingLevel;
    const heading =
      level === 0
        ? nothing
        : html`<div class="heading" role="heading" aria-level=${level} id="documents-heading">
            ${m.heading}
          </div>`;
    return html`<section
      aria-labelledby=${level === 0 ? nothing : 'documents-heading'}
      data-version=${this.version}
    >
      ${heading}
      <ul class="rows">
        ${requirements.map((r) => this.row(r))}
      </ul>
    </section>`;
  }

  private get language(): FormLocale {
    return this.locale === 'en' ? 'en' : 'vi';
  }

  private row(requirement: DocumentRequirement): TemplateResult {
    const code = requirement.component.code;
    const files = this.files.of(code);
    const used = new Set(files.map((f) => f.reference?.electronicCopyId));
    return documentRow(requirement, {
      locale: this.language,
      messages: documentsMessages(this.language),
      files,
      error: this.problems.get(code) ?? '',
      announce: this.refusals.has(code),
      copies: this.copiesFor(requirement).filter((c) => !used.has(c.id)),
      disabled: this.disabled,
      canUpload: this.upload !== undefined,
      onChoose: (event) => {
        this.choose(requirement, event.target as HTMLInputElement);
      },
      onReuse: (copy) => {
        this.clearProblem(code);
        this.files.reuse(code, copy, pickText(copy.name, this.language));
      },
      onCancel: (entry) => {
        this.files.cancel(entry.key);
      },
      onRetry: (entry) => {
        if (this.upload === undefined || !isDefinition(this.definition)) return;
        this.files.retry(entry.key, sender(this.upload, this.definition.procedure.code));
      },
      onRemove: (entry) => {
        this.removeFile(entry, code);
      },
    });
  }

  /** The copies that may stand in for the component: it allows an electronic copy from their source. */
  private copiesFor(requirement: DocumentRequirement): ElectronicCopy[] {
    const allowed = requirement.replacements.filter((r) => r.kind === 'electronic-copy');
    if (allowed.length === 0 || requirement.upload === 'none') return [];
    return this.electronicCopies.filter(
      (copy) =>
        copy.documentCodes.includes(requirement.component.code) &&
        allowed.some((r) => r.sources === undefined || r.sources.includes(copy.source)),
    );
  }

  /** Checks the chosen files and uploads those that fit; says why the others were refused. */
  private choose(requirement: DocumentRequirement, input: HTMLInputElement): void {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length === 0 || this.upload === undefined || !isDefinition(this.definition)) return;
    const m = documentsMessages(this.language);
    const code = requirement.component.code;
    const problems: string[] = [];
    const send = sender(this.upload, this.definition.procedure.code);
    for (const file of chosen) {
      const problem = fileProblem(file, requirement.component, this.language);
      if (problem !== undefined) problems.push(problem.message);
      else if (roomLeft(requirement, this.files.of(code)) <= 0)
        problems.push(m.tooMany(requirement.component.maxFiles ?? 1));
      else this.files.add(code, file, send, !requirement.component.multiple);
    }
    const next = new Map(this.problems);
    const refusals = new Set(this.refusals);
    if (problems.length === 0) next.delete(code);
    else next.set(code, problems.join(' '));
    if (problems.length === 0) refusals.delete(code);
    else refusals.add(code);
    this.problems = next;
    this.refusals = refusals;
  }

  private removeFile(entry: FileEntry, code: string): void {
    const removed = this.files.remove(entry.key);
    const stored = removed?.reference;
    if (stored !== undefined && stored.electronicCopyId === undefined && this.upload?.delete !== undefined) {
      // The file is left out of the dossier whatever the answer; a failed delete leaves a file
      // the portal drops with unsubmitted attachments.
      Promise.resolve(this.upload.delete(stored.attachmentId)).catch(() => undefined);
    }
    void this.updateComplete.then(() => {
      // Focus goes back to where the person can act on the row next.
      this.focusDocument(code);
    });
  }

  private clearProblem(code: string): void {
    if (!this.problems.has(code)) return;
    const next = new Map(this.problems);
    next.delete(code);
    this.problems = next;
  }
}

if (!customElements.get('dvc-documents')) customElements.define('dvc-documents', DvcDocuments);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-documents': DvcDocuments;
  }
}
