/**
 * The zod face of a validator: a `zod/mini` schema whose one refinement runs the validator and
 * reports its issues. Its own module so that a build whose public surface never hands out a
 * validator (the forms' single file, docs/decisions/0015-forms-on-demand-chunks.md) leaves zod out.
 */
import * as z from 'zod/mini';
import { parsePointer } from '../pointer.js';
import type { ValidationResult } from '../result.js';

/** A zod schema that accepts what `validate` accepts and reports the issues it words. */
export function zodFace<T>(validate: (value: unknown) => ValidationResult<T>): z.ZodMiniType<T> {
  return z.unknown().check(
    z.superRefine((value, ctx) => {
      const r = validate(value);
      if (r.ok) return;
      for (const issue of r.issues) {
        const path = parsePointer(issue.pointer) ?? [];
        ctx.addIssue({
          code: 'custom',
          message: issue.message,
          path,
          params: { code: issue.code, pointer: issue.pointer, ...issue.params },
        });
      }
    }),
  ) as unknown as z.ZodMiniType<T>;
}
