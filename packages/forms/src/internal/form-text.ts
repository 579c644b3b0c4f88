/** Picking the text of the form's locale from a definition's texts. */

/** The form's languages: Vietnamese (default) and English. */
export type FormLocale = 'vi' | 'en';

/** A text by locale (`{ vi, en }`), or one string for every locale. */
export type FormText = string | Partial<Record<FormLocale, string>>;

/** The text of `text` in `locale`, falling back to Vietnamese, then to any text, then `''`. */
export function pickText(text: unknown, locale: FormLocale): string {
  if (typeof text === 'string') return text;
  if (typeof text !== 'object' || text === null) return '';
  const t = text as Record<string, unknown>;
  const found = [t[locale], t['vi'], ...Object.values(t)].find((v) => typeof v === 'string');
  return typeof found === 'string' ? found : '';
}
