/** @dvc-kit/forms: <dvc-form> and its widgets. Every public name is listed here; `src/internal/` is private. */
export const FORMS_VERSION = '0.0.0';

// Widgets: one form-associated base class, one element per widget (importing registers it).
export { DvcFormControl } from './form-control/form-control.js';
export { TextInputControl } from './form-control/text-input-control.js';
export type { FieldSchema } from './internal/controls/field-validation.js';
export { DvcTextField } from './components/text-field/text-field.js';
