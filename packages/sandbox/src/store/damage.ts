/**
 * Telling damage in a data directory's files from what a crash leaves. Every op read back must
 * have the shape the store writes; anything else is named by file and line (or op) rather than
 * failing later on a missing property.
 */
import type { StoreOp } from './records.js';

const PUTS = new Set([
  'dossier.put',
  'attachment.put',
  'payment.put',
  'webhook.put',
  'delivery.put',
  'event.put',
]);
const DELETES = new Set(['attachment.delete', 'webhook.delete', 'delivery.delete']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is a store op the store can apply. */
export function isStoreOp(value: unknown): value is StoreOp {
  if (!isObject(value) || typeof value['op'] !== 'string') return false;
  const op = value['op'];
  const record = value['value'];
  if (op === 'idempotency.put') return isObject(record) && typeof record['key'] === 'string';
  if (PUTS.has(op)) return isObject(record) && typeof record['id'] === 'string';
  if (DELETES.has(op)) return typeof value['id'] === 'string';
  return false;
}

/** The ops of one journal line, or `undefined` when the line is damaged. */
export function parseCommit(line: string): StoreOp[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || !Array.isArray(parsed['ops'])) return undefined;
  const ops: unknown[] = parsed['ops'];
  return ops.every(isStoreOp) ? ops : undefined;
}

/** The error of a damaged data directory file: names the file, where, and what to do. */
export class DataDirectoryDamagedError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(message: string, file: string, line?: number) {
    super(message);
    this.name = 'DataDirectoryDamagedError';
    this.file = file;
    this.line = line;
  }
}
