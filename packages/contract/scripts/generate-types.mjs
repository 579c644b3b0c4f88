// @ts-check
/**
 * Generates `src/internal/data/portal-api.ts` from the portal API contract (`openapi/portal-api.yaml`) with
 * openapi-typescript. `pnpm --filter @dvc-kit/contract generate` writes it; the drift test
 * (`test/generated-types.test.ts`) regenerates it in memory and compares.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

/** Where the committed types live. */
export const OUTPUT = fileURLToPath(new URL('../src/internal/data/portal-api.ts', import.meta.url));

/** The contract's path on disk. */
export const CONTRACT = fileURLToPath(new URL('../openapi/portal-api.yaml', import.meta.url));

/** The generated module's text, in memory. */
export async function generateTypes() {
  const yaml = await readFile(CONTRACT, 'utf8');
  const ast = await openapiTS(yaml, { silent: true, emptyObjectsUnknown: true });
  return COMMENT_HEADER + astToString(ast);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(OUTPUT, await generateTypes());
  console.log(`wrote ${OUTPUT}`);
}
