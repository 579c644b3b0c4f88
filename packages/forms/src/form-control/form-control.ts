import type { Locale } from '@dvc-kit/validation';
import {
  nothing,
  ReactiveElement,
  render,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { renderingInForm } from '../internal/controls/widget-html.js';
import { property, state } from 'lit/decorators.js';
import type { FieldSchema } from '../internal/controls/field-validation.js';
import { controlMessages, type ControlMessages } from '../internal/controls/messages.js';
import type { ControlAttribute } from '../internal/controls/control-binding.js';
import { ControlFrame, type LabelShape } from '../internal/controls/control-frame.js';
import { whenPointerReleased } from '../internal/controls/pointer-release.js';
import { validatesOnDemand } from '../internal/controls/on-demand-validity.js';
import { reflectAttributes } from '../internal/controls/reflected-attributes.js';
import { prefixIds } from '../internal/controls/unique-ids.js';
import { hearInRoot } from '../internal/controls/root-events.js';
import { loadLocaleMessages } from '../internal/locale-load.js';
import { CheckedControl } from '../internal/controls/checked-control.js';
import { formControlStyles } from './form-control.styles.js';

/** A `form` attribute naming no form: the control has no form owner. */
export const NO_FORM = 'none';

/** Widgets rendered in a form's root so far: the prefix of their ids. */
let widgetCount = 0;

/** `ReactiveElement`'s `update()`: what Lit's does but render `render()` (the frame is built by hand). */
const reactiveUpdate = (ReactiveElement.prototype as unknown as { update: (changed: PropertyValues) => void })
  .update;

/**
 * The form-associated base class of every dvc-kit widget: value, validity, labels, disabled, reset and
 * state restore through `ElementInternals`, validation through @dvc-kit/validation (its own check
 * of the value: `internal/controls/checked-control.ts`).
 *
 * A widget implements `renderControl()` (the inner control, `id="control"`, with `aria-invalid`
 * from `invalidState()`, `aria-describedby` from `describedBy()` and `aria-label` from `outerLabel()`),
 * or `updateControl()` to build it by hand, `formValue()` and `coerceValue()`, and sets `value` when
 * the user changes it. The frame around it (label, hint, message) is built by hand
 * (`internal/controls/control-frame.ts`).
 *
 * `name`, `required`, `disabled`, `readonly` and `locale` are reflected to their attributes, except
 * in a widget that `<dvc-form>` created (the form submits and reports itself; see
 * `internal/controls/reflected-attributes.ts`).
 *
 * A widget `<dvc-form>` creates renders in the form's shadow root, without one of its own
 * (docs/decisions/0019-widgets-in-the-form.md, "Light DOM"): its ids are made unique with `idOf()`
 * and its parts are named `widget-<part>` there (`dvc-form::part(widget-label)`); alone, or in a
 * native `<form>`, it has its shadow root and the parts below.
 *
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The visible label.
 * @csspart required-marker - The `*` after the label of a required field.
 * @csspart hint - The hint under the label.
 * @csspart control - The inner control (input, select, textarea or group).
 * @csspart error - The live region holding the error message.
 * @csspart error-icon - The icon before the error message.
 * @cssproperty --dvc-color-primary - Accent colour (borders of focused controls, checked marks).
 * @cssproperty --dvc-color-error - Colour of error borders and messages.
 * @cssproperty --dvc-focus-ring - The focus outline.
 * @event input - When the user changes the value; `event.target.value` is the new value.
 * @event change - When the user commits a change.
 */
export abstract class DvcFormControl<V = unknown> extends CheckedControl {
  static override styles: CSSResultGroup = [formControlStyles];
  protected static override lightInForm = true;

  /** The name the value is submitted under. */
  @property() name = '';
  /** The visible label (text, never HTML). */
  @property() label = '';
  /** A hint shown under the label and announced with the control. */
  @property() hint = '';
  /** The value; its type depends on the widget. */
  abstract override value: V;
  /** Whether the field must be filled. */
  @property({ type: Boolean }) required = false;
  /** Whether the field is disabled (not submitted, not focusable). */
  @property({ type: Boolean }) disabled = false;
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  @property({ type: Boolean }) readonly = false;
  /** The language of messages: `vi` (default) or `en`. */
  @property() locale: Locale = 'vi';
  /** The error message shown under the control; empty when there is none. */
  @property() error = '';
  /** A JSON Schema for this field; the value is validated with it by @dvc-kit/validation. */
  @property({ attribute: false }) schema: FieldSchema | undefined = undefined;
  /**
   * The id of a help text that `<dvc-form>` shows under the widget, in the same root: the inner
   * control's `aria-describedby` names it after the hint and the message. Only a widget rendered in
   * the form's root can point at it (an id does not reach across shadow roots).
   * @internal
   */
  @property({ attribute: false }) helpId = '';

  @state() private formDisabled = false;
  private initial?: { value: V } | undefined;
  /** The prefix of `idOf()` in the form's root (given on first use). */
  private idPrefix?: string;
  /** The label, hint, control row and message, built on the first update. */
  private frame: ControlFrame | undefined = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // In the form's root, one listener of the root hears every widget (`internal/controls/root-events.ts`).
    if (this.lightDom) hearInRoot(this, this.getRootNode());
    else {
      // The element is its own listener (`handleEvent`): no closures per widget. Capturing, so that
      // it hears them before the listeners a page or template added before it was connected (added
      // again on a new connection, they are the same listeners: nothing changes).
      this.addEventListener('focusout', this, true);
      this.addEventListener('invalid', this, true);
    }
  }

  /**
   * The widget's listener: its own `focusout` (checks the value once focus has left it and the
   * pointer is released) and `invalid` (shows the message), and its inner control's events, bound by
   * `boundControl` (or in a template as `@input=${this}`), which go to `controlEvent()`.
   * @internal
   */
  handleEvent(event: Event): void {
    const type = event.type;
    if (type === 'invalid') this.showError();
    else if (type !== 'focusout') {
      // The native `change` stays in the widget, which fires its own (in a shadow root it is not composed).
      if (type === 'change') event.stopPropagation();
      this.controlEvent(event);
    } else {
      const next = (event as FocusEvent).relatedTarget;
      if (next instanceof Node && (next === this || this.contains(next) || this.renderRoot.contains(next)))
        return;
      whenPointerReleased(this.validate.bind(this));
    }
  }

  /** An event of the inner control (bound as `@input=${this}`: no closures per widget). */
  protected controlEvent(_event: Event): void {
    // A widget that binds its control's events handles them here.
  }

  /** Like `checkValidity()`, and shows the message. */
  override reportValidity(): boolean {
    this.showError();
    return super.reportValidity();
  }

  /** Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it. */
  setCustomValidity(message: string): void {
    this.error = message;
  }

  /** Focuses the inner control (a group: its chosen choice, else its first). */
  protected override focusTarget(): HTMLElement | null {
    const control = this.controlElement;
    if (control === null || control.matches('input, select, textarea, button, [tabindex]')) return control;
    return control.querySelector<HTMLElement>('input:checked:enabled') ?? super.focusTarget();
  }

  /** Validates the value now and shows the result; `true` when valid. */
  validate(): boolean {
    return this.checkNow();
  }

  /** Called by the browser when the form is reset. */
  formResetCallback(): void {
    if (this.initial !== undefined) this.value = this.initial.value;
    this.clearErrors();
  }

  /** Called by the browser to restore the value after navigation or autofill. */
  formStateRestoreCallback(stateOrValue: unknown): void {
    if (typeof stateOrValue !== 'string') return;
    let raw: unknown = stateOrValue;
    try {
      raw = JSON.parse(stateOrValue);
    } catch {
      // An autofilled plain string.
    }
    this.value = this.coerceValue(raw);
  }

  /** Called by the browser when an ancestor `<fieldset>` is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Whether the control is disabled, by itself or by a fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The widget's strings in the current locale. */
  protected get messages(): ControlMessages {
    return controlMessages(this.locale);
  }

  /** The inner control; the anchor of validity messages. */
  protected get controlElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${this.idOf('control')}`);
  }

  /**
   * The id of the widget's element `name` (`control`, `label`, `hint`, `error`, …): `name` in its
   * shadow root, unique in the form's root for a widget rendered there (`for`, `aria-describedby` and
   * `aria-labelledby` use it too).
   */
  protected idOf(name: string): string {
    if (!this.lightDom) return name;
    this.idPrefix ??= `dvc-w${++widgetCount}-`;
    return this.idPrefix + name;
  }

  /** The label for messages and the accessible name: `label`, else the outer `<label>`'s text. */
  protected get accessibleLabel(): string {
    if (this.label !== '') return this.label;
    return Array.from(this.internals.labels, (label) => (label.textContent ?? '').trim()).join(' ');
  }

  /** Turns a restored or attribute value into a value of the widget's type. */
  protected abstract coerceValue(raw: unknown): V;
  /** What the form submits for the value (`null` submits nothing). */
  protected abstract override formValue(): string | FormData | null;
  /** The inner control, rendered by Lit in the control's row unless `updateControl()` builds it. */
  protected renderControl(): TemplateResult | typeof nothing {
    return nothing;
  }

  /**
   * Builds the inner control in `row` on the first update and updates it after: by default, Lit
   * renders `renderControl()` there (its static ids prefixed in the form's root).
   */
  protected updateControl(row: HTMLElement): void {
    render(this.renderControl(), row, { host: this });
    if (this.lightDom) prefixIds(row, this.idOf(''));
  }

  /** How the label sits (`internal/controls/control-frame.ts`): a `<label for>` the control by default. */
  protected labelShape(): LabelShape {
    return 'label';
  }

  /** `aria-invalid` of the inner control. */
  protected invalidState(): 'true' | 'false' {
    return this.error === '' ? 'false' : 'true';
  }

  /** `aria-label` of the inner control when the name comes from an outer `<label for>`. */
  protected outerLabel(): string | typeof nothing {
    return this.label === '' && this.accessibleLabel !== '' ? this.accessibleLabel : nothing;
  }

  /**
   * The inner control's attributes every widget states (its `boundControl`): requiredness,
   * disabled and read-only, `aria-invalid`, `aria-describedby` and `aria-label`.
   */
  protected controlAttributes(): Record<string, ControlAttribute> {
    return {
      id: this.idOf('control'),
      // In the form's root, not a control of its inner `<form>` (no implicit submit, reset or radio group).
      form: this.lightDom ? NO_FORM : nothing,
      required: this.required,
      disabled: this.isDisabled,
      readonly: this.readonly,
      'aria-invalid': this.invalidState(),
      'aria-describedby': this.describedBy() || nothing,
      'aria-label': this.outerLabel(),
    };
  }

  /** Fires a composed `input` event from the host (for changes that are not a native input event). */
  protected emitInput(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** Fires a composed `change` event from the host. */
  protected emitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** `aria-describedby` of the inner control: the hint, the message and `extra` (names for `idOf()`). */
  protected describedBy(...extra: string[]): string {
    const ids = [this.hint !== '' ? 'hint' : '', this.error !== '' ? 'error' : '', ...extra]
      .filter(Boolean)
      .map((name) => this.idOf(name));
    if (this.helpId !== '' && this.lightDom) ids.push(this.helpId);
    return ids.join(' ');
  }

  protected override update(changed: PropertyValues): void {
    // Elements and templates made while it renders in the form's root name their parts `widget-<part>`.
    const was = renderingInForm(this.lightDom);
    try {
      reactiveUpdate.call(this, changed);
      const frame = (this.frame ??= new ControlFrame(this.renderRoot, this.labelShape(), this.idOf('')));
      this.updateControl(frame.row);
      // A widget with details (a personal-id, a date field) renders them with Lit before the message.
      if (this.renderDetails !== DvcFormControl.prototype.renderDetails) {
        render(this.renderDetails(), frame.root, { host: this, renderBefore: frame.error });
        if (this.lightDom) prefixIds(frame.root, this.idOf(''));
      }
      frame.update(this, this.messages.errorPrefix);
    } finally {
      renderingInForm(was);
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.initial = { value: this.value };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Outside a `<dvc-form>`, `name`, `required`, `disabled`, `readonly` and `locale` are reflected.
    if (!validatesOnDemand(this)) reflectAttributes(this, changed);
    // Checked again in the locale's words once its messages have loaded (the single file's English).
    if (changed.has('locale'))
      void loadLocaleMessages(this.locale)?.then(
        () => {
          this.requestUpdate('locale', '');
        },
        () => undefined,
      );
  }

  /** Anything a widget shows between the control and the message (e.g. what an identifier decodes). */
  protected renderDetails(): TemplateResult | typeof nothing {
    return nothing;
  }
}
