/** The element `<dvc-form>` creates for a widget, and the conversion of its value (see the widget table). */
import type { FieldNode } from './form-fields.js';
import { WIDGET_TABLE } from './form-widget-table.js';
import type { Widget } from '@dvc-kit/procedures/format';

/**
 * The tag of the element for `widget`: province and commune are selects when their choices are
 * known, text fields otherwise; a widget with no element falls back to a text field.
 */
export function widgetTag(widget: Widget, hasChoices: boolean): string {
  if ((widget === 'province' || widget === 'commune') && hasChoices) return 'dvc-select-field';
  return WIDGET_TABLE[widget].element?.tag ?? 'dvc-text-field';
}

/** The `value` to give the widget of `node` for the data value `value`. */
export function toWidgetValue(node: FieldNode, value: unknown): unknown {
  return WIDGET_TABLE[node.widget].value.toWidget(node, value);
}

/** The data value for what the widget of `node` holds (`undefined`: leave it out). */
export function fromWidgetValue(node: FieldNode, raw: unknown): unknown {
  return WIDGET_TABLE[node.widget].value.fromWidget(node, raw);
}
