import { isJsonObject } from '@dvc-kit/validation';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { DvcChangeEvent } from '../../events/change.js';
import { cloneData } from '../../internal/form-data.js';
import { failureTemplate, type FormFailure } from '../../internal/form-failure.js';
import { formMessages } from '../../internal/form-messages.js';
import { fetchDefinition } from '../../internal/form-native.js';
import {
  documentsSection,
  dossierDocuments,
  focusDocument,
  seedDocuments,
  reviewDocuments,
} from '../../internal/form-documents.js';
import { setUpForm } from '../../internal/form-setup.js';
import { summaryItems } from '../../internal/form-summary.js';
import { pickText } from '../../internal/form-text.js';
import { FormSteps } from '../../internal/form-steps.js';
import { formPageTemplate } from '../../internal/form-page-template.js';
import '../error-summary/error-summary.js';
import { draftStyles } from './form-drafts.styles.js';
import { FormFiling } from '../../internal/form-filing.js';
import { loadLocaleMessages } from '../../internal/locale-load.js';
import './form-field.js';
import { formStepsStyles } from './form-steps.styles.js';
import { formStyles } from './form.styles.js';
import { DvcFormChecks } from './form-checks.js';
import type { FormFieldHandle } from './form-field-handle.js';
import { descendantsUpdated, widgetsDefined } from '../../internal/form-widgets-defined.js';

export type { FormIssue } from './form-checks.js';

/**
 * A procedure's application form, rendered from its definition (or from a plain JSON Schema),
 * validated with @dvc-kit/validation as the server will validate it.
 *
 * Inside a native `<form>` it is form-associated: its data is submitted as JSON under its `name`,
 * and the native submit is blocked (with the error summary shown) while the data is invalid.
 *
 * @summary A schema-driven, validated, accessible application form.
 * @event {DvcChangeDetail} dvc-change - A field changed: `detail.path`, `detail.value`, `detail.data` (DvcChangeEvent).
 * @event {DvcSubmitDetail} dvc-submit - A submit passed validation: `detail.data`, `detail.unshown`, `detail.documents`, `detail.waitUntil()` (DvcSubmitEvent).
 * @event {DvcInvalidDetail} dvc-invalid - A submit failed validation: `detail.issues` (DvcInvalidEvent).
 * @event {DvcStepDetail} dvc-step - The citizen moved to another step: `detail.step`, `detail.index`, `detail.count`, `detail.previous` (DvcStepEvent).
 * @event {DvcSubmittedDetail} dvc-submitted - Filed through `client`: `detail.dossier`, `detail.data` (DvcSubmittedEvent).
 * @event {DvcSubmitErrorDetail} dvc-submit-error - Filing through `client` failed: `detail.error`, `detail.kind` (DvcSubmitErrorEvent).
 * @event {DvcDraftRestoreDetail} dvc-draft-restore - A saved draft was continued: `detail.dropped` (DvcDraftRestoreEvent).
 * @event {DvcDraftDiscardDetail} dvc-draft-discard - A saved draft was deleted unsubmitted (DvcDraftDiscardEvent).
 * @csspart draft-notice - The offer to continue a draft, or what became of it.
 * @csspart confirmation - The panel with the dossier code after filing through `client`.
 * @csspart submit-problem - The alert when filing through `client` failed.
 * @csspart error-summary - The error summary shown after a failed submit.
 * @csspart title - The procedure's name.
 * @csspart step - A step.
 * @csspart step-title - A step's heading (and the review's, also `review-title`).
 * @csspart progress - A stepped form's progress: "Bước 2/4" and the step names.
 * @csspart continue-button - "Tiếp tục" (also `back-button`, "Quay lại").
 * @csspart review - The "check your answers" page (also `summary-list`, `change-link`, `fees`, `fee-total`).
 * @csspart section - A section (also `section-title`, `description`).
 * @csspart group - The fieldset of a group, address or repeatable group (also `legend`, `help`, `error`).
 * @csspart repeatable-item - An item of a repeatable group (also `add-button`, `remove-button`).
 * @csspart documents - The "Giấy tờ" section (`<dvc-documents>`, with `@dvc-kit/forms/documents` imported).
 * @csspart submit-button - The submit button.
 * @csspart failure - The message shown in place of a form that cannot be loaded or shown.
 * @cssproperty --dvc-form-max-width - The widest the form grows (default 48rem).
 * @cssproperty --dvc-color-primary - Buttons and accents.
 * @cssproperty --dvc-color-error - Messages and the error summary.
 * @cssproperty --dvc-space-3 - The gap between fields.
 * @cssproperty --dvc-font-family - The font.
 */
export class DvcForm extends DvcFormChecks {
  static override styles = [formStyles, formStepsStyles, draftStyles];

  @state() private failure: FormFailure = undefined;

  private readonly filing = new FormFiling(this, {
    store: () => this.store,
    language: () => this.language,
    given: () => this.initialData(),
    loaded: () => {
      this.syncFormValue();
    },
    // What <dvc-documents> stored (uploaded through `upload`, or electronic copies): filed with the dossier.
    documents: () => Promise.resolve(dossierDocuments(this)),
  });
  private request = 0;
  /** The validation messages of the locale, while they load (the single file loads English on demand). */
  private localeMessages: Promise<void> | undefined;
  protected readonly steps = new FormSteps(this, {
    store: () => this.store,
    locale: () => this.language,
    check: (store) => this.checkedResult(store),
    checkDocuments: (shown) => this.checkDocuments(shown).length,
    showSummary: (issues) => this.showSummary(issues),
    clearSummary: () => (this.summary = []),
    submit: () => this.submit(),
  });

  /**
   * The fields rendered now (in no particular order), each with its definition node, widget and
   * render count: a hook for tests and devtools (docs/forms.md).
   */
  shownFields(): FormFieldHandle[] {
    return this.store?.shownFields() ?? [];
  }

  /** Deletes the saved draft and goes back to the initial data. */
  async discardDraft(): Promise<void> {
    this.reset();
    await this.filing.discard('discard');
  }

  /** Goes back to the initial data and clears every message. */
  reset(): void {
    this.summary = [];
    this.store?.load(this.initialData(), !isJsonObject(this.data));
    this.steps.reset('');
    this.syncFormValue();
  }

  protected fileThroughClient(data: Record<string, unknown>): Promise<boolean> | undefined {
    return this.client === undefined ? undefined : this.filing.run(this.client, data);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && this.definition === undefined && this.src !== '') void this.load(this.src);
    if (changed.has('definition')) this.setUp(this.definition);
    else if (changed.has('data') && this.store !== undefined) {
      this.store.load(this.initialData(), !isJsonObject(this.data));
      this.syncFormValue();
    }
    if (changed.has('step')) this.steps.follow(this.step);
    if (changed.has('locale') || changed.has('disabled') || changed.has('readonly')) this.syncStoreFlags();
    if (changed.has('locale') && changed.get('locale') !== undefined) this.relocalize();
    if (changed.has('locale'))
      this.localeMessages = loadLocaleMessages(this.language)?.then(
        () => {
          this.relocalize();
        },
        () => undefined,
      );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // The data model's validator first: the fields it shows (conditions) may be widgets still loading.
    if (this.compiled !== undefined) {
      await this.compiled;
      if (this.isUpdatePending) done = await super.getUpdateComplete();
    }
    // The chunks loaded on demand (drafts and filing, the review, the fields' widgets, the locale's
    // messages), while they load.
    await Promise.all([
      this.filing.pending,
      this.steps.pending,
      widgetsDefined(this.renderRoot),
      this.localeMessages,
    ]);
    // The elements that render after the form: "updated" means the fields a page reads are there.
    await descendantsUpdated(this.renderRoot);
    return done;
  }

  protected override updated(): void {
    seedDocuments(this);
  }

  protected override render(): TemplateResult {
    const messages = formMessages(this.language);
    if (this.failure !== undefined || this.store === undefined)
      return failureTemplate(this.failure, messages);
    if (this.filing.dossier !== undefined) return this.filing.renderConfirmation();
    const view = {
      steps: this.steps,
      store: this.store,
      adminUnits: this.adminUnits,
      disabled: this.disabled,
      readonly: this.readonly,
      busy: this.busy,
      submitText: this.busy ? messages.submitting : this.submitLabel || messages.submit,
      documents: this.steps.reviewing ? reviewDocuments(this, this.language) : [],
    };
    return formPageTemplate({
      view,
      messages,
      title: pickText(this.store.model.title, this.language),
      notice: this.filing.renderNotice(),
      problem: this.filing.renderProblem(),
      summary: this.summary,
      documents: this.steps.showsDocuments
        ? documentsSection(this, this.store.submission(), this.language)
        : nothing,
      onSubmit: this.onSubmit,
      onSelect: this.onSelect,
    });
  }

  private setUp(definition: unknown): void {
    this.summary = [];
    this.compiled = undefined;
    if (definition === undefined) {
      this.store = undefined;
      this.failure = this.src === '' ? undefined : this.failure;
      return;
    }
    const setup = setUpForm(definition, this.validator);
    if (!setup.ok) {
      this.definitionFailed(setup.error);
      return;
    }
    this.failure = undefined;
    this.store = setup.store;
    this.compiled = setup.compiled.then(
      () => {
        if (this.store === setup.store) this.syncFormValue();
      },
      (error: unknown) => {
        // A data model that does not compile (or a compiler that could not load): the form's failure.
        if (this.store === setup.store) this.definitionFailed(error);
      },
    );
    setup.store.onChange = (pointer) => {
      this.onFieldChange(pointer);
    };
    this.syncStoreFlags();
    setup.store.load(this.initialData(), !isJsonObject(this.data));
    this.steps.reset();
    this.syncFormValue();
    void this.filing.open();
  }

  /** Shows the form's failure in place of a definition it cannot render, and says why in the console. */
  private definitionFailed(error: unknown): void {
    this.store = undefined;
    this.failure = 'definition';
    console.error(
      '<dvc-form>: the definition cannot be rendered.',
      error instanceof Error ? error.message : error,
    );
  }

  private async load(src: string): Promise<void> {
    const id = ++this.request;
    this.failure = 'loading';
    try {
      const body = await fetchDefinition(src);
      if (id !== this.request || this.definition !== undefined) return;
      this.setUp(body);
    } catch (error) {
      if (id !== this.request) return;
      this.store = undefined;
      this.failure = 'load';
      console.error(`<dvc-form>: could not load ${src}.`, error instanceof Error ? error.message : error);
    }
  }

  /** Words the shown messages and the summary in the new locale (issues from `setIssues` stay as given). */
  private relocalize(): void {
    const store = this.store;
    if (store === undefined) return;
    store.relocalize();
    if (this.summary.length === 0) return;
    this.summaryIssues = this.summaryIssues.map((issue) => ({
      ...issue,
      message: store.error(issue.pointer) || issue.message,
    }));
    this.summary = summaryItems(store, this.summaryIssues);
  }

  protected syncStoreFlags(): void {
    const store = this.store;
    if (store === undefined) return;
    store.locale = this.language;
    store.disabled = this.disabled || this.formDisabled;
    store.readonly = this.readonly;
    store.notify(null);
  }

  private onFieldChange(pointer: string): void {
    const store = this.store;
    if (store === undefined) return;
    this.syncFormValue();
    this.filing.changed(pointer);
    this.dispatchEvent(
      new DvcChangeEvent({
        path: pointer,
        value: cloneData(store.value(pointer)),
        data: cloneData(store.data),
      }),
    );
  }

  private readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    const outer = this.internals.form;
    if (!this.steps.atEnd) void this.steps.next();
    else if (outer !== null) outer.requestSubmit();
    else void this.submit();
  };

  private readonly onSelect = (event: CustomEvent<{ pointer: string }>): void => {
    if (!focusDocument(this, event.detail.pointer)) void this.steps.focusField(event.detail.pointer);
  };
}

if (!customElements.get('dvc-form')) customElements.define('dvc-form', DvcForm);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-form': DvcForm;
  }
}
