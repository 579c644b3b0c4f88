import { LitElement } from 'lit';

/**
 * A form-associated Lit element: `ElementInternals` and the members a native control has (`form`,
 * `labels`, `validity`, `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`).
 * Focus goes to the first focusable element of the shadow root. `DvcFormControl` builds on it.
 */
export abstract class FormAssociatedElement extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The element's `ElementInternals`. */
  protected readonly internals: ElementInternals = this.attachInternals();

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

  /** Brings the validity up to date when its check was left for later (`DvcFormControl` does). */
  protected flushValidity(): void {
    // Nothing pending here.
  }
}
