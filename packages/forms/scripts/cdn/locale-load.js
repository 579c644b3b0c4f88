/**
 * The single file's `src/internal/locale-load.ts`: the English catalogs of the validation core (the
 * messages of its checks and of the `vn-*` formats) are a file beside `dvc-forms.js`, loaded the
 * first time a form or a widget is in English, tried again the next time if it failed to load.
 */
let english;
let ready = false;

/** @returns a promise while the messages of `locale` load, `undefined` when they are ready. */
export function loadLocaleMessages(locale) {
  if (locale !== 'en' || ready) return undefined;
  english ??= import('./english.js').then(
    () => {
      ready = true;
    },
    (error) => {
      english = undefined;
      throw error;
    },
  );
  return english;
}
