/**
 * Validators compiled from the contract's own schemas, so the server checks request bodies and
 * query parameters exactly as the document describes them. OpenAPI 3.1 schemas are JSON Schema
 * 2020-12; OpenAPI-only keywords (`example`, `discriminator`, ...) are ignored.
 */
import { compileSchema, type FormatCheck, type Validator } from '@dvc-kit/validation';
import { readContract } from '@dvc-kit/contract/node';

const CONTRACT_URI = 'https://dvc-kit.dev/openapi/portal-api.yaml';

/** Formats OpenAPI documents use that are not JSON Schema formats: annotations only. */
const openApiFormats: Record<string, FormatCheck> = {
  int32: () => ({ ok: true }),
  int64: () => ({ ok: true }),
  binary: () => ({ ok: true }),
  password: () => ({ ok: true }),
};

const cache = new Map<string, Validator>();

/**
 * A validator for the schema at `pointer` in the contract (e.g. `/components/schemas/Dossier`).
 * Compiled once per process.
 */
export function contractValidator(pointer: string): Validator {
  let validator = cache.get(pointer);
  if (validator === undefined) {
    validator = compileSchema(
      { $ref: `${CONTRACT_URI}#${pointer}` },
      {
        remotes: { [CONTRACT_URI]: readContract() },
        unknownKeywords: 'ignore',
        formats: openApiFormats,
      },
    );
    cache.set(pointer, validator);
  }
  return validator;
}

/** A validator for `#/components/schemas/<name>`. */
export function schemaValidator(name: string): Validator {
  return contractValidator(`/components/schemas/${name}`);
}
