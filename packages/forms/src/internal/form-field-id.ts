/**
 * The id of a field's element inside `<dvc-form>`'s shadow root (summary links point at it): the
 * pointer with every character other than letters and digits written `_<hex>_`, so it is unique and
 * needs no CSS escaping.
 */
export function fieldId(pointer: string): string {
  return `field-${pointer.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}
