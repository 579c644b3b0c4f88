/**
 * Which JSON Schema dialect a schema is written in: its root's `$schema`, else the `dialect`
 * option, else 2020-12. The one difference the compiler makes: up to draft-07, a schema with
 * `$ref` is that reference alone (its other keywords, `$id` included, are ignored).
 */

/** The dialects `compileSchema` reads. */
export type Dialect = 'draft-03' | 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12';

const LEGACY: ReadonlySet<Dialect> = new Set(['draft-03', 'draft-04', 'draft-06', 'draft-07']);

/** The dialect named by a `$schema` URI, or `undefined` for one this compiler does not know. */
export function dialectOfUri(uri: string): Dialect | undefined {
  const draft = /json-schema\.org\/(?:draft-0([3467])\/schema|draft\/(2019-09|2020-12)\/schema)/.exec(uri);
  if (draft === null) return undefined;
  return draft[1] !== undefined ? (`draft-0${draft[1]}` as Dialect) : (draft[2] as Dialect);
}

/** The dialect of `schema`: its `$schema` when known, else `fallback`. */
export function dialectOf(schema: unknown, fallback: Dialect = '2020-12'): Dialect {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return fallback;
  const uri = (schema as Record<string, unknown>)['$schema'];
  return (typeof uri === 'string' ? dialectOfUri(uri) : undefined) ?? fallback;
}

/** Whether `$ref` overrides its sibling keywords in `dialect` (draft-03 to draft-07). */
export function refOverridesSiblings(dialect: Dialect): boolean {
  return LEGACY.has(dialect);
}
