import type { ValidationIssue, ValidationResult } from '@dvc-kit/validation';
import { state } from 'lit/decorators.js';
import { DvcInvalidEvent } from '../../events/invalid.js';
import { DvcSubmitEvent } from '../../events/submit.js';
import { cloneData } from '../../internal/form-data.js';
import {
  documentIssues,
  documentSummaryItems,
  type FormDocumentIssue,
} from '../../internal/form-documents.js';
import { formMessages } from '../../internal/form-messages.js';
import { reportToNativeForm } from '../../internal/form-native.js';
import { inFieldOrder } from '../../internal/form-setup.js';
import type { FormSteps } from '../../internal/form-steps.js';
import type { FormStore } from '../../internal/form-store.js';
import { summaryItems, type SummaryIssue } from '../../internal/form-summary.js';
import type { DvcErrorSummary, ErrorSummaryItem } from '../error-summary/error-summary.js';
import { DvcFormElement } from './form-element.js';

/** An issue to show on the form, e.g. from a server's 422 answer: where, and the message. */
export type FormIssue = Pick<ValidationIssue, 'pointer' | 'message'> & Partial<Pick<ValidationIssue, 'code'>>;

/**
 * The checking half of `<dvc-form>`: `validate()`, `submit()`, the error summary and the validity a
 * native `<form>` sees. Every check runs with the data model's validator, which may still be on its
 * way when the form first paints (docs/decisions/0021-first-paint-before-the-compiler.md): a
 * submit, a step's Continue and the native form's check wait for it; nothing is checked against
 * nothing and nothing is submitted unchecked. `DvcForm` (form.ts) renders and sets up.
 */
export abstract class DvcFormChecks extends DvcFormElement {
  @state() protected store: FormStore | undefined = undefined;
  @state() protected summary: ErrorSummaryItem[] = [];
  /** The issues the summary shows, as found (worded again when the locale changes). */
  protected summaryIssues: SummaryIssue[] = [];
  @state() protected busy = false;
  /** The summary lines of the documents that stopped the last submit. */
  protected documentItems: ErrorSummaryItem[] = [];
  /** The store's validator on its way: settles (never rejects) once the store has it or the form failed. */
  protected compiled: Promise<void> | undefined = undefined;
  /** A submit waiting for the validator (further submits are ignored meanwhile). */
  private waiting = false;

  protected abstract readonly steps: FormSteps;
  /** Files `data` through the form's `client` (drafts and filing); resolves with whether it was filed. */
  protected abstract fileThroughClient(data: Record<string, unknown>): Promise<boolean> | undefined;

  constructor() {
    super();
    this.addEventListener('invalid', (event) => {
      event.preventDefault();
      void this.checkedResult().then(() => {
        const result = this.validate();
        return this.showSummary(result.ok ? [] : result.issues);
      });
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
   * Validates the whole form, shows every message on its field and returns the result. Before the
   * form has set up and its validator is there (`await form.updateComplete`), `{ ok: false, issues: [] }`.
   */
  validate(): ValidationResult<Record<string, unknown>> {
    const store = this.store;
    const result = store === undefined ? undefined : this.wholeResult(store);
    if (store === undefined || result === undefined) return { ok: false, issues: [] };
    store.showIssues(result.ok ? [] : result.issues);
    if (result.ok) return result as ValidationResult<Record<string, unknown>>;
    return { ok: false, issues: inFieldOrder(store, result.issues) };
  }

  /** Validates and, when valid, fires `dvc-submit`; otherwise shows the error summary and fires `dvc-invalid`. */
  async submit(): Promise<boolean> {
    let store = this.store;
    if (this.busy || this.waiting || store === undefined || this.disabled || this.readonly) return false;
    if (this.wholeResult(store) === undefined) {
      store = await this.validatorReady();
      if (store === undefined) return false;
    }
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
      const filed = this.fileThroughClient(cloneData(result.value));
      if (filed !== undefined) return await filed;
      this.dispatchEvent(
        new DvcSubmitEvent({
          data: cloneData(result.value),
          unshown: store.unshown(),
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

  /** The documents that stop a submit (none unless `check`), kept for the summary's lines. */
  protected checkDocuments(check: boolean): FormDocumentIssue[] {
    const missing = check ? documentIssues(this, this.store?.submission(), this.language) : [];
    this.documentItems = documentSummaryItems(missing);
    return missing;
  }

  /** Waits for the validator (a submit meanwhile is ignored); the store, when it can check now. */
  private async validatorReady(): Promise<FormStore | undefined> {
    this.waiting = true;
    try {
      await this.compiled;
    } finally {
      this.waiting = false;
    }
    const store = this.store;
    return store !== undefined && this.wholeResult(store) !== undefined ? store : undefined;
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

  /** The whole form's result, nothing shown: with the page's precompiled validator, else the store's; `undefined` until it is there. */
  protected wholeResult(store: FormStore): ValidationResult | undefined {
    const validator = this.validator ?? store.validator;
    return validator?.validate(store.submission(), { locale: this.language });
  }

  /** The whole form's result once the validator is there; `undefined` when the form has none (failed, or another definition). */
  protected async checkedResult(store = this.store): Promise<ValidationResult | undefined> {
    if (store !== undefined && this.wholeResult(store) === undefined) await this.compiled;
    return store === undefined || store !== this.store ? undefined : this.wholeResult(store);
  }

  /**
   * Gives the data and its validity to the native `<form>` around, if any. Without one there is nobody
   * to tell: the whole-form check waits for `validate()` or a submit rather than run on every change.
   * Until the validator is there the form is not valid yet: a native submit meanwhile is stopped
   * (the `invalid` handler shows the result once it is known).
   */
  protected syncFormValue(): void {
    const store = this.store;
    if (store === undefined || this.nativeForm === null) return;
    const submission = store.submission();
    const result = this.wholeResult(store) ?? {
      ok: false,
      issues: [{ pointer: '', code: 'pending', message: formMessages(this.language).loading, params: {} }],
    };
    reportToNativeForm(this.internals, this.name, submission, result, this.summaryElement ?? undefined);
  }

  private get summaryElement(): DvcErrorSummary | null {
    return this.renderRoot.querySelector('dvc-error-summary');
  }

  protected async showSummary(issues: readonly SummaryIssue[]): Promise<void> {
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
}
