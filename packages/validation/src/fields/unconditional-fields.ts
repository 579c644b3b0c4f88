/**
 * What the declared-fields index answers about `data` without a compiled validator: the fields that
 * always apply and the ones a `required` that always applies lists, at their concrete data pointers
 * (`/members/-/name` becomes `/members/0/name`, `/members/1/name`, … for the items `data` has).
 * Fields under a branch (`then`/`else`, `dependentSchemas`, `anyOf`/`oneOf`, `dependencies`) are
 * left out: only a validator decides them (`activeFields`, `requiredFields`). A form paints its first
 * render with this while its validator is compiled.
 */
import { childPointer, isJsonObject, unescapePointerToken } from '../pointer.js';
import type { DeclaredFieldsIndex } from './declared-fields.js';

/** The concrete pointers of `field` (a declared pointer with `-` and `*` tokens) that `data` has. */
function expand(data: unknown, tokens: readonly string[], at: string, out: string[]): void {
  if (tokens.length === 0) {
    out.push(at);
    return;
  }
  const [token, ...rest] = tokens as [string, ...string[]];
  if (token === '-' || token === '*') {
    if (token === '-' && Array.isArray(data))
      data.forEach((item: unknown, i) => {
        expand(item, rest, `${at}/${i}`, out);
      });
    else if (token === '*' && isJsonObject(data))
      for (const [key, value] of Object.entries(data)) expand(value, rest, childPointer(at, key), out);
    return;
  }
  const child: unknown = Array.isArray(data)
    ? (data as unknown[])[Number(token)]
    : isJsonObject(data)
      ? data[unescapePointerToken(token)]
      : undefined;
  // The last token is the field itself: it applies whether or not it has a value.
  if (rest.length > 0 && child === undefined) return;
  expand(child, rest, `${at}/${token}`, out);
}

/**
 * The fields that apply to `data` whatever its values, and those of them that must be filled, from
 * the index alone: unconditional declared fields (inside an array item or an open object's member,
 * once per item or member `data` has, and only when the enclosing objects are there; an array's
 * items themselves are not listed, as `activeFields` does not list them).
 */
export function unconditionalFields(
  index: DeclaredFieldsIndex,
  data: unknown,
): { active: string[]; required: string[] } {
  const active: string[] = [];
  const required: string[] = [];
  for (const field of index.fields.values()) {
    // An array's items are not fields of their own (as in `activeFields`): what they hold is.
    if (field.conditional || field.pointer.endsWith('/-')) continue;
    const pointers: string[] = [];
    expand(data, field.pointer.slice(1).split('/'), '', pointers);
    active.push(...pointers);
    if (field.required) required.push(...pointers);
  }
  return { active, required };
}
