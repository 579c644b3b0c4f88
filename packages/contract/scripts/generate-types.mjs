// @ts-check
/**
 * Generates `src/internal/data/portal-api.ts` from the portal API contract (`openapi/portal-api.yaml`) with
 * openapi-typescript. A procedure definition (the schema whose `$schema` is the format's id, such as
 * `Procedure.definition`) is typed with the hand-written `ProcedureDefinition`, the one type the
 * API and @dvc-kit/procedures share, instead of the document's loose outline of it. `pnpm --filter @dvc-kit/contract generate` writes it; the drift test
 * (`test/generated-types.test.ts`) regenerates it in memory and compares.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import ts from 'typescript';

/** The `$id` of the procedure definition format, v1. */
const DEFINITION_ID = 'https://dvc-kit.dev/schemas/procedure-definition/v1.json';
const DEFINITION_IMPORT = "import type { ProcedureDefinition } from '../../procedure-definition.js';\n\n";

/** @param {import('openapi-typescript').SchemaObject} schema */
function isProcedureDefinition(schema) {
  const id = /** @type {{ const?: unknown } | undefined} */ (schema.properties?.['$schema']);
  return id?.const === DEFINITION_ID;
}

/** Where the committed types live. */
export const OUTPUT = fileURLToPath(new URL('../src/internal/data/portal-api.ts', import.meta.url));

/** The contract's path on disk. */
export const CONTRACT = fileURLToPath(new URL('../openapi/portal-api.yaml', import.meta.url));

/** The generated module's text, in memory. */
export async function generateTypes() {
  const yaml = await readFile(CONTRACT, 'utf8');
  const ast = await openapiTS(yaml, {
    silent: true,
    emptyObjectsUnknown: true,
    transform: (schema) =>
      isProcedureDefinition(schema) ? ts.factory.createTypeReferenceNode('ProcedureDefinition') : undefined,
  });
  return COMMENT_HEADER + DEFINITION_IMPORT + astToString(ast);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(OUTPUT, await generateTypes());
  console.log(`wrote ${OUTPUT}`);
}
