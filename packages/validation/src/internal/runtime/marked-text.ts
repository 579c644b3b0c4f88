/**
 * Texts of a precompiled module written with ASCII markers (`compiler/codegen/marked-text.ts`):
 * a bundler writes each Vietnamese letter of a string literal as a `\uXXXX` escape (6 bytes), a
 * module writes it as its base letter and one marker per diacritic (2-3 bytes). The module's
 * labels, params and messages are decoded once, when it is loaded.
 */

/**
 * What the markers stand for, in order: the combining marks of Vietnamese letters (grave, acute,
 * circumflex, tilde, breve, hook above, horn, dot below), then `đ` and `Đ`.
 */
export const MARKED = '\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323\u0111\u0110';

/** `text` with each of the characters of `markers` put back as the character of `MARKED` at its index, composed (NFC). */
export function unmarkText(markers: string, text: string): string {
  let out = '';
  for (const c of text) {
    const i = markers.indexOf(c);
    out += i < 0 ? c : (MARKED[i] as string);
  }
  return out.normalize();
}

/**
 * The decoder a module made with `markers` calls on its marked constants: `value` (JSON data whose
 * JSON text the module checked to decode exactly) decoded, frozen as the module's constants are.
 */
export function unmark(markers: string): <T>(value: T) => T {
  return <T>(value: T): T => Object.freeze(JSON.parse(unmarkText(markers, JSON.stringify(value))) as T);
}
