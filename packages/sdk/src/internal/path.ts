/** The one way to put values into a path: every value is percent-encoded. */

/** `path\`/v1/dossiers/${id}/submit\`` with each value encoded as one path segment. */
export function path(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += encodeURIComponent(String(value)) + (strings[i + 1] ?? '');
  });
  return out;
}
