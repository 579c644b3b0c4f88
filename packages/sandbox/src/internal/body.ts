/**
 * Reading a JSON request body: the content type must be JSON (415), the text must parse (400
 * `malformed_json`) and the value must match the contract's schema for it (422 `invalid_body`,
 * with issues pointing into the body; unknown fields are `additional_property` issues). String
 * values are normalised to NFC first (internal/nfc.ts), so they are checked and stored composed.
 * The size limit is enforced before this runs, by the body-limit middleware (413).
 */
import type { Context } from 'hono';
import { schemaValidator } from '../contract-schemas.js';
import { localeOf } from './locale.js';
import { toNfc } from './nfc.js';
import { invalidBody, malformedJson, unsupportedMediaType } from './problems.js';

/** Whether a `Content-Type` names JSON (`application/json` or `application/*+json`). */
export function isJsonType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || /^application\/[\w.-]+\+json$/.test(essence);
}

/** Options of {@link readJsonBody}. */
export interface ReadJsonOptions {
  /** An absent or empty body reads as `{}` (for operations whose body is optional). */
  optional?: boolean;
}

/**
 * The request body parsed and checked against `#/components/schemas/<schemaName>`.
 * @throws ApiError 415, 400 or 422 as described above.
 */
export async function readJsonBody<T>(
  c: Context,
  schemaName: string,
  options: ReadJsonOptions = {},
): Promise<T> {
  const contentType = c.req.header('content-type');
  const text = await c.req.text();
  if (
    options.optional === true &&
    text.trim() === '' &&
    (contentType === undefined || isJsonType(contentType))
  ) {
    return validate(c, schemaName, {}) as T;
  }
  if (!isJsonType(contentType)) throw unsupportedMediaType('application/json');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformedJson();
  }
  return validate(c, schemaName, toNfc(value)) as T;
}

function validate(c: Context, schemaName: string, value: unknown): unknown {
  const result = schemaValidator(schemaName).validate(value, {
    locale: localeOf(c.req.header('accept-language')),
  });
  if (!result.ok) {
    throw invalidBody(result.issues.map(({ pointer, code, message }) => ({ pointer, code, message })));
  }
  return value;
}
