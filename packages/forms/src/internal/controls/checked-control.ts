import type { Locale, ValidationIssue } from '@dvc-kit/validation';
import type { PropertyValues } from 'lit';
import { FormAssociatedElement } from '../../form-control/form-associated.js';
import { compilerLoading, compilerNow, loadCompiler } from '../compiler-load.js';
import { validateField, type FieldSchema } from './field-validation.js';
import { validatesOnDemand } from './on-demand-validity.js';
import { validityOf } from './validity.js';

/** Properties whose change means the value must be checked again. */
const VALIDATION_INPUTS = ['value', 'schema', 'required', 'label', 'locale'] as const;

/**
 * The own check of a widget's value, under `DvcFormControl`: the issue its schema finds (through the
 * validation package, `field-validation.ts`), the message it shows, and the value and validity it
 * gives `ElementInternals`. A `<dvc-form>`'s widget checks only when something asks
 * (`on-demand-validity.ts`); before the validation compiler has loaded, every value is valid and is
 * checked again once it has (docs/decisions/0021-first-paint-before-the-compiler.md).
 */
export abstract class CheckedControl extends FormAssociatedElement {
  // The widget's properties (`DvcFormControl` declares and documents them).
  /** @internal */
  abstract value: unknown;
  /** @internal */
  abstract schema: FieldSchema | undefined;
  /** @internal */
  abstract required: boolean;
  /** @internal */
  abstract readonly: boolean;
  /** @internal */
  abstract locale: Locale;
  /** @internal */
  abstract error: string;

  private showingErrors = false;
  private issue?: ValidationIssue | undefined;
  private ownError = '';
  private brokenSchema?: FieldSchema | undefined;
  /** The value changed and `issue` has not been computed again yet (see `on-demand-validity.ts`). */
  private issueStale = false;
  /** The validation compiler, while it loads (docs/decisions/0021-first-paint-before-the-compiler.md). */
  private compiling?: Promise<void> | undefined;
  /** `validate()` ran while the compiler loaded: its result is shown when it has. */
  private showWhenCompiled = false;

  /** The label for messages and the accessible name. */
  protected abstract get accessibleLabel(): string;
  /** Whether the control is disabled, by itself or by a fieldset. */
  protected abstract get isDisabled(): boolean;
  /** The inner control; the anchor of validity messages. */
  protected abstract get controlElement(): HTMLElement | null;
  /** What the form submits for the value (`null` submits nothing). */
  protected abstract formValue(): string | FormData | null;

  /** Checks the value now and shows the result (`validate()`); `true` when valid. */
  protected checkNow(): boolean {
    this.issueStale = false;
    this.issue = this.computeIssue();
    if (this.compiling !== undefined) this.showWhenCompiled = true;
    this.setOwnError(this.issue?.message ?? '');
    return this.issue === undefined;
  }

  /** Shows the message, checking the value unless one is shown (`invalid`, `reportValidity()`). */
  protected showError(): void {
    if (this.error === '') this.checkNow();
  }

  /** Forgets the messages shown (the form was reset). */
  protected clearErrors(): void {
    this.showingErrors = false;
    this.ownError = '';
    this.error = '';
  }

  /** The value as the schema sees it; `undefined` when the field is empty. */
  protected schemaValue(): unknown {
    const value: unknown = this.value;
    return value === '' || value === null ? undefined : value;
  }

  /** The schema the value is checked with: `schema`, else the widget's default. */
  protected fieldSchema(): FieldSchema | undefined {
    return this.schema ?? this.defaultSchema();
  }

  /** The schema used when none is given (a widget's own format, such as `vn-tax-code`). */
  protected defaultSchema(): FieldSchema | undefined {
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('error') && this.error !== '' && this.error !== this.ownError) this.showingErrors = true;
    if (VALIDATION_INPUTS.some((key) => changed.has(key))) {
      if (!this.showingErrors && validatesOnDemand(this)) {
        // Nothing shows or reads the check yet: it runs when something asks.
        this.issueStale = true;
        return;
      }
      this.issueStale = false;
      this.issue = this.computeIssue();
      if (this.showingErrors && !changed.has('error')) this.ownError = this.error = this.issue?.message ?? '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.hasInternals) this.internals.setFormValue(this.formValue(), JSON.stringify(this.value ?? null));
    // A message the form set needs the validity now; otherwise the check waits for a read.
    if (this.issueStale && this.error !== '') this.flushValidity();
    else if (!this.issueStale) this.syncValidity();
  }

  /** A `<dvc-form>`'s widget attached its `ElementInternals` late: they get the value and validity now. */
  protected override internalsAttached(): void {
    if (!this.hasUpdated) return;
    this.internals.setFormValue(this.formValue(), JSON.stringify(this.value ?? null));
    if (this.issueStale) this.flushValidity();
    else this.syncValidity();
  }

  /** Runs a validity check left for later, if any: everything that reads the validity calls it first. */
  protected override flushValidity(): void {
    if (!this.issueStale) return;
    this.issueStale = false;
    this.issue = this.computeIssue();
    this.syncValidity();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.compiling === undefined) return done;
    // A check waits for the compiler, then shows its result in an update of its own.
    await this.compiling;
    return super.getUpdateComplete();
  }

  /** The check that ran before the compiler had loaded runs again, now that it has. */
  private compilerLoaded(): void {
    const show = this.showWhenCompiled || this.showingErrors;
    this.showWhenCompiled = false;
    if (!show && validatesOnDemand(this)) {
      this.issueStale = true;
      return;
    }
    this.issueStale = false;
    this.issue = this.computeIssue();
    if (show) this.setOwnError(this.issue?.message ?? '');
    this.syncValidity();
  }

  private computeIssue(): ValidationIssue | undefined {
    if (compilerNow() === undefined) {
      // Valid until the compiler is there (a first render never waits for it); checked again then. A
      // `<dvc-form>`'s widget does not load it itself: the form shows the messages, and loads the
      // compiler unless its precompiled validator answers alone.
      const loading = validatesOnDemand(this) ? compilerLoading() : loadCompiler();
      if (loading === undefined) return undefined;
      this.compiling ??= loading.then(
        () => {
          this.compiling = undefined;
          this.compilerLoaded();
        },
        () => {
          this.compiling = undefined;
        },
      );
      return undefined;
    }
    const input = {
      schema: this.fieldSchema(),
      label: this.accessibleLabel,
      required: this.required,
      value: this.schemaValue(),
      locale: this.locale,
    };
    try {
      return validateField(input);
    } catch (error) {
      // A schema that does not compile is the page's mistake: say so once, keep the control usable.
      if (this.brokenSchema !== input.schema)
        console.error(`<${this.localName}>: its schema does not compile.`, error);
      this.brokenSchema = input.schema;
      return undefined;
    }
  }

  private setOwnError(message: string): void {
    if (message !== '') this.showingErrors = true;
    this.ownError = message;
    this.error = message;
  }

  private syncValidity(): void {
    // A `<dvc-form>`'s widget without `ElementInternals` yet: `internalsAttached()` reports later.
    if (!this.hasInternals) return;
    const barred = this.readonly || this.isDisabled;
    const { flags, message } = validityOf({ barred, error: this.error, issue: this.issue });
    if (message === '') this.internals.setValidity({});
    else this.internals.setValidity(flags, message, this.controlElement ?? undefined);
  }
}
