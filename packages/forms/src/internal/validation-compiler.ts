/**
 * The validation compiler (`compileSchema`, its keywords, formats and identifier checks): a chunk of
 * its own in the single file, loaded by `compiler-load.ts` (docs/decisions/0021-first-paint-before-the-compiler.md).
 */
export { compileSchema } from '@dvc-kit/validation';
