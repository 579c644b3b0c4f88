/**
 * The single file's `@dvc-kit/validation` zod face (in place of `src/compiler/zod-face.ts`): the
 * forms never build a zod schema and hand out no validator, so the single file carries no zod.
 */
export function zodFace() {
  throw new Error(
    'The single-file build of @dvc-kit/forms has no zod; import @dvc-kit/validation for toZod().',
  );
}
