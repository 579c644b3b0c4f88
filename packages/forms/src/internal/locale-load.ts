/**
 * The validation messages of a locale, ready before the form words an issue in it. The package's
 * build carries every locale, so nothing loads here; the single file (`scripts/build-cdn.mjs`)
 * puts `scripts/cdn/locale-load.js` in this module's place, which loads the English catalogs from
 * the file beside it the first time a form or a widget is in English
 * (docs/decisions/0015-forms-on-demand-chunks.md). Until they arrive, issues are worded in
 * Vietnamese; the caller words them again when the promise resolves.
 */
import type { Locale } from '@dvc-kit/validation';

/** @returns a promise while the messages of `locale` load, `undefined` when they are ready. */
export function loadLocaleMessages(_locale: Locale): Promise<void> | undefined {
  return undefined;
}
