import { isJsonObject, type ValidationIssue, type ValidationResult } from '@dvc-kit/validation';
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { DvcChangeEvent } from '../../events/change.js';
import { DvcInvalidEvent } from '../../events/invalid.js';
import { DvcSubmitEvent } from '../../events/submit.js';
import { cloneData } from '../../internal/form-data.js';
import { failureTemplate, type FormFailure } from '../../internal/form-failure.js';
import { formMessages } from '../../internal/form-messages.js';
import { fetchDefinition, reportToNativeForm } from '../../internal/form-native.js';
import {
  documentIssues,
  documentsSection,
  documentSummaryItems,
  dossierDocuments,
  focusDocument,
  seedDocuments,
  reviewDocuments,
  type FormDocumentIssue,
} from '../../internal/form-documents.js';
import { inFieldOrder, setUpForm } from '../../internal/form-setup.js';
import { summaryItems, type SummaryIssue } from '../../internal/form-summary.js';
import type { FormStore } from '../../internal/form-store.js';
import { pickText } from '../../internal/form-text.js';
import { FormSteps } from '../../internal/form-steps.js';
import { formPageTemplate } from '../../internal/form-page-template.js';
import '../error-summary/error-summary.js';
import type { DvcErrorSummary, ErrorSummaryItem } from '../error-summary/error-summary.js';
import { draftStyles } from './form-drafts.styles.js';
import { FormFiling } from '../../internal/form-filing.js';
import { loadLocaleMessages } from '../../internal/locale-load.js';
import './form-field.js';
import { formStepsStyles } from './form-steps.styles.js';
import { formStyles } from './form.styles.js';
import { DvcFormElement } from './form-element.js';
import type { FormFieldHandle } from './form-field-handle.js';
import { widgetsDefined } from '../../internal/form-widgets-defined.js';

/** An issue to show on the form, e.g. from a server's 422 answer: where, and the message. */
export type FormIssue = Pick<ValidationIssue, 'pointer' | 'message'> & Partial<Pick<ValidationIssue, 'code'>>;

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
export class DvcForm extends DvcFormElement {
  static override styles = [formStyles, formStepsStyles, draftStyles];

  @state() private store: FormStore | undefined = undefined;
  @state() private failure: FormFailure = undefined;
  @state() private summary: ErrorSummaryItem[] = [];
  /** The issues the summary shows, as found (worded again when the locale changes). */
  private summaryIssues: SummaryIssue[] = [];
  @state() private busy = false;
  /** The summary lines of the documents that stopped the last submit. */
  private documentItems: ErrorSummaryItem[] = [];

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
  private readonly steps = new FormSteps(this, {
    store: () => this.store,
    locale: () => this.language,
    check: (store) =>
      (this.validator ?? store.validator).validate(store.submission(), { locale: this.language }),
    checkDocuments: (shown) => this.checkDocuments(shown).length,
    showSummary: (issues) => this.showSummary(issues),
    clearSummary: () => (this.summary = []),
    submit: () => this.submit(),
  });

  constructor() {
    super();
    this.addEventListener('invalid', (event) => {
      event.preventDefault();
      void this.showProblems(this.validate());
    });
  }

  /** Whether a submit is in flight (further submits are ignored until it settles). */
  get submitting(): boolean {
    return this.busy;
  }

  /** The current data: what would be submitted (hidden fields left out), not yet validated. */
  get value(): Record<string, unknown> {
    return this.store?.submission() ?? {};
  }

  /**
   * The fields rendered now (in no particular order), each with its definition node, widget and
   * render count: a hook for tests and devtools (docs/forms.md).
   */
  shownFields(): FormFieldHandle[] {
    return this.store?.shownFields() ?? [];
  }

  /** Validates the whole form, shows every message on its field and returns the result. */
  validate(): ValidationResult<Record<string, unknown>> {
    const store = this.store;
    if (store === undefined) return { ok: false, issues: [] };
    let result: ValidationResult;
    if (this.validator === undefined) result = store.validateAll();
    else {
      result = this.validator.validate(store.submission(), { locale: this.language });
      store.showIssues(result.ok ? [] : result.issues);
    }
    if (result.ok) return result as ValidationResult<Record<string, unknown>>;
    return { ok: false, issues: inFieldOrder(store, result.issues) };
  }

  /** Validates and, when valid, fires `dvc-submit`; otherwise shows the error summary and fires `dvc-invalid`. */
  async submit(): Promise<boolean> {
    if (this.busy || this.store === undefined || this.disabled || this.readonly) return false;
    const result = this.validate();
    const missing = this.checkDocuments(true);
    if (!result.ok || missing.length > 0) {
      const issues = result.ok ? [] : result.issues;
      this.dispatchEvent(new DvcInvalidEvent({ issues, documents: missing }));
      await this.showSummary(issues);
      return false;
    }
    this.summary = [];
    const pending: Promise<unknown>[] = [];
    this.busy = true;
    try {
      if (this.client !== undefined) return await this.filing.run(this.client, cloneData(result.value));
      this.dispatchEvent(
        new DvcSubmitEvent({
          data: cloneData(result.value),
          unshown: this.store.unshown(),
          documents: this.documents,
          waitUntil: (p) => pending.push(p),
        }),
      );
      await Promise.allSettled(pending);
    } finally {
      this.busy = false;
    }
    return true;
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

  /** Moves focus to the first field with a message; `false` when there is none. */
  focusFirstError(): boolean {
    const store = this.store;
    if (store === undefined) return false;
    const shown = store.errorPointers().map((pointer) => ({ pointer }));
    const first = inFieldOrder(store, shown).find((item) => item.pointer !== '');
    return first !== undefined && store.focus(first.pointer);
  }

  /**
   * Shows issues found elsewhere (e.g. the `issues` of a 422 answer), keyed by JSON Pointer: each on
   * its field and all in the error summary, which takes focus.
   */
  async setIssues(issues: readonly FormIssue[]): Promise<void> {
    const store = this.store;
    if (store === undefined) return;
    const ordered = inFieldOrder(store, issues);
    this.documentItems = [];
    store.showIssues(ordered, true);
    await this.showSummary(ordered);
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
    const done = await super.getUpdateComplete();
    // The chunks loaded on demand (drafts and filing, the review, the fields' widgets, the locale's
    // messages), while they load.
    await Promise.all([
      this.filing.pending,
      this.steps.pending,
      widgetsDefined(this.renderRoot),
      this.localeMessages,
    ]);
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
    if (definition === undefined) {
      this.store = undefined;
      this.failure = this.src === '' ? undefined : this.failure;
      return;
    }
    const setup = setUpForm(definition);
    if (!setup.ok) {
      this.store = undefined;
      this.failure = 'definition';
      console.error(
        '<dvc-form>: the definition cannot be rendered.',
        setup.error instanceof Error ? setup.error.message : setup.error,
      );
      return;
    }
    this.failure = undefined;
    this.store = setup.store;
    setup.store.onChange = (pointer) => {
      this.onFieldChange(pointer);
    };
    this.syncStoreFlags();
    setup.store.load(this.initialData(), !isJsonObject(this.data));
    this.steps.reset();
    this.syncFormValue();
    void this.filing.open();
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
    this.filing.changed();
    this.dispatchEvent(
      new DvcChangeEvent({
        path: pointer,
        value: cloneData(store.value(pointer)),
        data: cloneData(store.data),
      }),
    );
  }

  /**
   * Gives the data and its validity to the native `<form>` around, if any. Without one there is nobody
   * to tell: the whole-form check waits for `validate()` or a submit rather than run on every change.
   */
  protected syncFormValue(): void {
    const store = this.store;
    if (store === undefined || this.nativeForm === null) return;
    const submission = store.submission();
    const result = (this.validator ?? store.validator).validate(submission, { locale: this.language });
    reportToNativeForm(this.internals, this.name, submission, result, this.summaryElement ?? undefined);
  }

  private get summaryElement(): DvcErrorSummary | null {
    return this.renderRoot.querySelector('dvc-error-summary');
  }

  private async showProblems(result: ValidationResult<Record<string, unknown>>): Promise<void> {
    await this.showSummary(result.ok ? [] : result.issues);
  }

  /** The documents that stop a submit (none unless `check`), kept for the summary's lines. */
  private checkDocuments(check: boolean): FormDocumentIssue[] {
    const missing = check ? documentIssues(this, this.store?.submission(), this.language) : [];
    this.documentItems = documentSummaryItems(missing);
    return missing;
  }

  private async showSummary(issues: readonly SummaryIssue[]): Promise<void> {
    const store = this.store;
    await this.steps.reveal(issues[0]?.pointer);
    this.summaryIssues = [...issues];
    this.summary = store === undefined ? [] : [...summaryItems(store, issues), ...this.documentItems];
    await this.updateComplete;
    const summary = this.summaryElement;
    if (summary === null) return;
    await summary.updateComplete;
    summary.focus();
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
