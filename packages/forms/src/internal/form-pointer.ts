/** JSON Pointer (RFC 6901) helpers of `<dvc-form>`: reading and writing its data by pointer. */

/** The tokens of `pointer` (`''` is the root, no tokens). */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `pointer` with one more token. */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** The pointer of the parent of `pointer` (the root's parent is the root). */
export function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** Whether `value` is a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `pointer` in `data`, or `undefined`. */
export function getAt(data: unknown, pointer: string): unknown {
  let cur: unknown = data;
  for (const t of pointerTokens(pointer)) {
    if (Array.isArray(cur)) cur = /^\d+$/.test(t) ? cur[Number(t)] : undefined;
    else if (isRecord(cur) && Object.hasOwn(cur, t)) cur = cur[t];
    else return undefined;
  }
  return cur;
}

/**
 * Writes `value` at `pointer` in `data` (mutating it), creating objects on the way. `undefined`
 * deletes the member (or empties an array slot).
 */
export function setAt(data: Record<string, unknown>, pointer: string, value: unknown): void {
  const tokens = pointerTokens(pointer);
  const last = tokens.pop();
  if (last === undefined) return;
  let cur: Record<string, unknown> | unknown[] = data;
  for (const t of tokens) {
    const next: unknown = Array.isArray(cur) ? cur[Number(t)] : cur[t];
    if (isRecord(next) || Array.isArray(next)) cur = next;
    else {
      const made: Record<string, unknown> = {};
      if (Array.isArray(cur)) cur[Number(t)] = made;
      else cur[t] = made;
      cur = made;
    }
  }
  if (Array.isArray(cur)) cur[Number(last)] = value;
  else if (value === undefined) Reflect.deleteProperty(cur, last);
  else cur[last] = value;
}
