/** The parts of a request that stay the same across its attempts: URL, headers, JSON body. */
import type { RequestOptions } from '../request-options.js';
import type { RequestSpec } from './request-spec.js';

/** The URL, the headers and the JSON text of a call. */
export interface RequestParts {
  readonly url: URL;
  readonly headers: Headers;
  readonly json: string | undefined;
}

/** Builds the parts from the spec, the client's headers and the call's options. */
export function requestParts(
  base: string,
  language: string,
  defaults: Readonly<Record<string, string>>,
  spec: RequestSpec,
  options: RequestOptions,
): RequestParts {
  const url = new URL(base + spec.path);
  if (spec.query !== undefined)
    for (const [key, value] of Object.entries(spec.query))
      if (value !== undefined)
        url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  // Only CORS-safelisted headers and those the API allows cross-origin, so browsers can send them.
  const headers = new Headers({ accept: 'application/json', 'accept-language': language });
  for (const k in defaults) headers.set(k, defaults[k] as string);
  if (options.headers !== undefined)
    for (const k in options.headers) headers.set(k, options.headers[k] as string);
  if (options.idempotencyKey !== undefined) headers.set('idempotency-key', options.idempotencyKey);
  const json = spec.body === undefined ? undefined : JSON.stringify(spec.body);
  if (json !== undefined) headers.set('content-type', 'application/json');
  else if (spec.contentType !== undefined) headers.set('content-type', spec.contentType);
  return { url, headers, json };
}

/** The body of an answer: parsed JSON, or `undefined` when empty or not JSON. */
export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
