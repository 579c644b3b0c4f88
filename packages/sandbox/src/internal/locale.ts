/** The language of messages in a response: English when the client prefers it, else Vietnamese. */
/** A message language. */
export type Locale = 'vi' | 'en';

/**
 * The locale asked for by an `Accept-Language` header: the first of `vi` and `en` by preference
 * (quality, then order); `vi` when neither is named.
 */
export function localeOf(acceptLanguage: string | undefined): Locale {
  if (acceptLanguage === undefined) return 'vi';
  let best: { locale: Locale; q: number } | undefined;
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const locale: Locale | undefined = tag.startsWith('en') ? 'en' : tag.startsWith('vi') ? 'vi' : undefined;
    if (locale !== undefined && Number.isFinite(q) && q > 0 && (best === undefined || q > best.q)) {
      best = { locale, q };
    }
  }
  return best?.locale ?? 'vi';
}
