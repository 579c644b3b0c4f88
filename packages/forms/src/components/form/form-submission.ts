/**
 * Filing the dossier through the form's `client`: create the draft dossier once, attach the
 * documents, submit with the draft's one idempotency key (a double click or a retry after a lost
 * answer never files twice), then the confirmation; a server's 422 issues go on their fields.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isJsonObject, type ValidationIssue } from '@dvc-kit/validation';
import { DvcSubmitErrorEvent } from '../../events/submit-error.js';
import { DvcSubmittedEvent } from '../../events/submitted.js';
import { draftMessages, formatDateTime } from '../../internal/draft-messages.js';
import type { FormLocale } from '../../internal/form-text.js';
import type { DossierDocumentRef, DossierSubmitter, SubmittedDossier } from './dossier-submitter.js';
import type { FormDrafts } from './form-drafts.js';

/** An issue of the portal's answer, as `setIssues` takes it. */
type FormIssue = Pick<ValidationIssue, 'pointer' | 'message'> & Partial<Pick<ValidationIssue, 'code'>>;

/** What the flow uses of its form. */
export interface SubmissionHost extends ReactiveControllerHost, HTMLElement {
  definition: unknown;
  agencyId: string;
  setIssues(issues: readonly FormIssue[]): Promise<void>;
}

/** The form's private parts the flow uses. */
export interface SubmissionAccess {
  drafts: FormDrafts;
  language(): FormLocale;
  /**
   * The documents to attach, uploading what is pending first (through the form's `upload` hook,
   * where there is one). Without documents support: none.
   */
  documents(): Promise<DossierDocumentRef[]>;
}

/** The issues of a 400/422 answer (the sdk's `ValidationError`: `issues` keyed by pointer), if it is one. */
export function issuesOf(error: unknown): FormIssue[] | undefined {
  if (!isJsonObject(error) && !(error instanceof Error)) return undefined;
  const { status, issues } = error as { status?: unknown; issues?: unknown };
  if (status !== 422 && status !== 400) return undefined;
  const list = Array.isArray(issues) ? issues : isJsonObject(issues) ? Object.values(issues).flat() : [];
  const out = list.filter(
    (i): i is FormIssue =>
      isJsonObject(i) && typeof i['pointer'] === 'string' && typeof i['message'] === 'string',
  );
  return out.length > 0 ? out : undefined;
}

/** The submission flow of one form. */
export class FormSubmission {
  /** The filed dossier, shown in the confirmation panel. */
  dossier: SubmittedDossier | undefined = undefined;
  private problem = '';

  constructor(
    private readonly host: SubmissionHost,
    private readonly access: SubmissionAccess,
  ) {}

  /** Files `data`; resolves `true` when the dossier was submitted. Never throws. */
  async run(client: DossierSubmitter, data: Record<string, unknown>): Promise<boolean> {
    const drafts = this.access.drafts;
    this.problem = '';
    this.host.requestUpdate();
    await drafts.flush();
    const key = drafts.submissionKey();
    try {
      let id = drafts.dossierId();
      if (id === undefined) {
        const documents = await this.access.documents();
        const created = await client.dossiers.create(
          {
            procedureCode: this.procedureCode(),
            agencyId: this.host.agencyId,
            ...(documents.length > 0 ? { documents } : {}),
          },
          { idempotencyKey: `${key}-create` },
        );
        id = created.id;
        await drafts.rememberDossier(id);
      }
      const dossier = await client.dossiers.submit(id, { data }, { idempotencyKey: `${key}-submit` });
      this.dossier = { id: dossier.id, code: dossier.code, appointmentDate: dossier.appointmentDate };
      await drafts.clear();
      this.host.dispatchEvent(new DvcSubmittedEvent({ dossier, data }));
      await this.focus('.confirmation');
      return true;
    } catch (error) {
      const issues = issuesOf(error);
      this.host.dispatchEvent(new DvcSubmitErrorEvent({ error, kind: issues ? 'invalid' : 'failed' }));
      if (issues !== undefined) {
        await this.host.setIssues(issues);
        return false;
      }
      const m = draftMessages(this.access.language());
      const status =
        isJsonObject(error) || error instanceof Error ? (error as { status?: unknown }).status : undefined;
      this.problem =
        typeof status === 'number' && status < 500 && status !== 408 && status !== 429
          ? m.submitRejected
          : m.submitFailed;
      await this.focus('.submit-problem');
      return false;
    }
  }

  /** The confirmation panel (GOV.UK's confirmation page), once the dossier was filed. */
  renderConfirmation(): TemplateResult {
    const dossier = this.dossier;
    if (dossier === undefined) return html``;
    const locale = this.access.language();
    const m = draftMessages(locale);
    return html`<div class="confirmation" part="confirmation" role="status" tabindex="-1">
      <h2 class="confirmation-title">${m.confirmationTitle}</h2>
      <p class="confirmation-body">
        ${m.dossierCode}<br /><strong class="dossier-code">${dossier.code ?? dossier.id}</strong>
      </p>
      <p>
        ${
          dossier.appointmentDate === null
            ? m.appointmentLater
            : html`${m.appointment}:
                <strong>${formatDateTime(dossier.appointmentDate, locale, false)}</strong>`
        }
      </p>
    </div>`;
  }

  /** The alert when a submission failed for another reason than the data. */
  renderProblem(): TemplateResult | typeof nothing {
    return this.problem === ''
      ? nothing
      : html`<div class="submit-problem" part="submit-problem" role="alert" tabindex="-1">
          ${this.problem}
        </div>`;
  }

  private procedureCode(): string {
    const definition = this.host.definition;
    const procedure = isJsonObject(definition) ? definition['procedure'] : undefined;
    return isJsonObject(procedure) && typeof procedure['code'] === 'string' ? procedure['code'] : '';
  }

  private async focus(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }
}
