/**
 * `@dvc-kit/contract/node`: the OpenAPI document on disk, for Node (the sandbox validates requests
 * against it; generators and validating proxies read it). This module sits directly in `src/` so
 * that the relative path to `openapi/` is the same from the sources and from the built `dist/`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The absolute path of the OpenAPI document shipped with the package (`openapi/portal-api.yaml`). */
export const contractPath: string = fileURLToPath(new URL('../openapi/portal-api.yaml', import.meta.url));

/** The parts of an OpenAPI 3.1 document the sandbox reads. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown>; [section: string]: unknown };
  webhooks?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

let cached: OpenApiDocument | undefined;

/** The parsed contract (cached; treat it as read-only). */
export function readContract(): OpenApiDocument {
  cached ??= parse(readFileSync(contractPath, 'utf8')) as OpenApiDocument;
  return cached;
}
