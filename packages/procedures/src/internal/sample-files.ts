/** The shape of the generated sample table in `files.ts`. */

/** The sample files of one procedure, as imported. */
export interface SampleFiles {
  valid: unknown;
  variants: readonly { name: string; data: unknown }[];
  invalid: readonly { name: string; data: unknown; expected: unknown }[];
}
