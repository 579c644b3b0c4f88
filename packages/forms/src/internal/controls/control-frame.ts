/**
 * The frame every widget shares (`<div part="form-control">`: the label and its required marker,
 * the hint, the control's row and the live region of the message), built by hand on the first
 * update and then set where it differs, instead of four Lit template instances and ~9 Lit parts per
 * widget (docs/decisions/0019-widgets-in-the-form.md, "Session 12"). Its ids are written with the
 * widget's prefix (`idOf('')`): no `prefixIds()` pass over it.
 */
import { setAttributes } from './control-attributes.js';
import { partName } from './widget-html.js';

/**
 * How the label sits: `label` is a `<label for>` the control, before the hint; `group` is a
 * `<div>` (a group labelled by `aria-labelledby`); `choice` is a `<label for>` beside the control in
 * a `<div part="choice">` (a single checkbox), the hint under that row.
 */
export type LabelShape = 'label' | 'group' | 'choice';

/** What the frame shows (the widget's own properties). */
export interface FrameText {
  readonly label: string;
  readonly required: boolean;
  readonly hint: string;
  readonly error: string;
}

/**
 * An element of the widget being rendered, with `part` (named `widget-<part>` in the form's root),
 * `class` and `id` when given.
 */
export function widgetElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  part: string,
  className: string,
  id = '',
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (id !== '') element.id = id;
  if (part !== '') element.setAttribute('part', partName(part));
  if (className !== '') element.className = className;
  return element;
}

/** An `aria-hidden` span: the required marker, the error icon. */
function hiddenMark(name: string, text: string): HTMLSpanElement {
  const mark = widgetElement('span', name, name);
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = text;
  return mark;
}

/** Sets a node's text when it differs. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

export class ControlFrame {
  /** `<div part="form-control">`, appended to the widget's render root. */
  readonly root = widgetElement('div', 'form-control', '');
  /** Where the control is: `<div class="control-row">`, or a checkbox's `<div part="choice">`. */
  readonly row: HTMLDivElement;
  /** The live region, there from the start so that a message is announced. */
  readonly error: HTMLDivElement;
  private label: HTMLElement | undefined = undefined;
  private hint: HTMLElement | undefined = undefined;

  /** `prefix` is the widget's id prefix (`idOf('')`). */
  constructor(
    parent: ParentNode,
    private readonly shape: LabelShape,
    private readonly prefix: string,
  ) {
    this.row =
      shape === 'choice' ? widgetElement('div', 'choice', 'choice') : widgetElement('div', '', 'control-row');
    this.error = widgetElement('div', 'error', 'control-error', prefix + 'error');
    this.error.setAttribute('aria-live', 'polite');
    this.root.append(this.row, this.error);
    parent.append(this.root);
  }

  /** Shows the widget's label, hint and message (`errorPrefix` is "Lỗi:" before it); the control is the widget's. */
  update({ label, required, hint, error }: FrameText, errorPrefix: string): void {
    const { root, row, shape, prefix } = this;
    // Written only when it differs (typing updates the widget on every key).
    setAttributes(root, { class: error !== '' ? 'form-control invalid' : 'form-control ' });
    let shown = this.label;
    if (label === '') shown?.remove();
    else {
      if (shown === undefined) {
        shown = widgetElement(shape === 'group' ? 'div' : 'label', 'label', 'label', prefix + 'label');
        if (shape !== 'group') shown.setAttribute('for', prefix + 'control');
        shown.append('');
      }
      // Put back when the label was empty, beside a checkbox or first.
      if (shown.parentNode === null) {
        if (shape === 'choice') row.append(shown);
        else root.prepend(shown);
      }
      const [text, space] = shown.childNodes as unknown as [Node, Node?];
      setText(text, label);
      // `Name *`: the marker after a space, hidden from assistive technology (it hears `aria-required`).
      if (required && space === undefined) shown.append(' ', hiddenMark('required-marker', '*'));
      else if (!required && space !== undefined) shown.replaceChildren(text);
    }
    this.label = shown;
    if (hint === '') this.hint?.remove();
    else {
      this.hint ??= widgetElement('div', 'hint', 'hint', prefix + 'hint');
      if (this.hint.parentNode === null) root.insertBefore(this.hint, shape === 'choice' ? this.error : row);
      setText(this.hint, hint);
    }
    // The message after an icon and the hidden prefix, so that it never relies on colour.
    const region = this.error;
    if (error !== '') {
      if (region.firstChild === null)
        region.append(hiddenMark('error-icon', '!'), widgetElement('span', '', 'control-hidden'), '');
      const [, hidden, message] = region.childNodes as unknown as [Node, Node, Node];
      setText(hidden, errorPrefix + ' ');
      setText(message, error);
    } else if (region.firstChild !== null) region.replaceChildren();
  }
}
