/**
 * The widget names a definition may give in `x-dvc-widget`. The forms package implements one
 * element per name; the meta-schema lists the same names (a test keeps them equal).
 */

/** Every widget name, in the order the docs list them. */
export const WIDGETS = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'date-time',
  'select',
  'radio',
  'checkbox',
  'checkbox-group',
  'personal-id',
  'phone',
  'email',
  'tax-code',
  'country',
  'ethnic-group',
  'province',
  'commune',
  'address',
  'group',
  'repeatable',
  'hidden',
] as const;

/** A widget name. */
export type Widget = (typeof WIDGETS)[number];

/** Whether `name` is a widget name. */
export function isWidget(name: unknown): name is Widget {
  return typeof name === 'string' && (WIDGETS as readonly string[]).includes(name);
}

/** JSON types each widget can edit; a widget absent here accepts any type. */
export const WIDGET_TYPES: Readonly<Partial<Record<Widget, readonly string[]>>> = {
  number: ['integer', 'number'],
  money: ['integer', 'number'],
  checkbox: ['boolean'],
  country: ['string'],
  'ethnic-group': ['string'],
  'checkbox-group': ['array'],
  address: ['object'],
  group: ['object'],
  repeatable: ['array'],
};
