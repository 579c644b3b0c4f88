/**
 * JSON Pointer (RFC 6901): the one implementation every dvc-kit package uses. A pointer is `''`
 * (the whole document) or `/`-separated reference tokens in which `~` is written `~0` and `/` is
 * written `~1`. Reading only follows own properties, so `/__proto__` or `/constructor` never reach
 * `Object.prototype`; writing defines own properties, so `setPointer(doc, '/__proto__/x', 1)`
 * creates a member named `__proto__` and never changes a prototype.
 */

/** One token of a pointer: an object member name or an array index. */
export type PointerToken = string | number;

/** What `resolvePointer` answers: whether every step exists, and the value there. */
export interface PointerLookup {
  found: boolean;
  value: unknown;
}

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/** Whether `value` is a JSON object: not an array, not `null`. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. Numbers are written in decimal. */
export function escapePointerToken(token: PointerToken): string {
  const text = String(token);
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Unescapes one reference token: `~1` → `/`, then `~0` → `~` (so `~01` is `~1`). */
export function unescapePointerToken(token: string): string {
  if (!token.includes('~')) return token;
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The unescaped tokens of `pointer` (`''` has none), or `undefined` when it is not a pointer. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map(unescapePointerToken);
}

/** The tokens of `pointer`; throws a `TypeError` when it is not a pointer. */
export function pointerTokens(pointer: string): string[] {
  const tokens = parsePointer(pointer);
  if (tokens === undefined) throw new TypeError(`Not a JSON Pointer: ${JSON.stringify(pointer)}`);
  return tokens;
}

/** The pointer made of `tokens`, each escaped (`['a/b', 0]` → `/a~1b/0`). */
export function formatPointer(tokens: readonly PointerToken[]): string {
  let out = '';
  for (const token of tokens) out += '/' + escapePointerToken(token);
  return out;
}

/** `pointer` followed by `tokens` (`childPointer('/a', 'b/c', 1)` → `/a/b~1c/1`). */
export function childPointer(pointer: string, ...tokens: PointerToken[]): string {
  return pointer + formatPointer(tokens);
}

/** The pointer of the parent of `pointer`; the root's parent is the root. */
export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** Whether `pointer` is `ancestor` or lies under it (`/a/b` is under `/a`, `/ab` is not). */
export function isPointerWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(ancestor + '/');
}

function step(cur: unknown, token: string): PointerLookup {
  if (Array.isArray(cur)) {
    if (!ARRAY_INDEX.test(token)) return { found: false, value: undefined };
    const i = Number(token);
    return i < cur.length ? { found: true, value: cur[i] } : { found: false, value: undefined };
  }
  if (isJsonObject(cur) && Object.hasOwn(cur, token)) return { found: true, value: cur[token] };
  return { found: false, value: undefined };
}

/**
 * Follows `pointer` (a pointer string or its unescaped tokens) through `doc`, own properties and
 * array indexes only. `found` is false when a step is missing or the pointer is malformed.
 */
export function resolvePointer(doc: unknown, pointer: string | readonly string[]): PointerLookup {
  const tokens = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  if (tokens === undefined) return { found: false, value: undefined };
  let cur: PointerLookup = { found: true, value: doc };
  for (const token of tokens) {
    cur = step(cur.value, token);
    if (!cur.found) return cur;
  }
  return cur;
}

/** The value at `pointer` in `doc`, or `undefined` when there is none. */
export function getPointer(doc: unknown, pointer: string | readonly string[]): unknown {
  return resolvePointer(doc, pointer).value;
}

/** Whether `pointer` designates a value in `doc` (a member set to `undefined` counts). */
export function hasPointer(doc: unknown, pointer: string | readonly string[]): boolean {
  return resolvePointer(doc, pointer).found;
}

function defineMember(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

function arrayIndex(list: unknown[], token: string, pointer: string): number {
  if (token === '-') return list.length;
  if (!ARRAY_INDEX.test(token)) throw new TypeError(`${pointer}: "${token}" is not an array index`);
  return Number(token);
}

/**
 * Writes `value` at `pointer` inside `doc` (mutating it), creating an object at each step that
 * holds no object or array yet (a missing member, `null` or a scalar); in an array, `-` appends.
 * `undefined` deletes an object member (and empties an array slot). The root itself cannot be
 * replaced: `setPointer(doc, '', v)` throws, as does a malformed pointer or a non-numeric index.
 */
export function setPointer(
  doc: Record<string, unknown> | unknown[],
  pointer: string | readonly string[],
  value: unknown,
): void {
  const shown = typeof pointer === 'string' ? pointer : formatPointer(pointer);
  const tokens = typeof pointer === 'string' ? pointerTokens(pointer) : [...pointer];
  const last = tokens.pop();
  if (last === undefined) throw new TypeError('setPointer cannot replace the root');
  let cur: Record<string, unknown> | unknown[] = doc;
  for (const token of tokens) {
    const next = step(cur, token).value;
    if (isJsonObject(next) || Array.isArray(next)) {
      cur = next;
      continue;
    }
    const made: Record<string, unknown> = {};
    if (Array.isArray(cur)) cur[arrayIndex(cur, token, shown)] = made;
    else defineMember(cur, token, made);
    cur = made;
  }
  if (Array.isArray(cur)) cur[arrayIndex(cur, last, shown)] = value;
  else if (value === undefined) Reflect.deleteProperty(cur, last);
  else defineMember(cur, last, value);
}

/** Deletes the member or array item at `pointer` (an array closes up); answers whether it existed. */
export function removePointer(doc: unknown, pointer: string | readonly string[]): boolean {
  const tokens = typeof pointer === 'string' ? parsePointer(pointer) : [...pointer];
  const last = tokens?.pop();
  if (tokens === undefined || last === undefined) return false;
  const holder = resolvePointer(doc, tokens).value;
  if (!step(holder, last).found) return false;
  if (Array.isArray(holder)) holder.splice(Number(last), 1);
  else Reflect.deleteProperty(holder as Record<string, unknown>, last);
  return true;
}
