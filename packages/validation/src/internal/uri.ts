/** URI resolution for `$id` / `$ref`, built on the WHATWG `URL` available in browsers and Node. */

/** The base URI of a schema without `$id`. */
export const DEFAULT_BASE = 'https://dvc-kit.invalid/schema.json';

/** Resolves `ref` against `base`; `undefined` when it cannot be resolved. */
export function resolveUri(ref: string, base: string): string | undefined {
  try {
    return new URL(ref, base).href;
  } catch {
    // Opaque bases (urn:, tag:) only resolve fragments.
    if (ref.startsWith('#')) return stripFragment(base) + ref;
    return undefined;
  }
}

/** The URI without its fragment. */
export function stripFragment(uri: string): string {
  const i = uri.indexOf('#');
  return i === -1 ? uri : uri.slice(0, i);
}

/** Splits a URI into its document part and its (percent-decoded) fragment. */
export function splitUri(uri: string): { doc: string; fragment: string } {
  const i = uri.indexOf('#');
  if (i === -1) return { doc: uri, fragment: '' };
  let fragment = uri.slice(i + 1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // keep the raw fragment
  }
  return { doc: uri.slice(0, i), fragment };
}
