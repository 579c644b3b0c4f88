/**
 * Shared between `vitest.setup.ts` (which fails a test on unexpected console.error/warn output)
 * and tests that expect such output and want to assert on it.
 */
export type ConsoleLevel = 'error' | 'warn';
export interface ConsoleEntry {
  level: ConsoleLevel;
  args: unknown[];
}

const key = Symbol.for('dvc-kit.test.console');

/** The entries recorded since the current test began (used by the setup file). */
export function consoleRecord(): ConsoleEntry[] {
  const holder = globalThis as unknown as Record<symbol, ConsoleEntry[] | undefined>;
  return (holder[key] ??= []);
}

/**
 * Takes the console output of `level` the current test produced, so it is no longer unexpected.
 * @returns the arguments of each call, oldest first.
 */
export function takeConsoleOutput(level: ConsoleLevel): unknown[][] {
  const record = consoleRecord();
  const taken = record.filter((entry) => entry.level === level);
  const kept = record.filter((entry) => entry.level !== level);
  record.splice(0, record.length, ...kept);
  return taken.map((entry) => entry.args);
}
