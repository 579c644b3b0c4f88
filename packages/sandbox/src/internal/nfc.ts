/**
 * Unicode normalisation of input: Vietnamese text can arrive composed (NFC, `ễ` as one code
 * point) or decomposed (NFD, `e` + two combining marks), and the two look the same but compare
 * unequal. Every string value of a JSON body is stored in NFC, so a name is one name however it
 * was typed. Property names are left as sent (they are the contract's ASCII field names, and
 * merging two of them would drop a value).
 */

/** `value` (parsed JSON) with every string value in NFC; a new value, `value` is not changed. */
export function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNfc(item)]));
  }
  return value;
}
