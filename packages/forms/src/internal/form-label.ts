/**
 * A readable label for a property without a title: keys are English identifiers (`birthDate`,
 * `postal_code`), so they are split into words, `Birth date`, `Postal code`.
 */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_\-.\s]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return key;
  return words
    .map((w, i) => {
      const acronym = w.length > 1 && w === w.toUpperCase();
      if (acronym) return w;
      return i === 0 ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase();
    })
    .join(' ');
}

/** `label` (a text or `{ vi, en }`) followed by ` suffix` in every language. */
export function suffixed(label: unknown, suffix: string): unknown {
  if (typeof label === 'string') return `${label} ${suffix}`;
  if (typeof label !== 'object' || label === null) return suffix;
  return Object.fromEntries(
    Object.entries(label as Record<string, unknown>).map(([k, v]) => [
      k,
      typeof v === 'string' ? `${v} ${suffix}` : v,
    ]),
  );
}
