/**
 * Fails any test that writes to console.error or console.warn without saying it expects to.
 * A test that expects such output takes it with `takeConsoleOutput(level)` from
 * `test-utils/console.ts` (and may assert on it) instead of silencing the console.
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { consoleRecord, type ConsoleLevel } from './test-utils/console.js';

const levels: ConsoleLevel[] = ['error', 'warn'];

beforeEach(() => {
  consoleRecord().length = 0;
  for (const level of levels) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleRecord().push({ level, args });
    });
  }
});

afterEach(() => {
  const found = consoleRecord().splice(0);
  vi.restoreAllMocks();
  if (found.length > 0) {
    const lines = found.map(({ level, args }) => `console.${level}: ${args.map(String).join(' ')}`);
    expect.fail(`Unexpected console output:\n${lines.join('\n')}`);
  }
});
