/**
 * Working with widget names. The names themselves (`WIDGETS`, `Widget`) live with the definition
 * types in @dvc-kit/contract; the forms package implements one element per name.
 */
import { WIDGETS, type Widget } from '@dvc-kit/contract';

export { WIDGETS, type Widget };

/** Whether `name` is a widget name. */
export function isWidget(name: unknown): name is Widget {
  return typeof name === 'string' && (WIDGETS as readonly string[]).includes(name);
}

/** JSON types each widget can edit; a widget absent here accepts any type. */
export const WIDGET_TYPES: Readonly<Partial<Record<Widget, readonly string[]>>> = {
  number: ['integer', 'number'],
  money: ['integer', 'number'],
  checkbox: ['boolean'],
  'checkbox-group': ['array'],
  address: ['object'],
  group: ['object'],
  repeatable: ['array'],
};
