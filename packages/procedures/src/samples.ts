/**
 * Sample dossiers (the e-form data) for the reference procedures: one valid sample, valid variants
 * that take other branches of the conditions, and invalid samples each paired with the issues the
 * validator must report. Tests across the repository (forms, sandbox, CLI) use them.
 */
import { sampleFiles } from './internal/files.js';

/** An issue an invalid sample must yield: where and which code. */
export interface ExpectedIssue {
  /** JSON Pointer into the data, e.g. `/householdMembers/1/personalId`. */
  pointer: string;
  /** The validation issue code, e.g. `required`, `format`, `compare`. */
  code: string;
}

/** A named sample. */
export interface NamedSample {
  /** The part of the file name after `valid-` / `invalid-`. */
  name: string;
  data: unknown;
}

/** An invalid sample and exactly the issues it yields (in no particular order). */
export interface InvalidSample extends NamedSample {
  expectedIssues: readonly ExpectedIssue[];
}

/** The samples of one procedure. */
export interface ProcedureSamples {
  /** `samples/<slug>/valid.json`. */
  valid: unknown;
  /** `samples/<slug>/valid-<name>.json`: other valid branches. */
  variants: readonly NamedSample[];
  /** `samples/<slug>/invalid-<name>.json` with `invalid-<name>.expected.json`. */
  invalid: readonly InvalidSample[];
}

/**
 * The samples of the reference procedure `slug`. Each call returns fresh copies, so a test may
 * modify them.
 * @throws RangeError when there is no such procedure.
 */
export function procedureSamples(slug: string): ProcedureSamples {
  const files = Object.hasOwn(sampleFiles, slug) ? sampleFiles[slug] : undefined;
  if (files === undefined) throw new RangeError(`No samples for procedure "${slug}"`);
  return {
    valid: structuredClone(files.valid),
    variants: files.variants.map((v) => ({ name: v.name, data: structuredClone(v.data) })),
    invalid: files.invalid.map((s) => ({
      name: s.name,
      data: structuredClone(s.data),
      expectedIssues: structuredClone(s.expected) as ExpectedIssue[],
    })),
  };
}
