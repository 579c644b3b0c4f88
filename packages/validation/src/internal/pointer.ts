/** JSON Pointer (RFC 6901) helpers. */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string): string {
  if (token.indexOf('~') === -1 && token.indexOf('/') === -1) return token;
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Unescapes one reference token. */
export function unescapeToken(token: string): string {
  if (token.indexOf('~') === -1) return token;
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Builds a pointer from path segments. */
export function toPointer(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += '/' + (typeof seg === 'number' ? String(seg) : escapeToken(seg));
  return out;
}

/** Splits a pointer into unescaped tokens; `undefined` when it is not a pointer. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (pointer[0] !== '/') return undefined;
  return pointer.slice(1).split('/').map(unescapeToken);
}

/** Reads the value a pointer designates inside a JSON document (own properties only). */
export function getAt(doc: unknown, tokens: readonly string[]): { found: boolean; value: unknown } {
  let cur: unknown = doc;
  for (const tok of tokens) {
    if (Array.isArray(cur)) {
      if (!/^(?:0|[1-9][0-9]*)$/.test(tok)) return { found: false, value: undefined };
      const i = Number(tok);
      if (i >= cur.length) return { found: false, value: undefined };
      cur = cur[i];
    } else if (cur !== null && typeof cur === 'object') {
      if (!Object.hasOwn(cur, tok)) return { found: false, value: undefined };
      cur = (cur as Record<string, unknown>)[tok];
    } else {
      return { found: false, value: undefined };
    }
  }
  return { found: true, value: cur };
}
