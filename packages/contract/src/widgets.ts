/**
 * The widget names a procedure definition may give in `x-dvc-widget`. The forms package implements
 * one element per name; the meta-schema of @dvc-kit/procedures lists the same names (a test there
 * keeps them equal).
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
