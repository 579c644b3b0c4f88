import { LitElement } from 'lit';
import { validatesOnDemand } from '../internal/controls/on-demand-validity.js';

/**
 * A form-associated Lit element: `ElementInternals` and the members a native control has (`form`,
 * `labels`, `validity`, `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`).
 * Focus goes to the first focusable element of the shadow root. `DvcFormControl` builds on it.
 *
 * A `<dvc-form>`'s widget (see `internal/controls/on-demand-validity.ts`) attaches its
 * `ElementInternals` only when something needs them (a read of `form`, `labels` or the validity):
 * the form submits and reports to the native form itself. Any other control attaches them when
 * connected.
 */
export abstract class FormAssociatedElement extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  private attached: ElementInternals | undefined = undefined;

  /** The element's `ElementInternals`, attached on first use. */
  protected get internals(): ElementInternals {
    if (this.attached === undefined) {
      this.attached = this.attachInternals();
      this.internalsAttached();
    }
    return this.attached;
  }

  private attachNow(): void {
    this.attached ??= this.attachInternals();
  }

  /** Whether the `ElementInternals` are attached (a `<dvc-form>`'s widget attaches them on demand). */
  protected get hasInternals(): boolean {
    return this.attached !== undefined || !validatesOnDemand(this);
  }

  override connectedCallback(): void {
    if (!validatesOnDemand(this)) this.attachNow();
    super.connectedCallback();
  }

  /** The `<form>` the control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The outer `<label>` elements of the control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** The control's validity state. */
  get validity(): ValidityState {
    this.flushValidity();
    return this.internals.validity;
  }

  /** The message of the current validity problem, or `''`. */
  get validationMessage(): string {
    this.flushValidity();
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the control is valid; fires `invalid` when not. */
  checkValidity(): boolean {
    this.flushValidity();
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows the browser's message. */
  reportValidity(): boolean {
    this.flushValidity();
    return this.internals.reportValidity();
  }

  /** Called once the `ElementInternals` are attached: gives them the value and validity so far. */
  protected internalsAttached(): void {
    // Nothing to give here.
  }

  /** Brings the validity up to date when its check was left for later (`DvcFormControl` does). */
  protected flushValidity(): void {
    // Nothing pending here.
  }
}
