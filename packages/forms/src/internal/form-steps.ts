/**
 * The steps of `<dvc-form>`: a definition's `layout.steps` shown one at a time, with progress,
 * Continue (which checks the step's fields and the documents it shows) and Back (which keeps everything), then the
 * "check your answers" page. Only the shown step's fields are rendered; the data of every step
 * stays in the store. A form with one step, or a read-only one, shows every step on one page.
 */
import type { ValidationResult } from '@dvc-kit/validation';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DvcStepEvent } from '../events/step.js';
import type { FieldNode } from './form-fields.js';
import type { StepNode } from './form-model.js';
import { inFieldOrder } from './form-setup.js';
import type { FormStore } from './form-store.js';
import type { SummaryIssue } from './form-summary.js';
import type { CodeNames } from './form-review-values.js';
import type { reviewTemplate } from './form-review-template.js';
import { pickText, type FormLocale } from './form-text.js';
import { widgetsDefined } from './form-widgets-defined.js';

/** The id `step` and `dvc-step` give the "check your answers" page. */
export const REVIEW_STEP = 'review';

/** What the steps need of the form that owns them. */
export interface StepsHost extends ReactiveControllerHost, HTMLElement {
  step: string;
  readonly: boolean;
  noReview: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the form lends the steps: its state and its summary. */
export interface StepsEnv {
  store(): FormStore | undefined;
  locale(): FormLocale;
  /** The whole form's validation result, nothing shown, once the validator is there (`undefined`: the form has none). */
  check(store: FormStore): Promise<ValidationResult | undefined>;
  /**
   * Checks the documents when `shown` (their section is on this step): each problem on its row and
   * in the next summary; when not, their lines leave the summary. Returns how many stop the step.
   */
  checkDocuments(shown: boolean): number;
  showSummary(issues: readonly SummaryIssue[]): Promise<void>;
  clearSummary(): void;
  submit(): Promise<unknown>;
}

function inside(pointer: string, node: FieldNode): boolean {
  return pointer === node.pointer || pointer.startsWith(`${node.pointer}/`);
}

/** Waits until every element under `root` has rendered (groups render in their own updates) and its widgets are defined. */
async function settled(root: ParentNode): Promise<void> {
  for (let i = 0; i < 8; i++) {
    const elements = [...root.querySelectorAll<Element & { updateComplete?: Promise<boolean> }>('*')];
    const done = await Promise.all(elements.map((e) => e.updateComplete ?? Promise.resolve(true)));
    await widgetsDefined(root);
    if (done.every(Boolean)) return;
  }
}

/** The step state of one `<dvc-form>`. */
export class FormSteps implements ReactiveController {
  /** The step shown; `count` is the review. */
  index = 0;
  /** Set by a Change link: Continue then goes straight back to the review. */
  private returnToReview = false;
  /**
   * The review's template and the names of the units it shows: a chunk of their own, loaded when the
   * review is first reached (docs/decisions/0015-forms-on-demand-chunks.md).
   */
  review: { render: typeof reviewTemplate; units: CodeNames } | undefined = undefined;
  private reviewLoad: Promise<void> | undefined = undefined;

  constructor(
    private readonly host: StepsHost,
    private readonly env: StepsEnv,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The review's chunk while it loads (settled, never rejecting): the form's `updateComplete` waits for it. */
  get pending(): Promise<unknown> | undefined {
    return this.reviewLoad?.catch(() => undefined);
  }

  private get steps(): StepNode[] {
    return this.env.store()?.model.steps ?? [];
  }

  /** How many steps (the review not counted). */
  get count(): number {
    return this.steps.length;
  }

  /** Whether the form goes step by step (more than one step, not read-only). */
  get stepped(): boolean {
    return this.count > 1 && !this.host.readonly;
  }

  /** Whether the review is shown. */
  get reviewing(): boolean {
    return this.stepped && this.index === this.count;
  }

  /** Whether the documents' section shows now: on one page, or with the last step. */
  get showsDocuments(): boolean {
    return !this.stepped || this.index === this.count - 1;
  }

  /** Whether submitting now submits (one page, the review, or the last step without a review). */
  get atEnd(): boolean {
    return !this.stepped || this.reviewing || (this.host.noReview && this.index === this.count - 1);
  }

  /** The steps shown now. */
  shown(): StepNode[] {
    if (!this.stepped) return this.steps;
    const step = this.steps[this.index];
    return step === undefined ? [] : [step];
  }

  /** The id of step `index` (`review` for the review; `''` on one page). */
  idOf(index: number): string {
    if (!this.stepped) return '';
    return index >= this.count ? REVIEW_STEP : (this.steps[index]?.id ?? '');
  }

  /** The step holding `pointer`, or -1. */
  stepOf(pointer: string): number {
    return this.steps.findIndex((s) => s.sections.some((x) => x.fields.some((f) => inside(pointer, f))));
  }

  /** A new form: the step the page asked for (`step`), else the first. */
  reset(step = this.host.step): void {
    this.returnToReview = false;
    this.index = Math.max(0, this.indexOf(step));
    this.host.step = this.idOf(this.index);
    void this.ready(this.index);
  }

  /**
   * The page set `step` (e.g. on `popstate`): show it, its heading focused; an unknown id or `''`
   * (the URL's first entry) shows the first step, and `step` says so.
   */
  follow(step: string): void {
    if (!this.stepped) return;
    const index = Math.max(0, this.indexOf(step));
    this.host.step = this.idOf(index);
    if (index === this.index) return;
    this.index = index;
    this.returnToReview = false;
    this.env.clearSummary();
    void this.ready(index).then(() => this.focusHeading());
  }

  /** Continue: checks the step's fields and documents; when they pass, shows the next step (or the review). */
  async next(): Promise<void> {
    const store = this.env.store();
    if (store === undefined || !this.stepped) return;
    const result = await this.env.check(store);
    if (result === undefined || this.env.store() !== store) return;
    const issues = result.ok ? [] : result.issues.filter((i) => this.stepOf(i.pointer) === this.index);
    store.showIssues(issues);
    const documents = this.env.checkDocuments(this.showsDocuments);
    if (issues.length > 0 || documents > 0) {
      await this.env.showSummary(inFieldOrder(store, issues));
      return;
    }
    const last = this.index >= this.count - 1;
    if (this.host.noReview && last) {
      await this.env.submit();
      return;
    }
    await this.move(this.returnToReview || last ? this.count : this.following(this.index, 1));
  }

  /** Back: the step before, every value kept. */
  async back(): Promise<void> {
    if (!this.stepped || this.index === 0) return;
    await this.move(this.following(this.index, -1));
  }

  /** Shows the step of `pointer` (e.g. of the first issue of a failed submit) without moving focus. */
  async reveal(pointer: string | undefined): Promise<void> {
    const index = pointer === undefined ? -1 : this.stepOf(pointer);
    if (this.stepped && index >= 0 && index !== this.index) await this.move(index, false);
  }

  /** Focuses the field of `pointer`, showing its step first; `change` comes back to the review after. */
  async focusField(pointer: string, change = false): Promise<boolean> {
    await this.reveal(pointer);
    if (change) this.returnToReview = true;
    await settled(this.host.renderRoot);
    return this.env.store()?.focus(pointer) ?? false;
  }

  /** The step headings' text in the current locale. */
  titles(): string[] {
    return this.steps.map((s, i) => pickText(s.title, this.env.locale()) || String(i + 1));
  }

  private indexOf(step: string): number {
    if (step === REVIEW_STEP && !this.host.noReview) return this.count;
    return this.steps.findIndex((s) => s.id === step);
  }

  /** The next step from `index` in `direction` that shows a section (the review after the last). */
  private following(index: number, direction: 1 | -1): number {
    const store = this.env.store();
    for (let i = index + direction; i >= 0 && i < this.count; i += direction) {
      if (this.steps[i]?.sections.some((s) => store?.isSectionVisible(s.id) !== false)) return i;
    }
    return direction === 1 ? this.count : 0;
  }

  /** Loads the review when `index` is the review's, so it renders before focus moves. */
  private ready(index: number): Promise<void> {
    if (!this.stepped || index !== this.count) return Promise.resolve();
    this.reviewLoad ??= Promise.all([
      import('./form-review-template.js'),
      import('./form-review-values.js'),
    ]).then(
      ([{ reviewTemplate }, { CodeNames }]) => {
        this.review = {
          render: reviewTemplate,
          units: new CodeNames(() => {
            this.host.requestUpdate();
          }),
        };
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.reviewLoad = undefined; // Tried again on the next move.
        throw error;
      },
    );
    return this.reviewLoad;
  }

  private async move(index: number, focus = true): Promise<void> {
    await this.ready(index);
    const previous = this.idOf(this.index);
    if (index !== this.count) this.returnToReview = false;
    this.index = index;
    this.host.step = this.idOf(index);
    this.env.clearSummary();
    this.host.dispatchEvent(new DvcStepEvent({ step: this.host.step, index, count: this.count, previous }));
    if (focus) await this.focusHeading();
    else await this.host.updateComplete;
  }

  private async focusHeading(): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }
}
