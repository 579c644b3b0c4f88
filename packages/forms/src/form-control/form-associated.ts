import { LitElement, type PropertyValues } from 'lit';
import { validatesOnDemand } from '../internal/controls/on-demand-validity.js';
import { adoptOnce, scopedStyles } from '../internal/controls/scoped-styles.js';
import { offScreenStyles } from './off-screen.styles.js';

/**
 * A form-associated Lit element: `ElementInternals` and the members a native control has (`form`,
 * `labels`, `validity`, `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`).
 * Focus goes to the first focusable element of the shadow root. `DvcFormControl` builds on it.
 *
 * A `<dvc-form>`'s widget (see `internal/controls/on-demand-validity.ts`) attaches its
 * `ElementInternals` only when something needs them (a read of `form`, `labels` or the validity):
 * the form submits and reports to the native form itself. Any other control attaches them when
 * connected.
 *
 * A `<dvc-form>`'s widget of a class with `lightInForm` renders without a shadow root of its own, in
 * the form's (docs/decisions/0019-widgets-in-the-form.md, "Light DOM"): its styles are adopted
 * there once per class, scoped under its tag, and `focus()` goes to its control. Alone on a page or in
 * a native `<form>`, it has its shadow root (`delegatesFocus`).
 */
export abstract class FormAssociatedElement extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  /** Whether a `<dvc-form>`'s widget of this class renders in the form's root (no shadow root of its own). */
  protected static lightInForm = false;

  private attached?: ElementInternals | undefined;

  /**
   * Until connected, a property set to a value is not recorded (neither the initialisers nor what
   * `<dvc-form>` sets before inserting the widget): the first update is queued from the constructor,
   * and `shouldUpdate()` then records every property with a value, as Lit's setters did
   * (docs/decisions/0019-widgets-in-the-form.md, "Session 12"). A request without the property's
   * options (a call of the page's), or of a property that reflects or uses its default, goes to Lit.
   */
  override requestUpdate(...request: Parameters<LitElement['requestUpdate']>): void {
    const self = this as unknown as Record<PropertyKey, unknown>;
    const [name, , options] = request;
    if (
      options === undefined ||
      options.reflect === true ||
      options.useDefault === true ||
      self['renderRoot'] !== undefined ||
      self[name as PropertyKey] === undefined
    )
      super.requestUpdate(...request);
  }

  /** The first update sees every property with a value as changed (its old value `undefined`). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (!this.hasUpdated)
      for (const name of (this.constructor as typeof LitElement).elementProperties.keys())
        if ((this as unknown as Record<PropertyKey, unknown>)[name] !== undefined)
          changed.set(name, undefined);
    return super.shouldUpdate(changed);
  }

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
    // Lit's resolver of the first update's gate, called again on each connection, has done its work:
    // Lit's own no-op replaces it, which frees it and its promise (~50 B a widget).
    this.enableUpdating = super.enableUpdating;
    // Moved to another root: its styles go there too (once per class and root).
    if (this.lightDom) adoptOnce(this.getRootNode(), this.scopedSheet());
  }

  /** A `<dvc-form>`'s widget of a `lightInForm` class renders in the form's root; any other in its shadow root. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const element = this.constructor as typeof FormAssociatedElement;
    return element.lightInForm && validatesOnDemand(this) ? this : super.createRenderRoot();
  }

  /** Whether the element renders without a shadow root of its own (a `<dvc-form>`'s widget). */
  protected get lightDom(): boolean {
    return (this.renderRoot as Node | undefined) === this;
  }

  private scopedSheet(): CSSStyleSheet {
    const element = this.constructor as typeof FormAssociatedElement;
    return scopedStyles(element, this.localName, [offScreenStyles, ...element.elementStyles]);
  }

  /** Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus. */
  override focus(options?: FocusOptions): void {
    if (this.lightDom) this.focusTarget()?.focus(options);
    else super.focus(options);
  }

  /** What `focus()` focuses in an element without a shadow root: its first focusable element. */
  protected focusTarget(): HTMLElement | null {
    return this.querySelector<HTMLElement>(
      'input:enabled, select:enabled, textarea:enabled, button:enabled, [tabindex]',
    );
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
