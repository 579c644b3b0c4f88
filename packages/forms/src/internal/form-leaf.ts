/**
 * A field edited by one widget element (`dvc-<widget>-field`): the element is created once and its
 * properties are set from the store on each update of the field.
 */
import { html, render, type LitElement } from 'lit';
import { sameJson } from './form-json.js';
import { parentPointer } from '@dvc-kit/validation';
import { validateOnDemand } from './controls/on-demand-validity.js';
import { pickText } from './form-text.js';
import { fromWidgetValue, toWidgetValue, widgetTag } from './form-widget-tag.js';
import { defineWidget } from './form-widget-load.js';
import { configureAddress } from './form-address.js';
import { fieldId } from './form-field-id.js';
import { hearWidget } from './form-leaf-events.js';
import type { LeafHost, LeafInputs } from './form-leaf-host.js';

export type { LeafHost } from './form-leaf-host.js';

type WidgetElement = HTMLElement & Record<string, unknown>;

/** Whether the field's choices come from the admin-units provider (a commune needs a sibling province). */
export function hasChoices(host: LeafHost): boolean {
  if (host.adminUnits === undefined) return false;
  if (host.node.widget === 'province') return true;
  return host.node.widget === 'commune' && host.node.pointer.endsWith('/commune');
}

/** The province code the commune choices depend on. */
export function provinceOf(host: LeafHost): string {
  const value = host.store.value(`${parentPointer(host.node.pointer)}/province`);
  return typeof value === 'string' ? value : '';
}

function widgetFor(host: LeafHost): WidgetElement {
  const tag = widgetTag(host.node.widget, hasChoices(host));
  // An element loaded on demand upgrades when defined, with the properties set below.
  void defineWidget(tag);
  if (host.widget?.localName === tag) return host.widget as WidgetElement;
  const widget = document.createElement(tag) as WidgetElement;
  // The form validates the whole data: the widget checks itself only when asked (a blur, a read).
  validateOnDemand(widget);
  // The field hears its widget's events through its render root (`form-leaf-events.ts`).
  hearWidget(host, widget);
  host.widget = widget;
  return widget;
}

function optionsFor(host: LeafHost): { value: string; label: string }[] | undefined {
  const locale = host.store.locale;
  if (hasChoices(host)) return (host.choices ?? []).map((c) => ({ value: c.code, label: c.name }));
  if (host.node.options.length === 0) return undefined;
  return host.node.options.map((o) => ({ value: o.key, label: pickText(o.label, locale) }));
}

/** Sets the widget's properties other than its value and message. */
function setInputs(host: LeafHost, widget: WidgetElement, inputs: LeafInputs): void {
  const { node } = host;
  const options = optionsFor(host);
  if (options !== undefined) widget['options'] = options;
  widget['name'] = node.pointer;
  widget['label'] = pickText(node.label, inputs.locale);
  widget['hint'] = pickText(node.hint, inputs.locale);
  widget['required'] = inputs.required;
  widget['disabled'] = inputs.disabled;
  widget['readonly'] = inputs.readonly || node.locked;
  widget['locale'] = inputs.locale;
  // Summary and review links point at the field's id (an open object's renamed entry changes it).
  const id = fieldId(node.pointer);
  if (widget.id !== id) widget.id = id;
  // The control names the help in its `aria-describedby` (when the widget renders in this root).
  widget['helpId'] = pickText(node.help, inputs.locale) === '' ? '' : `${id}-help`;
}

/**
 * The widget element with its properties up to date; with help, the two in one box (`<div
 * class="field">`, kept in `host.box`), the help below: the node the field shows.
 */
export function leafView(host: LeafHost): HTMLElement {
  const { node, store } = host;
  const widget = widgetFor(host);
  const inputs: LeafInputs = {
    node,
    widget,
    locale: store.locale,
    required: store.isRequired(node.pointer),
    disabled: store.disabled,
    readonly: store.readonly,
    choices: host.choices,
  };
  const was = host.shownWith;
  // A change of the value or the message alone (a keystroke) sets only those.
  if (
    was === undefined ||
    was.node !== node ||
    was.widget !== widget ||
    was.locale !== inputs.locale ||
    was.required !== inputs.required ||
    was.disabled !== inputs.disabled ||
    was.readonly !== inputs.readonly ||
    was.choices !== inputs.choices
  )
    setInputs(host, widget, inputs);
  host.shownWith = inputs;
  const value = store.value(node.pointer);
  if (!sameJson(fromWidgetValue(node, widget['value']), value)) widget['value'] = toWidgetValue(node, value);
  widget['error'] = store.error(node.pointer);
  if (node.widget === 'address') configureAddress(widget, host);
  // The form's message wins over the widget's own check, even when it did not change, in the update
  // something asked for (none when nothing changed: the whole form's messages shown again, a reset).
  const lit = widget as Partial<LitElement>;
  if (lit.isUpdatePending === true) lit.requestUpdate?.('error', '\u0000');
  const help = pickText(node.help, store.locale);
  if (help === '') return widget;
  // With help, one box holds both, so the help sits under its widget in any layout of the group.
  const box = (host.box ??= document.createElement('div'));
  box.className = 'field';
  render(
    html`${widget}
      <p part="help" class="help" id=${`${widget.id}-help`}>${help}</p>`,
    box,
  );
  return box;
}
