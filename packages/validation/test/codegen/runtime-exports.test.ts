/**
 * The names the code generator uses for the runtime without importing it as a namespace
 * (`src/internal/runtime/exports.ts`): each helper the generated code calls is the runtime's own
 * export, and each format's runtime export is the very check the compiler runs for that format.
 */
import { describe, expect, it } from 'vitest';
import * as runtime from '@dvc-kit/validation/runtime';
import { HELPERS } from '../../src/compiler/codegen/gen.js';
import { builtInFormats } from '../../src/formats/index.js';
import { formatExports, helperFunctions } from '../../src/internal/runtime/exports.js';
import { listFormats } from '../../src/lists/formats.js';

const exported = runtime as unknown as Record<string, unknown>;

describe('the runtime names of the code generator', () => {
  it('hands the JIT the runtime’s own helpers, one for each name generated code calls', () => {
    expect(Object.keys(helperFunctions).sort()).toEqual([...HELPERS].sort());
    for (const h of HELPERS) {
      expect(typeof helperFunctions[h], h).toBe('function');
      expect(helperFunctions[h], h).toBe(exported[h]);
    }
  });

  it('names the runtime export of every built-in and list format, and it is the compiler’s check', () => {
    const checks: Record<string, unknown> = { ...builtInFormats(), ...listFormats };
    expect(Object.keys(formatExports).sort()).toEqual(Object.keys(checks).sort());
    for (const [format, name] of Object.entries(formatExports)) {
      expect(typeof checks[format], format).toBe('function');
      expect(exported[name], `${format} → ${name}`).toBe(checks[format]);
    }
  });
});
