/**
 * The form's drafts and filing through a client, loaded on demand: the controllers (and idb-keyval)
 * are a chunk of their own, imported the first time the form needs them (drafts on, a `client` set,
 * `discardDraft()`), so a page without drafts or a client does not download them up front.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DossierSubmitter, SubmittedDossier } from '../components/form/dossier-submitter.js';
import type { DraftAccess, DraftHost, FormDrafts } from '../components/form/form-drafts.js';
import type { SubmissionAccess, SubmissionHost, FormSubmission } from '../components/form/form-submission.js';

/** What the form is to the drafts and the filing together. */
export interface FilingHost extends DraftHost, SubmissionHost {
  client: DossierSubmitter | undefined;
}

interface Loaded {
  drafts: FormDrafts;
  filing: FormSubmission;
}

/** The drafts and the filing of one form, created when their chunk has loaded. */
export class FormFiling {
  private loaded: Loaded | undefined = undefined;
  private loading: Promise<Loaded> | undefined = undefined;

  constructor(
    private readonly host: FilingHost,
    private readonly access: DraftAccess & Pick<SubmissionAccess, 'documents'>,
  ) {}

  /** The chunk while it loads (settled, never rejecting): the form's `updateComplete` waits for it. */
  get pending(): Promise<unknown> | undefined {
    return this.loading?.catch(() => undefined);
  }

  /** The filed dossier, once filed through the client. */
  get dossier(): SubmittedDossier | undefined {
    return this.loaded?.filing.dossier;
  }

  /** Looks for a saved draft (loading the chunk when drafts are on or a client is set). */
  async open(): Promise<void> {
    if (this.loaded === undefined && this.host.drafts === 'off' && this.host.client === undefined) return;
    await (await this.load()).drafts.open();
  }

  /** The citizen changed the field at `pointer`: the drafts save soon (when they are on). */
  changed(pointer: string): void {
    this.loaded?.drafts.changed(pointer);
  }

  /** Deletes the saved draft and says so. */
  async discard(reason: 'start-again' | 'discard'): Promise<void> {
    await (await this.load()).drafts.discard(reason);
  }

  /** Files `data` through `client`; resolves `true` when the dossier was submitted. */
  async run(client: DossierSubmitter, data: Record<string, unknown>): Promise<boolean> {
    return (await this.load()).filing.run(client, data);
  }

  /** The draft notice above the fields. */
  renderNotice(): TemplateResult | typeof nothing {
    return this.loaded?.drafts.render() ?? nothing;
  }

  /** The alert when filing failed for another reason than the data. */
  renderProblem(): TemplateResult | typeof nothing {
    return this.loaded?.filing.renderProblem() ?? nothing;
  }

  /** The confirmation panel, once the dossier was filed. */
  renderConfirmation(): TemplateResult {
    return this.loaded?.filing.renderConfirmation() ?? html``;
  }

  private load(): Promise<Loaded> {
    this.loading ??= import('../components/form/form-filing-parts.js').then(
      ({ FormDrafts, FormSubmission }) => {
        // addController calls hostConnected itself when the form is already connected.
        const drafts = new FormDrafts(this.host, this.access);
        const filing = new FormSubmission(this.host, { ...this.access, drafts });
        this.loaded = { drafts, filing };
        this.host.requestUpdate();
        return this.loaded;
      },
      (error: unknown) => {
        this.loading = undefined; // Tried again the next time.
        throw error;
      },
    );
    return this.loading;
  }
}
