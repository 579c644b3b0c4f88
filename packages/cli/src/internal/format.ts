/** Text output helpers shared by the commands. */
import type { CliWriter } from '../io.js';

/** Writes `lines`, each followed by a newline. */
export function writeLines(out: CliWriter, lines: readonly string[]): void {
  if (lines.length > 0) out.write(lines.map((line) => `${line}\n`).join(''));
}

/** `1 problem`, `2 problems`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A message on one line: newlines and tabs in it would break `file:line:col` parsing. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\t]+\s*/g, ' ');
}
