/** Reading a JSON input file: file-system errors become `InputError`s, syntax errors a result. */
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import {
  JsonSyntaxError,
  parseJsonWithPointers,
  type JsonSourceMap,
  type SourcePosition,
} from './json-source-map.js';

/** A JSON file that was read: parsed with its pointer map, or the position of its syntax error. */
export type JsonFile =
  | { ok: true; path: string; display: string; map: JsonSourceMap }
  | { ok: false; path: string; display: string; message: string; position: SourcePosition };

/** The path to show for `path`: relative to `cwd` when inside it, else absolute; always with `/`. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' || rel.startsWith('..') ? path : rel;
  return shown.split(sep).join('/');
}

/**
 * Reads and parses `file` (relative to `cwd`).
 * @throws InputError when the file is missing, a directory, or unreadable.
 */
export async function readJsonFile(file: string, cwd: string): Promise<JsonFile> {
  const path = resolve(cwd, file);
  const display = displayPath(path, cwd);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('file_not_found', file, `File not found: ${display}`);
    if (code === 'EISDIR') throw new InputError('not_a_file', file, `Not a file: ${display}`);
    throw new InputError('unreadable', file, `Cannot read ${display} (${code ?? 'unknown error'})`);
  }
  try {
    return { ok: true, path, display, map: parseJsonWithPointers(text) };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, path, display, message: `Invalid JSON: ${error.reason}`, position: error.position };
  }
}
