/** @dvc-kit/forms: <dvc-form> and its widgets. Every public name is listed here; `src/internal/` is private. */
export const FORMS_VERSION = '0.0.0';
