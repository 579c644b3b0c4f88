/**
 * The names the code generator uses for the runtime without importing it as a namespace
 * (`src/internal/runtime/exports.ts`): each helper the generated code calls is the runtime's own
 * export, and each format's runtime export is the very check the compiler runs for that format.
 * And the identifier messages a module's message book leaves out are of reasons no format gives.
 */
import { describe, expect, it } from 'vitest';
import * as runtime from '@dvc-kit/validation/runtime';
import { HELPERS } from '../../src/compiler/codegen/gen.js';
import { NOT_FORMAT_REASONS } from '../../src/compiler/codegen/messages.js';
import { builtInFormats } from '../../src/formats/index.js';
import { formatExports, helperFunctions } from '../../src/internal/runtime/exports.js';
import { identifierMessages } from '../../src/identifiers/messages.js';
import { listFormats } from '../../src/lists/formats.js';

const exported = runtime as unknown as Record<string, unknown>;
const { checkPostalCode } = runtime;

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

describe('the identifier messages a module leaves out', () => {
  it('are messages of reasons the format checks never give', () => {
    const messages: Record<string, string> = identifierMessages.vi;
    for (const key of NOT_FORMAT_REASONS) expect(Object.hasOwn(messages, key), key).toBe(true);
    // Every 5-digit string, and a few that are not: the postal-code format gives only its own reasons.
    const reasons = new Set<string | undefined>();
    for (let n = 0; n < 100_000; n++) {
      const r = checkPostalCode(String(n).padStart(5, '0'));
      if (!r.ok) reasons.add(r.reason);
    }
    for (const s of ['', '1234', '123456', 'abcde']) {
      const r = checkPostalCode(s);
      if (!r.ok) reasons.add(r.reason);
    }
    expect([...reasons].sort()).toEqual(['pattern', 'unknown-prefix']);
    for (const key of NOT_FORMAT_REASONS)
      expect(reasons.has(key.slice('vn-postal-code.'.length)), key).toBe(false);
  });
});
