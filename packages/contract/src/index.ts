/**
 * @dvc-kit/contract: the portal API contract. The OpenAPI 3.1 document is
 * `@dvc-kit/contract/openapi.yaml`; its TypeScript types (`paths`, `components`, `operations`,
 * `webhooks`) are generated from it with openapi-typescript (`pnpm --filter @dvc-kit/contract generate`).
 * This entry is types only and safe in browsers; `@dvc-kit/contract/node` reads the document on disk.
 */
export type { components, operations, paths, webhooks } from './internal/data/portal-api.js';
