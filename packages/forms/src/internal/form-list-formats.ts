/**
 * The list formats (`iso-country`, `vn-ethnic-group`) for the form's validator, without putting the
 * lists in the main bundle: the checks are those of `@dvc-kit/validation/lists`, loaded (once, the
 * same chunk the list fields load) when a definition uses one of the formats. Until it has loaded a
 * value passes; the widgets only offer codes of the lists, and the server checks again.
 */
import type { FormatCheck, FormatResult } from '@dvc-kit/validation';
import { loadSharedList } from '../components/list-field/shared-lists.js';

type ListFormat = 'iso-country' | 'vn-ethnic-group';

let checks: Record<ListFormat, FormatCheck> | undefined;
const PASS: FormatResult = { ok: true };

const deferred =
  (name: ListFormat): FormatCheck =>
  (value, context) =>
    checks === undefined ? PASS : checks[name](value, context);

/** The list formats for `compileSchema`: checked once `loadListFormats` has resolved. */
export const listFormatChecks: Record<ListFormat, FormatCheck> = {
  'iso-country': deferred('iso-country'),
  'vn-ethnic-group': deferred('vn-ethnic-group'),
};

/** Whether `schema` uses a list format (then the lists are loaded for the checks). */
export function usesListFormats(schema: unknown): boolean {
  return /"format":"(?:iso-country|vn-ethnic-group)"/.test(JSON.stringify(schema));
}

/** Loads the real checks (and the lists); resolves when they are in use. */
export async function loadListFormats(): Promise<void> {
  await loadSharedList('countries');
  checks ??= (await import('@dvc-kit/validation/lists')).listFormats;
}
